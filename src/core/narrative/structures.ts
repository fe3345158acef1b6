import Decimal from 'decimal.js';
import { Segmentation } from './segment';
import { groupMembers, Subject } from './subjects';
import { Claim } from './types';
import { decompositionOf, resolveSubject, subParts } from './vocabulary';

/**
 * A total followed by its parts: "本年收入合计1889.05万元，其中：A…；B…", "人员经费975.36万元，
 * 主要包括：…", a "其中：" closing a paragraph whose parts are the following paragraphs (六, 五（三）),
 * a paragraph opening with "其中：" (七 2.), or "“三公”经费…决算中，A…；B…" with no total figure.
 */
export interface Structure {
  /** The total figure, when the text states one. */
  readonly opener: Claim | null;
  /** What the whole is, for shares: the opener's subject or the subject named before "中，". */
  readonly wholeSubject: Subject | null;
  readonly parts: readonly Claim[];
  /** False for 主要包括 / 具体内容包括 lists, which need not name every item. */
  readonly exhaustive: boolean;
  /** The opener's parts are known (vocabulary.ts decompositionOf) and the list took only those:
   * a sum that misses is then a fact about the text, not about how we read the list. */
  readonly known: boolean;
  /** Every part of a closed decomposition is listed (omitted parts could be non-zero otherwise). */
  readonly complete: boolean;
  /** Figures in the list whose subject we could not name (left out of `parts`). */
  readonly unknown: number;
  /** No 其中 list: the parts were found stated one by one later in the section (a warning at most). */
  readonly implicit?: boolean;
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
  const isPart = (c: Claim) => c.measure === 'amount' && !c.restates && !c.inShare;

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
      const end = listEnd(t, at + m[0].length, sentenceOf >= 0 ? seg.sentenceClean[sentenceOf].end : p.end, nested(t, sentenceOf >= 0 ? seg.sentenceClean[sentenceOf].start : p.start, at));
      let parts = after.filter((c) => c.sentence === sentenceOf && isPart(c) && c.at.start < end);
      const multi = after.length === 0 || atStart;
      if (multi) parts.push(...followingParts(seg, byParagraph, pi, opener, isPart));
      const d = decompositionOf(opener.subject);
      // Figures in the list we cannot name (财政拨款收入 in an older template): a short sum is then
      // no finding, since they may be the missing parts.
      const unknown = parts.filter((c) => c.subject.startsWith('raw:') && sameFamily(c, opener)).length;
      let covered = false;
      let known = !!d;
      if (d) {
        const listed = parts;
        // Only the total's own parts, each once (a part restated later in the list is not added
        // twice); a part's own closed parts stand for it when it is not listed itself.
        const named = new Set(parts.map((c) => c.subject));
        const part = (k: Subject) => d.has(k) || (!!d.closed && d.closed.some((q) => !named.has(q) && subParts(q).includes(k)));
        // A group closed by 等 (社会保障缴费、住房公积金等) is one part when every member we know is
        // a part and none is listed again on its own.
        const stands = (k: Subject) => {
          const members = groupMembers(k);
          if (!members) return part(k);
          const known = members.filter((x) => !x.startsWith('raw:'));
          return known.length > 0 && known.every((x) => part(x) && !named.has(x));
        };
        // A 款 or 项 of a listed 类 (社会保障和就业支出26.95万元（含其他社会保障和就业支出0.89万元）) is inside that
        // part, not another one.
        const inListedLine = (k: Subject) => k.startsWith('func:') && listed.some((q) => q.subject !== k && q.subject.startsWith('func:') && k.startsWith(q.subject));
        const seen = new Set<string>();
        parts = parts.filter((c) => stands(c.subject) && !inListedLine(c.subject) && !seen.has(c.subject) && seen.add(c.subject) !== undefined);
        covered = !!d.closed && d.closed.every((q) => seen.has(q) || (subParts(q).length > 0 && subParts(q).every((x) => seen.has(x))));
        // "公务接待费9.4万元，其中：接待上级调研5.8万元，接待兄弟市州来昭考察3.6万元": none of a
        // closed total's own parts, only things we cannot name, in its sentence: a breakdown by
        // another criterion, read as a list under an unknown total (warnings only).
        const others = listed.filter((c) => c.subject.startsWith('raw:') && sameFamily(c, opener) && c.sentence === sentenceOf);
        if (d.closed && parts.length === 0 && others.length >= 2 && others.length === listed.length) {
          parts = others;
          known = false;
        }
      } else {
        // An unknown total: only figures of its own sentence, of the same kind, two at least.
        parts = parts.filter((c) => sameFamily(c, opener) && c.sentence === sentenceOf);
        if (parts.length < 2) parts = [];
      }
      const complete = covered || sharesMakeWhole(claims, parts);
      if (parts.length > 0) out.push({ opener, wholeSubject: opener.subject, parts, exhaustive, known, complete, unknown: known ? unknown : 0 });
    }
    // "“三公”经费财政拨款支出决算中，A…；B…": the whole is named, its figure is elsewhere.
    for (const si of sentencesOf.get(pi) ?? []) {
      const { start, end } = seg.sentenceClean[si];
      const head = /^(20\d\d年度?)?([^，,。；]{2,30}?)中[，,]/.exec(t.slice(start, Math.min(end, start + 40)));
      if (!head) continue;
      const whole = resolveSubject(head[2], p.section);
      const parts = inPara.filter((c) => c.sentence === si && isPart(c));
      if (whole && parts.length > 1) out.push({ opener: null, wholeSubject: whole, parts, exhaustive: true, known: false, complete: false, unknown: 0 });
    }
  }
  out.push(...implicitStructures(claims, out));
  return out;
}

/**
 * A total of a closed decomposition (the 三公 total, 公务用车 total, 政府采购 total…) whose parts are
 * each stated on their own later in the same section, with no 其中 list: "“三公”经费支出决算为
 * 15.62万元。…因公出国（境）费0万元…公务用车购置及运行维护费9.87万元…公务接待费4.35万元". Only
 * when every part is found, named in its own phrase, before the total is stated again. The parts
 * stand in other sentences, so what this shows is a warning (`implicit`), never an error.
 */
function implicitStructures(claims: readonly Claim[], explicit: readonly Structure[]): Structure[] {
  const out: Structure[] = [];
  const opened = new Set(explicit.filter((st) => st.opener && st.parts.length > 0).map((st) => st.opener!.id));
  const named = (c: Claim) => c.measure === 'amount' && !c.restates && !c.inShare && !c.inherited && !c.subject.startsWith('raw:');
  for (const total of claims) {
    if (!named(total) || opened.has(total.id)) continue;
    const d = decompositionOf(total.subject);
    if (!d?.closed) continue;
    const found = new Map<string, Claim>();
    for (let k = total.id + 1; k < claims.length; k++) {
      const c = claims[k];
      if (c.section !== total.section) break;
      if (named(c) && c.subject === total.subject) break; // the total again: a new passage
      if (named(c) && d.has(c.subject) && !found.has(c.subject)) found.set(c.subject, c);
    }
    if (found.size !== d.closed.length) continue;
    const parts = d.closed.map((key) => found.get(key)!);
    if (parts.every((c) => c.sentence === total.sentence)) continue;
    out.push({ opener: total, wholeSubject: total.subject, parts, exhaustive: true, known: true, complete: true, unknown: 0, implicit: true });
  }
  return out;
}

/** The parts' own shares add up to 100: the text says the list is whole. A part's share is the
 * one right after it (A a万元，占p%), or the share of its name in its sentence (A占p%，为a万元;
 * A a、B b，分别占p、q). */
function sharesMakeWhole(claims: readonly Claim[], parts: readonly Claim[]): boolean {
  if (parts.length < 2) return false;
  let sum = new Decimal(0);
  let tol = new Decimal(0);
  for (const p of parts) {
    const next = claims[p.id + 1];
    const s = next && next.measure === 'share' && next.sentence === p.sentence && next.subject === p.subject
      ? next
      : claims.find((c) => c.sentence === p.sentence && c.measure === 'share' && c.subject === p.subject && !c.subject.startsWith('raw:'));
    if (!s) return false;
    sum = sum.plus(s.value);
    tol = tol.plus(new Decimal(10).pow(-s.decimals).div(2));
  }
  return sum.minus(100).abs().lte(tol);
}

const MONEY = new Set(['万元', '元', '亿元']);
/** Parts of an unknown total are figures of the same kind: money with money, 人 with 人. */
function sameFamily(c: Claim, opener: Claim): boolean {
  return MONEY.has(c.unit) ? MONEY.has(opener.unit) : c.unit === opener.unit;
}

/** The marker stands inside brackets (…（其中：A、B）) or inside an item of an outer list whose
 * items are separated by 「；」 (…；公务用车…，其中：A，B；公务接待费…): its list ends with the
 * bracket or the outer 「；」. */
export function nested(t: string, from: number, at: number): 'bracket' | 'clause' | null {
  let depth = 0;
  for (let k = at - 1; k >= from; k--) {
    const ch = t[k];
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      if (depth === 0) return 'bracket';
      depth--;
    }
  }
  return /[；;]/.test(t.slice(from, at)) ? 'clause' : null;
}

const ADDS_MORE = new Set(['另有', '此外', '另外']);

/** Where a list opened at `from` stops: the sentence end, the bracket or outer 「；」 that closes a
 * nested list, or a clause that adds something outside the total (另有, 此外, 年末结转和结余…). */
export function listEnd(t: string, from: number, sentenceEnd: number, kind: 'bracket' | 'clause' | null): number {
  let depth = 0;
  for (let k = from; k < sentenceEnd; k++) {
    const ch = t[k];
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      if (depth === 0 && kind === 'bracket') return k;
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && (ch === '；' || ch === ';') && kind === 'clause') return k;
    else if (depth === 0 && (ch === '另' || ch === '此') && ADDS_MORE.has(t.slice(k, k + 2)) && /[，,；;。.:：]/.test(t[k - 1] ?? '')) return k;
  }
  return sentenceEnd;
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
    if (c.measure === 'amount' && !c.restates && !c.inShare) return c;
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
