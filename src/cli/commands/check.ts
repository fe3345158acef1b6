import * as path from 'path';
import { checkWorkbook } from '../../core/check';
import { CannotCheckError, isUserFacing } from '../../core/errors';
import { toJsonReport } from '../../core/report/json';
import { toTextReport } from '../../core/report/text';
import { Profile } from '../../core/tables/catalog';
import { UsageError } from '../args';
import type { CommandArgs } from '../main';
import { assertNotSameFile, readUserFile } from '../files';
import { fileExplanations, workbookExplanations } from '../explanations';
import { checkOutputPath } from '../outputPath';
import { readXlsx } from '../xlsx/readXlsx';

/** Exit codes: 0 no errors, 1 errors found, 2 could not check (thrown, handled by main). */
export async function runCheck(args: CommandArgs<'check'>, out: (s: string) => void): Promise<number> {
  const narrativeFile = args.options.narrative as string | undefined;
  // `check --narrative 说明.docx` with no workbook: the 说明 on its own.
  const priorFile = args.options.prior as string | undefined;
  if (args.positional.length === 0 && narrativeFile) {
    if (priorFile) throw new UsageError('--prior 需要本年工作簿：只校验说明时没有可与上年比较的附表');
    if (args.options.explanations) throw new UsageError('--explanations 需要工作簿：说明记录所说明的是附表的警告');
    return runNarrativeAlone(narrativeFile, args.options.format === 'json', out, !!args.options.annotate);
  }
  if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? '请指定要校验的工作簿（只校验说明时用 --narrative 说明.docx）' : '一次只能校验一个工作簿（批量校验请用 batch 命令）');
  const file = args.positional[0];
  const annotate = args.options.annotate as string | undefined;
  if (annotate) {
    assertNotSameFile(file, annotate);
    // Said before the workbook is read, not after the whole check.
    await checkOutputPath(annotate, '--annotate', ['.xlsx']);
  }
  if (annotate && priorFile) assertNotSameFile(priorFile, annotate);

  const buffer = await readUserFile(file);
  const grids = await readXlsx(buffer);
  // Loaded only when asked for: `check` without a 说明 never loads mammoth.
  const narrative = narrativeFile ? await (await import('../narrative/readNarrative')).readNarrativeFile(narrativeFile) : undefined;
  const prior = priorFile ? await readPriorGrids(priorFile) : undefined;
  // 已说明: what the pane saved in the workbook, plus --explanations.
  const stored = await workbookExplanations(buffer);
  const explanationsFile = args.options.explanations as string | undefined;
  const explanations = explanationsFile ? await fileExplanations(explanationsFile, stored) : stored;
  const result = checkWorkbook(grids, {
    profile: (args.options.profile as Profile | 'auto' | undefined) ?? 'auto',
    narrative,
    prior,
    ...(explanations.record.entries.length > 0 || explanations.unreadable > 0
      ? { explanations: explanations.record, unreadableExplanations: explanations.unreadable }
      : {}),
  });

  if (annotate) {
    // Loaded only when asked for: `check` alone never pays for the writer.
    const { writeAnnotatedCopy } = await import('../annotate');
    await writeAnnotatedCopy(buffer, result, annotate);
  }

  const name = path.basename(file);
  if (args.options.format === 'json') out(JSON.stringify(toJsonReport(file, result), null, 2) + '\n');
  else {
    out(toTextReport(name, result, narrativeFile === undefined ? {} : { narrativeFile: path.basename(narrativeFile), narrativeText: narrative }));
    if (annotate) out(`已写出标注副本：${annotate}（原文件未改动）\n`);
  }
  return result.summary.errors > 0 ? 1 : 0;
}

async function runNarrativeAlone(narrativeFile: string, json: boolean, out: (s: string) => void, annotate: boolean): Promise<number> {
  if (annotate) throw new UsageError('--annotate 需要工作簿：只校验说明时没有可标注的单元格');
  const narrative = await (await import('../narrative/readNarrative')).readNarrativeFile(narrativeFile);
  const { checkNarrativeAlone } = await import('../../core/checkNarrativeAlone');
  const result = checkNarrativeAlone(narrative);
  if (json) out(JSON.stringify(toJsonReport(narrativeFile, result), null, 2) + '\n');
  else out(toTextReport(path.basename(narrativeFile), result, { narrativeFile: path.basename(narrativeFile), narrativeText: narrative }));
  return result.summary.errors > 0 ? 1 : 0;
}

/** Last year's workbook, read by the one xlsx reader; its refusals say which file they are about. */
async function readPriorGrids(file: string) {
  try {
    return await readXlsx(await readUserFile(file));
  } catch (e) {
    if (isUserFacing(e)) throw new CannotCheckError(`上年工作簿 ${path.basename(file)}：${e.message}`, 'bad-prior');
    throw e;
  }
}
