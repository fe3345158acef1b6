import type { NarrativeCoverage } from '../../core/check';
import { coverageSentence } from '../../core/report/coverage';
import type { Finding } from '../../core/findings/types';
import { describeLocation, FindingView } from './findings';

/** The text split around one span: what the pane renders with a <mark> in the middle. */
export interface MarkedText {
  readonly before: string;
  readonly marked: string;
  readonly after: string;
}

/** Spans outside the text are clamped; an empty or absent span marks nothing. */
export function markText(text: string, span: { start: number; end: number } | null | undefined): MarkedText {
  if (!span) return { before: text, marked: '', after: '' };
  const start = Math.max(0, Math.min(text.length, span.start));
  const end = Math.max(start, Math.min(text.length, span.end));
  return { before: text.slice(0, start), marked: text.slice(start, end), after: text.slice(end) };
}

/** The 说明's own findings (those with a span into the text), in text order, keyed by index in the result. */
export function narrativeFindings(findings: readonly Finding[]): FindingView[] {
  return findings
    .map((finding, index) => ({ key: String(index), finding, location: describeLocation(finding) }))
    .filter((v) => v.finding.narrative !== undefined)
    .sort((a, b) => a.finding.narrative!.start - b.finding.narrative!.start);
}

/** Findings about the tables themselves that came along with a 说明 check. */
export function tableFindingCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.narrative === undefined && f.severity !== 'info').length;
}

/** The coverage sentence of the CLI's text report (core/report/coverage.ts); a 说明 without figures says so. */
export function coverageLine(coverage: NarrativeCoverage | undefined): string {
  if (!coverage) return '';
  return coverageSentence(coverage);
}

/** Counts of the narrative findings by severity, e.g. "错误 2 · 警告 1 · 提示 5"; warnings marked 已说明 are counted apart. */
export function narrativeCounts(views: readonly FindingView[]): { error: number; warning: number; info: number; explained: number } {
  const out = { error: 0, warning: 0, info: 0, explained: 0 };
  for (const v of views) {
    if (v.finding.explained) out.explained += 1;
    else out[v.finding.severity] += 1;
  }
  return out;
}
