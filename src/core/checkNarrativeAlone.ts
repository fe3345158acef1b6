import { checkWorkbook, CheckResult, summarize } from './check';
import { isCannotCheckError } from './errors';
import { Grid } from './grid/types';
import { WorkbookModel } from './model/types';
import { checkNarrative } from './narrative/check';

/**
 * A 说明 checked without its workbook (a reviewer who received only the Word file, or a pane
 * whose workbook holds no 决算 tables): every text-internal check runs, nothing is held against
 * table cells, and the result says so (`tablesCompared: false`; the reports print it).
 */
export function checkNarrativeAlone(text: string): CheckResult {
  const narrative = checkNarrative(text);
  const model: WorkbookModel = {
    profile: 'sichuan-13', year: narrative.year, entity: null, tables: {}, placements: [], missing: [], duplicates: [],
  };
  const findings = [...narrative.findings];
  return {
    model,
    findings,
    suspects: [],
    summary: summarize(findings),
    narrative: { figures: narrative.figures, verified: narrative.verified, unverifiable: narrative.unverifiable },
    tablesCompared: false,
  };
}

/** The pane's 说明校验: against the workbook's tables when it has them, else the 说明 alone. */
export function checkNarrativeAgainst(grids: readonly Grid[], text: string): CheckResult {
  try {
    return checkWorkbook(grids, { narrative: text });
  } catch (e) {
    if (isCannotCheckError(e) && e.code === 'no-tables') return checkNarrativeAlone(text);
    throw e;
  }
}
