import { Finding } from './types';

/** Every 尾差 notice (a difference within the rounding bound, rules/compare.ts) starts with this. */
export const ROUNDING_NOTICE_PREFIX = '尾差：';

/** A 尾差 notice: information that an identity holds up to rounding, nothing to change. Reports
 * summarise them in one line (a large workbook has thousands); the JSON keeps every one. */
export function isRoundingNotice(f: Pick<Finding, 'severity' | 'message'>): boolean {
  return f.severity === 'info' && f.message.startsWith(ROUNDING_NOTICE_PREFIX);
}
