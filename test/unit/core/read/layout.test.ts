import { isColumnNumberRow, isRowNumberColumn } from '../../../../src/core/layout/columnNumbers';
import { CodeReader, findCodeGroups } from '../../../../src/core/layout/codeColumns';
import { headerColumn } from '../../../../src/core/layout/header';
import { MergeIndex } from '../../../../src/core/layout/mergeIndex';
import { entityFromText, headerStartRow } from '../../../../src/core/layout/sheetTop';
import { detectUnit } from '../../../../src/core/layout/unit';
import { Grid } from '../../../../src/core/grid/types';
import { voteEntityAndYear } from '../../../../src/core/model/entityYear';
import { sheet } from './gridHelpers';

describe('header paths', () => {
  const grid = sheet(
    'h',
    [
      ['科目编码', '科目名称', '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
      [null, null, null, null, '小计', '基本支出', '项目支出'],
    ],
    ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:H2'],
  );
  const path = (g = grid, col: number, minCol = 2) => headerColumn(g, new MergeIndex(g), [0, 1], col, minCol).path;

  test('merged group titles prefix their columns; vertical merges count once', () => {
    expect([2, 3, 4, 5, 6, 7].map((c) => path(grid, c))).toEqual([
      '年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余',
    ]);
    expect(headerColumn(grid, new MergeIndex(grid), [0, 1], 5).headerCell).toEqual({ sheet: 'h', row: 1, col: 5 });
  });

  test('without merges, a group title spreads right over the columns that have their own sub-header', () => {
    const flat = { ...grid, merges: [] };
    expect([2, 3, 4, 5, 6, 7].map((c) => path(flat, c))).toEqual([
      '年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余',
    ]);
  });
});

describe('栏次 rows and 行次 columns', () => {
  test('rows', () => {
    const g = sheet('c', [
      ['栏次', null, 1, 2, 3],
      [null, null, 1, 2, 3, 4],
      ['甲', '乙', '1', '2'],
      ['201', '一般公共服务支出', 1, 2, 3],
      [null, null, 12.5, 3, 0],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((r) => isColumnNumberRow(g, r))).toEqual([true, true, true, false, false, false]);
  });

  test('columns', () => {
    const g = sheet('c', [
      ['项目', '行次', '金额'],
      ['一、一般公共预算财政拨款收入', 1, 100],
      ['二、政府性基金预算财政拨款收入', 2, 101],
      ['三、国有资本经营预算财政拨款收入', 3, 102],
    ]);
    expect(isRowNumberColumn(g, 1, [0], [1, 2, 3])).toBe(true);
    expect(isRowNumberColumn(g, 1, [], [1, 2, 3])).toBe(true);
    expect(isRowNumberColumn(g, 2, [], [1, 2, 3])).toBe(false);
  });
});

describe('code columns', () => {
  test('a money figure like 302 before a name-less column is not a code column', () => {
    const g = sheet('t08', [
      ['301', '工资福利支出', 302, '30201', '办公费', 5],
      ['30101', '基本工资', 302, '30202', '印刷费', 5],
    ]);
    const groups = findCodeGroups(g, 0, 2);
    expect(groups.map((x) => [x.cols, x.nameCol])).toEqual([
      [[0], 1],
      [[3], 4],
    ]);
  });

  test('split codes: numbers lose leading zeros, blank 类/款 carry down', () => {
    const g = sheet('s', [
      ['类', '款', '项', '科目名称'],
      [201, null, null, '一般公共服务支出'],
      [201, 3, null, '政府办公厅（室）及相关机构事务'],
      [null, null, 1, '行政运行'],
      [null, 6, null, '财政事务'],
      [null, null, 50, '事业运行'],
    ]);
    const [group] = findCodeGroups(g, 0, g.rows.length, [0]);
    expect(group.cols).toEqual([0, 1, 2]);
    const reader = new CodeReader(g, group);
    expect([1, 2, 3, 4, 5].map((r) => reader.read(r)?.code)).toEqual(['201', '20103', '2010301', '20106', '2010650']);
  });
});

describe('top lines, entity and year', () => {
  test('entity lines, not unit lines', () => {
    expect(entityFromText('部门：巴中市巴州区人民政府办公室')).toBe('巴中市巴州区人民政府办公室');
    expect(entityFromText('单位：中共广元市昭化区委组织部')).toBe('中共广元市昭化区委组织部');
    expect(entityFromText('编制单位：测试局   金额单位：万元')).toBe('测试局');
    expect(entityFromText('单位：万元')).toBeNull();
    expect(entityFromText('金额单位：元')).toBeNull();
    expect(entityFromText('单位:（元）')).toBeNull();
  });

  test('the header starts after the title, code, entity and unit lines', () => {
    const g = sheet('t', [['收入决算表'], [null, null, '公开02表'], ['部门：测试局', null, '金额单位：万元'], ['科目编码', '科目名称', '合计']]);
    expect(headerStartRow(g, 0)).toBe(3);
    expect(headerStartRow(sheet('t', [['科目编码', '科目名称']]), null)).toBe(0);
  });

  test('majority vote across sheets; null when nobody says', () => {
    const s = (entity: string, title: string) => sheet('x', [[title], [`部门：${entity}`]]);
    expect(voteEntityAndYear([s('甲局', '2023年度收入决算表'), s('乙局', '2023年度支出决算表'), s('甲局', '2022年度支出决算表')])).toEqual({ entity: '甲局', year: 2023 });
    expect(voteEntityAndYear([sheet('x', [['收入决算表'], ['单位：万元']])])).toEqual({ entity: null, year: null });
    const noted = sheet('x', [['收入决算表'], ['201', '一般公共服务支出', 2023], ['注：本表反映部门2024年度收入情况。']]);
    expect(voteEntityAndYear([noted]).year).toBe(2024);
  });
});

describe('the unit line', () => {
  const grid = (rows: (string | null)[][]): Grid => ({ name: '表1', rows, merges: [] });

  test.each([
    ['金额单位：万元', '万元'],
    ['单位：元', '元'],
    ['（单位：万元）', '万元'],
    ['单位:万元', '万元'],
    ['金额单位： 元', '元'],
  ])('%p', (text, unit) => {
    const r = detectUnit(grid([['收入支出决算总表'], ['部门：巴州区政府办', null, text]]));
    expect(r?.unit).toBe(unit);
    expect(r?.cell).toEqual({ sheet: '表1', row: 1, col: 2 });
  });

  test('an entity line 单位：某某局 is not a unit', () => {
    expect(detectUnit(grid([['收入决算表'], ['单位：巴中市巴州区人民政府办公室']]))).toBeNull();
  });
});
