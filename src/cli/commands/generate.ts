import { promises as fs } from 'fs';
import * as path from 'path';
import { runRules } from '../../core/rules/run';
import { CannotCheckError } from '../../core/errors';
import { generateNarrative, GenerateInputs, GenerateOptions, jsonKeyOf, mergeInputs, noteLines } from '../../core/generate';
import { readWorkbook } from '../../core/model/readWorkbook';
import { Profile } from '../../core/tables/catalog';
import { noTablesMessage } from '../../core/model/noTables';
import { UsageError } from '../args';
import type { CommandArgs } from '../main';
import { assertNotSameFile, readUserFile } from '../files';
import { readInputsFile, readInputsJson } from '../prior/readPrior';
import { readXlsx } from '../xlsx/readXlsx';

/** Exit codes: 0 written; 2 could not generate (thrown, handled by main). */
export async function runGenerate(args: CommandArgs<'generate'>, out: (s: string) => void): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? '请指定要生成说明的工作簿' : '一次只能为一个工作簿生成说明');
  const file = args.positional[0];
  const target = args.options.out as string | undefined;
  if (target) {
    assertNotSameFile(file, target);
    if (!/\.(docx|txt)$/i.test(target)) throw new UsageError(`--out 的文件名应以 .docx 或 .txt 结尾，不能是“${path.basename(target)}”`);
  }

  const grids = await readXlsx(await readUserFile(file));
  const read = readWorkbook(grids, { profile: (args.options.profile as Profile | 'auto' | undefined) ?? 'auto' });
  const { model } = read;
  if (model.placements.length === 0) throw new CannotCheckError(noTablesMessage(read), 'no-tables');
  // Warn (on stderr, so the text on stdout stays clean) when the tables themselves have errors:
  // the 说明 would repeat the wrong figures.
  const tableErrors = runRules(model).filter((f) => f.severity === 'error').length;
  if (tableErrors > 0) {
    process.stderr.write(`警告：附表中有 ${tableErrors} 个错误，生成的说明会沿用这些数字；建议先运行 check 修正附表后再生成。\n`);
  }

  let inputs: GenerateInputs = {};
  if (args.options.prior) inputs = await readInputsFile(args.options.prior as string);
  if (args.options.inputs) inputs = mergeInputs(inputs, await readInputsJson(args.options.inputs as string));

  const options: Partial<GenerateOptions> = {
    ...(args.options.shares ? { shares: args.options.shares as GenerateOptions['shares'] } : {}),
    ...(args.options.amounts ? { amounts: args.options.amounts as GenerateOptions['amounts'] } : {}),
    ...(args.options.structure ? { structureShares: args.options.structure as GenerateOptions['structureShares'] } : {}),
    ...(args.options.zero ? { zeroItems: args.options.zero as GenerateOptions['zeroItems'] } : {}),
    ...(args.options['item-amounts'] ? { basicItemAmounts: args.options['item-amounts'] === 'yes' } : {}),
  };
  const narrative = generateNarrative(model, inputs, options);

  if (!target) {
    out(narrative.text);
    // What is left to fill and what was inferred, on stderr as the warning above: the text on
    // stdout stays what a pipe or a redirect expects.
    process.stderr.write(placeholderSummary(narrative.placeholders) + noteSummary(narrative.notes));
    return 0;
  }
  const content = /\.docx$/i.test(target)
    ? await (await import('./generateDocx')).narrativeDocx(narrative)
    : Buffer.from(narrative.text, 'utf8');
  try {
    await fs.writeFile(target, content);
  } catch {
    throw new CannotCheckError(`无法写出文件：${target}（请检查路径和权限，或先在 Word 中关闭它）`, 'unwritable');
  }
  out(`已生成决算情况说明：${target}\n`);
  out(placeholderSummary(narrative.placeholders));
  // What was inferred or reused (a 行政单位 read from the tables …): beside the text, never in it.
  out(noteSummary(narrative.notes));
  return 0;
}

/** "提示：（一）机关运行经费支出情况：按行政单位写…（数据文件键：行政单位）", one line per note. */
function noteSummary(notes: ReturnType<typeof generateNarrative>['notes']): string {
  const lines = [...new Set(notes.map((n) => `提示：${noteLines([n])[0]}（数据文件键：${jsonKeyOf(n.input)}）\n`))];
  return lines.join('');
}

/** What is still to fill, grouped by the JSON key that would fill it. */
function placeholderSummary(placeholders: ReturnType<typeof generateNarrative>['placeholders']): string {
  if (placeholders.length === 0) return '没有待填写的内容。\n';
  const keys = [...new Set(placeholders.map((p) => jsonKeyOf(p.input)))];
  return `共 ${placeholders.length} 处【请填写：…】待填写，可在数据文件中提供：${keys.join('、')}\n`;
}
