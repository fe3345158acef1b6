import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { TwoSidedTable } from '../../../../src/core/model/types';
import { sheet } from './gridHelpers';

const keys = (items: TwoSidedTable['left']) => items.map((i) => [i.key, i.values.amount?.value.toString() ?? Object.fromEntries(Object.entries(i.values).map(([k, f]) => [k, f.value.toString()]))]);

describe('T01 收入支出决算总表', () => {
  test('national layout: 项目 | 决算数 on each side, no 行次, no merges', () => {
    const grid = sheet('1', [
      ['2023年度收入支出决算总表'],
      ['部门：测试局', null, null, '单位：万元'],
      ['收入', null, '支出'],
      ['项目', '决算数', '项目', '决算数'],
      ['一、一般公共预算财政拨款收入', 100, '一般公共服务支出', 90],
      ['二、政府性基金预算财政拨款收入', null, '国有资本经营预算支出', '-'],
      ['三、国有资本经营预算财政拨款收入', null, '社会保障和就业支出', 10],
      ['八、其他收入', 5, null, null],
      ['本年收入合计', 105, '本年支出合计', 100],
      ['使用非财政拨款结余（含专用结余）', 0, '结余分配', 0],
      ['年初结转和结余', 0, '年末结转和结余', 5],
      ['总计', 105, '总计', 105],
    ]);
    const { model, findings } = readWorkbook([grid]);
    const t = model.tables.T01!;
    expect(findings.filter((f) => f.table === 'T01' && f.rule !== 'read-missing-table')).toEqual([]);
    expect(keys(t.left)).toEqual([
      ['generalBudget', '100'],
      ['govFund', '0'],
      ['soeCapital', '0'],
      ['other', '5'],
      ['incomeTotal', '105'],
      ['useNonFiscalBalance', '0'],
      ['carryIn', '0'],
      ['grandTotal', '105'],
    ]);
    expect(keys(t.right)).toEqual([
      ['201', '90'],
      ['223', '0'],
      ['208', '10'],
      ['expenditureTotal', '100'],
      ['surplusDistribution', '0'],
      ['carryOut', '5'],
      ['grandTotal', '105'],
    ]);
    expect(t.leftColumns.map((c) => [c.key, c.path])).toEqual([['amount', '收入/决算数']]);
    expect(t.right[0].labelCell).toEqual({ sheet: '1', row: 4, col: 2 });
    expect(t.right[0].values.amount.cell).toEqual({ sheet: '1', row: 4, col: 3 });
    expect(model.year).toBe(2023);
    expect(model.entity).toBe('测试局');
  });

  test('a label the reader does not know is kept under its text and reported as a warning naming what it affects', () => {
    const grid = sheet('1', [
      ['收入支出决算总表'],
      ['项目', '金额', '项目', '金额'],
      ['一、一般公共预算财政拨款收入', 100, '某某专项支出', 100],
      ['总计', 100, '总计', 100],
    ]);
    const { model, findings } = readWorkbook([grid]);
    expect(model.tables.T01!.right[0].key).toBe('label:某某专项支出');
    const f = findings.find((x) => x.rule === 'read-unknown-line')!;
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual([{ sheet: '1', row: 2, col: 2 }]);
    expect(f.message).toContain('第 3 行“某某专项支出”不是已知的项目，其金额未计入校验，可能影响：本年支出合计等于各类支出之和');
  });

  test('类 names of earlier years are the same 类 (文化体育与传媒支出 was 207 until 2018)', () => {
    const grid = sheet('1', [
      ['2018年度收入支出决算总表'],
      ['项目', '金额', '项目', '金额'],
      ['一、财政拨款收入', 100, '七、文化体育与传媒支出', 60],
      [null, null, '十、医疗卫生与计划生育支出', 40],
      ['总计', 100, '总计', 100],
    ]);
    const { model, findings } = readWorkbook([grid]);
    expect(model.tables.T01!.right.map((i) => i.key)).toEqual(['207', '210', 'grandTotal']);
    expect(model.tables.T01!.left.map((i) => i.key)).toEqual(['fiscal', 'grandTotal']);
    expect(findings.filter((x) => x.table === 'T01' && x.rule !== 'read-unit-missing')).toEqual([]);
  });

  test('no 项目 header: the sides are found by their labels', () => {
    const grid = sheet('T01', [
      ['收入支出决算总表'],
      ['单位：元'],
      ['收入', '行次', '金额', '支出', '行次', '金额'],
      ['一、一般公共预算财政拨款收入', 1, '1,000.00', '一般公共服务支出', 5, 1000],
      ['本年收入合计', 2, 1000, '本年支出合计', 6, 1000],
      ['年初结转和结余', 3, 0, '年末结转和结余', 7, 0],
      ['总计', 4, 1000, '总计', 8, 1000],
    ]);
    const t = readWorkbook([grid]).model.tables.T01!;
    expect(t.left.map((i) => i.key)).toEqual(['generalBudget', 'incomeTotal', 'carryIn', 'grandTotal']);
    expect(t.right.map((i) => i.key)).toEqual(['201', 'expenditureTotal', 'carryOut', 'grandTotal']);
    expect(t.leftColumns.map((c) => c.col)).toEqual([2]);
    expect(t.rightColumns.map((c) => c.col)).toEqual([5]);
    expect(t.left[0].values.amount.value.toString()).toBe('1000');
    expect(t.unit).toBe('元');
  });

  test('both sides listed in one column: expenditure starts after the income 总计', () => {
    const grid = sheet('1', [
      ['收入支出决算总表'],
      ['单位：万元'],
      ['项目', '金额'],
      ['一、一般公共预算财政拨款收入', 7],
      ['本年收入合计', 7],
      ['总计', 7],
      ['一般公共服务支出', 7],
      ['本年支出合计', 7],
      ['总计', 7],
    ]);
    const t = readWorkbook([grid]).model.tables.T01!;
    expect(t.left.map((i) => i.key)).toEqual(['generalBudget', 'incomeTotal', 'grandTotal']);
    expect(t.right.map((i) => i.key)).toEqual(['201', 'expenditureTotal', 'grandTotal']);
  });
});

describe('T04 财政拨款收入支出决算总表', () => {
  test('fund sub-rows under 年初/年末 结转和结余, 行次 columns, 类 223 is a class not a fund', () => {
    const grid = sheet(
      'T04',
      [
        ['财政拨款收入支出决算总表'],
        ['部门：测试局', null, null, null, null, null, null, null, '金额单位：万元'],
        ['收入', null, null, '支出'],
        ['项目', '行次', '金额', '项目', '行次', '决算数'],
        [null, null, null, null, null, '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
        ['一、一般公共预算财政拨款', 1, 10, '一般公共服务支出', 6, 10, 10, 0, 0],
        ['二、政府性基金预算财政拨款', 2, 0, '国有资本经营预算支出', 7, 0, 0, 0, 0],
        ['三、国有资本经营预算财政拨款', 3, 0, null, null, null, null, null, null],
        ['本年收入合计', 4, 10, '本年支出合计', 8, 10, 10, 0, 0],
        ['年初财政拨款结转和结余', 5, 2, '年末财政拨款结转和结余', 9, 2],
        ['  一般公共预算财政拨款', 6, 2, '  一般公共预算财政拨款', 10, 2],
        ['  政府性基金预算财政拨款', 7, 0, '  政府性基金预算财政拨款', 11, 0],
        ['  国有资本经营预算财政拨款', 8, 0, '  国有资本经营预算财政拨款', 12, 0],
        ['总计', 9, 12, '总计', 13, 12, 12, 0, 0],
      ],
      ['A3:C3', 'D3:I3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:I4'],
    );
    const { model, findings } = readWorkbook([grid]);
    const t = model.tables.T04!;
    expect(findings.filter((f) => f.table === 'T04')).toEqual([]);
    expect(t.left.map((i) => i.key)).toEqual([
      'generalBudget', 'govFund', 'soeCapital', 'incomeTotal', 'carryIn',
      'carryIn:generalBudget', 'carryIn:govFund', 'carryIn:soeCapital', 'grandTotal',
    ]);
    expect(t.right.map((i) => i.key)).toEqual([
      '201', '223', 'expenditureTotal', 'carryOut',
      'carryOut:generalBudget', 'carryOut:govFund', 'carryOut:soeCapital', 'grandTotal',
    ]);
    expect(t.leftColumns.map((c) => [c.key, c.col])).toEqual([['amount', 2]]);
    expect(t.rightColumns.map((c) => [c.key, c.path, c.col])).toEqual([
      ['total', '支出/决算数/合计', 5],
      ['generalBudget', '支出/决算数/一般公共预算财政拨款', 6],
      ['govFund', '支出/决算数/政府性基金预算财政拨款', 7],
      ['soeCapital', '支出/决算数/国有资本经营预算财政拨款', 8],
    ]);
    expect(t.right[4].values.total.cell).toEqual({ sheet: 'T04', row: 10, col: 5 });
  });
});
