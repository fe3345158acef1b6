import { checkWorkbook } from '../../../../src/core/check';
import { compareVersions } from '../../../../src/core/compare/compare';
import { toCompareText } from '../../../../src/core/compare/text';
import { toJsonReport } from '../../../../src/core/report/json';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

/** compare between a version in 万元 and one restated in 元 (generated workbooks). */
function version(layout: Parameters<typeof buildWorkbook>[1]) {
  const r = checkWorkbook(buildWorkbook(SAMPLE_UNIT, layout).grids);
  return { model: r.model, findings: toJsonReport('x.xlsx', r).findings };
}

test('a figure changed in a table restated in another unit says each side\'s unit, not a 10,000-fold change', () => {
  const older = version({});
  const newer = version({ unit: '元', plants: [{ table: 'T03', row: '201', column: 'basic', delta: '0.01' }] });
  const cmp = compareVersions(older, newer);
  expect(cmp.units).toContainEqual({ table: 'T03', old: '万元', new: '元' });
  const changed = cmp.cells.filter((c) => c.table === 'T03');
  expect(changed.length).toBeGreaterThan(0);
  for (const c of changed) {
    expect(c.old).toMatch(/\d万元$/);
    expect(c.new).toMatch(/\d元$/);
    expect(c.new).not.toMatch(/万元$/);
  }
  expect(toCompareText('原报.xlsx', '重报.xlsx', cmp)).toMatch(/万元 → [\d,.]+元/);
  // In the same unit, figures stay bare as before.
  const same = compareVersions(older, version({ plants: [{ table: 'T03', row: '201', column: 'basic', delta: '0.01' }] }));
  expect(same.units).toEqual([]);
  for (const c of same.cells) expect(`${c.old} ${c.new}`).not.toMatch(/元/);
});
