import { Subject } from './subjects';
import { Claim } from './types';

/**
 * "A 1197.54万元、B 691.51万元，分别占63.39%和36.61%": a list after 各/分别 with no names before
 * 各/分别 belongs to the amounts listed just before it, in order. These helpers find how many
 * figures the list has and which amounts it is listed against (claims.ts zips them).
 */

/** What joins the figures of a list after 各/分别: 「、」, a comma, or 和/及 before the last. */
export const LIST_JOIN = '(?:[、，,]|以及|和|及|与)';

/** One figure of such a list, with its unit ("1846.73、1839.05万元" shares one unit). */
const FIGURE = '\\d[\\d,.]*(?:[\\s\\u3000]*、[\\s\\u3000]*\\d[\\d,.]*)*[\\s\\u3000]*(?:万元|亿元|元|%)';
const LIST_AHEAD = new RegExp(`^${FIGURE}(?:[\\s\\u3000]*${LIST_JOIN}[\\s\\u3000]*${FIGURE})*`);

/** How many figures the list opening at `from` (the first figure's number) holds. */
export function listLength(t: string, from: number, end: number): number {
  const m = LIST_AHEAD.exec(t.slice(from, end));
  return m ? (m[0].match(/\d[\d,.]*/g) ?? []).length : 0;
}

/** Between two listed amounts: a join and the next item's name, no other figure or clause. */
const ENUMERATED = /^[\s\u3000]*(、|以及|和|及|与)[^、，,。；;：:\d]*$/;
/** A comma-separated item ("基本支出60万元，项目支出40万元"), not a new passage (其中, 主要包括). */
const COMMA_ITEM = /^[\s\u3000]*[，,](?![^、，,。；;：:\d]*(其中|包括|用于))[^、，,。；;：:\d]*$/;
/** Between the last amount and the list's clause: only the comma. */
const CLAUSE_GAP = /^[\s\u3000]*[，,]?[\s\u3000]*$/;

/**
 * The amounts a list of `count` figures after 各/分别 (its clause starting at `clauseStart`) is
 * listed against: the run of amounts right before it, joined by 「、」/和 (or by commas, one item a
 * clause), exactly `count` of them, each a distinct known subject. An earlier list of the same
 * length in between (分别增加…，分别增长…) is skipped: both follow the same amounts. Null when
 * the amounts cannot be told: the list's figures then have no known subject.
 */
export function listedAmounts(
  t: string, inSentence: readonly Claim[], clauseStart: number, count: number, clauseStartOf: (c: Claim) => number,
): Subject[] | null {
  if (count < 2) return null;
  let k = inSentence.length - 1;
  while (k >= 0 && inSentence[k].at.end > clauseStart) k--; // the list's own figures
  let next = clauseStart;
  // An earlier list after 各/分别 of the same length, zipped with the same amounts.
  let skipped = 0;
  while (k >= 0 && inSentence[k].listIndex !== undefined) {
    next = clauseStartOf(inSentence[k]);
    skipped++;
    k--;
  }
  if (skipped && skipped !== count) return null;
  const last = inSentence[k];
  if (!last || !isListedAmount(last) || !CLAUSE_GAP.test(t.slice(last.at.end, next))) return null;
  const run = [last];
  let commas = false;
  for (let j = k - 1; j >= 0; j--) {
    const c = inSentence[j];
    const gap = t.slice(c.at.end, run[0].at.start);
    if (!isListedAmount(c) || c.measure !== last.measure) break;
    if (!commas && ENUMERATED.test(gap)) run.unshift(c);
    else if (run.length < count && COMMA_ITEM.test(gap)) {
      // Items one a clause: only as many as the list needs (a total may head them).
      commas = true;
      run.unshift(c);
    } else break;
  }
  if (run.length !== count) return null;
  const subjects = run.map((c) => c.subject);
  if (subjects.some((s) => s.startsWith('raw:')) || new Set(subjects).size !== subjects.length) return null;
  return subjects;
}

function isListedAmount(c: Claim): boolean {
  return (c.measure === 'amount' || c.measure === 'budget') && !c.restates && !c.inShare && c.listIndex === undefined;
}
