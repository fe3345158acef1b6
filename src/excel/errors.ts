import { ERROR_MESSAGES, UserFacingError } from '../core/errors';

/** A problem the pane can show as is: the message is Chinese and complete. */
export class HostError extends UserFacingError<string | undefined> {
  constructor(message: string, code?: string) {
    super(message, code);
    this.name = 'HostError';
  }
}

/** The Excel.ErrorCodes value of an Office error ("ItemNotFound", "AccessDenied"…), if any. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return undefined;
}

/** The pane's sentence for an Office error, by its code (ERROR_MESSAGES); anything else is unexpected. */
export function officeErrorMessage(e: unknown): string {
  const code = officeErrorCode(e);
  switch (code) {
    case 'AccessDenied':
      return ERROR_MESSAGES.officeAccessDenied;
    case 'ItemNotFound':
      return ERROR_MESSAGES.officeItemNotFound;
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return ERROR_MESSAGES.officePayloadTooLarge;
    case 'InvalidOperation':
    case 'InvalidArgument':
      return ERROR_MESSAGES.officeInvalidOperation;
    case undefined:
      return ERROR_MESSAGES.unexpected;
    default:
      return ERROR_MESSAGES.officeOther(code);
  }
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}
