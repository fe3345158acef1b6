import { checkWorkbook } from '../../../../src/core/check';
import { FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT, buildWorkbook, publish } from '../../../fixtures/generator';

/** 元 figures under a 万元 line (issue 12): the 三公 upper bounds and the unit plausibility check. */
function yuanUnderWan(tables: ('T13' | 'T02' | 'T01')[], unit = SAMPLE_UNIT, layout = {}) {
  const wb = publish(buildWorkbook(unit, layout), { yuanUnderWan: tables }, unit.entity, unit.year);
  return checkWorkbook(wb.grids);
}

describe('元/万元 mix-up', () => {
  test('三公 in 元 under 万元: the mix-up warning names T13 and its unit line; the upper bound it breaks is folded into it', () => {
    const result = yuanUnderWan(['T13']);
    const rules = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.rule))];
    // The upper bound fails only because of the unit (read in 元 it holds): one mistake, one finding.
    expect(rules).toEqual(['unit-mixup']);
    const mix = result.findings.filter((f) => f.rule === 'unit-mixup');
    expect(mix).toHaveLength(1);
    expect(mix[0].table).toBe('T13');
    // Both upper bounds it breaks hold in 元: certain, so an error.
    expect(mix[0].severity).toBe('error');
    expect(mix[0].message).toMatch(/^“财政拨款“三公”经费支出决算表”（工作表“财政拨款三公经费支出决算表”，单位行 \S+ 写“万元”）的数字约为“一般公共预算财政拨款基本支出决算表”相应数字的 10000 倍，疑似按元填写却标为万元/);
    expect(mix[0].message).toContain('该表与其他表的 2 项勾稽关系因此不成立，按元读取后全部相符');
    expect(mix[0].cells[0]).toEqual(result.model.tables.T13!.unitCell);
    expect(result.checks!.find((c) => c.rule === 't13-upper-bounds')!.status).toBe('failed');
  });

  test('T02 in 元 under 万元: every identity it breaks holds in 元, so the mix-up is certain and one error', () => {
    const result = yuanUnderWan(['T02']);
    const open = result.findings.filter((f) => f.severity !== 'info');
    expect(open.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error unit-mixup']);
    expect(open[0].message).toMatch(/该表与其他表的 \d+ 项勾稽关系因此不成立，按元读取后全部相符：请把单位改为“元”/);
    expect(result.suspects[0].cell).toEqual(result.model.tables.T02!.unitCell);
  });

  test('a real typo in the same table is not folded into the mix-up: it still fails in 元', () => {
    const wb = publish(buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T02', row: '2010302', column: 'fiscal', delta: '3' }] }), { yuanUnderWan: ['T02'] }, SAMPLE_UNIT.entity, SAMPLE_UNIT.year);
    const result = checkWorkbook(wb.grids);
    const open = result.findings.filter((f) => f.severity !== 'info');
    expect(open.some((f) => f.rule === 'unit-mixup')).toBe(true);
    expect(open.some((f) => f.rule !== 'unit-mixup' && f.cells.some((c) => c.sheet === result.model.tables.T02!.sheet))).toBe(true);
  });

  test('T01 in 元 under 万元: T01 is the odd table (it ties to T02, T03 and T04)', () => {
    const mix = yuanUnderWan(['T01'], FUNDS_UNIT).findings.filter((f) => f.rule === 'unit-mixup');
    expect(mix.map((f) => f.table)).toEqual(['T01']);
  });

  test('mixed units correctly labelled raise nothing', () => {
    for (const layout of [LAYOUT_VARIANTS.yuan, LAYOUT_VARIANTS.default]) {
      const result = checkWorkbook(buildWorkbook(FUNDS_UNIT, layout).grids);
      expect(result.findings.filter((f) => f.rule === 'unit-mixup' || f.rule === 't13-upper-bounds')).toEqual([]);
    }
  });

  test('a 三公 item above its 经济分类 lines by more than rounding is a warning', () => {
    const over = checkWorkbook(buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T13', row: 'actual', column: 'reception', delta: '5' }] }).grids);
    const f = over.findings.filter((x) => x.rule === 't13-upper-bounds');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
});
