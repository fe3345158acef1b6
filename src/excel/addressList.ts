import { parseA1 } from '../core/grid/cellRef';
import { CellRange } from '../core/grid/types';

/** "C7" or "$C$7:$E$9" (no sheet) to a rectangle; null when it is not one. */
export function parseRangeAddress(text: string): CellRange | null {
  const parts = text.trim().split(':');
  if (parts.length > 2) return null;
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/**
 * The areas of a RangeAreas.address such as "表1!A1:C1,'收入 支出'!A2:A3" or "Sheet1!A1, Sheet1!B2".
 * Sheet prefixes are skipped (quoted names may contain commas, "!" and doubled quotes);
 * parts that are not cell rectangles are ignored rather than guessed at.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  let i = 0;
  const n = address.length;
  while (i < n) {
    while (i < n && (address[i] === ',' || address[i] === ' ')) i++;
    if (i >= n) break;
    if (address[i] === "'") {
      i++;
      while (i < n) {
        if (address[i] === "'") {
          if (address[i + 1] === "'") {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      if (address[i] === '!') i++;
    } else {
      const bang = address.indexOf('!', i);
      const comma = address.indexOf(',', i);
      if (bang >= 0 && (comma < 0 || bang < comma)) i = bang + 1;
    }
    let end = address.indexOf(',', i);
    if (end < 0) end = n;
    const area = parseRangeAddress(address.slice(i, end));
    if (area) out.push(area);
    i = end;
  }
  return out;
}
