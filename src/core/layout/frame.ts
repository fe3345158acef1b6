import { Grid, cellText } from '../grid/types';
import { widestRow } from '../grid/widestRow';
import { isColumnNumberRow, isRowNumberColumn } from './columnNumbers';
import { MergeIndex } from './mergeIndex';
import { isNoteRow } from './notes';

/**
 * The frame every row-listing table shares below its title (T01–T12): a header band, then data
 * rows from the first row a reader recognises as data down to the first note (注：…). The
 * readers differ in what a data row looks like (a 科目编码, a 合计 label, a 项目 label) and pass
 * that in; where the band starts and ends, where the data ends and how wide the table is are
 * decided here once. (T13 is not framed this way: its one data row sits under a header band told
 * apart by its words, see model/readSanGong.ts.)
 */
export interface Frame {
  /** Header rows between the start and the first data row, without empty and 栏次 rows. */
  readonly headerRows: readonly number[];
  /** The first data row and every row below it up to the first note row; empty when none was found. */
  readonly dataRows: readonly number[];
  /** First row after the table: after the data, or after the header band when there is no data. */
  readonly endRow: number;
  /** The widest header or data row (where money columns can be). */
  readonly width: number;
}

/** How far below the header start the header band may reach when a table has no data rows. */
const MAX_HEADER_ROWS = 5;

/**
 * The rows a reader looks through for code columns and label headers before it knows where the
 * data starts: the deepest header band (five rows) plus the first data rows below it.
 */
export function headerSearchRows(grid: Grid, start: number): number[] {
  const out: number[] = [];
  for (let r = start; r < Math.min(grid.rows.length, start + MAX_HEADER_ROWS + 2); r++) out.push(r);
  return out;
}

/**
 * The frame from `start`: the first row at or after `scanFrom` (default `start`) for which
 * `isFirstData` holds opens the data; a note row before it ends the search (the table has no data,
 * and its header band stops at the note or MAX_HEADER_ROWS below the start).
 */
export function scanFrame(grid: Grid, start: number, isFirstData: (row: number) => boolean, scanFrom = start): Frame {
  let firstData = -1;
  let noteRow = grid.rows.length;
  for (let r = scanFrom; r < grid.rows.length; r++) {
    if (isNoteRow(grid, r)) {
      noteRow = r;
      break;
    }
    if (isFirstData(r)) {
      firstData = r;
      break;
    }
  }
  if (firstData < 0) {
    const end = Math.min(noteRow, start + MAX_HEADER_ROWS);
    const headerRows = headerRowsOf(grid, start, end);
    return { headerRows, dataRows: [], endRow: end, width: widestRow(grid, headerRows) };
  }
  const headerRows = headerRowsOf(grid, start, firstData);
  const dataRows: number[] = [];
  for (let r = firstData; r < grid.rows.length && !isNoteRow(grid, r); r++) dataRows.push(r);
  return { headerRows, dataRows, endRow: firstData + dataRows.length, width: widestRow(grid, headerRows, dataRows) };
}

/** Columns from `from` up to `to` (default: the frame's width) that are not 行次 columns: where money can be. */
export function moneyCandidates(grid: Grid, frame: Frame, from: number, to = frame.width): number[] {
  const out: number[] = [];
  for (let c = from; c < to; c++) if (!isRowNumberColumn(grid, c, frame.headerRows, frame.dataRows)) out.push(c);
  return out;
}

/**
 * The first of a row's label columns whose own text (not a merge reaching in from the left or
 * from above) passes `test`; undefined when none does. How the readers spot their 合计 rows and
 * the two-sided tables their labelled rows.
 */
export function labelColumn(grid: Grid, merges: MergeIndex, row: number, cols: readonly number[], test: (text: string) => boolean): number | undefined {
  for (const c of cols) {
    if (merges.isCovered(row, c)) continue;
    if (test(cellText(grid, row, c))) return c;
  }
  return undefined;
}

/** Header rows of a band: drops empty rows and 栏次 rows. */
function headerRowsOf(grid: Grid, from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r < to; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    let any = false;
    for (let c = 0; c < row.length && !any; c++) if (cellText(grid, r, c) !== '') any = true;
    if (!any) continue;
    if (isColumnNumberRow(grid, r)) continue;
    out.push(r);
  }
  return out;
}
