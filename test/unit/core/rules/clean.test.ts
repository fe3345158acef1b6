import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT } from '../../../fixtures/generator';
import { check, describe as show } from './harness';

/** A consistent workbook, in every layout the generator makes, reports nothing at all. */
const UNITS = { SAMPLE_UNIT, FUNDS_UNIT, EMPTY_FUNDS_UNIT };

describe('clean generated workbooks', () => {
  const cases = Object.entries(LAYOUT_VARIANTS).flatMap(([layout, options]) =>
    Object.entries(UNITS).map(([unit, desc]) => [layout, unit, options, desc] as const),
  );
  test.each(cases)('%s / %s: no findings', (_layout, _unit, options, desc) => {
    const { findings, model } = check(desc, options);
    // The rules did run on a full model, not on an empty one.
    expect(model.tables.T01?.left.length).toBeGreaterThan(0);
    expect(show(findings)).toBe('');
  });
});
