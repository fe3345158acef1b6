import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { CodedTable } from '../../../../src/core/model/types';
import { flattenTable } from '../../../../src/core/model/flatten';
import { CellValue } from '../../../../src/core/grid/types';
import { sheet, shift, unmerge } from './gridHelpers';

const TITLE = '一般公共预算财政拨款支出决算表';

/** T06 as Sichuan prints it: 本年支出 over three columns, a 栏次 row, 合计 last, a note. */
function t06(body: CellValue[][] = T06_BODY, name = '表6') {
  return sheet(
    name,
    [
      [TITLE],
      [null, null, null, null, '公开06表'],
      ['部门：测试局', null, null, null, '金额单位：万元'],
      ['科目编码', '科目名称', '本年支出'],
      [null, null, '合计', '基本支出', '项目支出'],
      ['栏次', null, 1, 2, 3],
      ...body,
      ['注：本表反映部门本年度一般公共预算财政拨款实际支出情况。'],
    ],
    ['A1:E1', 'A4:A5', 'B4:B5', 'C4:E4', 'A6:B6', `A${7 + body.length - 1}:B${7 + body.length - 1}`],
  );
}

const T06_BODY: CellValue[][] = [
  ['201', '一般公共服务支出', 100, 80, 20],
  ['20103', '  政府办公厅（室）\n及相关机构事务', 100, 80, 20],
  ['2010301', '    行政运行', 80, 80, '-'],
  [2010302, '    一般行政管理事务', '20.00', 0, '20'],
  ['合计', null, 100, 80, 20],
];

function readT06(grid = t06()) {
  const { model, findings } = readWorkbook([grid]);
  return { table: model.tables.T06 as CodedTable, findings: findings.filter((f) => f.rule !== 'read-missing-table') };
}

describe('coded tables', () => {
  test('columns as header paths, rows by code, 合计 last, note', () => {
    const { table, findings } = readT06();
    expect(findings.filter((f) => f.table === 'T06')).toEqual([]);
    expect(table.columns.map((c) => [c.key, c.path, c.col])).toEqual([
      ['total', '本年支出/合计', 2],
      ['basic', '本年支出/基本支出', 3],
      ['project', '本年支出/项目支出', 4],
    ]);
    expect(table.columns[1].headerCell).toEqual({ sheet: '表6', row: 4, col: 3 });
    expect(table.rows.map((r) => [r.code, r.level, r.name])).toEqual([
      ['201', 1, '一般公共服务支出'],
      ['20103', 2, '政府办公厅（室）及相关机构事务'],
      ['2010301', 3, '行政运行'],
      ['2010302', 3, '一般行政管理事务'],
    ]);
    expect(table.rows[3].codeCell).toEqual({ sheet: '表6', row: 9, col: 0 });
    expect(table.rows[3].values.total.cell).toEqual({ sheet: '表6', row: 9, col: 2 });
    expect(table.rows[3].values.total.value.toString()).toBe('20');
    expect(table.total!.labelCell).toEqual({ sheet: '表6', row: 10, col: 0 });
    expect(table.total!.values.basic.value.toString()).toBe('80');
    expect(table.classification).toBe('functional');
    expect(table.note).toBe('注：本表反映部门本年度一般公共预算财政拨款实际支出情况。');
    expect(table.noteCell).toEqual({ sheet: '表6', row: 11, col: 0 });
    expect(table.empty).toBe(false);
    expect(table.unit).toBe('万元');
    expect(table.unitStated).toBe(true);
  });

  test('合计 first, split 类|款|项 codes with 类 left blank on lower rows, no 栏次 row', () => {
    const grid = sheet(
      'T06',
      [
        [TITLE],
        ['单位：测试局', null, null, null, null, null, '单位：元'],
        ['科目编码', null, null, '科目名称', '合计', '基本支出', '项目支出'],
        ['类', '款', '项'],
        ['合计', null, null, null, 1000, 800, 200],
        ['201', null, null, '一般公共服务支出', 1000, 800, 200],
        [null, '03', null, '政府办公厅（室）及相关机构事务', 1000, 800, 200],
        [null, null, 1, '行政运行', 800, 800, 0],
        [null, null, '02', '一般行政管理事务', 200, 0, 200],
        ['208', '05', null, '行政事业单位养老支出', 0, 0, 0],
        ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 0, 0, 0],
      ],
      ['A1:G1', 'A3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'A5:D5'],
    );
    const { table } = readT06(grid);
    expect(table.rows.map((r) => [r.code, r.codeCell && r.codeCell.col])).toEqual([
      ['201', 0],
      ['20103', 1],
      ['2010301', 2],
      ['2010302', 2],
      ['20805', 0],
      ['2080505', 0],
    ]);
    expect(table.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
    expect(table.total!.values.total.value.toString()).toBe('1000');
    expect(table.unit).toBe('元');
  });

  test('the same sheet shifted, or without merges, reads to the same figures', () => {
    const base = flattenTable(readT06().table);
    expect(flattenTable(readT06(shift(t06(), 3, 2)).table)).toEqual(base);
    expect(flattenTable(readT06(unmerge(t06())).table)).toEqual(base);
    expect(readT06(unmerge(t06())).table.columns.map((c) => c.path)).toEqual(['本年支出/合计', '本年支出/基本支出', '本年支出/项目支出']);
    const moved = readT06(shift(t06(), 3, 2)).table;
    expect(moved.rows[0].values.total.cell).toEqual({ sheet: '表6', row: 9, col: 4 });
  });

  test('error values and text in money cells: invalid zero figures and findings citing the cell', () => {
    const body = T06_BODY.map((r) => [...r]);
    body[2][3] = { error: '#REF!' };
    body[3][4] = '见附件';
    const { table, findings } = readT06(t06(body));
    const fig = table.rows[2].values.basic;
    expect(fig.value.isZero()).toBe(true);
    expect(fig.invalid).toBe('#REF!');
    expect(table.rows[3].values.project.invalid).toBe('见附件');
    expect(findings.map((f) => [f.rule, f.severity, f.message, f.cells])).toEqual([
      ['read-cell-error', 'error', '一般公共预算财政拨款支出决算表 D9 是错误值 #REF!，无法参与校验。', [{ sheet: '表6', row: 8, col: 3 }]],
      ['read-cell-text', 'error', '一般公共预算财政拨款支出决算表 E10 应为金额，但写的是“见附件”，无法参与校验。', [{ sheet: '表6', row: 9, col: 4 }]],
    ]);
  });

  test('a column nobody knows is reported and kept out of the keys', () => {
    const grid = sheet('表6', [
      [TITLE],
      ['部门：测试局', null, null, null, null, '金额单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '备用'],
      ['201', '一般公共服务支出', 10, 10, 0, 5],
      ['合计', null, 10, 10, 0, 5],
    ]);
    const { table, findings } = readT06(grid);
    expect(table.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'col:备用']);
    expect(findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([['read-unrecognised-column', 'info', [{ sheet: '表6', row: 2, col: 5 }]]]);
  });

  test('a row with money but no code and no 合计 label is reported and not read', () => {
    const grid = sheet('表6', [
      [TITLE],
      ['部门：测试局', null, null, null, '金额单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', 10, 10, 0],
      [null, '某某零星事务', 3, 3, 0],
      ['合计', null, 10, 10, 0],
    ]);
    const { table, findings } = readT06(grid);
    expect(table.rows.map((r) => r.code)).toEqual(['201']);
    expect(findings.map((f) => [f.rule, f.severity, f.message, f.cells])).toEqual([
      ['read-unrecognised-row', 'info', '一般公共预算财政拨款支出决算表 第 5 行（“某某零星事务”）有数字，但没有科目编码，也不是合计行，未参与校验。', [{ sheet: '表6', row: 4, col: 2 }]],
    ]);
  });

  test('a sheet without a unit line is read in 万元 and says so', () => {
    const grid = sheet('表6', [[TITLE], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', 1, 1, 0]]);
    const { table, findings } = readT06(grid);
    expect(table.unit).toBe('万元');
    expect(table.unitStated).toBe(false);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['read-unit-missing', 'info']]);
    expect(table.rows.map((r) => r.code)).toEqual(['201']);
  });

  test('a name column merged over two columns holds no money', () => {
    const grid = sheet(
      '表6',
      [
        [TITLE],
        ['金额单位：万元'],
        ['科目编码', '科目名称', null, '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', null, 3, 2, 1],
        ['20103', '政府办公厅（室）及相关机构事务', null, 3, 2, 1],
      ],
      ['B3:C3', 'B4:C4', 'B5:C5'],
    );
    const { table, findings } = readT06(grid);
    expect(findings).toEqual([]);
    expect(table.columns.map((c) => [c.key, c.col])).toEqual([
      ['total', 3],
      ['basic', 4],
      ['project', 5],
    ]);
  });

  test('codes and names in one cell', () => {
    const grid = sheet('表6', [
      [TITLE],
      ['金额单位：万元'],
      ['科目', null, '合计', '基本支出', '项目支出'],
      ['201 一般公共服务支出', null, 3, 2, 1],
      ['20103 政府办公厅（室）及相关机构事务', null, 3, 2, 1],
    ]);
    const { table } = readT06(grid);
    expect(table.rows.map((r) => [r.code, r.name])).toEqual([
      ['201', '一般公共服务支出'],
      ['20103', '政府办公厅（室）及相关机构事务'],
    ]);
  });
});

describe('empty tables', () => {
  const header = [
    ['政府性基金预算财政拨款收入支出决算表'],
    ['部门：测试局', null, null, null, null, null, null, '金额单位：万元'],
    ['科目编码', '科目名称', '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
    [null, null, null, null, '小计', '基本支出', '项目支出'],
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'];
  const note = '注：本单位2023年度没有政府性基金预算财政拨款收入和支出，故本表无数据。';

  test('a frame with a blank 合计 row and a note', () => {
    const grid = sheet('表10', [...header, [null, '合计', null, '-', null, null, null, '0.00'], [note]], merges);
    const { model, findings } = readWorkbook([grid]);
    const t = model.tables.T10!;
    expect(findings.filter((f) => f.table === 'T10')).toEqual([]);
    expect(t.empty).toBe(true);
    expect(t.note).toBe(note);
    expect(t.rows).toEqual([]);
    expect(t.columns.map((c) => c.key)).toEqual(['carryIn', 'income', 'expenditure', 'basic', 'project', 'carryOut']);
    expect(t.total!.values.carryOut.value.isZero()).toBe(true);
    expect(model.year).toBe(2023);
  });

  test('a frame with no row at all, only the note', () => {
    const grid = sheet('表10', [...header, [note]], merges);
    const t = readWorkbook([grid]).model.tables.T10!;
    expect(t.empty).toBe(true);
    expect(t.total).toBeNull();
    expect(t.note).toBe(note);
    expect(t.columns.map((c) => c.key)).toEqual(['carryIn', 'income', 'expenditure', 'basic', 'project', 'carryOut']);
  });

  test('a table with figures is not empty', () => {
    const grid = sheet('表10', [...header, [null, '合计', 0, 5, 5, 5, 0, 0], ['229', '其他支出', 0, 5, 5, 5, 0, 0]], merges);
    expect(readWorkbook([grid]).model.tables.T10!.empty).toBe(false);
  });
});

describe('T05/T07/T09 orientation', () => {
  test('T05 with 功能分类 rows and 经济分类 columns grouped under 基本支出/项目支出', () => {
    const grid = sheet(
      '表5',
      [
        ['财政拨款支出决算明细表'],
        ['金额单位：万元'],
        ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出', null],
        [null, null, null, '小计', '工资福利支出', '商品和服务支出', '小计', '资本性支出'],
        ['合计', null, 10, 8, 6, 2, 2, 2],
        ['201', '一般公共服务支出', 10, 8, 6, 2, 2, 2],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:H3', 'A5:B5'],
    );
    const t = readWorkbook([grid]).model.tables.T05!;
    expect(t.classification).toBe('functional');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'basic:301', 'basic:302', 'project', 'project:310']);
  });

  test('T05 transposed: 经济分类 rows with 合计 | 基本支出 | 项目支出', () => {
    const grid = sheet('表5', [
      ['财政拨款支出决算明细表'],
      ['金额单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['301', '工资福利支出', 6, 6, 0],
      ['30101', '基本工资', 6, 6, 0],
      ['合计', null, 6, 6, 0],
    ]);
    const t = readWorkbook([grid]).model.tables.T05!;
    expect(t.classification).toBe('economic');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
    expect(t.rows.map((r) => r.code)).toEqual(['301', '30101']);
  });

  test('T09 with 功能分类 rows and one 决算数 column', () => {
    const grid = sheet('表9', [
      ['一般公共预算财政拨款项目支出决算表'],
      ['金额单位：万元'],
      ['科目编码', '科目名称', '决算数'],
      ['合计', null, 2],
      ['2010302', '一般行政管理事务', 2],
    ]);
    const t = readWorkbook([grid]).model.tables.T09!;
    expect(t.classification).toBe('functional');
    expect(t.columns.map((c) => c.key)).toEqual(['amount']);
    expect(t.total!.values.amount.value.toString()).toBe('2');
  });
});
