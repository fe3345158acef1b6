import Decimal from 'decimal.js';
import { toYuan, Unit } from '../amount/units';
import { CellRef } from '../grid/cellRef';
import { Finding } from '../findings/types';
import { WorkbookModel } from '../model/types';
import { formatIn } from '../rules/compare';
import type { TableRuleId } from '../rules/registry';
import { Broken, cellKey, Evidence } from './evidence';
import { rankSuspects, RankedSuspect } from './rank';
import { TypoKind } from './typos';

export { Evidence } from './evidence';
export { explainTypo } from './typos';
export type { TypoKind } from './typos';

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
export function findSuspects(
  evidence: Evidence,
  findings: readonly Finding[],
  model?: WorkbookModel,
): { suspects: Suspect[]; findings: Finding[] } {
  const index = new Map<Finding, number>();
  findings.forEach((f, i) => index.set(f, i));
  const out = findings.slice();
  const units = model ? unitSuspects(evidence, findings, model) : [];
  const explained = new Set(units.flatMap((u) => u.broken));
  for (const u of units) {
    // The mix-up finding itself: its unit line is the cell to change, the figures compared are context.
    out[u.own] = { ...findings[u.own], suspect: u.suspect.cell };
    for (const b of u.broken) {
      const i = index.get(b.finding);
      // No figure of the table is "应为" anything in particular: the unit line is what to change.
      if (i !== undefined) {
        const { expected: _e, actual: _a, ...rest } = findings[i];
        out[i] = { ...rest, suspect: u.suspect.cell };
      }
    }
  }
  const ranked = rankSuspects(evidence, explained);
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
  return { suspects: [...units.map((u) => u.suspect), ...suspects.map((s) => shift(s, units.length))], findings: withoutFalseExpected(out, ranked) };
}

/**
 * A 尾差 notice on a total whose part is a suspect: "C7 应为 1652.29" on the parent of a mistyped
 * C9 would tell the user to change a correct total (the gap is C9's, and goes once C9 is
 * corrected). Such a notice keeps its message and cells but gives no 应为.
 */
function withoutFalseExpected(findings: readonly Finding[], ranked: readonly RankedSuspect[]): Finding[] {
  const suspected = new Set(ranked.map((s) => cellKey(s.figure.cell)));
  if (suspected.size === 0) return [...findings];
  return findings.map((f) => {
    if (f.severity !== 'info' || f.expected === undefined || f.suspect) return f;
    if (!f.cells.some((c) => suspected.has(cellKey(c)))) return f;
    const { expected: _e, actual: _a, ...rest } = f;
    return rest;
  });
}

function shift(s: Suspect, by: number): Suspect {
  return s.alternativeTo === undefined || by === 0 ? s : { ...s, alternativeTo: s.alternativeTo + by };
}

/** The finding of the rule that names a table filled in the other unit than its 金额单位 line says. */
const UNIT_MIXUP_RULE: TableRuleId = 'unit-mixup';
const OTHER_UNIT: Readonly<Record<Unit, Unit>> = { 万元: '元', 元: '万元' };

/**
 * A table filled in 元 under a 万元 line (or the reverse) breaks every identity it shares with
 * other tables; the one thing to change is its unit line, not each figure. Those identities are
 * explained by the unit cell, which comes first.
 */
interface UnitSuspect {
  readonly suspect: Suspect;
  /** The identities it explains. */
  readonly broken: readonly Broken[];
  /** Index of the mix-up finding. */
  readonly own: number;
}

function unitSuspects(evidence: Evidence, findings: readonly Finding[], model: WorkbookModel): UnitSuspect[] {
  const out: UnitSuspect[] = [];
  findings.forEach((f, i) => {
    if (f.rule !== UNIT_MIXUP_RULE || !f.table) return;
    const table = model.tables[f.table];
    const cell = table?.unitCell;
    if (!table || !cell) return;
    const broken = evidence.broken.filter((b) => b.terms.some((t) => t.figure.cell.sheet === table.sheet));
    const indices = [...broken.map((b) => findings.indexOf(b.finding)).filter((k) => k >= 0)];
    out.push({
      suspect: {
        cell,
        value: table.unit,
        expected: OTHER_UNIT[table.unit],
        reason: `该表数字按${OTHER_UNIT[table.unit]}填写，单位却标为${table.unit}`,
        findings: [...new Set([i, ...indices])].sort((a, b) => a - b),
      },
      own: i,
      broken,
    });
  });
  return out;
}
export { cellMarks } from './marks';
export type { MarkKind } from './marks';
