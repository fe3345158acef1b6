import { a1, CellRef } from '../../../../src/core/grid/cellRef';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { checkNarrative } from '../../../../src/core/narrative';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

/**
 * Text-internal findings (shares, parts-sum, changes, growth, completion…) point at the table
 * cells of the figures they used, where those figures are tied to the tables, so that clicking
 * them in the task pane selects something. SAMPLE_UNIT: T03 合计 本年支出合计 1889.05, 基本支出
 * 1197.54, 项目支出 691.51 万元; 三公 决算 5.91 (预算 6.27).
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n三、支出决算情况说明\n';
const SHARE_WRONG = '2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.49%；项目支出691.51万元，占36.61%。';

let model: WorkbookModel;
beforeAll(() => {
  model = readWorkbook(buildWorkbook(SAMPLE_UNIT).grids, { profile: 'auto' }).model;
});

const addr = (c: CellRef) => `${c.sheet}!${a1(c.row, c.col)}`;

/** T03 合计 row cell of a column (total, basic, project). */
function t03(column: string): string {
  const cell = model.tables.T03?.total?.values[column]?.cell;
  expect(cell).toBeDefined();
  return addr(cell!);
}

type Result = ReturnType<typeof checkNarrative>;

function findingOn(r: Result, quote: string) {
  const list = r.findings.filter((x) => x.narrative?.quote === quote && x.severity !== 'info');
  expect(list).toHaveLength(1);
  return list[0];
}

describe('text-internal findings carry the cells of the tied figures they used', () => {
  test('a wrong share cites the T03 cells of 基本支出 and of 本年支出合计, part first', () => {
    const f = findingOn(checkNarrative(HEAD + SHARE_WRONG, model), '63.49%');
    expect(f.rule).toBe('narrative-share');
    expect(f.severity).toBe('error');
    // 本年支出合计 is tied to T01 first; the share is cited in T03, where its part sits.
    expect(f.cells.map(addr)).toEqual([t03('basic'), t03('total')]);
  });

  test('without a model the same finding has no cells, and otherwise says the same', () => {
    const withModel = findingOn(checkNarrative(HEAD + SHARE_WRONG, model), '63.49%');
    const without = findingOn(checkNarrative(HEAD + SHARE_WRONG), '63.49%');
    expect(without.cells).toEqual([]);
    expect({ ...withModel, cells: [] }).toEqual(without);
  });

  test('a finding re-judged on the table figure (cascades) cites the cells too', () => {
    // 690.51 contradicts T03 项目支出 691.51 (its own finding, on its cell); 36.71% is wrong for
    // 691.51 as well, so the share stays, recomputed, and points at 项目支出 and the total.
    const r = checkNarrative(HEAD + '2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.39%；项目支出690.51万元，占36.71%。', model);
    expect(findingOn(r, '690.51万元').cells.map(addr)).toEqual([t03('project')]);
    const share = findingOn(r, '36.71%');
    expect(share.message).toContain('按表格金额计算');
    expect(share.cells.map(addr)).toEqual([t03('project'), t03('total')]);
  });

  test('a growth rate cites the cell of the tied current-year figure only', () => {
    const text = '2023年度本年支出合计1889.05万元，与上年相比，本年支出合计增加100万元，增长10%。';
    const r = checkNarrative(HEAD + text, model);
    const g = findingOn(r, '10%');
    expect(g.rule).toBe('narrative-growth');
    const total = r.ties.find((t) => r.claims[t.claim].written === '1889.05');
    expect(g.cells).toEqual(total!.cells);
    expect(g.cells).toHaveLength(1);
  });

  test('the same findings, severities and messages with the model as before: only cells are added', () => {
    const texts = [SHARE_WRONG, '2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.39%；项目支出691.51万元，占36.51%。'];
    for (const text of texts) {
      const r = checkNarrative(HEAD + text, model);
      const plain = checkNarrative(HEAD + text);
      const describe = (x: Result) => x.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}|${f.severity}|${f.message}`);
      expect(describe(r)).toEqual(describe(plain));
      for (const f of r.findings.filter((x) => x.severity !== 'info')) {
        expect(f.cells.length).toBeGreaterThan(0);
        expect(new Set(f.cells.map(addr)).size).toBe(f.cells.length);
      }
    }
  });
});
