import { CellRange, CellValue } from '../core/grid/types';
import { PlacedValue } from '../core/grid/buildGrid';
import { decodeXstring, forEachAttr as parseCellAttrs, scanXml, XmlError, XmlVisitor } from './xml';
import { dateText, serialDate } from './dates';
import { readSheetData } from './sheetData';

/*
 * One worksheet's XML → the values that are there (cached formula results; shared strings looked
 * up; rich text as plain text; dates as text) and its merges. Cells without a value — however
 * many formatted blank rows and cells a sheet holds — produce nothing, so they cost one scan only.
 */

export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetCells {
  readonly values: PlacedValue[];
  readonly merges: CellRange[];
  /** Characters of the values read (+ 8 per value): what the grid will hold, for the content limit. */
  readonly contentChars: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "AB12" → 0-based { row, col }, or null when it is not a cell inside Excel's grid. */
export function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    i++;
    if (i > 3) return null;
  }
  if (i === 0 || i === n) return null;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57 || row > MAX_ROW) return null;
    row = row * 10 + (c - 48);
  }
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return null;
  return { row: row - 1, col: col - 1 };
}

function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const tl = parseRef(a);
  const br = parseRef(b ?? a);
  if (!tl || !br) return null;
  return { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
}

function cellValue(type: string, raw: string, hasV: boolean, inline: string, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case 'inlineStr':
      return inline !== '' ? inline : hasV && raw !== '' ? decodeXstring(raw) : null;
    case 's': {
      // A blank index is no string (Number('') would take it for the first shared string).
      if (!hasV || raw.trim() === '') return null;
      const text = ctx.strings[Number(raw)];
      return text === undefined || text === '' ? null : text;
    }
    case 'str':
      return raw === '' ? null : decodeXstring(raw);
    case 'b':
      return hasV && raw.trim() !== '' ? Number(raw) !== 0 : null;
    case 'e':
      return hasV && raw !== '' ? { error: raw.trim() } : null;
    case 'd': {
      if (!hasV) return null;
      // An ISO 8601 date-time without a zone is the cell's wall-clock time: read it as UTC (as
      // dateText writes it), not in the machine's zone, which would move 00:00 to the day before.
      const t = raw.trim();
      const d = new Date(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t) ? `${t}Z` : t);
      return dateText(d) || null;
    }
    default: {
      const t = raw.trim();
      if (!hasV || t === '') return null;
      const n = Number(t);
      if (!Number.isFinite(n)) return null;
      if (ctx.dateStyles[style]) return dateText(serialDate(n, ctx.date1904)) || null;
      return n;
    }
  }
}

const SHEET_DATA = '<sheetData>';
const SHEET_DATA_END = '</sheetData>';

/**
 * The values and merges of one worksheet. <sheetData> (nearly all of the text) goes through the
 * fast path where it can (sheetData.ts); the rest of the sheet, and any sheet the fast path does
 * not read, through the generic scanner, which decides every refusal.
 */
export function readSheetXml(xml: string, ctx: SheetContext): SheetCells {
  return readSheetXmlFast(xml, ctx) ?? readSheetXmlGeneric(xml, ctx);
}

/** The generic scanner alone (what readSheetXml gives when the fast path does not apply). */
export function readSheetXmlGeneric(xml: string, ctx: SheetContext): SheetCells {
  return readGeneric(xml, ctx).cells;
}

/**
 * The fast path, or null. It applies when the sheet has one <sheetData> element, written plainly
 * (no prefix, no attributes), and the word occurs nowhere else: then the generic scanner reads
 * the sheet with that element's content cut out, and must see the element (not a comment or an
 * instruction that merely contains the text) and nothing else wrong.
 */
export function readSheetXmlFast(xml: string, ctx: SheetContext): SheetCells | null {
  const open = xml.indexOf(SHEET_DATA);
  if (open < 0) return null;
  // From the end: the content is megabytes, the sheet's tail is short. A second </sheetData>
  // inside would be a tag the fast path does not read.
  const close = xml.lastIndexOf(SHEET_DATA_END);
  if (close < open) return null;
  const after = close + SHEET_DATA_END.length;
  if (xml.lastIndexOf('sheetData', open - 1) >= 0 || xml.indexOf('sheetData', after) >= 0) return null;
  try {
    const data = readSheetData(xml, open + SHEET_DATA.length, close, (type, raw, hasV, inline, style) => cellValue(type, raw, hasV, inline, style, ctx));
    if (!data) return null;
    const rest = readGeneric(`${xml.slice(0, open)}<sheetData/>${xml.slice(after)}`, ctx);
    if (rest.sheetDataSeen !== 1 || rest.cells.values.length > 0) return null;
    return { values: data.values, merges: rest.cells.merges, contentChars: data.contentChars };
  } catch (e) {
    if (e instanceof XmlError) return null;
    throw e;
  }
}

function readGeneric(xml: string, ctx: SheetContext): { cells: SheetCells; sheetDataSeen: number } {
  const values: PlacedValue[] = [];
  let sheetDataSeen = 0;
  const merges: CellRange[] = [];
  let contentChars = 0;
  let inData = 0;
  let row = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let type = '';
  let style = 0;
  let raw = '';
  let hasV = false;
  let inline = '';
  let inIs = 0;
  let phonetic = 0;
  let textTarget = 0; // 1: <v>, 2: <t> of an inline string
  let run = ''; // the <t> being read (its _xHHHH_ escapes decoded when it closes)

  const v: XmlVisitor = {
    wantText: false,
    open(name, attrs) {
      if (name === 'c' && inData) {
        if (inCell) throw new XmlError('nested cell');
        inCell = true;
        type = '';
        style = 0;
        raw = '';
        hasV = false;
        inline = '';
        let ref = '';
        parseCellAttrs(attrs, (k, val) => {
          if (k === 'r') ref = val;
          else if (k === 't') type = val;
          else if (k === 's') style = Number(val) | 0;
        });
        if (ref) {
          const at = parseRef(ref);
          if (!at) throw new XmlError(`bad cell reference ${ref.slice(0, 20)}`);
          row = at.row;
          col = at.col;
        } else {
          if (row < 0) row = 0;
          col++;
          if (col >= MAX_COL) throw new XmlError('too many cells in a row');
        }
      } else if (name === 'row' && inData) {
        let r = '';
        if (attrs) parseCellAttrs(attrs, (k, val) => {
          if (k === 'r') r = val;
        });
        const n = r ? Number(r) : row + 2;
        if (!Number.isInteger(n) || n < 1 || n > MAX_ROW) throw new XmlError('bad row number');
        row = n - 1;
        col = -1;
      } else if (inCell) {
        if (name === 'v') {
          hasV = true;
          textTarget = 1;
          v.wantText = true;
        } else if (name === 'is') inIs++;
        else if (name === 'rPh') {
          phonetic++;
          v.wantText = false;
        } else if (name === 't' && inIs && phonetic === 0) {
          textTarget = 2;
          run = '';
          v.wantText = true;
        }
      } else if (name === 'sheetData') {
        inData++;
        sheetDataSeen++;
      } else if (name === 'mergeCell' && !inData) {
        let ref = '';
        parseCellAttrs(attrs, (k, val) => {
          if (k === 'ref') ref = val;
        });
        const m = parseRange(ref);
        if (m) merges.push(m);
      }
    },
    close(name) {
      if (inCell) {
        if (name === 'c') {
          inCell = false;
          const value = cellValue(type, raw, hasV, inline, style, ctx);
          if (value !== null) {
            values.push({ row, col, value });
            contentChars += 8 + (typeof value === 'string' ? value.length : 0);
          }
        } else if (name === 'v' || name === 't') {
          if (textTarget === 2) inline += decodeXstring(run);
          textTarget = 0;
          v.wantText = false;
        } else if (name === 'is') inIs--;
        else if (name === 'rPh') phonetic--;
      } else if (name === 'sheetData') inData--;
    },
    text(s) {
      if (textTarget === 1) raw += s;
      else if (textTarget === 2) run += s;
    },
  };
  scanXml(xml, v);
  return { cells: { values, merges, contentChars }, sheetDataSeen };
}
