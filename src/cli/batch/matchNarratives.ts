import { promises as fs } from 'fs';
import * as path from 'path';
import { CannotCheckError } from '../../core/errors';

export interface NarrativeMatch {
  /** Workbook path → its 说明's path, for the workbooks that have one. */
  readonly byWorkbook: Map<string, string>;
  /** 说明 files (names) with no workbook of the same base name. */
  readonly unmatched: string[];
}

/** Preferred first: the .docx is what departments write; a .txt beside it is usually an export. */
const EXTENSIONS = ['.docx', '.txt'];

/**
 * Pairs each workbook with <folder>/<same base name>.docx or .txt (extension case ignored, the
 * base name compared exactly). Word's ~$ lock files are skipped.
 */
export async function matchNarratives(workbooks: readonly string[], folder: string): Promise<NarrativeMatch> {
  let names: string[];
  try {
    names = (await fs.readdir(folder)).filter((n) => !n.startsWith('~$'));
  } catch {
    throw new CannotCheckError(`无法打开说明文件夹：${folder}`, 'no-folder');
  }
  const candidates = new Map<string, Map<string, string>>();
  for (const n of names) {
    const ext = path.extname(n).toLowerCase();
    if (!EXTENSIONS.includes(ext)) continue;
    const base = n.slice(0, n.length - ext.length);
    if (!candidates.has(base)) candidates.set(base, new Map());
    candidates.get(base)!.set(ext, n);
  }
  const byWorkbook = new Map<string, string>();
  const used = new Set<string>();
  for (const wb of workbooks) {
    const base = path.basename(wb, path.extname(wb));
    const exts = candidates.get(base);
    const chosen = exts && EXTENSIONS.map((e) => exts.get(e)).find((n) => n !== undefined);
    if (!chosen) continue;
    byWorkbook.set(wb, path.join(folder, chosen));
    used.add(base);
  }
  const unmatched = [...candidates.entries()]
    .filter(([base]) => !used.has(base))
    .flatMap(([, exts]) => [...exts.values()])
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { byWorkbook, unmatched };
}
