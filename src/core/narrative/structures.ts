import { Segmentation } from './segment';
import { Claim } from './types';
import { resolveSubject } from './vocabulary';

/**
 * A total followed by its parts: "本年收入合计1889.05万元，其中：A…；B…", "人员经费975.36万元，
 * 主要包括：…", a "其中：" closing a paragraph whose parts are the following paragraphs (六, 五（三）),
 * a paragraph opening with "其中：" (七 2.), or "“三公”经费…决算中，A…；B…" with no total figure.
 */
export interface Structure {
  /** The total figure, when the text states one. */
  readonly opener: Claim | null;
  /** What the whole is, for shares: the opener's subject or the subject named before "中，". */
  readonly wholeSubject: string | null;
  readonly parts: readonly Claim[];
  /** False for 主要包括 / 具体内容包括 lists, which need not name every item. */
  readonly exhaustive: boolean;
}

const MARKER = /其中|主要包括|具体内容包括|主要用于以下方面/g;

export function findStructures(seg: Segmentation, claims: readonly Claim[]): Structure[] {
  const t = seg.clean.text;
  const out: Structure[] = [];
  const byParagraph = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = byParagraph.get(c.paragraph) ?? [];
    list.push(c);
    byParagraph.set(c.paragraph, list);
  }
  const sentencesOf = new Map<number, number[]>();
  seg.sentences.forEach((x, i) => {
    const list = sentencesOf.get(x.paragraph) ?? [];
    list.push(i);
    sentencesOf.set(x.paragraph, list);
  });
  const isPart = (c: Claim) => c.measure === 'amount' && !c.restates;

  for (let pi = 0; pi < seg.paragraphs.length; pi++) {
    const p = seg.paragraphs[pi];
    if (!p.inRegion || p.kind !== 'text') continue;
    const inPara = byParagraph.get(pi) ?? [];
    const text = t.slice(p.start, p.end);
    MARKER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARKER.exec(text)) !== null) {
      const at = p.start + m.index;
      const exhaustive = !/包括/.test(m[0]);
      const before = inPara.filter((c) => c.at.end <= at);
      const after = inPara.filter((c) => c.at.start > at);
      let opener = [...before].reverse().find(isPart) ?? null;
      const atStart = at - p.start <= 1;
      if (!opener && atStart) opener = lastAmountBefore(claims, inPara[0]?.id ?? firstClaimAfter(claims, p.end), p);
      if (!opener) continue;
      const sentenceOf = sentenceIndexAt(seg, sentencesOf.get(pi) ?? [], at);
      const sameSentence = after.filter((c) => c.sentence === sentenceOf && isPart(c));
      const nextMarker = nextMarkerIn(t, at + m[0].length, p.end);
      const parts = sameSentence.filter((c) => nextMarker < 0 || c.at.start < nextMarker || !isNested(t, nextMarker));
      const multi = after.length === 0 || atStart;
      if (multi) parts.push(...followingParts(seg, byParagraph, pi, opener, isPart));
      if (parts.length > 0) out.push({ opener, wholeSubject: opener.subject, parts, exhaustive });
    }
    // "“三公”经费财政拨款支出决算中，A…；B…": the whole is named, its figure is elsewhere.
    for (const si of sentencesOf.get(pi) ?? []) {
      const { start, end } = seg.sentenceClean[si];
      const head = /^(20\d\d年度?)?([^，,。；]{2,30}?)中[，,]/.exec(t.slice(start, Math.min(end, start + 40)));
      if (!head) continue;
      const whole = resolveSubject(head[2], p.section);
      const parts = inPara.filter((c) => c.sentence === si && isPart(c));
      if (whole && parts.length > 1) out.push({ opener: null, wholeSubject: whole, parts, exhaustive: true });
    }
  }
  return out;
}

/** A second marker in the same sentence opens a nested list (其中：授予小微企业…). */
function isNested(t: string, at: number): boolean {
  return t.startsWith('其中', at);
}

function nextMarkerIn(t: string, from: number, end: number): number {
  const m = new RegExp(MARKER.source).exec(t.slice(from, end));
  return m ? from + m.index : -1;
}

function sentenceIndexAt(seg: Segmentation, candidates: readonly number[], at: number): number {
  for (const i of candidates) {
    const s = seg.sentenceClean[i];
    if (at >= s.start && at < s.end) return i;
  }
  return -1;
}

function firstClaimAfter(claims: readonly Claim[], at: number): number {
  const c = claims.find((x) => x.at.start >= at);
  return c ? c.id : claims.length;
}

function lastAmountBefore(
  claims: readonly Claim[], id: number, p: { section: number | null; subsection: number | null; item: number | null },
): Claim | null {
  for (let k = id - 1; k >= 0; k--) {
    const c = claims[k];
    if (c.section !== p.section || c.subsection !== p.subsection || c.item !== p.item) return null;
    if (c.measure === 'amount' && !c.restates) return c;
  }
  return null;
}

/** The first part-like figure of each following paragraph, while still under the opener. */
function followingParts(
  seg: Segmentation, byParagraph: Map<number, Claim[]>, pi: number, opener: Claim, isPart: (c: Claim) => boolean,
): Claim[] {
  const parts: Claim[] = [];
  const t = seg.clean.text;
  for (let q = pi + 1; q < seg.paragraphs.length; q++) {
    const p = seg.paragraphs[q];
    if (p.kind === 'caption') continue;
    if (p.kind === 'heading' || p.section !== opener.section || p.subsection !== opener.subsection) break;
    if (opener.item !== null && p.item !== opener.item) break;
    if (t.startsWith('其中', p.start)) break;
    const first = (byParagraph.get(q) ?? []).find(isPart);
    if (first) parts.push(first);
  }
  return parts;
}
