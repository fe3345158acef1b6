import { checkWorkbook } from '../../../src/core/check';
import { Severity } from '../../../src/core/findings/types';
import { HIGHLIGHT_COLORS, HighlightMark, marksFromFindings } from '../../../src/excel';
import { HIGHLIGHT_SETTING } from '../../../src/excel/highlightRecord';
import { displayedFill, FakeFill, FakeSheet, snapshotSheets } from '../../../src/fakehost';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';
import { adapterOver, fakeOf, pick, rng } from './helpers';

const grids = buildWorkbook(SAMPLE_UNIT).grids;

/** Prior fills of every kind a user's workbook has: No Fill (explicit), white, solid RGB, theme colours with tints. */
const PRIOR_FILLS: FakeFill[] = [
  { kind: 'none' },
  { kind: 'rgb', color: '#FFFFFF' },
  { kind: 'rgb', color: '#FFFF00' },
  { kind: 'rgb', color: '#C6EFCE' },
  { kind: 'theme', theme: 4, tint: 0.6 },
  { kind: 'theme', theme: 0, tint: -0.15 },
  { kind: 'theme', theme: 9, tint: 0 },
];

const FILL_WRITES = ['fill.color', 'fill.clear', 'cf.clearAll'];

function randomCells(random: () => number, sheet: FakeSheet, n: number, width = 12, height = 40) {
  return Array.from({ length: n }, () => ({ row: Math.floor(random() * height), col: Math.floor(random() * width), sheet: sheet.name }));
}

describe('check + highlight on a generated workbook', () => {
  test('reads, checks and highlights in at most four syncs and colours exactly the cited cells', async () => {
    const planted = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T05', row: '20103', column: '302', delta: '1' }] });
    const fake = fakeOf(planted.grids);
    const host = adapterOver(fake);
    const read = await host.readAllSheets();
    const findings = checkWorkbook(read).findings;
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    const marks = marksFromFindings(findings);
    const result = await host.highlight(marks);
    expect(fake.recorder.syncCount).toBeLessThanOrEqual(4);
    expect(result.notices).toEqual([]);
    expect(result.cells).toBe(marks.length);
    for (const m of marks) {
      const sheet = fake.workbook.sheets.find((s) => s.name === m.cell.sheet)!;
      expect(displayedFill(sheet, m.cell.row, m.cell.col)).toBe(HIGHLIGHT_COLORS[m.severity]);
    }
    const marked = new Set(marks.map((m) => `${m.cell.sheet}!${m.cell.row},${m.cell.col}`));
    for (const sheet of fake.workbook.sheets) {
      for (let r = 0; r < 60; r++) for (let c = 0; c < 20; c++) {
        if (!marked.has(`${sheet.name}!${r},${c}`)) expect(displayedFill(sheet, r, c)).toBeNull();
      }
    }
    expect(fake.recorder.writes.filter((w) => FILL_WRITES.includes(w.op))).toEqual([]);
  });
});

describe('highlight then clear is the identity on every cell', () => {
  test.each(Array.from({ length: 30 }, (_, i) => i + 1))('random fills, user rules and marks (seed %i)', async (seed) => {
    const random = rng(seed);
    const fake = fakeOf(grids);
    // The user's own formatting: fills of every kind, a custom rule of theirs, a cell-value rule.
    for (const sheet of fake.workbook.sheets.slice(0, 5)) {
      for (const c of randomCells(random, sheet, 60)) sheet.fills.set(`${c.row},${c.col}`, pick(random, PRIOR_FILLS));
      if (random() < 0.7) {
        sheet.conditionalFormats.push({ id: `{user-${sheet.name}}`, type: 'Custom', areas: [{ top: 2, left: 1, bottom: 9, right: 4 }], formula: '=B3>100', fillColor: '#00B050', stopIfTrue: random() < 0.5 });
      }
      if (random() < 0.5) {
        sheet.conditionalFormats.push({ id: `{user-cv-${sheet.name}}`, type: 'CellValue', areas: [{ top: 0, left: 0, bottom: 30, right: 10 }], fillColor: '#FF0000', stopIfTrue: false });
      }
    }
    const before = snapshotSheets(fake.workbook);
    const severities: Severity[] = ['error', 'warning', 'info'];
    const marks: HighlightMark[] = fake.workbook.sheets.slice(0, 6).flatMap((sheet) =>
      randomCells(random, sheet, 1 + Math.floor(random() * 80)).map((cell) => ({ cell, severity: pick(random, severities) })),
    );
    const host = adapterOver(fake);
    const added = await host.highlight(marks);
    expect(added.formats).toBeGreaterThan(0);
    expect(snapshotSheets(fake.workbook)).not.toEqual(before);
    // Every marked cell shows its highest severity's colour.
    const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
    const best = new Map<string, HighlightMark>();
    for (const m of marks) {
      const k = `${m.cell.sheet}!${m.cell.row},${m.cell.col}`;
      if (!best.has(k) || rank[m.severity] > rank[best.get(k)!.severity]) best.set(k, m);
    }
    for (const m of best.values()) {
      const sheet = fake.workbook.sheets.find((s) => s.name === m.cell.sheet)!;
      expect(displayedFill(sheet, m.cell.row, m.cell.col)).toBe(HIGHLIGHT_COLORS[m.severity]);
    }
    expect(host.hasHighlights()).toBe(true);
    const cleared = await host.clearHighlights();
    expect(cleared.removed).toBe(added.formats);
    expect(snapshotSheets(fake.workbook)).toEqual(before);
    expect(host.hasHighlights()).toBe(false);
    expect(fake.recorder.writes.filter((w) => FILL_WRITES.includes(w.op))).toEqual([]);
  });

  test('a second highlight on top of the first is cleared too', async () => {
    const fake = fakeOf(grids);
    const before = snapshotSheets(fake.workbook);
    const host = adapterOver(fake);
    const cell = { sheet: grids[0].name, row: 5, col: 2 };
    await host.highlight([{ cell, severity: 'warning' }]);
    await host.highlight([{ cell, severity: 'error' }]);
    expect(displayedFill(fake.workbook.sheets[0], 5, 2)).toBe(HIGHLIGHT_COLORS.error);
    expect((await host.clearHighlights()).removed).toBe(2);
    expect(snapshotSheets(fake.workbook)).toEqual(before);
  });
});

describe('batching', () => {
  test('neighbouring cells become one rectangle; scattered cells go ≤150 areas per getRanges', async () => {
    const fake = fakeOf(grids);
    const host = adapterOver(fake);
    const sheet = grids[0].name;
    const block: HighlightMark[] = [];
    for (let r = 10; r < 20; r++) for (let c = 1; c < 6; c++) block.push({ cell: { sheet, row: r, col: c }, severity: 'error' });
    // 400 cells no two of which touch: 400 areas, so three formats of ≤150 areas.
    const scattered: HighlightMark[] = [];
    for (let i = 0; i < 400; i++) scattered.push({ cell: { sheet, row: 100 + 2 * Math.floor(i / 20), col: 2 * (i % 20) }, severity: 'warning' });
    const result = await host.highlight([...block, ...scattered]);
    expect(result.formats).toBe(1 + 3);
    const formats = fake.workbook.sheets[0].conditionalFormats;
    const areaCounts = formats.map((f) => f.areas.length).sort((a, b) => a - b);
    expect(areaCounts).toEqual([1, 100, 150, 150]);
    expect(formats.find((f) => f.areas.length === 1)!.areas[0]).toEqual({ top: 10, left: 1, bottom: 19, right: 5 });
    expect(fake.recorder.syncCount).toBe(2);
  });

  test('a request budget splits the formats into batches, each one sync, each within the request limit', async () => {
    const fake = fakeOf(grids, { maxRequestBytes: 16_000 });
    const host = adapterOver(fake, { requestBudget: 8_000 });
    const sheet = grids[1].name;
    const marks: HighlightMark[] = [];
    for (let i = 0; i < 3000; i++) marks.push({ cell: { sheet, row: 2 * Math.floor(i / 30), col: 2 * (i % 30) }, severity: 'error' });
    const before = snapshotSheets(fake.workbook);
    const result = await host.highlight(marks);
    expect(result.formats).toBe(20);
    expect(fake.recorder.syncs.every((s) => !s.error && s.requestBytes <= 16_000)).toBe(true);
    expect(fake.recorder.syncCount).toBeGreaterThan(2);
    // Each batch after the sheet lookup is one sync.
    expect(fake.recorder.syncCount).toBe(1 + new Set(fake.recorder.writes.filter((w) => w.op === 'cf.add').map((w) => w.sync)).size);
    await host.clearHighlights();
    expect(snapshotSheets(fake.workbook)).toEqual(before);
    expect(fake.recorder.syncs.every((s) => !s.error)).toBe(true);
  });
});

describe('protected sheets', () => {
  test('are skipped with a notice; the other sheets are highlighted', async () => {
    const fake = fakeOf(grids);
    const locked = fake.workbook.sheets[2];
    locked.protected = true;
    const host = adapterOver(fake);
    const result = await host.highlight([
      { cell: { sheet: locked.name, row: 4, col: 1 }, severity: 'error' },
      { cell: { sheet: grids[0].name, row: 4, col: 1 }, severity: 'error' },
    ]);
    expect(result.notices).toEqual([`工作表“${locked.name}”受保护，未标注。`]);
    expect(locked.conditionalFormats).toEqual([]);
    expect(fake.workbook.sheets[0].conditionalFormats).toHaveLength(1);
    expect(fake.recorder.syncs.every((s) => !s.error)).toBe(true);
  });

  test('a sheet protected after highlighting keeps its marks with a notice until it is unprotected', async () => {
    const fake = fakeOf(grids);
    const before = snapshotSheets(fake.workbook);
    const host = adapterOver(fake);
    await host.highlight([0, 1].map((i) => ({ cell: { sheet: grids[i].name, row: 3, col: 1 }, severity: 'error' as const })));
    fake.workbook.sheets[1].protected = true;
    const first = await host.clearHighlights();
    expect(first.removed).toBe(1);
    expect(first.notices).toEqual([`工作表“${grids[1].name}”受保护，标注未清除；取消保护后可再次清除。`]);
    expect(host.hasHighlights()).toBe(true);
    fake.workbook.sheets[1].protected = false;
    expect((await host.clearHighlights()).removed).toBe(1);
    expect(host.hasHighlights()).toBe(false);
    expect(snapshotSheets(fake.workbook)).toEqual(before);
  });

  test('a missing sheet is reported, not fatal', async () => {
    const fake = fakeOf(grids);
    const result = await adapterOver(fake).highlight([{ cell: { sheet: '不存在', row: 0, col: 0 }, severity: 'error' }]);
    expect(result).toEqual({ cells: 0, formats: 0, notices: ['找不到工作表“不存在”，未标注。'] });
  });
});

describe('the record survives closing the pane and reopening the workbook', () => {
  test('a new host over the reopened document clears exactly, even with new conditional-format ids', async () => {
    const fake = fakeOf(grids);
    fake.workbook.sheets[0].fills.set('3,1', { kind: 'theme', theme: 5, tint: 0.4 });
    fake.workbook.sheets[0].conditionalFormats.push({ id: '{mine}', type: 'Custom', areas: [{ top: 0, left: 0, bottom: 50, right: 8 }], formula: '=ISTEXT(A1)', fillColor: '#DDDDDD', stopIfTrue: false });
    const before = snapshotSheets(fake.workbook);
    await adapterOver(fake).highlight([
      { cell: { sheet: grids[0].name, row: 3, col: 1 }, severity: 'error' },
      { cell: { sheet: grids[3].name, row: 7, col: 2 }, severity: 'warning' },
    ]);
    expect(fake.document.savedSettings[HIGHLIGHT_SETTING]).toBeDefined();

    const reopened = fake.reopen({ renumberConditionalFormats: true });
    const idsThen = fake.workbook.sheets.flatMap((s) => s.conditionalFormats.map((f) => f.id));
    const idsNow = reopened.workbook.sheets.flatMap((s) => s.conditionalFormats.map((f) => f.id));
    expect(idsNow.some((id) => idsThen.includes(id))).toBe(false);
    const host = adapterOver(reopened);
    expect(host.hasHighlights()).toBe(true);
    const result = await host.clearHighlights();
    expect(result.removed).toBe(2);
    expect(snapshotSheets(reopened.workbook)).toEqual(before);
    expect(host.hasHighlights()).toBe(false);
    expect(reopened.document.savedSettings[HIGHLIGHT_SETTING]).toBeUndefined();
  });

  test('clearing also removes marks whose record was lost (e.g. a copied sheet), and only ours', async () => {
    const fake = fakeOf(grids);
    fake.workbook.sheets[0].conditionalFormats.push({ id: '{mine}', type: 'Custom', areas: [{ top: 3, left: 1, bottom: 3, right: 1 }], formula: '=N("other-add-in")=0', fillColor: '#000000', stopIfTrue: false });
    const before = snapshotSheets(fake.workbook);
    await adapterOver(fake).highlight([{ cell: { sheet: grids[0].name, row: 3, col: 1 }, severity: 'error' }]);
    delete fake.document.savedSettings[HIGHLIGHT_SETTING];
    const reopened = fake.reopen();
    const host = adapterOver(reopened);
    expect(host.hasHighlights()).toBe(false);
    expect((await host.clearHighlights()).removed).toBe(1);
    expect(snapshotSheets(reopened.workbook)).toEqual(before);
  });
});
