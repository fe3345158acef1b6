import { ApiLevel, assertApi, LATEST_API_LEVEL } from './apiLevel';
import { FakeOfficeError } from './errors';
import { FakeDocument } from './model';

/** One queued command. `run` executes it inside sync and returns the bytes it sends back plus
 * what to apply to client objects once the whole sync has succeeded (loaded values). */
export interface FakeCommand {
  readonly describe: string;
  readonly requestBytes: number;
  /** A change to the document, for the write log; called after run() succeeded. */
  readonly write?: () => WriteInfo;
  run(): { responseBytes: number; commit?: () => void } | void;
}

export interface SyncRecord {
  readonly index: number;
  readonly commands: readonly string[];
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly error?: string;
}

export interface WriteInfo {
  readonly op: string;
  readonly sheet: string;
  readonly address?: string;
  readonly detail?: unknown;
}

export interface WriteRecord {
  readonly sync: number;
  readonly op: string;
  readonly sheet: string;
  readonly address?: string;
  readonly detail?: unknown;
}

/** Limits real Excel enforces and the adapter must respect. Excel on the web caps a request and a
 * response at 5 MB; long getRanges address lists fail, so the fake refuses more than 150 areas;
 * getMergedAreasOrNullObject fails when the range holds more than 512 merged areas; a range of
 * more than 5 million cells reads back `values` (and valueTypes, numberFormatCategories) as null. */
export interface FakeLimits {
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly maxAreasPerCall: number;
  readonly maxMergedAreas: number;
  readonly maxValueCells: number;
}

export const DEFAULT_LIMITS: FakeLimits = {
  maxRequestBytes: 5 * 1024 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
  maxAreasPerCall: 150,
  maxMergedAreas: 512,
  maxValueCells: 5_000_000,
};

/** What Excel passes a worksheets.onChanged handler (the part we model). */
export interface FakeChangedEvent {
  readonly type: 'WorksheetChanged';
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
  readonly worksheetId: string;
  readonly address: string;
}

/** Every sync and every write of one fake host, across all Excel.run calls. */
export class FakeRecorder {
  readonly syncs: SyncRecord[] = [];
  readonly writes: WriteRecord[] = [];
  private readonly listeners = new Set<() => void>();
  /** Handlers the add-in registered with worksheets.onChanged.add (see FakeExcelHost.editCell). */
  readonly changeHandlers: ((event: FakeChangedEvent) => Promise<unknown> | void)[] = [];

  /** Called after every sync (the preview redraws its grid); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells subscribers the document may have changed (after a sync, or a direct edit by the preview). */
  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  reset(): void {
    this.syncs.length = 0;
    this.writes.length = 0;
  }
}

const encoder = new TextEncoder();
export function byteLength(value: unknown): number {
  return encoder.encode(typeof value === 'string' ? value : JSON.stringify(value) ?? '').length;
}

/**
 * The fake RequestContext core: commands queue up and run only in sync(), in order. A command
 * that fails stops the batch (earlier ones stay applied, as in Excel) and rejects the sync.
 */
export class FakeContextCore {
  private queue: FakeCommand[] = [];
  private nullWatchers: (() => void)[] = [];

  constructor(
    readonly document: FakeDocument,
    readonly recorder: FakeRecorder,
    readonly limits: FakeLimits,
    readonly apiLevel: ApiLevel = LATEST_API_LEVEL,
  ) {}

  /** Queues the requirement-set check of a method call: like Excel, the call itself succeeds and
   * the sync fails with ApiNotFound when the host is older than the member. */
  requireApi(member: string): void {
    this.enqueue({ describe: member, requestBytes: 0, run: () => assertApi(this.apiLevel, member) });
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  enqueue(command: FakeCommand): void {
    this.queue.push(command);
  }

  /** *OrNullObject proxies learn whether they are null at the end of the next successful sync. */
  watchNull(settle: () => void): void {
    this.nullWatchers.push(settle);
  }

  async sync(): Promise<void> {
    // Excel answers asynchronously; yielding keeps callers honest about awaiting.
    await Promise.resolve();
    const batch = this.queue;
    this.queue = [];
    const index = this.recorder.syncs.length + 1;
    const requestBytes = batch.reduce((n, c) => n + c.requestBytes, 0);
    const commands = batch.map((c) => c.describe);
    const fail = (error: FakeOfficeError, responseBytes = 0): never => {
      this.recorder.syncs.push({ index, commands, requestBytes, responseBytes, error: error.code });
      this.recorder.notify();
      throw error;
    };
    if (requestBytes > this.limits.maxRequestBytes) {
      fail(new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`));
    }
    let responseBytes = 0;
    const commits: (() => void)[] = [];
    for (const command of batch) {
      let result: ReturnType<FakeCommand['run']>;
      try {
        result = command.run();
      } catch (e) {
        if (e instanceof FakeOfficeError) fail(e, responseBytes);
        throw e;
      }
      if (command.write) this.recorder.writes.push({ sync: index, ...command.write() });
      if (result) {
        responseBytes += result.responseBytes;
        if (result.commit) commits.push(result.commit);
      }
      if (responseBytes > this.limits.maxResponseBytes) {
        fail(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${responseBytes} bytes).`), responseBytes);
      }
    }
    this.recorder.syncs.push({ index, commands, requestBytes, responseBytes });
    for (const commit of commits) commit();
    const watchers = this.nullWatchers;
    this.nullWatchers = [];
    for (const settle of watchers) settle();
    this.recorder.notify();
  }
}
