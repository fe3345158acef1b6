import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { CannotCheckError } from '../core/errors';

/**
 * Checks a path the user asked us to write (`--out`, `--annotate`) before any work starts, so a
 * typo or a read-only folder is said in one line at once instead of failing after the whole run.
 * Returns the extension (lower case). Creating and removing an empty file is the one sure test of
 * a folder's permissions (ACLs, read-only mounts, running as root all differ); an existing file is
 * only tested for write access, never truncated.
 */
export async function checkOutputPath(file: string, option: string, extensions: readonly string[]): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (!extensions.includes(ext)) {
    throw new CannotCheckError(`${option} 的文件名须以 ${extensions.join('、')} 结尾：${file}`, 'bad-output');
  }
  const stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) throw new CannotCheckError(`${option} 指向已有的文件夹：${file}，请给出文件名，如 ${path.join(file, `报告${ext}`)}`, 'bad-output');
  if (stat) {
    try {
      await fs.access(file, constants.W_OK);
    } catch {
      throw new CannotCheckError(`无法写入 ${option} 指定的文件：${file}（没有写入权限，或文件正被其他程序打开）`, 'bad-output');
    }
    return ext;
  }
  const dir = path.dirname(path.resolve(file));
  const dirStat = await fs.stat(dir).catch(() => null);
  if (!dirStat) throw new CannotCheckError(`${option} 所在的文件夹不存在：${path.dirname(file)}`, 'bad-output');
  if (!dirStat.isDirectory()) throw new CannotCheckError(`${option} 所在的位置不是文件夹：${path.dirname(file)}`, 'bad-output');
  try {
    const handle = await fs.open(file, 'wx');
    await handle.close();
    await fs.unlink(file);
  } catch {
    throw new CannotCheckError(`无法在文件夹 ${path.dirname(file)} 中写入 ${option} 指定的文件（没有写入权限）`, 'bad-output');
  }
  return ext;
}
