import { checkWorkbook, CheckResult } from '../../core/check';
import { ClearResult, ExcelHost, HighlightResult, marksFromFindings } from '../../excel/host';

export interface CheckRun {
  readonly result: CheckResult;
  readonly highlight: HighlightResult;
  /** Present when earlier highlights were removed first. */
  readonly cleared: ClearResult | null;
  /** Chinese notices from clearing and highlighting (protected sheets …). */
  readonly notices: readonly string[];
}

/**
 * 一键校验: earlier highlights off (they would pile up otherwise), every sheet read (2 syncs), the
 * engine run, the problem cells coloured (1–2 syncs). On a workbook without earlier highlights
 * that is at most four context.sync calls.
 */
export async function checkAndHighlight(excel: ExcelHost): Promise<CheckRun> {
  const cleared = excel.hasHighlights() ? await excel.clearHighlights() : null;
  const grids = await excel.readAllSheets();
  const result = checkWorkbook(grids);
  const highlight = await excel.highlight(marksFromFindings(result.findings));
  return { result, highlight, cleared, notices: [...(cleared?.notices ?? []), ...highlight.notices] };
}
