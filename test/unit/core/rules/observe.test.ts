import { Comparison, Outcome } from '../../../../src/core/rules/compare';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { runRules } from '../../../../src/core/rules';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

/** runRules tells an observer of every comparison and its outcome, held ones included. */
function observed(plants: Parameters<typeof buildWorkbook>[1] = {}) {
  const wb = buildWorkbook(SAMPLE_UNIT, plants);
  const model = readWorkbook(wb.grids, { profile: 'sichuan-13' }).model;
  const seen: { c: Comparison; o: Outcome }[] = [];
  const findings = runRules(model, { observe: (c, o) => seen.push({ c, o }) });
  return { seen, findings, planted: wb.planted };
}

describe('comparison observer', () => {
  it('reports held comparisons of a clean workbook', () => {
    const { seen, findings } = observed();
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.filter((s) => s.o === 'held').length).toBeGreaterThan(100);
    // Every T02 class sum is among them.
    expect(seen.some((s) => s.c.rule.id === 't02-class-sums' && s.o === 'held')).toBe(true);
  });

  it('hands over the very finding the rules return for a broken comparison', () => {
    const { seen, findings } = observed({ plants: [{ table: 'T02', row: '2010301', column: 'fiscal', delta: '1' }] });
    const broken = seen.filter((s) => typeof s.o !== 'string').map((s) => s.o);
    expect(broken).toHaveLength(findings.length);
    for (const f of broken) expect(findings).toContain(f);
    expect(broken.map((f) => (typeof f === 'string' ? f : f.rule)).sort()).toEqual(['t02-class-sums', 't02-row-sums']);
  });
});
