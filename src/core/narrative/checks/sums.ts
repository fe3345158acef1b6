import Decimal from 'decimal.js';
import { FUNCTIONAL_CLASSES } from '../../classification/functional';
import { NarrativeContext, money, placeOf, report, shown } from '../context';
import { CLASS_SUM, PARTS_SUM } from '../rules';
import { Claim } from '../types';
import { inWan } from './percent';

const HALF_CENT = new Decimal('0.005');

function total(cs: readonly Claim[]): Decimal {
  return cs.reduce((a, c) => a.plus(inWan(c)), new Decimal(0));
}

/** Σ parts = stated total; within n × 0.005万元 a 尾差 notice (tables.md §4). */
export function checkPartsSum(ctx: NarrativeContext): void {
  for (const st of ctx.structures) {
    if (!st.opener) continue;
    const sum = total(st.parts);
    const want = inWan(st.opener);
    const diff = sum.minus(want);
    const bound = HALF_CENT.times(st.parts.length);
    [st.opener, ...st.parts].forEach((c) => ctx.verified.add(c.id));
    if (diff.isZero()) continue;
    if (!st.exhaustive && diff.isNegative()) continue; // 主要包括 need not list every item
    const span = { start: st.opener.span.start, end: st.parts[st.parts.length - 1].span.end };
    const list = st.parts.map((p) => shown(p)).join(' + ');
    const name = st.opener.subjectText || st.opener.subject;
    if (diff.abs().lte(bound)) {
      report(ctx, PARTS_SUM, 'info', span,
        `${name}${shown(st.opener)}，所列${st.parts.length}项之和为${money(sum)}（${list}），相差${money(diff)}，在尾差范围（${st.parts.length}×0.005万元）内。`,
        { expected: money(want), actual: money(sum), uses: [st.opener, ...st.parts] });
    } else {
      report(ctx, PARTS_SUM, 'error', span,
        `${name}${shown(st.opener)}，但所列${st.parts.length}项之和为${money(sum)}（${list}），${diff.isNegative() ? '少' : '多'}${money(diff)}。`,
        { expected: money(want), actual: money(sum), uses: [st.opener, ...st.parts] });
    }
  }
}

/** 五（二） each 类 amount = Σ the 项 listed under it in 五（三） (by the 款's real 类). */
export function checkClassSums(ctx: NarrativeContext): void {
  const items = ctx.claims.filter((c) => c.path && c.measure === 'amount');
  const byClass = new Map<string, Claim[]>();
  for (const c of items) {
    const code = c.path!.kuanCode?.slice(0, 3) ?? c.path!.classCode;
    if (!code) return; // an unknown 类 makes every sum doubtful
    const list = byClass.get(code) ?? [];
    list.push(c);
    byClass.set(code, list);
  }
  for (const [code, list] of byClass) {
    const stated = ctx.claims.find((c) => c.subject === `func:${code}` && c.measure === 'amount' && c.section === list[0].section);
    if (!stated) continue;
    const sum = total(list);
    const diff = sum.minus(inWan(stated));
    [stated, ...list].forEach((c) => ctx.verified.add(c.id));
    if (diff.isZero()) continue;
    const name = FUNCTIONAL_CLASSES[code] ?? code;
    const detail = list.map((c) => shown(c)).join(' + ');
    const where = `${placeOf(stated)}写${name}${shown(stated)}，${placeOf(list[0])}所列该类各项之和为${money(sum)}（${detail}）`;
    if (diff.abs().lte(HALF_CENT.times(list.length))) {
      report(ctx, CLASS_SUM, 'info', stated.span, `${where}，相差${money(diff)}，在尾差范围内。`, { expected: money(sum), actual: shown(stated), uses: [stated, ...list] });
    } else {
      report(ctx, CLASS_SUM, 'error', stated.span, `${where}，相差${money(diff)}。`, { expected: money(sum), actual: shown(stated), uses: [stated, ...list] });
    }
  }
}
