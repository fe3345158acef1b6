import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { recognizeWorkbook } from '../../../../src/core/tables/recognize';
import { readSheetName, readTitle } from '../../../../src/core/tables/recognizeTitle';
import { PROFILE_TABLES, TABLES, TableId } from '../../../../src/core/tables/catalog';
import { sheet, titled } from './gridHelpers';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

const id = (text: string) => {
  const r = readTitle(text);
  return r.kind === 'table' ? r.match.id : r.kind;
};

describe('readTitle', () => {
  test('every catalog title and variant maps to its own table', () => {
    for (const t of TABLES) for (const name of [t.title, ...t.variants]) expect([name, id(name)]).toEqual([name, t.id]);
  });

  test('三公 with curly, straight or no quotes', () => {
    expect(id('财政拨款“三公”经费支出决算表')).toBe('T13');
    expect(id('财政拨款"三公"经费支出决算表')).toBe('T13');
    expect(id('财政拨款三公经费支出决算表')).toBe('T13');
    expect(id('一般公共预算财政拨款“三公”经费支出决算表')).toBe('T13');
  });

  test('the longest title wins: 支出决算表 and 收入决算表 are suffixes of others', () => {
    expect(id('支出决算表')).toBe('T03');
    expect(id('一般公共预算财政拨款支出决算表')).toBe('T06');
    expect(id('国有资本经营预算财政拨款支出决算表')).toBe('T12');
    expect(id('财政拨款支出决算明细表')).toBe('T05');
    expect(id('收入决算表')).toBe('T02');
    expect(id('收入支出决算总表')).toBe('T01');
    expect(id('财政拨款收入支出决算总表')).toBe('T04');
  });

  test('year and entity prefixes, numbering and spacing', () => {
    expect(id('2023年度部门收入支出决算总表')).toBe('T01');
    expect(id('巴中市巴州区人民政府办公室2023年度支出决算表')).toBe('T03');
    expect(id('2023年收入决算表')).toBe('T02');
    expect(id('附表1：收入支出决算总表')).toBe('T01');
    expect(id('表6 一般公共预算财政拨款支出决算表')).toBe('T06');
    expect(id('收 入 决 算 表')).toBe('T02');
    expect(id('收入决算表（2023年度）')).toBe('T02');
  });

  test('a qualifying prefix makes another table, not this one', () => {
    expect(id('政府性基金预算财政拨款“三公”经费支出决算表')).toBe('extra');
    expect(id('项目收入决算表')).toBe('extra');
    expect(id('部门整体支出绩效目标自评表')).toBe('none');
    expect(id('金额单位：万元')).toBe('none');
  });

  test('sheet names', () => {
    expect(readSheetName('表1').ordinal).toBe(1);
    expect(readSheetName('附表12').ordinal).toBe(12);
    expect(readSheetName('1收入支出决算总表').title).toEqual({ kind: 'table', match: { id: 'T01', matched: '收入支出决算总表' } });
    expect(readSheetName('表3-支出决算表').title.kind).toBe('table');
    expect(readSheetName('Sheet1')).toEqual({ ordinal: null, title: { kind: 'none' } });
  });
});

describe('readTitle: titles as other provinces and years print them', () => {
  test.each([
    ['收入决算总表', 'T02'],
    ['支出决算总表', 'T03'],
    ['财政拨款收入支出决算表', 'T04'],
    ['财政拨款收支决算表', 'T04'],
    ['一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表', 'T13'],
    ['财政拨款"三公"经费及机关运行经费支出决算表', 'T13'],
    ['“三公”经费支出决算表', 'T13'],
    ['政府性基金预算财政拨款安排的收入支出决算表', 'T10'],
    ['国有资本经营预算财政拨款安排的支出决算表', 'T12'],
    ['一般公共预算基本支出决算表', 'T08'],
    ['2023年度 一般公共预算财政拨款支出决算表（按功能分类）', 'T06'],
    ['XX县教育局2022年度部门收支决算总表', 'T01'],
    ['公开01表 收入支出决算总表', 'T01'],
    ['收入支出决算总表（公开01表）', 'T01'],
    ['表一、收入支出决算总表', 'T01'],
    ['表4 财政拨款收入支出决算总表', 'T04'],
    ['收入决算表 表2', 'T02'],
    ['巴中市国有资本经营管理中心收入支出决算总表', 'T01'],
    ['一般公共预算财政拨款基本支出决算表（按经济分类科目）', 'T08'],
    // As the published samples number them (../shared/samples).
    ['十三、财政拨款“三公”经费支出决算表', 'T13'],
    ['四、财政拨款收入支出决算总表', 'T04'],
    ['五、财政拨款支出决算明细表', 'T05'],
  ])('%s → %s', (text, expected) => {
    expect(id(text)).toBe(expected);
  });

  test.each([
    // Titles that say something no table of the set says: set aside, never the nearest table.
    ['政府性基金预算财政拨款“三公”经费支出决算表', 'extra'],
    ['政府采购支出决算表', 'extra'],
    ['一般公共预算财政拨款收入支出决算表', 'extra'],
    ['一般公共预算财政拨款基本支出和项目支出决算表', 'extra'],
    ['机关运行经费支出决算表', 'extra'],
    ['政府性基金预算财政拨款基本支出决算表', 'extra'],
    ['部门结余决算表', 'none'],
    // Unknown words after a fund or 三公: another table, never the 支出决算表 at the end.
    ['一般公共预算财政拨款“三公”经费及差旅费支出决算表', 'extra'],
    ['财政拨款结转结余支出决算表', 'extra'],
    // A cover or a contents heading names no table.
    ['XX局2023年度部门决算公开表', 'none'],
    ['2023年度部门决算', 'none'],
    ['目录', 'none'],
    ['广元市昭化区财政项目支出绩效自评表', 'none'],
    ['第五部分 附表', 'none'],
  ])('%s → %s', (text, expected) => {
    expect(id(text)).toBe(expected);
  });

  test('the recognised core is recorded', () => {
    expect(readTitle('2023年度测试局收入决算总表')).toEqual({ kind: 'table', match: { id: 'T02', matched: '收入决算总表' } });
  });
});

const TITLES: Record<TableId, string> = Object.fromEntries(TABLES.map((t) => [t.id, t.title])) as Record<TableId, string>;

function workbook(ids: readonly TableId[], name: (id: TableId, i: number) => string = (x) => TITLES[x], code?: (id: TableId, i: number) => string) {
  return ids.map((tid, i) => sheet(name(tid, i), [[TITLES[tid], null, code ? code(tid, i) : null], ['部门：测试局', null, '金额单位：万元']]));
}

describe('recognizeWorkbook', () => {
  test('title first, then sheet name; by is recorded', () => {
    const grids = [titled('Sheet1', '2023年度收入决算表'), sheet('表3', [['部门：测试局', null, '单位：万元']]), sheet('4财政拨款收入支出决算总表', [[]])];
    const r = recognizeWorkbook(grids);
    expect(r.placements.map((p) => [p.id, p.by])).toEqual([
      ['T02', 'title'],
      ['T03', 'sheet-name'],
      ['T04', 'sheet-name'],
    ]);
    expect(r.placements[0].titleCell).toEqual({ sheet: 'Sheet1', row: 0, col: 0 });
  });

  test('never by position or 公开NN表 code alone', () => {
    const grids = [sheet('Sheet1', [['公开02表'], ['部门：测试局']]), sheet('Sheet2', [['随便什么']])];
    expect(recognizeWorkbook(grids).placements).toEqual([]);
  });

  test('auto profile: the Sichuan-only tables decide', () => {
    expect(recognizeWorkbook(workbook(PROFILE_TABLES['sichuan-13'])).profile).toBe('sichuan-13');
    expect(recognizeWorkbook(workbook(['T01', 'T05'])).profile).toBe('sichuan-13');
    const national = recognizeWorkbook(workbook(PROFILE_TABLES['national-9']));
    expect(national.profile).toBe('national-9');
    expect(national.missing).toEqual([]);
  });

  test('auto profile: without Sichuan-only tables, the printed numbering decides', () => {
    const nine = PROFILE_TABLES['national-9'];
    // Sichuan numbering: 表6 for T06, 公开13表 for T13 → a Sichuan set missing four tables.
    const sichuanNumbered = recognizeWorkbook(workbook(nine, (t) => `表${Number(t.slice(1))}`));
    expect(sichuanNumbered.profile).toBe('sichuan-13');
    expect(sichuanNumbered.missing).toEqual(['T05', 'T07', 'T09', 'T12']);
    const nationalNumbered = recognizeWorkbook(workbook(nine, (_t, i) => `表${i + 1}`));
    expect(nationalNumbered.profile).toBe('national-9');
    // No numbers at all: a near-complete nine-table set is national, a fragment stays Sichuan.
    expect(recognizeWorkbook(workbook(nine)).profile).toBe('national-9');
    expect(recognizeWorkbook(workbook(['T01', 'T02', 'T03'])).profile).toBe('sichuan-13');
    const byCode = recognizeWorkbook(workbook(nine, (t) => TITLES[t], (t) => `公开${t.slice(1)}表`));
    expect(byCode.profile).toBe('sichuan-13');
  });

  test('an explicit profile overrides, and ordinal sheet names follow it', () => {
    const grids = [sheet('表5', [['部门：测试局']]), sheet('表9', [['部门：测试局']])];
    expect(recognizeWorkbook(grids, 'national-9').placements.map((p) => p.id)).toEqual(['T06', 'T13']);
    expect(recognizeWorkbook(grids, 'sichuan-13').placements.map((p) => p.id)).toEqual(['T05', 'T09']);
    const r = recognizeWorkbook(workbook(['T01', 'T05']), 'national-9');
    expect(r.profile).toBe('national-9');
    expect(r.extras.map((e) => [e.sheet, e.reason])).toEqual([[TITLES.T05, 'outside-profile']]);
  });

  test('missing tables of the profile', () => {
    const r = recognizeWorkbook(workbook(['T01', 'T02', 'T05']));
    expect(r.missing).toEqual(['T03', 'T04', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12', 'T13']);
  });

  test('duplicates: the first titled sheet is used, all are listed', () => {
    const grids = [titled('A', '收入决算表'), titled('B', '收入决算表'), sheet('表2', [['部门：测试局']])];
    const r = recognizeWorkbook(grids);
    expect(r.placements.map((p) => p.sheet)).toEqual(['A']);
    expect(r.duplicates.map((d) => [d.id, d.sheets.map((s) => s.sheet)])).toEqual([['T02', ['A', 'B', '表2']]]);
  });

  test('the 2021 Sichuan fourteenth table (fund 三公) is set aside, not read as T13', () => {
    const grids = [titled('表13', '一般公共预算财政拨款“三公”经费支出决算表'), titled('表14', '政府性基金预算财政拨款“三公”经费支出决算表')];
    const r = recognizeWorkbook(grids);
    expect(r.placements.map((p) => [p.id, p.sheet])).toEqual([['T13', '表13']]);
    expect(r.extras.map((e) => [e.sheet, e.reason])).toEqual([['表14', 'unknown-title']]);
    expect(r.duplicates).toEqual([]);
  });
});

describe('readWorkbook recognition findings', () => {
  test('missing, duplicate and extra tables become findings', () => {
    // Two readable copies of T02 (a title-only copy would simply lose: see publication.test.ts).
    const t02 = buildWorkbook(SAMPLE_UNIT).grids.find((g) => g.name === '收入决算表')!;
    const grids = [{ ...t02, name: 'A' }, { ...t02, name: 'B' }, titled('表14', '政府性基金预算财政拨款“三公”经费支出决算表')];
    const { model, findings } = readWorkbook(grids);
    const dup = findings.find((f) => f.rule === 'read-duplicate-table')!;
    expect(dup.severity).toBe('warning');
    expect(dup.message).toBe('“收入决算表”出现在 2 个工作表（“A”、“B”），只读取“A”。');
    expect(dup.cells).toEqual([
      { sheet: 'A', row: 0, col: 0 },
      { sheet: 'B', row: 0, col: 0 },
    ]);
    const missing = findings.filter((f) => f.rule === 'read-missing-table');
    expect(missing.map((f) => f.table)).toEqual(model.missing);
    expect(missing).toHaveLength(12);
    // A table of the profile must be published, empty ones with their note: missing is an error.
    expect(missing.every((f) => f.severity === 'error' && f.cells.length === 0)).toBe(true);
    expect(missing[0].message).toBe('未找到“收入支出决算总表”（四川十三张表中应有），相关校验不进行。');
    const extra = findings.find((f) => f.rule === 'read-extra-table')!;
    expect(extra.cells).toEqual([{ sheet: '表14', row: 0, col: 0 }]);
    expect(model.duplicates).toEqual([{ id: 'T02', sheets: ['A', 'B'] }]);
  });

  test('no 决算 table at all: a model without placements, never a throw', () => {
    const { model } = readWorkbook([sheet('Sheet1', [['hello', 1, 2]]), sheet('Sheet2', [])]);
    expect(model.placements).toEqual([]);
  });
});

describe('titles confirmed by the header', () => {
  const sanGongHeader = [
    ['预算数', null, null, null, null, null, '决算数'],
    ['合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费', '合计'],
  ];
  test('a 三公 title with an unknown qualifier and the 三公 columns is T13', () => {
    const grid = titled('S', '一般公共预算财政拨款“三公”经费及差旅费支出决算表', sanGongHeader);
    expect(recognizeWorkbook([grid]).placements.map((p) => [p.id, p.by])).toEqual([['T13', 'title']]);
  });

  test('without the 三公 columns it stays a table we do not know', () => {
    const grid = titled('S', '一般公共预算财政拨款“三公”经费及差旅费支出决算表', [['科目编码', '科目名称', '合计']]);
    const r = recognizeWorkbook([grid]);
    expect(r.placements).toEqual([]);
    expect(r.extras.map((e) => e.sheet)).toEqual(['S']);
  });

  test('the 2021 政府性基金 三公 table stays apart, whatever its columns', () => {
    const grid = titled('S', '政府性基金预算财政拨款“三公”经费支出决算表', sanGongHeader);
    expect(recognizeWorkbook([grid]).placements).toEqual([]);
  });
});
