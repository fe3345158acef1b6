import { checkWorkbook } from '../../../../src/core/check';
import { toJsonReport } from '../../../../src/core/report/json';
import { toTextReport } from '../../../../src/core/report/text';
import { appliesTo } from '../../../../src/core/rules/run';
import { RULES } from '../../../../src/core/rules/registry';
import { checksSentence } from '../../../../src/core/rules/coverage';
import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT, buildWorkbook, gridOf, publish } from '../../../fixtures/generator';

/** Coverage of the table checks (issue 12): every identity says whether it ran, and why not. */
describe('coverage of the table checks', () => {
  test.each([
    ['SAMPLE_UNIT', SAMPLE_UNIT],
    ['FUNDS_UNIT', FUNDS_UNIT],
    ['EMPTY_FUNDS_UNIT', EMPTY_FUNDS_UNIT],
  ])('%s: one entry per rule of the profile, all run but the optional T08 grand total', (_n, unit) => {
    const result = checkWorkbook(buildWorkbook(unit).grids);
    const applicable = RULES.filter((r) => appliesTo(r, 'sichuan-13') && !r.acrossYears).map((r) => r.id);
    expect(result.checks!.map((c) => c.rule)).toEqual(applicable);
    const notRun = result.checks!.filter((c) => c.status === 'not-run');
    expect(notRun.map((c) => [c.rule, c.reason])).toEqual([['t08-grand-total', '基本支出决算表未印总合计']]);
    expect(result.checks!.filter((c) => c.status === 'failed')).toEqual([]);
  });

  test('a broken identity is failed, a 尾差 still passed', () => {
    const broken = checkWorkbook(buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T01', row: '201', column: 'amount', delta: '1' }] }).grids);
    const status = (r: typeof broken, id: string) => r.checks!.find((c) => c.rule === id)!.status;
    expect(status(broken, 't01-expenditure-total')).toBe('failed');
    expect(status(broken, 't01-income-total')).toBe('passed');
    const rounding = checkWorkbook(buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T01', row: '201', column: 'amount', delta: '0.01' }] }).grids);
    expect(status(rounding, 't01-expenditure-total')).toBe('passed');
  });

  test('a missing table: its identities are not run, naming the table', () => {
    const wb = buildWorkbook(SAMPLE_UNIT);
    const result = checkWorkbook(wb.sheets.filter((s) => s.table !== 'T02').map(gridOf));
    const t02 = result.checks!.filter((c) => c.status === 'not-run' && c.reason === '缺少“收入决算表”');
    expect(t02.map((c) => c.rule)).toEqual(expect.arrayContaining(['t02-class-sums', 't02-row-sums', 't02-t01-income-total']));
  });

  test('T01 without its total rows: no false error, a warning naming the rows and the seven identities (two between tables)', () => {
    const unit = SAMPLE_UNIT;
    const wb = publish(buildWorkbook(unit), { dropRows: { T01: ['本年收入合计', '总计'] } }, unit.entity, unit.year);
    const result = checkWorkbook(wb.grids);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.rule)).toEqual(['read-missing-rows']);
    expect(warnings[0].message).toBe(
      '“收入支出决算总表”（工作表“收入支出决算总表”）中未读到“本年收入合计”、“本年支出合计”、“总计（收入）”、“总计（支出）”行，' +
        '以下 7 项勾稽关系无法核对：本年收入合计等于各项收入之和；本年支出合计等于各类支出之和；收入总计；支出总计；收入总计等于支出总计；' +
        '收入决算表合计与收入支出决算总表本年收入合计一致；支出决算表合计与收入支出决算总表本年支出合计一致。',
    );
    expect(warnings[0].cells).toEqual([{ sheet: '收入支出决算总表', row: 0, col: 0 }]);
    const t01 = result.checks!.filter((c) => /^t01-(?!t04)/.test(c.rule));
    expect(t01.map((c) => c.status)).toEqual(['not-run', 'not-run', 'not-run', 'not-run', 'not-run']);
    expect(t01[0].reason).toBe('“收入支出决算总表”中未读到“本年收入合计”行');
  });

  test('JSON: checks with rule, status and reason (null when it ran)', () => {
    const json = toJsonReport('a.xlsx', checkWorkbook(buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS.national).grids));
    expect(json.checks!.length).toBeGreaterThan(20);
    expect(json.checks![0]).toEqual({ rule: 't01-income-total', status: 'passed', reason: null });
    expect(json.checks!.find((c) => c.rule === 't08-grand-total')).toEqual({ rule: 't08-grand-total', status: 'not-run', reason: '基本支出决算表未印总合计', notApplicable: true });
  });

  test('text report: 已核对 N 项勾稽关系，M 项无法核对：…', () => {
    const result = checkWorkbook(buildWorkbook(SAMPLE_UNIT).grids);
    const n = result.checks!.length - 1;
    expect(toTextReport('a.xlsx', result)).toContain(`已核对 ${n} 项勾稽关系，全部可以核对（另有 1 项不适用于本表式：基本支出决算表未印总合计）。`);
    expect(checksSentence([{ rule: 't01-income-total', title: 'A', status: 'passed' }])).toBe('已核对 1 项勾稽关系，全部可以核对。');
  });
});
