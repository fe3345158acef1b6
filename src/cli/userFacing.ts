import { isCannotCheckError } from '../core/errors';

/**
 * Errors whose message is already a sentence for the user (Chinese): the engine's CannotCheckError,
 * the readers' errors and usage errors by class name (the name survives the worker-thread
 * boundary, the class does not), or any error that sets `userFacing = true`, so this list need not
 * grow with each new reader. Everything else is an internal error and is reported as such, in one line.
 */
const USER_FACING = new Set(['CannotCheckError', 'XlsxReadError', 'UsageError']);

export function isUserFacing(e: unknown): e is Error {
  if (isCannotCheckError(e)) return true;
  return e instanceof Error && (USER_FACING.has(e.name) || (e as { userFacing?: unknown }).userFacing === true);
}

/**
 * A reader's refusal: a Chinese sentence for the user and a `code` for programs and tests. The
 * subclasses set their `name` (what survives a worker thread) and hold their own messages.
 */
export class UserFacingError<Code extends string> extends Error {
  readonly userFacing = true;
  constructor(readonly code: Code, message: string) {
    super(message);
  }
}

/** The user-facing message, or a one-line internal-error sentence with the first line of the detail. */
export function userMessage(e: unknown): string {
  if (isUserFacing(e)) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `程序内部错误（${detail.split('\n')[0].slice(0, 200)}）`;
}
