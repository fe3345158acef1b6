import { Severity, SEVERITIES } from '../core/findings/types';
import { HostError } from '../excel/errors';
import { HIGHLIGHT_COLORS } from '../excel/highlight';
import { isMarkerFormula, markerFormula } from '../excel/highlightRecord';
import { areaAddress } from '../fakehost/address';
import type { FakeWorkbook } from '../fakehost/model';
import { inflateStream } from '../xlsx/inflateStream';
import { openWorkbookPackage } from '../xlsx/read';
import { rawData } from '../zip/directory';
import { storedPart, writeZip, ZipPart } from '../zip/write';

/** One coloured group: the sheet, the severity and its areas ("C7", "E7:F7"). */
export interface CopyMark {
  readonly sheet: string;
  readonly severity: Severity;
  readonly areas: readonly string[];
}

/** Our formats in the page's workbook (what 一键校验 added), found by their marker as 清除标注 does. */
export function marksOfWorkbook(workbook: FakeWorkbook): CopyMark[] {
  const out: CopyMark[] = [];
  for (const sheet of workbook.sheets) {
    for (const cf of sheet.conditionalFormats) {
      if (cf.type !== 'Custom' || !isMarkerFormula(cf.formula)) continue;
      const severity = (/jsjy-highlight:(error|warning|info)/.exec(cf.formula ?? '')?.[1] ?? 'error') as Severity;
      out.push({ sheet: sheet.name, severity, areas: cf.areas.map(areaAddress) });
    }
  }
  return out;
}


/** Elements that follow <conditionalFormatting> in a worksheet (ECMA-376 order). */
const AFTER_CF = ['dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
/** Elements that follow <dxfs> in styles.xml. */
const AFTER_DXFS = ['tableStyles', 'colors', 'extLst'];

function insertBefore(xml: string, followers: readonly string[], closing: string, insert: string): string {
  let at = -1;
  for (const name of followers) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`no ${closing}`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

/** Adds one fill dxf per severity; returns the new styles and each severity's dxfId. */
function addDxfs(styles: string): { xml: string; ids: Record<Severity, number> } {
  const dxf = (s: Severity) => `<dxf><fill><patternFill patternType="solid"><bgColor rgb="FF${HIGHLIGHT_COLORS[s].slice(1)}"/></patternFill></fill></dxf>`;
  const added = SEVERITIES.map(dxf).join('');
  const open = /<dxfs\b([^>]*?)(\/?)>/.exec(styles);
  if (!open) {
    return { xml: insertBefore(styles, AFTER_DXFS, '</styleSheet>', `<dxfs count="3">${added}</dxfs>`), ids: { error: 0, warning: 1, info: 2 } };
  }
  const existing = Number(/count="(\d+)"/.exec(open[1])?.[1] ?? (open[2] ? 0 : (styles.slice(open.index).split('</dxfs>')[0].match(/<dxf[\s>]/g) ?? []).length));
  const ids = { error: existing, warning: existing + 1, info: existing + 2 };
  const attrs = /count="\d+"/.test(open[1]) ? open[1].replace(/count="\d+"/, `count="${existing + 3}"`) : `${open[1]} count="${existing + 3}"`;
  if (open[2]) return { xml: styles.slice(0, open.index) + `<dxfs${attrs}>${added}</dxfs>` + styles.slice(open.index + open[0].length), ids };
  const close = styles.indexOf('</dxfs>', open.index);
  return { xml: styles.slice(0, open.index) + `<dxfs${attrs}>` + styles.slice(open.index + open[0].length, close) + added + styles.slice(close), ids };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The original .xlsx with our highlights added as conditional formats (the marker rule of
 * highlightRecord.ts, so 清除标注 in Excel removes exactly them): styles.xml gets three fill dxfs,
 * each marked sheet one <conditionalFormatting> per group. Every other part is copied byte for
 * byte; the changed parts are stored uncompressed.
 */
export async function annotatedCopy(original: Uint8Array, marks: readonly CopyMark[]): Promise<Uint8Array> {
  // The same reader that read the workbook for checking: its parts within the same limits.
  const { entries, text, book } = await openWorkbookPackage(original, inflateStream);
  // By lower-case part name: the reader matches part names without regard to case (OPC), so must this.
  const changed = new Map<string, string>();
  const styles = await text('xl/styles.xml');
  if (!styles) throw new HostError('这个工作簿没有样式部分（xl/styles.xml），无法生成标注副本。请在 Excel 中打开并另存为 .xlsx 后再试。', 'no-styles');
  const { xml: newStyles, ids } = addDxfs(styles);
  changed.set('xl/styles.xml', newStyles);
  for (const sheet of book.sheets) {
    const mine = marks.filter((m) => m.sheet === sheet.name && m.areas.length > 0);
    if (mine.length === 0) continue;
    const xml = await text(sheet.path);
    if (!xml) continue;
    const priorities = [...xml.matchAll(/<cfRule\b[^>]*\bpriority="(\d+)"/g)].map((m) => Number(m[1]));
    let priority = priorities.length ? Math.max(...priorities) : 0;
    const blocks = mine
      .map((m) => {
        priority += 1;
        const formula = markerFormula(m.severity).slice(1);
        return `<conditionalFormatting sqref="${m.areas.join(' ')}"><cfRule type="expression" dxfId="${ids[m.severity]}" priority="${priority}"><formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`;
      })
      .join('');
    changed.set(sheet.path.toLowerCase(), insertBefore(xml, AFTER_CF, '</worksheet>', blocks));
  }
  const encoder = new TextEncoder();
  const parts: ZipPart[] = entries.map((e) => {
    const name = e.name.replace(/^\//, '');
    const replaced = changed.get(name.toLowerCase());
    if (replaced !== undefined) return storedPart(e.name, encoder.encode(replaced));
    return { name: e.name, method: e.method, crc: e.crc, size: e.size, data: rawData(original, e) };
  });
  return writeZip(parts);
}
