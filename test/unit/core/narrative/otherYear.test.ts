import { checkWorkbook } from '../../../../src/core/check';
import { generateNarrative } from '../../../../src/core/generate';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

/**
 * A 说明 of another year than the workbook (the wrong file in a reviewer's folder, last year's text
 * left in): one error saying so, and no figure-by-figure comparison with tables of another year.
 */
const grids = buildWorkbook(SAMPLE_UNIT).grids;
const text2023 = generateNarrative(checkWorkbook(grids).model).text;
// The same 说明 as if written a year earlier, with its own figures changed: against the 2023 tables
// every amount would disagree.
const text2022 = text2023.replace(/2023/g, '2022').replace(/(\d+)\.(\d\d)万元/g, (_m, a: string, b: string) => `${Number(a) + 1}.${b}万元`);

test('a 2022 说明 against a 2023 workbook: one error, the figures are not compared with the tables', () => {
  const r = checkWorkbook(grids, { narrative: text2022 });
  const narrative = r.findings.filter((f) => f.narrative && f.severity !== 'info');
  expect(narrative.filter((f) => f.rule === 'narrative-other-year')).toHaveLength(1);
  expect(narrative.find((f) => f.rule === 'narrative-other-year')!.message).toContain('这份说明是2022年度的，工作簿是2023年度的决算');
  expect(narrative.filter((f) => f.rule === 'narrative-table-amount')).toEqual([]);
});

test('the right year: no such finding, and the figures are compared', () => {
  const r = checkWorkbook(grids, { narrative: text2023 });
  expect(r.findings.filter((f) => f.rule === 'narrative-other-year')).toEqual([]);
  expect(r.narrative!.verified).toBeGreaterThan(10);
  const shifted = checkWorkbook(grids, { narrative: text2023.replace(/(\d+)\.(\d\d)万元/, (_m, a: string, b: string) => `${Number(a) + 1}.${b}万元`) });
  expect(shifted.findings.some((f) => f.rule === 'narrative-table-amount' && f.severity === 'error')).toBe(true);
});

test('another unit\'s 说明 (most restated amounts differ): one error, no figure-by-figure list; a few typos are still listed one by one', () => {
  const bumped = (t: string, every: boolean) => {
    let n = 0;
    return t.replace(/(\d+)\.(\d\d)万元/g, (m, a: string, b: string) => (every || n++ < 2 ? `${Number(a) + 7}.${b}万元` : m));
  };
  const other = checkWorkbook(grids, { narrative: bumped(text2023, true) });
  // The text's own arithmetic is still checked (bumping every amount breaks its sums and shares).
  const once = other.findings.filter((f) => f.rule === 'narrative-other-unit');
  expect(once).toHaveLength(1);
  expect(once[0].message).toMatch(/说明中与附表对应的 \d+ 个金额有 \d+ 个与附表不符，多半不是这个工作簿/);
  expect(other.findings.filter((f) => f.rule === 'narrative-table-amount')).toEqual([]);

  const typos = checkWorkbook(grids, { narrative: bumped(text2023, false) });
  expect(typos.findings.filter((f) => f.rule === 'narrative-other-unit')).toEqual([]);
  expect(typos.findings.filter((f) => f.rule === 'narrative-table-amount' && f.severity === 'error').length).toBeGreaterThanOrEqual(1);
});
