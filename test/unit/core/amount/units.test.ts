import Decimal from 'decimal.js';
import { detectUnit, fromYuan, toYuan } from '../../../../src/core/amount/units';
import { Grid } from '../../../../src/core/grid/types';
import { formatAmount, formatAmountTrimmed, percent, roundHalfUp, truncate } from '../../../../src/core/amount/round';

function grid(rows: (string | null)[][]): Grid {
  return { name: '表1', rows, merges: [] };
}

describe('detectUnit', () => {
  test.each([
    ['金额单位：万元', '万元'],
    ['单位：元', '元'],
    ['（单位：万元）', '万元'],
    ['单位:万元', '万元'],
    ['金额单位： 元', '元'],
  ])('%p', (text, unit) => {
    const r = detectUnit(grid([['收入支出决算总表'], ['部门：巴州区政府办', null, text]]));
    expect(r?.unit).toBe(unit);
    expect(r?.cell).toEqual({ sheet: '表1', row: 1, col: 2 });
  });

  test('an entity line 单位：某某局 is not a unit', () => {
    expect(detectUnit(grid([['收入决算表'], ['单位：巴中市巴州区人民政府办公室']]))).toBeNull();
  });
});

describe('units and rounding', () => {
  test('万元 and 元 convert exactly', () => {
    expect(toYuan(new Decimal('1889.05'), '万元').toString()).toBe('18890500');
    expect(fromYuan(new Decimal('18890500'), '万元').toString()).toBe('1889.05');
    expect(toYuan(new Decimal('12.34'), '元').toString()).toBe('12.34');
  });

  test('half-up rounding and truncation differ where they should', () => {
    expect(roundHalfUp(new Decimal('21.059'), 2).toString()).toBe('21.06');
    expect(truncate(new Decimal('21.059'), 2).toString()).toBe('21.05');
    expect(roundHalfUp(new Decimal('0.125'), 2).toString()).toBe('0.13');
  });

  test('formatting', () => {
    expect(formatAmount(new Decimal('258.6'))).toBe('258.60');
    expect(formatAmountTrimmed(new Decimal('258.60'))).toBe('258.6');
    expect(formatAmountTrimmed(new Decimal('100'))).toBe('100');
    expect(formatAmountTrimmed(new Decimal('0'))).toBe('0');
    expect(percent(new Decimal(1), new Decimal(0))).toBeNull();
    expect(percent(new Decimal('1197.55'), new Decimal('1889.05'))?.toFixed(4)).toBe('63.3943');
  });
});
