import { NarrativeContext, placeOf, report, shown } from '../context';
import { CROSS_SECTION } from '../rules';
import { Claim } from '../types';
import { inWan } from './percent';

/**
 * The same figure stated twice must agree: 一 and 四 restate totals, 三 and 六 the 基本支出,
 * 五（一） and 五（三） the 一般公共预算 total, 七（二） and its items the 三公 figures.
 */
export function checkCrossSection(ctx: NarrativeContext): void {
  const first = new Map<string, Claim>();
  for (const c of ctx.claims) {
    if (c.subject.startsWith('raw:')) continue;
    if (c.measure !== 'amount' && !(c.measure === 'count' && c.subject === 'vehicles')) continue;
    const key = `${c.measure}|${c.subject}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, c);
      continue;
    }
    ctx.verified.add(c.id);
    ctx.verified.add(seen.id);
    if (inWan(seen).eq(inWan(c))) continue;
    const name = seen.subjectText || c.subjectText;
    report(ctx, CROSS_SECTION, 'error', c.span,
      `${placeOf(c)}写${c.subjectText || name}${shown(c)}，而${placeOf(seen)}写${name}${shown(seen)}，同一数字前后不一致。`,
      { expected: shown(seen), actual: shown(c) });
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
        { expected: shown(basic), actual: shown(gbBasic) });
    } else if (inWan(gbBasic).gt(inWan(basic))) {
      report(ctx, CROSS_SECTION, 'error', gbBasic.span,
        `${placeOf(gbBasic)}的一般公共预算财政拨款基本支出${shown(gbBasic)}大于${placeOf(basic)}的全部基本支出${shown(basic)}。`,
        { expected: `≤${shown(basic)}`, actual: shown(gbBasic) });
    }
  }
}
