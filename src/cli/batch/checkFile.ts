import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkWorkbook } from '../../core/check';
import { toJsonReport } from '../../core/report/json';
import { readUserFile } from '../files';
import { readXlsx } from '../xlsx/readXlsx';
import { BatchOutcome, BatchTask, echoOf } from './protocol';
import { userMessage } from '../userFacing';

/** Checks one file for the batch; every failure becomes a Chinese reason, so one bad file never stops the batch. */
export async function checkFile(task: BatchTask): Promise<BatchOutcome> {
  const start = performance.now();
  const echo = echoOf(task);
  try {
    const grids = await readXlsx(await readUserFile(task.file));
    const narrative = task.narrative ? await readNarrative(task.narrative) : undefined;
    const result = checkWorkbook(grids, { profile: task.profile, narrative });
    return { ...echo, ok: true, report: toJsonReport(task.file, result), ms: performance.now() - start };
  } catch (e) {
    return { ...echo, ok: false, reason: userMessage(e), ms: performance.now() - start };
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
