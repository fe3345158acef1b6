/** 一键校验 end to end on the fake host: read, check, highlight; a second run replaces the first. */
import { checkAndHighlight } from '../../../src/taskpane/actions/check';
import { createOfficeHost, ExcelRun, HIGHLIGHT_COLORS } from '../../../src/excel';
import { createFakeHost, displayedFill, fakeWorkbookFromGrids, FakeExcelHost } from '../../../src/fakehost';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

const planted = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T05', row: '20103', column: '302', delta: '1' }] });

function setup(): { fake: FakeExcelHost; host: ReturnType<typeof createOfficeHost> } {
  const fake = createFakeHost(fakeWorkbookFromGrids(planted.grids));
  return { fake, host: createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings }) };
}

function ourFormats(fake: FakeExcelHost): number {
  return fake.workbook.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);
}

test('first check: at most four syncs, errors coloured, the record saved', async () => {
  const { fake, host } = setup();
  const run = await checkAndHighlight(host);
  expect(fake.recorder.syncCount).toBeLessThanOrEqual(4);
  expect(run.cleared).toBeNull();
  expect(run.result.summary.errors).toBeGreaterThan(0);
  expect(run.highlight.cells).toBeGreaterThan(0);
  const error = run.result.findings.find((f) => f.severity === 'error')!;
  const sheet = fake.workbook.sheets.find((s) => s.name === error.cells[0].sheet)!;
  expect(displayedFill(sheet, error.cells[0].row, error.cells[0].col)).toBe(HIGHLIGHT_COLORS.error);
  expect(host.hasHighlights()).toBe(true);
});

test('checking again clears the earlier highlights first, so they never pile up', async () => {
  const { fake, host } = setup();
  await checkAndHighlight(host);
  const once = ourFormats(fake);
  const again = await checkAndHighlight(host);
  expect(again.cleared?.removed).toBe(once);
  expect(ourFormats(fake)).toBe(once);
});

test('after the user fixes the workbook, a re-check leaves no colour behind', async () => {
  const clean = buildWorkbook(SAMPLE_UNIT).grids;
  const { fake, host } = setup();
  await checkAndHighlight(host);
  // The user types the correct figures back.
  clean.forEach((grid, i) =>
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const now = fake.workbook.sheets[i].cells.get(`${r},${c}`)?.value ?? null;
        if (v !== now && (typeof v === 'number' || typeof v === 'string')) fake.editCell(grid.name, `${String.fromCharCode(65 + c)}${r + 1}`, v);
      }),
    ),
  );
  const run = await checkAndHighlight(host);
  expect(run.result.summary.errors).toBe(0);
  expect(ourFormats(fake)).toBe(0);
  expect(host.hasHighlights()).toBe(false);
});

test('a sheet Excel cannot read: the others are checked, the failure is the first finding', async () => {
  const { fake, host } = setup();
  const broken = fake.workbook.sheets.find((s) => s.name === planted.grids[8].name)!;
  broken.readError = 'GeneralException';
  const run = await checkAndHighlight(host);
  expect(run.result.findings[0]).toEqual({
    rule: 'sheet-unreadable',
    severity: 'warning',
    message: `工作表“${broken.name}”无法读取（Excel 报告 GeneralException），未校验；其余工作表已校验。`,
    cells: [],
  });
  expect(run.result.summary.errors).toBeGreaterThan(0);
  expect(run.result.summary.warnings).toBe(run.result.findings.filter((f) => f.severity === 'warning').length);
});

test('every sheet unreadable: one Chinese message, nothing coloured', async () => {
  const { fake, host } = setup();
  for (const s of fake.workbook.sheets) s.readError = 'GeneralException';
  await expect(checkAndHighlight(host)).rejects.toThrow('Excel 未能读取任何工作表（GeneralException），未校验。请关闭其他正在运行的操作后重试。');
  expect(ourFormats(fake)).toBe(0);
});

test('with a sheet Excel cannot read, each suspect still names the findings that cite its cell', async () => {
  const { fake, host } = setup();
  fake.workbook.sheets.find((s) => s.name === planted.grids[8].name)!.readError = 'GeneralException';
  const run = await checkAndHighlight(host);
  expect(run.result.findings[0].rule).toBe('sheet-unreadable');
  expect(run.result.suspects.length).toBeGreaterThan(0);
  const same = (a: { sheet: string; row: number; col: number }, b: { sheet: string; row: number; col: number }) => a.sheet === b.sheet && a.row === b.row && a.col === b.col;
  for (const s of run.result.suspects) {
    expect(s.findings.length).toBeGreaterThan(0);
    for (const i of s.findings) expect([i, run.result.findings[i]?.cells.some((c) => same(c, s.cell))]).toEqual([i, true]);
  }
});
