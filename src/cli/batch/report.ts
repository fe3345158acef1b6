import { displayTitle } from '../../core/tables/catalog';
import { PROFILE_LABEL } from '../../core/tables/catalog';
import { BatchOutcome } from './protocol';

const CSV_HEADER = ['文件', '单位', '年度', '表套', '识别表数', '缺少的表', '错误', '警告', '提示', '状态'];

/** One row per file. UTF-8 with a BOM so that Excel opens the Chinese text correctly. */
export function toCsv(outcomes: readonly BatchOutcome[]): string {
  const rows = outcomes.map((o) => {
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
  });
  return '\ufeff' + [CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toJson(outcomes: readonly BatchOutcome[]): string {
  return (
    JSON.stringify(
      outcomes.map((o) => (o.ok ? o.report : { file: o.file, error: o.reason })),
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

/** The table printed at the end: the totals, then every file that needs attention. */
export function summaryText(outcomes: readonly BatchOutcome[], seconds: number): string {
  const t = totals(outcomes);
  const lines = [
    `共 ${t.files} 个工作簿，用时 ${seconds.toFixed(1)} 秒：通过 ${t.passed}，有警告 ${t.withWarnings}，有错误 ${t.withErrors}，无法校验 ${t.failed}。`,
  ];
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
