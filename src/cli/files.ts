import { promises as fs } from 'fs';
import * as path from 'path';
import { CannotCheckError } from '../core/errors';

/**
 * Reads a file the user named, turning every file-system failure into a Chinese message; `kind`
 * names what was expected where a folder was given ("一个 .xlsx 文件").
 */
export async function readUserFile(file: string, kind = '一个 .xlsx 文件'): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new CannotCheckError(`找不到文件：${file}`, 'not-found');
  }
  if (stat.isDirectory()) throw new CannotCheckError(`${file} 是文件夹，请指定${kind}。`, 'is-directory');
  try {
    return await fs.readFile(file);
  } catch {
    throw new CannotCheckError(`无法读取文件：${file}（请检查文件权限，或先在 Excel 中关闭它）`, 'unreadable');
  }
}

/** The input is never overwritten: an output path that is the input itself is refused. */
export function assertNotSameFile(input: string, output: string): void {
  if (path.resolve(input) === path.resolve(output)) {
    throw new CannotCheckError('输出文件不能与原工作簿相同：原文件不会被修改，请另选一个文件名。', 'same-file');
  }
}

/** A size in a message ("3.2 MB"): the reader's, so every message writes sizes alike. */
export { megabytes } from '../xlsx/messages';
