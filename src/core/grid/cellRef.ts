/** A cell of a sheet, 0-based. Every figure and every finding carries these. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** What JSON and the UI show: sheet name and an A1 address. */
export interface CellAddress {
  readonly sheet: string;
  readonly address: string;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, col) to "C7". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "C7" (or "$C$7") to 0-based row/col; null when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col };
}

export function toAddress(ref: CellRef): CellAddress {
  return { sheet: ref.sheet, address: a1(ref.row, ref.col) };
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/** "表1!C7" style, for messages. */
export function describeCell(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}
