import { NARRATIVE_MESSAGES as M, NarrativeReadError } from './NarrativeReadError';

/**
 * A .txt 说明 as a string. Chinese Windows tools still save GBK/GB18030 by default, so bytes that
 * are not valid UTF-8 are read as GB18030 without comment (GB18030 is a superset of GBK and
 * GB2312). A UTF-16 byte-order mark (Notepad's "Unicode") is honoured. The BOM is not part of the
 * returned text, so offsets in findings count from the first real character.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw new NarrativeReadError(M.empty, 'empty');
  let text: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = strict('utf-8', bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = strict('utf-16le', bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = strict('utf-16be', bytes.subarray(2));
  else text = strict('utf-8', bytes) ?? strict('gb18030', bytes);
  if (text === null) throw new NarrativeReadError(M.encoding, 'encoding');
  // NUL never occurs in a text file in these encodings: a binary file renamed to .txt.
  if (text.includes('\u0000')) throw new NarrativeReadError(M.txtIsBinary, 'not-docx');
  return text;
}

/** Decodes or returns null; ignoreBOM keeps a stray BOM visible rather than silently shifting offsets. */
function strict(encoding: string, bytes: Buffer): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
