import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { checkAndHighlight } from '../../../src/taskpane/actions/check';
import { createOfficeHost, excelApiSupports, ExcelRun } from '../../../src/excel';
import { createFakeHost, fakeWorkbookFromGrids } from '../../../src/fakehost';
import { annotatedCopy, marksOfWorkbook } from '../../../src/web/annotatedCopy';
import { listEntries } from '../../../src/zip/directory';
import { crc32 } from '../../../src/zip/write';
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
