import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, Plant, SAMPLE_UNIT, UnitDescription } from '../../../fixtures/generator';
import { check, cites, describe as show, summary } from './harness';

/**
 * One planted inconsistency per case: the workbook must report exactly the identities that cell
 * takes part in (one finding per broken identity, no cascade), each citing the planted cell.
 */
interface Case {
  readonly name: string;
  readonly unit?: UnitDescription;
  readonly plant: Plant;
  /** "rule:severity", sorted. */
  readonly expected: readonly string[];
}

const E = (r: string) => `${r}:error`;
const W = (r: string) => `${r}:warning`;

const CASES: readonly Case[] = [
  {
    name: 'T01 本年收入合计',
    plant: { table: 'T01', row: 'incomeTotal', column: 'amount', side: 'left', delta: '1' },
    expected: [E('t01-income-grand-total'), E('t01-income-total'), E('t02-t01-income-total')],
  },
  {
    name: 'T01 本年支出合计',
    plant: { table: 'T01', row: 'expenditureTotal', column: 'amount', side: 'right', delta: '1' },
    expected: [E('t01-expenditure-grand-total'), E('t01-expenditure-total'), E('t03-t01-expenditure-total')],
  },
  {
    name: 'T01 收入总计',
    plant: { table: 'T01', row: 'grandTotal', column: 'amount', side: 'left', delta: '1' },
    expected: [E('t01-grand-totals'), E('t01-income-grand-total')],
  },
  {
    name: 'T01 类 201',
    plant: { table: 'T01', row: '201', column: 'amount', delta: '1' },
    expected: [E('t01-expenditure-total'), E('t03-t01-classes')],
  },
  {
    name: 'T01 八、其他收入',
    plant: { table: 'T01', row: 'other', column: 'amount', delta: '1' },
    expected: [E('t01-income-total'), E('t02-t01-sources')],
  },
  {
    name: 'T01 一、一般公共预算财政拨款收入',
    plant: { table: 'T01', row: 'generalBudget', column: 'amount', delta: '1' },
    expected: [E('t01-income-total'), E('t01-t04-general-budget'), E('t02-t01-fiscal')],
  },
  {
    name: 'T01 二、政府性基金 (inferred T01 = T04)',
    unit: FUNDS_UNIT,
    plant: { table: 'T01', row: 'govFund', column: 'amount', delta: '1' },
    expected: [E('t01-income-total'), W('t01-t04-funds'), E('t02-t01-fiscal')],
  },
  {
    name: 'T02 项 财政拨款收入',
    plant: { table: 'T02', row: '2010301', column: 'fiscal', delta: '1' },
    expected: [E('t02-class-sums'), E('t02-row-sums')],
  },
  {
    name: 'T02 合计 其他收入',
    plant: { table: 'T02', row: 'total', column: 'other', delta: '1' },
    expected: [E('t02-class-sums'), E('t02-row-sums'), E('t02-t01-sources')],
  },
  {
    name: 'T03 项 基本支出',
    plant: { table: 'T03', row: '2010301', column: 'basic', delta: '1' },
    expected: [E('t03-class-sums'), E('t03-row-sums')],
  },
  {
    name: 'T03 类 本年支出合计 (合计 = Σ类 and 类 = Σ款 both)',
    plant: { table: 'T03', row: '201', column: 'total', delta: '1' },
    expected: [E('t03-class-sums'), E('t03-class-sums'), E('t03-row-sums'), E('t03-t01-classes')],
  },
  {
    name: 'T04 本年收入合计',
    plant: { table: 'T04', row: 'incomeTotal', column: 'amount', delta: '1' },
    expected: [E('t02-t04-fiscal'), E('t04-income-grand-total'), E('t04-income-total')],
  },
  {
    name: 'T04 类 一般公共预算列',
    plant: { table: 'T04', row: '201', column: 'generalBudget', delta: '1' },
    expected: [E('t04-expenditure-total'), E('t04-row-funds'), E('t04-t06-general-budget')],
  },
  {
    name: 'T04 年初 政府性基金 sub-row',
    unit: FUNDS_UNIT,
    plant: { table: 'T04', row: 'carryIn:govFund', column: 'amount', delta: '1' },
    expected: [E('t04-carry-sub-rows'), W('t04-fund-balance'), W('t04-t10-gov-fund')],
  },
  {
    name: 'T04 年初结转和结余 (inequality with T01)',
    unit: FUNDS_UNIT,
    plant: { table: 'T04', row: 'carryIn', column: 'amount', delta: '100' },
    expected: [E('t04-carry-sub-rows'), E('t04-income-grand-total'), W('t04-t01-carry')],
  },
  {
    name: 'T04 支出总计',
    plant: { table: 'T04', row: 'grandTotal', column: 'total', side: 'right', delta: '1' },
    expected: [E('t04-expenditure-grand-total'), E('t04-grand-totals'), E('t04-row-funds')],
  },
  {
    name: 'T05 项 合计',
    plant: { table: 'T05', row: '2010301', column: 'total', delta: '1' },
    expected: [E('t05-class-sums'), W('t05-row-sums')],
  },
  {
    name: 'T05 合计 合计',
    plant: { table: 'T05', row: 'total', column: 'total', delta: '1' },
    expected: [E('t05-class-sums'), W('t05-row-sums'), W('t05-t04-total')],
  },
  {
    name: 'T06 项 基本支出',
    plant: { table: 'T06', row: '2010301', column: 'basic', delta: '1' },
    expected: [E('t06-class-sums'), E('t06-row-sums'), W('t06-t03-rows')],
  },
  {
    name: 'T07 项 合计',
    plant: { table: 'T07', row: '2010301', column: 'total', delta: '1' },
    expected: [E('t07-class-sums'), W('t07-row-sums'), W('t07-t06-rows')],
  },
  {
    name: 'T07 合计 经济分类 302 (T07 = T08 + T09 by 类)',
    plant: { table: 'T07', row: 'total', column: '302', delta: '1' },
    expected: [E('t07-class-sums'), W('t07-row-sums'), W('t07-t08-t09-economic')],
  },
  {
    name: 'T08 款',
    plant: { table: 'T08', row: '30101', column: 'amount', delta: '1' },
    expected: [E('t08-class-sums')],
  },
  {
    name: 'T08 人员经费合计',
    plant: { table: 'T08', row: 'personnelTotal', column: 'amount', delta: '1' },
    expected: [E('t06-t08-basic'), E('t08-personnel-total')],
  },
  {
    name: 'T08 公用经费合计',
    plant: { table: 'T08', row: 'publicTotal', column: 'amount', delta: '1' },
    expected: [E('t06-t08-basic'), E('t08-public-total')],
  },
  {
    name: 'T08 30217 公务接待费 above T13',
    plant: { table: 'T08', row: '30217', column: 'amount', delta: '1' },
    expected: [E('t08-class-sums'), W('t13-t08-lines')],
  },
  {
    name: 'T09 款',
    plant: { table: 'T09', row: '30227', column: 'amount', delta: '1' },
    expected: [W('t09-class-sums')],
  },
  {
    name: 'T09 合计',
    plant: { table: 'T09', row: 'total', column: 'amount', delta: '1' },
    expected: [W('t09-class-sums'), W('t09-t06-project')],
  },
  {
    name: 'T10 项 本年支出',
    unit: FUNDS_UNIT,
    plant: { table: 'T10', row: '2120801', column: 'expenditure', delta: '1' },
    expected: [E('t10-class-sums'), W('t10-row-balance'), E('t10-row-sums')],
  },
  {
    name: 'T10 合计 年末',
    unit: FUNDS_UNIT,
    plant: { table: 'T10', row: 'total', column: 'carryOut', delta: '1' },
    expected: [E('t10-class-sums'), W('t04-t10-gov-fund'), W('t10-row-balance')],
  },
  {
    name: 'T11 合计 本年收入',
    unit: FUNDS_UNIT,
    plant: { table: 'T11', row: 'total', column: 'income', delta: '1' },
    expected: [E('t11-class-sums'), W('t04-t11-soe-capital'), W('t11-row-balance')],
  },
  {
    name: 'T11 项 基本支出',
    unit: FUNDS_UNIT,
    plant: { table: 'T11', row: '2230105', column: 'basic', delta: '1' },
    expected: [E('t11-class-sums'), E('t11-row-sums'), W('t11-t12-rows')],
  },
  {
    name: 'T12 项 合计',
    unit: FUNDS_UNIT,
    plant: { table: 'T12', row: '2230105', column: 'total', delta: '1' },
    expected: [E('t12-class-sums'), E('t12-row-sums'), W('t11-t12-rows')],
  },
  {
    name: 'T13 决算数 合计',
    plant: { table: 'T13', row: 'actual', column: 'total', delta: '1' },
    expected: [E('t13-total')],
  },
  {
    name: 'T13 预算数 公务用车小计',
    plant: { table: 'T13', row: 'budget', column: 'vehicleTotal', delta: '1' },
    expected: [E('t13-total'), E('t13-vehicle')],
  },
  {
    name: 'T13 决算数 公务接待费 below T08 30217',
    plant: { table: 'T13', row: 'actual', column: 'reception', delta: '-1' },
    expected: [E('t13-total'), W('t13-t08-lines')],
  },
  {
    name: 'T10 figure where T04 has no 政府性基金 money',
    unit: EMPTY_FUNDS_UNIT,
    plant: { table: 'T10', row: 'total', column: 'income', delta: '1' },
    expected: [W('empty-fund-figures'), W('t10-row-balance')],
  },
];

describe('one planted inconsistency', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { findings, planted } = check(c.unit ?? SAMPLE_UNIT, { plants: [c.plant] });
    expect({ findings: summary(findings), text: show(findings) }).toEqual({ findings: [...c.expected].sort(), text: expect.any(String) });
    for (const f of findings) expect(cites(f, planted[0].cell)).toBe(true);
  });
});

describe('the national profile', () => {
  test('a planted T02 error in the national set is found the same way', () => {
    const { findings, planted } = check(SAMPLE_UNIT, {
      profile: 'national-9',
      plants: [{ table: 'T02', row: 'total', column: 'other', delta: '1' }],
    });
    expect(summary(findings)).toEqual([E('t02-class-sums'), E('t02-row-sums'), E('t02-t01-sources')]);
    for (const f of findings) expect(cites(f, planted[0].cell)).toBe(true);
  });

  test('T06 against T07 is not checked without T07 (national)', () => {
    const { findings } = check(SAMPLE_UNIT, {
      profile: 'national-9',
      plants: [{ table: 'T06', row: '2010301', column: 'total', delta: '1' }],
    });
    expect(summary(findings)).toEqual([E('t06-class-sums'), E('t06-row-sums')]);
  });
});
