/** A workbook read in the browser (pane, web page) is read by the command line's own reader, with the same grids and messages. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { checkWorkbook } from '../../../src/core/check';
import { priorFromModel } from '../../../src/core/generate/priorFromModel';
import { HostError } from '../../../src/excel/errors';
import { readWorkbookFile } from '../../../src/taskpane/actions/workbookFile';
import { buildWorkbook, LAYOUT_VARIANTS, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';

/** The error a read must end in (a read that succeeds fails the test). */
function failure(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected the read to fail');
    },
    (e: Error) => e,
  );
}


const repoRoot = join(__dirname, '..', '..', '..');

function arrayBuffer(buf: Buffer): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

test('the bundled sample: the same grids as the CLI reader', async () => {
  const buf = readFileSync(join(repoRoot, 'samples/sample-2023.xlsx'));
  const ours = await readWorkbookFile(arrayBuffer(buf), 'sample-2023.xlsx', 'checked');
  const cli = await readXlsx(buf);
  expect(ours).toEqual(cli);
});

test.each(Object.keys(LAYOUT_VARIANTS))('generated workbook, layout %s: same grids, same prior figures', async (variant) => {
  const wb = buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS[variant]);
  const buf = await xlsxBuffer(wb);
  const ours = await readWorkbookFile(arrayBuffer(buf), 'x.xlsx', 'prior');
  expect(ours).toEqual(await readXlsx(buf));
  const prior = priorFromModel(checkWorkbook(ours).model);
  expect(prior.total?.toString()).toBe('1889.05');
});

test.each([
  ['empty.xlsx', Buffer.alloc(0), '空'],
  ['old.xls', Buffer.from('anything'), '.xls'],
  ['text.xlsx', Buffer.from('hello, this is not a zip'), '不是 Excel .xlsx 工作簿'],
  ['cut.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]), '已损坏'],
])('%s: one Chinese message, the command line\'s, naming last year\'s workbook', async (name, buf, words) => {
  const error = await failure(readWorkbookFile(arrayBuffer(buf as Buffer), name as string, 'prior'));
  expect(error).toBeInstanceOf(HostError);
  expect(error.message).toMatch(/^上年工作簿：/);
  expect(error.message).toContain(words);
  const cli = await failure(readXlsx(buf as Buffer));
  if (!name.endsWith('.xls')) expect(error.message).toBe(`上年工作簿：${cli.message}`);
});

test('the workbook to check (web page): the message does not speak of last year', async () => {
  const error = await failure(readWorkbookFile(arrayBuffer(Buffer.from('not a zip')), '说明.xlsx', 'checked'));
  expect(error.message).not.toContain('上年');
  expect(error.message).toContain('不是 Excel .xlsx 工作簿');
});

test('a date cell reads as the command line reads it (text), not as a serial number', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('封面');
  sheet.getCell('A1').value = '填报日期';
  sheet.getCell('B1').value = new Date(Date.UTC(2024, 0, 31));
  sheet.getCell('B1').numFmt = 'yyyy-mm-dd';
  const buf = Buffer.from(await book.xlsx.writeBuffer());
  const ours = await readWorkbookFile(arrayBuffer(buf), 'x.xlsx', 'checked');
  expect(ours[0].rows[0][1]).toBe('2024-01-31');
  expect(ours).toEqual(await readXlsx(buf));
});

test('a part that inflates far past its declared size is stopped with a Chinese message', async () => {
  const { deflateRawSync } = await import('zlib');
  // A one-entry zip whose directory declares 10 bytes for 5 MB of zeros.
  const name = Buffer.from('xl/workbook.xml');
  const body = deflateRawSync(Buffer.alloc(5 * 1024 * 1024));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(10, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(10, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12);
  eocd.writeUInt32LE(local.length + name.length + body.length, 16);
  const zip = Buffer.concat([local, name, body, central, name, eocd]);
  const error = await failure(readWorkbookFile(arrayBuffer(zip), 'bomb.xlsx', 'prior'));
  expect(error).toBeInstanceOf(HostError);
  expect(error.message).toContain('远大于文件声明的大小');
});

test('a browser whose DecompressionStream lacks deflate-raw (Chromium before 103) says so, not that the file is damaged', async () => {
  const real = globalThis.DecompressionStream;
  class OldDecompressionStream extends real {
    constructor(format: CompressionFormat) {
      if ((format as string) === 'deflate-raw') throw new TypeError(`Unsupported compression format: '${format}'`);
      super(format);
    }
  }
  globalThis.DecompressionStream = OldDecompressionStream;
  try {
    const buf = await xlsxBuffer(buildWorkbook(SAMPLE_UNIT));
    const prior = await failure(readWorkbookFile(arrayBuffer(buf), 'x.xlsx', 'prior'));
    expect(prior.message).toBe('上年工作簿：此版本的 Office 不支持在任务窗格中读取工作簿，请手工填写上年数据。');
    const checked = await failure(readWorkbookFile(arrayBuffer(buf), 'x.xlsx', 'checked'));
    expect(checked.message).toContain('此浏览器不支持读取工作簿');
  } finally {
    globalThis.DecompressionStream = real;
  }
});
