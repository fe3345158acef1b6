import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { join } from 'path';
import { LIMITS, readXlsx, XlsxReadError } from '../../../src/cli/xlsx/readXlsx';
import { inflateEntry, listEntries, rawData, rewriteZip } from '../../../src/cli/xlsx/zip';
import { crc32, writeZip } from '../../../src/zip/write';
import { checkWorkbook } from '../../../src/core/check';
import { Grid } from '../../../src/core/grid/types';
import { buildWorkbook, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';

async function readError(input: Buffer): Promise<XlsxReadError> {
  try {
    await readXlsx(input);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return e as XlsxReadError;
  }
  throw new Error('readXlsx did not throw');
}

async function bookBuffer(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Replaces the XML of the first worksheet inside an .xlsx. */
function withSheetXml(buf: Buffer, edit: (xml: string) => string): Buffer {
  const entries = listEntries(buf);
  const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
  const xml = inflateEntry(buf, sheet, 1e9).toString('utf8');
  return rewriteZip(buf, entries, new Map([[sheet.name, Buffer.from(edit(xml), 'utf8')]]));
}

describe('readXlsx round-trips generated workbooks', () => {
  test.each(Object.keys(LAYOUT_VARIANTS))('layout variant %s', async (variant) => {
    const wb = buildWorkbook(FUNDS_UNIT, LAYOUT_VARIANTS[variant]);
    const grids = await readXlsx(await xlsxBuffer(wb));
    expect(grids.map((g) => g.name)).toEqual(wb.grids.map((g) => g.name));
    grids.forEach((g, i) => expect(g).toEqual(wb.grids[i]));
  });

  test('hidden sheets are flagged, the others not', async () => {
    const wb = buildWorkbook(SAMPLE_UNIT, { hidden: ['T05'] });
    const grids = await readXlsx(await xlsxBuffer(wb));
    expect(grids.filter((g) => g.hidden).map((g) => g.name)).toEqual(['财政拨款支出决算明细表']);
  });

  test('text numbers stay text, zeros stay dashes; an ArrayBuffer works too', async () => {
    const wb = buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS.textNumbers);
    const buf = await xlsxBuffer(wb);
    const grids = await readXlsx(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    const values = grids.flatMap((g) => g.rows.flat());
    expect(values).toContain('1,889.05');
    expect(values).toContain('-');
    expect(values).toContain(1889.05);
  });

  test('planted error values come back as { error }', async () => {
    const wb = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T03', row: '201', column: 'basic', value: { error: '#REF!' } }] });
    const grids = await readXlsx(await xlsxBuffer(wb));
    const { cell } = wb.planted[0];
    const grid = grids.find((g) => g.name === cell.sheet)!;
    expect(grid.rows[cell.row][cell.col]).toEqual({ error: '#REF!' });
  });
});

describe('cell values', () => {
  let grid: Grid;
  beforeAll(async () => {
    const buf = await bookBuffer((wb) => {
      const ws = wb.addWorksheet('值');
      ws.getCell('A1').value = { formula: 'B1+1', result: 2940.05 };
      ws.getCell('B1').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
      ws.getCell('C1').value = { richText: [{ text: '一般公共' }, { text: '服务支出', font: { bold: true } }] };
      ws.getCell('D1').value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell('E1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell('F1').value = { text: '财政部', hyperlink: 'http://example.invalid/' };
      ws.getCell('G1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('A2').value = '合计';
      ws.mergeCells('A2:C3');
      ws.getCell('D2').value = true;
      ws.getCell('E2').value = '';
      // Styled blanks after the content must not widen or lengthen the grid.
      ws.getCell('Z40').numFmt = '0.00';
      ws.getCell('Z40').border = { top: { style: 'thin' } };
    });
    [grid] = await readXlsx(buf);
  });

  test('formulas give their cached result, or null without one', () => {
    expect(grid.rows[0][0]).toBe(2940.05);
    expect(grid.rows[0][1]).toBeNull();
    expect(grid.rows[0][6]).toEqual({ error: '#DIV/0!' });
  });
  test('rich text and hyperlinks become plain text, dates text, errors { error }', () => {
    expect(grid.rows[0][2]).toBe('一般公共服务支出');
    expect(grid.rows[0][3]).toBe('2023-12-31');
    expect(grid.rows[0][4]).toEqual({ error: '#DIV/0!' });
    expect(grid.rows[0][5]).toBe('财政部');
    expect(grid.rows[1][3]).toBe(true);
  });
  test('a merge keeps its value in the top-left cell only', () => {
    expect(grid.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 2 }]);
    expect(grid.rows[1].slice(0, 3)).toEqual(['合计', null, null]);
    expect(grid.rows[2].slice(0, 3)).toEqual([null, null, null]);
  });
  test('trailing blank rows and columns are trimmed; rows are padded to the width', () => {
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows.every((r) => r.length === 7)).toBe(true);
    expect(grid.hidden).toBeUndefined();
  });
});

test('a t="d" cell (ISO 8601 without a zone) reads as written, whatever the machine\'s time zone', () => {
  // Jest's process.env is the sandbox's copy, so the zone is set for a child process that reads a
  // sheet with the reader itself (ts-node, transpile only).
  const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="d"><v>2024-01-31T00:00:00</v></c><c r="B1" t="d"><v>2024-01-31T08:30:00.000</v></c>'
    + '<c r="C1" t="d"><v>2024-01-31</v></c><c r="D1" t="d"><v>2024-01-31T00:00:00Z</v></c></row></sheetData></worksheet>';
  const script = `const { readSheetXml } = require('./src/xlsx/sheet');
    const read = readSheetXml(${JSON.stringify(sheet)}, { strings: [], dateStyles: [], date1904: false });
    process.stdout.write(JSON.stringify(read.values.map((v) => v.value)));`;
  const out = execFileSync(process.execPath, ['-r', 'ts-node/register', '-e', script], {
    cwd: join(__dirname, '..', '..', '..'),
    env: { ...process.env, TZ: 'Asia/Shanghai', TS_NODE_TRANSPILE_ONLY: '1' },
    encoding: 'utf8',
  });
  expect(JSON.parse(out)).toEqual(['2024-01-31', '2024-01-31 08:30:00', '2024-01-31', '2024-01-31']);
});

test('part names are matched without regard to case, as Excel matches them (OPC)', async () => {
  const wb = buildWorkbook(SAMPLE_UNIT);
  const buf = await xlsxBuffer(wb);
  const bytes = new Uint8Array(buf);
  // The relationships still say worksheets/sheetN.xml; the parts are stored as Sheet1.xml ….
  const renamed = writeZip(listEntries(buf).map((e) => ({
    name: e.name.replace(/^xl\/worksheets\/sheet/, 'xl/worksheets/Sheet'),
    method: e.method,
    crc: e.crc,
    size: e.size,
    data: rawData(bytes, e),
  })));
  expect(listEntries(Buffer.from(renamed)).some((e) => e.name === 'xl/worksheets/Sheet1.xml')).toBe(true);
  const grids = await readXlsx(Buffer.from(renamed));
  expect(grids.map((g) => g.name)).toEqual(wb.grids.map((g) => g.name));
  grids.forEach((g, i) => expect(g).toEqual(wb.grids[i]));
});

test('_xHHHH_ escapes in cell text are decoded (a carriage return Excel wrote as _x000D_), as exceljs and Office.js give them', async () => {
  const wb = buildWorkbook(SAMPLE_UNIT);
  const buf = await xlsxBuffer(wb);
  const entries = listEntries(buf);
  const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml')!;
  const xml = inflateEntry(buf, sst, 1e9).toString('utf8');
  expect(xml).toContain('<t>行政运行</t>');
  const edited = rewriteZip(buf, entries, new Map([[sst.name, Buffer.from(xml.replace(/<t>行政运行<\/t>/g, '<t>行政_x000D_\n运行</t>'), 'utf8')]]));
  const withSheet = withSheetXml(edited, (x) => x.replace('</sheetData>', '<row r="200"><c r="A200" t="inlineStr"><is><t>_x005F_x000D_ 是字面文字</t></is></c><c r="B200" t="str"><f>A200</f><v>合_x000A_计</v></c></row></sheetData>'));
  const grids = await readXlsx(withSheet);
  const cells = grids.flatMap((g) => g.rows.flat());
  expect(cells).toContain('行政\r\n运行');
  expect(cells).not.toContain('行政_x000D_\n运行');
  expect(cells).toContain('_x000D_ 是字面文字');
  expect(cells).toContain('合\n计');
  // The 科目 names read as the tables print them: the same findings as the clean workbook.
  const rules = (g: Grid[]) => checkWorkbook(g).findings.map((f) => `${f.rule}|${f.severity}`).sort();
  expect(rules(await readXlsx(edited))).toEqual(rules(wb.grids));
});

describe('hostile input', () => {
  test('an empty buffer', async () => {
    const e = await readError(Buffer.alloc(0));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/空/);
  });

  test('random bytes', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    const e = await readError(bytes);
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toMatch(/不是 Excel \.xlsx 工作簿/);
  });

  const cfb = (stream: string) => {
    const buf = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
    Buffer.from(`Root Entry\0`, 'utf16le').copy(buf, 1024);
    Buffer.from(`${stream}\0`, 'utf16le').copy(buf, 1152);
    return buf;
  };
  test('an encrypted workbook (CFB with EncryptionInfo)', async () => {
    const e = await readError(cfb('EncryptionInfo'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toBe('工作簿已加密，请先在 Excel 中取消密码保护后再校验。');
  });
  test('a legacy .xls (CFB with a Workbook stream)', async () => {
    const e = await readError(cfb('Workbook'));
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toBe('这是旧版 .xls（或 WPS 表格 .et）文件，暂不能直接校验。请在 Excel 或 WPS 中打开，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再校验新文件。');
  });
  test('a truncated .xlsx', async () => {
    const buf = await xlsxBuffer(buildWorkbook(SAMPLE_UNIT));
    const e = await readError(buf.subarray(0, Math.floor(buf.length / 2)));
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toMatch(/损坏/);
  });
  test('a zip that is a Word document', async () => {
    const xlsx = await xlsxBuffer(buildWorkbook(SAMPLE_UNIT));
    const entries = listEntries(xlsx).map((e) => (e.name === 'xl/workbook.xml' ? { ...e, name: 'word/document.xml' } : e));
    const e = await readError(rewriteZip(xlsx, entries, new Map()));
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toMatch(/Word 文档/);
  });
  test('a .docx renamed .xlsx (its relationships name word/document.xml) is named as a Word document', async () => {
    const part = (name: string, xml: string) => {
      const data = Buffer.from(xml, 'utf8');
      return { name, method: 0, crc: crc32(data), size: data.length, data };
    };
    const docx = writeZip([
      part('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      part('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      part('word/document.xml', '<?xml version="1.0"?><!-- a comment --><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>'),
    ]);
    const e = await readError(Buffer.from(docx));
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toMatch(/Word 文档/);
  });

  test('broken sheet XML is unreadable, with a Chinese message', async () => {
    const buf = withSheetXml(await xlsxBuffer(buildWorkbook(SAMPLE_UNIT)), (xml) => xml.replace('<sheetData>', '<sheetData><row r="1"><c r="A1"><v>1</v></c></row'));
    const e = await readError(buf);
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(/无法读取/);
  });

  describe('a sheet with a million formatted blank rows and a row styled to XFD', () => {
    let bloated: Buffer;
    let wb: ReturnType<typeof buildWorkbook>;
    beforeAll(async () => {
      wb = buildWorkbook(SAMPLE_UNIT);
      bloated = withSheetXml(await xlsxBuffer(wb), (xml) => {
        const rows: string[] = [];
        for (let r = 100; r <= 1_000_000; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
        rows.push('<row r="1000001"><c r="A1000001" s="1"/><c r="XFD1000001" s="1"/></row>');
        return xml
          .replace('</sheetData>', `${rows.join('')}</sheetData>`)
          .replace('<mergeCells count="', '<mergeCells count="1') // count is advisory; exceljs ignores it
          .replace('</mergeCells>', '<mergeCell ref="H40:H1000000"/></mergeCells>');
      });
    });
    test('reads back to the table content only', async () => {
      const grids = await readXlsx(bloated);
      expect(grids[0].rows).toEqual(wb.grids[0].rows);
      // The long merge starts outside the content and is dropped.
      expect(grids[0].merges).toEqual(wb.grids[0].merges);
    });
    test('fails with too-large when the values read exceed the content limit', async () => {
      const savedContent = LIMITS.contentBytes;
      LIMITS.contentBytes = 1000;
      try {
        const e = await readError(bloated);
        expect(e.code).toBe('too-large');
        expect(e.message).toMatch(/工作簿过大/);
      } finally {
        LIMITS.contentBytes = savedContent;
      }
    });
    test('refuses a sheet whose XML exceeds the per-sheet limit before inflating it', async () => {
      const saved = LIMITS.sheetXmlBytes;
      LIMITS.sheetXmlBytes = 10 * 1024 * 1024;
      try {
        expect((await readError(bloated)).code).toBe('too-large');
      } finally {
        LIMITS.sheetXmlBytes = saved;
      }
    });
  });
});
