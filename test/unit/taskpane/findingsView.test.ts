/** The 表格校验 tab's view model: grouping by table then severity, the filter, the summary. */
import { checkWorkbook } from '../../../src/core/check';
import { Finding } from '../../../src/core/findings/types';
import { ALL_TABLE_IDS } from '../../../src/core/tables/catalog';
import { describeLocation, groupFindings, sheetLookup, summaryView, toggleSeverity, ALL_SEVERITIES } from '../../../src/taskpane/viewModel/findings';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

// One error in T05 (a 款 that no longer sums its 项) and one 尾差 notice in T02.
const planted = buildWorkbook(SAMPLE_UNIT, {
  plants: [
    { table: 'T05', row: '20103', column: '302', delta: '1' },
    { table: 'T02', row: '2010302', column: 'total', delta: '0.01' },
  ],
});
const result = checkWorkbook(planted.grids);

const cell = (sheet: string, row: number, col: number) => ({ sheet, row, col });
const finding = (severity: Finding['severity'], table: Finding['table'], message: string, cells = [cell('表1', 0, 0)]): Finding => ({
  rule: 't01-income-total',
  severity,
  table,
  message,
  cells,
});

describe('groupFindings', () => {
  test('tables in catalogue order, workbook-wide findings first, severities error → warning → info', () => {
    const findings = [
      finding('info', 'T03', 'c'),
      finding('warning', 'T01', 'b'),
      finding('error', 'T03', 'd'),
      finding('error', undefined, 'a'),
      finding('error', 'T01', 'e'),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.key)).toEqual(['workbook', 'T01', 'T03']);
    expect(groups[0].title).toBe('工作簿');
    expect(groups[1].title).toBe('收入支出决算总表');
    expect(groups[1].severities.map((s) => [s.label, s.items.map((i) => i.finding.message)])).toEqual([
      ['错误', ['e']],
      ['警告', ['b']],
    ]);
    expect(groups[2].severities.map((s) => s.severity)).toEqual(['error', 'info']);
    // Keys are the index in the engine's list, so a click finds the right finding.
    expect(groups[2].severities[0].items[0].key).toBe('2');
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(findings.length);
  });

  test('the filter hides severities and drops tables left empty', () => {
    const findings = [finding('info', 'T03', 'c'), finding('error', 'T01', 'e')];
    const noInfo = toggleSeverity(ALL_SEVERITIES, 'info');
    expect(noInfo).toEqual({ error: true, warning: true, info: false });
    expect(groupFindings(findings, noInfo).map((g) => g.key)).toEqual(['T01']);
    expect(groupFindings(findings, { error: false, warning: false, info: false })).toEqual([]);
    expect(toggleSeverity(noInfo, 'info')).toEqual(ALL_SEVERITIES);
  });

  test('on a planted workbook: the T05 error under its table and sheet, the T02 notice under T02', () => {
    const groups = groupFindings(result.findings, ALL_SEVERITIES, sheetLookup(result));
    const t05 = groups.find((g) => g.key === 'T05')!;
    expect(t05.title).toBe('财政拨款支出决算明细表');
    expect(t05.sheet).toBe(result.model.placements.find((p) => p.id === 'T05')!.sheet);
    expect(t05.severities[0].severity).toBe('error');
    const t02 = groups.find((g) => g.key === 'T02')!;
    expect(t02.severities.map((s) => s.severity)).toContain('info');
    const order = groups.map((g) => ALL_TABLE_IDS.indexOf(g.key as never));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('summaryView', () => {
  test('counts in 错误/警告/提示 order and every table found on the full workbook', () => {
    const view = summaryView(result);
    expect(view.counts.map((c) => `${c.label} ${c.count}`)).toEqual([
      `错误 ${result.summary.errors}`,
      `警告 ${result.summary.warnings}`,
      `提示 ${result.summary.infos}`,
    ]);
    expect(result.summary.errors).toBeGreaterThan(0);
    expect(view.found).toHaveLength(13);
    expect(view.missing).toEqual([]);
    expect(view.verdict).toBe('');
  });

  test('a workbook without two tables lists them as missing; a clean one says so', () => {
    const clean = buildWorkbook(SAMPLE_UNIT).grids;
    const t13 = result.model.placements.find((p) => p.id === 'T13')!.sheet;
    const t12 = result.model.placements.find((p) => p.id === 'T12')!.sheet;
    const view = summaryView(checkWorkbook(clean.filter((g) => g.name !== t13 && g.name !== t12)));
    expect(view.missing.map((m) => m.id)).toEqual(['T12', 'T13']);
    expect(view.missing[1].title).toBe('财政拨款“三公”经费支出决算表');
    expect(view.found).toHaveLength(11);
    const full = summaryView(checkWorkbook(clean));
    expect(full.verdict).toBe('未发现错误或警告。');
  });
});

test('describeLocation names the first cell and how many there are', () => {
  expect(describeLocation(finding('error', 'T01', 'x', [cell('表1', 6, 2)]))).toBe('表1!C7');
  expect(describeLocation(finding('error', 'T01', 'x', [cell('表1', 6, 2), cell('表1', 7, 2), cell('表2', 0, 0)]))).toBe('表1!C7 等 3 个单元格');
  expect(describeLocation(finding('error', 'T01', 'x', []))).toBe('');
});
