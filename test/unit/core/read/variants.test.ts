import { SAMPLE_UNIT, FUNDS_UNIT, LAYOUT_VARIANTS, buildWorkbook } from '../../../fixtures/generator';
import { flattenModel, FlatTable } from '../../../../src/core/model/flatten';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { PROFILE_TABLES } from '../../../../src/core/tables/catalog';
import { expectedTables, foldT04SubRows } from './expected';

/**
 * The key acceptance test: every layout the generator knows, of the same unit, reads to the same
 * figures (in 元), and those are the generator's own figures.
 */
function read(unit: typeof SAMPLE_UNIT, variant: string) {
  const wb = buildWorkbook(unit, LAYOUT_VARIANTS[variant]);
  const result = readWorkbook(wb.grids);
  const flat = flattenModel(result.model);
  if (flat.T04) flat.T04 = foldT04SubRows(flat.T04);
  return { wb, result, flat };
}

const VARIANTS = Object.keys(LAYOUT_VARIANTS);

describe.each([
  ['SAMPLE_UNIT', SAMPLE_UNIT],
  ['FUNDS_UNIT', FUNDS_UNIT],
])('%s read in every layout variant', (_name, unit) => {
  const readings = Object.fromEntries(VARIANTS.map((v) => [v, read(unit, v)]));

  test.each(VARIANTS)('%s: all tables of the profile, no reading errors', (v) => {
    const { result, wb } = readings[v];
    expect(result.model.profile).toBe(wb.layout.profile);
    expect(result.model.placements.map((p) => p.id).sort()).toEqual([...PROFILE_TABLES[wb.layout.profile]].sort());
    expect(result.model.missing).toEqual([]);
    expect(result.findings.filter((f) => f.rule !== 'read-hidden-sheet')).toEqual([]);
    expect(result.model.entity).toBe(unit.entity);
    expect(result.model.year).toBe(unit.year);
  });

  test.each(VARIANTS)('%s: figures equal the generator’s', (v) => {
    const { flat, wb } = readings[v];
    expect(flat).toEqual(expectedTables(wb.derived, wb.layout.profile));
  });

  test.each(VARIANTS.filter((v) => v !== 'default'))('%s: figures equal the default layout’s, table by table', (v) => {
    const base = readings.default.flat;
    const other = readings[v].flat;
    const common = Object.keys(other).filter((id) => id in base);
    expect(common.length).toBeGreaterThanOrEqual(9);
    const pick = (f: Record<string, FlatTable>) => Object.fromEntries(common.map((id) => [id, f[id]]));
    expect(pick(other)).toEqual(pick(base));
  });

  test.each(VARIANTS)('%s: units as printed', (v) => {
    const { result, wb } = readings[v];
    for (const p of result.model.placements) expect(p.unit).toBe(wb.layout.unit);
    for (const t of Object.values(result.model.tables)) expect(t!.unitStated).toBe(true);
  });
});
