import { HostError } from '../../excel/errors';
import { isZip } from '../../zip/directory';

/**
 * The text of a .docx 说明 in the browser, with mammoth's standalone browser build (loaded on
 * demand: it is large and only this action needs it). Paragraphs come out separated by blank
 * lines, as in the command line, so the same offsets and sentences result.
 */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/** A complete Chinese message the pane shows as is (userMessage passes HostErrors through). */
export class DocxTextError extends HostError {
  constructor(message: string) {
    super(message, 'docx');
  }
}

interface MammothLike {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

export async function docxText(data: ArrayBuffer, fileName: string): Promise<string> {
  if (!/\.docx$/i.test(fileName)) {
    throw new DocxTextError(/\.doc$/i.test(fileName) ? '这是旧版 Word 文件（.doc），请在 Word 中另存为 .docx 后再选择。' : '请选择 Word 文件（.docx）。');
  }
  if (data.byteLength === 0) throw new DocxTextError('文件是空的。');
  if (data.byteLength > MAX_DOCX_BYTES) throw new DocxTextError('文件超过 20 MB，不像是决算说明，未读取。');
  if (!isZip(new Uint8Array(data))) throw new DocxTextError('文件不是有效的 .docx（可能已加密或损坏），请在 Word 中另存为 .docx 后再试。');
  const mod = (await import(/* webpackChunkName: "mammoth" */ 'mammoth/mammoth.browser.min.js')) as unknown as MammothLike & { default?: MammothLike };
  const mammoth = mod.default ?? mod;
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ arrayBuffer: data }));
  } catch {
    throw new DocxTextError('无法读取这个 Word 文件（可能已损坏），请在 Word 中打开后另存为 .docx 再试，或直接粘贴说明文本。');
  }
  if (!value.trim()) throw new DocxTextError('这个 Word 文件中没有文字。');
  return value;
}
