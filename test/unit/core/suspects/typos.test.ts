import Decimal from 'decimal.js';
import { explainTypo } from '../../../../src/core/suspects';

const d = (s: string) => new Decimal(s);
const kind = (printed: string, intended: string, tolerance = '0') => explainTypo(d(printed), d(intended), d(tolerance))?.kind ?? null;

describe('explainTypo: the slip that turns the intended figure into the printed one', () => {
  it.each([
    ['622.25', '622.52', 'transposition'],
    ['262.52', '622.52', 'transposition'],
    ['62.52', '622.52', 'dropped'],
    ['622.5', '622.52', 'dropped'],
    ['6222.52', '622.52', 'extra'],
    ['622.572', '622.52', 'extra'],
    ['622.72', '622.52', 'changed'],
    ['922.52', '622.52', 'changed'],
    ['6225.2', '622.52', 'decimal'],
    ['62.252', '622.52', 'decimal'],
    ['6225200', '622.52', 'unit'],
    ['0.0622', '622', 'unit'],
    // A slip in a trailing zero only shows in the longer typed form: 622.50 typed 622.05.
    ['622.05', '622.5', 'transposition'],
    ['-622.25', '-622.52', 'transposition'],
    // The digits either side of the point swapped (keypad order).
    ['2.17', '1.27', 'transposition'],
    ['75.71', '77.51', 'transposition'],
  ])('%s for %s: %s', (printed, intended, expected) => {
    expect(kind(printed, intended)).toBe(expected);
  });

  it.each([
    ['600', '622.52'],
    ['622.52', '622.52'],
    ['0', '622.52'],
    ['-622.25', '622.52'],
    // 8.62 → 8.362 would need three decimals, which no table figure has.
    ['8.62', '8.362'],
  ])('%s for %s: no single slip', (printed, intended) => {
    expect(kind(printed, intended)).toBeNull();
  });

  it('reads 19.7 for 9.7 as an extra digit, not as 0 typed for 1 with a leading zero', () => {
    expect(kind('19.7', '9.7')).toBe('extra');
  });

  it('matches within the rounding allowance only when given one, and then counts it less', () => {
    expect(kind('622.25', '622.53')).toBeNull();
    expect(kind('622.25', '622.53', '0.01')).toBe('transposition');
    expect(explainTypo(d('622.25'), d('622.53'), d('0.01'))!.intended.toFixed(2)).toBe('622.52');
    expect(explainTypo(d('622.25'), d('622.53'), d('0.01'))!.likelihood).toBeLessThan(explainTypo(d('622.25'), d('622.52'))!.likelihood);
  });

  it('prefers the more specific slip: a swap of two digits over changing two', () => {
    // 12.21 → 21.21 is no single change; 12.21 for 21.21 is a swap.
    expect(kind('12.21', '21.21')).toBe('transposition');
  });
});
