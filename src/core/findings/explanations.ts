import type { CheckResult, Summary } from '../check';
import { a1 } from '../grid/cellRef';
import type { Suspect } from '../suspects';
import { Finding, FindingExplanation, Severity } from './types';

/*
 * 已说明: a warning the user has explained (a 提示性 check, in 久其's words) stays in the report,
 * marked with the note, and no longer counts as an open warning. Errors cannot be explained away.
 * The explanations live in the workbook (the pane's document settings, EXPLANATIONS_SETTING),
 * so they are matched to the findings of a later check by a key that does not depend on the
 * order of the findings: the rule and the cells it cites (sheet and address).
 */

/** The document setting that holds the ExplanationRecord (Office settings; in the .xlsx, xl/webextensions). */
export const EXPLANATIONS_SETTING = 'jsjy.explanations';
/** A note is a sentence or two, as 久其's 审核说明. */
export const MAX_NOTE_LENGTH = 200;
const MAX_BY_LENGTH = 40;

export interface Explanation {
  /** findingKey of the finding explained. */
  readonly key: string;
  readonly rule: string;
  readonly note: string;
  /** Who explained it, as they typed it (may be empty). */
  readonly by: string;
  /** When, ISO 8601 (UTC). */
  readonly at: string;
  /** The finding's message when it was explained: names an explanation whose finding is gone. */
  readonly message: string;
}

export interface ExplanationRecord {
  readonly version: 1;
  readonly entries: readonly Explanation[];
}

export const EMPTY_EXPLANATIONS: ExplanationRecord = { version: 1, entries: [] };

/** Why an explanation found in the workbook was not applied to this check. */
export type UnusedReason = 'gone' | 'error' | 'info';

export const UNUSED_LABEL: Readonly<Record<UnusedReason, string>> = {
  gone: '问题已不再出现',
  error: '该问题现为错误，错误不能以说明代替修改',
  info: '该问题现为提示，无需说明',
};

export interface UnusedExplanation {
  readonly explanation: Explanation;
  readonly reason: UnusedReason;
}

/** What applying the workbook's explanations did; on CheckResult.explanations. */
export interface ExplanationOutcome {
  /** Findings marked 已说明. */
  readonly applied: number;
  /** Explanations not applied: their finding is gone, or is now an error or a notice. */
  readonly unused: readonly UnusedExplanation[];
  /** Entries of the record that could not be read (damaged settings), skipped. */
  readonly unreadable: number;
}

function cellText(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/**
 * The finding's identity across checks: its rule and the cells it cites, in sorted order (the
 * sheet and the address, not an index into the findings). A 说明 finding is named by its section,
 * the quoted words and their clause, whatever cells it cites: the same figure restated wrongly in
 * two sections is two warnings, each explained on its own. A finding citing no cell and no text
 * is named by its table and message.
 */
export function findingKey(f: Finding): string {
  if (f.narrative) return `${f.rule}|说明|${f.narrative.place ?? ''}|${f.narrative.quote}|${f.narrative.context ?? ''}`;
  if (f.cells.length > 0) {
    const cells = [...new Set(f.cells.map((c) => cellText(c.sheet, c.row, c.col)))].sort();
    return `${f.rule}|${cells.join(',')}`;
  }
  return `${f.rule}|${f.table ?? ''}|${f.message}`;
}

/** Whether a findingKey names a finding of the 说明 (rule|说明|…). */
function isNarrativeKey(key: string): boolean {
  return key.split('|', 2)[1] === '说明';
}

/** Rule id of the finding for a sheet Excel could not read (not a registry rule: the pane's adapter reports it). */
export const SHEET_UNREADABLE_RULE = 'sheet-unreadable';

/** Only warnings can be explained: an error is wrong and must be corrected; a notice asks nothing.
 * A sheet that could not be read is no judgment to explain: nothing on it was checked. */
export function canExplain(f: Finding): boolean {
  return f.severity === 'warning' && f.rule !== SHEET_UNREADABLE_RULE;
}

/** A Chinese sentence when the note cannot be saved, else null. */
export function noteProblem(note: string): string | null {
  const text = note.trim();
  if (text === '') return '请填写说明。';
  if (text.length > MAX_NOTE_LENGTH) return `说明不超过 ${MAX_NOTE_LENGTH} 字（现为 ${text.length} 字）。`;
  return null;
}

/**
 * The explanation of a warning. `at` comes from the caller (the core has no clock). Throws for
 * an error or a notice, or an empty or too long note: the pane offers 已说明 only where allowed.
 */
export function explain(f: Finding, note: string, by: string, at: string): Explanation {
  if (!canExplain(f)) throw new Error(`only warnings can be explained (${f.severity})`);
  const problem = noteProblem(note);
  if (problem) throw new Error(problem);
  return { key: findingKey(f), rule: f.rule, note: note.trim(), by: by.trim().slice(0, MAX_BY_LENGTH), at, message: f.message };
}

/** The record with `e` added, replacing an earlier explanation of the same finding. */
export function withExplanation(record: ExplanationRecord, e: Explanation): ExplanationRecord {
  return { version: 1, entries: [...record.entries.filter((x) => x.key !== e.key), e] };
}

export function withoutExplanation(record: ExplanationRecord, key: string): ExplanationRecord {
  return { version: 1, entries: record.entries.filter((x) => x.key !== key) };
}

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The record as stored (a settings value, or a JSON file for `check --explanations`): anything
 * unreadable is skipped and counted, never thrown. Accepts the record or a bare array of entries.
 */
export function readExplanations(raw: unknown): { record: ExplanationRecord; unreadable: number } {
  if (raw === null || raw === undefined) return { record: EMPTY_EXPLANATIONS, unreadable: 0 };
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? (raw as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) return { record: EMPTY_EXPLANATIONS, unreadable: 1 };
  const byKey = new Map<string, Explanation>();
  let unreadable = 0;
  for (const item of list) {
    const e = item as Partial<Record<keyof Explanation, unknown>> | null;
    if (!e || typeof e !== 'object' || !isText(e.key) || e.key === '' || !isText(e.note) || noteProblem(e.note) !== null) {
      unreadable++;
      continue;
    }
    byKey.set(e.key, {
      key: e.key,
      rule: isText(e.rule) ? e.rule : e.key.split('|')[0],
      note: e.note.trim(),
      by: isText(e.by) ? e.by.slice(0, MAX_BY_LENGTH) : '',
      at: isText(e.at) ? e.at : '',
      message: isText(e.message) ? e.message : '',
    });
  }
  return { record: { version: 1, entries: [...byKey.values()] }, unreadable };
}

/** Several records (the workbook's, then a file's): a later one's entry replaces an earlier one's of the same key. */
export function mergeExplanations(...records: readonly ExplanationRecord[]): ExplanationRecord {
  let out = EMPTY_EXPLANATIONS;
  for (const r of records) for (const e of r.entries) out = withExplanation(out, e);
  return out;
}

export interface AppliedExplanations {
  /** The findings in the same order, the explained warnings carrying `explained`. */
  readonly findings: Finding[];
  readonly applied: number;
  readonly unused: UnusedExplanation[];
}

/**
 * Marks each warning whose key has an explanation. An explanation whose key matches no finding
 * is unused (gone); one whose finding is now an error, or a notice, is unused and not applied.
 * Earlier marks are dropped first, so applying again after an edit of the record is exact.
 */
export function applyExplanations(findings: readonly Finding[], record: ExplanationRecord): AppliedExplanations {
  const byKey = new Map(record.entries.map((e) => [e.key, e]));
  const seen = new Map<string, Severity>();
  let applied = 0;
  const out = findings.map((f) => {
    const { explained: _old, ...plain } = f;
    const key = findingKey(plain);
    const e = byKey.get(key);
    if (!e) return plain;
    // A warning wins over an error or notice of the same key: it is the one explained.
    const prior = seen.get(key);
    if (prior !== 'warning') seen.set(key, f.severity);
    if (!canExplain(plain)) return plain;
    applied++;
    const explained: FindingExplanation = { note: e.note, by: e.by, at: e.at };
    return { ...plain, explained };
  });
  const unused: UnusedExplanation[] = [];
  for (const e of record.entries) {
    const severity = seen.get(e.key);
    if (severity === undefined) unused.push({ explanation: e, reason: 'gone' });
    else if (severity === 'error') unused.push({ explanation: e, reason: 'error' });
    else if (severity === 'info') unused.push({ explanation: e, reason: 'info' });
  }
  return { findings: out, applied, unused };
}

/** Open warnings only: an explained one is counted apart (`explained`, present when there is one). */
export function summarizeFindings(findings: readonly Finding[]): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let explained = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'info') infos++;
    else if (f.explained) explained++;
    else warnings++;
  }
  return explained > 0 ? { errors, warnings, infos, explained } : { errors, warnings, infos };
}

/**
 * Suspects that explain only explained warnings are dropped (nothing is left to change there);
 * alternatives follow their suspect, and the indices are renumbered.
 */
export function openSuspects(suspects: readonly Suspect[], findings: readonly Finding[]): Suspect[] {
  const keep = suspects.map((s) => s.findings.some((i) => findings[i] !== undefined && !findings[i].explained));
  const index = new Map<number, number>();
  suspects.forEach((_s, i) => keep[i] && index.set(i, index.size));
  const out: Suspect[] = [];
  suspects.forEach((s, i) => {
    if (!keep[i]) return;
    if (s.alternativeTo === undefined) out.push(s);
    else if (index.has(s.alternativeTo)) out.push({ ...s, alternativeTo: index.get(s.alternativeTo)! });
    else {
      const { alternativeTo: _gone, ...primary } = s;
      out.push(primary);
    }
  });
  return out;
}

/**
 * A check's result with the record applied: findings marked, the summary counting only open
 * warnings, suspects of explained warnings dropped, and what was not applied on `explanations`.
 * Earlier marks on the findings are dropped first; suspects dropped by an earlier application do
 * not come back, so the pane keeps the result as checked and applies the record to that.
 */
export function explainResult(result: CheckResult, record: ExplanationRecord, unreadable = 0): CheckResult {
  // A check of the tables alone says nothing of the 说明's warnings: their explanations are
  // neither applied nor called unused (their finding is not gone, it was not looked for).
  const relevant = result.narrative ? record : { version: 1 as const, entries: record.entries.filter((e) => !isNarrativeKey(e.key)) };
  const applied = applyExplanations(result.findings, relevant);
  const explanations: ExplanationOutcome = { applied: applied.applied, unused: applied.unused, unreadable };
  return {
    ...result,
    findings: applied.findings,
    summary: summarizeFindings(applied.findings),
    suspects: openSuspects(result.suspects, applied.findings),
    explanations,
  };
}

/** "张三，2026-12-02" — who and when, for reports (the date only; the stored time is exact). */
export function explainedBy(e: { readonly by: string; readonly at: string }): string {
  const date = /^\d{4}-\d{2}-\d{2}/.test(e.at) ? e.at.slice(0, 10) : e.at;
  return [e.by, date].filter((s) => s !== '').join('，');
}

/** "已说明：…（张三，2026-12-02）" */
export function explainedLine(e: FindingExplanation): string {
  const who = explainedBy(e);
  return `已说明：${e.note}${who ? `（${who}）` : ''}`;
}
