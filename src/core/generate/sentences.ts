import Decimal from 'decimal.js';
import { percent } from '../amount/round';
import { Money, SectionWriter } from './writer';

/** Direction words follow the sign of the change (narrative.md §2). */
export function changeVerb(change: Decimal): '增加' | '减少' | '持平' {
  return change.isZero() ? '持平' : change.isPositive() ? '增加' : '减少';
}

export function growthVerb(change: Decimal): '增长' | '下降' | '持平' {
  return change.isZero() ? '持平' : change.isPositive() ? '增长' : '下降';
}

/** 决算数大于/小于/等于预算数. */
export function compareVerb(actual: Decimal, budget: Decimal): '大于' | '小于' | '等于' {
  const c = actual.comparedTo(budget);
  return c > 0 ? '大于' : c < 0 ? '小于' : '等于';
}

export interface ChangeSpec {
  readonly current: Money;
  /** Last year's figure, undefined when the user gave none. */
  readonly prior: Decimal | undefined;
  /** Input path of the prior figure, for the placeholder. */
  readonly priorInput: string;
  /** "2022年度". */
  readonly priorLabel: string;
  /** What changed, as the sentence names it: 收、支总计, 一般公共预算财政拨款支出 … */
  readonly subject: string;
  /** 收、支总计各增加: both sides moved by the same amount. */
  readonly each?: boolean;
}

/**
 * "增加35.32万元，增长1.84%" / "减少0.05万元，下降0.84%" / "持平"; the rate is left out when last year
 * was zero (no base to grow from). Null when there is no prior figure.
 */
export function changeFigures(w: SectionWriter, current: Decimal, prior: Decimal): string {
  const change = current.minus(prior);
  if (change.isZero()) return '持平';
  const amount = `${changeVerb(change)}${w.amount(change.abs())}万元`;
  const rate = percent(change.abs(), prior.abs());
  return rate === null ? amount : `${amount}，${growthVerb(change)}${w.pct(rate)}`;
}

/**
 * "与2022年度相比，收、支总计各减少35.32万元，下降1.84%。" — or the placeholder when last year's
 * figure is missing. Returns whether the figure changed (undefined: unknown), so the caller
 * asks for a reason only when there is something to explain.
 */
export function changeSentence(w: SectionWriter, spec: ChangeSpec): { text: string; changed: boolean | undefined } {
  const lead = `与${spec.priorLabel}相比，${spec.subject}`;
  if (spec.prior === undefined) {
    const ask = w.ask(spec.priorInput, `增减情况（需${spec.priorLabel}${spec.subject}）`);
    return { text: `${lead}${ask}。`, changed: undefined };
  }
  w.wan(spec.current, false); // records the cells the comparison rests on
  const change = spec.current.value.minus(spec.prior);
  if (change.isZero()) return { text: `${lead}持平。`, changed: false };
  return { text: `${lead}${spec.each ? '各' : ''}${changeFigures(w, spec.current.value, spec.prior)}。`, changed: true };
}

/**
 * The change sentence followed by "主要变动原因是…。" when there is a change (or it is unknown);
 * `reason` writes the reason (or its placeholder) only then.
 */
export function changeWithReason(w: SectionWriter, spec: ChangeSpec, reason: () => string): string {
  const { text, changed } = changeSentence(w, spec);
  if (changed === false) return text;
  return `${text}主要变动原因是${reason()}。`;
}
