import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { a1 } from '../../../src/core/grid/cellRef';
import { buildWorkbook, LAYOUT_VARIANTS, SAMPLE_UNIT, writeXlsx } from '../../fixtures/generator';
import { run } from './runCli';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function generated(name: string, layout = {}): Promise<string> {
  const file = path.join(dir, name);
  await writeXlsx(buildWorkbook(SAMPLE_UNIT, layout), file);
  return file;
}

const sha = async (f: string) => createHash('sha256').update(await fs.readFile(f)).digest('hex');

describe('check', () => {
  test('a consistent workbook: exit 0, a Chinese report naming all thirteen tables', async () => {
    const file = await generated('clean.xlsx');
    const r = await run('check', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('识别到 13 张附表');
    expect(r.stdout).toContain('结果：0 个错误，0 个警告');
    expect(r.stdout).toContain(SAMPLE_UNIT.entity);
  });

  test('JSON keeps the contract', async () => {
    const file = await generated('clean-json.xlsx');
    const r = await run('check', file, '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['file', 'profile', 'year', 'entity', 'tables', 'missingTables', 'findings', 'suspects', 'summary', 'checks']);
    expect(report.suspects).toEqual([]);
    expect(report.profile).toBe('sichuan-13');
    expect(report.year).toBe(SAMPLE_UNIT.year);
    expect(report.entity).toBe(SAMPLE_UNIT.entity);
    expect(report.tables).toHaveLength(13);
    expect(report.tables[0]).toEqual({ id: 'T01', title: expect.any(String), sheet: expect.any(String), unit: '万元' });
    expect(report.missingTables).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: expect.any(Number) });
  });

  test('the national nine are recognised as such', async () => {
    const file = await generated('national.xlsx', LAYOUT_VARIANTS[Object.keys(LAYOUT_VARIANTS).find((k) => LAYOUT_VARIANTS[k].profile === 'national-9')!]);
    const r = await run('check', file, '--format=json');
    const report = JSON.parse(r.stdout);
    expect(report.profile).toBe('national-9');
    expect(report.tables).toHaveLength(9);
    expect(report.missingTables).toEqual([]);
  });

  test('a planted error: exit 1 and a finding citing the changed cell', async () => {
    const wb = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '0.90' }] });
    const file = path.join(dir, 'planted.xlsx');
    await writeXlsx(wb, file);
    const r = await run('check', file, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const cell = wb.planted[0].cell;
    const cited = report.findings.filter(
      (f: { severity: string; cells: { sheet: string; address: string }[] }) =>
        f.severity === 'error' && f.cells.some((c) => c.sheet === cell.sheet && c.address === addressOf(cell)),
    );
    expect(cited.length).toBeGreaterThan(0);
    // The changed cell is the first suspect, and every error is explained by it.
    expect(report.suspects[0]).toMatchObject({ sheet: cell.sheet, address: addressOf(cell) });
    expect(report.suspects[0].findings).toHaveLength(cited.length);
  });

  test('--annotate writes a marked copy and leaves the input untouched', async () => {
    const wb = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '0.90' }] });
    const file = path.join(dir, 'to-annotate.xlsx');
    await writeXlsx(wb, file);
    const before = await sha(file);
    const out = path.join(dir, 'annotated.xlsx');
    const r = await run('check', file, '--annotate', out);
    expect(r.code).toBe(1);
    expect(await sha(file)).toBe(before);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(file);
    const cell = wb.planted[0].cell;
    const marked = copy.getWorksheet(cell.sheet)!.getCell(cell.row + 1, cell.col + 1);
    expect(marked.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(String(marked.note)).toContain('错误');
    // Every value of every sheet is unchanged.
    original.eachSheet((ws) => {
      const other = copy.getWorksheet(ws.name)!;
      ws.eachRow((row, r) => row.eachCell((c, col) => expect(other.getCell(r, col).value).toEqual(c.value)));
    });
  });

  test('--annotate refuses to overwrite the input', async () => {
    const file = await generated('same.xlsx');
    const before = await sha(file);
    const r = await run('check', file, '--annotate', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能与原工作簿相同');
    expect(await sha(file)).toBe(before);
  });
});

describe('bad input: exit 2 with one Chinese line, never a stack trace', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a missing file', async () => path.join(dir, 'nope.xlsx'), /找不到文件/],
    ['a folder', async () => dir, /文件夹/],
    ['an empty file', async () => write('empty.xlsx', Buffer.alloc(0)), /空/],
    ['a text file renamed .xlsx', async () => write('text.xlsx', Buffer.from('这不是工作簿\n'.repeat(50))), /xlsx/i],
    [
      'an encrypted workbook (CFB container with EncryptionInfo)',
      async () => write('enc.xlsx', cfbLike(true)),
      /加密/,
    ],
    ['a workbook with no 决算 tables', async () => noTables(), /未在工作簿中找到决算附表/],
  ];
  test.each(cases)('%s', async (_name, make, message) => {
    const file = await make();
    const r = await run('check', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a usage mistake names the option and shows usage', async () => {
    const r = await run('check', 'x.xlsx', '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
    expect(r.stderr).toContain('用法');
  });
});

async function write(name: string, data: Buffer): Promise<string> {
  const f = path.join(dir, name);
  await fs.writeFile(f, data);
  return f;
}

/** The first bytes of an OLE compound file, as Excel writes encrypted workbooks. */
function cfbLike(encrypted: boolean): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  if (encrypted) Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
  return b;
}

async function noTables(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['姓名', '金额']);
  ws.addRow(['张三', 100]);
  const f = path.join(dir, 'no-tables.xlsx');
  await wb.xlsx.writeFile(f);
  return f;
}

const addressOf = (cell: { row: number; col: number }) => a1(cell.row, cell.col);
