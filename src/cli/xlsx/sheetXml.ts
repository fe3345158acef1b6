/**
 * Strips what carries no value from a worksheet's XML before exceljs parses it: rows without
 * a value-bearing cell, and cells with neither value nor formula (styled blanks). A sheet whose
 * author formatted a million rows or every column of a row shrinks to its real content, so
 * exceljs stays fast and small. Merges, column widths and everything outside <sheetData> stay.
 *
 * A scanner with indexOf, not a regular expression: every search either moves past what it
 * found or ends the scan, so the time is linear even in hostile XML (a lazy /<row…<\/row>/ on
 * 300,000 unclosed <row> tags rescans to the end for each one and never finishes). A row that
 * is never closed, or holds another row, is malformed: MalformedSheetError, at once (exceljs
 * would take seconds to refuse 300,000 nested rows). Other oddities are left for exceljs.
 */
export class MalformedSheetError extends Error {}

const EMPTY_CELL_END = /\s*<\/c>/y;

/** `<row` or `<c` followed by what ends an element name. */
function isTag(xml: string, at: number, name: string): boolean {
  const next = xml.charCodeAt(at + name.length + 1);
  // space, tab, CR, LF, '>' or '/'
  return next === 0x20 || next === 0x09 || next === 0x0d || next === 0x0a || next === 0x3e || next === 0x2f;
}

/** The cells of one row without the blank ones. */
function stripCells(inner: string): string {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const open = inner.indexOf('<c', i);
    if (open < 0) break;
    if (!isTag(inner, open, 'c')) {
      out.push(inner.slice(i, open + 2));
      i = open + 2;
      continue;
    }
    const gt = inner.indexOf('>', open);
    if (gt < 0) break;
    out.push(inner.slice(i, open));
    if (inner.charCodeAt(gt - 1) === 0x2f) {
      i = gt + 1; // <c …/>: a styled blank
      continue;
    }
    EMPTY_CELL_END.lastIndex = gt + 1;
    if (EMPTY_CELL_END.test(inner)) {
      i = EMPTY_CELL_END.lastIndex; // <c …></c>
      continue;
    }
    out.push(inner.slice(open, gt + 1));
    i = gt + 1;
  }
  out.push(inner.slice(i));
  return out.join('');
}

export function stripBlankCells(xml: string): string {
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < start) return xml;
  const body = xml.slice(start, end);
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const open = body.indexOf('<row', i);
    if (open < 0) break;
    if (!isTag(body, open, 'row')) {
      out.push(body.slice(i, open + 4));
      i = open + 4;
      continue;
    }
    const gt = body.indexOf('>', open);
    if (gt < 0) break;
    out.push(body.slice(i, open));
    if (body.charCodeAt(gt - 1) === 0x2f) {
      i = gt + 1; // <row …/>: no cells
      continue;
    }
    const close = body.indexOf('</row>', gt);
    if (close < 0) throw new MalformedSheetError('unclosed <row>');
    const inner = body.slice(gt + 1, close);
    if (inner.includes('<row')) throw new MalformedSheetError('nested <row>');
    const cells = stripCells(inner);
    if (cells.includes('<c')) out.push(body.slice(open, gt + 1), cells, '</row>');
    i = close + 6;
  }
  out.push(body.slice(i));
  return xml.slice(0, start) + out.join('') + xml.slice(end);
}
