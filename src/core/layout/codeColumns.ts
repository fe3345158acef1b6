import { CellRef, cellRef } from '../grid/cellRef';
import { Grid, cellAt, cellText } from '../grid/types';
import { digitsOf, hasCjk, isClassCode, splitCodeAndName } from './text';

/**
 * 科目编码 columns (tables.md §2): one column of 3/5/7-digit codes, or 类 | 款 | 项 columns holding
 * 201 | 06 | 01. A table may hold several code groups side by side (T08 blocks).
 */
export interface CodeGroup {
  /** The code columns: [code] or [类, 款] or [类, 款, 项]. */
  readonly cols: readonly number[];
  /** The 科目名称 column (the column after the codes). */
  readonly nameCol: number;
  /** Rows holding a code in this group (for ordering and confidence). */
  readonly codeRows: number;
}

const SHORT = /^\d{1,2}$/;

function isShortPart(grid: Grid, r: number, c: number): boolean {
  const d = digitsOf(cellAt(grid, r, c));
  return d !== null && SHORT.test(d);
}

function isBlankOrShort(grid: Grid, r: number, c: number): boolean {
  return cellText(grid, r, c) === '' || isShortPart(grid, r, c);
}

/**
 * Finds code groups by content: a column counts as a code column on a row when it holds a class
 * code and a name follows (right after it, or after 款/项 parts). Money columns are never followed
 * by names, so a money figure such as 302 is not taken for a code. Header labels 类/款/项 confirm
 * the split layout.
 */
export function findCodeGroups(grid: Grid, fromRow: number, toRow: number, headerRows: readonly number[] = []): CodeGroup[] {
  let width = 0; // a loop: spreading a long table's row widths as arguments overflows the stack
  for (let r = fromRow; r < Math.min(toRow, grid.rows.length); r++) width = Math.max(width, grid.rows[r].length);
  const single = new Array<number>(width).fill(0);
  const split = new Array<number>(width).fill(0);
  const splitParts = new Array<number>(width).fill(0);
  for (let r = fromRow; r < toRow; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null) continue;
      // Most cells are money: a number is a code only as an integer of 3, 5 or 7 digits led by
      // 2 or 3 (what isClassCode says of its digits), without making its digits for the rest.
      if (typeof v === 'number' && !mayBeClassCode(v)) continue;
      const d = digitsOf(v);
      if (isClassCode(d)) {
        if (hasCjk(cellText(grid, r, c + 1))) single[c]++;
        else if (d.length === 3 && isBlankOrShort(grid, r, c + 1)) {
          // 类 | 款 | 项 | 名称, or 类 | 款 | 名称 (经济分类).
          if (isBlankOrShort(grid, r, c + 2) && hasCjk(cellText(grid, r, c + 3))) {
            split[c]++;
            splitParts[c] = 3;
          } else if (hasCjk(cellText(grid, r, c + 2)) && splitParts[c] !== 3) {
            split[c]++;
            splitParts[c] = 2;
          }
        }
      } else if (typeof v === 'string' && mayLeadWithCode(v) && splitCodeAndName(v)) {
        single[c]++;
      }
    }
  }
  // Header labels 类 款 项 side by side also make a split group even where no 类 row exists yet.
  for (const r of headerRows) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c + 1 < row.length; c++) {
      if (cellText(grid, r, c) === '类' && cellText(grid, r, c + 1) === '款') {
        const parts = cellText(grid, r, c + 2) === '项' ? 3 : 2;
        if (split[c] === 0 && single[c] === 0) split[c] = 1;
        if (split[c] > 0) splitParts[c] = Math.max(splitParts[c], parts);
      }
    }
  }
  const groups: CodeGroup[] = [];
  let next = 0;
  for (let c = 0; c < width; c++) {
    if (c < next) continue;
    const s = single[c];
    const p = split[c];
    if (s === 0 && p === 0) continue;
    if (p > s) {
      const parts = splitParts[c] || 3;
      const cols = parts === 3 ? [c, c + 1, c + 2] : [c, c + 1];
      groups.push({ cols, nameCol: c + parts, codeRows: p });
      next = c + parts + 1;
    } else {
      groups.push({ cols: [c], nameCol: c + 1, codeRows: s });
      next = c + 2;
    }
  }
  return groups;
}

/** False for a number whose digits (digitsOf) cannot be a class code (isClassCode). */
function mayBeClassCode(v: number): boolean {
  return (v >= 200 && v < 400) || (v >= 20000 && v < 40000) || (v >= 2000000 && v < 4000000);
}

/**
 * False for text splitCodeAndName cannot read as code and name: it reads the trimmed text from a
 * 2 or 3, so the first character must be one, or white space that trim() removes (a superset
 * here: every control character and the U+2000 block).
 */
function mayLeadWithCode(v: string): boolean {
  const c = v.charCodeAt(0);
  return c === 50 || c === 51 || c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff;
}

export interface RowCode {
  readonly code: string;
  readonly codeCell: CellRef | null;
  /** A name found in the code cell itself ("201 一般公共服务支出"). */
  readonly inlineName?: string;
}

/**
 * Reads the code of one row. Split layouts join 类+款+项 (款/项 as numbers lose their leading
 * zero: 6 → "06"); when a sheet leaves 类 (or 款) blank on lower rows, the last one above is used.
 */
export class CodeReader {
  private lastClass = '';
  private lastItem = '';

  constructor(
    private readonly grid: Grid,
    private readonly group: CodeGroup,
  ) {}

  read(row: number): RowCode | null {
    const { grid, group } = this;
    const c0 = group.cols[0];
    const v = cellAt(grid, row, c0);
    if (group.cols.length === 1) {
      const d = digitsOf(v);
      if (isClassCode(d)) return { code: d, codeCell: cellRef(grid.name, row, c0) };
      if (typeof v === 'string') {
        const both = splitCodeAndName(v);
        if (both) return { code: both.code, codeCell: cellRef(grid.name, row, c0), inlineName: both.name };
      }
      return null;
    }
    const lei = digitsOf(v);
    const parts = group.cols.slice(1).map((c) => digitsOf(cellAt(grid, row, c)));
    const kuan = parts[0] !== null && SHORT.test(parts[0]) ? parts[0].padStart(2, '0') : null;
    const xiang = parts[1] !== undefined && parts[1] !== null && SHORT.test(parts[1]) ? parts[1].padStart(2, '0') : null;
    let cls: string;
    let firstCol: number;
    if (lei !== null && /^[23]\d{2}$/.test(lei)) {
      cls = lei;
      firstCol = c0;
      this.lastClass = lei;
      this.lastItem = '';
    } else if (lei !== null && isClassCode(lei)) {
      // A full code written into the 类 column.
      this.lastClass = lei.slice(0, 3);
      this.lastItem = lei.length >= 5 ? lei.slice(0, 5) : '';
      return { code: lei, codeCell: cellRef(grid.name, row, c0) };
    } else if (lei === null && cellText(grid, row, c0) === '' && (kuan || xiang) && this.lastClass) {
      cls = this.lastClass;
      firstCol = kuan ? group.cols[1] : group.cols[2];
    } else {
      return null;
    }
    if (!kuan && !xiang) return { code: cls, codeCell: cellRef(grid.name, row, firstCol) };
    if (kuan) {
      const item = cls + kuan;
      this.lastItem = item;
      if (!xiang) return { code: item, codeCell: cellRef(grid.name, row, firstCol) };
      return { code: item + xiang, codeCell: cellRef(grid.name, row, firstCol) };
    }
    // 项 only: under the last 款.
    if (!this.lastItem || !this.lastItem.startsWith(cls)) return null;
    return { code: this.lastItem + xiang, codeCell: cellRef(grid.name, row, firstCol) };
  }
}
