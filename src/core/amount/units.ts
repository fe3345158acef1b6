import Decimal from 'decimal.js';

/** The money units tables use. 亿元 only appears in prose. */
export type Unit = '万元' | '元';

/** A money unit as the 说明 may write it: the tables' units, plus 亿元 (prose only). */
export type ProseUnit = Unit | '亿元';

const YUAN_PER: Readonly<Record<ProseUnit, Decimal>> = {
  元: new Decimal(1),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/** Converts an amount printed in `unit` to 元, so figures from sheets in different units compare exactly. */
export function toYuan(value: Decimal, unit: ProseUnit): Decimal {
  return unit === '元' ? value : value.times(YUAN_PER[unit]);
}

/** Converts 元 to the given unit. */
export function fromYuan(yuan: Decimal, unit: ProseUnit): Decimal {
  return unit === '元' ? yuan : yuan.dividedBy(YUAN_PER[unit]);
}
