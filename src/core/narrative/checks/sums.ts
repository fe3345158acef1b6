import Decimal from 'decimal.js';
import { narrativeRule } from '../rule';
import { FUNCTIONAL_CLASSES } from '../../classification/functional';
import { NarrativeContext, money, placeOf, report, shown, nameOf } from '../context';
import { Claim } from '../types';
import { inWan } from './percent';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const PARTS_SUM = narrativeRule({
  id: 'narrative-parts-sum',
  title: '说明：分项之和与合计不符',
  severity: 'error',
  doc: '“其中：”“主要包括：”后列出的分项金额之和应等于前面的合计（同一量词的数量分项之和也应等于合计，如公务用车辆数）；在n×0.005万元以内为尾差提示。“主要包括”可以不列全，但不能超过合计。',
  identity: 'narrative.md §2 合计 = Σ分项',
  certainWhen: '错误：合计的各组成部分已知（收入八项、支出五项、“三公”三项、公务用车两项、政府采购三项、基本支出的人员经费与公用经费），列表只取这些部分，且列全（或各项占比合计为100%）或分项之和超过合计，在同一句“其中：”之后。分项不全、合计为未知项目、分项取自其他句子时为警告；单个“其中”只核对不超过合计。',
});

export const CLASS_SUM = narrativeRule({
  id: 'narrative-class-sum',
  title: '说明：功能分类类级金额与项级明细不符',
  severity: 'error',
  doc: '五（二）各类金额应等于五（三）中该类下各项决算数之和。',
  identity: 'T06 类 = Σ项',
  certainWhen: '错误：五（二）的类金额与五（三）中同一类下各项金额（类由款的编码确定；项只写名称时，由同写的科目编码、所写的款，或表中唯一同名的项确定）之和相差超过尾差，且五（三）每一项的类都已确定。有项目的类无法确定时为警告并指出该项（该项金额恰好补足差额时不报）。',
});

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

/** The 类 of a 五（三） item: its 款's (the real one, whatever 类 the text writes it under), else
 * the class written or printed; null when the item's names and codes do not tell. */
function classOf(c: Claim): string | null {
  const p = c.path;
  return p ? p.kuanCode?.slice(0, 3) ?? p.classCode ?? p.xiangCode?.slice(0, 3) ?? null : null;
}

/**
 * The items of 五（三） whose 类 is unknown: in a subsection that lists 项 by path, a numbered item
 * whose figures name no 类 (a 项 name several 款 share, words the classification does not know).
 * Its first amount stands for the item.
 */
function unplacedItems(ctx: NarrativeContext, placed: readonly Claim[]): Claim[] {
  const where = new Set(placed.map((c) => `${c.section}|${c.subsection}`));
  const byItem = new Map<string, Claim[]>();
  for (const c of ctx.claims) {
    if (c.item === null || c.measure !== 'amount' || c.restates || c.inShare || !where.has(`${c.section}|${c.subsection}`)) continue;
    const key = `${c.section}|${c.subsection}|${c.item}`;
    const list = byItem.get(key) ?? [];
    list.push(c);
    byItem.set(key, list);
  }
  const out: Claim[] = [];
  for (const list of byItem.values()) {
    if (list.some((c) => classOf(c) !== null)) continue;
    const first = list.find((c) => c.path || c.subject.startsWith('raw:'));
    if (first && list[0] === first) out.push(first);
  }
  return out;
}

/** How an unplaced item is named in a message: its 项/款 name, else the words of its head. */
function itemName(ctx: NarrativeContext, c: Claim): string {
  const name = c.path?.xiangName ?? c.path?.kuanName;
  if (name) return name;
  const para = ctx.seg.paragraphs[c.paragraph];
  const head = ctx.seg.clean.text.slice(para.start, c.at.start).replace(/^[\s\u3000]*(?:\d{1,2}[.．、]|[（(][^）)]{1,3}[）)])/, '');
  return head.split(/[:：，,；;]/)[0].slice(0, 20) || nameOf(c);
}

/**
 * 五（二） each 类 amount = Σ the 项 listed under it in 五（三） (by the 款's real 类). Certain only
 * when every item of 五（三） is placed in a 类: an item whose 类 is unknown may belong to any, so
 * a sum that misses is then a warning naming it, or nothing when it makes up the difference.
 */
export function checkClassSums(ctx: NarrativeContext): void {
  const items = ctx.claims.filter((c) => c.path && c.measure === 'amount' && classOf(c) !== null);
  const byClass = new Map<string, Claim[]>();
  for (const c of items) {
    const code = classOf(c)!;
    const list = byClass.get(code) ?? [];
    list.push(c);
    byClass.set(code, list);
  }
  const unplaced = unplacedItems(ctx, items);
  for (const [code, list] of byClass) {
    const stated = ctx.claims.find((c) => c.subject === `func:${code}` && c.measure === 'amount' && c.section === list[0].section);
    if (!stated) continue;
    const sum = total(list);
    const diff = sum.minus(inWan(stated));
    const allowance = HALF_CENT.times(list.length);
    [stated, ...list].forEach((c) => ctx.verified.add(c.id));
    if (diff.isZero()) continue;
    const name = FUNCTIONAL_CLASSES[code] ?? code;
    const detail = list.map((c) => shown(c)).join(' + ');
    const where = `${placeOf(stated)}写${name}${shown(stated)}，${placeOf(list[0])}所列该类各项之和为${money(sum)}（${detail}）`;
    const uses = [stated, ...list];
    if (diff.abs().lte(allowance)) {
      report(ctx, CLASS_SUM, 'info', stated.span, `${where}，相差${money(diff)}，在尾差范围内。`, { expected: money(sum), actual: shown(stated), uses });
    } else if (unplaced.length > 0) {
      // The unplaced items may be this 类's: nothing to say when they make up the difference.
      const fills = (cs: readonly Claim[]) => total(cs).plus(diff).abs().lte(allowance.plus(HALF_CENT.times(cs.length)));
      if (unplaced.some((c) => fills([c])) || fills(unplaced)) continue;
      const names = unplaced.map((c) => `第${c.item}项“${itemName(ctx, c)}”（${shown(c)}）`).join('、');
      report(ctx, CLASS_SUM, 'warning', stated.span,
        `${where}，相差${money(diff)}；${names}未写明所属的类，无法确定是否属于该类，请核对。`,
        { expected: money(sum), actual: shown(stated), uses: [...uses, ...unplaced] });
    } else {
      report(ctx, CLASS_SUM, 'error', stated.span, `${where}，相差${money(diff)}。`, { expected: money(sum), actual: shown(stated), uses });
    }
  }
}
