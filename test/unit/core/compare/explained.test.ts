import { checkWorkbook } from '../../../../src/core/check';
import { compareVersions } from '../../../../src/core/compare/compare';
import { changeLabel, toCompareText } from '../../../../src/core/compare/text';
import { EMPTY_EXPLANATIONS, explain, withExplanation } from '../../../../src/core/findings/explanations';
import { Grid } from '../../../../src/core/grid/types';
import { toJsonReport } from '../../../../src/core/report/json';
import { buildWorkbook, gridOf, SAMPLE_UNIT } from '../../../fixtures/generator';

/**
 * A warning the unit explained (已说明) in its resubmission is answered: compare (and batch's 变化
 * column) list it as explained, not as 仍未修正, and do not count it as a problem.
 */
function withWrongName(): Grid[] {
  return buildWorkbook(SAMPLE_UNIT).sheets.map(gridOf).map((g) => {
    if (g.name !== '收入决算表') return g;
    return { ...g, rows: g.rows.map((r) => r.map((v) => (v === '行政运行' ? '机关服务' : v))) };
  });
}

test('a warning explained in the new version is neither remaining nor new, and is listed as explained', () => {
  const grids = withWrongName();
  const plain = checkWorkbook(grids);
  const warning = plain.findings.find((f) => f.rule === 'class-names' && f.severity === 'warning')!;
  expect(warning).toBeDefined();
  const record = withExplanation(EMPTY_EXPLANATIONS, explain(warning, '按省厅文件使用简称', '张三', '2026-12-02T10:00:00.000Z'));
  const explained = checkWorkbook(grids, { explanations: record });
  const older = { model: plain.model, findings: toJsonReport('a.xlsx', plain).findings };
  const newer = { model: explained.model, findings: toJsonReport('a.xlsx', explained).findings };

  const cmp = compareVersions(older, newer);
  expect(cmp.remaining.filter((f) => f.rule === 'class-names')).toEqual([]);
  expect(cmp.added.filter((f) => f.rule === 'class-names')).toEqual([]);
  expect(cmp.fixed.filter((f) => f.rule === 'class-names')).toEqual([]);
  expect(cmp.explained.map((f) => f.rule)).toEqual(['class-names']);
  expect(changeLabel(cmp.counts)).toContain('已说明 1');
  expect(toCompareText('原报.xlsx', '重报.xlsx', cmp)).toContain('【已说明的警告】1 个');

  // Without the explanation the same warning remains, as before.
  const again = compareVersions(older, older);
  expect(again.remaining.filter((f) => f.rule === 'class-names')).toHaveLength(1);
  expect(again.explained).toEqual([]);
});
