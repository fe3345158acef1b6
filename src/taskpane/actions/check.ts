import { checkWorkbook, CheckResult, summarize } from '../../core/check';
import { ExplanationRecord, explainResult, SHEET_UNREADABLE_RULE } from '../../core/findings/explanations';
import type { Finding } from '../../core/findings/types';
import type { Grid } from '../../core/grid/types';
import { HostError } from '../../excel/errors';
import { ClearResult, ExcelHost, HighlightResult, marksFromFindings, SheetFailure } from '../../excel/host';

export interface CheckRun {
  /** With the workbook's explanations applied (what the pane shows). */
  readonly result: CheckResult;
  /** As checked, before explanations: the pane applies an edited record to this. */
  readonly checked: CheckResult;
  readonly highlight: HighlightResult;
  /** Present when earlier highlights were removed first. */
  readonly cleared: ClearResult | null;
  /** Chinese notices from clearing and highlighting (protected sheets …). */
  readonly notices: readonly string[];
}


/** A sheet that could not be read is a finding of its own, listed first: the user must know that
 * what follows does not cover it. */
export function failureFinding(failure: SheetFailure): Finding {
  return { rule: SHEET_UNREADABLE_RULE, severity: 'warning', message: failure.message, cells: [] };
}

/**
 * 一键校验: earlier highlights off (they would pile up otherwise), every sheet read (2 syncs), the
 * engine run, the problem cells coloured (1–2 syncs). On a workbook without earlier highlights
 * that is at most four context.sync calls. A sheet Excel cannot read is left out and reported as
 * a finding; the other sheets are checked.
 */
export async function checkAndHighlight(
  excel: ExcelHost,
  options: { readonly prior?: readonly Grid[]; readonly explanations?: ExplanationRecord; readonly unreadableExplanations?: number } = {},
): Promise<CheckRun> {
  const cleared = excel.hasHighlights() ? await excel.clearHighlights() : null;
  const read = await excel.readWorkbook();
  if (read.grids.length === 0 && read.failures.length > 0) {
    const codes = [...new Set(read.failures.map((f) => f.code ?? '读取出错'))].join('、');
    throw new HostError(`Excel 未能读取任何工作表（${codes}），未校验。请关闭其他正在运行的操作后重试。`);
  }
  // With last year's workbook (the 上年工作簿 picker), its 年末 is checked against this year's 年初.
  const checked = checkWorkbook(read.grids, { prior: options.prior });
  const findings = [...read.failures.map(failureFinding), ...checked.findings];
  // The failures come first, so the suspects' indices into the findings move by as many.
  const shift = read.failures.length;
  const suspects = checked.suspects.map((s) => ({ ...s, findings: s.findings.map((i) => i + shift) }));
  const all: CheckResult = shift === 0 ? checked : { ...checked, findings, suspects, summary: summarize(findings) };
  // 已说明: explained warnings are listed as such and not coloured.
  const result = options.explanations ? explainResult(all, options.explanations, options.unreadableExplanations ?? 0) : all;
  const highlight = await excel.highlight(marksFromFindings(result.findings));
  return { result, checked: all, highlight, cleared, notices: [...(cleared?.notices ?? []), ...highlight.notices] };
}
