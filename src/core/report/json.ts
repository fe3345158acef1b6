import { CheckResult } from '../check';
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
  /** false when a 说明 was checked with no workbook (`check --narrative 说明.docx`); absent otherwise. */
  tablesCompared?: false;
  /** figures/verified/unverifiable are present only when a 说明 was checked (`--narrative`). */
  summary: { errors: number; warnings: number; infos: number; figures?: number; verified?: number; unverifiable?: number };
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  cells: CellAddress[];
  expected?: string;
  actual?: string;
  /** context: the clause around the quote (≤ 60 characters); place: the section path (五（三）第2项). */
  narrative?: { start: number; end: number; quote: string; context?: string; place?: string };
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
      if (f.narrative) out.narrative = { ...f.narrative };
      return out;
    }),
    summary: result.narrative ? { ...result.summary, ...result.narrative } : { ...result.summary },
    ...(result.tablesCompared === false ? { tablesCompared: false as const } : {}),
  };
}
