import { inspectDocx } from './docxPackage';
import { NARRATIVE_MESSAGES as M, NarrativeReadError } from './NarrativeReadError';

/**
 * The text of a .docx 说明, paragraphs separated by blank lines (mammoth's raw text). The package
 * is inspected first (docxPackage.ts); mammoth is loaded here only, so `check` without a 说明
 * never pays for it. Whatever mammoth throws (broken XML, odd parts) becomes one Chinese message.
 */
export async function docxText(buf: Buffer): Promise<string> {
  inspectDocx(buf);
  const mammoth = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: buf }));
  } catch {
    throw new NarrativeReadError(M.unreadable, 'unreadable');
  }
  if (typeof value !== 'string') throw new NarrativeReadError(M.unreadable, 'unreadable');
  return value;
}
