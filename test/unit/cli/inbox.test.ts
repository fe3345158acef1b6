import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import { build } from 'esbuild';
import { buildWorkbook, largeUnit, Plant, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';
import { listEntries, rawData } from '../../../src/zip/directory';
import { rewriteZip } from '../../../src/cli/xlsx/zip';
import { cfb } from '../../robustness/hostile/corpus';
import { distinctFindings } from '../../../src/cli/batch/report';
import { displayWidth } from '../../../src/cli/batch/xlsxReport';
import type { JsonReport } from '../../../src/core/report/json';
import { run } from './runCli';

/**
 * The reviewer's desk (issue 15): a folder as a finance bureau receives it, checked with
 * `batch --recursive`, reported as an .xlsx to send back, compared with the first submission.
 */
jest.setTimeout(120_000);

let dir: string;
let inbox: string;
let previous: string;

const TYPO: Plant = { table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '5' };
const T03_TYPO: Plant = { table: 'T03', row: 'total', column: 'total', delta: '1' };
const T13_SLIP: Plant = { table: 'T13', row: 'actual', column: 'reception', delta: '0.5' };

async function workbook(file: string, plants: Plant[] = [], drop?: string): Promise<void> {
  const wb = buildWorkbook(SAMPLE_UNIT, { plants });
  if (drop) wb.sheets = wb.sheets.filter((s) => !s.name.includes(drop));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await xlsxBuffer(wb));
}

/** The generated workbook saved as macro-enabled: the .xlsm content type (same zip package). */
async function xlsm(file: string): Promise<void> {
  const buf = await xlsxBuffer(buildWorkbook(SAMPLE_UNIT));
  const entries = listEntries(buf);
  const types = entries.find((e) => e.name === '[Content_Types].xml')!;
  const raw = rawData(buf, types);
  const xml = (types.method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8');
  expect(xml).toContain('spreadsheetml.sheet.main+xml');
  const macro = xml.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  await fs.writeFile(file, rewriteZip(buf, entries, new Map([[types.name, Buffer.from(macro, 'utf8')]])));
}

/**
 * inbox/                        previous/ (the first submission)
 *   a-通过.xlsx                   b-重报.xlsx   T01 typo and T03 typo
 *   b-重报.xlsx  T01 typo, T13 slip   二级单位/c-缺表.xlsx
 *   e-旧版.xls  f-WPS.et  g-坏.xlsx  说明.txt
 *   二级单位/c-缺表.xlsx (no T13)  二级单位/d-宏.xlsm
 */
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-inbox-'));
  inbox = path.join(dir, '收件箱');
  previous = path.join(dir, '原报');
  await workbook(path.join(inbox, 'a-通过.xlsx'));
  await workbook(path.join(inbox, 'b-重报.xlsx'), [TYPO, T13_SLIP]);
  await workbook(path.join(inbox, '二级单位', 'c-缺表.xlsx'), [], '三公');
  await xlsm(path.join(inbox, '二级单位', 'd-宏.xlsm'));
  await fs.writeFile(path.join(inbox, 'e-旧版.xls'), cfb('Workbook'));
  await fs.writeFile(path.join(inbox, 'f-WPS.et'), cfb('Workbook'));
  await fs.writeFile(path.join(inbox, 'g-坏.xlsx'), 'not a workbook');
  await fs.writeFile(path.join(inbox, '说明.txt'), '2023年度部门决算说明');
  await workbook(path.join(previous, 'b-重报.xlsx'), [TYPO, T03_TYPO]);
  await workbook(path.join(previous, '二级单位', 'c-缺表.xlsx'), [], '三公');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

type Row = (string | number | null)[];

async function readReport(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rowsOf(ws: ExcelJS.Worksheet): Row[] {
  const rows: Row[] = [];
  ws.eachRow((r) => rows.push((r.values as Row).slice(1)));
  return rows;
}

test('without --recursive the subfolder is listed as skipped; .xls and .et say how to convert; a broken file has its reason', async () => {
  const out = path.join(dir, 'flat.json');
  const r = await run('batch', inbox, '--out', out);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('共 5 个工作簿');
  expect(r.stdout).toContain('另有 2 个文件跳过');
  expect(r.stdout).toMatch(/二级单位：子文件夹，未校验（加 --recursive/);
  const reports = JSON.parse(await fs.readFile(out, 'utf8'));
  const byName = (n: string) => reports.find((x: { file: string }) => path.basename(x.file) === n);
  expect(reports).toHaveLength(7);
  expect(byName('二级单位').skipped).toContain('--recursive');
  expect(byName('说明.txt').skipped).toContain('不是工作簿');
  expect(byName('e-旧版.xls').error).toContain('另存为');
  expect(byName('f-WPS.et').error).toContain('另存为');
  expect(byName('g-坏.xlsx').error).toContain('不是 Excel .xlsx 工作簿');
});

test('--recursive --out 报告.xlsx: 汇总 lists every file with its outcome, 问题明细 every problem; frozen header, autofilter, widths', async () => {
  const out = path.join(dir, '报告.xlsx');
  const r = await run('batch', inbox, '--recursive', '--out', out);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('共 7 个工作簿');
  expect(r.stdout).toContain('通过 2，有警告 0，有错误 2，无法校验 3');
  expect(r.stdout).toContain('首要疑点：收入支出决算总表!C33 1894.05，应为 1889.05');
  const wb = await readReport(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题明细']);

  const summary = wb.getWorksheet('汇总')!;
  const rows = rowsOf(summary);
  expect(rows[0]).toEqual(['文件', '单位', '年度', '状态', '错误', '警告', '待改单元格', '首要疑点（或原因）', '缺少的表']);
  const file = (n: string) => rows.find((x) => x[0] === n)!;
  expect(rows).toHaveLength(1 + 8);
  expect(file('a-通过.xlsx').slice(1, 7)).toEqual([SAMPLE_UNIT.entity, SAMPLE_UNIT.year, '通过', 0, 0, 0]);
  // The .xlsm is read like an .xlsx.
  expect(file('二级单位/d-宏.xlsm')[3]).toBe('通过');
  // A missing table is an error of the file.
  expect(file('二级单位/c-缺表.xlsx').slice(3, 5)).toEqual(['有错误', 1]);
  expect(file('二级单位/c-缺表.xlsx')[8]).toContain('T13');
  // One typo breaks three identities: three errors, one cell to change, named first.
  const b = file('b-重报.xlsx');
  expect(b.slice(3, 7)).toEqual(['有错误', expect.any(Number), expect.any(Number), expect.any(Number)]);
  expect(String(b[7])).toMatch(/^收入支出决算总表!C33 1894\.05，应为 1889\.05/);
  // The typo and the 三公 slip: two cells to change, whatever the number of identities they break.
  expect(b[6]).toBe(2);
  expect(r.stdout).toContain(`  ${[b[4], b[5], b[6]].map((n) => String(n).padStart(4)).join('  ')}  ${path.join(inbox, 'b-重报.xlsx')}`);
  expect(file('e-旧版.xls')[3]).toBe('无法校验');
  expect(file('e-旧版.xls')[7]).toContain('另存为');
  expect(file('f-WPS.et')[7]).toContain('.et');
  expect(file('g-坏.xlsx')[3]).toBe('无法校验');
  expect(file('说明.txt')[3]).toBe('跳过');

  for (const ws of [summary, wb.getWorksheet('问题明细')!]) {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const width = ws.getRow(1).cellCount;
    expect(ws.autoFilter).toBe(`A1:${String.fromCharCode(64 + width)}${ws.rowCount}`);
    ws.getRow(1).eachCell((c, i) => expect(ws.getColumn(i).width).toBeGreaterThanOrEqual(displayWidth(String(c.value))));
  }

  const details = rowsOf(wb.getWorksheet('问题明细')!);
  expect(details[0]).toEqual(['文件', '单位', '表', '单元格', '应改', '问题', '严重程度', '规则']);
  const ofB = details.filter((d) => d[0] === 'b-重报.xlsx');
  expect(ofB.length).toBe(Number(b[4]) + Number(b[5]));
  const income = ofB.find((d) => String(d[5]).startsWith('收入支出决算总表 本年收入合计（C33）'))!;
  expect(income.slice(2, 5)).toEqual(['T01 收入支出决算总表', expect.stringMatching(/^收入支出决算总表!C33、C7/), '收入支出决算总表!C33 应为 1889.05']);
  expect(income.slice(6)).toEqual(['错误', expect.stringContaining('（t01-income-total）')]);
  // A missing table cites no cell; the row still names the table.
  expect(details.find((d) => d[0] === '二级单位/c-缺表.xlsx')!.slice(2, 3)).toEqual([expect.stringMatching(/^T13 /)]);
  expect(details.find((d) => d[0] === '二级单位/c-缺表.xlsx')!.slice(6, 8)).toEqual(['错误', expect.stringContaining('read-missing-table')]);
  expect(details.find((d) => d[0] === 'g-坏.xlsx')![6]).toBe('无法校验');
  expect(details.some((d) => d[0] === '说明.txt' || d[0] === 'a-通过.xlsx')).toBe(false);
});

test('CSV keeps one row per file; --details gives one row per problem', async () => {
  const perFile = path.join(dir, 'files.csv');
  await run('batch', inbox, '--recursive', '--out', perFile);
  const lines = (await fs.readFile(perFile, 'utf8')).slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('文件,单位,年度,表套,识别表数,缺少的表,错误,警告,提示,状态');
  expect(lines).toHaveLength(1 + 8);
  const details = path.join(dir, 'details.csv');
  const r = await run('batch', inbox, '--recursive', '--out', details, '--details');
  expect(r.code).toBe(1);
  const rows = (await fs.readFile(details, 'utf8')).slice(1).trim().split('\r\n');
  expect(rows[0]).toBe('文件,单位,表,单元格,应改,问题,严重程度,规则');
  expect(rows.filter((l) => l.includes('b-重报.xlsx') && l.includes(',错误,')).length).toBeGreaterThanOrEqual(3);
  expect(rows.some((l) => l.includes('read-missing-table'))).toBe(true);
  // --details belongs to CSV.
  expect((await run('batch', inbox, '--out', path.join(dir, 'x.xlsx'), '--details')).code).toBe(2);
});

test('a finding repeated with the same rule, cells and figures counts once', () => {
  const f = { rule: 'r', severity: 'error' as const, message: 'm', cells: [{ sheet: 'S', address: 'C7' }], actual: '1', expected: '2' };
  const report = { findings: [f, { ...f, message: 'other words' }, { ...f, actual: '3' }] } as unknown as JsonReport;
  expect(distinctFindings(report)).toHaveLength(2);
});

test('--previous pairs files by relative path and adds 变化: fixed, new, remaining', async () => {
  const out = path.join(dir, 'changes.csv');
  const r = await run('batch', inbox, '--recursive', '--previous', previous, '--out', out);
  expect(r.code).toBe(1);
  const lines = (await fs.readFile(out, 'utf8')).slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/,状态,上一版,变化$/);
  const line = (n: string) => lines.find((l) => l.split(',')[0].endsWith(n))!;
  // The T03 typo fixed (its 3 errors), the T01 typo remains (3), the 三公 slip is new.
  expect(line('b-重报.xlsx')).toMatch(/修正 3、新增 [12]、未改 3（改动 2 处数字）$/);
  expect(line('c-缺表.xlsx')).toMatch(/修正 0、新增 0、未改 1（数字未改动）$/);
  expect(line('a-通过.xlsx')).toMatch(/,,无上一版$/);
  expect(r.stdout).toMatch(/与上一版相比：[^]*b-重报\.xlsx：修正 3、/);
  expect(r.stdout).toMatch(/a-通过\.xlsx：无上一版/);
  const xlsx = path.join(dir, 'changes.xlsx');
  await run('batch', inbox, '--recursive', '--previous', previous, '--out', xlsx);
  const rows = rowsOf((await readReport(xlsx)).getWorksheet('汇总')!);
  expect(rows[0].at(-1)).toBe('变化');
  expect(rows.find((x) => x[0] === 'b-重报.xlsx')!.at(-1)).toMatch(/^修正 3、/);
});

test('compare: the figures changed (table, row, column, old → new) and the problems fixed, new and remaining', async () => {
  const older = path.join(previous, 'b-重报.xlsx');
  const newer = path.join(inbox, 'b-重报.xlsx');
  const text = await run('compare', older, newer);
  expect(text.code).toBe(1);
  expect(text.stdout).toContain('支出决算表 合计「本年支出合计」（支出决算表!C23）：1890.05 → 1889.05');
  expect(text.stdout).toMatch(/财政拨款“三公”经费支出决算表 公务接待费「决算数」（[^）]+）：1\.10 → 1\.60/);
  expect(text.stdout).toContain('【已修正】3 个');
  expect(text.stdout).toContain('【仍未修正】3 个');
  const json = await run('compare', older, newer, '--format', 'json');
  const c = JSON.parse(json.stdout);
  expect(c.counts).toEqual({ changedCells: 2, fixed: 3, remaining: 3, added: c.added.length });
  expect(c.cells).toContainEqual({ table: 'T03', row: '合计', column: expect.any(String), sheet: '支出决算表', address: 'C23', old: '1890.05', new: '1889.05' });
  expect(c.fixed.every((f: { cells: { sheet: string }[] }) => f.cells.some((x) => x.sheet === '支出决算表'))).toBe(true);
  expect(c.remaining.map((f: { rule: string }) => f.rule)).toEqual(expect.arrayContaining(['t01-income-total']));
  expect(c.added.length).toBeGreaterThan(0);
  expect(c.added.every((f: { message: string }) => f.message.includes('三公') || f.message.includes('公务接待费'))).toBe(true);
  // The same file twice: nothing changed, every problem remains.
  const same = JSON.parse((await run('compare', newer, newer, '--format', 'json')).stdout);
  expect(same.counts).toEqual({ changedCells: 0, fixed: 0, remaining: c.remaining.length + c.added.length, added: 0 });
  // A file that cannot be read is named.
  const bad = await run('compare', older, path.join(inbox, 'g-坏.xlsx'));
  expect(bad.code).toBe(2);
  expect(bad.stderr.split('\n')[0]).toMatch(/^无法校验：g-坏\.xlsx：/);
});

describe('output paths are checked before any work starts', () => {
  const refused = async (...argv: string[]) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/EACCES|ENOENT|ENOTDIR|at .*\.ts/);
    return lines[0];
  };
  test('an unwritable place, a missing folder, an existing directory, a wrong extension', async () => {
    const aFile = path.join(inbox, '说明.txt');
    expect(await refused('batch', inbox, '--out', path.join(aFile, '报告.xlsx'))).toMatch(/^无法校验：--out 所在的位置不是文件夹/);
    expect(await refused('batch', inbox, '--out', path.join(dir, '没有这个文件夹', '报告.xlsx'))).toMatch(/^无法校验：--out 所在的文件夹不存在/);
    await fs.mkdir(path.join(dir, '报告.csv'), { recursive: true });
    expect(await refused('batch', inbox, '--out', path.join(dir, '报告.csv'))).toMatch(/^无法校验：--out 指向已有的文件夹/);
    expect(await refused('batch', inbox, '--out', path.join(dir, '报告.txt'))).toMatch(/^无法校验：--out 的文件名须以 \.xlsx、\.csv、\.json 结尾/);
    const wb = path.join(inbox, 'a-通过.xlsx');
    expect(await refused('check', wb, '--annotate', path.join(aFile, '标注.xlsx'))).toMatch(/^无法校验：--annotate 所在的位置不是文件夹/);
    expect(await refused('check', wb, '--annotate', path.join(dir, '标注.csv'))).toMatch(/^无法校验：--annotate 的文件名须以 \.xlsx 结尾/);
  });
  test('the probe of a writable path leaves nothing behind when the run then fails', async () => {
    const out = path.join(dir, 'later.xlsx');
    const r = await run('batch', path.join(dir, '没有'), '--out', out);
    expect(r.code).toBe(2);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});

test('尾差 notices are one line in the text report; the JSON keeps every one', async () => {
  const file = path.join(dir, 'cent.xlsx');
  await workbook(file, [{ table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '0.01' }]);
  const json = JSON.parse((await run('check', file, '--format', 'json')).stdout);
  const notices = json.findings.filter((f: { message: string }) => f.message.startsWith('尾差：'));
  expect(notices.length).toBeGreaterThan(0);
  const text = (await run('check', file)).stdout;
  expect(text).toContain(`尾差 ${notices.length} 处，均在四舍五入允许的范围内，无需修改`);
  expect(text.split('\n').filter((l) => l.includes('尾差'))).toHaveLength(1);
});

test('piped into a reader that closes early, the CLI ends quietly with its own exit code', async () => {
  const cli = path.join(dir, 'cli.js');
  await build({ entryPoints: ['src/cli/main.ts'], outfile: cli, bundle: true, platform: 'node', target: 'node20', external: ['exceljs', 'mammoth', 'docx'], logLevel: 'silent' });
  // A large unit's workbook against another unit's: thousands of rows gone, far more output than a pipe holds.
  const older = path.join(dir, 'big.xlsx');
  const newer = path.join(inbox, 'a-通过.xlsx');
  await fs.writeFile(older, await xlsxBuffer(buildWorkbook(largeUnit(60))));
  const child = spawn(process.execPath, [cli, 'compare', older, newer], { env: { ...process.env, NODE_PATH: path.resolve('node_modules') }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  let firstChunk = '';
  child.stdout.once('data', (d) => {
    firstChunk = String(d);
    // The reader goes away after its first line, as `| head -1` does.
    child.stdout.destroy();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(firstChunk).toMatch(/^比较：/);
  expect(stderr).toBe('');
  // The same exit code as when the output is read to the end (no errors in either version).
  expect(code).toBe(0);
});

test('compare: a table restated in 元 is a unit change, not a change of every figure', async () => {
  const yuan = path.join(dir, 'yuan.xlsx');
  await fs.writeFile(yuan, await xlsxBuffer(buildWorkbook(SAMPLE_UNIT, { unit: '元' })));
  const r = await run('compare', path.join(inbox, 'a-通过.xlsx'), yuan);
  expect(r.stdout).toContain('金额单位改动 13 张表');
  expect(r.stdout).toContain('收入支出决算总表 万元 → 元');
  expect(r.stdout).toContain('各表数字没有改动。');
  const c = JSON.parse((await run('compare', path.join(inbox, 'a-通过.xlsx'), yuan, '--format', 'json')).stdout);
  expect(c.units).toContainEqual({ table: 'T01', old: '万元', new: '元' });
  expect(c.counts.changedCells).toBe(0);
});

test('compare pairs figures by table, row and column: the same figures laid out differently are not changes', async () => {
  const top = path.join(dir, 'top.xlsx');
  const bottom = path.join(dir, 'bottom.xlsx');
  await fs.writeFile(top, await xlsxBuffer(buildWorkbook(SAMPLE_UNIT, { totalsRow: 'top', plants: [TYPO] })));
  await fs.writeFile(bottom, await xlsxBuffer(buildWorkbook(SAMPLE_UNIT, { totalsRow: 'bottom', columnNumbers: true, plants: [TYPO] })));
  const c = JSON.parse((await run('compare', top, bottom, '--format', 'json')).stdout);
  expect(c.counts).toEqual({ changedCells: 0, fixed: 0, remaining: 3, added: 0 });
});

test('a link to a workbook is checked; a link to a folder is listed, not followed', async () => {
  const linked = path.join(dir, '链接');
  await fs.mkdir(linked);
  await fs.symlink(path.join(inbox, 'a-通过.xlsx'), path.join(linked, '链接.xlsx'));
  await fs.symlink(linked, path.join(linked, '回环'));
  const out = path.join(dir, 'links.json');
  const r = await run('batch', linked, '--recursive', '--out', out);
  expect(r.code).toBe(0);
  const reports = JSON.parse(await fs.readFile(out, 'utf8'));
  expect(reports.map((x: { file: string; summary?: unknown; skipped?: string }) => [path.basename(x.file), x.skipped ?? 'checked'])).toEqual([
    ['回环', expect.stringContaining('未进入')],
    ['链接.xlsx', 'checked'],
  ]);
});
