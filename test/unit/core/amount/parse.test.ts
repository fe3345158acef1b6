import { parseAmount, parseAmountText } from '../../../../src/core/amount/parse';

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
});
