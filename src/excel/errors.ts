/** A problem the pane can show as is: the message is Chinese and complete. */
export class HostError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = 'HostError';
  }
}

/** The Excel.ErrorCodes value of an Office error ("ItemNotFound", "AccessDenied"…), if any. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return undefined;
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}
