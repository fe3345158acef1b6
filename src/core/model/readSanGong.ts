import { cellText } from '../grid/types';
import { widestRow } from '../grid/widestRow';
import { isColumnNumberRow } from '../layout/columnNumbers';
import { HeaderColumn, headerColumn } from '../layout/header';
import { isNoteRow } from '../layout/notes';
import { labelKey, looksNumeric } from '../layout/text';
import { columnLetters } from '../grid/cellRef';
import { ReadContext } from './readContext';
import { UNRECOGNISED_COLUMN } from './readRules';
import { SAN_GONG, SAN_GONG_HEADER_ORDER, SanGongKey } from '../tables/lines';
import { Column, Figure } from './types';

export interface SanGongBody {
  readonly arrangement: 'blocks' | 'pairs';
  readonly budget: Partial<Record<SanGongKey, Figure>>;
  readonly actual: Partial<Record<SanGongKey, Figure>>;
  readonly columns: Column[];
  readonly endRow: number;
}

const BESIDE_SAN_GONG = /机关运行经费|会议费|培训费/;

const HEADER_WORD = /预算|决算|合计|出国|公务|小计|接待|购置|运行|项目|三公/;

/** Item of one header text; 'subtotal' is 小计, which means 用车小计 under the vehicle header. */
function itemOf(text: string): SanGongKey | 'subtotal' | null {
  const t = labelKey(text);
  for (const k of SAN_GONG_HEADER_ORDER) if (SAN_GONG[k].header.test(t)) return k;
  if (/^小计$/.test(t)) return 'subtotal';
  return null;
}

function sideOf(text: string): 'budget' | 'actual' | null {
  const t = labelKey(text);
  if (/决算/.test(t) || /^实际/.test(t)) return 'actual';
  if (/预算/.test(t)) return 'budget';
  return null;
}

function classify(h: HeaderColumn): { item: SanGongKey; side: 'budget' | 'actual'; sideFirst: boolean } | null {
  let item: SanGongKey | null = null;
  let itemIndex = -1;
  let side: 'budget' | 'actual' | null = null;
  let sideIndex = -1;
  for (let i = h.segments.length - 1; i >= 0; i--) {
    const s = h.segments[i];
    const sd = sideOf(s);
    if (sd && side === null) {
      side = sd;
      sideIndex = i;
      continue;
    }
    const it = itemOf(s);
    if (it && item === null) {
      if (it === 'subtotal') {
        // 小计 under 公务用车购置及运行维护费, or a block's own 小计 (= 合计).
        const above = h.segments.slice(0, i).map(itemOf);
        item = above.includes('vehicleTotal') ? 'vehicleTotal' : 'total';
      } else item = it;
      itemIndex = i;
    }
  }
  if (!item || !side) return null;
  return { item, side, sideFirst: sideIndex < itemIndex };
}

/**
 * T13: one data row under a header of 预算数/决算数 and the six items, either as a 预算数 block
 * then a 决算数 block (MoF) or each item with its own 预算数 | 决算数 pair (Shanghai).
 */
export function readSanGongBody(ctx: ReadContext): SanGongBody | null {
  const { grid, merges } = ctx;
  const start = ctx.headerStart;
  const headerRows: number[] = [];
  let dataRow = -1;
  for (let r = start; r < grid.rows.length; r++) {
    if (isNoteRow(grid, r)) break;
    const row = grid.rows[r];
    let words = false;
    let any = false;
    for (let c = 0; c < row.length; c++) {
      const t = cellText(grid, r, c);
      if (!t) continue;
      any = true;
      if (HEADER_WORD.test(t)) words = true;
    }
    if (!any) continue;
    if (isColumnNumberRow(grid, r)) continue;
    // Covered by a header merge from above counts as header too.
    const continued = headerRows.length > 0 && row.some((_, c) => {
      const m = merges.at(r, c);
      return m !== undefined && m.top < r && headerRows.includes(m.top);
    });
    if (words && (headerRows.length === 0 || continued || !hasFigures(ctx, r))) {
      headerRows.push(r);
      continue;
    }
    if (headerRows.length) {
      dataRow = r;
      break;
    }
  }
  if (!headerRows.length) return null;
  const width = widestRow(grid, headerRows);
  const budget: Partial<Record<SanGongKey, Figure>> = {};
  const actual: Partial<Record<SanGongKey, Figure>> = {};
  const columns: Column[] = [];
  let sideFirst = 0;
  let itemFirst = 0;
  for (let c = 0; c < width; c++) {
    const h = headerColumn(grid, merges, headerRows, c);
    if (!h.segments.length) continue;
    // Columns some provinces print beside the 三公 items (…及机关运行经费, …及会议费、培训费):
    // known, not part of the 三公 identities, so neither read nor reported (机关运行经费 must not
    // pass for 公务用车运行费).
    if (BESIDE_SAN_GONG.test(h.path)) continue;
    const k = classify(h);
    if (!k) {
      const hasNumber = dataRow >= 0 && cellText(grid, dataRow, c) !== '' && !/[\u4e00-\u9fa5]/.test(cellText(grid, dataRow, c));
      if (hasNumber) {
        ctx.report(UNRECOGNISED_COLUMN, { column: columnLetters(c), header: h.path, against: 'sanGong' }, [h.headerCell]);
      }
      continue;
    }
    const target = k.side === 'budget' ? budget : actual;
    if (target[k.item]) continue;
    if (k.sideFirst) sideFirst++;
    else itemFirst++;
    const key = `${k.side}:${k.item}`;
    columns.push({ key, path: h.path, col: c, headerCell: h.headerCell });
    if (dataRow >= 0) target[k.item] = ctx.figure(dataCell(ctx, dataRow, c), c);
  }
  if (!columns.length) return null;
  return { arrangement: sideFirst >= itemFirst ? 'blocks' : 'pairs', budget, actual, columns, endRow: (dataRow >= 0 ? dataRow : headerRows[headerRows.length - 1]) + 1 };
}

/**
 * A figure on row r makes it the data row, unless the cell is merged down past r: a value
 * printed in the header band and merged into the data row (a 机关运行经费 cell beside the 三公
 * header) belongs to the row below, and the texts on row r are header.
 */
function hasFigures(ctx: ReadContext, r: number): boolean {
  const row = ctx.grid.rows[r];
  return row.some((v, c) => {
    if (!looksNumeric(v)) return false;
    const m = ctx.merges.at(r, c);
    return !(m && m.top === r && m.bottom > r);
  });
}

/** The cell holding the data row's value of column c: the top of a merge reaching down into it. */
function dataCell(ctx: ReadContext, dataRow: number, c: number): number {
  const m = ctx.merges.at(dataRow, c);
  return m && m.top < dataRow && m.left === c && looksNumeric(ctx.grid.rows[m.top]?.[c] ?? null) ? m.top : dataRow;
}
