import * as path from 'path';
import { CannotCheckError } from '../core/errors';
import { EXPLANATIONS_SETTING, ExplanationRecord, mergeExplanations, readExplanations } from '../core/findings/explanations';
import { findSetting, readWebExtensionSettings } from '../xlsx/webExtensionSettings';
import { readUserFile } from './files';
import { inflateNode } from './xlsx/readXlsx';

/** The 已说明 record to apply, and how many entries could not be read. */
export interface LoadedExplanations {
  readonly record: ExplanationRecord;
  readonly unreadable: number;
}

/**
 * The explanations the task pane saved in the workbook (its document settings, stored by Office
 * in xl/webextensions). None is the usual case; a damaged record is counted, never fatal.
 */
export async function workbookExplanations(workbook: Uint8Array): Promise<LoadedExplanations> {
  const settings = await readWebExtensionSettings(workbook, inflateNode);
  const found = findSetting(settings, EXPLANATIONS_SETTING);
  if (found.unreadable) return { record: { version: 1, entries: [] }, unreadable: 1 };
  return readExplanations(found.value);
}

/**
 * `check --explanations 说明记录.json`: the same record as the pane keeps ({ "version": 1,
 * "entries": […] } or a bare array), added to the workbook's; an entry of the same finding replaces
 * the workbook's. A file that is not JSON is refused with a Chinese message (exit 2).
 */
export async function fileExplanations(file: string, workbook: LoadedExplanations): Promise<LoadedExplanations> {
  const text = (await readUserFile(file, '说明记录的 .json 文件')).toString('utf8').replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CannotCheckError(`说明记录 ${path.basename(file)} 不是有效的 JSON（应为 {"version":1,"entries":[…]}，见 README）。`, 'bad-explanations');
  }
  const read = readExplanations(raw);
  if (read.record.entries.length === 0 && read.unreadable > 0) {
    throw new CannotCheckError(`说明记录 ${path.basename(file)} 中没有可用的说明（每条需有 key 与 note）。`, 'bad-explanations');
  }
  return { record: mergeExplanations(workbook.record, read.record), unreadable: workbook.unreadable + read.unreadable };
}
