import { dateText } from '../xlsx/dates';
import { buildGrid, PlacedValue } from '../core/grid/buildGrid';
import { CellRange, CellValue, Grid } from '../core/grid/types';

/** A block of a sheet as Range.values / Range.valueTypes report it, at 0-based (rowIndex, columnIndex). */
export interface ValueBlock {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  /** Range.numberFormatCategories: only "Date" and "Time" matter (a date is a serial number). */
  readonly categories?: readonly (readonly string[])[] | null;
}

/** Days from Excel's day 0 (1900 date system) to 1970-01-01, as exceljs counts them. */
const EXCEL_UNIX_EPOCH = 25569;

/** A date cell's serial number as the CLI shows it: exceljs turns the serial into a Date
 * (utils.excelToDate, 1900 date system) and cellValue.dateText writes "2024-01-01". */
export function serialDateText(serial: number): string {
  return dateText(new Date(Math.round((serial - EXCEL_UNIX_EPOCH) * 24 * 3600 * 1000)));
}

/** Office's value + valueType to the Grid's CellValue: errors keep their text, empty strings are
 * empty, numbers shown as dates or times become the CLI's date text. */
export function toCellValue(value: unknown, type: string | undefined, category?: string): CellValue {
  if (type === 'Empty' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' && (category === 'Date' || category === 'Time')) return serialDateText(value) || null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return text === '' ? null : text;
}

/**
 * Blocks to the one Grid shape, through the one builder (core/grid/buildGrid): rows from row 1 of
 * the sheet (the used range may start lower), trailing empty rows and columns trimmed, rows padded
 * with null; merges clipped to the values' box ('clip': the used range is the values only).
 */
export function toGrid(name: string, hidden: boolean, blocks: readonly ValueBlock[], merges: readonly CellRange[]): Grid {
  const cells: PlacedValue[] = [];
  for (const b of blocks) {
    b.values.forEach((row, i) =>
      row.forEach((raw, j) => {
        const value = toCellValue(raw, b.valueTypes[i]?.[j], b.categories?.[i]?.[j]);
        if (value !== null) cells.push({ row: b.rowIndex + i, col: b.columnIndex + j, value });
      }),
    );
  }
  return buildGrid(name, cells, merges, hidden, { merges: 'clip' });
}
