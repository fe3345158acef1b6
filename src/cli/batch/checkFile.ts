import { performance } from 'perf_hooks';
import { checkWorkbook } from '../../core/check';
import { isCannotCheckError } from '../../core/errors';
import { toJsonReport } from '../../core/report/json';
import { readUserFile } from '../files';
import { readXlsx } from '../xlsx/readXlsx';
import { BatchOutcome, BatchTask } from './protocol';

/** Checks one file for the batch; every failure becomes a Chinese reason, so one bad file never stops the batch. */
export async function checkFile(task: BatchTask): Promise<BatchOutcome> {
  const start = performance.now();
  try {
    const grids = await readXlsx(await readUserFile(task.file));
    const result = checkWorkbook(grids, { profile: task.profile });
    return { index: task.index, file: task.file, ok: true, report: toJsonReport(task.file, result), ms: performance.now() - start };
  } catch (e) {
    return { index: task.index, file: task.file, ok: false, reason: reasonOf(e), ms: performance.now() - start };
  }
}

export function reasonOf(e: unknown): string {
  if (isCannotCheckError(e)) return e.message;
  if (e instanceof Error && (e.name === 'XlsxReadError' || e.name === 'CannotCheckError')) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `程序内部错误（${detail.split('\n')[0].slice(0, 200)}）`;
}
