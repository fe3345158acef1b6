import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeAnnotatedCopy, MARK_FILL, RESULT_SHEET } from '../../../src/cli/annotate';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { checkWorkbook } from '../../../src/core/check';
import { a1, CellRef } from '../../../src/core/grid/cellRef';
import { cellMarks } from '../../../src/core/suspects';
import { buildWorkbook, LAYOUT_VARIANTS, Plant, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';
import { prng } from '../core/suspects/typoWorkbooks';

/**
 * Property: over generated workbooks (every layout variant, one or two planted mistakes chosen
 * by a seeded generator), `--annotate` fills exactly the cells the findings cite, each with its
 * mark's colour, and every other cell of every sheet keeps its value and its whole style; the
 * cited cells keep everything but the fill. The generator's cells share style objects in
 * exceljs, so a fill set on the shared style would recolour hundreds of cells.
 */
const PLANTS: readonly Plant[] = [
  { table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '0.90' },
  { table: 'T02', row: '2010302', column: 'fiscal', value: 622.15 },
  { table: 'T03', row: '2010301', column: 'basic', delta: '9' },
  { table: 'T06', row: '2010301', column: 'basic', delta: '-3.60' },
  { table: 'T08', row: '30103', column: 'amount', delta: '-0.18' },
  { table: 'T13', row: 'actual', column: 'reception', delta: '9.9' },
  { table: 'T04', row: '201', column: 'generalBudget', delta: '100' },
];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-annotate-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const key = (sheet: string, row: number, col: number) => `${sheet}!${a1(row, col)}`;
const withoutFill = (style: Partial<ExcelJS.Style>) => {
  const { fill: _fill, ...rest } = style;
  return JSON.parse(JSON.stringify(rest));
};

async function load(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

const random = prng(2026);
const variants = Object.entries(LAYOUT_VARIANTS).map(([name, layout]) => {
  const count = 1 + Math.floor(random() * 2);
  const plants: Plant[] = [];
  while (plants.length < count) {
    const p = PLANTS[Math.floor(random() * PLANTS.length)];
    if (!plants.includes(p)) plants.push(p);
  }
  return { name, layout, plants };
});

describe('--annotate fills exactly the cited cells', () => {
  it.each(variants)('$name with $plants.length planted mistake(s)', async ({ name, layout, plants }) => {
    const generated = buildWorkbook(SAMPLE_UNIT, { ...layout, plants });
    const input = await xlsxBuffer(generated);
    const result = checkWorkbook(await readXlsx(input), { profile: layout.profile ?? 'auto' });
    expect(result.summary.errors + result.summary.warnings).toBeGreaterThan(0);
    const out = path.join(dir, `${name}.xlsx`);
    const marked = await writeAnnotatedCopy(input, result, out);

    const expected = new Map<string, string>();
    for (const m of cellMarks(result.findings, result.suspects)) expected.set(key(m.cell.sheet, m.cell.row, m.cell.col), MARK_FILL[m.kind]);
    // Exactly the cited cells of errors and warnings, each once.
    const cited = new Set(result.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.cells.map((c: CellRef) => key(c.sheet, c.row, c.col))));
    expect([...expected.keys()].sort()).toEqual([...cited].sort());
    expect(marked).toBe(expected.size);
    // The planted cells are the ones to change.
    for (const p of generated.planted) expect(expected.get(key(p.cell.sheet, p.cell.row, p.cell.col))).toBe(MARK_FILL.suspect);

    const original = await load(input);
    const copy = await load(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual([RESULT_SHEET, ...original.worksheets.map((w) => w.name)]);
    let changed = 0;
    for (const ws of original.worksheets) {
      const other = copy.getWorksheet(ws.name)!;
      expect(other.model.merges.sort()).toEqual(ws.model.merges.sort());
      const rows = Math.max(ws.rowCount, other.rowCount);
      const cols = Math.max(ws.columnCount, other.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const before = ws.getCell(r, c);
          const after = other.getCell(r, c);
          const k = key(ws.name, r - 1, c - 1);
          expect({ k, value: after.value }).toEqual({ k, value: before.value });
          const fill = expected.get(k);
          if (fill === undefined) {
            expect({ k, style: JSON.parse(JSON.stringify(after.style)) }).toEqual({ k, style: JSON.parse(JSON.stringify(before.style)) });
          } else {
            changed++;
            expect({ k, rest: withoutFill(after.style) }).toEqual({ k, rest: withoutFill(before.style) });
            expect({ k, fill: after.fill }).toEqual({ k, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } });
          }
        }
      }
    }
    expect(changed).toBe(expected.size);
  });
});

describe('the 校验结果 sheet', () => {
  it('lists every finding with its severity, table, message, suspect and links to its cells', async () => {
    const generated = buildWorkbook(SAMPLE_UNIT, { plants: [PLANTS[1]] });
    const input = await xlsxBuffer(generated);
    const result = checkWorkbook(await readXlsx(input), { profile: 'sichuan-13' });
    const out = path.join(dir, 'result-sheet.xlsx');
    await writeAnnotatedCopy(input, result, out);
    const copy = await load(out);
    const ws = copy.worksheets[0];
    expect(ws.name).toBe(RESULT_SHEET);
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const planted = generated.planted[0].cell;
    const target = `'${planted.sheet}'!${a1(planted.row, planted.col)}`;
    const linksTo = (v: ExcelJS.CellValue) => (v as ExcelJS.CellHyperlinkValue | null)?.hyperlink;
    // The suspects block names the planted cell, linked, with its value, 应为 and the slip.
    const suspectRow = rows.find((r) => linksTo(r[2]) === target && r[4] === '622.15');
    expect(suspectRow).toBeDefined();
    expect(suspectRow!.slice(3, 6)).toEqual(['两位数字颠倒', '622.15', '622.51']);
    // One row per finding, in order, severity in Chinese, every cited cell linked.
    const header = rows.findIndex((r) => r[0] === '序号' && r[1] === '严重程度');
    const listed = rows.slice(header + 1);
    expect(listed).toHaveLength(result.findings.length);
    result.findings.forEach((f, i) => {
      const r = listed[i];
      expect(r[0]).toBe(i + 1);
      expect(r[1]).toBe({ error: '错误', warning: '警告', info: '提示' }[f.severity]);
      expect(r[3]).toBe(f.message);
      const links = r.slice(6).map(linksTo);
      expect(links).toEqual(f.cells.map((c) => `'${c.sheet}'!${a1(c.row, c.col)}`));
      if (f.suspect) expect([linksTo(r[4]), r[5]]).toEqual([target, '622.51']);
    });
    // The copy opens on this sheet.
    expect(copy.views?.[0]?.activeTab ?? 0).toBe(0);
  });
});
