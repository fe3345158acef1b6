import * as path from 'path';
import { displayTitle } from '../../core/tables/catalog';
import { PROFILE_LABEL } from '../../core/tables/catalog';
import type { JsonReport } from '../../core/report/json';
import { BatchOutcome } from './protocol';

const CSV_HEADER = ['文件', '单位', '年度', '表套', '识别表数', '缺少的表', '错误', '警告', '提示', '状态'];
/** Appended with `--narratives`: which 说明 was checked and its coverage (core/narrative/coverage.ts). */
const CSV_NARRATIVE_HEADER = ['说明文件', '说明数字', '已核对', '无从核对'];
export const NO_NARRATIVE = '无（仅校验附表）';

/** Options of the reports: `narratives` when the batch was run with `--narratives`. */
export interface ReportOptions {
  readonly narratives?: boolean;
}

/** One row per file. UTF-8 with a BOM so that Excel opens the Chinese text correctly. */
export function toCsv(outcomes: readonly BatchOutcome[], options: ReportOptions = {}): string {
  const rows = outcomes.map((o) => {
    const row = tableColumns(o);
    if (!options.narratives) return row;
    const s: Partial<JsonReport['summary']> = o.ok ? o.report.summary : {};
    const count = (n: number | undefined) => (n === undefined ? '' : String(n));
    return [...row, o.narrative ? path.basename(o.narrative) : NO_NARRATIVE, count(s.figures), count(s.verified), count(s.unverifiable)];
  });
  const header = options.narratives ? [...CSV_HEADER, ...CSV_NARRATIVE_HEADER] : CSV_HEADER;
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function tableColumns(o: BatchOutcome): string[] {
  if (!o.ok) return [o.file, '', '', '', '', '', '', '', '', `无法校验：${o.reason}`];
  const r = o.report;
  return [
    o.file,
    r.entity ?? '',
    r.year === null ? '' : String(r.year),
    PROFILE_LABEL[r.profile],
    String(r.tables.length),
    r.missingTables.map((id) => `${id} ${displayTitle(id)}`).join('；'),
    String(r.summary.errors),
    String(r.summary.warnings),
    String(r.summary.infos),
    r.summary.errors > 0 ? '有错误' : r.summary.warnings > 0 ? '有警告' : '通过',
  ];
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The per-file JSON reports; with `--narratives` each also names its 说明 (`narrativeFile`, null when none). */
export function toJson(outcomes: readonly BatchOutcome[], options: ReportOptions = {}): string {
  return (
    JSON.stringify(
      outcomes.map((o) => {
        const narrativeFile = options.narratives ? { narrativeFile: o.narrative ?? null } : {};
        return o.ok ? { ...o.report, ...narrativeFile } : { file: o.file, ...narrativeFile, error: o.reason };
      }),
      null,
      2,
    ) + '\n'
  );
}

export interface BatchTotals {
  files: number;
  checked: number;
  failed: number;
  withErrors: number;
  withWarnings: number;
  passed: number;
}

export function totals(outcomes: readonly BatchOutcome[]): BatchTotals {
  const ok = outcomes.filter((o): o is Extract<BatchOutcome, { ok: true }> => o.ok);
  const withErrors = ok.filter((o) => o.report.summary.errors > 0).length;
  const withWarnings = ok.filter((o) => o.report.summary.errors === 0 && o.report.summary.warnings > 0).length;
  return {
    files: outcomes.length,
    checked: ok.length,
    failed: outcomes.length - ok.length,
    withErrors,
    withWarnings,
    passed: ok.length - withErrors - withWarnings,
  };
}

/** The table printed at the end: the totals, then every file that needs attention. With
 * `--narratives`, how many workbooks had a 说明 and which 说明 matched no workbook. */
export function summaryText(
  outcomes: readonly BatchOutcome[],
  seconds: number,
  options: ReportOptions & { readonly unmatchedNarratives?: readonly string[] } = {},
): string {
  const t = totals(outcomes);
  const lines = [
    `共 ${t.files} 个工作簿，用时 ${seconds.toFixed(1)} 秒：通过 ${t.passed}，有警告 ${t.withWarnings}，有错误 ${t.withErrors}，无法校验 ${t.failed}。`,
  ];
  if (options.narratives) {
    const withNarrative = outcomes.filter((o) => o.narrative).length;
    lines.push(`其中 ${withNarrative} 个与同名说明一并校验，${t.files - withNarrative} 个没有同名说明（仅校验附表）。`);
    const unmatched = options.unmatchedNarratives ?? [];
    if (unmatched.length > 0) lines.push(`以下说明没有同名工作簿，未校验：${unmatched.join('、')}`);
  }
  const attention = outcomes.filter((o) => !o.ok || o.report.summary.errors > 0 || o.report.summary.warnings > 0);
  if (attention.length > 0) {
    lines.push('', '需要关注的文件：', '  错误  警告  文件');
    for (const o of attention) {
      if (o.ok) lines.push(`  ${String(o.report.summary.errors).padStart(4)}  ${String(o.report.summary.warnings).padStart(4)}  ${o.file}`);
      else lines.push(`     —     —  ${o.file}（无法校验：${o.reason}）`);
    }
  }
  return lines.join('\n') + '\n';
}
