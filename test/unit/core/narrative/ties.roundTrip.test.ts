import { generateNarrative, GenerateOptions } from '../../../../src/core/generate';
import { checkNarrative, coverage } from '../../../../src/core/narrative';
import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT } from '../../../fixtures/generator';
import { modelOf, sampleInputs } from '../generate/fixture';

/**
 * The generated 说明 checked against the workbook it was written from: every figure the tables
 * hold ties to its cell, and no writing option makes a tie fail (issue #5 with the model).
 */
const UNITS = { SAMPLE_UNIT, FUNDS_UNIT, EMPTY_FUNDS_UNIT };

const OPTION_SETS: Record<string, Partial<GenerateOptions>> = {
  defaults: {},
  fixed: { shares: 'fixed2', amounts: 'fixed' },
  largestRemainder: { structureShares: 'largest-remainder', zeroItems: 'omit' },
  namesOnly: { basicItemAmounts: false },
};

describe.each(Object.keys(LAYOUT_VARIANTS))('layout %s', (variant) => {
  test.each(Object.keys(UNITS))('%s: every tie holds', (unitName) => {
    const model = modelOf(UNITS[unitName as keyof typeof UNITS], variant);
    const result = checkNarrative(generateNarrative(model, sampleInputs(model)).text, model);
    expect(result.ties.filter((t) => t.status !== 'ok')).toEqual([]);
    // 一…九 restate the tables: most of their money figures are tied to cells.
    const money = result.claims.filter((c) => (c.measure === 'amount' || c.measure === 'budget') && c.section !== null && c.section < 10);
    const tied = new Set(result.ties.map((t) => t.claim));
    expect(money.filter((c) => tied.has(c.id)).length).toBeGreaterThan(money.length * 0.7);
    expect(result.findings.filter((f) => f.rule === 'narrative-item-list')).toEqual([]);
    expect(coverage(result).tied).toBe(result.ties.length);
  });
});

test.each(Object.keys(OPTION_SETS))('writing options %s: no error, no warning but a named share adjustment', (name) => {
  for (const unit of Object.values(UNITS)) {
    for (const variant of ['default', 'yuan']) {
      const model = modelOf(unit, variant);
      const result = checkNarrative(generateNarrative(model, sampleInputs(model), OPTION_SETS[name]).text, model);
      // Shares adjusted to sum to 100 are a warning that names the adjustment (narrative.md §2), by the user's choice.
      const adjusted = (m: string) => name === 'largestRemainder' && /最大余额法/.test(m);
      const serious = result.findings
        .filter((f) => f.severity !== 'info' && !(f.rule === 'narrative-share' && adjusted(f.message)))
        .map((f) => `${unit.entity} ${variant}: ${f.message}`);
      expect(serious).toEqual([]);
      expect(result.ties.filter((t) => t.status !== 'ok')).toEqual([]);
    }
  }
});
