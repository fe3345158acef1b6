import { promises as fs } from 'fs';
import * as path from 'path';
import { CannotCheckError } from '../../core/errors';

/**
 * A folder as a reviewer receives it: workbooks, old-format files, 说明, stray files and
 * subfolders. Every entry is listed, so the report accounts for each file: a workbook is checked
 * (the reader itself tells an .xls saved by old software from a renamed .xlsx and says how to
 * convert it), anything else is skipped with the reason.
 */
export interface InboxEntry {
  /** Path as joined from the folder given (what the reports print). */
  readonly file: string;
  /** Path relative to the folder, with '/' (how `--previous` pairs files). */
  readonly relative: string;
  /** null: to be checked; otherwise why it is not. */
  readonly skip: string | null;
}

/** Read by the reader: .xlsx and the macro-enabled .xlsm (the same zip package). .xls and .et are
 * handed to the reader too, which recognises them and answers with how to save them as .xlsx. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.et'];

export async function listInbox(folder: string, recursive: boolean): Promise<InboxEntry[]> {
  const out: InboxEntry[] = [];
  await walk(folder, '', recursive, out);
  return out.sort((a, b) => a.relative.localeCompare(b.relative, 'zh-CN'));
}

async function walk(folder: string, relative: string, recursive: boolean, out: InboxEntry[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(path.join(folder, relative), { withFileTypes: true });
  } catch {
    if (relative === '') throw new CannotCheckError(`无法打开文件夹：${folder}`, 'no-folder');
    out.push({ file: path.join(folder, relative), relative, skip: '无法打开该子文件夹（请检查权限）' });
    return;
  }
  for (const e of entries) {
    const rel = relative === '' ? e.name : `${relative}/${e.name}`;
    const file = path.join(folder, rel);
    if (e.isDirectory()) {
      if (recursive) await walk(folder, rel, recursive, out);
      else out.push({ file, relative: rel, skip: '子文件夹，未校验（加 --recursive 一并校验子文件夹）' });
      continue;
    }
    // A link to a workbook is checked as the workbook; a link to a folder is not followed (it may loop).
    const target = e.isSymbolicLink() ? await fs.stat(file).catch(() => null) : null;
    if (target?.isDirectory()) {
      out.push({ file, relative: rel, skip: '指向文件夹的快捷方式（链接），未进入' });
      continue;
    }
    out.push({ file, relative: rel, skip: skipReason(e.name, e.isFile() || target?.isFile() === true) });
  }
}

function skipReason(name: string, isFile: boolean): string | null {
  if (!isFile) return '不是普通文件';
  const ext = path.extname(name).toLowerCase();
  if (name.startsWith('~$')) return 'Excel/WPS 打开文件时生成的临时文件';
  if (WORKBOOK_EXTENSIONS.includes(ext)) return null;
  if (ext === '.docx' || ext === '.doc' || ext === '.wps' || ext === '.txt') return `不是工作簿（${ext} 文件；校验说明请用 --narratives <说明文件夹>）`;
  return ext ? `不是工作簿（${ext} 文件）` : '不是工作簿（无扩展名）';
}
