import type { WorkbookReadErrorCode } from '../../xlsx/messages';
import { UserFacingError } from '../../core/errors';

export type XlsxReadErrorCode = WorkbookReadErrorCode;

/** Why a file could not be read, in Chinese for the user; `code` for programs. The sentences are the one reader's (src/xlsx/messages.ts). */
export class XlsxReadError extends UserFacingError<XlsxReadErrorCode> {
  constructor(message: string, code: XlsxReadErrorCode) {
    super(message, code);
    this.name = 'XlsxReadError';
  }
}
