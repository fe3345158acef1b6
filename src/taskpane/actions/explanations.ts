import {
  EMPTY_EXPLANATIONS,
  explain,
  EXPLANATIONS_SETTING,
  ExplanationRecord,
  findingKey,
  readExplanations,
  withExplanation,
  withoutExplanation,
} from '../../core/findings/explanations';
import type { Finding } from '../../core/findings/types';
import { saveSettings, SettingsStore } from '../../excel/officeApi';

/*
 * 已说明 in the document settings (jsjy.explanations), saved with the workbook, as the 生成说明
 * inputs and the highlight record are. Office writes them into the .xlsx (xl/webextensions), where
 * the command line reads them back (src/xlsx/webExtensionSettings.ts).
 */

export interface StoredExplanations {
  readonly record: ExplanationRecord;
  /** Entries that could not be read (damaged settings), skipped. */
  readonly unreadable: number;
}

/** What the workbook holds; a damaged record counts as unreadable, never throws. */
export function loadExplanations(settings: SettingsStore): StoredExplanations {
  try {
    return readExplanations(settings.get(EXPLANATIONS_SETTING));
  } catch {
    return { record: EMPTY_EXPLANATIONS, unreadable: 1 };
  }
}

/** Writes the record into the document settings and saves them (saved to disk with the workbook). */
export async function saveExplanations(settings: SettingsStore, record: ExplanationRecord): Promise<void> {
  if (record.entries.length === 0) settings.remove(EXPLANATIONS_SETTING);
  else settings.set(EXPLANATIONS_SETTING, record);
  await saveSettings(settings);
}

/** The name typed last time, offered again (the record's newest entry that names someone). */
export function lastExplainer(record: ExplanationRecord): string {
  for (let i = record.entries.length - 1; i >= 0; i--) if (record.entries[i].by) return record.entries[i].by;
  return '';
}

/**
 * Explains the warning and saves: the record is read from the settings at this moment (both tabs
 * edit it; neither may drop what the other saved). Returns the record as saved.
 */
export async function addExplanation(settings: SettingsStore, finding: Finding, note: string, by: string, at: string): Promise<ExplanationRecord> {
  const record = withExplanation(loadExplanations(settings).record, explain(finding, note, by, at));
  await saveExplanations(settings, record);
  return record;
}

/** Takes the finding's explanation out of the record and saves. */
export async function removeExplanation(settings: SettingsStore, finding: Finding): Promise<ExplanationRecord> {
  const record = withoutExplanation(loadExplanations(settings).record, findingKey(finding));
  await saveExplanations(settings, record);
  return record;
}
