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

/**
 * The next `<name …>` start tag at or after `from`: where it opens, its '>', and whether it closes
 * itself; null when there is none or it is cut off. Look-alikes (`<cols` for `<c`) are skipped,
 * and stay in the text before `open` that the caller copies.
 */
function nextTag(xml: string, name: string, from: number): { open: number; gt: number; selfClosing: boolean } | null {
  for (let at = from; ; ) {
    const open = xml.indexOf(`<${name}`, at);
    if (open < 0) return null;
    if (!isTag(xml, open, name)) {
      at = open + name.length + 1;
      continue;
    }
    const gt = xml.indexOf('>', open);
    if (gt < 0) return null;
    return { open, gt, selfClosing: xml.charCodeAt(gt - 1) === 0x2f };
  }
}

/** The cells of one row without the blank ones. */
function stripCells(inner: string): string {
  const out: string[] = [];
  let i = 0;
  for (let t = nextTag(inner, 'c', i); t; t = nextTag(inner, 'c', i)) {
    out.push(inner.slice(i, t.open));
    if (t.selfClosing) {
      i = t.gt + 1; // <c …/>: a styled blank
      continue;
    }
    EMPTY_CELL_END.lastIndex = t.gt + 1;
    if (EMPTY_CELL_END.test(inner)) {
      i = EMPTY_CELL_END.lastIndex; // <c …></c>
      continue;
    }
    out.push(inner.slice(t.open, t.gt + 1));
    i = t.gt + 1;
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
  for (let t = nextTag(body, 'row', i); t; t = nextTag(body, 'row', i)) {
    out.push(body.slice(i, t.open));
    if (t.selfClosing) {
      i = t.gt + 1; // <row …/>: no cells
      continue;
    }
    const close = body.indexOf('</row>', t.gt);
    if (close < 0) throw new MalformedSheetError('unclosed <row>');
    const inner = body.slice(t.gt + 1, close);
    if (inner.includes('<row')) throw new MalformedSheetError('nested <row>');
    const cells = stripCells(inner);
    if (cells.includes('<c')) out.push(body.slice(t.open, t.gt + 1), cells, '</row>');
    i = close + 6;
  }
  out.push(body.slice(i));
  return xml.slice(0, start) + out.join('') + xml.slice(end);
}
