/**
 * An input the engine cannot check at all (no 决算 tables, unreadable file …). Its message is
 * Chinese and shown to the user as it is; the CLI exits 2 on it. Anything else that escapes is a
 * bug and is reported as an internal error, never as a stack trace.
 */
export class CannotCheckError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'CannotCheckError';
  }
}

export function isCannotCheckError(e: unknown): e is { message: string; code: string } {
  return typeof e === 'object' && e !== null && (e as Error).name === 'CannotCheckError';
}
