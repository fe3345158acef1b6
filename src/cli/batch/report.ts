import * as path from 'path';
import { changeLabel } from '../../core/compare/text';
import { explainedLine } from '../../core/findings/explanations';
import { SEVERITY_LABEL } from '../../core/findings/types';
import { displayTitle, PROFILE_LABEL } from '../../core/tables/catalog';
import { anyRuleById } from '../../core/report/ruleMeta';
import type { JsonFinding, JsonReport } from '../../core/report/json';
import { BatchOutcome } from './protocol';

const CSV_HEADER = ['文件', '单位', '年度', '表套', '识别表数', '缺少的表', '错误', '警告', '提示', '状态'];
/** Appended with `--narratives`: which 说明 was checked and its coverage (core/narrative/coverage.ts). */
const CSV_NARRATIVE_HEADER = ['说明文件', '说明数字', '已核对', '无从核对'];
/** Appended with `--previous`. */
const CSV_PREVIOUS_HEADER = ['上一版', '变化'];
/** `--details`: one row per error or warning (and per file that could not be checked). */
export const DETAIL_HEADER = ['文件', '单位', '表', '单元格', '应改', '问题', '严重程度', '规则'];
export const NO_NARRATIVE = '无（仅校验附表）';
export const NO_PREVIOUS = '无上一版';

/** Options of the reports: `narratives` / `previous` when the batch was run with them. */
export interface ReportOptions {
  readonly narratives?: boolean;
  readonly previous?: boolean;
}

export type FileStatus = 'passed' | 'warnings' | 'errors' | 'failed' | 'skipped';
export const STATUS_LABEL: Readonly<Record<FileStatus, string>> = { passed: '通过', warnings: '有警告', errors: '有错误', failed: '无法校验', skipped: '跳过' };

/** A missing table is an error of the file (read-missing-table), whatever else holds. */
export function statusOf(o: BatchOutcome): FileStatus {
  if (!o.ok) return o.skipped ? 'skipped' : 'failed';
  const c = countsOf(o.report);
  if (c.errors > 0 || o.report.missingTables.length > 0) return 'errors';
  return c.warnings > 0 ? 'warnings' : 'passed';
}

/** "无法校验：原因" / "跳过：原因" / 有错误 … */
export function statusText(o: BatchOutcome): string {
  const s = statusOf(o);
  return o.ok ? STATUS_LABEL[s] : `${STATUS_LABEL[s]}：${o.reason}`;
}

/**
 * The findings counted once each: two findings with the same rule, severity, cells and figures
 * (or the same quote of the 说明) are one problem. How the reports count (README, docs/cli.md):
 * 错误 and 警告 are these distinct findings; 待改单元格 the cells most likely to need changing
 * (one mistyped figure breaks several identities: several findings, one cell to change).
 */
export function distinctFindings(report: JsonReport): JsonFinding[] {
  const seen = new Set<string>();
  return report.findings.filter((f) => {
    const key = [f.rule, f.severity, f.cells.map((c) => `${c.sheet}!${c.address}`).join(','), f.actual ?? '', f.expected ?? '', f.narrative ? `${f.narrative.start}:${f.narrative.quote}` : ''].join('\u0001');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface FileCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Cells most likely to need changing (suspects that are not alternatives of another). */
  toChange: number;
}

export function countsOf(report: JsonReport): FileCounts {
  const distinct = distinctFindings(report);
  // A warning explained in the workbook (已说明) is not an open warning.
  const n = (s: JsonFinding['severity']) => distinct.filter((f) => f.severity === s && !f.explained).length;
  return { errors: n('error'), warnings: n('warning'), infos: n('info'), toChange: report.suspects.filter((s) => s.alternativeTo === undefined).length };
}

/**
 * "收入支出决算总表!C33 1894.05，应为 1889.05（所在的 3 个勾稽关系均不成立）"; with no table suspect, the
 * first error of the 说明 (说明：“…36.71%…” 应为 36.61%), so a file whose only errors are in its 说明
 * still says where to look; '' when neither.
 */
export function firstSuspect(report: JsonReport): string {
  const s = report.suspects.find((x) => x.alternativeTo === undefined);
  if (s) return `${s.sheet}!${s.address} ${s.value}${s.expected !== undefined ? `，应为 ${s.expected}` : ''}（${s.reason}）`;
  const n = report.findings.find((f) => f.severity === 'error' && f.narrative);
  if (!n?.narrative) return '';
  const quote = n.narrative.quote.length > 30 ? `${n.narrative.quote.slice(0, 30)}…` : n.narrative.quote;
  return `说明：“${quote}”${n.expected !== undefined ? ` 应为 ${n.expected}` : ''}`;
}

/** The 变化 column: against the previous version, or why there is none. */
export function changeText(o: BatchOutcome): string {
  if (!o.ok) return '';
  if (!o.previous) return NO_PREVIOUS;
  if (!o.change) return '';
  return 'error' in o.change ? o.change.error : changeLabel(o.change);
}

/** One row per file. UTF-8 with a BOM so that Excel opens the Chinese text correctly. */
export function toCsv(outcomes: readonly BatchOutcome[], options: ReportOptions = {}): string {
  const rows = outcomes.map((o) => {
    const row = tableColumns(o);
    if (options.narratives) {
      const s: Partial<JsonReport['summary']> = o.ok ? o.report.summary : {};
      const count = (n: number | undefined) => (n === undefined ? '' : String(n));
      row.push(o.narrative ? path.basename(o.narrative) : !o.ok && o.skipped ? '' : NO_NARRATIVE, count(s.figures), count(s.verified), count(s.unverifiable));
    }
    if (options.previous) row.push(o.previous ?? '', changeText(o));
    return row;
  });
  const header = [...CSV_HEADER, ...(options.narratives ? CSV_NARRATIVE_HEADER : []), ...(options.previous ? CSV_PREVIOUS_HEADER : [])];
  return csv([header, ...rows]);
}

/** `--details`: one row per problem, to send back to the units. */
export function toDetailsCsv(outcomes: readonly BatchOutcome[]): string {
  return csv([DETAIL_HEADER, ...detailRows(outcomes)]);
}

function csv(rows: readonly string[][]): string {
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function tableColumns(o: BatchOutcome): string[] {
  if (!o.ok) return [o.file, '', '', '', '', '', '', '', '', statusText(o)];
  const r = o.report;
  const c = countsOf(r);
  return [
    o.file,
    r.entity ?? '',
    r.year === null ? '' : String(r.year),
    PROFILE_LABEL[r.profile],
    String(r.tables.length),
    r.missingTables.map((id) => `${id} ${displayTitle(id)}`).join('；'),
    String(c.errors),
    String(c.warnings),
    String(c.infos),
    statusText(o),
  ];
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The 汇总 sheet: one row per file; 首要疑点 holds the reason for a file not checked. */
export const SUMMARY_HEADER = ['文件', '单位', '年度', '状态', '错误', '警告', '待改单元格', '首要疑点（或原因）', '缺少的表'];

/** Options of the .xlsx report: files are named relative to the folder checked. */
export interface SheetOptions extends ReportOptions {
  readonly folder?: string;
}

function shownFile(o: BatchOutcome, options: SheetOptions): string {
  return options.folder ? path.relative(options.folder, o.file).split(path.sep).join('/') : o.file;
}

export function summaryRows(outcomes: readonly BatchOutcome[], options: SheetOptions = {}): (string | number)[][] {
  return outcomes.map((o) => {
    const file = shownFile(o, options);
    let base: (string | number)[];
    if (o.ok) {
      const c = countsOf(o.report);
      const r = o.report;
      base = [file, r.entity ?? '', r.year ?? '', STATUS_LABEL[statusOf(o)], c.errors, c.warnings, c.toChange, firstSuspect(r), r.missingTables.map((id) => `${id} ${displayTitle(id)}`).join('；')];
    } else base = [file, '', '', STATUS_LABEL[statusOf(o)], '', '', '', o.reason, ''];
    if (options.narratives) base.push(o.narrative ? path.basename(o.narrative) : !o.ok && o.skipped ? '' : NO_NARRATIVE);
    if (options.previous) base.push(changeText(o));
    return base;
  });
}

export function summaryHeader(options: ReportOptions = {}): string[] {
  return [...SUMMARY_HEADER, ...(options.narratives ? ['说明文件'] : []), ...(options.previous ? ['变化'] : [])];
}

/** 问题明细: every distinct error and warning of every checked file, and every file that could not be checked. */
export function detailRows(outcomes: readonly BatchOutcome[], options: SheetOptions = {}): string[][] {
  const rows: string[][] = [];
  for (const o of outcomes) {
    if (!o.ok) {
      if (!o.skipped) rows.push([shownFile(o, options), '', '', '', '', o.reason, STATUS_LABEL.failed, '']);
      continue;
    }
    const r = o.report;
    for (const f of distinctFindings(r)) {
      if (f.severity === 'info') continue;
      const message = f.explained ? `${f.message}（${explainedLine(f.explained)}）` : f.message;
      const severity = f.explained ? `${SEVERITY_LABEL[f.severity]}（已说明）` : SEVERITY_LABEL[f.severity];
      rows.push([shownFile(o, options), r.entity ?? '', tableOf(r, f), cellsText(f), suspectText(f), message, severity, ruleText(f.rule)]);
    }
  }
  return rows;
}

/** The table a finding is about: as the engine filed it, else its suspect's or first cell's sheet; '说明' for the 说明's. */
function tableOf(r: JsonReport, f: JsonFinding): string {
  if (f.narrative) return '说明';
  if (f.table) return `${f.table} ${displayTitle(f.table)}`;
  const sheet = f.suspect?.sheet ?? f.cells[0]?.sheet;
  const t = sheet === undefined ? undefined : r.tables.find((x) => x.sheet === sheet);
  return t ? `${t.id} ${displayTitle(t.id)}` : sheet ?? '';
}

const MAX_CELLS = 40;

/** "收入支出决算总表!C33、C7、C8；收入决算表!C23": each sheet named once. */
function cellsText(f: JsonFinding): string {
  if (f.narrative) return [f.narrative.place, `“${f.narrative.context ?? f.narrative.quote}”`].filter(Boolean).join(' ');
  const bySheet = new Map<string, string[]>();
  for (const c of f.cells.slice(0, MAX_CELLS)) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.address]);
  const text = [...bySheet].map(([sheet, cells]) => `${sheet}!${cells.join('、')}`).join('；');
  return f.cells.length > MAX_CELLS ? `${text} 等 ${f.cells.length} 个单元格` : text;
}

function suspectText(f: JsonFinding): string {
  if (!f.suspect) return '';
  return `${f.suspect.sheet}!${f.suspect.address}${f.expected !== undefined ? ` 应为 ${f.expected}` : ''}`;
}

function ruleText(id: string): string {
  const rule = anyRuleById(id);
  return rule ? `${rule.title}（${id}）` : id;
}

/** The per-file JSON reports; with `--narratives` each also names its 说明 (`narrativeFile`, null when none);
 * with `--previous`, `previous` (the earlier file or null) and `change` (counts, or `error`). Files
 * that are not workbooks are listed as `{ file, skipped }`. */
export function toJson(outcomes: readonly BatchOutcome[], options: ReportOptions = {}): string {
  return (
    JSON.stringify(
      outcomes.map((o) => {
        const narrativeFile = options.narratives && !(!o.ok && o.skipped) ? { narrativeFile: o.narrative ?? null } : {};
        const previous = options.previous && o.ok ? { previous: o.previous ?? null, ...(o.change ? { change: o.change } : {}) } : {};
        if (o.ok) return { ...o.report, ...narrativeFile, ...previous };
        return o.skipped ? { file: o.file, skipped: o.reason } : { file: o.file, ...narrativeFile, error: o.reason };
      }),
      null,
      2,
    ) + '\n'
  );
}

export interface BatchTotals {
  /** Every file of the folder, skipped ones included. */
  listed: number;
  /** Workbooks: files that were checked or could not be. */
  files: number;
  checked: number;
  failed: number;
  skipped: number;
  withErrors: number;
  withWarnings: number;
  passed: number;
}

export function totals(outcomes: readonly BatchOutcome[]): BatchTotals {
  const n = (s: FileStatus) => outcomes.filter((o) => statusOf(o) === s).length;
  const skipped = n('skipped');
  return {
    listed: outcomes.length,
    files: outcomes.length - skipped,
    checked: outcomes.filter((o) => o.ok).length,
    failed: n('failed'),
    skipped,
    withErrors: n('errors'),
    withWarnings: n('warnings'),
    passed: n('passed'),
  };
}

/** The table printed at the end: the totals, then every file that needs attention with its
 * first suspect, then the files skipped and why. With `--narratives`, how many workbooks had a
 * 说明 and which 说明 matched no workbook. */
export function summaryText(
  outcomes: readonly BatchOutcome[],
  seconds: number,
  options: ReportOptions & { readonly unmatchedNarratives?: readonly string[] } = {},
): string {
  const t = totals(outcomes);
  const lines = [
    `共 ${t.files} 个工作簿，用时 ${seconds.toFixed(1)} 秒：通过 ${t.passed}，有警告 ${t.withWarnings}，有错误 ${t.withErrors}，无法校验 ${t.failed}。` +
      (t.skipped > 0 ? `另有 ${t.skipped} 个文件跳过（见下）。` : ''),
  ];
  if (options.narratives) {
    const withNarrative = outcomes.filter((o) => o.narrative).length;
    lines.push(`其中 ${withNarrative} 个与同名说明一并校验，${t.files - withNarrative} 个没有同名说明（仅校验附表）。`);
    const unmatched = options.unmatchedNarratives ?? [];
    if (unmatched.length > 0) lines.push(`以下说明没有同名工作簿，未校验：${unmatched.join('、')}`);
  }
  const attention = outcomes.filter((o) => ['errors', 'warnings', 'failed'].includes(statusOf(o)));
  if (attention.length > 0) {
    lines.push('', '需要关注的文件（待改：最可能需要修改的单元格数；一个输错的数字常使几项勾稽关系同时不成立）：', '  错误  警告  待改  文件');
    for (const o of attention) {
      if (!o.ok) {
        lines.push(`     —     —     —  ${o.file}（无法校验：${o.reason}）`);
        continue;
      }
      const c = countsOf(o.report);
      lines.push(`  ${[c.errors, c.warnings, c.toChange].map((n) => String(n).padStart(4)).join('  ')}  ${o.file}`);
      const first = firstSuspect(o.report);
      if (first) lines.push(`                    首要疑点：${first}${c.toChange > 1 ? ` 等 ${c.toChange} 处` : ''}`);
      if (o.report.missingTables.length > 0) lines.push(`                    缺少：${o.report.missingTables.map((id) => `${id} ${displayTitle(id)}`).join('、')}`);
    }
  }
  if (options.previous) {
    // Every checked file, clean ones too: "修正 3、新增 0、未改 0" is what a resubmission is for.
    lines.push('', '与上一版相比：');
    for (const o of outcomes) if (o.ok) lines.push(`  ${o.file}：${changeText(o)}`);
  }
  const skipped = outcomes.filter((o) => !o.ok && o.skipped);
  if (skipped.length > 0) {
    lines.push('', '跳过的文件：');
    for (const o of skipped) if (!o.ok) lines.push(`  ${o.file}：${o.reason}`);
  }
  return lines.join('\n') + '\n';
}
