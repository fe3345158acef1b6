/**
 * A small, strict XML scanner for the parts of an .xlsx we read (workbook, relationships, shared
 * strings, styles, worksheets). One pass with indexOf and char codes, no recursion (deep nesting
 * costs an array entry, not a stack frame), no DTD (a DOCTYPE is refused, so entity expansion
 * bombs never expand). Well-formedness that matters is checked: tags balance, attributes are
 * quoted, entities are known, one root element. Anything else throws XmlError, which the reader
 * turns into its "unreadable" message.
 */
export class XmlError extends Error {}

export interface XmlVisitor {
  /** An element starts; `attrs` is its raw attribute text (read it with forEachAttr / attr). */
  open(name: string, attrs: string): void;
  close(name: string): void;
  /** Character data, entities decoded; called only while `wantText` is true. */
  text(s: string): void;
  wantText: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five named entities and character references; anything else is malformed. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&<]{0,10});|&/g, (m, e: string | undefined) => {
    if (e === undefined) throw new XmlError('bare &');
    const named = ENTITIES[e];
    if (named !== undefined) return named;
    let code = NaN;
    if (/^#x[0-9a-fA-F]{1,6}$/.test(e)) code = parseInt(e.slice(2), 16);
    else if (/^#[0-9]{1,7}$/.test(e)) code = parseInt(e.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff)) throw new XmlError(`unknown entity ${m}`);
    return String.fromCodePoint(code);
  });
}

/**
 * OOXML's escape for characters XML cannot carry (ST_Xstring, ECMA-376 Part 1 §22.9.2.19): Excel
 * writes a carriage return as _x000D_ and a literal "_x" as _x005F_x. Cell text (<t>, <v>) is
 * decoded, as Excel shows it and as Office.js reports it.
 */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46 || c >= 0x80;
}

/** The name without its namespace prefix (x:c → c). */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Calls back for each name="value" of a start tag's attribute text (prefixes kept: r:id). */
export function forEachAttr(attrs: string, each: (name: string, value: string) => void): void {
  const n = attrs.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (i >= n) return;
    const start = i;
    while (i < n && isNameChar(attrs.charCodeAt(i))) i++;
    if (i === start) throw new XmlError('bad attribute');
    const name = attrs.slice(start, i);
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (attrs.charCodeAt(i) !== 61) throw new XmlError('attribute without value');
    i++;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const q = attrs.charCodeAt(i);
    if (q !== 34 && q !== 39) throw new XmlError('unquoted attribute');
    const end = attrs.indexOf(q === 34 ? '"' : "'", i + 1);
    if (end < 0) throw new XmlError('unterminated attribute');
    each(name, decodeEntities(attrs.slice(i + 1, end)));
    i = end + 1;
    if (i < n && !isSpace(attrs.charCodeAt(i))) throw new XmlError('attributes run together');
  }
}

/** One attribute's value by its name as written (with its prefix, e.g. "r:id"). */
export function attr(attrs: string, name: string): string | undefined {
  let out: string | undefined;
  forEachAttr(attrs, (k, v) => {
    if (k === name) out = v;
  });
  return out;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** Scans a whole document, calling the visitor in document order. Throws XmlError if malformed. */
export function scanXml(xml: string, v: XmlVisitor): void {
  const n = xml.length;
  const stack: string[] = [];
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let roots = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      if (stack.length === 0) {
        if (!isBlank(xml, i, end)) throw new XmlError('text outside the root element');
      } else if (v.wantText) {
        v.text(decodeEntities(xml.slice(i, end)));
      }
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      // </name>
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) throw new XmlError('unterminated end tag');
      let e = gt;
      while (e > lt + 2 && isSpace(xml.charCodeAt(e - 1))) e--;
      const name = xml.slice(lt + 2, e);
      if (stack.pop() !== name) throw new XmlError(`mismatched </${name.slice(0, 40)}>`);
      v.close(local(name));
      i = gt + 1;
    } else if (c === 33) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e < 0) throw new XmlError('unterminated comment');
        i = e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        if (stack.length === 0) throw new XmlError('CDATA outside the root element');
        const e = xml.indexOf(']]>', lt + 9);
        if (e < 0) throw new XmlError('unterminated CDATA');
        if (v.wantText) v.text(xml.slice(lt + 9, e));
        i = e + 3;
      } else {
        // <!DOCTYPE …> and its entities are never needed by a workbook and never expanded.
        throw new XmlError('DTD not allowed');
      }
    } else if (c === 63) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0 || stack.length > 0) throw new XmlError('bad processing instruction');
      i = e + 2;
    } else {
      let j = lt + 1;
      while (j < n && isNameChar(xml.charCodeAt(j))) j++;
      if (j === lt + 1) throw new XmlError('bad start tag');
      const name = xml.slice(lt + 1, j);
      let k = j;
      let quote = 0;
      for (; k < n; k++) {
        const ch = xml.charCodeAt(k);
        if (quote) {
          if (ch === quote) quote = 0;
          else if (ch === 60) throw new XmlError('< in an attribute value');
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
        else if (ch === 60) throw new XmlError('< in a start tag');
      }
      if (k >= n) throw new XmlError('unterminated start tag');
      const empty = xml.charCodeAt(k - 1) === 47 && k - 1 >= j;
      const attrEnd = empty ? k - 1 : k;
      if (attrEnd > j && !isSpace(xml.charCodeAt(j))) throw new XmlError('bad tag name');
      if (stack.length === 0 && roots++ > 0) throw new XmlError('more than one root element');
      const ln = local(name);
      v.open(ln, attrEnd > j ? xml.slice(j, attrEnd) : '');
      if (empty) v.close(ln);
      else stack.push(name);
      i = k + 1;
    }
  }
  if (stack.length > 0) throw new XmlError(`unclosed <${stack[stack.length - 1].slice(0, 40)}>`);
  if (roots === 0) throw new XmlError('no root element');
}
