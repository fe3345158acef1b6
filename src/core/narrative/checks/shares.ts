import Decimal from 'decimal.js';
import { narrativeRule } from '../rule';
import { NarrativeContext, amountOf, money, moneyAs, report, shown, nameOf } from '../context';
import { Structure } from '../structures';
import { Subject } from '../subjects';
import { Claim } from '../types';
import { Adjustment, adjustedShares, adjustment, expectedText, inWan, judgePercent, ratioRange, roundingOf, PercentStatus } from './percent';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const SHARE = narrativeRule({
  id: 'narrative-share',
  title: '说明：占比与金额不符',
  severity: 'error',
  doc: '占比 = 部分 ÷ 整体 × 100，整体为句中所指（占本年支出合计…）或句首的合计；有表格时也用表中对应单元格重算。按写出的小数位四舍五入相符即正确；截尾写法为警告；为使合计为100%而调整最大项为警告并说明调整。',
  identity: 'narrative.md §2 占比',
  certainWhen: '错误：占比紧跟其金额（同一句），整体为句中所指（占本年支出合计的…）或同句“其中”所属的合计，且按写出的小数位四舍五入、并计入金额尾差后仍不符。整体金额本身被判错时（分项之和与之不符），先按分项之和重算，重算后成立的不再报。某一金额换成元/万元后恰好成立的，报为单位错误。截尾为警告。',
});

export const SHARE_SUM = narrativeRule({
  id: 'narrative-share-sum',
  title: '说明：结构占比合计不为100%',
  severity: 'error',
  doc: '一组构成（收入来源、支出结构、“三公”构成）的占比合计应为100%，允许各占比四舍五入的误差。',
  identity: 'narrative.md §2 Σ占比 = 100',
  certainWhen: '错误：一组完整构成的各占比都无法单独核对（没有整体金额）且合计超出各占比四舍五入的允许范围。每项占比都能单独核对时不报。',
});

export const UNIT_SLIP = narrativeRule({
  id: 'narrative-unit',
  title: '说明：金额单位写错',
  severity: 'error',
  doc: '同一组计算中，一个金额按所写单位（元/万元）使占比不成立、换成另一单位后恰好成立（如元的段落中写“14,325.00万元”），判为单位写错，指出该金额；占比本身不再另报。',
  identity: 'narrative.md §3 单位',
  certainWhen: '错误：按所写单位占比不成立，换成另一单位（元↔万元）后恰好成立。',
});

interface ShareEval {
  readonly share: Claim;
  readonly part: Claim;
  readonly whole: Claim | null;
  readonly wholeValue: Decimal;
  readonly exact: Decimal;
  readonly status: PercentStatus;
  /** Which whole was assumed, when the text names none and others were plausible too. */
  readonly assumed: string;
  /** The part's figure stands in another sentence (人员经费和公用经费分别占…, 人员经费396.22万元 later). */
  readonly elsewhere?: boolean;
}

/** The amount a share belongs to: the figure just before it in the same clause; in a list
 * (分别为A、B、C万元，分别占x%、y%、z%) the listed amount of the same name, or none when the
 * names could not be told apart. */
export function partOf(ctx: NarrativeContext, s: Claim): Claim | null {
  if (s.listIndex !== undefined) {
    if (s.subject.startsWith('raw:')) return null;
    return ctx.claims.find((c) => c.sentence === s.sentence && c.id < s.id && c.measure === 'amount' && c.subject === s.subject) ?? null;
  }
  // (Past a whole's figure written inside the share: 基本支出686.2万元，占本年支出合计912.26万元的75.22%.)
  let k = s.id - 1;
  while (k >= 0 && ctx.claims[k].inShare && ctx.claims[k].sentence === s.sentence) k--;
  const prev = ctx.claims[k];
  if (prev && prev.sentence === s.sentence && prev.measure === 'amount' && prev.subject === s.subject) return prev;
  // "其中基本支出占63.39%，为1197.54万元": a share naming its own part before 占 is of the amount
  // of that name right after it, not of the amount before it (another item, or the total).
  const next = ctx.claims[s.id + 1];
  if (next && next.sentence === s.sentence && next.measure === 'amount' && next.subject === s.subject && !s.subject.startsWith('raw:')) return next;
  return null;
}

/**
 * A share that names its own item in a list before 分别占 while its sentence states no amount of it
 * ("人员经费和公用经费分别占基本支出的57.74%和42.26%"): the item's amount stated elsewhere in the
 * same section, if any. Another sentence's figure may be another scope's: a warning at most.
 */
function namedPartElsewhere(ctx: NarrativeContext, s: Claim): Claim | null {
  if (s.listIndex === undefined || s.subject.startsWith('raw:')) return null;
  const c = amountOf(ctx, s.subject, s.id);
  return c && c.section === s.section && !c.inherited ? c : null;
}

/** The structure each part belongs to (the first one that lists it). */
export function structuresByPart(ctx: NarrativeContext): Map<number, Structure> {
  const structureOf = new Map<number, Structure>();
  for (const st of ctx.structures) for (const p of st.parts) if (!structureOf.has(p.id)) structureOf.set(p.id, st);
  return structureOf;
}

/** The whole a share is of: named by the sentence (占本年支出合计), else its structure's total. */
export function wholeSubjectOf(s: Claim, st: Structure | undefined): Subject | null {
  return s.whole ?? st?.opener?.subject ?? st?.wholeSubject ?? null;
}

/** The stated figure of that whole, when the text states it. */
export function wholeClaimOf(ctx: NarrativeContext, s: Claim, st: Structure | undefined): Claim | null {
  if (s.whole) return amountOf(ctx, s.whole, s.id);
  if (st?.opener) return st.opener;
  if (st?.wholeSubject) return amountOf(ctx, st.wholeSubject, s.id);
  return null;
}

/**
 * The wholes a share may be of, the one assumed first. A whole named by the sentence (占本年支出合计)
 * is the only one. A share that names none ("其中授予小微企业合同金额8.2万元，占59.72%") is of its
 * 其中 total, but may as well be of the whole an earlier share of the sentence names (占政府采购支出
 * 总额的89.95%), of the total that 其中 total is itself part of, or of the total its paragraph opens
 * with: each is plausible.
 */
export function plausibleWholes(
  ctx: NarrativeContext, s: Claim, st: Structure | undefined, structureOf: ReadonlyMap<number, Structure>,
): { subject: Subject; claim: Claim | null }[] {
  const first = wholeSubjectOf(s, st);
  if (!first) return [];
  const out = [{ subject: first, claim: wholeClaimOf(ctx, s, st) }];
  if (s.whole) return out;
  const add = (subject: Subject | null | undefined, claim: Claim | null) => {
    if (subject && !out.some((w) => w.subject === subject)) out.push({ subject, claim });
  };
  for (const c of ctx.claims) {
    if (c.sentence === s.sentence && c.id < s.id && c.measure === 'share' && c.whole) add(c.whole, amountOf(ctx, c.whole, s.id));
  }
  const opener = out[0].claim;
  const parent = opener ? structureOf.get(opener.id) : undefined;
  if (parent) add(parent.opener?.subject ?? parent.wholeSubject, parent.opener ?? (parent.wholeSubject ? amountOf(ctx, parent.wholeSubject, s.id) : null));
  // The total the paragraph opens with (政府采购支出总额13.73万元…授予小微企业合同金额8.2万元，占59.72%).
  // Not one of the share's own list (a 决算中 list states no total: its first item is no whole).
  const lead = ctx.claims.find((c) => c.paragraph === s.paragraph && c.measure === 'amount' && !c.restates);
  if (lead && lead.id < s.id && !lead.subject.startsWith('raw:') && !st?.parts.some((p) => p.id === lead.id)) add(lead.subject, lead);
  return out;
}

/** Of the judgements of one share against its plausible wholes, the one that holds best. */
const STANDING: readonly PercentStatus[] = ['ok', 'tail', 'truncated', 'wrong'];
export function bestJudged<E extends { readonly status: PercentStatus }>(list: readonly E[]): E | undefined {
  return [...list].sort((a, b) => STANDING.indexOf(a.status) - STANDING.indexOf(b.status))[0];
}

/** "（未写明占哪一项的比重，按X计算；按Y计算也不成立）" when other wholes were plausible. */
export function assumedWhole(names: readonly string[]): string {
  if (names.length < 2) return '';
  return `（文中未写明是占哪一项的比重，按${names[0]}计算；按${names.slice(1).join('、')}计算也不成立）`;
}

/** What adjustedStructures needs of a judged share, here and in ties/shares.ts. */
interface JudgedShare {
  readonly share: Claim;
  readonly part: Claim;
  readonly exact: Decimal;
  readonly status: PercentStatus;
}

/**
 * The structures whose written shares sum to 100 only by an adjustment (the largest nudged, or
 * largest remainder): each with its judged shares in part order and the adjustment.
 */
export function adjustedStructures<E extends JudgedShare>(
  ctx: NarrativeContext, evals: ReadonlyMap<number, E>,
): { list: E[]; adjustment: Adjustment }[] {
  const out: { list: E[]; adjustment: Adjustment }[] = [];
  const byPart = new Map([...evals.values()].map((e) => [e.part.id, e]));
  for (const st of ctx.structures) {
    const list = st.parts.map((p) => byPart.get(p.id)).filter((e): e is E => !!e);
    const a = adjustedShares(list.map((e) => ({ value: e.share.value, decimals: e.share.decimals, exact: e.exact, status: e.status })));
    if (a) out.push({ list, adjustment: a });
  }
  return out;
}

export function checkShares(ctx: NarrativeContext): void {
  const structureOf = structuresByPart(ctx);
  const evals = new Map<number, ShareEval>();
  for (const s of ctx.claims) {
    if (s.measure !== 'share') continue;
    const stated = partOf(ctx, s);
    const part = stated ?? namedPartElsewhere(ctx, s);
    if (!part) continue;
    const wholes = plausibleWholes(ctx, s, structureOf.get(part.id), structureOf).map((w) => w.claim).filter((c): c is Claim => !!c);
    const partValue = inWan(part);
    const judged: ShareEval[] = [];
    for (const whole of wholes) {
      const wholeValue = inWan(whole);
      if (wholeValue.isZero()) {
        if (partValue.isZero() && s.value.isZero()) markVerified(ctx, s, part, whole);
        continue;
      }
      const exact = partValue.div(wholeValue).times(100);
      const status = judgePercent(s.value, s.decimals, exact, ratioRange(partValue, wholeValue, [roundingOf(part), roundingOf(whole)]));
      judged.push({ share: s, part, whole, wholeValue, exact, status, assumed: '' });
    }
    const best = bestJudged(judged);
    if (!best) continue;
    const assumed = best.status === 'wrong' ? assumedWhole(judged.map((e) => `${nameOf(e.whole!)}${shown(e.whole!)}`)) : '';
    evals.set(s.id, { ...best, assumed, elsewhere: !stated });
    markVerified(ctx, s, part, best.whole!);
  }

  // A structure whose written shares sum to 100 only because the largest was nudged.
  const nudged = new Set<number>();
  for (const { list, adjustment: n } of adjustedStructures(ctx, evals)) {
    for (const i of n.indices) {
      const w = list[i];
      nudged.add(w.share.id);
      report(ctx, SHARE, 'warning', w.share.span,
        `${nameOf(w.part)}${shown(w.part)}占${money(w.wholeValue)}的${expectedText(w.exact, w.share.decimals)}（精确值${w.exact.toFixed(4)}%），文中写作${shown(w.share)}：${adjustment(w.share.value, w.exact, w.share.decimals, n)}`,
        { expected: expectedText(w.exact, w.share.decimals), actual: shown(w.share), uses: list.flatMap((x) => [x.share, x.part, x.whole]) });
    }
  }

  for (const e of evals.values()) {
    if (e.status === 'ok' || nudged.has(e.share.id)) continue;
    if (e.status === 'wrong' && reportUnitSlip(ctx, e)) continue;
    const name = nameOf(e.part);
    const exp = expectedText(e.exact, e.share.decimals);
    const base = `${name}${shown(e.part)} ÷ ${moneyAs(e.wholeValue, e.whole ?? e.part)} = ${e.exact.toFixed(4)}%`;
    if (e.status === 'truncated') {
      report(ctx, SHARE, 'warning', e.share.span, `${base}，按四舍五入应为${exp}，文中写作${shown(e.share)}（截尾而非四舍五入）。`, { expected: exp, actual: shown(e.share), uses: [e.share, e.part, e.whole] });
    } else if (e.status === 'tail') {
      report(ctx, SHARE, 'info', e.share.span, `${base}，按四舍五入应为${exp}，文中写作${shown(e.share)}；差异在金额四舍五入（尾差）可能造成的范围内。`, { expected: exp, actual: shown(e.share), uses: [e.share, e.part, e.whole] });
    } else {
      const doubt = e.elsewhere ? `（${name}的金额取自本部分其他句子）` : '';
      report(ctx, SHARE, e.elsewhere ? 'warning' : 'error', e.share.span, `${base}，应为${exp}，文中写作${shown(e.share)}${e.assumed}${doubt}。`, { expected: exp, actual: shown(e.share), uses: [e.share, e.part, e.whole] });
    }
  }

  // Σ shares of a complete structure = 100, within the rounding of the written shares.
  const shareOfPart = new Map<number, Claim>();
  for (const s of ctx.claims) {
    const part = s.measure === 'share' ? partOf(ctx, s) : null;
    if (part && !shareOfPart.has(part.id)) shareOfPart.set(part.id, s);
  }
  for (const st of ctx.structures) {
    if (!st.exhaustive) continue;
    const shares = st.parts.map((p) => shareOfPart.get(p.id)).filter((s): s is Claim => !!s);
    if (shares.length !== st.parts.length || shares.length < 2) continue;
    if (shares.some((s) => s.whole && st.opener && s.whole !== st.opener.subject)) continue;
    if (shares.some((s) => evals.get(s.id)?.status === 'wrong' || nudged.has(s.id))) continue;
    // Each share judged right against the stated whole: a sum off 100 then only says the parts do
    // not cover the whole (the parts-sum check's business), not that a share is wrong.
    if (shares.every((s) => evals.has(s.id))) continue;
    // Parts that do not cover the total are the parts-sum finding, not a shares one.
    if (st.opener) {
      const covered = st.parts.reduce((a, p) => a.plus(inWan(p)), new Decimal(0)).minus(inWan(st.opener)).abs();
      if (covered.gt(new Decimal('0.005').times(st.parts.length))) continue;
    }
    const sum = shares.reduce((a, s) => a.plus(s.value), new Decimal(0));
    const tol = shares.reduce((a, s) => (s.value.isZero() ? a : a.plus(new Decimal(10).pow(-s.decimals).div(2))), new Decimal(0));
    shares.forEach((s) => ctx.verified.add(s.id));
    if (sum.minus(100).abs().gt(tol)) {
      const first = shares[0];
      const last = shares[shares.length - 1];
      report(ctx, SHARE_SUM, 'error', { start: first.span.start, end: last.span.end },
        `各项占比合计为${sum.toString()}%，应为100%（允许的四舍五入误差为${tol.toString()}个百分点）。`,
        { expected: '100%', actual: `${sum.toString()}%` });
    }
  }
}

function markVerified(ctx: NarrativeContext, ...cs: Claim[]): void {
  for (const c of cs) ctx.verified.add(c.id);
}

/** The figure read in the other unit (元 ↔ 万元), in 万元. */
function otherUnit(c: Claim): Decimal | null {
  if (c.unit === '元') return c.value;
  if (c.unit === '万元') return c.value.div(10000);
  if (c.unit === '亿元') return c.value; // 亿元 written for 万元
  return null;
}

/**
 * A share wrong as written but exact when the part or the whole is read in the other unit
 * (元 for 万元 or the reverse): the unit is the mistake, reported at that figure (UNIT_SLIP).
 */
function reportUnitSlip(ctx: NarrativeContext, e: ShareEval): boolean {
  const tries: [Claim, Decimal, Decimal][] = [];
  const altPart = otherUnit(e.part);
  if (altPart) tries.push([e.part, altPart, e.wholeValue]);
  const altWhole = e.whole ? otherUnit(e.whole) : null;
  if (e.whole && altWhole && !altWhole.isZero()) tries.push([e.whole, inWan(e.part), altWhole]);
  for (const [slipped, part, whole] of tries) {
    const exact = part.div(whole).times(100);
    if (judgePercent(e.share.value, e.share.decimals, exact) !== 'ok') continue;
    const want = slipped.unit === '万元' ? '元' : '万元';
    report(ctx, UNIT_SLIP, 'error', slipped.span,
      `${nameOf(slipped)}写作${shown(slipped)}，但${shown(e.share)}的占比只有按“${slipped.written}${want}”计算才成立，单位应为${want}。`,
      { expected: `${slipped.written}${want}`, actual: shown(slipped), uses: [e.share, e.part, e.whole] });
    return true;
  }
  return false;
}
