import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { checkAndHighlight } from '../../../src/taskpane/actions/check';
import { createOfficeHost, excelApiSupports, ExcelRun } from '../../../src/excel';
import { createFakeHost, fakeWorkbookFromGrids } from '../../../src/fakehost';
import { annotatedCopy, marksOfWorkbook } from '../../../src/web/annotatedCopy';
import { HostError } from '../../../src/excel/errors';
import { listEntries, rawData } from '../../../src/zip/directory';
import { crc32, writeZip } from '../../../src/zip/write';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';
import { xlsxBuffer } from '../../fixtures/generator/xlsx';

test('crc32 of a known string', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});

test('下载标注副本: the original workbook plus our marker formats, values untouched, readable by exceljs and the CLI', async () => {
  const planted = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T05', row: '20103', column: '302', delta: '1' }] });
  const original = new Uint8Array(await xlsxBuffer(planted));
  const grids = await readXlsx(original);
  const fake = createFakeHost(fakeWorkbookFromGrids(grids));
  const host = createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings, supports: excelApiSupports(fake.Office.context.requirements) });
  const run = await checkAndHighlight(host);
  expect(run.highlight.cells).toBeGreaterThan(0);
  const marks = marksOfWorkbook(fake.workbook);
  expect(marks.length).toBe(run.highlight.formats);

  const copy = await annotatedCopy(original, marks);
  expect(await readXlsx(copy)).toEqual(grids);
  expect(listEntries(copy).map((e) => e.name)).toEqual(listEntries(original).map((e) => e.name));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(copy) as never);
  const found: { sheet: string; ref: string; formula: string }[] = [];
  wb.eachSheet((ws) => {
    for (const cf of (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings) {
      for (const rule of cf.rules) found.push({ sheet: ws.name, ref: cf.ref, formula: rule.formulae?.[0] ?? '' });
    }
  });
  expect(found.sort((a, b) => (a.sheet + a.ref < b.sheet + b.ref ? -1 : 1))).toEqual(
    marks.map((m) => ({ sheet: m.sheet, ref: m.areas.join(' '), formula: `N("jsjy-highlight:${m.severity}")=0` })).sort((a, b) => (a.sheet + a.ref < b.sheet + b.ref ? -1 : 1)),
  );
});

/** The planted sample, checked on the fake host: its bytes, grids and the marks 一键校验 left. */
async function checkedSample() {
  const planted = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T05', row: '20103', column: '302', delta: '1' }] });
  const original = new Uint8Array(await xlsxBuffer(planted));
  const fake = createFakeHost(fakeWorkbookFromGrids(await readXlsx(original)));
  await checkAndHighlight(createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings, supports: excelApiSupports(fake.Office.context.requirements) }));
  return { original, marks: marksOfWorkbook(fake.workbook) };
}

/** The package with each entry renamed (data, sizes and CRCs kept). */
function renamed(bytes: Uint8Array, rename: (name: string) => string | null): Uint8Array {
  return writeZip(listEntries(bytes).flatMap((e) => {
    const name = rename(e.name);
    return name === null ? [] : [{ name, method: e.method, crc: e.crc, size: e.size, data: rawData(bytes, e) }];
  }));
}

test('sheet parts stored as Sheet1.xml … (the reader matches names without regard to case): the copy still carries every mark', async () => {
  const { original, marks } = await checkedSample();
  expect(marks.length).toBeGreaterThan(0);
  const upper = renamed(original, (n) => n.replace(/^xl\/worksheets\/sheet/, 'xl/worksheets/Sheet'));
  const copy = await annotatedCopy(upper, marks);
  // The parts it changed are stored, so their XML is read as it is.
  const sheets = listEntries(copy).filter((e) => /^xl\/worksheets\/Sheet\d+\.xml$/.test(e.name));
  expect(sheets.length).toBeGreaterThan(0);
  const rules = sheets
    .filter((e) => e.method === 0)
    .map((e) => new TextDecoder().decode(rawData(copy, e)).split('jsjy-highlight:').length - 1)
    .reduce((a, b) => a + b, 0);
  expect(rules).toBe(marks.length);
});

test('a workbook without a styles part: one Chinese sentence, not an unexpected error', async () => {
  const { original, marks } = await checkedSample();
  const bare = renamed(original, (n) => (n === 'xl/styles.xml' ? null : n));
  await expect(annotatedCopy(bare, marks)).rejects.toThrow(HostError);
  await expect(annotatedCopy(bare, marks)).rejects.toThrow('无法生成标注副本');
});
