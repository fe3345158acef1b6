import { promises as fs } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { CannotCheckError } from '../../core/errors';
import { UsageError } from '../args';
import type { CommandArgs } from '../main';
import { InboxEntry, listInbox } from '../batch/inbox';
import { matchNarratives } from '../batch/matchNarratives';
import { runPool } from '../batch/pool';
import { progressBar } from '../batch/progress';
import { BatchOutcome, BatchTask } from '../batch/protocol';
import { summaryText, toCsv, toDetailsCsv, toJson, totals } from '../batch/report';
import { checkOutputPath } from '../outputPath';

const OUT_EXTENSIONS = ['.xlsx', '.csv', '.json'];

/**
 * Checks every workbook of a folder on worker threads and accounts for every other file. Exit: 0
 * all passed without errors, 1 some file has errors or could not be checked, 2 the folder itself
 * could not be read or an output path is unusable (said before any work starts).
 * `workerScript` is the bundled CLI (null runs in-thread, for tests).
 */
export async function runBatch(args: CommandArgs<'batch'>, out: (s: string) => void, workerScript: string | null): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('请指定一个文件夹');
  const folder = args.positional[0];
  const outFile = args.options.out as string | undefined;
  const details = args.options.details === true;
  const recursive = args.options.recursive === true;
  const format = outFile ? (await checkOutputPath(outFile, '--out', OUT_EXTENSIONS)).slice(1) : null;
  if (details && format !== 'csv') throw new UsageError('--details 只用于 CSV 报告（--out 报告.csv）；.xlsx 报告本身含“问题明细”表');

  const entries = (await listInbox(folder, recursive)).map((e) => (outFile && path.resolve(e.file) === path.resolve(outFile) ? { ...e, skip: '本次写出的报告' } : e));
  const workbooks = entries.filter((e) => e.skip === null);
  if (workbooks.length === 0) {
    throw new CannotCheckError(`文件夹 ${folder} 中没有工作簿（.xlsx、.xlsm、.xls、.et）${recursive ? '' : '；要连同子文件夹校验请加 --recursive'}。`, 'no-workbooks');
  }
  const profile = (args.options.profile as BatchTask['profile'] | undefined) ?? 'auto';
  const narrativeFolder = args.options.narratives as string | undefined;
  const matched = narrativeFolder ? await matchNarratives(workbooks.map((e) => e.file), narrativeFolder) : null;
  const previousFolder = args.options.previous as string | undefined;
  const previous = previousFolder ? await previousVersions(previousFolder, recursive) : null;
  const tasks: BatchTask[] = workbooks.map((e, index) => {
    const narrative = matched?.byWorkbook.get(e.file);
    return {
      index,
      file: e.file,
      profile,
      ...(narrative ? { narrative } : {}),
      ...(previous ? { previous: previous.get(withoutExtension(e.relative)) ?? null } : {}),
    };
  });
  const reportOptions = { narratives: matched !== null, previous: previous !== null };

  const bar = progressBar(tasks.length);
  const start = performance.now();
  const checked = await runPool(tasks, workerScript, () => bar.tick());
  bar.done();
  const seconds = (performance.now() - start) / 1000;
  const outcomes = inFolderOrder(entries, checked, matched?.byWorkbook);

  out(summaryText(outcomes, seconds, { ...reportOptions, unmatchedNarratives: matched?.unmatched }));
  if (outFile && format) {
    if (format === 'xlsx') {
      // Loaded only for an .xlsx report: the main thread of a batch otherwise never loads exceljs.
      await (await import('../batch/xlsxReport')).writeXlsxReport(outcomes, { ...reportOptions, folder }, outFile);
    } else {
      const text = format === 'json' ? toJson(outcomes, reportOptions) : details ? toDetailsCsv(outcomes) : toCsv(outcomes, reportOptions);
      await fs.writeFile(outFile, text, 'utf8');
    }
    out(`报告已写入：${outFile}\n`);
  }
  const t = totals(outcomes);
  return t.withErrors > 0 || t.failed > 0 ? 1 : 0;
}

/** Every listed file in the folder's order: the checked ones with their outcome, the others skipped
 * with their reason (a 说明 matched to a workbook in the same folder says so). */
function inFolderOrder(entries: readonly InboxEntry[], checked: readonly BatchOutcome[], narratives?: ReadonlyMap<string, string>): BatchOutcome[] {
  const byFile = new Map(checked.map((o) => [o.file, o]));
  const narrativeOf = new Map([...(narratives ?? [])].map(([wb, n]) => [path.resolve(n), path.basename(wb)]));
  return entries.map((e, index) => {
    const done = byFile.get(e.file);
    if (done) return done;
    const withWorkbook = narrativeOf.get(path.resolve(e.file));
    return { index, file: e.file, ok: false as const, skipped: true as const, reason: withWorkbook ? `说明，已与 ${withWorkbook} 一并校验` : e.skip ?? '', ms: 0 };
  });
}

function withoutExtension(relative: string): string {
  return relative.slice(0, relative.length - path.extname(relative).length);
}

/** The previous folder's workbooks by relative path without extension (an .xls resubmitted as .xlsx still pairs). */
async function previousVersions(folder: string, recursive: boolean): Promise<Map<string, string>> {
  let entries: InboxEntry[];
  try {
    entries = await listInbox(folder, recursive);
  } catch {
    throw new CannotCheckError(`无法打开上一版文件夹：${folder}`, 'no-folder');
  }
  const out = new Map<string, string>();
  for (const e of entries) if (e.skip === null && !out.has(withoutExtension(e.relative))) out.set(withoutExtension(e.relative), e.file);
  return out;
}
