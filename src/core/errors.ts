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
