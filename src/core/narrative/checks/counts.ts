import Decimal from 'decimal.js';
import { narrativeRule } from '../rule';
import { CellRef } from '../../grid/cellRef';
import { WorkbookModel } from '../../model/types';
import { NarrativeContext, amountOf, money, nameOf, report, shown, spanOf } from '../context';
import { PARTS_SUM } from './sums';
import { cellsOf, tableFiguresFor, wanOf } from '../ties/cells';
import { listEnd, nested } from '../structures';
import { SECTION, Subject } from '../subjects';
import { Claim } from '../types';
import { inWan } from './percent';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const COUNT_MONEY = narrativeRule({
  id: 'narrative-count',
  title: '说明：数量与金额不符',
  severity: 'warning',
  doc: '数量（辆、批次、人次、次、人）与对应金额应同为零或同不为零：购置公务用车0辆则公务用车购置费为0，因公出国（境）团组、人数与出国费，接待批次、人次与接待费同理（金额取“三公”经费支出决算表或文中所写）。一为零一不为零为警告；两者都不为零时数量无从核对。数量的分项（其中：轿车0辆、越野车0辆…）之和应等于合计，见 narrative-parts-sum。',
  identity: 'narrative.md §2 数量',
  certainWhen: '只报警告：数量与对应金额一为零一不为零。',
});

export const COUNT_LIST = narrativeRule({
  id: 'narrative-count-list',
  title: '说明：数量与所列名称个数不符',
  severity: 'error',
  doc: '“设N个内设机构，分别为A、B、C”：紧跟“分别为/分别是/包括/为：”列出的名称（以顿号分隔、括号内不拆分，最后一项中的“和/及”可能分开两项也可能属于名称，以“等”结尾的不核对）个数应等于N。',
  identity: 'narrative.md §2 数量',
  certainWhen: '错误：“设N个…，分别为A、B、C”中紧跟列出的名称个数与N不等，且“和/及”无论是否分开两项都不等（以“等”结尾的不核对）；“包括/即”所列可能是类别，只报警告。',
});

/**
 * Counts (辆, 批次, 人次, 次, 人…) are only the unit's to know, but two things the text or the
 * tables say can confirm them (narrative.md §2, "三公" 说明):
 * - a count's parts add up to it: "共有公务用车0辆，其中：轿车0辆、越野车0辆…" (same unit word);
 * - a count of nothing goes with no money, and money with something counted: 购置公务用车0辆 with
 *   公务用车购置费 0, 因公出国（境）团组0次 with 出国费 0, 接待0批次 with 接待费 0. A count and an
 *   amount both non-zero cannot be confirmed (the number is the unit's) and stay unverified.
 */
export function checkCountSums(ctx: NarrativeContext): void {
  const t = ctx.seg.clean.text;
  for (const opener of ctx.claims) {
    if (opener.measure !== 'count') continue;
    const next = ctx.claims[opener.id + 1];
    if (!next || next.sentence !== opener.sentence) continue;
    const gap = t.slice(opener.at.end, next.at.start);
    if (!/^[，,；;\s]*其中[:：]?/.test(gap)) continue;
    const sentence = ctx.seg.sentenceClean[opener.sentence];
    const marker = t.indexOf('其中', opener.at.end);
    // "其中：一级项目1个、二级项目8个；其中评价结果为…": a 其中 past the 「；」 that ends an item of an
    // earlier list is another breakdown of that list's whole (taken there), not of the item.
    if (/^[\s\u3000]*[；;]/.test(gap) && t.slice(sentence.start, opener.at.start).includes('其中')) continue;
    // The list stops where a nested 其中 (of its last item, after 「，」), a bracket or outer 「；」, or
    // an 另有 clause begins.
    const end = listEnd(t, marker + 2, sentence.end, nested(t, sentence.start, marker));
    let stop = end;
    for (let k = t.indexOf('其中', marker + 2); k >= 0 && k < end; k = t.indexOf('其中', k + 2)) {
      if (!/[；;][\s\u3000]*$/.test(t.slice(marker, k))) {
        stop = k;
        break;
      }
    }
    const parts: Claim[] = [];
    for (let k = opener.id + 1; k < ctx.claims.length; k++) {
      const c = ctx.claims[k];
      if (c.sentence !== opener.sentence || c.at.start >= stop) break;
      if (c.measure === 'count' && c.unit === opener.unit) parts.push(c);
    }
    if (parts.length === 0) continue;
    const sum = countOf(parts);
    [opener, ...parts].forEach((c) => ctx.verified.add(c.id));
    if (sum.eq(opener.value)) continue;
    // One 其中 figure is a subset (其中外事接待1批次), not a breakdown: it only may not exceed the total.
    if (parts.length === 1) {
      if (sum.gt(opener.value)) {
        report(ctx, PARTS_SUM, 'warning', parts[0].span, `${nameOf(opener)}${shown(opener)}，其中${nameOf(parts[0])}${shown(parts[0])}却大于它，请核对。`,
          { expected: `≤${shown(opener)}`, actual: shown(parts[0]) });
      }
      continue;
    }
    // "其中：一级项目1个、二级项目8个；评价结果为“优”的8个、“良”的1个": lists of two names or more
    // between 「；」 may each break the same whole down by another criterion. When the first adds up
    // to it, each later one is another breakdown, which may leave kinds out but not exceed it; when
    // a later one adds up and the first does not, the first is the mistake.
    const runs = runsOf(t, parts);
    const whole = (run: readonly Claim[]) => countOf(run).eq(opener.value);
    const breakdowns = runs.length > 1 && runs[0].length > 1;
    if (breakdowns && whole(runs[0])) {
      for (const run of runs.slice(1)) {
        if (run.length > 1 && countOf(run).gt(opener.value)) reportCountSum(ctx, opener, run);
      }
      continue;
    }
    reportCountSum(ctx, opener, breakdowns && runs.slice(1).some(whole) ? runs[0] : parts);
  }
}

function countOf(cs: readonly Claim[]): Decimal {
  return cs.reduce((a, c) => a.plus(c.value), new Decimal(0));
}

/** The parts of a list in runs between 「；」 (outside brackets). */
function runsOf(t: string, parts: readonly Claim[]): Claim[][] {
  const runs: Claim[][] = [[parts[0]]];
  for (let i = 1; i < parts.length; i++) {
    const between = t.slice(parts[i - 1].at.end, parts[i].at.start).replace(/[（(][^）)]*[）)]/g, '');
    if (/[；;]/.test(between)) runs.push([]);
    runs[runs.length - 1].push(parts[i]);
  }
  return runs;
}

function reportCountSum(ctx: NarrativeContext, opener: Claim, parts: readonly Claim[]): void {
  const sum = countOf(parts);
  const list = parts.map((p) => `${nameOf(p)}${shown(p)}`).join(' + ');
  report(ctx, PARTS_SUM, 'error', { start: opener.span.start, end: parts[parts.length - 1].span.end },
    `${nameOf(opener)}${shown(opener)}，但所列${parts.length}项之和为${sum.toString()}${opener.unit}（${list}），${sum.lt(opener.value) ? '少' : '多'}${opener.value.minus(sum).abs().toString()}${opener.unit}。`,
    { expected: shown(opener), actual: `${sum.toString()}${opener.unit}` });
}

/** The money a count goes with: subject of the amount, and how to tell the count is about it. */
function moneySubject(c: Claim): Subject | null {
  if (c.subject === 'vehicles.purchased') return 'sanGong.vehiclePurchase';
  if (c.subject === 'sanGong.receptionDomestic' || c.subject === 'sanGong.receptionForeign') return c.subject;
  if (c.subject === 'sanGong.abroad' || (c.section === SECTION.sanGong && /出国|出境|团组/.test(c.subjectText))) return 'sanGong.abroad';
  return null;
}

interface Money {
  readonly wan: Decimal;
  /** "表“…”E9" or "说明“公务用车购置费支出0万元”", for messages. */
  readonly source: string;
  readonly cells: readonly CellRef[];
}

/** T13's figure (决算数), or for 国内/外事 接待 a T13 公务接待费 of zero; else the text's amount. */
function moneyOf(ctx: NarrativeContext, model: WorkbookModel | undefined, c: Claim, subject: Subject): Money | null {
  const tableSubject: Subject = subject.startsWith('sanGong.reception') ? 'sanGong.reception' : subject;
  if (model) {
    const figs = tableFiguresFor(model, { subject: tableSubject, measure: 'amount', section: SECTION.sanGong });
    if (figs.length > 0) {
      const wan = wanOf(figs[0]);
      if (tableSubject === subject || wan.isZero()) return { wan, source: `表中${figs[0].label}`, cells: cellsOf(figs[0]) };
    }
  }
  // The amount in the count's own paragraph, else the nearest earlier one in its section.
  const stated = amountOf(ctx, subject, c.id);
  if (!stated || stated.section !== c.section) return null;
  return { wan: inWan(stated), source: `文中“${stated.subjectText}${shown(stated)}”`, cells: [] };
}

/** "轿车0辆、金额0万元": a count followed by its own 金额 in the same clause run. */
function ownAmount(ctx: NarrativeContext, c: Claim): Claim | null {
  const next = ctx.claims[c.id + 1];
  return next && next.sentence === c.sentence && next.measure === 'amount' && /^金额/.test(next.subjectText) ? next : null;
}

export function checkCountMoney(ctx: NarrativeContext, model?: WorkbookModel): void {
  for (const c of ctx.claims) {
    if (c.measure !== 'count') continue;
    const own = ownAmount(ctx, c);
    const subject = moneySubject(c);
    const m: Money | null = own
      ? { wan: inWan(own), source: `文中“金额${shown(own)}”`, cells: [] }
      : subject ? moneyOf(ctx, model, c, subject) : null;
    if (!m) continue;
    const countZero = c.value.isZero();
    const moneyZero = m.wan.isZero();
    if (!countZero && !moneyZero) continue; // both non-zero: the number is the unit's to know
    ctx.verified.add(c.id);
    if (countZero && moneyZero) continue;
    const what = nameOf(c);
    const message = countZero
      ? `说明写${what}${shown(c)}，但${m.source}为${money(m.wan)}：有支出却无${c.unit}数，请核对。`
      : `说明写${what}${shown(c)}，但${m.source}为0万元：有${c.unit}数却无支出，请核对。`;
    report(ctx, COUNT_MONEY, 'warning', c.span, message, { expected: countZero ? `大于0${c.unit}` : `0${c.unit}`, actual: shown(c), cells: m.cells });
  }
}

/** "设7个内设机构，分别为A、B…": the names listed right after the count. */
const LIST_AFTER = /^[^，,。；;：:]{0,12}[，,]?(?:分别为|分别是|包括|即)[:：]?|^[^，,。；;：:]{0,12}(?:为|是)[:：]/;

/** The names of a 、-separated list up to the sentence or clause end; null when it is open (等).
 * 和 / 及 may join the last two names (A、B和C) or belong to a name (人事和教育科): the list gives
 * the counts it can mean, from the 、 alone up to every 和 / 及 of the last name splitting it. */
function listedNames(t: string, from: number, end: number): { names: string[]; counts: number[] } | null {
  const names: string[] = [];
  let depth = 0;
  let start = from;
  let k = from;
  for (; k < end; k++) {
    const ch = t[k];
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === '、') {
      names.push(t.slice(start, k));
      start = k + 1;
    } else if (depth === 0 && /[，,。；;]/.test(ch)) break;
  }
  names.push(t.slice(start, k));
  const clean = names.map((n) => n.trim()).filter((n) => n.length > 0);
  if (clean.length === 0 || /等$|等[\u4e00-\u9fff]{0,4}$/.test(clean[clean.length - 1])) return null;
  // A "name" holding a figure is not a list of names.
  if (clean.some((n) => /\d/.test(n) || n.length > 20)) return null;
  const joins = (clean[clean.length - 1].match(/和|及|与/g) ?? []).length;
  return { names: clean, counts: Array.from({ length: joins + 1 }, (_, i) => clean.length + i) };
}

/** A stated count of named things against the list of names that follows it. Certain when the
 * list enumerates (分别为 / 为：) and no reading of its 和 / 及 gives the count; a 包括 / 即 list may
 * name kinds rather than each one, so it is a warning. */
export function checkCountList(ctx: NarrativeContext): void {
  const t = ctx.seg.clean.text;
  for (const c of ctx.claims) {
    if (c.measure !== 'count' || c.unit !== '个') continue;
    const sentence = ctx.seg.sentenceClean[c.sentence];
    const m = LIST_AFTER.exec(t.slice(c.at.end, sentence.end));
    if (!m) continue;
    const from = c.at.end + m[0].length;
    const list = listedNames(t, from, sentence.end);
    if (!list || list.counts[list.counts.length - 1] < 2) continue;
    ctx.verified.add(c.id);
    if (list.counts.some((n) => c.value.eq(n))) continue;
    const enumerates = !/包括|即/.test(m[0]);
    const last = from + t.slice(from, sentence.end).search(/[，,。；;]|$/);
    const counted = list.counts.length > 1 ? `${list.counts[0]}至${list.counts[list.counts.length - 1]}个（“和”“及”是否分开两项不确定）` : `${list.names.length}个`;
    report(ctx, COUNT_LIST, enumerates ? 'error' : 'warning', spanOf(ctx, c.at.start, Math.max(last, from)),
      `文中写${shown(c)}，其后列出${counted}：${list.names.join('、')}。${enumerates ? '' : '“包括”所列可能是类别而非逐个列举，请核对。'}`,
      { expected: `${list.counts[0]}${c.unit}`, actual: shown(c) });
  }
}
