import { isCannotCheckError } from '../core/errors';
import { HostError, officeErrorCode } from '../excel/errors';

/**
 * One Chinese sentence for anything that went wrong, never a stack trace. Our own errors carry a
 * complete Chinese message; Office errors are named by their code; anything else is a bug.
 */
export function userMessage(e: unknown): string {
  if (e instanceof HostError) return e.message;
  if (isCannotCheckError(e)) return e.message;
  switch (officeErrorCode(e)) {
    case 'AccessDenied':
      return '没有权限修改工作簿（工作簿或工作表可能受保护，或以只读方式打开）。';
    case 'ItemNotFound':
      return '找不到要操作的工作表或单元格，工作簿可能已被修改。请重新校验。';
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return '工作簿过大，Excel 拒绝了这次读取或写入。';
    case 'InvalidOperation':
    case 'InvalidArgument':
      return 'Excel 拒绝了这次操作（可能正在编辑单元格）。请退出单元格编辑后重试。';
    case undefined:
      break;
    default:
      return `Excel 报告了错误（${officeErrorCode(e)}），请重试。`;
  }
  return '发生了意外错误，操作未完成。请重试；若仍出错，请向开发者报告。';
}
