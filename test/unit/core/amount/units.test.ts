import Decimal from 'decimal.js';
import { fromYuan, toYuan } from '../../../../src/core/amount/units';
import { formatAmount, formatAmountTrimmed, percent, roundHalfUp, truncate } from '../../../../src/core/amount/round';

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
