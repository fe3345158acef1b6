/** Last year's workbook read in the pane agrees with the command line's exceljs reader. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { checkWorkbook } from '../../../src/core/check';
import { priorFromModel } from '../../../src/core/generate/priorFromModel';
import { HostError } from '../../../src/excel/errors';
import { readPriorWorkbook } from '../../../src/taskpane/actions/priorWorkbook';
import { buildWorkbook, LAYOUT_VARIANTS, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';

const repoRoot = join(__dirname, '..', '..', '..');

function arrayBuffer(buf: Buffer): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

test('the bundled sample: the same grids as the CLI reader', async () => {
  const buf = readFileSync(join(repoRoot, 'samples/sample-2023.xlsx'));
  const ours = await readPriorWorkbook(arrayBuffer(buf), 'sample-2023.xlsx');
  const cli = await readXlsx(buf);
  expect(ours).toEqual(cli);
});

test.each(Object.keys(LAYOUT_VARIANTS))('generated workbook, layout %s: same grids, same prior figures', async (variant) => {
  const wb = buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS[variant]);
  const buf = await xlsxBuffer(wb);
  const ours = await readPriorWorkbook(arrayBuffer(buf), 'x.xlsx');
  expect(ours).toEqual(await readXlsx(buf));
  const prior = priorFromModel(checkWorkbook(ours).model);
  expect(prior.total?.toString()).toBe('1889.05');
});

test.each([
  ['empty.xlsx', Buffer.alloc(0), '空'],
  ['old.xls', Buffer.from('anything'), '.xls'],
  ['text.xlsx', Buffer.from('hello, this is not a zip'), '不是有效的 .xlsx'],
  ['cut.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]), '无法读取'],
])('%s: one Chinese message', async (name, buf, words) => {
  const error = await readPriorWorkbook(arrayBuffer(buf as Buffer), name as string).catch((e) => e);
  expect(error).toBeInstanceOf(HostError);
  expect(error.message).toContain(words);
});
