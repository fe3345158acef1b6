import { cellRef } from '../grid/cellRef';
import { cellText } from '../grid/types';
import { CodeGroup, CodeReader, findCodeGroups } from '../layout/codeColumns';
import { headerSearchRows, labelColumn, moneyCandidates, scanFrame } from '../layout/frame';
import { isNoteRow } from '../layout/notes';
import { isTotalLabel } from '../layout/text';
import { readMoneyColumns } from './moneyColumns';
import { ReadContext } from './readContext';
import { UNRECOGNISED_ROW } from './readRules';
import { ClassRow, Column, Figure, LineItem } from './types';

export interface CodedBody {
  readonly classification: 'functional' | 'economic';
  readonly columns: readonly Column[];
  readonly total: LineItem | null;
  readonly rows: readonly ClassRow[];
  /** First row after the data (where notes are looked for). */
  readonly endRow: number;
}

/**
 * Reads a table whose rows are 功能分类/经济分类 codes (T02 T03 T05 T06 T07 T09 T10 T11 T12):
 * finds the code column(s), the header band above the first code or 合计 row, the money columns
 * to the right of the names, then every coded row and the 合计 row (first or last).
 */
export function readCodedBody(ctx: ReadContext): CodedBody | null {
  const { grid, merges } = ctx;
  const start = ctx.headerStart;
  const headerGuess = headerSearchRows(grid, start);
  const groups = findCodeGroups(grid, start, grid.rows.length, headerGuess);
  const group: CodeGroup | null = groups.length ? groups.reduce((a, b) => (b.codeRows > a.codeRows ? b : a)) : null;

  // The label columns: the code group, or where a 合计 label sits when the table has no codes.
  let labelCols: number[];
  let nameCol: number;
  if (group) {
    labelCols = [...group.cols, group.nameCol];
    nameCol = group.nameCol;
  } else {
    const fromHeader = labelColumnsFromHeader(ctx, headerGuess);
    const at = fromHeader ? null : findTotalLabel(ctx, start);
    if (fromHeader) {
      labelCols = fromHeader.labelCols;
      nameCol = fromHeader.nameCol;
    } else if (at) {
      labelCols = [at.col];
      nameCol = merges.rightEdge(at.row, at.col);
    } else return emptyFrame(ctx, start);
  }

  const totalColumn = (r: number): number | undefined => labelColumn(grid, merges, r, labelCols, isTotalLabel);

  // First data row: a code or a 合计 in the label columns.
  const scan = group ? new CodeReader(grid, group) : null;
  const frame = scanFrame(grid, start, (r) => (scan !== null && scan.read(r) !== null) || totalColumn(r) !== undefined);
  const { headerRows, dataRows } = frame;

  const economicCount = { yes: 0, no: 0 };
  const reader = group ? new CodeReader(grid, group) : null;
  const coded: { row: number; code: string; codeCell: ClassRow['codeCell']; name: string }[] = [];
  let totalRow = -1;
  const stray: number[] = [];
  for (const r of dataRows) {
    const code = reader ? reader.read(r) : null;
    if (code) {
      if (code.code.startsWith('3')) economicCount.yes++;
      else economicCount.no++;
      const name = code.inlineName ?? cellText(grid, r, nameCol);
      coded.push({ row: r, code: code.code, codeCell: code.codeCell, name });
    } else if (totalColumn(r) !== undefined) {
      if (totalRow < 0) totalRow = r;
    } else {
      stray.push(r);
    }
  }
  const economic = economicCount.yes > economicCount.no;

  // Money starts after the names, however wide a merge makes them (科目名称 over two columns).
  const nameRows = [...headerRows, ...coded.slice(0, 5).map((c) => c.row)];
  const firstMoneyCol = Math.max(merges.spanEdge(nameRows, nameCol), ...labelCols.map((c) => (totalRow >= 0 ? merges.rightEdge(totalRow, c) : c))) + 1;
  const columns = readMoneyColumns(ctx, headerRows, dataRows, moneyCandidates(grid, frame, firstMoneyCol), nameCol + 1, { economicRows: economic });

  const valuesOf = (r: number): Record<string, Figure> => ctx.figures(r, columns);

  const rows: ClassRow[] = coded.map((c) => ({
    code: c.code,
    level: c.code.length === 3 ? 1 : c.code.length === 5 ? 2 : 3,
    name: c.name,
    codeCell: c.codeCell,
    nameCell: cellRef(grid.name, c.row, nameCol),
    values: valuesOf(c.row),
  }));
  let total: LineItem | null = null;
  if (totalRow >= 0) {
    const labelCol = totalColumn(totalRow) ?? nameCol;
    total = { key: 'total', label: cellText(grid, totalRow, labelCol), labelCell: cellRef(grid.name, totalRow, labelCol), values: valuesOf(totalRow) };
  }
  reportStrayRows(ctx, stray, columns);
  return { classification: economic ? 'economic' : 'functional', columns, total, rows, endRow: frame.endRow };
}

/** Rows with money but no code and no 合计 label (其中 rows, misplaced sums): reported, not read. */
export function reportStrayRows(ctx: ReadContext, rows: readonly number[], columns: readonly Column[]): void {
  for (const r of rows) {
    const filled = columns.filter((c) => cellText(ctx.grid, r, c.col) !== '');
    if (!filled.length) continue;
    const label = [0, 1, 2, 3].map((c) => cellText(ctx.grid, r, c)).find((t) => t !== '') ?? '';
    ctx.report(UNRECOGNISED_ROW, { row: r + 1, label }, [cellRef(ctx.grid.name, r, filled[0].col)]);
  }
}

/**
 * A frame with neither codes nor a 合计 row (an empty fund table with its note): the header band
 * runs to the note or five rows below the start, whichever comes first; money columns are those
 * right of the 科目名称/项目 header.
 */
function emptyFrame(ctx: ReadContext, start: number): CodedBody | null {
  const { grid } = ctx;
  const frame = scanFrame(grid, start, () => false);
  const { headerRows } = frame;
  if (!headerRows.length) return null;
  let nameCol = -1;
  for (const r of headerRows) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length && nameCol < 0; c++) {
      if (/科目名称|^项目$|^名称$/.test(cellText(grid, r, c))) nameCol = ctx.merges.rightEdge(r, c);
    }
  }
  if (nameCol < 0) return null;
  const columns = readMoneyColumns(ctx, headerRows, [], moneyCandidates(grid, frame, nameCol + 1), nameCol + 1, {});
  return { classification: 'functional', columns, total: null, rows: [], endRow: frame.endRow };
}

/** 科目编码 / 科目名称 header cells: the label columns of a table that lists no code. */
function labelColumnsFromHeader(ctx: ReadContext, rows: readonly number[]): { labelCols: number[]; nameCol: number } | null {
  const { grid, merges } = ctx;
  let codeCol = -1;
  let nameEdge = -1;
  let nameCol = -1;
  for (const r of rows) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const t = cellText(grid, r, c);
      if (codeCol < 0 && /编码$|^类$/.test(t)) codeCol = c;
      if (nameCol < 0 && /科目名称|^项目$|^名称$/.test(t)) {
        nameCol = c;
        nameEdge = merges.rightEdge(r, c);
      }
    }
  }
  if (nameCol < 0) return null;
  const labelCols: number[] = [];
  for (let c = codeCol >= 0 ? Math.min(codeCol, nameCol) : nameCol; c <= nameEdge; c++) labelCols.push(c);
  return { labelCols, nameCol: nameEdge };
}

function findTotalLabel(ctx: ReadContext, start: number): { row: number; col: number } | null {
  const { grid } = ctx;
  for (let r = start; r < grid.rows.length; r++) {
    if (isNoteRow(grid, r)) return null;
    for (let c = 0; c < Math.min(4, grid.rows[r].length); c++) {
      if (isTotalLabel(cellText(grid, r, c))) return { row: r, col: c };
    }
  }
  return null;
}
