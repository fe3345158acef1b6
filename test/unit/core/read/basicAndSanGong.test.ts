import { SAMPLE_UNIT, buildWorkbook } from '../../../fixtures/generator';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { SAN_GONG_KEYS } from '../../../../src/core/tables/lines';
import { sheet, unmerge } from './gridHelpers';

describe('T08 一般公共预算财政拨款基本支出决算表', () => {
  test.each([2, 3] as const)('%i blocks side by side: every row, both totals', (blocks) => {
    const wb = buildWorkbook(SAMPLE_UNIT, { t08Blocks: blocks });
    const t = readWorkbook(wb.grids).model.tables.T08!;
    expect(t.blocks).toBe(blocks);
    const expected = [...wb.derived.t08.personnel, ...wb.derived.t08.public];
    expect(t.rows.map((r) => r.code).sort()).toEqual(expected.map((r) => r.code).sort());
    expect(t.personnelTotal!.value.toFixed(2)).toBe(wb.derived.t08.personnelTotal.toFixed(2));
    expect(t.publicTotal!.value.toFixed(2)).toBe(wb.derived.t08.publicTotal.toFixed(2));
    // The 公用经费合计 figure sits in the last block's amount column.
    const lastAmountCol = Math.max(...t.rows.map((r) => r.values.amount.cell.col));
    expect(t.publicTotal!.cell.col).toBe(lastAmountCol);
  });

  test('blocks read the same without merges', () => {
    const wb = buildWorkbook(SAMPLE_UNIT, { t08Blocks: 3 });
    const grids = wb.grids.map(unmerge);
    const a = readWorkbook(wb.grids).model.tables.T08!;
    const b = readWorkbook(grids).model.tables.T08!;
    expect(b.rows.map((r) => [r.code, r.values.amount.value.toString()])).toEqual(a.rows.map((r) => [r.code, r.values.amount.value.toString()]));
    expect(b.publicTotal!.cell).toEqual(a.publicTotal!.cell);
  });

  test('one list with 合计 | 人员经费 | 公用经费 columns', () => {
    const grid = sheet('表8', [
      ['一般公共预算财政拨款基本支出决算明细表'],
      ['金额单位：万元'],
      ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['合计', null, 15, 10, 5],
      ['301', '工资福利支出', 10, 10, null],
      ['30101', '基本工资', 10, 10, null],
      ['302', '商品和服务支出', 5, null, 5],
    ]);
    const t = readWorkbook([grid]).model.tables.T08!;
    expect(t.blocks).toBe(1);
    expect(t.rows.map((r) => r.code)).toEqual(['301', '30101', '302']);
    expect(Object.keys(t.rows[0].values)).toEqual(['total', 'personnel', 'public']);
    expect([t.total, t.personnelTotal, t.publicTotal].map((f) => f!.value.toString())).toEqual(['15', '10', '5']);
    expect(t.personnelTotal!.cell).toEqual({ sheet: '表8', row: 3, col: 3 });
  });
});

describe('T13 财政拨款“三公”经费支出决算表', () => {
  test.each(['blocks', 'pairs'] as const)('generator arrangement %s', (arrangement) => {
    const wb = buildWorkbook(SAMPLE_UNIT, { t13Arrangement: arrangement });
    for (const grids of [wb.grids, wb.grids.map(unmerge)]) {
      const t = readWorkbook(grids).model.tables.T13!;
      expect(t.arrangement).toBe(arrangement);
      for (const k of SAN_GONG_KEYS) {
        expect([k, t.budget[k]!.value.toFixed(2)]).toEqual([k, wb.derived.t13.budget[k].toFixed(2)]);
        expect([k, t.actual[k]!.value.toFixed(2)]).toEqual([k, wb.derived.t13.actual[k].toFixed(2)]);
      }
    }
  });

  test('pairs with short item names and no merges', () => {
    const grid = sheet('表13', [
      ['财政拨款"三公"经费支出决算表'],
      ['单位：万元'],
      ['合计', null, '因公出国（境）费', null, '公务用车购置及运行费', null, null, null, null, null, '公务接待费'],
      [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行费'],
      ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
      [12, 10, 0, 0, 10, 9, 0, 0, 10, 9, 2, 1],
    ]);
    const t = readWorkbook([grid]).model.tables.T13!;
    expect(t.arrangement).toBe('pairs');
    const v = (r: typeof t.budget) => SAN_GONG_KEYS.map((k) => r[k]?.value.toString());
    expect(v(t.budget)).toEqual(['12', '0', '10', '0', '10', '2']);
    expect(v(t.actual)).toEqual(['10', '0', '9', '0', '9', '1']);
    expect(t.actual.reception!.cell).toEqual({ sheet: '表13', row: 5, col: 11 });
  });

  test('blocks, MoF style, with a 栏次 row', () => {
    const grid = sheet(
      '表13',
      [
        ['财政拨款“三公”经费支出决算表'],
        ['部门：测试局', null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
        ['预算数', null, null, null, null, null, '决算数'],
        ['合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'],
        [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null, null, null, '小计', '公务用车购置费', '公务用车运行维护费'],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        ['3.00', '-', 2, 0, 2, 1, 2.5, null, 2, 0, 2, 0.5],
      ],
      ['A3:F3', 'G3:L3', 'A4:A5', 'B4:B5', 'C4:E4', 'F4:F5', 'G4:G5', 'H4:H5', 'I4:K4', 'L4:L5'],
    );
    const t = readWorkbook([grid]).model.tables.T13!;
    expect(t.arrangement).toBe('blocks');
    expect(t.budget.total!.value.toString()).toBe('3');
    expect(t.budget.abroad!.value.toString()).toBe('0');
    expect(t.actual.vehicleTotal!.cell).toEqual({ sheet: '表13', row: 6, col: 8 });
    expect(t.actual.reception!.value.toString()).toBe('0.5');
    expect(t.empty).toBe(false);
  });
});
