import { Severity } from '../core/findings/types';
import { saveSettings, SettingsStore } from './officeApi';

/**
 * The record of our highlights, kept in the document's settings (Office.context.document.settings)
 * so it is saved with the workbook and survives closing the pane and reopening the file.
 * One entry per conditional format we added.
 */
export interface HighlightEntry {
  readonly sheet: string;
  readonly sheetId: string;
  /** Conditional-format id as Excel reported it in the session that added it. */
  readonly id: string;
  readonly severity: Severity;
  /** Sheet-relative areas, e.g. "C7:E7". */
  readonly areas: readonly string[];
}

export interface HighlightRecord {
  readonly version: 1;
  readonly entries: readonly HighlightEntry[];
}

export const HIGHLIGHT_SETTING = 'jsjy.highlights';

/**
 * Our formats carry this text in their rule, =N("jsjy-highlight:error")=0, which is always TRUE.
 * Conditional-format ids are not documented as stable across sessions, so the marker, not the id,
 * is what tells our formats from the user's when 清除标注 runs in a later session.
 */
export const HIGHLIGHT_MARKER = 'jsjy-highlight';

export function markerFormula(severity: Severity): string {
  return `=N("${HIGHLIGHT_MARKER}:${severity}")=0`;
}

export function isMarkerFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(`"${HIGHLIGHT_MARKER}:`);
}

export const EMPTY_RECORD: HighlightRecord = { version: 1, entries: [] };

/** The saved record; anything unreadable counts as none (clearing scans for the marker anyway). */
export function readRecord(store: SettingsStore): HighlightRecord {
  const raw = store.get(HIGHLIGHT_SETTING);
  if (!raw || typeof raw !== 'object') return EMPTY_RECORD;
  const entries = (raw as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return EMPTY_RECORD;
  const ok = entries.filter(
    (e): e is HighlightEntry =>
      !!e && typeof e.sheet === 'string' && typeof e.id === 'string' && typeof e.severity === 'string' && Array.isArray(e.areas),
  );
  return { version: 1, entries: ok };
}

export async function writeRecord(store: SettingsStore, record: HighlightRecord): Promise<void> {
  if (record.entries.length === 0) store.remove(HIGHLIGHT_SETTING);
  else store.set(HIGHLIGHT_SETTING, record);
  await saveSettings(store);
}
