import { GeneratedNarrative } from '../../core/generate';
import { narrativeDocument } from '../../word/narrativeDocument';

/** The 说明 as .docx bytes for `generate --out 说明.docx` (the layout lives in src/word). */
export async function narrativeDocx(narrative: GeneratedNarrative): Promise<Buffer> {
  const { document, Packer } = await narrativeDocument(narrative);
  return Packer.toBuffer(document);
}
