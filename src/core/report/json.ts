import { JsonCheck, toJsonChecks } from './checks';
import { CheckResult } from '../check';
import { UnusedReason } from '../findings/explanations';
import { Severity } from '../findings/types';
import { CellAddress, toAddress } from '../grid/cellRef';
import { Profile, TableId } from '../tables/catalog';

/** The JSON contract of `check --format json` (README "JSON 格式"). Keep it stable; extend only. */
export interface JsonReport {
  file: string;
  profile: Profile;
  year: number | null;
  entity: string | null;
  tables: { id: TableId; title: string; sheet: string; unit: string }[];
  missingTables: TableId[];
  findings: JsonFinding[];
  /** The cells most likely to need changing, most likely first (errors and warnings only). */
  suspects: JsonSuspect[];
  /** false when a 说明 was checked with no workbook (`check --narrative 说明.docx`); absent otherwise. */
  tablesCompared?: false;
  /** figures/verified/unverifiable are present only when a 说明 was checked (`--narrative`). */
  summary: { errors: number; warnings: number; infos: number; explained?: number; figures?: number; verified?: number; unverifiable?: number };
  /** Whether each table identity ran (passed / failed / not-run, with the reason); absent for a 说明 checked alone. */
  checks?: JsonCheck[];
  /** Explanations saved in the workbook (or given by --explanations) that were not applied; absent when all were. */
  unusedExplanations?: JsonUnusedExplanation[];
}

export interface JsonUnusedExplanation {
  rule: string;
  /** The finding's message when it was explained. */
  message: string;
  note: string;
  by: string;
  at: string;
  /** gone: no such finding now; error: it is now an error (errors cannot be explained); info: now a notice. */
  reason: UnusedReason;
  /** The finding key it was saved under (rule|sheet!cell,…). */
  key: string;
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  cells: CellAddress[];
  /** Values of the suspect cell (or of the stated figure when no suspect is named). */
  expected?: string;
  actual?: string;
  /** The cited cell most likely wrong; the other cited cells are context. */
  suspect?: CellAddress;
  /** context: the clause around the quote (≤ 60 characters); place: the section path (五（三）第2项). */
  narrative?: { start: number; end: number; quote: string; context?: string; place?: string };
  /** The table the finding is about (a missing table's finding cites no cell but names it here). */
  table?: TableId;
  /** 已说明: a warning the user explained (saved in the workbook); not counted in summary.warnings. */
  explained?: { note: string; by: string; at: string };
}

export interface JsonSuspect {
  sheet: string;
  address: string;
  /** As printed, in the sheet's unit. */
  value: string;
  /** The value that makes the broken identities hold, where one value does. */
  expected?: string;
  /** Chinese: the slip (两位数字颠倒 …) or why this cell. */
  reason: string;
  /** transposition | dropped | extra | changed | decimal | unit. */
  typo?: string;
  /** Indices into findings. */
  findings: number[];
  /** Present on an alternative: index into suspects of the suspect it could replace. */
  alternativeTo?: number;
}

export function toJsonReport(file: string, result: CheckResult): JsonReport {
  const { model } = result;
  return {
    file,
    profile: model.profile,
    year: model.year,
    entity: model.entity,
    tables: model.placements.map((p) => ({ id: p.id, title: p.title, sheet: p.sheet, unit: p.unit })),
    missingTables: [...model.missing],
    findings: result.findings.map((f) => {
      const out: JsonFinding = { rule: f.rule, severity: f.severity, message: f.message, cells: f.cells.map(toAddress) };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.actual !== undefined) out.actual = f.actual;
      if (f.suspect) out.suspect = toAddress(f.suspect);
      if (f.narrative) out.narrative = { ...f.narrative };
      if (f.table) out.table = f.table;
      if (f.explained) out.explained = { note: f.explained.note, by: f.explained.by, at: f.explained.at };
      return out;
    }),
    suspects: result.suspects.map((s) => {
      // Keys in the documented order: sheet, address, value, expected, reason, typo, findings.
      const out: JsonSuspect = {
        ...toAddress(s.cell),
        value: s.value,
        ...(s.expected !== undefined ? { expected: s.expected } : {}),
        reason: s.reason,
        ...(s.typo ? { typo: s.typo } : {}),
        findings: [...s.findings],
      };
      if (s.alternativeTo !== undefined) out.alternativeTo = s.alternativeTo;
      return out;
    }),
    summary: result.narrative ? { ...result.summary, ...result.narrative } : { ...result.summary },
    ...(result.checks ? { checks: toJsonChecks(result.checks) } : {}),
    ...(result.tablesCompared === false ? { tablesCompared: false as const } : {}),
    ...(result.explanations && result.explanations.unused.length > 0
      ? {
          unusedExplanations: result.explanations.unused.map(({ explanation: e, reason }) => ({
            rule: e.rule,
            message: e.message,
            note: e.note,
            by: e.by,
            at: e.at,
            reason,
            key: e.key,
          })),
        }
      : {}),
  };
}
