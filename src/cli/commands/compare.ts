import * as path from 'path';
import { compareVersions } from '../../core/compare/compare';
import { toCompareText } from '../../core/compare/text';
import { toJsonReport } from '../../core/report/json';
import { UsageError } from '../args';
import type { CommandArgs } from '../main';
import { checkWorkbookFile } from '../batch/checkFile';

/** Exit codes as `check` of the new version: 0 no errors left, 1 errors remain or are new, 2 could not compare. */
export async function runCompare(args: CommandArgs<'compare'>, out: (s: string) => void): Promise<number> {
  if (args.positional.length !== 2) throw new UsageError('请指定两个工作簿：原报的和重报的');
  const [oldFile, newFile] = args.positional;
  const profile = (args.options.profile as 'auto' | 'sichuan-13' | 'national-9' | undefined) ?? 'auto';
  const older = await named(oldFile, () => checkWorkbookFile(oldFile, profile));
  const newer = await named(newFile, () => checkWorkbookFile(newFile, profile));
  const oldReport = toJsonReport(oldFile, older);
  const newReport = toJsonReport(newFile, newer);
  const cmp = compareVersions({ model: older.model, findings: oldReport.findings }, { model: newer.model, findings: newReport.findings });
  if (args.options.format === 'json') {
    out(JSON.stringify({ old: oldFile, new: newFile, counts: cmp.counts, units: cmp.units, cells: cmp.cells, fixed: cmp.fixed, remaining: cmp.remaining, added: cmp.added, explained: cmp.explained, summary: { old: oldReport.summary, new: newReport.summary } }, null, 2) + '\n');
  } else out(toCompareText(path.basename(oldFile), path.basename(newFile), cmp));
  return newer.summary.errors > 0 ? 1 : 0;
}

/** Which of the two files could not be read, in the message. */
async function named<T>(file: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof Error && !e.message.includes(file)) e.message = `${path.basename(file)}：${e.message}`;
    throw e;
  }
}
