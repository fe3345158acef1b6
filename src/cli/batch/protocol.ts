import { JsonReport } from '../../core/report/json';

/** What the main thread asks a worker to do, and what comes back. */
export interface BatchTask {
  readonly index: number;
  readonly file: string;
  readonly narrative?: string;
  readonly profile: 'auto' | 'sichuan-13' | 'national-9';
}

export type BatchOutcome =
  | { readonly index: number; readonly file: string; readonly ok: true; readonly report: JsonReport; readonly ms: number }
  | { readonly index: number; readonly file: string; readonly ok: false; readonly reason: string; readonly ms: number };
