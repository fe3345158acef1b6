import { attr, decodeXstring, forEachAttr, scanXml, XmlVisitor } from './xml';

/*
 * The workbook-level parts: which sheets there are (tab order, names, hidden, their part paths),
 * the date system, the shared strings and which cell styles are dates.
 */

export interface SheetPart {
  readonly name: string;
  readonly path: string;
  readonly hidden: boolean;
}

/** A package path resolved against the folder of the part that names it ("worksheets/a.xml" from xl/workbook.xml). */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export interface Relationship {
  readonly target: string;
  readonly type: string;
  readonly external: boolean;
}

export function relationships(xml: string | undefined): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  scanXml(xml, {
    wantText: false,
    open(name, attrs) {
      if (name !== 'Relationship') return;
      let id = '';
      let target = '';
      let type = '';
      let external = false;
      forEachAttr(attrs, (k, v) => {
        if (k === 'Id') id = v;
        else if (k === 'Target') target = v;
        else if (k === 'Type') type = v;
        else if (k === 'TargetMode') external = v === 'External';
      });
      if (id && target) out.set(id, { target, type, external });
    },
    close() {},
    text() {},
  });
  return out;
}

/** The workbook part's path from the package relationships (xl/workbook.xml when they say nothing). */
export function workbookPath(rootRels: string | undefined, exists: (path: string) => boolean): string {
  for (const r of relationships(rootRels).values()) {
    if (/\/officeDocument$/.test(r.type) && !r.external) {
      const path = resolvePart('', r.target);
      if (exists(path)) return path;
    }
  }
  return 'xl/workbook.xml';
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
}

/** Worksheets in tab order; chart, dialog and macro sheets have no cells and are left out. */
export function workbookInfo(workbookPartPath: string, workbookXml: string, relsXml: string | undefined): WorkbookInfo {
  const rels = relationships(relsXml);
  const sheets: SheetPart[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    wantText: false,
    open(name, attrs) {
      if (name === 'workbookPr') {
        const d = attr(attrs, 'date1904');
        date1904 = d === '1' || d === 'true';
      } else if (name === 'sheet') {
        let sheetName = '';
        let state = '';
        let rid = '';
        forEachAttr(attrs, (k, v) => {
          if (k === 'name') sheetName = v;
          else if (k === 'state') state = v;
          else if (k === 'id' || k.endsWith(':id')) rid = v;
        });
        const rel = rels.get(rid);
        if (!sheetName || !rel || rel.external || /(chartsheet|dialogsheet|macrosheet)$/i.test(rel.type)) return;
        sheets.push({ name: sheetName, path: resolvePart(workbookPartPath, rel.target), hidden: state === 'hidden' || state === 'veryHidden' });
      }
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** Shared strings: each <si>'s text runs joined (each run's _xHHHH_ escapes decoded), phonetic guides (<rPh>) left out. */
export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let current: string | null = null;
  let run = '';
  let phonetic = 0;
  const v: XmlVisitor = {
    wantText: false,
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current !== null && phonetic === 0) {
        run = '';
        v.wantText = true;
      }
    },
    close(name) {
      if (name === 'si') {
        out.push(current ?? '');
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't' && v.wantText) {
        current += decodeXstring(run);
        v.wantText = false;
      }
    },
    text(s) {
      run += s;
    },
  };
  scanXml(xml, v);
  return out;
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30, and the East Asian ids). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code that shows a date or time: y m d h s outside quotes, brackets ([Red], [$-804]) and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\.|_.|\*./g, '');
  if (/^General$/i.test(bare.trim())) return false;
  return /[ymdhsYMDHS]/.test(bare.replace(/General/gi, ''));
}

/** For each cell style (index into cellXfs), whether its number format is a date. */
export function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  const xfIds: number[] = [];
  scanXml(xml, {
    wantText: false,
    open(name, attrs) {
      if (name === 'numFmt') {
        const id = Number(attr(attrs, 'numFmtId'));
        const code = attr(attrs, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfIds.push(Number(attr(attrs, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  for (const id of xfIds) {
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id));
  }
  return out;
}
