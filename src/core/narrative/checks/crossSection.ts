import Decimal from 'decimal.js';
import { narrativeRule } from '../rule';
import { roundHalfUp } from '../../amount/round';
import { NarrativeContext, Prior, amountOf, money, nameOf, placeOf, report, shown } from '../context';
import { resolveSubject } from '../vocabulary';
import { Claim } from '../types';
import { inWan } from './percent';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const CROSS_SECTION = narrativeRule({
  id: 'narrative-cross-section',
  title: '说明：同一数字前后不一致',
  severity: 'error',
  doc: '同一项目在不同部分（如一与四、三与六、五（一）与五（三））写出的金额应一致。',
  identity: 'narrative.md §4 前后一致',
  certainWhen: '错误：两处金额都在自己的短语中写明同一主语（不是从上下文推断、不是“各为A、B”的成对列举），在两者都写出的精度上仍不相等。车辆总数（国有资产部分的“共有车辆”，含其他用车等）与公务用车数口径不同，不作为同一数字比较；车辆总数少于公务用车数时只报警告。',
});

export const PRIOR_YEAR = narrativeRule({
  id: 'narrative-prior-year',
  title: '说明：上年数前后不一致',
  severity: 'error',
  doc: '由增减额推算的上年数（本年数 − 增减额）或明写的上年数，在各部分应一致；“三公”经费合计的上年数应等于各项上年数之和（允许尾差）。',
  identity: 'narrative.md §2 上年数',
  certainWhen: '错误：两处由写明主语的增减额推算的同一项目上年数不一致（超出尾差）。主语未识别的不比较。',
});

/**
 * The same figure stated twice must agree: 一 and 四 restate totals, 三 and 六 the 基本支出,
 * 五（一） and 五（三） the 一般公共预算 total, 七（二） and its items the 三公 figures.
 */
export function checkCrossSection(ctx: NarrativeContext): void {
  const first = new Map<string, Claim>();
  for (const c of ctx.claims) {
    if (c.subject.startsWith('raw:')) continue;
    // Counts only for the fleet held (vehicles.held): 共有车辆6辆 and 一般公务用车1辆 share a word,
    // not a quantity.
    if (c.measure !== 'amount' && !(c.measure === 'count' && c.subject === 'vehicles.held')) continue;
    // Only figures that name their subject themselves: "支出决算为2.86万元" after another item's
    // name, or a paired list (各为A、B万元), is not the same quantity as a figure elsewhere. A
    // restatement (共计支出1.1万元) repeats its own paragraph's lead figure.
    if (c.inherited && !c.restates) continue;
    const key = `${c.measure}|${c.subject}${c.subject === 'vehicles.held' ? `|${fleetScope(c)}` : ''}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, c);
      continue;
    }
    ctx.verified.add(c.id);
    ctx.verified.add(seen.id);
    if (sameFigure(seen, c)) continue;
    const name = seen.subjectText || nameOf(c);
    report(ctx, CROSS_SECTION, 'error', c.span,
      `${placeOf(c)}写${c.subjectText || name}${shown(c)}，而${placeOf(seen)}写${name}${shown(seen)}，同一数字前后不一致。`,
      { expected: shown(seen), actual: shown(c), uses: [seen, c] });
  }

  // 共有车辆 (十（三）, every vehicle the unit holds, 其他用车 and 执法执勤用车 too) holds 共有公务用车
  // (七, the “三公” fleet): different quantities, of which only the whole being smaller is odd.
  const fleet = first.get('count|vehicles.held|all');
  const official = first.get('count|vehicles.held|official');
  if (fleet && official) {
    ctx.verified.add(fleet.id);
    ctx.verified.add(official.id);
  }
  if (fleet && official && fleet.value.lt(official.value)) {
    report(ctx, CROSS_SECTION, 'warning', fleet.span,
      `${placeOf(fleet)}写${fleet.subjectText}${shown(fleet)}，少于${placeOf(official)}写的${official.subjectText}${shown(official)}；车辆总数应包含公务用车，请核对两处的口径。`,
      { expected: `≥${shown(official)}`, actual: shown(fleet), uses: [official, fleet] });
  }

  // 三's 基本支出 covers all funds, 六's only 一般公共预算: equal when all spending is 一般公共预算.
  const basic = first.get('amount|expenditure.basic');
  const gbBasic = first.get('amount|generalBudget.basic');
  const total = first.get('amount|expenditureTotal');
  const gbTotal = first.get('amount|generalBudget.expenditure');
  if (basic && gbBasic) {
    const allGeneral = total && gbTotal && inWan(total).eq(inWan(gbTotal));
    ctx.verified.add(basic.id);
    ctx.verified.add(gbBasic.id);
    if (allGeneral && !inWan(basic).eq(inWan(gbBasic))) {
      report(ctx, CROSS_SECTION, 'error', gbBasic.span,
        `本年支出全部为一般公共预算财政拨款支出（${shown(total!)}），${placeOf(gbBasic)}的基本支出${shown(gbBasic)}应等于${placeOf(basic)}的基本支出${shown(basic)}。`,
        { expected: shown(basic), actual: shown(gbBasic), uses: [basic, gbBasic, total, gbTotal] });
    } else if (inWan(gbBasic).gt(inWan(basic))) {
      report(ctx, CROSS_SECTION, 'error', gbBasic.span,
        `${placeOf(gbBasic)}的一般公共预算财政拨款基本支出${shown(gbBasic)}大于${placeOf(basic)}的全部基本支出${shown(basic)}。`,
        { expected: `≤${shown(basic)}`, actual: shown(gbBasic), uses: [basic, gbBasic] });
    }
  }
}

/** Whether a fleet count is of the 公务用车 (七's “三公” scope) or of every vehicle (共有车辆). */
function fleetScope(c: Claim): 'official' | 'all' {
  return /公务用车/.test(c.subjectText) ? 'official' : 'all';
}

/** Totals whose last-year figure is the sum of their items' (T13 identities, last year's table). */
const PRIOR_PARTS: readonly (readonly [string, readonly string[]])[] = [
  ['sanGong.total', ['sanGong.abroad', 'sanGong.vehicleTotal', 'sanGong.reception']],
  ['sanGong.vehicleTotal', ['sanGong.vehiclePurchase', 'sanGong.vehicleOperation']],
];

const HALF_CENT = new Decimal('0.005');

/** Decimals of a figure counted in 万元 (54,131.40元 has 6, 21.46亿元 has 0). */
function wanDecimals(c: Claim): number {
  return Math.max(0, c.decimals + (c.unit === '元' ? 4 : c.unit === '亿元' ? -4 : 0));
}

/** The same figure at the precision both print it: 5.41万元 restates 54,131.40元, 258.6 is 258.60. */
function sameFigure(a: Claim, b: Claim): boolean {
  const d = Math.min(wanDecimals(a), wanDecimals(b));
  return roundHalfUp(inWan(a), d).eq(roundHalfUp(inWan(b), d));
}

/**
 * 七（一） and 七（二） each imply a last-year figure (this year − change, or 与上年持平): the 三公
 * total's must be the sum of its items' (narrative.md §2 上年数). Runs after checkChanges, which
 * fills ctx.priors.
 */
export function checkPriorParts(ctx: NarrativeContext): void {
  const priors = new Map(ctx.priors);
  notePlateaus(ctx, priors);
  for (const [whole, parts] of PRIOR_PARTS) {
    const w = priors.get(whole);
    const ps = parts.map((p) => priors.get(p));
    if (!w || ps.some((p) => !p)) continue;
    const items = ps as Prior[];
    const sum = items.reduce((a, p) => a.plus(p.value), new Decimal(0));
    const diff = sum.minus(w.value);
    [w, ...items].forEach((p) => ctx.verified.add(p.claim.id));
    if (diff.isZero()) continue;
    const detail = items.map((p) => money(p.value)).join(' + ');
    const msg = `${placeOf(w.claim)}推算的${nameOf(w.claim)}上年数为${money(w.value)}，而各项推算的上年数之和为${money(sum)}（${detail}），相差${money(diff)}`;
    const severity = diff.abs().lte(HALF_CENT.times(items.length)) ? 'info' : 'error';
    report(ctx, PRIOR_YEAR, severity, w.claim.span, `${msg}${severity === 'info' ? '，在尾差范围内' : ''}。`,
      { expected: money(sum), actual: money(w.value), uses: [w, ...items].flatMap((p) => p.uses) });
  }
}

/** "因公出国（境）费支出决算与2022年度持平": last year's figure is this year's. */
function notePlateaus(ctx: NarrativeContext, priors: Map<string, Prior>): void {
  const t = ctx.seg.clean.text;
  ctx.seg.sentences.forEach((s, i) => {
    const { start, end } = ctx.seg.sentenceClean[i];
    const m = /(与|和|同)(20\d\d年度?|上年度?)(相比)?(基本)?持平/.exec(t.slice(start, end));
    if (!m) return;
    const subject = resolveSubject(t.slice(start, start + m.index), s.section);
    if (!subject || priors.has(subject)) return;
    const next = ctx.claims.findIndex((c) => c.at.start >= end);
    const current = amountOf(ctx, subject, next < 0 ? ctx.claims.length : next);
    if (current && current.paragraph === s.paragraph) priors.set(subject, { value: inWan(current), claim: current, uses: [current] });
  });
}
