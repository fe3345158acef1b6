/**
 * A cleaned view of the 说明 with a map back to the original string, so every span we report
 * points into the text exactly as the user gave it (JSON offsets, highlights in Word).
 *
 * Cleaning removes what a .docx→text conversion or a PDF copy leaves behind: Word bookmarks
 * `[bookmark: _Toc123]`, image placeholders `[image: …]`, CR of CRLF, and line breaks that
 * split a number ("1889.\n05", "18\n89.05"), a unit ("万\n元") or a sentence wrapped by a PDF.
 * Full-width digits, ．and ％ become ASCII so the scanners stay simple; the map is 1:1 for them.
 */
export interface CleanText {
  readonly text: string;
  /** origin[i] = index in the original string of cleaned character i. */
  readonly origin: Int32Array;
  readonly original: string;
}

const PLACEHOLDER_PREFIXES = ['[bookmark:', '[image:'];
const TERMINATORS = '。；：！？:;!?）)';
/** Lines starting like this are headings, items or captions: never glued to the line above. */
const LINE_START_MARKER = /^[\s\u3000]*(第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[（(]?图\d|其中|截至|20\d\d年)/;
const MIN_WRAPPED_LINE = 20;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isCjk(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff';
}

function normaliseChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if (c === '．') return '.';
  if (c === '％') return '%';
  if (c === '\r') return '';
  return c;
}

export function cleanText(original: string): CleanText {
  const out: string[] = [];
  const origin: number[] = [];
  const n = original.length;
  let lineStartOut = 0; // index in `out` where the current cleaned line starts
  let i = 0;
  while (i < n) {
    const c = original[i];
    if (c === '[') {
      const prefix = PLACEHOLDER_PREFIXES.find((p) => original.startsWith(p, i));
      if (prefix) {
        const close = original.indexOf(']', i);
        const eol = original.indexOf('\n', i);
        if (close >= 0 && (eol < 0 || close < eol)) {
          i = close + 1;
          continue;
        }
      }
    }
    if (c === '\n' || (c === '\r' && original[i + 1] === '\n')) {
      const nl = c === '\r' ? i + 1 : i;
      if (shouldJoin(out, lineStartOut, original, nl + 1)) {
        // Skip the break and the next line's indentation.
        i = nl + 1;
        while (i < n && (original[i] === ' ' || original[i] === '\t' || original[i] === '\u3000')) i++;
        continue;
      }
      out.push('\n');
      origin.push(nl);
      lineStartOut = out.length;
      i = nl + 1;
      continue;
    }
    const code = c.charCodeAt(0);
    // Fast path: most characters are kept as they are.
    const m = code < 0xff00 && code !== 13 ? c : normaliseChar(c);
    if (m) {
      out.push(m);
      origin.push(i);
    }
    i++;
  }
  return { text: out.join(''), origin: Int32Array.from(origin), original };
}

/** Decides whether the line break before original[next] is a soft wrap. */
function shouldJoin(out: readonly string[], lineStartOut: number, original: string, next: number): boolean {
  let k = out.length - 1;
  while (k >= lineStartOut && (out[k] === ' ' || out[k] === '\t' || out[k] === '\u3000')) k--;
  if (k < lineStartOut) return false;
  const prev = out[k];
  let j = next;
  while (j < original.length && (original[j] === ' ' || original[j] === '\t' || original[j] === '\u3000')) j++;
  const nextChar = normaliseChar(original[j] ?? '');
  if (!nextChar || nextChar === '\n') return false;
  // A number split across lines: "1889.\n05", "18\n89.05" (but not "…90\n1.一般…").
  if ((isDigit(prev) || prev === '.') && (isDigit(nextChar) || nextChar === '.')) {
    if (prev !== '.' && nextChar !== '.' && /^\d{1,2}[、.．](?!\d)/.test(lineAt(original, j))) return false;
    return true;
  }
  if (prev === '万' && nextChar === '元') return true;
  // A sentence wrapped by a PDF: a long line that does not end a sentence, followed by text
  // that does not start a heading, an item or a caption.
  if (TERMINATORS.includes(prev)) return false;
  if (!(isCjk(prev) || isDigit(prev) || prev === '，' || prev === '、' || prev === '%')) return false;
  if (k + 1 - lineStartOut < MIN_WRAPPED_LINE) return false;
  if (!(isCjk(nextChar) || isDigit(nextChar) || '，、%“'.includes(nextChar))) return false;
  const lineText = out.slice(lineStartOut, Math.min(k + 1, lineStartOut + 40)).join('');
  if (LINE_START_MARKER.test(lineText)) return false;
  return !LINE_START_MARKER.test(lineAt(original, j));
}

function lineAt(s: string, from: number): string {
  const e = s.indexOf('\n', from);
  return normaliseLine(s.slice(from, e < 0 ? Math.min(s.length, from + 40) : Math.min(e, from + 40)));
}

function normaliseLine(s: string): string {
  return /[０-９．]/.test(s) ? Array.from(s, normaliseChar).join('') : s;
}

/** Maps a [start, end) range of the cleaned text to the original string. */
export function toOriginal(clean: CleanText, start: number, end: number): { start: number; end: number } {
  if (clean.origin.length === 0) return { start: 0, end: 0 };
  const s = clean.origin[Math.min(start, clean.origin.length - 1)];
  const e = end > start ? clean.origin[Math.min(end, clean.origin.length) - 1] + 1 : s;
  return { start: s, end: e };
}
