import { CheckResult } from '../../core/check';
import { UNUSED_LABEL, UnusedReason } from '../../core/findings/explanations';
import { Finding, Severity, SEVERITIES, SEVERITY_LABEL } from '../../core/findings/types';
import { describeCell } from '../../core/grid/cellRef';
import { checksSentence } from '../../core/rules/coverage';
import { ALL_TABLE_IDS, displayTitle, TableId } from '../../core/tables/catalog';

/*
 * What the 表格校验 tab shows, computed from a CheckResult without React so it can be tested:
 * the summary counts, the tables found and missing, and the findings grouped by table, then by
 * severity, after the severity filter.
 */

export { SEVERITIES };

/** Which severities are shown; all on at first. */
export type SeverityFilter = Readonly<Record<Severity, boolean>>;
export const ALL_SEVERITIES: SeverityFilter = { error: true, warning: true, info: true };

export function toggleSeverity(filter: SeverityFilter, severity: Severity): SeverityFilter {
  return { ...filter, [severity]: !filter[severity] };
}

export interface FindingView {
  /** Stable within one result: the finding's index in result.findings. */
  readonly key: string;
  readonly finding: Finding;
  /** "表1!C7" or "表1!C7 等 3 个单元格"; '' when the finding cites no cell. */
  readonly location: string;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly label: string;
  readonly items: readonly FindingView[];
}

export interface TableGroup {
  /** TableId, or "workbook" for findings about no particular table. */
  readonly key: string;
  readonly title: string;
  readonly sheet: string | null;
  readonly count: number;
  readonly severities: readonly SeverityGroup[];
}

export function describeLocation(finding: Finding): string {
  const cells = finding.cells;
  if (cells.length === 0) return '';
  const first = describeCell(cells[0]);
  return cells.length === 1 ? first : `${first} 等 ${cells.length} 个单元格`;
}

const WORKBOOK_KEY = 'workbook';

/**
 * Findings by table in T01…T13 order (findings about no table first, under 工作簿), each table's
 * findings by severity (错误, 警告, 提示), keeping the engine's order within a group. Severities the
 * filter hides are left out; tables left empty are dropped. `sheetOf` gives a table's sheet.
 */
export function groupFindings(
  findings: readonly Finding[],
  filter: SeverityFilter = ALL_SEVERITIES,
  sheetOf: (table: TableId) => string | null = () => null,
): TableGroup[] {
  const byTable = new Map<string, FindingView[]>();
  findings.forEach((finding, index) => {
    if (!filter[finding.severity]) return;
    const key = finding.table ?? WORKBOOK_KEY;
    const list = byTable.get(key) ?? [];
    list.push({ key: String(index), finding, location: describeLocation(finding) });
    byTable.set(key, list);
  });
  const order = [WORKBOOK_KEY, ...ALL_TABLE_IDS];
  const groups: TableGroup[] = [];
  for (const key of order) {
    const items = byTable.get(key);
    if (!items) continue;
    const severities = SEVERITIES.map((severity) => ({
      severity,
      label: SEVERITY_LABEL[severity],
      items: items.filter((v) => v.finding.severity === severity),
    })).filter((g) => g.items.length > 0);
    const table = key === WORKBOOK_KEY ? null : (key as TableId);
    groups.push({
      key,
      title: table ? displayTitle(table) : '工作簿',
      sheet: table ? sheetOf(table) : null,
      count: items.length,
      severities,
    });
  }
  return groups;
}

export interface TableLine {
  readonly id: TableId;
  readonly title: string;
  /** Where it was found; null for a missing table. */
  readonly sheet: string | null;
}

export interface SummaryView {
  /** [{ severity, label: "错误", count }] in 错误, 警告, 提示 order. */
  readonly counts: readonly { severity: Severity; label: string; count: number }[];
  readonly found: readonly TableLine[];
  readonly missing: readonly TableLine[];
  /** e.g. "收入决算表 出现在多个工作表：表2、表2(副本)，按第一个校验". */
  readonly duplicates: readonly string[];
  /** One line: "未发现错误或警告" when clean, else '' (the counts say it). */
  readonly verdict: string;
  /** "已核对 N 项勾稽关系，M 项无法核对：…" (the text report's sentence); null without coverage. */
  readonly coverage: string | null;
  /** Warnings marked 已说明 (not in the 警告 count). */
  readonly explained: number;
  /** Explanations the workbook holds that this check did not take, in one sentence; null when none. */
  readonly unusedExplanations: string | null;
}

/** "工作簿中保存的 2 条说明本次未采用：问题已不再出现 1 条，该问题现为错误… 1 条。" */
export function unusedSentence(result: Pick<CheckResult, 'explanations'>): string | null {
  const outcome = result.explanations;
  if (!outcome) return null;
  const parts: string[] = [];
  if (outcome.unused.length > 0) {
    const counts = new Map<UnusedReason, number>();
    for (const u of outcome.unused) counts.set(u.reason, (counts.get(u.reason) ?? 0) + 1);
    const reasons = [...counts].map(([reason, n]) => `${UNUSED_LABEL[reason]} ${n} 条`).join('；');
    parts.push(`工作簿中保存的 ${outcome.unused.length} 条说明本次未采用（${reasons}）。`);
  }
  if (outcome.unreadable > 0) parts.push(`工作簿中保存的说明有 ${outcome.unreadable} 条无法读取，已忽略。`);
  return parts.length > 0 ? parts.join('') : null;
}

export function summaryView(result: Pick<CheckResult, 'summary' | 'model' | 'checks' | 'explanations'>): SummaryView {
  const { summary, model } = result;
  const counts = [
    { severity: 'error' as const, label: SEVERITY_LABEL.error, count: summary.errors },
    { severity: 'warning' as const, label: SEVERITY_LABEL.warning, count: summary.warnings },
    { severity: 'info' as const, label: SEVERITY_LABEL.info, count: summary.infos },
  ];
  const found = model.placements.map((p) => ({ id: p.id, title: displayTitle(p.id), sheet: p.sheet }));
  const missing = model.missing.map((id) => ({ id, title: displayTitle(id), sheet: null }));
  const duplicates = model.duplicates.map((d) => `${displayTitle(d.id)} 出现在多个工作表：${d.sheets.join('、')}，按第一个校验`);
  const explained = summary.explained ?? 0;
  const clean = summary.errors === 0 && summary.warnings === 0;
  const verdict = clean ? (explained > 0 ? '未发现错误；其余警告均已说明。' : '未发现错误或警告。') : '';
  const coverage = result.checks && result.checks.length > 0 ? checksSentence(result.checks) : null;
  return { counts, found, missing, duplicates, verdict, coverage, explained, unusedExplanations: unusedSentence(result) };
}

/** The sheet each table was read from, for group headings. */
export function sheetLookup(result: Pick<CheckResult, 'model'>): (table: TableId) => string | null {
  const map = new Map(result.model.placements.map((p) => [p.id, p.sheet]));
  return (table) => map.get(table) ?? null;
}
