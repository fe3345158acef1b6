import { CannotCheckError } from './errors';
import { Finding, Severity } from './findings/types';
import { Grid } from './grid/types';
import { readWorkbook } from './model/readWorkbook';
import { checkNarrative } from './narrative/check';
import { WorkbookModel } from './model/types';
import { runRules } from './rules';
import { Profile } from './tables/catalog';

export interface CheckOptions {
  readonly profile?: 'auto' | Profile;
  /** The 说明 as plain text (already extracted from .docx by the adapter). Checked against the
   * text itself and against the tables; its findings carry `narrative` spans into this string. */
  readonly narrative?: string;
}

/** Coverage of the 说明: how many figures were found and how many some check tied to something. */
export interface NarrativeCoverage {
  readonly figures: number;
  readonly verified: number;
  /** Unverified figures nothing can confirm (counts, 完成预算 with no budget anywhere). */
  readonly unverifiable?: number;
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface CheckResult {
  readonly model: WorkbookModel;
  /** Reading problems first, then rule findings, each group in the rules' deterministic order. */
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /** Present when a 说明 was checked. */
  readonly narrative?: NarrativeCoverage;
}

export const NO_TABLES_MESSAGE = '未在工作簿中找到决算附表（如“收入支出决算总表”）。';

/** Grid in; model and findings out. The one entry point the CLI and the task pane call. */
export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  const read = readWorkbook(grids, { profile: options.profile ?? 'auto' });
  if (read.model.placements.length === 0) throw new CannotCheckError(NO_TABLES_MESSAGE, 'no-tables');
  const findings = [...read.findings, ...runRules(read.model)];
  if (options.narrative === undefined) return { model: read.model, findings, summary: summarize(findings) };
  const text = checkNarrative(options.narrative, read.model);
  findings.push(...text.findings);
  return {
    model: read.model,
    findings,
    summary: summarize(findings),
    narrative: { figures: text.figures, verified: text.verified, unverifiable: text.unverifiable },
  };
}

export function summarize(findings: readonly Finding[]): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}
