import { JsonReport } from '../../core/report/json';
import type { ChangeCounts } from '../../core/compare/types';

/** What the main thread asks a worker to do, and what comes back. */
export interface BatchTask {
  readonly index: number;
  readonly file: string;
  /** Path of the 说明 matched to this workbook (`--narratives`); absent: the tables are checked alone. */
  readonly narrative?: string;
  /** The earlier version of this workbook (`--previous`, paired by relative path); null: none was found. */
  readonly previous?: string | null;
  readonly profile: 'auto' | 'sichuan-13' | 'national-9';
}

interface OutcomeBase {
  readonly index: number;
  readonly file: string;
  /** The 说明 the workbook was checked with (echoed from the task). */
  readonly narrative?: string;
  /** Echoed from the task. */
  readonly previous?: string | null;
  readonly ms: number;
}

/**
 * checked (ok), could not be checked (a reason), or skipped without trying (`skipped`, made on
 * the main thread for files that are not workbooks).
 */
export type BatchOutcome =
  | (OutcomeBase & {
      readonly ok: true;
      readonly report: JsonReport;
      /** Against the previous version (`--previous`): counts, or why it could not be compared. */
      readonly change?: ChangeCounts | { readonly error: string };
    })
  | (OutcomeBase & { readonly ok: false; readonly reason: string; readonly skipped?: true });

/** What every outcome repeats of its task (the 说明 and previous version only when asked for). */
export function echoOf(task: BatchTask): Pick<OutcomeBase, 'index' | 'file' | 'narrative' | 'previous'> {
  return {
    index: task.index,
    file: task.file,
    ...(task.narrative ? { narrative: task.narrative } : {}),
    ...(task.previous !== undefined ? { previous: task.previous } : {}),
  };
}
