import Decimal from 'decimal.js';
import { toYuan, Unit } from '../amount/units';
import { CellRef } from '../grid/cellRef';
import { Finding } from '../findings/types';
import { formatIn } from '../rules/compare';
import { Broken, cellKey, Evidence } from './evidence';
import { rankSuspects, RankedSuspect } from './rank';
import { TypoKind } from './typos';

export { Evidence } from './evidence';
export { explainTypo, likeliestTypo, TYPO_LABEL } from './typos';
export type { TypoKind, Typo } from './typos';

/** A cell most likely to need changing, as reports and the pane show it. */
export interface Suspect {
  readonly cell: CellRef;
  /** The value as printed, in the sheet's unit. */
  readonly value: string;
  /** The value that makes the broken identities hold, where one value does. */
  readonly expected?: string;
  /** Chinese: why this cell (the slip, or how many identities it breaks). */
  readonly reason: string;
  readonly typo?: TypoKind;
  /** Indices into the findings of the check: the broken identities this cell explains. */
  readonly findings: readonly number[];
  /** For an alternative: index into the suspects of the one it is an alternative to. */
  readonly alternativeTo?: number;
}

function format(value: Decimal, unit: Unit): string {
  return formatIn(toYuan(value, unit), unit);
}

/**
 * A finding's expected and actual values belong to its suspect: on a total against its parts
 * whose wrong cell is a part, "应为" is that part's corrected value, not a new total. When the
 * identity does not pin the suspect's value down (an inequality with the suspect on the other
 * side), the finding gives no expected value at all rather than an untrue one.
 */
function attribute(f: Finding, b: Broken, suspect: RankedSuspect): Finding {
  const key = cellKey(suspect.figure.cell);
  const term = b.terms.find((t) => cellKey(t.figure.cell) === key)!;
  const { value, unit } = suspect.figure;
  const { expected: _e, actual: _a, ...rest } = f;
  if ((b.comparison.relation ?? 'eq') === 'eq') {
    const corrected = toYuan(value, unit).minus(b.difference.dividedBy(term.coefficient));
    return { ...rest, suspect: suspect.figure.cell, expected: formatIn(corrected, unit), actual: format(value, unit) };
  }
  return term.stated ? { ...f, suspect: suspect.figure.cell } : { ...rest, suspect: suspect.figure.cell };
}

/**
 * Ranks the suspects of a check and ties each broken identity's finding to its suspect.
 * `findings` is the check's full list (the indices refer to it); returns it with the findings
 * that have a suspect rewritten, in the same order.
 */
export function findSuspects(evidence: Evidence, findings: readonly Finding[]): { suspects: Suspect[]; findings: Finding[] } {
  const ranked = rankSuspects(evidence);
  const index = new Map<Finding, number>();
  findings.forEach((f, i) => index.set(f, i));
  const out = findings.slice();
  const position = new Map<RankedSuspect, number>();
  ranked.forEach((s, i) => position.set(s, i));
  const suspects = ranked.map((s): Suspect => {
    const indices = s.broken.map((b) => index.get(b.finding)).filter((i): i is number => i !== undefined);
    if (!s.alternativeTo) for (const b of s.broken) {
      const i = index.get(b.finding);
      if (i !== undefined) out[i] = attribute(findings[i], b, s);
    }
    return {
      cell: s.figure.cell,
      value: format(s.figure.value, s.figure.unit),
      ...(s.expected !== undefined ? { expected: format(s.expected, s.figure.unit) } : {}),
      reason: s.reason,
      ...(s.typo ? { typo: s.typo } : {}),
      findings: indices.sort((a, b) => a - b),
      ...(s.alternativeTo ? { alternativeTo: position.get(s.alternativeTo) } : {}),
    };
  });
  return { suspects, findings: out };
}
export { cellMarks } from './marks';
export type { CellMark, MarkKind } from './marks';
