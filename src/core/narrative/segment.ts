import { parseChineseNumeral } from '../numerals';
import { comparisons, ownYears } from './years';
import { CleanText, cleanText, toOriginal } from './cleanText';
import { Item, Part, Section, Sentence, Span, Subsection } from './types';

/**
 * Splits the 说明 into parts (第二部分…), sections 一…十 (also written 1、 / 9、), subsections
 * （一）…, numbered items (1. / 1、 / （4）), paragraphs and sentences. Works on the cleaned text
 * (cleanText.ts) and reports every span in original-string offsets. One linear pass over lines.
 */
export interface Segmentation {
  readonly clean: CleanText;
  readonly parts: readonly Part[];
  readonly sections: readonly Section[];
  readonly subsections: readonly Subsection[];
  readonly items: readonly Item[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** The 说明 part (第二部分 … 情况说明, or 第三部分 in the national template), in original offsets;
   * the whole text when the text holds only the 说明. */
  readonly region: Span;
  /** The report year: the 说明 part's heading (第二部分 2023年度…说明), else the document's title
   * (2023年度部门决算情况说明, XX局2023年度“三公”经费决算), else a vote of the text (voteYear). */
  readonly year: number | null;
  /** Clean-text offsets of each sentence (parallel to `sentences`). */
  readonly sentenceClean: readonly Span[];
}

export interface Paragraph {
  /** Clean-text offsets. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'text' | 'heading' | 'caption';
  readonly section: number | null;
  readonly subsection: number | null;
  readonly item: number | null;
  readonly inRegion: boolean;
}


const PART = /^第([一二三四五六七八九十\d]+)部分\s*(.*)$/;
const SECTION = /^([一二三四五六七八九十]{1,3}|\d{1,2})、\s*(.*)$/;
const SUBSECTION = /^[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*(.*)$/;
const ITEM = /^(?:(\d{1,2})[.、](?!\d)|[（(](\d{1,2})[）)])/;
const CAPTION = /^[（(][^（()）]*?(图|结构|情况)[^。]*[）)]$/;
/** A document title among the first lines, before any part or section: short, no sentence, 决算 and a
 * year (not a date: 2025年9月16日). */
const TITLE_LINES = 3;
const TITLE_YEAR = /(20\d\d)[\s\u3000]*年(?![\s\u3000]*\d)/g;
/** A contents page's heading: 目录, 目 录. */
const CONTENTS = /^目[\s\u3000]*录$/;
/** A contents entry's dot leader and page number: ……3, ....12, ··· 5. */
const LEADER = /[.．…·⋯_\-—]{3,}[\s\u3000]*\d{1,3}$/;
/** A contents entry's title as its heading will be printed: without leader, page number, blanks. */
const entryTitle = (line: string) => line.replace(/[.．…·⋯_\-—\s\u3000]*\d{0,3}$/, '').replace(/[\s\u3000]+/g, '');

/** The 决算's year in a title: the last year before 决算 (XX局2024年部门预算及2023年决算公开: 2023),
 * else the first after it (部门决算（2023年度）). */
function titleYearOf(line: string): number | null {
  const cut = line.indexOf('决算');
  const before = [...line.slice(0, cut).matchAll(TITLE_YEAR)];
  const y = before.length ? before[before.length - 1] : line.slice(cut).matchAll(TITLE_YEAR).next().value;
  return y ? Number(y[1]) : null;
}

/** A heading has no sentence inside: short and no 。 except a final one. */
function headingLike(rest: string): boolean {
  const body = rest.replace(/[。.]$/, '');
  return body.length > 0 && body.length <= 40 && !/[。；;，,%]/.test(body) && !/\d+(\.\d+)?万元/.test(body);
}

/**
 * The report year when no title states it: each statement of an own-year figure (2024年度收、支
 * 总计) votes twice for its year and each comparison (与2023年度相比) once for the year after it
 * (not a budget's or a plan's, which speak of next year); the most votes win, the later year on a
 * tie. One slip (a 2023年度 left in a 2024 report) is outvoted by the rest of the text instead of
 * becoming the report year.
 */
function voteYear(t: string, title: number | null = null): number | null {
  const votes = new Map<number, number>();
  const vote = (y: number, weight = 1) => votes.set(y, (votes.get(y) ?? 0) + weight);
  // A statement of the year's own figures names the report year itself; a comparison only through
  // "the year before", so a statement outweighs one comparison (2023年度收、支总计…，较2023年增加: 2023).
  for (const m of ownYears(t, null)) if (m.role === 'own') vote(m.year, 2);
  // A plan's or a budget's sentence (2024年度“三公”经费预算较2023年压减5%) speaks of another year than the report's.
  for (const c of comparisons(t)) if (!c.otherBase && !c.plan) vote(c.year + 1);
  // The title states the year unless the text never states that year's figures and states another's
  // again and again (a title left from last year's template: one slip, like any other).
  if (title !== null && !(Math.max(0, ...votes.values()) >= Math.max(6, 3 * (votes.get(title) ?? 0)))) return title;
  let best: number | null = null;
  for (const [y, n] of votes) if (best === null || n > votes.get(best)! || (n === votes.get(best)! && y > best)) best = y;
  if (best !== null) return best;
  const y = /(20\d\d)年度/.exec(t);
  return y ? Number(y[1]) : null;
}

/** The trimmed [start, end) of each non-blank line: the lines every pass over the text reads. */
function lineSpans(t: string): [number, number][] {
  const out: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= t.length) {
    let lineEnd = t.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = t.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /[\s\u3000]/.test(t[s])) s++;
    while (e > s && /[\s\u3000]/.test(t[e - 1])) e--;
    if (s < e) out.push([s, e]);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The starts of the lines of a contents page: 目录 and the entries after it, up to the first line
 * that repeats an entry (the document starts, with whichever part it prints first) or is prose;
 * an entry with a dot leader and a page number wherever it stands; and part headings that follow
 * each other with nothing between (第一部分 部门概况⏎第二部分 …说明⏎第三部分 名词解释), a contents
 * page without its heading.
 */
function contentsLines(t: string, spans: readonly [number, number][]): Set<number> {
  const out = new Set<number>();
  const lines = spans.map(([s, e]) => ({ s, line: t.slice(s, e) }));
  let entries: Set<string> | null = null;
  lines.forEach(({ s, line }, k) => {
    if (CONTENTS.test(line)) {
      entries = new Set();
      out.add(s);
      return;
    }
    if (LEADER.test(line) && headingLike(line.replace(LEADER, ''))) {
      out.add(s);
      return;
    }
    if (PART.test(line) && k + 1 < lines.length && PART.test(lines[k + 1].line)) out.add(s);
    if (!entries) return;
    const title = entryTitle(line);
    const entry = title.length > 0 && headingLike(line) && (PART.test(line) || SECTION.test(line) || SUBSECTION.test(line) || /\d$/.test(line));
    if (!entry || entries.has(title)) {
      entries = null;
      return;
    }
    entries.add(title);
    out.add(s);
  });
  return out;
}

export function segment(original: string): Segmentation {
  const clean = cleanText(original);
  const t = clean.text;
  const parts: Part[] = [];
  const sections: Section[] = [];
  const subsections: Subsection[] = [];
  const items: Item[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const sentenceClean: Span[] = [];

  let regionStart = -1;
  let regionEnd = -1;
  let section: number | null = null;
  let subsection: number | null = null;
  let item: number | null = null;
  let year: number | null = null;
  let titleYear: number | null = null;
  let linesBeforeHeading = 0;
  // Open spans are closed when the next heading of the same or a higher level starts.
  let openSection: { number: number; title: string; start: number } | null = null;
  let openSub: { number: number; title: string; start: number } | null = null;
  let openItem: { number: number; start: number } | null = null;
  let openPart: { number: number; title: string; start: number } | null = null;
  // A contents page lists the headings the document will have (contentsLines): its lines are no
  // headings of the 说明, else its 第二部分 line would open the 说明 and its 第三部分 line close it
  // before a word of it is read.
  const spans = lineSpans(t);
  const contents = contentsLines(t, spans);
  // Text paragraphs read in the 说明 region opened so far: a region that closes with none was a
  // contents line after all (a contents page with no 目录 heading), and a later heading opens it again.
  let regionText = 0;
  let regionFirstParagraph = 0;

  const orig = (s: number, e: number) => toOriginal(clean, s, e);
  const closeItem = (end: number) => {
    if (openItem) items.push({ number: openItem.number, ...orig(openItem.start, end) });
    openItem = null;
    item = null;
  };
  const closeSub = (end: number) => {
    closeItem(end);
    if (openSub && section !== null) subsections.push({ section, number: openSub.number, title: openSub.title, ...orig(openSub.start, end) });
    openSub = null;
    subsection = null;
  };
  const closeSection = (end: number) => {
    closeSub(end);
    if (openSection) sections.push({ number: openSection.number, title: openSection.title, ...orig(openSection.start, end) });
    openSection = null;
    section = null;
  };

  // The 说明 region is known before the pass, so paragraphs of 第一部分 are outside it.
  const hasRegion = spans.some(([ls, le]) => !contents.has(ls) && /^第[一二三四五六七八九十\d]+部分.*(决算|情况).*说明/.test(t.slice(ls, le)));
  for (const [s, e] of spans) {
    const line = t.slice(s, e);
    if (contents.has(s)) {
      // Not counted among the title lines: a title printed after the contents page is still one.
      paragraphs.push({ start: s, end: e, kind: 'heading', section: null, subsection: null, item: null, inRegion: false });
    } else {
      const part = PART.exec(line);
      const inRegionBefore = regionStart >= 0 && regionEnd < 0;
      if (linesBeforeHeading >= 0 && (part || SECTION.test(line) || SUBSECTION.test(line) || ++linesBeforeHeading > TITLE_LINES)) {
        linesBeforeHeading = -1;
      } else if (linesBeforeHeading > 0 && titleYear === null && headingLike(line) && /决算/.test(line)) {
        titleYear = titleYearOf(line);
      }
      if (part) {
        const num = parseChineseNumeral(part[1]);
        if (inRegionBefore && regionText === 0) {
          // Nothing but headings since the 说明's heading: that was a contents line.
          for (let k = regionFirstParagraph; k < paragraphs.length; k++) paragraphs[k] = { ...paragraphs[k], inRegion: false };
          regionStart = -1;
          year = null;
          closeSection(s);
        } else if (inRegionBefore) {
          regionEnd = s;
          closeSection(s);
        }
        if (openPart) parts.push({ number: openPart.number, title: openPart.title, ...orig(openPart.start, s) });
        openPart = { number: num ?? 0, title: part[2], start: s };
        if (regionStart < 0 && /说明/.test(part[2]) && /决算|情况/.test(part[2])) {
          regionStart = s;
          regionText = 0;
          regionFirstParagraph = paragraphs.length + 1;
          const y = /(20\d\d)年/.exec(part[2]);
          if (y) year = Number(y[1]);
        }
        paragraphs.push({ start: s, end: e, kind: 'heading', section: null, subsection: null, item: null, inRegion: false });
      } else {
        const sec = SECTION.exec(line);
        const sub = SUBSECTION.exec(line);
        const itm = ITEM.exec(line);
        let kind: Paragraph['kind'] = 'text';
        if (sec && headingLike(sec[2]) && (/[\u4e00-\u9fff]/.test(sec[1]) || /说明|情况|事项/.test(sec[2]))) {
          closeSection(s);
          openSection = { number: parseChineseNumeral(sec[1]) ?? 0, title: sec[2], start: s };
          section = openSection.number;
          kind = 'heading';
        } else if (sub && headingLike(sub[2])) {
          closeSub(s);
          openSub = { number: parseChineseNumeral(sub[1]) ?? 0, title: sub[2], start: s };
          subsection = openSub.number;
          kind = 'heading';
        } else if (CAPTION.test(line) && !/\d+(\.\d+)?\s*万元/.test(line)) {
          kind = 'caption';
        } else if (itm) {
          closeItem(s);
          openItem = { number: Number(itm[1] ?? itm[2]), start: s };
          item = openItem.number;
        }
        const inRegion = hasRegion ? regionStart >= 0 && regionEnd < 0 : true;
        paragraphs.push({ start: s, end: e, kind, section, subsection, item, inRegion });
        if (kind === 'text' && inRegion) regionText++;
        if (kind === 'text' && inRegion) splitSentences(t, s, e, paragraphs.length - 1);
      }
    }
  }
  const end = t.length;
  closeSection(end);

  if (openPart) {
    const p = openPart as { number: number; title: string; start: number };
    parts.push({ number: p.number, title: p.title, ...orig(p.start, end) });
  }
  // The year the report states for itself wins over the text's mentions, which may be next year's plans.
  if (year === null) year = voteYear(t, titleYear);

  function splitSentences(text: string, s: number, e: number, paragraph: number): void {
    const p = paragraphs[paragraph];
    let start = s;
    for (let k = s; k < e; k++) {
      const c = text[k];
      if (c === '。' || c === '！' || c === '？' || k === e - 1) {
        const end = k + 1;
        if (end > start) {
          sentenceClean.push({ start, end });
          sentences.push({ ...orig(start, end), paragraph, section: p.section, subsection: p.subsection, item: p.item });
        }
        start = end;
      }
    }
  }

  const region =
    regionStart >= 0
      ? orig(regionStart, regionEnd < 0 ? t.length : regionEnd)
      : { start: 0, end: original.length };
  // Headings outside the 说明 (第一部分's 一、部门职责, the annex's 一、…) are not sections of it.
  const inside = (x: Span) => x.start >= region.start && x.start < region.end;
  return {
    clean, parts, region, year, paragraphs, sentences, sentenceClean,
    sections: sections.filter(inside),
    subsections: subsections.filter(inside),
    items: items.filter(inside),
  };
}
