import Decimal from 'decimal.js';
import { decimalFromNumber, parseAmount, parseAmountText } from '../../../../src/core/amount/parse';

function value(v: Parameters<typeof parseAmount>[0]): string {
  const r = parseAmount(v);
  if (r.kind !== 'amount') throw new Error(`not an amount: ${JSON.stringify(r)}`);
  return r.value.toString();
}

describe('parseAmount', () => {
  test.each([
    [1889.05, '1889.05'],
    [1889.0500000000002, '1889.05'],
    [0, '0'],
    [-12.5, '-12.5'],
    ['2,940.05', '2940.05'],
    ['2，940.05', '2940.05'],
    ['１２３．４５', '123.45'],
    ['(1,234.00)', '-1234'],
    ['（12.3）', '-12.3'],
    ['-8.10', '-8.1'],
    [' 1 889.05 ', '1889.05'],
    ['¥100', '100'],
    ['0.00', '0'],
  ])('%p reads as %s', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  test.each([[null], [''], ['-'], ['—'], ['－'], ['  '], ['——']])('%p is a blank zero', (input) => {
    const r = parseAmount(input);
    expect(r).toMatchObject({ kind: 'amount', blank: true });
    if (r.kind === 'amount') expect(r.value.isZero()).toBe(true);
  });

  test('Excel error values are reported, not read as numbers', () => {
    expect(parseAmount({ error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
    expect(parseAmountText('#DIV/0!')).toEqual({ kind: 'error', error: '#DIV/0!' });
  });

  test.each([['见附表'], ['12.3%'], ['1,23'], ['12a'], [true]])('%p is text, not a number', (input) => {
    expect(parseAmount(input).kind).toBe('text');
  });

  test('numbers read as their 15 significant digits, whichever way they are computed (cells of any size and sign)', () => {
    let seed = 20261202;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const numbers = [0, -0, 1889.0500000000002, 0.1 + 0.2, 1e-7, -3.3e-9, 1e21, 123456789012345.6, 2 ** 53 + 2];
    for (let i = 0; i < 20000; i++) {
      const k = i % 4;
      const n = k === 0 ? Math.round(next() * 1e8) / 100 : k === 1 ? (next() - 0.5) * 10 ** Math.floor(next() * 30 - 12) : k === 2 ? ((Math.round(next() * 1e6) / 100) * 3) / 7 : Math.round(next() * 1e15) / 10 ** Math.floor(next() * 18);
      numbers.push(n, -n);
    }
    for (const n of numbers) {
      const expected = Number.isInteger(n) ? new Decimal(n) : new Decimal(Number(n.toPrecision(15)).toString());
      // valueOf keeps the sign of a zero.
      expect([n, decimalFromNumber(n).valueOf()]).toEqual([n, expected.valueOf()]);
    }
  });
});
