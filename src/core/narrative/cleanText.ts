import { asciiDigitCode } from '../numerals';

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

// Character codes the scanner compares against (one place, so the loop stays on integers).
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const BRACKET = 0x5b; // '['
const IDEO_SPACE = 0x3000; // full-width space
const FULL_STOP = 0xff0e; // '．'
const FULL_PERCENT = 0xff05; // '％'
const WAN = 0x4e07; // '万'
const YUAN = 0x5143; // '元'

const PLACEHOLDER_PREFIXES = ['[bookmark:', '[image:'];
const TERMINATORS = '。；：！？:;!?）)';
/** Lines starting like this are headings, items or captions: never glued to the line above. */
const LINE_START_MARKER = /^[\s\u3000]*(第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[（(]?图\d|其中|截至|20\d\d年)/;
const MIN_WRAPPED_LINE = 20;
/** An item (1. / 2、) long enough to be a wrapped sentence rather than a title. */
const ITEM_START = /^[\s\u3000]*\d{1,2}[、.．](?!\d)/;
const NEVER_CLOSES = '（(“‘《';
const NEVER_OPENS = '；，。、）：%,;:)”’》';
/** A line ending like this stops mid-clause: the next line continues it even when it opens with 其中 or a year. */
/** A line that ends inside a 功能分类 path: a level marker written, the path's colon not yet. */
const OPEN_PATH = /[（(][类款][）)][^:：，,。；;（(]*$/;
/** A line that starts with the rest of a path's name, closed by a level marker: 恤（项）：, 抚恤（款）. */
const CLOSES_PATH_NAME = /^[\s\u3000]*[\u4e00-\u9fff]{1,20}[（(][款项][）)]/;
const UNFINISHED_BEFORE_WRAP = /[\u4e00-\u9fff\d，、%]/;
/** Longest run handed to String.fromCharCode at once (argument count limit). */
const DECODE_CHUNK = 8192;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === IDEO_SPACE;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isCjkCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The cleaned code of one original code: full-width digits, ．and ％ become ASCII; -1 drops it (a lone CR). */
function normaliseCode(code: number): number {
  const digit = asciiDigitCode(code);
  if (digit !== code) return digit;
  if (code === FULL_STOP) return 0x2e;
  if (code === FULL_PERCENT) return 0x25;
  if (code === CR) return -1;
  return code;
}

function normaliseChar(c: string): string {
  const code = normaliseCode(c.charCodeAt(0));
  return code < 0 ? '' : code === c.charCodeAt(0) ? c : String.fromCharCode(code);
}

function decode(codes: Uint16Array, start: number, end: number): string {
  if (end - start <= DECODE_CHUNK) return String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
  const parts: string[] = [];
  for (let s = start; s < end; s += DECODE_CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(s, Math.min(end, s + DECODE_CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Index just past a placeholder starting at `i`, or -1 when none starts there (or it does not close on its line). */
function placeholderEnd(original: string, i: number): number {
  if (!(original.startsWith(PLACEHOLDER_PREFIXES[0], i) || original.startsWith(PLACEHOLDER_PREFIXES[1], i))) return -1;
  const close = original.indexOf(']', i);
  if (close < 0) return -1;
  const eol = original.indexOf('\n', i);
  return eol < 0 || close < eol ? close + 1 : -1;
}

/*
 * One pass over char codes into two preallocated typed arrays (cleaned codes and their origin):
 * no string or array allocation per character, and every value the loop touches is a small
 * integer, so V8 keeps it optimised. The cleaned text can only be shorter than the original.
 */
export function cleanText(original: string): CleanText {
  const n = original.length;
  const codes = new Uint16Array(n);
  const origin = new Int32Array(n);
  let len = 0;
  let lineStart = 0; // index in `codes` where the current cleaned line starts
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (code === BRACKET) {
      const end = placeholderEnd(original, i);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    if (code === LF || (code === CR && original.charCodeAt(i + 1) === LF)) {
      const nl = code === CR ? i + 1 : i;
      if (shouldJoin(codes, len, lineStart, original, nl + 1)) {
        // Skip the break and the next line's indentation.
        i = nl + 1;
        while (i < n && isBlank(original.charCodeAt(i))) i++;
        continue;
      }
      codes[len] = LF;
      origin[len++] = nl;
      lineStart = len;
      i = nl + 1;
      continue;
    }
    // Most characters are kept as they are; only the full-width block and CR are looked at.
    const m = code < 0xff00 && code !== CR ? code : normaliseCode(code);
    if (m >= 0) {
      codes[len] = m;
      origin[len++] = i;
    }
    i++;
  }
  fullWidthPunctuation(codes, len);
  simplifiedForms(codes, len);
  return { text: decode(codes, 0, len), origin: origin.slice(0, len), original };
}

/**
 * Traditional characters of the words a 说明 is made of, each with its simplified form (pairs,
 * traditional first): a mirror page in 繁体 (收、支總計均為…萬元) reads like the original. Only
 * characters that have no other use in simplified text; one for one, so offsets stay put.
 */
const TRADITIONAL_PAIRS = '並并佔占個个備备傳传債债價价億亿儲储劃划動动務务勞劳區区協协參参員员單单國国圖图團团報报場场學学實实審审專专對对層层師师帳账幣币廠厂廣广廳厅後后從从徵征慶庆應应戶户撥拨撫抚據据數数於于書书會会東东條条業业標标機机檔档檢检權权歲岁殘残氣气決决況况減减準准漢汉災灾為为營营爲为環环產产療疗發发監监眾众碼码礦矿稅税稱称節节範范籌筹糧粮紀纪約约級级細细組组結结絡络統统經经維维網网緊紧線线縣县總总織织職职與与舊旧華华萬万藥药蘇苏處处號号衛卫衞卫補补裝装覽览觀观計计記记設设詳详誌志認认誤误說说調调證证識识議议護护讓让財财貴贵買买貸贷費费貼贴資资賣卖賬账購购車车較较輛辆轉转辦办辭辞農农這这週周運运還还邊边鄉乡醫医銷销錯错鎮镇長长門门開开間间關关陽阳隊队際际險险雜杂離离雲云電电頁页項项預预頭头題题額额類类顯显飾饰養养餘余驗验體体點点黨党齊齐齡龄';
const SIMPLIFIED = new Map<number, number>();
for (let k = 0; k + 1 < TRADITIONAL_PAIRS.length; k += 2) SIMPLIFIED.set(TRADITIONAL_PAIRS.charCodeAt(k), TRADITIONAL_PAIRS.charCodeAt(k + 1));

/** Traditional characters read as their simplified forms (TRADITIONAL_PAIRS). */
export function simplifiedForms(codes: Uint16Array, len: number): void {
  for (let k = 0; k < len; k++) {
    const c = codes[k];
    if (c < 0x4e00) continue;
    const s = SIMPLIFIED.get(c);
    if (s !== undefined) codes[k] = s;
  }
}

/** Simplified → traditional, for tests that build a 繁体 mirror of a text. */
export const TRADITIONAL_OF: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, k) => [TRADITIONAL_PAIRS[2 * k + 1], TRADITIONAL_PAIRS[2 * k]] as [string, string]),
);

const ASCII_TO_FULL: Readonly<Record<number, number>> = {
  0x2c: 0xff0c, // , → ，
  0x3b: 0xff1b, // ; → ；
  0x3a: 0xff1a, // : → ：
  0x28: 0xff08, // ( → （
  0x29: 0xff09, // ) → ）
  0x3f: 0xff1f, // ? → ？
  0x21: 0xff01, // ! → ！
};
const PERIOD = 0x2e;
const IDEO_FULL_STOP = 0x3002; // 。

/**
 * Pages normalised to ASCII punctuation ("均为486.37万元.其中:因公出国(境)费…") read like the
 * full-width text the scanners expect, one character for one so the offset map is untouched:
 * , ; : ( ) ? ! become ，；：（）？！ except inside a number (1,126.5 and 10:30 stay), and a
 * period becomes 。 where it is not a decimal point or an item number (1.一般… stays).
 */
/** A comma at k separates thousands: three digits follow (then no digit), and the digits before
 * it are not the decimals of a number ("1846.73,1839.05" is a list, "1,846.73" is one figure). */
function thousands(codes: Uint16Array, len: number, k: number): boolean {
  if (k + 3 >= len || !isDigitCode(codes[k + 1]) || !isDigitCode(codes[k + 2]) || !isDigitCode(codes[k + 3])) return false;
  if (k + 4 < len && isDigitCode(codes[k + 4])) return false;
  let j = k - 1;
  while (j >= 0 && isDigitCode(codes[j])) j--;
  return !(j >= 0 && codes[j] === PERIOD);
}

export function fullWidthPunctuation(codes: Uint16Array, len: number): void {
  for (let k = 0; k < len; k++) {
    const c = codes[k];
    if (c > 0x3f || (c !== PERIOD && ASCII_TO_FULL[c] === undefined)) continue;
    const digitBefore = k > 0 && isDigitCode(codes[k - 1]);
    const digitAfter = k + 1 < len && isDigitCode(codes[k + 1]);
    if (c === PERIOD) {
      if (!digitBefore && !digitAfter) codes[k] = IDEO_FULL_STOP;
    } else if (!(c === 0x2c ? digitBefore && digitAfter && thousands(codes, len, k) : c === 0x3a && digitBefore && digitAfter)) {
      codes[k] = ASCII_TO_FULL[c];
    }
  }
}

/** Decides whether the line break before original[next] is a soft wrap (codes[0..len) is the cleaned text so far). */
function shouldJoin(codes: Uint16Array, len: number, lineStart: number, original: string, next: number): boolean {
  let k = len - 1;
  while (k >= lineStart && isBlank(codes[k])) k--;
  if (k < lineStart) return false;
  const prev = codes[k];
  let j = next;
  while (j < original.length && isBlank(original.charCodeAt(j))) j++;
  if (j >= original.length) return false;
  const nextCode = normaliseCode(original.charCodeAt(j));
  if (nextCode < 0 || nextCode === LF) return false;
  const prevIsDigit = isDigitCode(prev);
  const nextIsDigit = isDigitCode(nextCode);
  // A number split across lines: "1889.\n05", "18\n89.05" (but not "…90\n1.一般…").
  // "1,\n486.32": a thousands separator at the end of the line splits the number too.
  const splitSeparator = prev === 0x2c && k > lineStart && isDigitCode(codes[k - 1]) && nextIsDigit;
  if (splitSeparator) return true;
  // A period after a non-digit ends a sentence (ASCII text: "…100%.\n2.社会保障…"), it splits no number.
  const periodEnds = prev === 0x2e && !(k > lineStart && isDigitCode(codes[k - 1]));
  if (periodEnds) return false;
  if ((prevIsDigit || prev === 0x2e) && (nextIsDigit || nextCode === 0x2e)) {
    if (prev !== 0x2e && nextCode !== 0x2e && /^\d{1,2}[、.．](?!\d)/.test(lineAt(original, j))) return false;
    return true;
  }
  if (prev === WAN && nextCode === YUAN) return true;
  // No paragraph opens with 「；，。、）：%」: a break before one is a wrap, however short the line.
  if (NEVER_OPENS.includes(String.fromCharCode(nextCode)) && prev !== 0x3002) return true;
  // Nor does one end on an opening bracket or quote.
  if (NEVER_CLOSES.includes(String.fromCharCode(prev))) return true;
  // A sentence wrapped by a PDF: a long line that does not end a sentence, followed by text
  // that does not start a heading, an item or a caption.
  const prevChar = String.fromCharCode(prev);
  if (TERMINATORS.includes(prevChar)) return false;
  if (!(isCjkCode(prev) || prevIsDigit || prevChar === '，' || prevChar === '、' || prevChar === '%')) return false;
  // A 功能分类 path broken inside a name (死亡抚⏎恤（项）：): its line opened a level (（类）, （款）) and
  // the next line closes the name with the next level's marker. Short or numbered, it is no heading.
  if (isCjkCode(prev) && isCjkCode(nextCode) && OPEN_PATH.test(decode(codes, lineStart, k + 1)) && CLOSES_PATH_NAME.test(lineAt(original, j))) return true;
  if (k + 1 - lineStart < MIN_WRAPPED_LINE) return false;
  if (!(isCjkCode(nextCode) || nextIsDigit || '，、%“'.includes(String.fromCharCode(nextCode)))) return false;
  // A heading (marker, no clause inside) is never glued to the next line; a sentence that opens
  // with a marker ("2023年度本年收入合计…，其中：") is, like any wrapped sentence.
  const line = decode(codes, lineStart, k + 1);
  if (LINE_START_MARKER.test(line.slice(0, 40)) && !/[，,；;。]/.test(line) && !(ITEM_START.test(line) && line.length > 24)) return false;
  // The next line opens a heading, an item or a caption: a new paragraph. (其中, 截至, 2023年 open
  // paragraphs too, but after an unfinished clause a PDF wrap is the likelier reading.)
  const following = lineAt(original, j);
  if (!LINE_START_MARKER.test(following)) return true;
  return /^[\s\u3000]*(其中|截至|20\d\d年)/.test(following) && UNFINISHED_BEFORE_WRAP.test(String.fromCharCode(prev));
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
