import * as path from 'path';
import { performance } from 'perf_hooks';
import { CheckResult, checkWorkbook } from '../../core/check';
import { compareVersions } from '../../core/compare/compare';
import { toJsonReport } from '../../core/report/json';
import { readUserFile } from '../files';
import { workbookExplanations } from '../explanations';
import { readXlsx } from '../xlsx/readXlsx';
import { BatchOutcome, BatchTask, echoOf } from './protocol';
import { userMessage } from '../../core/errors';

/** Reads and checks one workbook file (the tables only). */
export async function checkWorkbookFile(file: string, profile: BatchTask['profile'], narrative?: string): Promise<CheckResult> {
  const buffer = await readUserFile(file);
  const grids = await readXlsx(buffer);
  // The warnings the unit explained in the pane (已说明) count as explained here too.
  const { record, unreadable } = await workbookExplanations(buffer);
  return checkWorkbook(grids, { profile, narrative, ...(record.entries.length > 0 || unreadable > 0 ? { explanations: record, unreadableExplanations: unreadable } : {}) });
}

/** Checks one file for the batch; every failure becomes a Chinese reason, so one bad file never stops the batch. */
export async function checkFile(task: BatchTask): Promise<BatchOutcome> {
  const start = performance.now();
  const echo = echoOf(task);
  try {
    const narrative = task.narrative ? await readNarrative(task.narrative) : undefined;
    const result = await checkWorkbookFile(task.file, task.profile, narrative);
    const report = toJsonReport(task.file, result);
    const change = task.previous ? await compareWithPrevious(task.previous, task.profile, result, report) : undefined;
    return { ...echo, ok: true, report, ...(change ? { change } : {}), ms: performance.now() - start };
  } catch (e) {
    return { ...echo, ok: false, reason: userMessage(e), ms: performance.now() - start };
  }
}

/** The counts against the previous version; its failure is said in the 变化 column, the file itself was fine. */
async function compareWithPrevious(previous: string, profile: BatchTask['profile'], result: CheckResult, report: ReturnType<typeof toJsonReport>) {
  try {
    const old = await checkWorkbookFile(previous, profile);
    return compareVersions({ model: old.model, findings: toJsonReport(previous, old).findings }, { model: result.model, findings: report.findings }).counts;
  } catch (e) {
    return { error: `上一版无法校验：${userMessage(e)}` };
  }
}

/** The 说明 as text; its failure names the 说明 file, since the workbook itself was fine. */
async function readNarrative(file: string): Promise<string> {
  // Loaded only when a 说明 is matched, so a batch of workbooks alone never loads mammoth.
  const { readNarrativeFile } = await import('../narrative/readNarrative');
  try {
    return await readNarrativeFile(file);
  } catch (e) {
    if (e instanceof Error) e.message = `说明“${path.basename(file)}”：${e.message}`;
    throw e;
  }
}
