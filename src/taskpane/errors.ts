import { userMessage as sentenceFor } from '../core/errors';
import { officeErrorMessage } from '../excel/errors';

/**
 * One Chinese sentence for anything that went wrong, never a stack trace. Our own errors carry a
 * complete Chinese message; Office errors are named by their code; anything else is a bug.
 */
export function userMessage(e: unknown): string {
  return sentenceFor(e, officeErrorMessage);
}
