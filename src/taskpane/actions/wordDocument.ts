import type { GeneratedNarrative } from '../../core/generate/types';
import { narrativeDocument } from '../../word/narrativeDocument';

/** The generated 说明 as a .docx Blob, in the browser (the layout lives in src/word, shared with the CLI). */
export async function narrativeDocxBlob(narrative: GeneratedNarrative): Promise<Blob> {
  const { document, Packer } = await narrativeDocument(narrative);
  return Packer.toBlob(document);
}

/** Saves a Blob through a temporary link (the file never leaves the machine). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  doc.body.removeChild(link);
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
