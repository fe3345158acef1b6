import Decimal from 'decimal.js';
import { narrativeRule } from '../rule';
import { NarrativeContext, amountOf, claimsOfSentence, money, moneyAs, nameOf, placeOf, report, shown, spanOf } from '../context';
import { PRIOR_YEAR } from './crossSection';
import { Subject } from '../subjects';
import { Claim, Span } from '../types';
import { UP_WORDS, decompositionOf, resolveSubject, subjectLabel, wholesOf } from '../vocabulary';
import { expectedText, inWan, judgePercent, ratioRange, roundingOf } from './percent';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const CHANGE = narrativeRule({
  id: 'narrative-change',
  title: '说明：增减额与上年数不符',
  severity: 'error',
  doc: '增减额 = 本年数 − 上年数；文中给出上年数时据此核对。',
  identity: 'narrative.md §2 增减额',
  certainWhen: '错误：同一句写出本年数和上年数（或“持平/无变化”而所比的上年数、预算数在文中或文中表格写明且唯一），差额不符。以预算为基数的增减（与预算相比；未以上年为基数的节约、节省、结余、超支、超出预算）不推算上年数，同一分句写出预算数和决算数时按决算数 − 预算数核对；“持平”紧跟的是数量或比率时不按金额核对。上年数只能经合计的增减额推算（“三公”经费减少0.23万元，其余分项上年数已知、只差一项）时只报警告，并写明所依据的假设。',
});

export const GROWTH = narrativeRule({
  id: 'narrative-growth',
  title: '说明：增长率计算错误',
  severity: 'error',
  doc: '增长率 = 增减额 ÷ 上年数 × 100，上年数 = 本年数 − 增减额（有表格时本年数取表中单元格）。用本年数作分母是常见错误。',
  identity: 'narrative.md §2 增长率',
  certainWhen: '错误：增长率与其增减额、本年数在同一句，或各自写明主语；句中写出上年数时以上年数为基数。本年数取自其他句子且主语为推断时为警告。以预算为基数的（与年初预算相比）按预算数计算。',
});

export const COMPLETION = narrativeRule({
  id: 'narrative-completion',
  title: '说明：预算完成率与金额不符',
  severity: 'error',
  doc: '完成预算 = 决算数 ÷ 预算数 × 100（“三公”经费的预算数与决算数取自“三公”经费支出决算表）；“决算数大于/小于/等于预算数”须与之一致。',
  identity: 'narrative.md §2 完成预算',
  certainWhen: '错误：预算数、决算数与完成率在同一分句（“；”之间）或括号内，预算口径（年初/调整）一致。预算数取自同段其他句子时为警告；口径不明的两种预算不比较。',
});

export const DIRECTION = narrativeRule({
  id: 'narrative-direction',
  title: '说明：增减方向用词与数字不符',
  severity: 'error',
  doc: '增加/增长用于上升，减少/下降用于下降；大于/小于用于决算与预算之比。',
  identity: 'narrative.md §2 方向词',
  certainWhen: '错误：方向词与同一分句的金额（决算与预算、本年与上年）相反；完成率本身有误时按金额判断。',
});

const UP = UP_WORDS;

function inSentenceBefore(ctx: NarrativeContext, c: Claim, measure: Claim['measure']): Claim | null {
  for (let k = c.id - 1; k >= 0 && ctx.claims[k].sentence === c.sentence; k--) {
    if (ctx.claims[k].measure === measure) return ctx.claims[k];
  }
  return null;
}

function inSentence(ctx: NarrativeContext, c: Claim, measure: Claim['measure']): Claim | null {
  return claimsOfSentence(ctx, c.sentence).find((x) => x.measure === measure && x.subject === c.subject) ?? null;
}

/**
 * 增减额, 增长率 and the words that go with them (narrative.md §2): prior = this − change,
 * growth = change ÷ prior. Also keeps every derived prior-year figure to compare across sections.
 */
export function checkChanges(ctx: NarrativeContext): void {
  const priors = ctx.priors;
  const notePrior = (subject: string, value: Decimal, claim: Claim, uses: readonly Claim[]) => {
    if (subject.startsWith('raw:')) return; // unnamed: not one quantity across the text
    const seen = priors.get(subject);
    if (!seen) {
      priors.set(subject, { value, claim, uses });
      return;
    }
    ctx.verified.add(claim.id);
    ctx.verified.add(seen.claim.id);
    if (!seen.value.eq(value)) {
      report(ctx, PRIOR_YEAR, 'error', claim.span,
        `${placeOf(claim)}推算的上年数为${money(value)}，而${placeOf(seen.claim)}推算的上年数为${money(seen.value)}，前后不一致。`,
        { expected: money(seen.value), actual: money(value), uses: [...seen.uses, ...uses] });
    }
  };

  for (const c of ctx.claims) {
    if (c.measure !== 'change') continue;
    const current = amountOf(ctx, c.subject, c.id);
    // Against the budget (与年初预算相比，增加…; 节约0.36万元): no last-year figure follows from it;
    // the budget and the amount of its clause group, when stated, are its operands.
    if (c.base === 'budget') {
      checkBudgetVariance(ctx, c);
      continue;
    }
    // A subject taken from the sentence around it may be another item's: no prior is derived.
    if (c.inherited && current?.sentence !== c.sentence) continue;
    const prior = inSentence(ctx, c, 'prior');
    if (!current) continue;
    const change = inWan(c);
    const derived = inWan(current).minus(change);
    if (prior) {
      const actual = inWan(current).minus(inWan(prior));
      [c, current, prior].forEach((x) => ctx.verified.add(x.id));
      if (actual.abs().eq(change.abs()) && !actual.eq(change) && !actual.isZero()) {
        report(ctx, DIRECTION, 'error', c.span,
          `本年${shown(current)}，上年${shown(prior)}，实际${actual.isNegative() ? '减少' : '增加'}${money(actual)}，文中却写“${c.verb ?? ''}”。`,
          { expected: actual.isNegative() ? '减少' : '增加', actual: c.verb ?? '', uses: [c, current, prior] });
      } else if (!actual.eq(change)) {
        report(ctx, CHANGE, 'error', c.span,
          `本年${shown(current)} − 上年${shown(prior)} = ${actual.isNegative() ? '−' : ''}${money(actual)}，文中写“${c.verb ?? ''}${shown(c)}”。`,
          { expected: money(actual), actual: shown(c), uses: [c, current, prior] });
      }
      notePrior(c.subject, inWan(prior), c, [c, prior]);
    } else {
      notePrior(c.subject, derived, c, [c, current]);
    }
  }
  for (const c of ctx.claims) {
    if (c.measure === 'prior' && !inSentence(ctx, c, 'change')) notePrior(c.subject, inWan(c), c, [c]);
  }

  for (const g of ctx.claims) {
    if (g.measure !== 'growth') continue;
    // The change of the rate's own subject (paired lists: 各增加C、D万元，各增长p%、q%), else the nearest.
    const change = claimsOfSentence(ctx, g.sentence).filter((x) => x.id < g.id && x.measure === 'change' && x.subject === g.subject).pop()
      ?? inSentenceBefore(ctx, g, 'change');
    const current = amountOf(ctx, g.subject, g.id);
    if (!current) continue;
    let delta: Decimal;
    let prior: Decimal;
    // What the printed figures allow each operand (a derived one sums its inputs' rounding).
    let rounding: [Decimal, Decimal];
    // A last-year figure printed in the sentence is the rate's base; a wrong change beside it is the
    // change check's finding, not the rate's (较2023年88.15万元增加8.53万元，增长9.45%: 8.33 ÷ 88.15).
    const printedPrior = inSentence(ctx, g, 'prior');
    if (printedPrior && g.base !== 'budget') {
      prior = inWan(printedPrior);
      delta = inWan(current).minus(prior);
      rounding = [roundingOf(current).plus(roundingOf(printedPrior)), roundingOf(printedPrior)];
    } else if (change) {
      delta = inWan(change);
      prior = inWan(current).minus(delta);
      rounding = [roundingOf(change), roundingOf(current).plus(roundingOf(change))];
      const changeUp = UP.test(change.verb ?? '');
      const growthUp = UP.test(g.verb ?? '');
      ctx.verified.add(g.id);
      if (changeUp !== growthUp && !g.value.isZero() && !delta.isZero()) {
        report(ctx, DIRECTION, 'error', g.span,
          `同一句中写“${change.verb ?? ''}${shown(change)}”，增长率却用“${g.verb ?? ''}”，方向矛盾。`,
          { expected: changeUp ? '增长' : '下降', actual: g.verb ?? '', uses: [g, change] });
        continue;
      }
    } else {
      const p = inSentence(ctx, g, 'prior');
      if (!p) continue;
      prior = inWan(p);
      delta = inWan(current).minus(prior);
      rounding = [roundingOf(current).plus(roundingOf(p)), roundingOf(p)];
    }
    if (prior.lte(0)) continue;
    // Certain when the rate's figures stand in its sentence, or each names its subject itself.
    const certain = current.sentence === g.sentence || (!current.inherited && !g.inherited);
    const baseWord = g.base === 'budget' ? '预算数' : '上年数';
    ctx.verified.add(g.id);
    ctx.verified.add(current.id);
    // The change is half of the rate's division: a wrong change shows up as a wrong rate.
    if (change) ctx.verified.add(change.id);
    const exact = delta.div(prior).times(100);
    const status = judgePercent(g.value, g.decimals, exact, ratioRange(delta, prior, rounding));
    if (status === 'ok') continue;
    const exp = expectedText(exact, g.decimals);
    const m = (d: Decimal) => moneyAs(d, current);
    const base = `${baseWord} = ${shown(current)} − ${delta.isNegative() ? '(−' + m(delta) + ')' : m(delta)} = ${m(prior)}，增长率 = ${m(delta)} ÷ ${m(prior)} = ${exact.abs().toFixed(4)}%`;
    if (status === 'truncated') {
      report(ctx, GROWTH, 'warning', g.span, `${base}，按四舍五入应为${exp}，文中写作${shown(g)}（截尾而非四舍五入）。`, { expected: exp, actual: shown(g), uses: [g, current, change ?? inSentence(ctx, g, 'prior')] });
    } else if (status === 'tail') {
      report(ctx, GROWTH, 'info', g.span, `${base}，按四舍五入应为${exp}，文中写作${shown(g)}；差异在金额尾差范围内。`, { expected: exp, actual: shown(g), uses: [g, current, change ?? inSentence(ctx, g, 'prior')] });
    } else {
      const byCurrent = inWan(current).isZero() ? null : delta.div(inWan(current)).times(100);
      const wrongBase = byCurrent && judgePercent(g.value, g.decimals, byCurrent) === 'ok';
      const doubt = certain ? '' : `（本年数${shown(current)}取自其他句子，无法确定是同一项目）`;
      report(ctx, GROWTH, certain ? 'error' : 'warning', g.span,
        wrongBase
          ? `${base}，应为${exp}；文中的${shown(g)}是用本年数${shown(current)}作分母算出的，应除以${baseWord}${doubt}。`
          : `${base}，应为${exp}，文中写作${shown(g)}${doubt}。`,
        { expected: exp, actual: shown(g), uses: [g, current, change ?? inSentence(ctx, g, 'prior')] });
    }
  }
}

/**
 * A change against the budget (节约, 超支, 比预算减少): 决算 − 预算, when one budget and this
 * year's amount of the same subject stand before it in its clause group (certain); else unchecked.
 */
function checkBudgetVariance(ctx: NarrativeContext, c: Claim): void {
  const before = groupOf(ctx, c).filter((x) => x.id < c.id);
  const actual = [...before].reverse().find((x) => x.measure === 'amount' && !x.restates && !x.inShare);
  // A variance of another item (主要是公务接待费节约0.17万元), or of words we do not know (通过集中加油节约0.1万元):
  // a part of the variance, perhaps, not the amount's own.
  if (!actual || c.subject !== actual.subject) return;
  const base = rateBase(ctx, c);
  const budgets = before.filter((x) => x.measure === 'budget' && x.subject === actual.subject && sameBase(base, figureBase(ctx, x)));
  if (budgets.length !== 1) return;
  const budget = budgets[0];
  const diff = inWan(actual).minus(inWan(budget));
  const change = inWan(c);
  [c, actual, budget].forEach((x) => ctx.verified.add(x.id));
  if (diff.eq(change)) return;
  const uses = [c, actual, budget];
  if (diff.abs().eq(change.abs()) && !diff.isZero()) {
    report(ctx, DIRECTION, 'error', c.span,
      `决算${shown(actual)}${diff.isNegative() ? '小于' : '大于'}预算${shown(budget)}，文中却写“${c.verb ?? ''}”。`,
      { expected: diff.isNegative() ? '节约（减少）' : '超支（增加）', actual: c.verb ?? '', uses });
    return;
  }
  report(ctx, CHANGE, 'error', c.span,
    `决算${shown(actual)} − 预算${shown(budget)} = ${diff.isNegative() ? '−' : ''}${money(diff)}，文中写“${c.verb ?? ''}${shown(c)}”。`,
    { expected: money(diff), actual: shown(c), uses });
}

const DIRECTION_WORDS = /决算数?(?:与(?:年初|调整|全年)?预算数?)?(大于|高于|超过|小于|低于|等于|持平)((?:年初|调整后?|全年)?预算)?/g;

/**
 * The 大于/小于/持平 words about a completion rate: in its own sentence up to the next rate, or
 * at the head of the sentence right after it (…完成预算的105%。决算数大于预算数的主要原因是…)
 * when no other figure stands before them. Never further: a later sentence speaks of another item.
 */
function directionAfter(ctx: NarrativeContext, k: Claim): { found: RegExpExecArray; at: number } | null {
  const t = ctx.seg.clean.text;
  const own = ctx.seg.sentenceClean[k.sentence];
  const next = ctx.claims.find((x) => x.id > k.id && x.measure === 'completion' && x.sentence === k.sentence);
  const search = (from: number, to: number) => {
    DIRECTION_WORDS.lastIndex = 0;
    const found = DIRECTION_WORDS.exec(t.slice(from, to));
    return found ? { found, at: from + found.index } : null;
  };
  const inOwn = search(k.at.end, next ? next.at.start : own.end);
  if (inOwn) return inOwn;
  const following = ctx.seg.sentences[k.sentence + 1];
  if (!following || following.paragraph !== k.paragraph) return null;
  const span = ctx.seg.sentenceClean[k.sentence + 1];
  const hit = search(span.start, span.end);
  if (!hit) return null;
  const firstClaim = ctx.claims.find((x) => x.sentence === k.sentence + 1);
  if (firstClaim && firstClaim.at.start < hit.at) return null;
  // The words before 决算 must not name another item (机关服务支出决算小于预算数…).
  const head = t.slice(span.start, hit.at).replace(/[\s\u3000，,]/g, '').replace(/^(其中|该项|本项|此项|上述|以上|其|该)?(支出)?/, '');
  if (head !== '' && resolveSubject(head, ctx.seg.sentences[k.sentence].section) !== k.subject) return null;
  // Several rates before them (完成年初预算的137.27%，完成全年预算的100%。决算数大于年初预算数…): the
  // words speak of the rate of the budget they name, else of the last rate.
  const rates = ctx.claims.filter((x) => x.measure === 'completion' && x.sentence === k.sentence);
  const wordBase = budgetBase(hit.found[0]);
  const named = rates.filter((x) => rateBase(ctx, x) === wordBase);
  const owner = wordBase !== 'any' && named.length ? named[named.length - 1] : rates[rates.length - 1];
  return owner === k ? hit : null;
}

/** The budget a completion rate or a budget variance names just before it (完成年初预算的…, 比年初预算节约…). */
function rateBase(ctx: NarrativeContext, k: Claim): BudgetBase {
  return budgetBase(ctx.seg.clean.text.slice(Math.max(ctx.seg.sentenceClean[k.sentence].start, k.at.start - 12), k.at.start));
}

/** The budget a budget figure is (年初预算为480万元). */
function figureBase(ctx: NarrativeContext, b: Claim): BudgetBase {
  return budgetBase(ctx.seg.clean.text.slice(Math.max(0, b.at.start - 8), b.at.start));
}

/** Which budget a phrase names: 年初预算, 调整预算 (调整后为…; 全年预算 is the adjusted one), or just
 * 预算. The last one named is the phrase's (…年初预算为480万元，全年预算为: 全年). */
type BudgetBase = 'initial' | 'adjusted' | 'any';
function budgetBase(phrase: string): BudgetBase {
  const named = phrase.match(/年初|调整|全年/g);
  if (!named) return 'any';
  return named[named.length - 1] === '年初' ? 'initial' : 'adjusted';
}
const sameBase = (a: BudgetBase, b: BudgetBase) => a === b || a === 'any' || b === 'any';

/**
 * The clause group of a claim: from the last 「；」 (or the sentence start) to the next. In a 三公
 * sentence each item's 预算, 决算 and 完成率 stand in one group; operands found there are certain.
 */
function groupOf(ctx: NarrativeContext, c: Claim): Claim[] {
  const t = ctx.seg.clean.text;
  const sentence = ctx.seg.sentenceClean[c.sentence];
  let from = c.at.start;
  while (from > sentence.start && t[from - 1] !== '；' && t[from - 1] !== ';') from--;
  let to = c.at.end;
  while (to < sentence.end && t[to] !== '；' && t[to] !== ';') to++;
  return claimsOfSentence(ctx, c.sentence).filter((x) => x.at.start >= from && x.at.end <= to);
}

interface CompletionOperands {
  readonly actual: Claim;
  readonly budget: Claim;
  /** Both found in the completion's own clause group (or its bracket): the arithmetic is certain. */
  readonly certain: boolean;
}

function completionOperands(ctx: NarrativeContext, k: Claim): CompletionOperands | null {
  const t = ctx.seg.clean.text;
  const group = groupOf(ctx, k);
  const base = budgetBase(t.slice(Math.max(ctx.seg.sentenceClean[k.sentence].start, k.at.start - 12), k.at.start));
  const before = group.filter((x) => x.id < k.id);
  const actual = [...before].reverse().find((x) => x.measure === 'amount') ?? null;
  // 完成预算8.00万元的92.8% and 完成预算88.69%（预算30.5万元）: the budget inside or right after the phrase.
  const budgets = group.filter((x) => x.measure === 'budget' && sameBase(base, budgetBase(t.slice(Math.max(0, x.at.start - 8), x.at.start))));
  const budget = budgets.length === 1 ? budgets[0]
    : budgets.length > 1 ? [...budgets].reverse().find((x) => x.id < k.id && budgetBase(t.slice(Math.max(0, x.at.start - 8), x.at.start)) === base) ?? null
    : null;
  if (actual && budget) return { actual, budget, certain: true };
  // The budgets stated in an earlier sentence of the paragraph ("年初预算为20.80亿元，调整后为22.15
  // 亿元。…完成21.46亿元，为年初预算的103.17%，完成调整预算数的103.17%"): the one of this base.
  if (actual && base !== 'any') {
    const earlier = ctx.claims.filter((x) => x.measure === 'budget' && x.paragraph === k.paragraph && x.sentence < k.sentence
      && budgetBase(t.slice(Math.max(0, x.at.start - 8), x.at.start)) === base);
    if (earlier.length === 1) return { actual, budget: earlier[0], certain: false };
  }
  // Otherwise: the subject's figures stated elsewhere in the paragraph, or in the same section (七's
  // budgets are often listed once in （一） and the completion rates given item by item in （二）),
  // which may be another item's: a warning at most.
  const a = actual ?? amountOf(ctx, k.subject, k.id);
  const b = amountOf(ctx, k.subject, k.id, 'budget');
  const near = b && (b.paragraph === k.paragraph || (k.section !== null && b.section === k.section));
  if (a && b && near && !k.subject.startsWith('raw:') && sameBase(base, budgetBase(t.slice(Math.max(0, b.at.start - 8), b.at.start)))) {
    return { actual: a, budget: b, certain: false };
  }
  return null;
}

/** The rate's actual figure against the one budget of `base` its sentence states for that subject. */
function otherBudget(ctx: NarrativeContext, k: Claim, ops: CompletionOperands | null, base: BudgetBase): CompletionOperands | null {
  const actual = ops?.actual;
  if (!actual || actual.sentence !== k.sentence) return null;
  const budgets = claimsOfSentence(ctx, k.sentence).filter((x) => x.measure === 'budget' && x.subject === actual.subject && figureBase(ctx, x) === base);
  return budgets.length === 1 ? { actual, budget: budgets[0], certain: true } : null;
}

/** 完成预算 p% against 决算 ÷ 预算 when the budget is stated, and 大于/小于/持平 against the figures. */
export function checkCompletion(ctx: NarrativeContext): void {
  for (const k of ctx.claims) {
    if (k.measure !== 'completion') continue;
    const ops = completionOperands(ctx, k);
    let rateWrong = false;
    if (ops && !inWan(ops.budget).isZero()) {
      const { actual, budget, certain } = ops;
      const exact = inWan(actual).div(inWan(budget)).times(100);
      [k, actual, budget].forEach((x) => ctx.verified.add(x.id));
      const status = judgePercent(k.value, k.decimals, exact, ratioRange(inWan(actual), inWan(budget), [roundingOf(actual), roundingOf(budget)]));
      const exp = expectedText(exact, k.decimals);
      rateWrong = status === 'wrong';
      if (status !== 'ok') {
        const severity = status === 'wrong' ? (certain ? 'error' : 'warning') : status === 'truncated' ? 'warning' : 'info';
        const doubt = status === 'wrong' && !certain ? '（预算数取自本部分其他句子，请核对是否为同一项目）' : '';
        report(ctx, COMPLETION, severity, k.span,
          `决算${shown(actual)} ÷ 预算${shown(budget)} = ${exact.toFixed(4)}%，应为${exp}，文中写作${shown(k)}${doubt}${status === 'tail' ? '；差异在金额尾差范围内' : ''}。`,
          { expected: exp, actual: shown(k), uses: [k, actual, budget] });
      }
    }
    const hit = directionAfter(ctx, k);
    if (!hit) continue;
    const { found, at } = hit;
    const word = found[1];
    const wordBase = budgetBase(found[0]); // 大于年初预算数, 与年初预算数持平
    // 完成全年预算的100%，决算数大于年初预算数: the word speaks of the budget it names, judged by
    // that budget's figure when the rate's sentence states exactly one of it; else not at all.
    const operands = sameBase(wordBase, rateBase(ctx, k)) ? ops : otherBudget(ctx, k, ops, wordBase);
    if (operands !== ops && !operands) continue;
    // Judge the word by the amounts when the sentence gives them (the rate may itself be wrong),
    // else by the printed rate.
    const cmp = operands && operands.certain ? inWan(operands.actual).comparedTo(inWan(operands.budget)) : rateWrong ? null : k.value.comparedTo(100);
    if (cmp === null) continue;
    const fits = (c: number) => c > 0 ? /大于|高于|超过/.test(word) : c < 0 ? /小于|低于/.test(word) : /等于|持平/.test(word);
    // A word naming no budget, in a sentence stating both (年初预算为480万元，全年预算为520.89万元…，
    // 决算数大于预算数), may speak of either: wrong only if it fits neither.
    const either = wordBase === 'any' && (['initial', 'adjusted'] as const).some((b) => {
      const o = otherBudget(ctx, k, ops, b);
      return o && fits(inWan(o.actual).comparedTo(inWan(o.budget)));
    });
    const ok = fits(cmp) || either;
    ctx.verified.add(k.id);
    if (!ok) {
      const budgetName = `${found[0].match(/年初|调整|全年/g)?.pop() ?? ''}预算`;
      const want = cmp > 0 ? '大于' : cmp < 0 ? '小于' : '等于（持平）';
      const basis = operands && operands.certain ? `决算${shown(operands.actual)}、${budgetName}${shown(operands.budget)}` : `完成预算${shown(k)}`;
      report(ctx, DIRECTION, 'error', spanOf(ctx, at, at + found[0].length - (found[2] === '预算' ? 2 : 0)),
        `${basis}，决算数应${want}${budgetName}数，文中却写“${word}”。`, { expected: want, actual: word, uses: operands ? [k, operands.actual, operands.budget] : [k] });
    }
  }
}

/** "与2022年度持平", "与2023年度预算相比无变化", "较上年决算数无增减": no change against a base. */
const PLATEAU = /(?:与|较|比|同)[\s\u3000]*(20\d\d[\s\u3000]*年度?|上年度?|去年)?(?:同期)?(决算数?)?((?:年初|全年|调整)?预算数?)?(?:相比)?[，,]?(?:基本)?(持平|无变化|无增减|没有变化|未发生变化)/g;

/** Words of a quantity that is not money: counts of things and people, rates, shares. */
const NOT_MONEY = /批次|人次|人数|\d[\s\u3000]*(辆|台|套|个|项|次|人)|保有量|数量|[^效]率|比例|比重|占比/;

/**
 * 持平 / 无变化 against the figures (narrative.md §2: 持平 only when the change is zero): this
 * year's amount in the sentence against last year's figure or the budget of the same subject, as
 * the text or a table pasted into it states them. Certain when both are printed for that subject.
 */
export function checkPlateaus(ctx: NarrativeContext): void {
  const t = ctx.seg.clean.text;
  /** 持平 against last year with no base printed: judged afterwards through a total (below). */
  const open: { current: Claim; span: Span; word: string }[] = [];
  /** Last year's figure a 持平 states: this year's. */
  const flat = new Map<string, Claim>();
  ctx.seg.sentences.forEach((s, si) => {
    const { start, end } = ctx.seg.sentenceClean[si];
    const para = ctx.seg.paragraphs[s.paragraph];
    if (!para.inRegion || para.kind !== 'text') return;
    for (const m of t.slice(start, end).matchAll(PLATEAU)) {
      const at = start + (m.index ?? 0);
      const budget = !!m[3];
      const inSentence = claimsOfSentence(ctx, si).filter((c) => c.at.end <= at);
      // 持平 speaks of the figure just before it: a count (接待25批次，与上年持平) or a rate
      // (完成率与上年持平) is not the money figure earlier in the sentence; nor is a clause that
      // names such a quantity without printing it (公务用车保有量与上年持平).
      const nearest = inSentence[inSentence.length - 1];
      if (nearest && nearest.measure !== 'amount' && nearest.measure !== 'prior' && nearest.measure !== 'budget') continue;
      const clauseText = t.slice(nearest ? nearest.at.end : start, at);
      if (NOT_MONEY.test(clauseText)) continue;
      let current = [...inSentence].reverse().find((c) => c.measure === 'amount' && !c.subject.startsWith('raw:'));
      if (!current) {
        // "公务接待费支出2.06万元。公务接待费支出决算与2022年度持平": the subject named, its figure just before.
        const named = resolveSubject(t.slice(start, at), s.section);
        const next = ctx.claims.findIndex((c) => c.at.start >= at);
        const c = named ? amountOf(ctx, named, next < 0 ? ctx.claims.length : next) : null;
        if (c && c.paragraph >= s.paragraph - 1 && !c.table && c.at.start < at) current = c;
      }
      if (!current) continue;
      // Another figure after this year's amount is itself the base (与上年决算数18万元持平): checked as a prior.
      if (inSentence.some((c) => c.id > current.id && (c.measure === 'prior' || c.measure === 'budget'))) continue;
      // The base the sentence names (年初预算, 调整预算): of several candidates that disagree, the
      // one meant is not certain, so nothing is judged.
      const kind = /年初/.test(m[3] ?? '') ? /年初/ : /调整/.test(m[3] ?? '') ? /调整/ : null;
      const bases = ctx.claims.filter((c) => c.subject === current.subject && c.measure === (budget ? 'budget' : 'prior') && (c.table || c.section === current.section)
        && (!kind || kind.test(ctx.seg.clean.text.slice(Math.max(0, c.at.start - 8), c.at.start))));
      const base = bases[0];
      if (!budget) flat.set(current.subject, current);
      if (!base && !budget && bases.length === 0) open.push({ current, span: spanOf(ctx, at, at + m[0].length), word: m[4] });
      if (!base || bases.some((c) => !inWan(c).eq(inWan(base)))) continue;
      ctx.verified.add(current.id);
      ctx.verified.add(base.id);
      if (inWan(base).eq(inWan(current))) continue;
      const diff = inWan(current).minus(inWan(base));
      const baseName = budget ? '预算数' : '上年数';
      report(ctx, CHANGE, 'error', spanOf(ctx, at, at + m[0].length),
        `${nameOf(current)}${shown(current)}，${baseName}${shown(base)}${base.table ? '（文中表格）' : ''}，${diff.isNegative() ? '减少' : '增加'}${money(diff)}，文中却写“${m[4]}”。`,
        { expected: `${diff.isNegative() ? '减少' : '增加'}${money(diff)}`, actual: m[4], uses: [current, base] });
    }
  });
  for (const o of open) plateauThroughTotal(ctx, o, flat);
}

/**
 * 持平 with no base of its own, judged through a total whose last-year figure the text gives
 * (“三公”经费…较上年减少0.23万元) and the other parts' last-year figures (stated, derived, or 持平
 * too): last year's part = last year's total − the other parts. Parts are never negative, so a
 * part whose figure exceeds that is certainly not 持平; one below it is 持平 only if a part with no
 * known last-year figure made up the difference, which the warning names.
 */
function plateauThroughTotal(ctx: NarrativeContext, o: { current: Claim; span: Span; word: string }, flat: ReadonlyMap<string, Claim>): void {
  const { current } = o;
  for (const whole of wholesOf(current.subject)) {
    const total = ctx.priors.get(whole);
    if (!total) continue;
    const parts = decompositionOf(whole)?.closed ?? [];
    // A total its own stated parts contradict this year is in doubt: nothing follows from it.
    const stated = parts.map((k) => amountOf(ctx, k, ctx.claims.length));
    const totalNow = amountOf(ctx, whole, ctx.claims.length);
    if (totalNow && stated.every((c) => c) && !stated.reduce((a, c) => a.plus(inWan(c!)), new Decimal(0)).minus(inWan(totalNow)).abs().lte(new Decimal('0.005').times(parts.length))) return;
    const others = parts.filter((k) => k !== current.subject);
    // Each printed figure is rounded to its last digit: the derived figure carries their halves.
    const tolerance = new Decimal('0.005').times(others.length + 2);
    // Every 持平 taken at its word, the parts add up to the total: nothing to say.
    const atWord = others.map((k) => ctx.priors.get(k)?.value ?? (flat.get(k) ? inWan(flat.get(k)!) : null));
    if (atWord.every((v) => v !== null) && atWord.reduce((a: Decimal, v) => a.minus(v ?? 0), total.value).minus(inWan(current)).abs().lte(tolerance)) {
      ctx.verified.add(current.id);
      return;
    }
    const known: { key: Subject; wan: Decimal; from: readonly Claim[] }[] = [];
    const unknown: Subject[] = [];
    for (const k of parts) {
      if (k === current.subject) continue;
      const p = ctx.priors.get(k);
      const f = flat.get(k);
      if (p) known.push({ key: k, wan: p.value, from: p.uses });
      // Another 持平 is leaned on only at zero (全年未安排…，与上年持平: nothing either year); two
      // non-zero 持平 would each be judged by the other.
      else if (f && inWan(f).isZero()) known.push({ key: k, wan: inWan(f), from: [f] });
      else unknown.push(k);
    }
    // Every other part known: the total against the sum of the parts' last-year figures is
    // checkPriorParts' (crossSection.ts) to judge.
    // Two parts or more with no last-year figure: any split is possible, nothing follows.
    if (unknown.length !== 1) return;
    const bound = known.reduce((a, k) => a.minus(k.wan), total.value);
    const diff = inWan(current).minus(bound);
    if (diff.abs().lte(tolerance)) {
      ctx.verified.add(current.id);
      return;
    }
    // The part with no last-year figure may have its change in the text all the same, in words the
    // reader could not tie to it (a sentence that opens with 比2022年度减少0.17万元): when such a change
    // gives that part exactly the last-year figure 持平 needs, nothing contradicts the 持平.
    if (diff.isNegative() && unattachedChangeFits(ctx, current, unknown[0], diff.negated(), tolerance)) return;
    ctx.verified.add(current.id);
    // The last-year figure rests on the total's printed change, which may itself be the slip: a
    // warning that says what it was computed from, never an error.
    const minus = known.length ? `，减去${known.map((k) => `${subjectLabel(k.key, k.key)}上年${money(k.wan)}`).join('、')}` : '';
    const unless = unknown.length && diff.isNegative()
      ? `除非上年${unknown.map((k) => subjectLabel(k, k)).join('、')}合计为${money(diff.negated())}，` : '';
    report(ctx, CHANGE, 'warning', o.span,
      `上年${subjectLabel(whole, whole)}为${money(total.value)}（由本年数和增减额推算）${minus}；${unless}上年${subjectLabel(current.subject, nameOf(current))}应为${money(bound)}，本年${shown(current)}，并非“${o.word}”。请核对“持平”或${subjectLabel(whole, whole)}的增减额。`,
      { expected: `较上年${diff.isNegative() ? '减少' : '增加'}${money(diff.abs())}`, actual: o.word, uses: [current, ...total.uses, ...known.flatMap((k) => k.from)] });
    return;
  }
}

/**
 * A change in the same section that no subject was found for, and that would give `part` exactly
 * `needed` as last year's figure (this year's figure of the part minus the change).
 */
function unattachedChangeFits(ctx: NarrativeContext, plateau: Claim, part: Subject, needed: Decimal, tolerance: Decimal): boolean {
  const now = amountOf(ctx, part, ctx.claims.length);
  if (!now) return false;
  return ctx.claims.some((c) => c.measure === 'change' && c.section === plateau.section && c.subject.startsWith('raw:') && c.base !== 'budget'
    && inWan(now).minus(inWan(c)).minus(needed).abs().lte(tolerance));
}
