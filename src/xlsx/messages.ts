import { OLD_WORKBOOK_MESSAGE, UserFacingError } from '../core/errors';

export type WorkbookReadErrorCode = 'not-xlsx' | 'empty' | 'encrypted' | 'too-large' | 'unreadable';

/** Why a workbook could not be read: one Chinese sentence for the user, a code for programs. */
export class WorkbookReadError extends UserFacingError<WorkbookReadErrorCode> {
  constructor(message: string, code: WorkbookReadErrorCode) {
    super(message, code);
    this.name = 'WorkbookReadError';
  }
}

/** What every adapter says (command line, task pane, web page): one reader, one set of sentences. */
export const MESSAGES = {
  empty: '文件是空的（0 字节），请选择填好数据的决算 .xlsx 工作簿。',
  noSheets: '工作簿里没有工作表，请选择包含决算附表的 .xlsx 工作簿。',
  notXlsx: '这不是 Excel .xlsx 工作簿（文件格式无法识别），请选择决算附表的 .xlsx 文件。',
  corruptZip: '文件已损坏或不是完整的 .xlsx 工作簿，无法打开。请在 Excel 中重新保存后再校验。',
  word: '这是 Word 文档，不是 Excel 工作簿。请选择决算附表的 .xlsx 文件（说明请作为 Word 文档单独选择）。',
  encrypted: '工作簿已加密，请先在 Excel 中取消密码保护后再校验。',
  xls: OLD_WORKBOOK_MESSAGE,
  otherOffice: '这是旧版 Office（或 WPS）文件，不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再校验新文件。',
  tooLarge: (what: string) => `工作簿过大（${what}），无法在合理时间内校验。请删除多余的空行、空列或无关工作表后再试。`,
  unreadable: '工作簿内容无法读取（文件可能已损坏）。请在 Excel 中打开并另存为 .xlsx 后再校验。',
  missingSheet: (sheet: string) => `工作簿中的工作表“${sheet}”缺少内容（文件已损坏）。请在 Excel 中打开并另存为 .xlsx 后再校验。`,
  zipBomb: (part: string) =>
    `文件中的“${part}”解压后远大于文件声明的大小（疑似恶意构造的压缩文件），为安全起见不予打开。请在 Excel 中打开并另存为 .xlsx 后再校验。`,
  sheetTooLarge: (sheet: string, range: string, rows: number, cols: number, where: string) =>
    `工作表“${sheet}”的内容延伸到 ${range}（${rows} 行 × ${cols} 列），范围过大。请删除远处多余的内容（${where} 处的值）后再试。`,
} as const;

/** A size in a message: "3.2 MB" below 10 MB, "120 MB" above. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
