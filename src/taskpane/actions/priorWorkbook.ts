import { isOldWorkbookName, OLD_WORKBOOK_MESSAGE } from '../../core/errors';
import { parseA1 } from '../../core/grid/cellRef';
import { CellRange, CellValue, Grid } from '../../core/grid/types';
import { HostError } from '../../excel/errors';
import { buildGrid, PlacedValue } from '../../core/grid/buildGrid';
import { isZip, listEntries, rawData, ZipEntry } from '../../zip/directory';

/*
 * Last year's workbook (.xlsx) read in the browser, for the 生成说明 tab's prior-year figures. The
 * command line reads workbooks with exceljs, far too heavy for the pane; this reads just what the
 * table reader needs (sheet names, cell values with cached formula results, merges) with the
 * browser's own DecompressionStream and a few regular expressions over the sheet XML. It is the
 * same Grid the other adapters build (buildGrid). Dates stay serial numbers: the prior figures
 * never are dates.
 */

export class PriorWorkbookError extends HostError {
  constructor(message: string) {
    super(message, 'prior-xlsx');
  }
}

const LIMITS = { fileBytes: 50 * 1024 * 1024, entryBytes: 100 * 1024 * 1024, totalBytes: 300 * 1024 * 1024, gridCells: 5_000_000 };

const utf8 = new TextDecoder('utf-8');

/** Inflates at most maxBytes: a part whose directory lies about its size (a zip bomb) is stopped
 * as soon as it passes that, instead of filling the pane's memory. */
async function inflate(data: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new PriorWorkbookError('上年工作簿中有部件解压后远大于它声明的大小（文件可能已损坏），未读取。');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A part's text (inflated if need be; sizes checked against the limits). */
export async function entryText(bytes: Uint8Array, e: ZipEntry): Promise<string> {
  if (e.size > LIMITS.entryBytes) throw new PriorWorkbookError('上年工作簿中有过大的工作表，无法在任务窗格中读取。');
  const raw = rawData(bytes, e);
  if (e.method === 0) return utf8.decode(raw);
  // The declared size plus a little slack: real parts inflate to exactly their declared size.
  if (e.method === 8) return utf8.decode(await inflate(raw, Math.min(LIMITS.entryBytes, e.size + 1024)));
  throw new Error(`zip method ${e.method}`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1]) : undefined;
}

/** The text of <t> runs, leaving out phonetic guides (<rPh>). */
function runText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runText(m[1] ?? ''));
}

function cellValue(type: string | undefined, inner: string, strings: readonly string[]): CellValue {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    const text = is ? runText(is[1]) : '';
    return text === '' ? null : text;
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner);
  if (!v) return null;
  const raw = unescapeXml(v[1]);
  switch (type) {
    case 's': {
      const text = strings[Number(raw)] ?? '';
      return text === '' ? null : text;
    }
    case 'str':
      return raw === '' ? null : raw;
    case 'b':
      return raw === '1';
    case 'e':
      return { error: raw };
    default: {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? n : null;
    }
  }
}

function sheetGrid(name: string, xml: string, strings: readonly string[], hidden: boolean): Grid {
  const values: PlacedValue[] = [];
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = attr(m[1], 'r');
    const at = ref ? parseA1(ref) : null;
    if (!at || !m[2]) continue;
    const value = cellValue(attr(m[1], 't'), m[2], strings);
    if (value !== null) values.push({ row: at.row, col: at.col, value });
  }
  const merges: CellRange[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const a = parseA1(m[1]);
    const b = parseA1(m[2]);
    if (a && b) merges.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return buildGrid(name, values, merges, hidden, LIMITS.gridCells);
}

/** The sheets of xl/workbook.xml in tab order, with the package path of each (from the rels). */
export function sheetParts(workbookXml: string, relsXml: string): { name: string; path: string; hidden: boolean }[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: { name: string; path: string; hidden: boolean }[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1], 'name');
    const path = targets.get(attr(m[1], 'r:id') ?? '');
    const state = attr(m[1], 'state');
    if (name && path) out.push({ name, path, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return out;
}

/** An .xlsx as Grids, one per worksheet in tab order. Anything unreadable is one Chinese message. */
export async function readPriorWorkbook(data: ArrayBuffer, fileName: string): Promise<Grid[]> {
  if (isOldWorkbookName(fileName)) throw new PriorWorkbookError(OLD_WORKBOOK_MESSAGE);
  if (data.byteLength === 0) throw new PriorWorkbookError('文件是空的。');
  if (data.byteLength > LIMITS.fileBytes) throw new PriorWorkbookError('文件超过 50 MB，无法在任务窗格中读取，请使用命令行 generate --prior。');
  const bytes = new Uint8Array(data);
  if (!isZip(bytes)) {
    throw new PriorWorkbookError('文件不是有效的 .xlsx（可能已加密或损坏），请在 Excel 中另存为 .xlsx 后再试。');
  }
  if (typeof DecompressionStream === 'undefined') throw new PriorWorkbookError('此版本的 Office 不支持在任务窗格中读取工作簿，请手工填写上年数据。');
  try {
    const entries = listEntries(bytes);
    if (entries.reduce((n, e) => n + e.size, 0) > LIMITS.totalBytes) throw new PriorWorkbookError('上年工作簿解压后过大，无法在任务窗格中读取。');
    const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
    const text = async (name: string) => {
      const e = byName.get(name);
      return e ? entryText(bytes, e) : undefined;
    };
    const workbook = await text('xl/workbook.xml');
    if (!workbook) {
      throw new PriorWorkbookError(byName.has('word/document.xml') ? '这是 Word 文件，请选择上年的决算工作簿（.xlsx）。' : '文件不是 Excel 工作簿（.xlsx）。');
    }
    const strings = sharedStrings(await text('xl/sharedStrings.xml'));
    const grids: Grid[] = [];
    for (const sheet of sheetParts(workbook, (await text('xl/_rels/workbook.xml.rels')) ?? '')) {
      const xml = await text(sheet.path);
      if (!xml) continue; // chart sheets and dialog sheets have no cells
      grids.push(sheetGrid(sheet.name, xml, strings, sheet.hidden));
    }
    if (grids.length === 0) throw new PriorWorkbookError('上年工作簿中没有工作表。');
    return grids;
  } catch (e) {
    if (e instanceof PriorWorkbookError) throw e;
    throw new PriorWorkbookError('无法读取这个工作簿（可能已损坏或加密），请在 Excel 中另存为 .xlsx 后再试，或手工填写上年数据。');
  }
}
