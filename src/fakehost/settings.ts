import { FakeDocument } from './model';

/** Office.AsyncResult as the adapter sees it. */
export interface FakeAsyncResult {
  readonly status: 'succeeded' | 'failed';
  readonly error?: { message: string };
}

/**
 * Office.context.document.settings: a working copy loaded when the document opens; saveAsync
 * writes it into the document. A "reopen" is a new FakeSettings over the same FakeDocument.
 */
export class FakeSettings {
  private readonly working = new Map<string, string>();
  saveCount = 0;

  constructor(private readonly document: FakeDocument) {
    for (const [k, v] of Object.entries(document.savedSettings)) this.working.set(k, v);
  }

  get(name: string): unknown {
    const raw = this.working.get(name);
    return raw === undefined ? null : JSON.parse(raw);
  }

  set(name: string, value: unknown): void {
    this.working.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.working.delete(name);
  }

  saveAsync(optionsOrCallback?: unknown, maybeCallback?: (r: FakeAsyncResult) => void): void {
    const callback = typeof optionsOrCallback === 'function' ? (optionsOrCallback as (r: FakeAsyncResult) => void) : maybeCallback;
    this.saveCount += 1;
    this.document.savedSettings = Object.fromEntries(this.working);
    // Office calls back asynchronously.
    if (callback) setTimeout(() => callback({ status: 'succeeded' }), 0);
  }
}
