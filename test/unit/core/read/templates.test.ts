import { checkWorkbook } from '../../../../src/core/check';
import { flattenModel } from '../../../../src/core/model/flatten';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, SAMPLE_UNIT, TEMPLATE_VARIANTS, UnitDescription, buildWorkbook } from '../../../fixtures/generator';
import { expectedTables, foldT04SubRows } from './expected';

/**
 * Templates of other years (issue 12): 2018's single 一、财政拨款收入 line, 用事业基金弥补收支差额
 * and 类 names of that year; 2019 without a 国有资本经营预算 income line; 2024's
 * 使用非财政拨款结余（含专用结余）. Each reads to the generator's figures with no false finding.
 */
const YEAR: Record<string, number> = { t2018: 2018, t2019: 2019, t2024: 2024 };
const UNITS: Record<string, UnitDescription> = { SAMPLE_UNIT, FUNDS_UNIT, EMPTY_FUNDS_UNIT };

const cases = Object.keys(TEMPLATE_VARIANTS).flatMap((v) =>
  Object.keys(UNITS)
    .filter((u) => !(v === 't2019' && u === 'FUNDS_UNIT')) // FUNDS_UNIT has 国有资本 income, which 2019 cannot print.
    .map((u) => [v, u] as const),
);

describe.each(cases)('template %s, %s', (variant, unitName) => {
  const unit = { ...UNITS[unitName], year: YEAR[variant] };
  const wb = buildWorkbook(unit, TEMPLATE_VARIANTS[variant]);

  test('read with no finding; every table but T01 as generated, T01 by its printed lines', () => {
    const { model, findings } = readWorkbook(wb.grids);
    expect(findings.filter((f) => f.rule !== 'read-hidden-sheet')).toEqual([]);
    const flat = flattenModel(model);
    if (flat.T04) flat.T04 = foldT04SubRows(flat.T04);
    const expected = expectedTables(wb.derived, wb.layout.profile);
    const { T01: t01, ...rest } = flat;
    const { T01: e01, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    const left = wb.derived.t01.left;
    if (variant === 't2018') {
      // The three funds, printed as one line.
      const fiscal = left.generalBudget.plus(left.govFund).plus(left.soeCapital).times(10000).toFixed(2);
      expect(t01['left:fiscal']).toEqual({ amount: fiscal });
      expect(t01['left:generalBudget']).toBeUndefined();
    } else {
      expect(t01['left:generalBudget']).toEqual(e01['left:generalBudget']);
    }
    if (variant === 't2019') expect(t01['left:soeCapital']).toBeUndefined();
    for (const k of ['left:useNonFiscalBalance', 'left:incomeTotal', 'right:207', 'right:210', 'right:expenditureTotal']) expect(t01[k]).toEqual(e01[k]);
  });

  test('the sheets print the template’s own lines and names', () => {
    const texts = wb.grids.flatMap((g) => g.rows.flat()).filter((v): v is string => typeof v === 'string');
    const has = (t: string) => texts.some((x) => x.endsWith(t));
    expect(has('医疗卫生与计划生育支出')).toBe(variant === 't2018');
    expect(has('卫生健康支出')).toBe(variant !== 't2018');
    expect(texts.some((x) => x.trim() === '行政事业单位离退休')).toBe(variant === 't2018');
    expect(texts.includes('一、财政拨款收入')).toBe(variant === 't2018');
    expect(texts.includes('用事业基金弥补收支差额')).toBe(variant === 't2018');
    expect(texts.includes('使用非财政拨款结余（含专用结余）')).toBe(variant === 't2024');
    expect(texts.some((x) => x.endsWith('国有资本经营预算财政拨款收入'))).toBe(variant === 't2024');
  });

  test('no error or warning from the checks', () => {
    const result = checkWorkbook(wb.grids);
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });
});

describe('older templates keep their checks', () => {
  test('2018: a wrong 财政拨款收入 line breaks 本年收入合计 and the T02 tie', () => {
    const unit = { ...SAMPLE_UNIT, year: 2018 };
    const wb = buildWorkbook(unit, { template: 2018, plants: [{ table: 'T01', row: 'fiscal', column: 'amount', delta: '1' }] });
    const rules = checkWorkbook(wb.grids).findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['t01-income-total', 't02-t01-fiscal']));
  });

  test('2018 类 names printed in a 2023 report are still wrong names', () => {
    const wb = buildWorkbook({ ...SAMPLE_UNIT, year: 2023 }, { template: 2018 });
    const names = checkWorkbook(wb.grids).findings.filter((f) => f.rule === 'class-names');
    expect(names.length).toBeGreaterThan(0);
    expect(names.map((f) => f.message).join('\n')).toMatch(/应为“行政事业单位养老支出”，表中印为“行政事业单位离退休”/);
  });
});
