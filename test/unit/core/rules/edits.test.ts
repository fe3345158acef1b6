import Decimal from 'decimal.js';
import { CellRef, sameCell } from '../../../../src/core/grid/cellRef';
import { CellValue, Grid } from '../../../../src/core/grid/types';
import { WorkbookModel } from '../../../../src/core/model/types';
import { runRules } from '../../../../src/core/rules';
import { buildWorkbook, EMPTY_FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT } from '../../../fixtures/generator';
import { checkGrids, summary } from './harness';

/** Changes one cell of generated grids (for what plants cannot reach: names and notes). */
function withCell(grids: readonly Grid[], ref: CellRef, value: CellValue): Grid[] {
  return grids.map((g) =>
    g.name !== ref.sheet ? g : { ...g, rows: g.rows.map((row, r) => (r !== ref.row ? row : row.map((v, c) => (c === ref.col ? value : v)))) },
  );
}

describe('code/name mismatch (tables.md §5)', () => {
  test.each(['default', 'splitCodes', 'textNumbers', 'nationalYuanSplit'])('%s: a 项 printed with another 项 name is a warning citing code and name', (variant) => {
    const layout = LAYOUT_VARIANTS[variant];
    const profile = layout.profile ?? 'sichuan-13';
    const wb = buildWorkbook(SAMPLE_UNIT, layout);
    const before = checkGrids(wb.grids, profile);
    const row = before.model.tables.T03!.rows.find((r) => r.code === '2210201')!;
    const after = checkGrids(withCell(wb.grids, row.nameCell, '提租补贴'), profile);
    expect(summary(after.findings)).toEqual(['class-names:warning']);
    const f = after.findings[0];
    expect(f.table).toBe('T03');
    expect(f.cells.some((c) => sameCell(c, row.nameCell))).toBe(true);
    if (row.codeCell) expect(f.cells.some((c) => sameCell(c, row.codeCell!))).toBe(true);
    expect(f.message).toContain('2210201');
    expect(f.message).toContain('住房公积金');
    expect(f.message).toContain('提租补贴');
  });

  test('indentation, 其中： and a dropped 支出 are not mismatches', () => {
    const wb = buildWorkbook(SAMPLE_UNIT);
    const before = checkGrids(wb.grids, 'sichuan-13');
    const row = before.model.tables.T03!.rows.find((r) => r.code === '2010399')!;
    const after = checkGrids(withCell(wb.grids, row.nameCell, '　　其中：其他政府办公厅(室)及相关机构事务'), 'sichuan-13');
    expect(summary(after.findings)).toEqual([]);
  });
});

describe('empty-fund note', () => {
  test('an empty T10 without its note is an info notice', () => {
    const wb = buildWorkbook(EMPTY_FUNDS_UNIT);
    const before = checkGrids(wb.grids, 'sichuan-13');
    const t10 = before.model.tables.T10!;
    expect(t10.noteCell).not.toBeNull();
    const after = checkGrids(withCell(wb.grids, t10.noteCell!, null), 'sichuan-13');
    expect(summary(after.findings)).toEqual(['empty-fund-note:info']);
    expect(after.findings[0].table).toBe('T10');
  });
});

describe('T08 with a printed 合计', () => {
  function withT08Total(model: WorkbookModel, delta: string): WorkbookModel {
    const t08 = model.tables.T08!;
    const sum = t08.personnelTotal!.value.plus(t08.publicTotal!.value).plus(delta);
    const cell = { ...t08.publicTotal!.cell, row: t08.publicTotal!.cell.row + 1 };
    return { ...model, tables: { ...model.tables, T08: { ...t08, total: { value: new Decimal(sum), unit: t08.unit, cell } } } };
  }

  test('合计 = 人员经费合计 + 公用经费合计: silent when it holds, an error when it does not', () => {
    const wb = buildWorkbook(SAMPLE_UNIT);
    const { model } = checkGrids(wb.grids, 'sichuan-13');
    expect(runRules(withT08Total(model, '0'))).toEqual([]);
    expect(summary(runRules(withT08Total(model, '1')))).toEqual(['t08-grand-total:error']);
  });
});
