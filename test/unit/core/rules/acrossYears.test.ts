import { checkWorkbook } from '../../../../src/core/check';
import { isCannotCheckError } from '../../../../src/core/errors';
import { toTextReport } from '../../../../src/core/report/text';
import { FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT, buildWorkbook, priorYearUnit } from '../../../fixtures/generator';

/** Across years (issue 12): this year's 年初结转和结余 = last year's 年末, on T01 and per fund on T04. */
describe('check with last year\'s workbook', () => {
  const thisYear = buildWorkbook(FUNDS_UNIT);

  test('a matching pair: both identities pass, nothing reported', () => {
    const prior = buildWorkbook(priorYearUnit(FUNDS_UNIT));
    const result = checkWorkbook(thisYear.grids, { prior: prior.grids });
    const checks = result.checks!.filter((c) => c.rule.startsWith('prior-'));
    expect(checks.map((c) => [c.rule, c.status])).toEqual([
      ['prior-t01-carry', 'passed'],
      ['prior-t04-carry', 'passed'],
    ]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('without last year\'s workbook the across-years rules are not in the coverage at all', () => {
    const result = checkWorkbook(thisYear.grids);
    expect(result.checks!.some((c) => c.rule.startsWith('prior-'))).toBe(false);
  });

  test('one fund differs: a warning on T04 for that fund and on T01, citing only this year\'s cells', () => {
    const prior = buildWorkbook(priorYearUnit(FUNDS_UNIT, { govFund: '290.00' }));
    const result = checkWorkbook(thisYear.grids, { prior: prior.grids });
    const found = result.findings.filter((f) => f.rule.startsWith('prior-'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['prior-t01-carry', 'warning'],
      ['prior-t04-carry', 'warning'],
    ]);
    const t04 = found.find((f) => f.rule === 'prior-t04-carry')!;
    expect(t04.message).toContain('年初结转和结余（政府性基金预算财政拨款）');
    expect(t04.message).toContain('上年工作簿 财政拨款收入支出决算总表 年末结转和结余（政府性基金预算财政拨款）');
    expect(t04.message).toContain('相差 10.00 万元');
    expect(t04.message).toContain('推断');
    const sheets = new Set(thisYear.grids.map((g) => g.name));
    for (const f of found) {
      expect(f.cells.length).toBe(1);
      expect(sheets.has(f.cells[0].sheet)).toBe(true);
      expect(f.suspect).toEqual(f.cells[0]);
    }
    // T04's cell is this year's 年初 政府性基金 sub-row.
    const model = result.model.tables.T04!;
    const cell = model.left.find((i) => i.key === 'carryIn:govFund')!.values;
    expect(Object.values(cell).map((v) => v.cell)).toContainEqual(t04.cells[0]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('last year in 元, this year in 万元: compared in 元, no finding', () => {
    const prior = buildWorkbook(priorYearUnit(FUNDS_UNIT), LAYOUT_VARIANTS.yuan);
    const result = checkWorkbook(thisYear.grids, { prior: prior.grids });
    expect(result.checks!.filter((c) => c.rule.startsWith('prior-')).map((c) => c.status)).toEqual(['passed', 'passed']);
  });

  test('a one-cent difference between the two workbooks is a 尾差 notice, not a warning', () => {
    const prior = buildWorkbook(priorYearUnit(FUNDS_UNIT, { generalBudget: '35.19' }));
    const result = checkWorkbook(thisYear.grids, { prior: prior.grids });
    const found = result.findings.filter((f) => f.rule.startsWith('prior-'));
    expect(found.map((f) => f.severity)).toEqual(['info', 'info']);
  });

  test.each([
    ['the same year', 0, '与本年工作簿同为 2024 年度'],
    ['a later year', 1, '是 2025 年度的，晚于本年工作簿（2024 年度）'],
  ])('a workbook of %s is refused with a Chinese message', (_n, shift, words) => {
    const prior = buildWorkbook({ ...priorYearUnit(FUNDS_UNIT), year: FUNDS_UNIT.year + shift });
    let error: unknown;
    try {
      checkWorkbook(thisYear.grids, { prior: prior.grids });
    } catch (e) {
      error = e;
    }
    expect(isCannotCheckError(error)).toBe(true);
    expect((error as Error).message).toBe(`所选的上年工作簿${words}，不是上一年度的决算。请选择 2023 年度的决算工作簿作为上年工作簿（或不选上年工作簿）。`);
  });

  test('a workbook two years back: not run, saying why', () => {
    const prior = buildWorkbook({ ...priorYearUnit(FUNDS_UNIT), year: FUNDS_UNIT.year - 2 });
    const result = checkWorkbook(thisYear.grids, { prior: prior.grids });
    const checks = result.checks!.filter((c) => c.rule.startsWith('prior-'));
    expect(checks.map((c) => c.status)).toEqual(['not-run', 'not-run']);
    expect(checks[0].reason).toBe('上年工作簿是 2022 年度的，不是上一年度（2023 年度），年初数无法与之核对');
    expect(toTextReport('a.xlsx', result)).toContain('2 项无法核对：上年工作簿是 2022 年度的，不是上一年度（2023 年度），年初数无法与之核对（2 项）（另有 1 项不适用于本表式：基本支出决算表未印总合计）。');
  });

  test('last year without T04: the T04 identity is not run, naming it', () => {
    const prior = buildWorkbook(priorYearUnit(FUNDS_UNIT));
    const grids = prior.grids.filter((_, i) => prior.sheets[i].table !== 'T04');
    const result = checkWorkbook(thisYear.grids, { prior: grids });
    expect(result.checks!.find((c) => c.rule === 'prior-t04-carry')).toMatchObject({ status: 'not-run', reason: '上年工作簿中缺少“财政拨款收入支出决算总表”' });
    expect(result.checks!.find((c) => c.rule === 'prior-t01-carry')!.status).toBe('passed');
  });

  test('a prior workbook with no 决算 tables is refused', () => {
    const empty = [{ name: 'Sheet1', rows: [['hello']], merges: [], hidden: false }];
    expect(() => checkWorkbook(thisYear.grids, { prior: empty as never })).toThrow(/^上年工作簿中没有找到决算附表，无法核对年初数/);
  });

  test('SAMPLE_UNIT in the national layout: the pair passes too', () => {
    const wb = buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS.national);
    const prior = buildWorkbook(priorYearUnit(SAMPLE_UNIT), LAYOUT_VARIANTS.national);
    const result = checkWorkbook(wb.grids, { prior: prior.grids });
    expect(result.checks!.filter((c) => c.rule.startsWith('prior-')).map((c) => c.status)).toEqual(['passed', 'passed']);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
