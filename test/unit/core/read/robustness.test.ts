import { SAMPLE_UNIT, FUNDS_UNIT, buildWorkbook, largeUnit } from '../../../fixtures/generator';
import { a1 } from '../../../../src/core/grid/cellRef';
import { CellValue, Grid } from '../../../../src/core/grid/types';
import { flattenModel } from '../../../../src/core/model/flatten';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { READ_RULES } from '../../../../src/core/model/readRules';
import { displayTitle } from '../../../../src/core/tables/catalog';
import { shift, unmerge } from './gridHelpers';

describe('planted bad cells become findings at their exact addresses', () => {
  test('error values and text, in coded, two-sided, T08 and T13 tables', () => {
    const wb = buildWorkbook(SAMPLE_UNIT, {
      plants: [
        { table: 'T02', row: '2010301', column: 'fiscal', value: { error: '#REF!' } },
        { table: 'T03', row: 'total', column: 'basic', value: '待定' },
        { table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', value: { error: '#DIV/0!' } },
        { table: 'T08', row: '30101', column: 'amount', value: 'n/a' },
        { table: 'T13', row: 'actual', column: 'reception', value: { error: '#VALUE!' } },
      ],
    });
    const { model, findings } = readWorkbook(wb.grids);
    // Findings come in sheet order; match them to the plants by table.
    const cellFindings = wb.planted.map((p) => findings.find((f) => (f.rule === 'read-cell-error' || f.rule === 'read-cell-text') && f.table === p.plant.table)!);
    expect(cellFindings.map((f) => f.cells)).toEqual(wb.planted.map((p) => [p.cell]));
    expect(findings.filter((f) => f.rule === 'read-cell-error' || f.rule === 'read-cell-text')).toHaveLength(5);
    const [ref, text, div, na, value] = wb.planted.map((p) => p.cell);
    expect(cellFindings[0]).toMatchObject({ rule: 'read-cell-error', severity: 'error', table: 'T02', message: `收入决算表 ${a1(ref.row, ref.col)} 是错误值 #REF!，无法参与校验。` });
    expect(cellFindings[1]).toMatchObject({ rule: 'read-cell-text', severity: 'error', table: 'T03', message: `支出决算表 ${a1(text.row, text.col)} 应为金额，但写的是“待定”，无法参与校验。` });
    expect(cellFindings[2].message).toBe(`收入支出决算总表 ${a1(div.row, div.col)} 是错误值 #DIV/0!，无法参与校验。`);
    expect(cellFindings[3].message).toContain(`${a1(na.row, na.col)} 应为金额，但写的是“n/a”`);
    expect(cellFindings[4].message).toBe(`${displayTitle('T13')} ${a1(value.row, value.col)} 是错误值 #VALUE!，无法参与校验。`);
    // The figures are kept, as invalid zeros, so rules can skip them.
    const t02row = model.tables.T02!.rows.find((r) => r.code === '2010301')!;
    expect(t02row.values.fiscal.invalid).toBe('#REF!');
    expect(t02row.values.fiscal.value.isZero()).toBe(true);
    expect(model.tables.T03!.total!.values.basic.invalid).toBe('待定');
    expect(model.tables.T13!.actual.reception!.invalid).toBe('#VALUE!');
  });

  test('a delta plant changes exactly that figure', () => {
    const wb = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T06', row: '201', column: 'basic', delta: '0.01' }] });
    const base = flattenModel(readWorkbook(buildWorkbook(SAMPLE_UNIT).grids).model);
    const got = flattenModel(readWorkbook(wb.grids).model);
    expect(Number(got.T06['201'].basic) - Number(base.T06['201'].basic)).toBe(100);
    got.T06['201'].basic = base.T06['201'].basic;
    expect(got).toEqual(base);
  });
});

describe('layout noise reads to the same figures', () => {
  const wb = buildWorkbook(FUNDS_UNIT, { t08Blocks: 3, t04CarryOut: 'subRows' });
  const base = flattenModel(readWorkbook(wb.grids).model);

  test('every sheet shifted down and right', () => {
    const { model, findings } = readWorkbook(wb.grids.map((g, i) => shift(g, 1 + (i % 3), i % 2)));
    expect(findings).toEqual([]);
    expect(flattenModel(model)).toEqual(base);
  });

  test('every merge dropped', () => {
    const { model, findings } = readWorkbook(wb.grids.map(unmerge));
    expect(findings).toEqual([]);
    expect(flattenModel(model)).toEqual(base);
  });

  test('hidden sheets are read and reported', () => {
    const hidden = buildWorkbook(FUNDS_UNIT, { hidden: ['T05', 'T13'] });
    const { model, findings } = readWorkbook(hidden.grids);
    expect(findings.map((f) => [f.rule, f.table])).toEqual([
      ['read-hidden-sheet', 'T05'],
      ['read-hidden-sheet', 'T13'],
    ]);
    expect(model.tables.T05).toBeDefined();
  });
});

/** Deterministic pseudo-random numbers, so a failure always reproduces. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function damage(grid: Grid, rand: () => number): Grid {
  const rows = grid.rows.map((r) => [...r]) as CellValue[][];
  const junk: CellValue[] = ['', '合计', '201', '栏次', { error: '#N/A' }, 'abc', 12.5, '注：', null, '项目', '人员经费合计', '预算数'];
  // Truncate, blank or scribble over cells, and drop merges at random.
  const keep = Math.max(1, Math.floor(rows.length * (0.3 + rand() * 0.7)));
  rows.length = keep;
  for (let i = 0; i < 6; i++) {
    const r = Math.floor(rand() * rows.length);
    const c = Math.floor(rand() * Math.max(1, rows[r].length));
    rows[r][c] = junk[Math.floor(rand() * junk.length)];
  }
  const merges = grid.merges.filter(() => rand() > 0.3);
  return { ...grid, rows, merges };
}

describe('odd input never throws', () => {
  test('damaged workbooks degrade to fewer figures and findings', () => {
    const wb = buildWorkbook(SAMPLE_UNIT, { t13Arrangement: 'pairs', codes: 'split' });
    const rand = rng(42);
    for (let round = 0; round < 40; round++) {
      const grids = wb.grids.map((g) => damage(g, rand));
      const { model, findings } = readWorkbook(grids);
      expect(findings.filter((f) => f.rule === 'read-table-failed')).toEqual([]);
      for (const f of findings) expect(READ_RULES.map((r) => r.id)).toContain(f.rule);
      expect(model.placements.length).toBeGreaterThan(0);
    }
  });

  test('empty, tiny and ragged grids', () => {
    const grids: Grid[] = [
      { name: '收入决算表', rows: [], merges: [] },
      { name: '表3', rows: [[null], [], ['支出决算表']], merges: [{ top: 0, left: 0, bottom: 5000, right: 20000 }] },
      { name: 'Sheet3', rows: [['财政拨款收入支出决算总表'], ['项目']], merges: [] },
      { name: 'Sheet4', rows: [['财政拨款“三公”经费支出决算表'], ['预算数', '决算数']], merges: [] },
      { name: 'Sheet5', rows: [['一般公共预算财政拨款基本支出决算表'], ['人员经费合计', 3]], merges: [] },
    ];
    const { model, findings } = readWorkbook(grids);
    // Recognised but unreadable: no placement, a finding each.
    expect(model.placements).toEqual([]);
    expect(findings.filter((f) => f.rule === 'read-no-data').map((f) => f.table)).toEqual(['T02', 'T03', 'T04', 'T13', 'T08']);
  });
});

test('values an adapter should never hand over (Dates, holes, broken merges) are tolerated', () => {
  const wb = buildWorkbook(SAMPLE_UNIT);
  const grids = wb.grids.map((g, i) => {
    const rows = g.rows.map((r) => [...r]) as unknown[][];
    rows[1][0] = new Date(Date.UTC(2024, 0, 31));
    if (i === 1) (rows as unknown[])[rows.length] = undefined;
    return { ...g, rows, merges: [...g.merges, { top: 5, left: 3, bottom: 2, right: -1 }] } as unknown as Grid;
  });
  const { model, findings } = readWorkbook(grids);
  expect(findings.filter((f) => f.rule !== 'read-missing-table')).toEqual([]);
  expect(flattenModel(model)).toEqual(flattenModel(readWorkbook(wb.grids).model));
});

describe('larger workbooks', () => {
  test('a unit with many 项 rows reads completely', () => {
    const wb = buildWorkbook(largeUnit(300), { codes: 'split', numbersAsText: true });
    const { model, findings } = readWorkbook(wb.grids);
    expect(findings).toEqual([]);
    const t02 = model.tables.T02!;
    expect(t02.rows.length).toBe(wb.derived.functional.filter((r) => Object.values(r.income).some((v) => !v.isZero())).length);
  });
});
