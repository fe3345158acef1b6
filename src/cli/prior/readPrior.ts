import * as path from 'path';
import { CannotCheckError } from '../../core/errors';
import { GenerateInputs, jsonSyntaxProblem, parseInputsJson, priorFromModel } from '../../core/generate';
import { readWorkbook } from '../../core/model/readWorkbook';
import { readUserFile } from '../files';
import { readXlsx } from '../xlsx/readXlsx';

/**
 * Inputs beyond this year's tables, from a file the user names: last year's workbook (.xlsx, the
 * same format; only last year's figures come from it) or a JSON file (docs/prior-json.md) that
 * can also hold budgets, reasons and counts.
 */
export async function readInputsFile(file: string): Promise<GenerateInputs> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return readInputsJson(file);
  if (ext === '.xlsx' || ext === '.xlsm') return { prior: await readPriorWorkbook(file) };
  throw new CannotCheckError(`上年数据文件应为 .xlsx（上年度决算工作簿）或 .json，不能是“${path.basename(file)}”。`, 'bad-prior');
}

export async function readInputsJson(file: string): Promise<GenerateInputs> {
  const buffer = await readUserFile(file);
  let raw: unknown;
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CannotCheckError(`${path.basename(file)} 不是有效的 JSON 文件：${jsonSyntaxProblem(text, e)}。`, 'bad-inputs');
  }
  return parseInputsJson(raw);
}

async function readPriorWorkbook(file: string) {
  const grids = await readXlsx(await readUserFile(file));
  const { model } = readWorkbook(grids, { profile: 'auto' });
  if (model.placements.length === 0) {
    throw new CannotCheckError(`未在上年工作簿 ${path.basename(file)} 中找到决算附表，无法取得上年数据。`, 'bad-prior');
  }
  return priorFromModel(model);
}
