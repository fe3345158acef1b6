/**
 * The one base of every error whose message is a complete Chinese sentence for the user: the
 * engine's (CannotCheckError), the readers', the Excel adapter's (HostError) and the CLI's usage
 * errors; `code` is for programs and tests. Subclasses set `name`: across a worker thread only the
 * name and the message survive, and isUserFacing knows them by it.
 */
export class UserFacingError<Code extends string | undefined = string> extends Error {
  readonly userFacing = true;
  constructor(
    message: string,
    readonly code: Code,
  ) {
    super(message);
  }
}

/**
 * An input the engine cannot check at all (no 决算 tables, unreadable file …). Its message is
 * Chinese and shown to the user as it is; the CLI exits 2 on it. Anything else that escapes is a
 * bug and is reported as an internal error, never as a stack trace.
 */
export class CannotCheckError extends UserFacingError {
  constructor(message: string, code: string) {
    super(message, code);
    this.name = 'CannotCheckError';
  }
}

export function isCannotCheckError(e: unknown): e is { message: string; code: string } {
  return typeof e === 'object' && e !== null && (e as Error).name === 'CannotCheckError';
}

/** The names of the user-facing errors, for copies that crossed a worker thread (the class is lost). */
const USER_FACING_NAMES = new Set(['CannotCheckError', 'XlsxReadError', 'NarrativeReadError', 'WorkbookReadError', 'UsageError', 'HostError']);

/** Whether the error's message is already a sentence for the user. */
export function isUserFacing(e: unknown): e is Error {
  if (isCannotCheckError(e)) return true;
  return e instanceof Error && ((e as { userFacing?: unknown }).userFacing === true || USER_FACING_NAMES.has(e.name));
}

/** Every sentence said for an error that is not user-facing: the CLI's, the pane's and the web page's. */
export const ERROR_MESSAGES = {
  /** The CLI: an internal error in one line, with the first line of its detail. */
  internal: (detail: string) => `程序内部错误（${detail}）`,
  /** The pane and the web page: no detail. */
  unexpected: '发生了意外错误，操作未完成。请重试；若仍出错，请向开发者报告。',
  /** Office errors by their Excel.ErrorCodes value (src/excel/errors.ts officeErrorMessage). */
  officeAccessDenied: '没有权限修改工作簿（工作簿或工作表可能受保护，或以只读方式打开）。',
  officeItemNotFound: '找不到要操作的工作表或单元格，工作簿可能已被修改。请重新校验。',
  officePayloadTooLarge: '工作簿过大，Excel 拒绝了这次读取或写入。',
  officeInvalidOperation: 'Excel 拒绝了这次操作（可能正在编辑单元格）。请退出单元格编辑后重试。',
  officeOther: (code: string) => `Excel 报告了错误（${code}），请重试。`,
} as const;

/** The CLI's sentence for an error that is not user-facing: one line, never a stack. */
export function internalErrorMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return ERROR_MESSAGES.internal(detail.split('\n')[0].slice(0, 200));
}

/** The one sentence for anything that went wrong: a user-facing error's own, else `otherwise(e)`. */
export function userMessage(e: unknown, otherwise: (e: unknown) => string = internalErrorMessage): string {
  return isUserFacing(e) ? e.message : otherwise(e);
}

/**
 * An old-format workbook (.xls, WPS 表格 .et): the one sentence every adapter says (the CLI's reader,
 * batch, the pane's and the web page's file pickers), telling how to save it as .xlsx.
 */
export const OLD_WORKBOOK_MESSAGE =
  '这是旧版 .xls（或 WPS 表格 .et）文件，暂不能直接校验。请在 Excel 或 WPS 中打开，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再校验新文件。';

/** A file name of an old-format workbook (.xls, .et). */
export function isOldWorkbookName(name: string): boolean {
  return /\.(xls|et)$/i.test(name.trim());
}
