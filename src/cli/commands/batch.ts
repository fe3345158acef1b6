import { promises as fs } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { CannotCheckError } from '../../core/errors';
import { parseArgs, UsageError } from '../args';
import { matchNarratives } from '../batch/matchNarratives';
import { runPool } from '../batch/pool';
import { progressBar } from '../batch/progress';
import { BatchTask } from '../batch/protocol';
import { summaryText, toCsv, toJson, totals } from '../batch/report';

export const BATCH_USAGE = `用法：node dist/cli.js batch <文件夹> [--out 报告.csv|报告.json] [--profile auto|sichuan-13|national-9]
      [--narratives <说明文件夹>]
  --narratives 每个工作簿与该文件夹中同名的说明（.docx 或 .txt）一并校验；没有同名说明的工作簿只校验附表。`;

/**
 * Checks every .xlsx in a folder on worker threads. Exit: 0 all passed without errors, 1 some
 * file has errors or could not be checked, 2 the folder itself could not be read.
 * `workerScript` is the bundled CLI (null runs in-thread, for tests).
 */
export async function runBatch(argv: readonly string[], out: (s: string) => void, workerScript: string | null): Promise<number> {
  const args = parseArgs(argv, [
    { name: 'out' },
    { name: 'profile', values: ['auto', 'sichuan-13', 'national-9'] },
    { name: 'narratives' },
  ]);
  if (args.positional.length !== 1) throw new UsageError('请指定一个文件夹');
  const folder = args.positional[0];
  const outFile = args.options.out as string | undefined;
  const format = outFile ? reportFormat(outFile) : null;

  const files = await listWorkbooks(folder);
  if (files.length === 0) throw new CannotCheckError(`文件夹 ${folder} 中没有 .xlsx 工作簿。`, 'no-workbooks');
  const profile = (args.options.profile as BatchTask['profile'] | undefined) ?? 'auto';
  const narrativeFolder = args.options.narratives as string | undefined;
  const matched = narrativeFolder ? await matchNarratives(files, narrativeFolder) : null;
  const tasks: BatchTask[] = files.map((file, index) => {
    const narrative = matched?.byWorkbook.get(file);
    return narrative ? { index, file, narrative, profile } : { index, file, profile };
  });
  const reportOptions = { narratives: matched !== null };

  const bar = progressBar(tasks.length);
  const start = performance.now();
  const outcomes = await runPool(tasks, workerScript, () => bar.tick());
  bar.done();
  const seconds = (performance.now() - start) / 1000;

  out(summaryText(outcomes, seconds, { ...reportOptions, unmatchedNarratives: matched?.unmatched }));
  if (outFile && format) {
    await fs.writeFile(outFile, format === 'csv' ? toCsv(outcomes, reportOptions) : toJson(outcomes, reportOptions), 'utf8');
    out(`报告已写入：${outFile}\n`);
  }
  const t = totals(outcomes);
  return t.withErrors > 0 || t.failed > 0 ? 1 : 0;
}

function reportFormat(file: string): 'csv' | 'json' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  throw new UsageError('--out 的文件名须以 .csv 或 .json 结尾');
}

/**
 * The folder's workbooks (not Excel's ~$ lock files), sorted by name so reports are stable.
 * Old-format .xls and WPS .et files are listed too: they are reported as 无法校验 with how to
 * save them as .xlsx, rather than silently left out.
 */
async function listWorkbooks(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    throw new CannotCheckError(`无法打开文件夹：${folder}`, 'no-folder');
  }
  return names
    .filter((n) => /\.(?:xlsx|xls|et)$/i.test(n) && !n.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'zh-CN'))
    .map((n) => path.join(folder, n));
}
