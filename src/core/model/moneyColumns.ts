import { columnLetters } from '../grid/cellRef';
import { cellText } from '../grid/types';
import { HeaderColumn, headerColumn } from '../layout/header';
import { columnKey } from './columnKeyMaps';
import { ReadContext } from './readContext';
import { UNRECOGNISED_COLUMN } from './readRules';
import { Column } from './types';

export interface MoneyColumnOptions {
  readonly economicRows?: boolean;
  /** Keys to use instead of the table's matcher (T01/T04 left side: 'amount'). */
  readonly keyOf?: (h: HeaderColumn, count: number) => string | null;
}

/**
 * The money columns among `candidates`: columns with a header text or any data. Each gets its
 * header path and canonical key; a column whose header says nothing we know keeps its path as
 * key and is reported (info), so rules simply never see it.
 */
export function readMoneyColumns(
  ctx: ReadContext,
  headerRows: readonly number[],
  dataRows: readonly number[],
  candidates: readonly number[],
  minCol: number,
  options: MoneyColumnOptions = {},
): Column[] {
  const { grid, merges } = ctx;
  const headers: HeaderColumn[] = [];
  for (const c of candidates) {
    const h = headerColumn(grid, merges, headerRows, c, minCol);
    const hasData = dataRows.some((r) => cellText(grid, r, c) !== '' || (grid.rows[r]?.[c] ?? null) !== null);
    if (h.segments.length === 0 && !hasData) continue;
    // A label column that strays into the money area (e.g. a merged name) holds no figures.
    if (h.segments.length === 0 && dataRows.every((r) => merges.isCovered(r, c) || cellText(grid, r, c) === '')) continue;
    headers.push(h);
  }
  const used = new Set<string>();
  const columns: Column[] = [];
  for (const h of headers) {
    let key = options.keyOf ? options.keyOf(h, headers.length) : columnKey({ id: ctx.id, economicRows: options.economicRows, moneyColumns: headers.length }, h.segments);
    if (key === null || used.has(key)) {
      ctx.report(UNRECOGNISED_COLUMN, { column: columnLetters(h.col), header: h.path, against: key === null ? 'standard' : 'duplicate' }, [h.headerCell]);
      key = `col:${h.path || columnLetters(h.col)}`;
      if (used.has(key)) key = `${key}@${columnLetters(h.col)}`;
    }
    used.add(key);
    columns.push({ key, path: h.path, col: h.col, headerCell: h.headerCell });
  }
  return columns;
}
