import { ZipTooLargeError } from '../zip/directory';
import type { Inflate } from './read';

/*
 * The reader's inflater where there is no zlib: the task pane and the offline web page use the
 * platform's DecompressionStream (Chromium 80+, Safari 16.4+, Node 18+). Past maxBytes it stops
 * and throws ZipTooLargeError, so a part that lies about its size never fills the pane's memory.
 */

/** True where the reader can run (old webviews have no DecompressionStream). */
export function canInflate(): boolean {
  return typeof DecompressionStream !== 'undefined';
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
