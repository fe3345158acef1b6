import { PlacedValue } from '../core/grid/buildGrid';
import { CellValue } from '../core/grid/types';
import { decodeEntities } from './xml';

/*
 * The fast path of a worksheet's <sheetData>: the rows and cells Excel, WPS and exceljs write
 * (<row r=…>, <c r=… s=… t=…>, an optional <f>, one <v>), read with char codes and one string
 * per value instead of the generic scanner's events (a name, an attribute text and a stack entry
 * per tag: four tags per cell). It reads only what it fully understands. Anything else — an
 * inline string, a namespace prefix, a comment, an entity in an attribute, a second <v>, a bad
 * reference, whitespace inside a tag's name — returns null, and the caller reads the sheet with
 * the generic scanner, which gives the answer (or the refusal) for every case. So where this
 * returns values they are the generic reading's, value for value (test/unit/cli/sheetFastPath.test.ts
 * compares both on generated sheets and on mutated ones).
 */

/** What one cell's value is made of; the caller's `cellValue` turns it into a CellValue. */
export type CellValueOf = (type: string, raw: string, hasV: boolean, inline: string, style: number) => CellValue;

export interface SheetDataRead {
  readonly values: PlacedValue[];
  readonly contentChars: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const DQ = 34;
const SQ = 39;
const AMP = 38;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46 || c >= 0x80;
}

/** The types Excel writes, as constants, so a cell's type is compared, not sliced. */
const TYPES = ['s', 'n', 'str', 'b', 'e', 'd'];

/**
 * Reads `xml.slice(from, to)`, the content of <sheetData>. Null: something the fast path does
 * not read; read the sheet with the generic scanner.
 */
export function readSheetData(xml: string, from: number, to: number, valueOf: CellValueOf): SheetDataRead | null {
  const values: PlacedValue[] = [];
  let contentChars = 0;
  let row = -1;
  let col = -1;
  let i = from;
  // Attribute values of the tag being read (set by `attrs`).
  let aR = -1; // position of r's value, or -1
  let aREnd = 0;
  let aT = -1;
  let aTEnd = 0;
  let aS = -1;
  let aSEnd = 0;
  let tagEnd = 0; // index of the tag's '>'
  let selfClosing = false;

  /** Attributes from `p` to the tag's end; false when they are not plain name="value" pairs. */
  const attrs = (p: number): boolean => {
    aR = aT = aS = -1;
    for (;;) {
      const start = p;
      while (p < to && isSpace(xml.charCodeAt(p))) p++;
      if (p >= to) return false;
      let c = xml.charCodeAt(p);
      if (c === GT || (c === SLASH && xml.charCodeAt(p + 1) === GT)) {
        selfClosing = c === SLASH;
        tagEnd = selfClosing ? p + 1 : p;
        return true;
      }
      // An attribute must follow whitespace (the generic scanner refuses "a="1"b="2"").
      if (p === start) return false;
      const nameStart = p;
      while (p < to && isNameChar(xml.charCodeAt(p))) p++;
      const nameLen = p - nameStart;
      if (nameLen === 0 || xml.charCodeAt(p) !== EQ) return false;
      p++;
      const q = xml.charCodeAt(p);
      if (q !== DQ && q !== SQ) return false;
      const valueStart = p + 1;
      let e = valueStart;
      for (; e < to; e++) {
        c = xml.charCodeAt(e);
        if (c === q) break;
        if (c === LT || c === AMP) return false;
      }
      if (e >= to) return false;
      if (nameLen === 1) {
        const n = xml.charCodeAt(nameStart);
        if (n === 114) {
          aR = valueStart;
          aREnd = e;
        } else if (n === 116) {
          aT = valueStart;
          aTEnd = e;
        } else if (n === 115) {
          aS = valueStart;
          aSEnd = e;
        }
      }
      p = e + 1;
    }
  };

  /** Digits from..to as a number, or -1 (empty, too long, or anything but 0-9). */
  const digits = (s: number, e: number, max: number): number => {
    if (e <= s || e - s > max) return -1;
    let n = 0;
    for (let k = s; k < e; k++) {
      const c = xml.charCodeAt(k);
      if (c < 48 || c > 57) return -1;
      n = n * 10 + (c - 48);
    }
    return n;
  };

  /** Whether a start tag of exactly this name (not a longer one: <c, not <col) begins at p. */
  const startTag = (p: number, name: string): boolean => {
    if (!xml.startsWith(name, p + 1)) return false;
    const c = xml.charCodeAt(p + 1 + name.length);
    return isSpace(c) || c === GT || c === SLASH;
  };

  for (;;) {
    // Text between tags is ignored by the generic reading too (no entity is decoded there).
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) return { values, contentChars };
    if (startTag(lt, 'row')) {
      if (!attrs(lt + 4)) return null;
      if (aR >= 0) {
        const n = digits(aR, aREnd, 7);
        if (n < 1 || n > MAX_ROW) return null;
        row = n - 1;
      } else row = row + 1;
      if (row + 1 > MAX_ROW) return null;
      col = -1;
      i = tagEnd + 1;
      // A self-closing row holds nothing; an open one ends at its </row>, checked below.
      if (selfClosing) continue;
      // Cells of the row.
      for (;;) {
        const p = xml.indexOf('<', i);
        if (p < 0 || p >= to) return null;
        if (xml.startsWith('</row>', p)) {
          i = p + 6;
          break;
        }
        if (!startTag(p, 'c')) return null;
        if (!attrs(p + 2)) return null;
        if (aR >= 0) {
          if (aREnd === aR) return null;
          // "AB12": letters (at most 3) then digits, inside Excel's grid.
          let k = aR;
          let cc = 0;
          for (; k < aREnd; k++) {
            const ch = xml.charCodeAt(k);
            if (ch >= 65 && ch <= 90) cc = cc * 26 + (ch - 64);
            else break;
            if (k - aR >= 3) return null;
          }
          if (k === aR) return null;
          const r = digits(k, aREnd, 7);
          if (r < 1 || r > MAX_ROW || cc > MAX_COL) return null;
          row = r - 1;
          col = cc - 1;
        } else {
          if (row < 0) row = 0;
          col++;
          if (col >= MAX_COL) return null;
        }
        let type = '';
        if (aT >= 0) {
          const len = aTEnd - aT;
          for (const t of TYPES) {
            if (t.length === len && xml.startsWith(t, aT)) {
              type = t;
              break;
            }
          }
          // inlineStr and anything unusual: the generic reading.
          if (type === '' && len > 0) return null;
        }
        let style = 0;
        if (aS >= 0) {
          style = digits(aS, aSEnd, 9);
          if (style < 0) return null;
        }
        i = tagEnd + 1;
        let raw = '';
        let hasV = false;
        if (!selfClosing) {
          let q = xml.indexOf('<', i);
          if (q < 0 || q >= to) return null;
          // An optional formula: its text is not read (no entity decoded), as in the generic reading.
          if (startTag(q, 'f')) {
            if (!attrs(q + 2)) return null;
            if (!selfClosing) {
              const fe = xml.indexOf('</f>', tagEnd + 1);
              if (fe < 0 || fe >= to) return null;
              const inner = xml.indexOf('<', tagEnd + 1);
              if (inner !== fe) return null;
              q = xml.indexOf('<', fe + 4);
            } else q = xml.indexOf('<', tagEnd + 1);
            if (q < 0 || q >= to) return null;
          }
          if (xml.startsWith('<v>', q)) {
            const ve = xml.indexOf('<', q + 3);
            if (ve < 0 || ve >= to || !xml.startsWith('</v>', ve)) return null;
            hasV = true;
            raw = decodeEntities(xml.slice(q + 3, ve));
            q = xml.indexOf('<', ve + 4);
            if (q < 0 || q >= to) return null;
          } else if (xml.startsWith('<v/>', q)) {
            hasV = true;
            q = xml.indexOf('<', q + 4);
            if (q < 0 || q >= to) return null;
          }
          if (!xml.startsWith('</c>', q)) return null;
          i = q + 4;
        }
        const value = valueOf(type, raw, hasV, '', style);
        if (value !== null) {
          values.push({ row, col, value });
          contentChars += 8 + (typeof value === 'string' ? value.length : 0);
        }
      }
      continue;
    }
    return null;
  }
}
