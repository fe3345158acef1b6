import Decimal from 'decimal.js';
import { Finding, Severity } from '../findings/types';
import { CellRef } from '../grid/cellRef';
import { formatAmountTrimmed } from '../amount/round';
import { fromYuan, toYuan } from '../amount/units';
import { chineseNumeral } from '../numerals';
import { TableId } from '../tables/catalog';
import { toOriginal } from './cleanText';
import { Segmentation } from './segment';
import { Structure } from './structures';
import { Subject } from './subjects';
import type { NarrativeRuleId } from './rules';
import { Claim, NarrativeRuleMeta, Sentence, Span } from './types';
import { resolveSubject, subjectLabel } from './vocabulary';

/** What every narrative check reads, and where it records findings and verified figures. */
export interface NarrativeContext {
  readonly seg: Segmentation;
  readonly claims: readonly Claim[];
  readonly structures: readonly Structure[];
  /** The report year (2023 for a 2023 决算). */
  readonly year: number | null;
  /** Ids of claims some check compared with something (right or wrong). */
  readonly verified: Set<number>;
  readonly findings: Finding[];
  /** Last year's figure per subject (万元), explicit or derived as this year − change (checks/changes.ts). */
  readonly priors: Map<string, Prior>;
  /** Ids of the claims each text-internal finding was computed from, so that a finding that only
   * follows from a figure contradicting its table can be re-judged (cascades.ts). */
  readonly uses: Map<Finding, readonly number[]>;
  /** A total the text itself contradicts with certainty (its complete list of parts adds up to
   * something else): claim id → the sum of its parts in 万元, and the finding that says so.
   * settleTextCascades re-judges what was computed from the total with that sum. */
  readonly implied: Map<number, { readonly wan: Decimal; readonly finding: Finding }>;
}

/** A fresh context over claims and structures: every check run starts from one (check.ts) and
 * every re-judging with corrected figures too (cascades.ts). */
export function newContext(seg: Segmentation, claims: readonly Claim[], structures: readonly Structure[], year: number | null): NarrativeContext {
  return { seg, claims, structures, year, verified: new Set(), findings: [], priors: new Map(), uses: new Map(), implied: new Map() };
}

export interface Prior {
  readonly value: Decimal;
  /** The claim it was read or derived from. */
  readonly claim: Claim;
  /** Every claim the value was computed from (this year's amount and the change). */
  readonly uses: readonly Claim[];
}

export function report(
  ctx: NarrativeContext, rule: NarrativeRuleMeta<NarrativeRuleId>, severity: Severity, span: Span, message: string,
  extra: {
    expected?: string; actual?: string; cells?: readonly CellRef[]; table?: TableId;
    /** The claims the finding was computed from (cascades.ts); null entries are skipped. */
    uses?: readonly (Claim | null | undefined)[];
  } = {},
): void {
  const quote = ctx.seg.clean.original.slice(span.start, span.end);
  const { uses, ...rest } = extra;
  const where = locate(ctx, span);
  const finding: Finding = {
    rule: rule.id,
    severity,
    message,
    ...rest,
    cells: extra.cells ?? [],
    narrative: { start: span.start, end: span.end, quote, ...where },
  };
  ctx.findings.push(finding);
  if (uses) ctx.uses.set(finding, uses.flatMap((c) => (c ? [c.id] : [])));
}

const CONTEXT_MAX = 60;
const CLAUSE_END = /[，。；,;！？]/;

/** The clause around a span (widened to its 「，；。」 bounds, at most 60 characters) and the
 * section path of the sentence holding it. */
function locate(ctx: NarrativeContext, span: Span): { context?: string; place?: string } {
  const original = ctx.seg.clean.original;
  let s = span.start;
  let e = span.end;
  while (s > 0 && span.end - s < CONTEXT_MAX && !CLAUSE_END.test(original[s - 1]) && original[s - 1] !== '\n') s--;
  while (e < original.length && e - s < CONTEXT_MAX && !CLAUSE_END.test(original[e]) && original[e] !== '\n') e++;
  if (e < original.length && CLAUSE_END.test(original[e]) && e - s < CONTEXT_MAX) e++;
  // Twice the shown length is enough to fill it after line breaks are dropped (a whole-list span
  // can be the length of the text).
  let context = original.slice(s, Math.min(e, s + CONTEXT_MAX * 2)).replace(/\s*\n\s*/g, '').trim();
  // A long span (a whole list) is shown by its head: at most 60 characters.
  if (context.length > CONTEXT_MAX) context = `${context.slice(0, CONTEXT_MAX - 1)}…`;
  const sentence = sentenceAt(ctx, span.start);
  const place = sentence ? pathOf(sentence.section, sentence.subsection, sentence.item) : '';
  return { ...(context ? { context } : {}), ...(place ? { place } : {}) };
}

/** The sentence whose original span holds `at` (sentences are in text order). */
function sentenceAt(ctx: NarrativeContext, at: number): Sentence | null {
  const list = ctx.seg.sentences;
  if (list.length === 0 || at < list[0].start) return null;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return list[lo];
}

/** 五（三）第2项, 七（二）, 二. */
/** A heading's number as its numeral; 0 (a heading whose number could not be read) as nothing. */
const numeral = (n: number) => (n === 0 ? '' : chineseNumeral(n));

export function pathOf(section: number | null, subsection: number | null, item: number | null): string {
  if (section === null) return '';
  const s = numeral(section);
  const sub = subsection ? `（${numeral(subsection)}）` : '';
  return `${s}${sub}${item ? `第${item}项` : ''}`;
}

/** Original-text span of a cleaned-text range. */
export function spanOf(ctx: NarrativeContext, start: number, end: number): Span {
  return toOriginal(ctx.seg.clean, start, end);
}

/** What a figure is of, in Chinese for messages: its phrase, else the standard name of its subject. */
export function nameOf(c: Claim): string {
  // "其中基本支出占63.39%，为1197.54万元": the phrase "为" names nothing; the subject is the clause's.
  const bare = !c.subject.startsWith('raw:') && !!c.subjectText && !resolveSubject(c.subjectText, c.section);
  if (bare) return subjectLabel(c.subject, c.subjectText);
  if (c.subjectText) return c.subjectText;
  if (c.subject.startsWith('raw:')) return c.subject.slice(4);
  return subjectLabel(c.subject, '该项');
}

/** The quoted figure as written, with its unit: "36.6%", "691.5万元". */
export function shown(c: Claim): string {
  return `${c.written}${c.unitStated ? c.unit : ''}`;
}

/** Unsigned figure with its unit, trailing zeros trimmed: 35.32万元, 0.05万元. */
export function money(d: Decimal): string {
  return `${formatAmountTrimmed(d.abs())}万元`;
}

/** A figure derived in 万元, written in 亿元 when the text's own figure is (21.46亿元 − 1.23亿元 =
 * 20.23亿元, not 202300万元), so a message does not mix units. */
export function moneyAs(d: Decimal, like: Claim): string {
  if (like.unit !== '亿元') return money(d);
  return `${formatAmountTrimmed(fromYuan(toYuan(d.abs(), '万元'), '亿元'), 6)}亿元`;
}

/** "五（二）", "七", "第1项" style label of where a claim sits. */
export function placeOf(c: Claim): string {
  if (c.section === null) return '';
  const s = numeral(c.section);
  return c.subsection ? `${s}（${numeral(c.subsection)}）` : s;
}

const bySubjectCache = new WeakMap<readonly Claim[], Map<string, Claim[]>>();

/** Claims grouped by subject, built once per claim list. */
function bySubject(claims: readonly Claim[]): Map<string, Claim[]> {
  let map = bySubjectCache.get(claims);
  if (!map) {
    map = new Map();
    for (const c of claims) {
      const list = map.get(c.subject) ?? [];
      list.push(c);
      map.set(c.subject, list);
    }
    bySubjectCache.set(claims, map);
  }
  return map;
}

/** Claims of one sentence, in order. */
export function claimsOfSentence(ctx: NarrativeContext, sentence: number): readonly Claim[] {
  const out: Claim[] = [];
  const list = bySubject(ctx.claims); // ensures the cache; sentences are contiguous in ctx.claims
  void list;
  let lo = 0;
  let hi = ctx.claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.claims[mid].sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ctx.claims.length && ctx.claims[k].sentence === sentence; k++) out.push(ctx.claims[k]);
  return out;
}

/** The latest amount of `subject` stated before claim `before` (or the first after, if none). */
export function amountOf(ctx: NarrativeContext, subject: Subject, before: number, measure: Claim['measure'] = 'amount'): Claim | null {
  let found: Claim | null = null;
  for (const c of bySubject(ctx.claims).get(subject) ?? []) {
    // A restatement in another unit (（折合5.41万元）) is less precise than the figure it repeats.
    if (c.measure !== measure || c.restates) continue;
    if (c.id < before) found = c;
    else if (!found) return c;
    else break;
  }
  return found;
}
