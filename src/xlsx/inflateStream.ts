import { ZipTooLargeError } from '../zip/directory';
import type { Inflate } from './read';

/*
 * The reader's inflater where there is no zlib: the task pane and the offline web page use the
 * platform's DecompressionStream with the 'deflate-raw' format (Chromium 103+, Safari 16.4+,
 * Firefox 113+, Node 20). Past maxBytes it stops and throws ZipTooLargeError, so a part that lies
 * about its size never fills the pane's memory.
 */

/**
 * True where the reader can run. Old webviews have no DecompressionStream; Chromium 80–102 have
 * one without 'deflate-raw' (the constructor throws), where every workbook would read as damaged.
 */
export function canInflate(): boolean {
  if (typeof DecompressionStream === 'undefined') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

export const inflateStream: Inflate = async (data, maxBytes) => {
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ZipTooLargeError('inflate');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
};
