import { promises as fs } from 'fs';
import * as path from 'path';
import { megabytes } from '../files';
import { decodeText } from './decodeText';
import { DOCX_LIMITS } from './docxPackage';
import { NARRATIVE_MESSAGES as M, NarrativeReadError } from './NarrativeReadError';

/** Limits on the 说明 as text. A real one is 5–30 thousand characters. */
export const TEXT_LIMITS = {
  /** A .txt file on disk. */
  txtBytes: 10 * 1024 * 1024,
  /** Characters handed to the checker, from either format. */
  chars: 2_000_000,
};

/**
 * Reads a 说明 the user named (.docx or .txt) into the exact string the checker sees; finding
 * spans index into it. Every failure is a NarrativeReadError with a Chinese message.
 */
export async function readNarrativeFile(file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc') throw new NarrativeReadError(M.doc, 'unsupported');
  if (ext !== '.docx' && ext !== '.txt') throw new NarrativeReadError(M.unsupported(ext), 'unsupported');

  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new NarrativeReadError(M.notFound(file), 'not-found');
  }
  if (stat.isDirectory()) throw new NarrativeReadError(M.isDirectory(file), 'not-found');
  // Refused before reading, so a huge file never enters memory.
  const max = ext === '.txt' ? TEXT_LIMITS.txtBytes : DOCX_LIMITS.fileBytes;
  if (stat.size > max) throw new NarrativeReadError(M.tooLarge(`文件 ${megabytes(stat.size)}`), 'too-large');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new NarrativeReadError(M.unreadableFile(file), 'not-found');
  }
  return narrativeFromBytes(bytes, ext);
}

/** The same for bytes already in memory; `ext` is ".docx" or ".txt". */
export async function narrativeFromBytes(bytes: Buffer, ext: '.docx' | '.txt'): Promise<string> {
  let text: string;
  if (ext === '.txt') {
    // A .docx or .xlsx renamed to .txt: say what it is rather than "bad encoding".
    if (bytes.length >= 4 && (bytes.readUInt32LE(0) === 0x04034b50 || bytes.readUInt32BE(0) === 0xd0cf11e0)) {
      throw new NarrativeReadError(M.txtIsBinary, 'not-docx');
    }
    text = decodeText(bytes);
  } else {
    if (bytes.length === 0) throw new NarrativeReadError(M.empty, 'empty');
    text = await (await import('./docxText')).docxText(bytes);
  }
  if (text.length > TEXT_LIMITS.chars) {
    const size = text.length >= 10000 ? `${Math.round(text.length / 10000)} 万字` : `${text.length} 字`;
    throw new NarrativeReadError(M.tooLarge(size), 'too-large');
  }
  if (text.trim() === '') throw new NarrativeReadError(M.noText, 'empty');
  return text;
}
