import { CannotCheckError } from './errors';
import { ExplanationOutcome, ExplanationRecord, explainResult, summarizeFindings } from './findings/explanations';
import { Finding } from './findings/types';
import { Grid } from './grid/types';
import { readWorkbook } from './model/readWorkbook';
import { noTablesMessage } from './model/noTables';
import { checkNarrative } from './narrative/check';
import { WorkbookModel } from './model/types';
import { runRules } from './rules';
import { readPriorModel } from './rules/acrossYears';
import { RuleCheck, missingRowFindings } from './rules/coverage';
import { Evidence, findSuspects, Suspect } from './suspects';
import { weighAgainstSuspects } from './suspects/narrative';
import { foldUnitMixups } from './rules/unitMixupFold';
import { Profile } from './tables/catalog';

export interface CheckOptions {
  readonly profile?: 'auto' | Profile;
  /** The 说明 as plain text (already extracted from .docx by the adapter). Checked against the
   * text itself and against the tables; its findings carry `narrative` spans into this string. */
  readonly narrative?: string;
  /** Last year's workbook (same format): its 年末结转和结余 is checked against this year's 年初
   * (rules/acrossYears.ts). Refused, with a Chinese message, when it is not of an earlier year. */
  readonly prior?: readonly Grid[];
  /** The workbook's 已说明 record (findings/explanations.ts): explained warnings are marked and
   * not counted as open; `unreadableExplanations` entries could not be read and were skipped. */
  readonly explanations?: ExplanationRecord;
  readonly unreadableExplanations?: number;
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
  /** Warnings marked 已说明, not counted in `warnings`; present only when there are some. */
  readonly explained?: number;
}

export interface CheckResult {
  readonly model: WorkbookModel;
  /** Reading problems first, then rule findings, each group in the rules' deterministic order. */
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /** Present when a 说明 was checked. */
  readonly narrative?: NarrativeCoverage;
  /** The cells most likely wrong, most likely first (core/suspects); empty when every identity holds. */
  readonly suspects: readonly Suspect[];
  /** Every table identity of the profile: passed, failed or not run, with why (rules/coverage.ts). */
  readonly checks?: readonly RuleCheck[];
  /** False when a 说明 was checked on its own, with no tables to compare (checkNarrativeAlone). */
  readonly tablesCompared?: false;
  /** Present when an explanation record was applied: how many findings it marked, and the
   * explanations it could not apply (finding gone, or now an error). */
  readonly explanations?: ExplanationOutcome;
}

/** Grid in; model and findings out. The one entry point the CLI and the task pane call. */
export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  const result = checkTables(grids, options);
  if (!options.explanations && !options.unreadableExplanations) return result;
  return explainResult(result, options.explanations ?? { version: 1, entries: [] }, options.unreadableExplanations ?? 0);
}

function checkTables(grids: readonly Grid[], options: CheckOptions): CheckResult {
  const read = readWorkbook(grids, { profile: options.profile ?? 'auto' });
  if (read.model.placements.length === 0) throw new CannotCheckError(noTablesMessage(read), 'no-tables');
  const evidence = new Evidence();
  // The suspects' indices refer to this list; the 说明's findings come after and are not ranked.
  const checks: RuleCheck[] = [];
  const prior = options.prior ? readPriorModel(options.prior, read.model) : undefined;
  // A table in the wrong unit: the identities it breaks only through its unit fold into one finding.
  const ruleFindings = foldUnitMixups(read.model, runRules(read.model, { observe: evidence.observe, coverage: checks, prior }), (m) => runRules(m, { prior }));
  const { suspects, findings } = findSuspects(evidence, [...read.findings, ...missingRowFindings(checks, read.model), ...ruleFindings], read.model);
  if (options.narrative === undefined) return { model: read.model, findings, summary: summarize(findings), suspects, checks };
  const text = checkNarrative(options.narrative, read.model);
  // A 说明 figure that equals a suspect table cell's corrected value blames the table, not the text.
  findings.push(...weighAgainstSuspects(text, suspects, read.model));
  return {
    model: read.model,
    findings,
    suspects,
    summary: summarize(findings),
    checks,
    narrative: { figures: text.figures, verified: text.verified, unverifiable: text.unverifiable },
  };
}

/** Counts by severity; warnings marked 已说明 are counted apart (`explained`), not as open warnings. */
export function summarize(findings: readonly Finding[]): Summary {
  return summarizeFindings(findings);
}
