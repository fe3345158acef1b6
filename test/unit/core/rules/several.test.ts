import { FUNDS_UNIT, LAYOUT_VARIANTS, Plant } from '../../../fixtures/generator';
import { check, cites, summary } from './harness';

/** Several planted errors at once: each is reported citing its cell, with no flood of follow-ons. */
const PLANTS: Plant[] = [
  { table: 'T01', row: '201', column: 'amount', delta: '5' },
  { table: 'T03', row: '2120101', column: 'basic', delta: '-3' },
  { table: 'T06', row: '2120104', column: 'project', delta: '2' },
  { table: 'T08', row: '30101', column: 'amount', delta: '7' },
  { table: 'T10', row: '2120803', column: 'carryIn', delta: '4' },
  { table: 'T13', row: 'actual', column: 'total', delta: '1' },
];

describe('several planted errors', () => {
  test.each(Object.keys(LAYOUT_VARIANTS))('%s', (variant) => {
    const layout = LAYOUT_VARIANTS[variant];
    const { findings, planted } = check(FUNDS_UNIT, { ...layout, plants: PLANTS });
    const problems = findings.filter((f) => f.severity !== 'info');
    for (const p of planted) {
      expect(problems.filter((f) => cites(f, p.cell)).length).toBeGreaterThan(0);
    }
    // Every finding is explained by a planted cell.
    for (const f of findings) expect(planted.some((p) => cites(f, p.cell))).toBe(true);
    // One finding per broken identity: 2 (T01 201) + 2 (T03 项) + 2 (T06 项, still within T03's 项目支出) + 1 (T08 款) + 2 (T10 项) + 1 (T13).
    expect(summary(findings)).toEqual(
      [
        't01-expenditure-total:error',
        't03-t01-classes:error',
        't03-class-sums:error',
        't03-row-sums:error',
        't06-class-sums:error',
        't06-row-sums:error',
        't08-class-sums:error',
        't10-class-sums:error',
        't10-row-balance:warning',
        't13-total:error',
      ].sort(),
    );
  });
});
