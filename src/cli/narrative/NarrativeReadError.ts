import { UserFacingError } from '../../core/errors';

export type NarrativeReadErrorCode = 'not-found' | 'unsupported' | 'empty' | 'not-docx' | 'encrypted' | 'too-large' | 'unreadable' | 'encoding';

/** Why a 说明 file could not be read, in Chinese for the user; `code` for programs and tests. */
export class NarrativeReadError extends UserFacingError<NarrativeReadErrorCode> {
  constructor(message: string, code: NarrativeReadErrorCode) {
    super(message, code);
    this.name = 'NarrativeReadError';
  }
}

export const NARRATIVE_MESSAGES = {
  notFound: (file: string) => `找不到说明文件：${file}`,
  isDirectory: (file: string) => `${file} 是文件夹，请指定说明的 .docx 或 .txt 文件。`,
  unreadableFile: (file: string) => `无法读取说明文件：${file}（请检查文件权限，或先在 Word 中关闭它）`,
  unsupported: (ext: string) => `说明文件只能是 Word 文档（.docx）或纯文本（.txt），不能是“${ext || '无扩展名'}”文件。`,
  doc: '说明是旧版 Word .doc 文件，请在 Word 中另存为 .docx 后再校验。',
  empty: '说明文件是空的（0 字节），请选择写好的决算情况说明。',
  noText: '说明中没有文字，请选择写好的决算情况说明。',
  notDocx: '说明文件不是 Word .docx 文档（文件格式无法识别）。请在 Word 中另存为 .docx 后再校验。',
  corruptZip: '说明文件已损坏或不是完整的 .docx 文档，无法打开。请在 Word 中重新保存后再校验。',
  noDocument: '说明文件里没有 Word 正文（缺少 word/document.xml），不是有效的 .docx 文档。请在 Word 中另存为 .docx 后再校验。',
  xlsxAsDocx: '这是 Excel 工作簿，不是 Word 文档。请把附表作为工作簿、把说明作为 .docx 或 .txt 文件分别指定。',
  encrypted: '说明文档已加密，请先在 Word 中取消密码保护后再校验。',
  otherOffice: '说明文件是旧版 Office 文件，不是 .docx 文档。请在 Word 中另存为 .docx 后再校验。',
  bomb: '说明文档的压缩比异常（疑似压缩炸弹），为安全起见不予读取。请在 Word 中重新保存后再校验。',
  tooLarge: (what: string) => `说明文件过大（${what}），无法在合理时间内校验。决算情况说明通常只有几十 KB 文字，请检查是否选错了文件。`,
  unreadable: '说明文档内容无法读取（文件可能已损坏）。请在 Word 中打开并另存为 .docx 后再校验。',
  txtIsBinary: '说明文件扩展名是 .txt，但内容不是文本（可能是改了扩展名的 Word 或其他文件）。请选择 .docx 或纯文本说明。',
  encoding: '说明文本文件的编码无法识别（既不是 UTF-8 也不是 GB18030/GBK）。请用记事本打开后“另存为”UTF-8 编码再校验。',
} as const;
