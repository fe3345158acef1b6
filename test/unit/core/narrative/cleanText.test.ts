import { CleanText, cleanText, fullWidthPunctuation, simplifiedForms, toOriginal } from '../../../../src/core/narrative/cleanText';
import { seeded } from '../../../robustness/random';
import { BAZHOU_2023, SHENPI_2022, ZUZHIBU_2023 } from './samples';

/*
 * cleanText was rewritten for speed (typed arrays instead of a string per character). Its output
 * and offset map are a public contract (every span points into the user's text), so the rewrite
 * must give exactly what the first version gave. `cleanTextBefore` below is that first version,
 * frozen verbatim; every input here is compared against it, and a few tricky ones also against
 * written-out expectations.
 */

// ---- frozen copy of the previous implementation (do not edit) ----
const PLACEHOLDER_PREFIXES = ['[bookmark:', '[image:'];
const TERMINATORS = '。；：！？:;!?）)';
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
function cleanTextBefore(original: string): CleanText {
  const out: string[] = [];
  const origin: number[] = [];
  const n = original.length;
  let lineStartOut = 0;
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
    const m = code < 0xff00 && code !== 13 ? c : normaliseChar(c);
    if (m) {
      out.push(m);
      origin.push(i);
    }
    i++;
  }
  // Added on purpose after the freeze: ASCII punctuation read as full-width (1:1, offsets unchanged).
  const joined = out.join('');
  const codes = new Uint16Array(joined.length);
  for (let k = 0; k < joined.length; k++) codes[k] = joined.charCodeAt(k);
  fullWidthPunctuation(codes, codes.length);
  simplifiedForms(codes, codes.length);
  return { text: Array.from(codes, (c) => String.fromCharCode(c)).join(''), origin: Int32Array.from(origin), original };
}
function shouldJoin(out: readonly string[], lineStartOut: number, original: string, next: number): boolean {
  let k = out.length - 1;
  while (k >= lineStartOut && (out[k] === ' ' || out[k] === '\t' || out[k] === '\u3000')) k--;
  if (k < lineStartOut) return false;
  const prev = out[k];
  let j = next;
  while (j < original.length && (original[j] === ' ' || original[j] === '\t' || original[j] === '\u3000')) j++;
  const nextChar = normaliseChar(original[j] ?? '');
  if (!nextChar || nextChar === '\n') return false;
  // Changed on purpose with the implementation: "1,\n486.32" is one number.
  if (prev === ',' && k > lineStartOut && isDigit(out[k - 1]) && isDigit(nextChar)) return true;
  // Changed on purpose with the implementation: a period after a non-digit ends a sentence.
  if (prev === '.' && !(k > lineStartOut && isDigit(out[k - 1]))) return false;
  if ((isDigit(prev) || prev === '.') && (isDigit(nextChar) || nextChar === '.')) {
    if (prev !== '.' && nextChar !== '.' && /^\d{1,2}[、.．](?!\d)/.test(lineAt(original, j))) return false;
    return true;
  }
  if (prev === '万' && nextChar === '元') return true;
  // Changed on purpose with the implementation: a break before 「；，。、）：%」 is a wrap.
  if ('；，。、）：%,;:)”’》'.includes(nextChar) && prev !== '。') return true;
  if ('（(“‘《'.includes(prev)) return true;
  if (TERMINATORS.includes(prev)) return false;
  if (!(isCjk(prev) || isDigit(prev) || prev === '，' || prev === '、' || prev === '%')) return false;
  // Changed on purpose with the implementation: a 功能分类 path broken inside a name (死亡抚⏎恤（项）) is joined.
  if (isCjk(prev) && isCjk(nextChar) && /[（(][类款][）)][^:：，,。；;（(]*$/.test(out.slice(lineStartOut, k + 1).join('')) && /^[\s\u3000]*[\u4e00-\u9fff]{1,20}[（(][款项][）)]/.test(lineAt(original, j))) return true;
  if (k + 1 - lineStartOut < MIN_WRAPPED_LINE) return false;
  if (!(isCjk(nextChar) || isDigit(nextChar) || '，、%“'.includes(nextChar))) return false;
  // Changed on purpose with the implementation: only a heading-like line (marker, no clause) stays unjoined.
  const lineText = out.slice(lineStartOut, k + 1).join('');
  if (LINE_START_MARKER.test(lineText.slice(0, 40)) && !/[，,；;。]/.test(lineText) && !(/^[\s\u3000]*\d{1,2}[、.．](?!\d)/.test(lineText) && lineText.length > 24)) return false;
  // Changed on purpose with the implementation: after an unfinished clause 其中/截至/2023年 continue it.
  const following = lineAt(original, j);
  if (!LINE_START_MARKER.test(following)) return true;
  return /^[\s\u3000]*(其中|截至|20\d\d年)/.test(following) && /[\u4e00-\u9fff\d，、%]/.test(prev);
}
function lineAt(s: string, from: number): string {
  const e = s.indexOf('\n', from);
  return normaliseLine(s.slice(from, e < 0 ? Math.min(s.length, from + 40) : Math.min(e, from + 40)));
}
function normaliseLine(s: string): string {
  return /[０-９．]/.test(s) ? Array.from(s, normaliseChar).join('') : s;
}
// ---- end of the frozen copy ----

function expectSameAsBefore(input: string): void {
  const got = cleanText(input);
  const want = cleanTextBefore(input);
  expect(got.original).toBe(input);
  expect(got.origin).toBeInstanceOf(Int32Array);
  expect(got.text).toBe(want.text);
  expect(got.origin.length).toBe(want.origin.length);
  // Compare the maps as plain arrays: the first difference is then printed by index.
  expect(Array.from(got.origin)).toEqual(Array.from(want.origin));
}

/** Seeded generator (mulberry32) so a failure names an input that can be reproduced. */
const random = (seed: number): (() => number) => seeded(seed).next;

const SAMPLES = { BAZHOU_2023, ZUZHIBU_2023, SHENPI_2022 };

/** Re-wraps a text as a PDF copy would: hard breaks every `width` characters, some indented. */
function pdfWrap(text: string, width: number, rnd: () => number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (let s = 0; s < line.length; s += width) {
      out.push((s > 0 && rnd() < 0.3 ? '　　' : '') + line.slice(s, s + width) + (rnd() < 0.2 ? ' ' : ''));
    }
    if (line.length === 0) out.push('');
  }
  return out.join('\n');
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9.%]/g, (c) => (c === '.' ? '．' : c === '%' ? '％' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

describe('cleanText: written-out expectations', () => {
  const cases: Array<[string, string, number[]]> = [
    ['[bookmark: _Toc1]一、收入', '一、收入', [17, 18, 19, 20]],
    ['[image: 微信截图_1]\n（图2：收入决算结构图）', '\n（图2：收入决算结构图）', [15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]],
    ['总计均为1889.\n05万元。', '总计均为1889.05万元。', [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14]],
    ['支出决算为9\n60.77万元', '支出决算为960.77万元', [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13]],
    ['合计１８．０５万元，占１００％', '合计18.05万元，占100%', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]],
    ['第一行\r\n第二行\r', '第一行\n第二行', [0, 1, 2, 4, 5, 6, 7]],
    ['共计支出1.38万\n元。', '共计支出1.38万元。', [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11]],
    // A bookmark is only removed when it closes on its own line.
    ['[bookmark: _Toc1\n]x', '[bookmark： _Toc1\n]x', Array.from({ length: 19 }, (_, i) => i)],
  ];
  it.each(cases)('%j', (input, text, origin) => {
    const clean = cleanText(input);
    expect(clean.text).toBe(text);
    expect(Array.from(clean.origin)).toEqual(origin);
    expectSameAsBefore(input);
  });

  it('glues a PDF-wrapped sentence, dropping the indentation but not a heading or caption', () => {
    const head = '一般公共预算财政拨款支出决算总体情况说明如下，本年支出';
    expect(cleanText(`${head}\n　　合计912.26万元`).text).toBe(`${head}合计912.26万元`);
    expect(cleanText(`${head}\n（图1：收入决算结构图）`).text).toBe(`${head}\n（图1：收入决算结构图）`);
    expect(cleanText(`${head}\n2.公务接待费`).text).toBe(`${head}\n2.公务接待费`);
    const clean = cleanText(`${head}\n　　合计912.26万元`);
    expect(toOriginal(clean, head.length, head.length + 2)).toEqual({ start: head.length + 3, end: head.length + 5 });
  });

  it('handles empty and whitespace-only input', () => {
    for (const input of ['', '\n', '\r\n', '\r', '   ', '　\n　', '[', '[bookmark:', '[image:]']) expectSameAsBefore(input);
    expect(cleanText('').origin.length).toBe(0);
  });
});

describe('cleanText: same text and offset map as the previous implementation', () => {
  it.each(Object.entries(SAMPLES))('%s as published', (_name, text) => expectSameAsBefore(text));

  it.each(Object.entries(SAMPLES))('%s with CRLF line ends', (_name, text) => expectSameAsBefore(text.replace(/\n/g, '\r\n')));

  it.each(Object.entries(SAMPLES))('%s with full-width digits', (_name, text) => expectSameAsBefore(toFullWidth(text)));

  it.each(Object.entries(SAMPLES))('%s re-wrapped as a PDF copy', (_name, text) => {
    const rnd = random(text.length);
    for (const width of [7, 13, 20, 21, 33, 41]) {
      const wrapped = pdfWrap(text, width, rnd);
      expectSameAsBefore(wrapped);
      expectSameAsBefore(wrapped.replace(/\n/g, '\r\n'));
      expectSameAsBefore(toFullWidth(wrapped));
    }
  });

  it('random texts built from pieces of the samples and tricky fragments', () => {
    const lines = Object.values(SAMPLES).flatMap((t) => t.split('\n'));
    const fragments = [
      '\n', '\r\n', '\r', '\n\n', ' ', '\t', '　', '　　', '[bookmark: _Toc15377205]', '[image: 微信截图_2024]', '[bookmark: _Toc',
      '[image:', ']', '[', '1889.', '05', '18', '89.05', '．', '％', '１８８９．０５', '万', '元', '万元', '。', '，', '、', '%', '“',
      '1.', '2、', '10.', '一、', '（一）', '(2)', '（图1：收入决算结构图）', '图3', '其中：', '截至2023年12月31日', '2023年',
      '第二部分', '第3部分', '一般公共预算财政拨款支出决算总体情况说明', '主要用于以下方面', 'abc', '😀', '\ud800', '０', '９', '\uff0e\n',
    ];
    const rnd = random(20261126);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    for (let t = 0; t < 1500; t++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(rnd() * 40);
      for (let p = 0; p < count; p++) {
        const r = rnd();
        if (r < 0.25) {
          // A piece of a real line, cut anywhere (splits numbers, units and sentences).
          const line = pick(lines);
          const a = Math.floor(rnd() * (line.length + 1));
          parts.push(line.slice(a, a + 1 + Math.floor(rnd() * 60)));
        } else if (r < 0.35) {
          parts.push(pick(lines));
        } else {
          parts.push(pick(fragments));
        }
      }
      const input = parts.join('');
      const got = cleanText(input);
      const want = cleanTextBefore(input);
      if (got.text !== want.text || Array.from(got.origin).join() !== Array.from(want.origin).join()) {
        // Let jest print the input with the difference.
        expect({ input, text: got.text, origin: Array.from(got.origin) }).toEqual({ input, text: want.text, origin: Array.from(want.origin) });
      }
    }
  });

  it('the bench text (samples repeated to 50,000 characters)', () => {
    const sources = Object.values(SAMPLES);
    let text = '';
    for (let i = 0; text.length < 50_000; i++) text += sources[i % 3] + '\n';
    expectSameAsBefore(text);
  });
});
