import Decimal from 'decimal.js';
import { FUNCTIONAL_CLASSES } from '../../classification/functional';
import { NarrativeContext, money, placeOf, report, shown, nameOf } from '../context';
import { CLASS_SUM, PARTS_SUM } from '../rules';
import { Claim } from '../types';
import { inWan } from './percent';

const HALF_CENT = new Decimal('0.005');

function total(cs: readonly Claim[]): Decimal {
  return cs.reduce((a, c) => a.plus(inWan(c)), new Decimal(0));
}

/** Rounding allowance of a sum of figures in 万元 (tables.md §4): half a cent per non-zero term,
 * none when the figures are in 元 (they are exact). */
export function sumAllowance(terms: readonly Claim[]): Decimal {
  if (terms.every((c) => c.unit === '元')) return new Decimal(0);
  return HALF_CENT.times(Math.max(1, terms.filter((c) => !c.value.isZero()).length));
}

/**
 * Σ parts = stated total; within the rounding allowance a 尾差 notice (tables.md §4). Certain
 * (an error) only when the list is of the total's known parts and either names all of them or
 * overshoots; a list of unknown things, or one that leaves parts out, is a warning saying so.
 * A single 其中 figure is a subset, not a breakdown: it may not exceed its total.
 */
export function checkPartsSum(ctx: NarrativeContext): void {
  for (const st of ctx.structures) {
    if (!st.opener) continue;
    const want = inWan(st.opener);
    const name = nameOf(st.opener);
    if (st.parts.length === 1) {
      const part = st.parts[0];
      ctx.verified.add(st.opener.id);
      ctx.verified.add(part.id);
      if (inWan(part).minus(want).gt(sumAllowance([part]))) {
        report(ctx, PARTS_SUM, 'warning', part.span,
          `${name}${shown(st.opener)}，其中${nameOf(part)}${shown(part)}却大于它，请核对。`,
          { expected: `≤${shown(st.opener)}`, actual: shown(part), uses: [st.opener, part] });
      }
      continue;
    }
    const sum = total(st.parts);
    const diff = sum.minus(want);
    const bound = sumAllowance(st.parts);
    [st.opener, ...st.parts].forEach((c) => ctx.verified.add(c.id));
    if (diff.isZero()) continue;
    if (!st.exhaustive && diff.isNegative()) continue; // 主要包括 need not list every item
    if (st.unknown > 0 && !st.complete && diff.isNegative()) continue; // the unnamed figures may be the rest
    const span = { start: st.opener.span.start, end: st.parts[st.parts.length - 1].span.end };
    const list = st.parts.map((p) => shown(p)).join(' + ');
    const uses = [st.opener, ...st.parts];
    if (diff.abs().lte(bound)) {
      report(ctx, PARTS_SUM, 'info', span,
        `${name}${shown(st.opener)}，所列${st.parts.length}项之和为${money(sum)}（${list}），相差${money(diff)}，在尾差范围（${bound.div(HALF_CENT).toNumber()}×0.005万元）内。`,
        { expected: money(want), actual: money(sum), uses });
      continue;
    }
    const certain = !st.implicit && st.known && st.exhaustive && (st.complete || diff.isPositive());
    const doubt = certain ? ''
      : st.implicit ? '；各分项取自本部分其他句子，请核对合计或分项'
      : st.known ? '；所列分项不全，未列的分项可能不为零' : '；无法确定所列各项是否构成该合计';
    report(ctx, PARTS_SUM, certain ? 'error' : 'warning', span,
      `${name}${shown(st.opener)}，但所列${st.parts.length}项之和为${money(sum)}（${list}），${diff.isNegative() ? '少' : '多'}${money(diff)}${doubt}。`,
      { expected: money(want), actual: money(sum), uses });
    if (certain) ctx.implied.set(st.opener.id, { wan: sum, finding: ctx.findings[ctx.findings.length - 1] });
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
