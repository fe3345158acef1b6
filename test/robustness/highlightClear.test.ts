import { Finding, SEVERITIES } from '../../src/core/findings/types';
import { createOfficeHost, ExcelHost, ExcelRun, marksFromFindings } from '../../src/excel';
import { addSheet, createFakeHost, FakeConditionalFormat, FakeExcelHost, FakeFill, FakeSheet, FakeWorkbook, snapshotSheets } from '../../src/fakehost';
import { Random, seeded } from './random';

/*
 * Property: on the fake Excel host, highlighting findings and then clearing them leaves every
 * cell's value, number format and fill, every merge, and the user's own conditional formats
 * (their order, rules, colours and stopIfTrue) exactly as they were — for random sheets, random
 * fills (none, white, RGB, theme colours with tints), random user rules and random findings;
 * also across a save-and-reopen between highlight and clear, and after highlighting twice.
 * A failure names its seed; replay with HIGHLIGHT_SEED=<seed>.
 */
const SEEDS = process.env.HIGHLIGHT_SEED ? [Number(process.env.HIGHLIGHT_SEED)] : Array.from({ length: 40 }, (_, i) => i + 1);

const SHEET_NAMES = ['收入支出决算总表', '表2', "O'Brien", 'Sheet 1', '三公经费（2023）', 'A-B_C', '支出决算明细表', 'x'.repeat(31)];
const FORMATS = ['#,##0.00', '0.00', '@', 'General', '0.00_);(0.00)', '#,##0.00"万元"', ';;;'];
const CF_TYPES = ['CellValue', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText'];
/** User rules, some of them close to ours without being ours. */
const USER_FORMULAS = ['=A1>100', '=TRUE', '=ISTEXT(A1)', '=N("other-add-in")=0', '=N("jsjy-highlight")=0', '=N("jsjy_highlight:error")=0', '=$B2<>SUM($C2:$E2)'];

function randomFill(r: Random): FakeFill {
  switch (r.int(0, 3)) {
    case 0:
      return { kind: 'none' };
    case 1:
      return { kind: 'rgb', color: '#FFFFFF' };
    case 2:
      return { kind: 'rgb', color: `#${r.int(0, 0xffffff).toString(16).padStart(6, '0').toUpperCase()}` };
    default:
      return { kind: 'theme', theme: r.int(0, 9), tint: r.pick([0, -0.5, -0.25, 0.4, 0.6, 0.8, Math.round((r.next() * 2 - 1) * 100) / 100]) };
  }
}

function randomArea(r: Random, h: number, w: number) {
  const top = r.int(0, h - 1);
  const left = r.int(0, w - 1);
  return { top, left, bottom: Math.min(h - 1, top + r.int(0, 30)), right: Math.min(w - 1, left + r.int(0, 8)) };
}

function userRule(r: Random, h: number, w: number, id: string): FakeConditionalFormat {
  const custom = r.chance(0.5);
  const areas = Array.from({ length: r.int(1, 3) }, () => randomArea(r, h, w));
  return {
    id,
    type: custom ? 'Custom' : r.pick(CF_TYPES),
    areas,
    ...(custom ? { formula: r.pick(USER_FORMULAS) } : {}),
    fillColor: r.chance(0.7) ? `#${r.int(0, 0xffffff).toString(16).padStart(6, '0').toUpperCase()}` : null,
    stopIfTrue: r.chance(0.3),
  };
}

/** A workbook of 1–5 sheets with values, number formats, fills, merges and the user's own rules. */
function randomWorkbook(r: Random): FakeWorkbook {
  const wb: FakeWorkbook = { sheets: [], activeSheetId: null, selection: null, nextId: 0 };
  const names = [...SHEET_NAMES].sort(() => r.next() - 0.5).slice(0, r.int(1, 5));
  for (const name of names) {
    const sheet = addSheet(wb, name);
    const h = r.int(5, 120);
    const w = r.int(2, 20);
    for (let i = r.int(0, h * 2); i > 0; i--) {
      const [row, col] = [r.int(0, h - 1), r.int(0, w - 1)];
      const value = r.pick<string | number | boolean | { error: string }>(['合计', '项目', 1889.05, 0, -3.2, true, { error: '#REF!' }, '—']);
      sheet.cells.set(`${row},${col}`, r.chance(0.5) ? { value, numberFormat: r.pick(FORMATS) } : { value });
    }
    for (let i = r.int(0, h * w * 0.5); i > 0; i--) sheet.fills.set(`${r.int(0, h - 1)},${r.int(0, w - 1)}`, randomFill(r));
    if (r.chance(0.5)) sheet.merges.push({ top: 0, left: 0, bottom: 0, right: w - 1 });
    for (let i = r.int(0, 4); i > 0; i--) sheet.conditionalFormats.push(userRule(r, h, w, `{user-${name}-${i}}`));
    if (r.chance(0.1)) sheet.protected = true;
  }
  wb.activeSheetId = wb.sheets[0].id;
  return wb;
}

/** Findings citing random cells: clusters (rows of a table) and strays, now and then on a sheet that is not there or in other case. */
function randomFindings(r: Random, wb: FakeWorkbook): Finding[] {
  return Array.from({ length: r.int(1, 40) }, () => {
    const sheet = r.pick(wb.sheets);
    const name = r.chance(0.05) ? '不存在的表' : r.chance(0.1) ? sheet.name.toUpperCase() : sheet.name;
    const top = r.int(0, 200);
    const left = r.int(0, 25);
    const cells = r.chance(0.5)
      ? Array.from({ length: r.int(1, 12) }, (_, k) => ({ sheet: name, row: top + k, col: left }))
      : Array.from({ length: r.int(1, 4) }, () => ({ sheet: name, row: r.int(0, 5000), col: r.int(0, 300) }));
    return { rule: 't01-income-total', severity: r.pick(SEVERITIES), message: '测试', cells };
  });
}

function adapter(fake: FakeExcelHost): ExcelHost {
  return createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings });
}

/** The user's rules, ids included, per sheet: a clear must leave the very same objects' data. */
function userRules(wb: FakeWorkbook): unknown {
  return wb.sheets.map((s: FakeSheet) => s.conditionalFormats.filter((cf) => !/"jsjy-highlight:/i.test(cf.formula ?? '')));
}

describe.each(SEEDS)('seed %i', (seed) => {
  test('highlight then clear', async () => {
    const r = seeded(seed);
    const fake = createFakeHost(randomWorkbook(r));
    const before = snapshotSheets(fake.workbook);
    const rulesBefore = JSON.stringify(userRules(fake.workbook));
    const host = adapter(fake);
    const marks = marksFromFindings(randomFindings(r, fake.workbook), { includeInfo: true });
    const added = await host.highlight(marks);
    if (added.cells > 0) expect(snapshotSheets(fake.workbook)).not.toEqual(before);
    const cleared = await host.clearHighlights();
    expect(cleared.removed).toBe(added.formats);
    expect(snapshotSheets(fake.workbook)).toEqual(before);
    expect(JSON.stringify(userRules(fake.workbook))).toBe(rulesBefore);
    expect(host.hasHighlights()).toBe(false);
  });

  test('highlight, save and reopen, then clear', async () => {
    const r = seeded(seed * 7919);
    const fake = createFakeHost(randomWorkbook(r));
    const before = snapshotSheets(fake.workbook);
    await adapter(fake).highlight(marksFromFindings(randomFindings(r, fake.workbook)));
    const reopened = fake.reopen({ renumberConditionalFormats: r.chance(0.7) });
    const host = adapter(reopened);
    await host.clearHighlights();
    expect(snapshotSheets(reopened.workbook)).toEqual(before);
    expect(host.hasHighlights()).toBe(false);
  });

  test('highlight twice (the second time after a reopen, now and then), clear once', async () => {
    const r = seeded(seed * 104729);
    let fake = createFakeHost(randomWorkbook(r));
    const before = snapshotSheets(fake.workbook);
    await adapter(fake).highlight(marksFromFindings(randomFindings(r, fake.workbook)));
    if (r.chance(0.5)) fake = fake.reopen({ renumberConditionalFormats: r.chance(0.5) });
    const second = await adapter(fake).highlight(marksFromFindings(randomFindings(r, fake.workbook), { includeInfo: true }));
    expect(second.notices.every((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    const host = adapter(fake);
    await host.clearHighlights();
    expect(snapshotSheets(fake.workbook)).toEqual(before);
    expect(host.hasHighlights()).toBe(false);
  });

  test('a rule the user adds and a sheet they rename between highlight and clear', async () => {
    const r = seeded(seed * 15485863);
    const fake = createFakeHost(randomWorkbook(r));
    const before = snapshotSheets(fake.workbook);
    const host = adapter(fake);
    await host.highlight(marksFromFindings(randomFindings(r, fake.workbook)));
    const sheet = r.pick(fake.workbook.sheets);
    const theirs: FakeConditionalFormat = { id: '{added-later}', type: 'Custom', areas: [{ top: 0, left: 0, bottom: 9, right: 3 }], formula: '=A1<0', fillColor: '#FF0000', stopIfTrue: false };
    // At the top priority, as Excel adds it, above our highlights.
    sheet.conditionalFormats.unshift(theirs);
    const renamed = r.pick(fake.workbook.sheets);
    const oldName = renamed.name;
    renamed.name = `${oldName.slice(0, 25)}（改）`;
    await host.clearHighlights();
    expect(sheet.conditionalFormats[0]).toBe(theirs);
    // Undo the user's own two edits: what is left must be the workbook as it was.
    sheet.conditionalFormats.shift();
    renamed.name = oldName;
    expect(snapshotSheets(fake.workbook)).toEqual(before);
  });
});
