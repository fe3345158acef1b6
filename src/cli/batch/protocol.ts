import { JsonReport } from '../../core/report/json';

/** What the main thread asks a worker to do, and what comes back. */
export interface BatchTask {
  readonly index: number;
  readonly file: string;
  /** Path of the 说明 matched to this workbook (`--narratives`); absent: the tables are checked alone. */
  readonly narrative?: string;
  readonly profile: 'auto' | 'sichuan-13' | 'national-9';
}

interface OutcomeBase {
  readonly index: number;
  readonly file: string;
  /** The 说明 the workbook was checked with (echoed from the task). */
  readonly narrative?: string;
  readonly ms: number;
}

export type BatchOutcome =
  | (OutcomeBase & { readonly ok: true; readonly report: JsonReport })
  | (OutcomeBase & { readonly ok: false; readonly reason: string });

/** What every outcome repeats of its task (the 说明 only when there was one). */
export function echoOf(task: BatchTask): Pick<OutcomeBase, 'index' | 'file' | 'narrative'> {
  return { index: task.index, file: task.file, ...(task.narrative ? { narrative: task.narrative } : {}) };
}
