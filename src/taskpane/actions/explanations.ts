import { EMPTY_EXPLANATIONS, EXPLANATIONS_SETTING, ExplanationRecord, readExplanations } from '../../core/findings/explanations';
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
