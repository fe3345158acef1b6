import { inflateEntry, listEntries } from '../../../src/cli/xlsx/zip';
import { buildWorkbook, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';
import { deflatedRepeat, writeZip, ZipInput } from './zipWriter';

/**
 * Hostile files, built in the test from a generated workbook (no committed binaries). Each case
 * says what a correct reader does with it: refuse with a given XlsxReadError code, or read it and
 * let the engine check it normally.
 */
export type Expectation = { readonly refuse: 'not-xlsx' | 'empty' | 'encrypted' | 'too-large' | 'unreadable' } | { readonly check: true };

export interface HostileCase {
  readonly name: string;
  /** What it is, for docs/robustness.md. */
  readonly what: string;
  readonly expect: Expectation;
  /** Reads back to exactly the grids of the untouched workbook (the damage is in what the engine never sees). */
  readonly sameGrids?: boolean;
  /** Already covered by test/unit/cli/xlsxRead.test.ts and slow to build: run only with ROBUSTNESS_ALL=1. */
  readonly coveredElsewhere?: boolean;
  build(): Promise<Buffer>;
}

type Parts = Map<string, Buffer>;

let basePromise: Promise<Buffer> | null = null;
/** The sample workbook as written by the generator: 13 sheets, shared strings, styles. */
export function baseXlsx(): Promise<Buffer> {
  basePromise ??= xlsxBuffer(buildWorkbook(SAMPLE_UNIT));
  return basePromise;
}

export function unpack(buf: Buffer): Parts {
  const parts: Parts = new Map();
  for (const e of listEntries(buf)) if (!e.name.endsWith('/')) parts.set(e.name, inflateEntry(buf, e, 1e9));
  return parts;
}

function pack(parts: Parts, raw: Record<string, ZipInput['raw']> = {}): Buffer {
  const names = new Set([...parts.keys(), ...Object.keys(raw)]);
  return writeZip([...names].map((name) => (raw[name] ? { name, raw: raw[name] } : { name, data: parts.get(name)! })));
}

async function edited(edit: (parts: Parts) => void | Record<string, ZipInput['raw']>): Promise<Buffer> {
  const parts = unpack(await baseXlsx());
  const raw = edit(parts) ?? {};
  return pack(parts, raw);
}

const text = (parts: Parts, name: string) => parts.get(name)!.toString('utf8');
function put(parts: Parts, name: string, xml: string): void {
  parts.set(name, Buffer.from(xml, 'utf8'));
}

const SHEET1 = 'xl/worksheets/sheet1.xml';
const SHEET_OPEN = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = '</sheetData></worksheet>';

/** Adds cells to a row of sheet1 (creating the row at the end of sheetData if it is not there). */
function addCells(xml: string, row: number, cells: string): string {
  const open = new RegExp(`<row r="${row}"[^>]*>`);
  const m = open.exec(xml);
  if (m) {
    const end = xml.indexOf('</row>', m.index);
    return xml.slice(0, end) + cells + xml.slice(end);
  }
  return xml.replace('</sheetData>', `<row r="${row}">${cells}</row></sheetData>`);
}

function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** An extra worksheet (sheet14) wired into the workbook, content types and relationships. */
function addSheet(parts: Parts, name: string, sheetXml: string): void {
  put(parts, 'xl/worksheets/sheet14.xml', sheetXml);
  put(parts, 'xl/workbook.xml', text(parts, 'xl/workbook.xml').replace('</sheets>', `<sheet sheetId="14" name="${name}" state="visible" r:id="rId99"/></sheets>`));
  put(
    parts,
    'xl/_rels/workbook.xml.rels',
    text(parts, 'xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet14.xml"/></Relationships>',
    ),
  );
  put(
    parts,
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet14.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
}

/** Numeric cells of sheet1 (`<c r="C7" s="5"><v>12.3</v></c>`), in order. */
function numericCells(xml: string): RegExpExecArray[] {
  return [...xml.matchAll(/<c r="([A-Z]+\d+)"( s="\d+")?><v>([-\d.]+)<\/v><\/c>/g)];
}

/** A compound-file (OLE) header with one directory entry named `stream`: what encrypted .xlsx and .xls files are. */
export function cfb(stream: string): Buffer {
  const buf = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 24);
  buf.writeUInt16LE(3, 26);
  buf.writeUInt16LE(0xfffe, 28);
  buf.writeUInt16LE(9, 30);
  Buffer.from('Root Entry\0', 'utf16le').copy(buf, 512);
  Buffer.from(`${stream}\0`, 'utf16le').copy(buf, 640);
  return buf;
}

const GB2 = 2 * 1024 * 1024 * 1024 - 64 * 1024 * 1024;
const ROW_CHUNK = '<row><c t="s"><v>0</v></c></row>';

/** sheet1.xml replaced by ~2 GB of rows from ~5 MB: declaring its true size, or lying (the original size). */
function bombSheet(lie: boolean): Promise<Buffer> {
  return edited((parts) => {
    const chunk = ROW_CHUNK.repeat(32768);
    const bomb = deflatedRepeat(SHEET_OPEN, chunk, Math.floor(GB2 / chunk.length), SHEET_CLOSE);
    return { [SHEET1]: lie ? { ...bomb, size: parts.get(SHEET1)!.length } : bomb };
  });
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'zip bomb (honest sizes)',
    what: 'sheet1.xml 由约 5 MB 压缩数据解压为约 2 GB，中央目录如实声明大小',
    expect: { refuse: 'too-large' },
    build: () => bombSheet(false),
  },
  {
    name: 'zip bomb (lying sizes)',
    what: '同上，但中央目录把解压大小谎报为原工作表的 9 KB',
    expect: { refuse: 'too-large' },
    build: () => bombSheet(true),
  },
  {
    name: 'zip bomb in sharedStrings',
    what: 'sharedStrings.xml 解压为约 2 GB（一个超长字符串），大小谎报为 11 KB',
    expect: { refuse: 'too-large' },
    build: () =>
      edited((parts) => {
        const head = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
        const bomb = deflatedRepeat(head, 'A'.repeat(1 << 20), 2000, '</t></si></sst>');
        return { 'xl/sharedStrings.xml': { ...bomb, size: parts.get('xl/sharedStrings.xml')!.length } };
      }),
  },
  {
    name: 'huge shared string (100 MB)',
    what: 'sharedStrings.xml 中一个 100 MB 的字符串（如实声明）',
    expect: { refuse: 'too-large' },
    build: () =>
      edited((parts) => {
        const sst = text(parts, 'xl/sharedStrings.xml');
        const at = sst.lastIndexOf('</sst>');
        // 34 × 1 M × '长' (3 bytes in UTF-8): about 100 MB, deflated piece by piece.
        return { 'xl/sharedStrings.xml': deflatedRepeat(`${sst.slice(0, at)}<si><t>`, '长'.repeat(1 << 20), 34, `</t></si>${sst.slice(at)}`) };
      }),
  },
  {
    name: 'large shared string in a cell (4 MB)',
    what: '一个 4 MB 的字符串放在收入支出决算总表的空白单元格中',
    expect: { check: true },
    build: () =>
      edited((parts) => {
        const sst = text(parts, 'xl/sharedStrings.xml');
        const count = (sst.match(/<si>/g) ?? []).length;
        const at = sst.lastIndexOf('</sst>');
        put(parts, 'xl/sharedStrings.xml', sst.slice(0, at) + `<si><t>${'备注'.repeat(2 * 1024 * 1024)}</t></si>` + sst.slice(at));
        put(parts, SHEET1, addCells(text(parts, SHEET1), 2, `<c r="H2" t="s"><v>${count}</v></c>`));
      }),
  },
  {
    name: 'all 16,384 columns used in one row',
    what: '新增工作表，第 1 行 A1:XFD1 全部有值',
    expect: { check: true },
    build: () =>
      edited((parts) => {
        const cells = Array.from({ length: 16384 }, (_, c) => `<c r="${columnName(c)}1"><v>${c}</v></c>`).join('');
        addSheet(parts, '宽表', `${SHEET_OPEN}<row r="1">${cells}</row>${SHEET_CLOSE}`);
      }),
  },
  {
    name: 'a stray value in XFD on a table sheet',
    what: '收入支出决算总表的 XFD5 有一个值（表宽变为 16,384 列）',
    expect: { check: true },
    build: () => edited((parts) => put(parts, SHEET1, addCells(text(parts, SHEET1), 5, '<c r="XFD5" t="inlineStr"><is><t>备注</t></is></c>'))),
  },
  {
    name: 'a million formatted blank rows',
    sameGrids: true,
    coveredElsewhere: true,
    what: '收入支出决算总表下方 100 万个带格式的空行，外加一行用到 XFD',
    expect: { check: true },
    build: () =>
      edited((parts) => {
        const rows: string[] = [];
        for (let r = 100; r <= 1_000_000; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
        rows.push('<row r="1000001"><c r="A1000001" s="1"/><c r="XFD1000001" s="1"/></row>');
        put(parts, SHEET1, text(parts, SHEET1).replace('</sheetData>', `${rows.join('')}</sheetData>`));
      }),
  },
  {
    name: 'a stray value in A1048576',
    what: '收入支出决算总表的最后一行 A1048576 有一个值（100 万行 × 6 列，仍在限度内）',
    expect: { check: true },
    build: () => edited((parts) => put(parts, SHEET1, addCells(text(parts, SHEET1), 1048576, '<c r="A1048576"><v>1</v></c>'))),
  },
  {
    name: 'a stray value in XFD1048576',
    what: '收入支出决算总表的最后一个单元格 XFD1048576 有一个值（170 亿个单元格的范围）',
    expect: { refuse: 'too-large' },
    build: () => edited((parts) => put(parts, SHEET1, addCells(text(parts, SHEET1), 1048576, '<c r="XFD1048576"><v>1</v></c>'))),
  },
  {
    name: 'external references',
    sameGrids: true,
    what: '金额单元格是 [1]Sheet1!A1 之类的外部引用公式（带缓存值），并有 externalLink 部件',
    expect: { check: true },
    build: () =>
      edited((parts) => {
        let xml = text(parts, SHEET1);
        numericCells(xml).slice(0, 10).forEach((m, i) => {
          xml = xml.replace(m[0], `<c r="${m[1]}"${m[2] ?? ''}><f>[1]Sheet1!A${i + 1}+'C:\\决算\\[2022.xlsx]表1'!B2</f><v>${m[3]}</v></c>`);
        });
        put(parts, SHEET1, xml);
        put(
          parts,
          'xl/externalLinks/externalLink1.xml',
          '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>1</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
        );
        put(
          parts,
          'xl/externalLinks/_rels/externalLink1.xml.rels',
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/%E5%86%B3%E7%AE%97/2022.xlsx" TargetMode="External"/></Relationships>',
        );
        put(parts, 'xl/workbook.xml', text(parts, 'xl/workbook.xml').replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rId98"/></externalReferences>'));
        put(
          parts,
          'xl/_rels/workbook.xml.rels',
          text(parts, 'xl/_rels/workbook.xml.rels').replace(
            '</Relationships>',
            '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
          ),
        );
        put(
          parts,
          '[Content_Types].xml',
          text(parts, '[Content_Types].xml').replace(
            '</Types>',
            '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
          ),
        );
      }),
  },
  {
    name: 'circular references with cached values',
    sameGrids: true,
    what: '相邻金额单元格互相引用（A=B，B=A），缓存值仍在',
    expect: { check: true },
    build: () => edited((parts) => put(parts, SHEET1, circular(text(parts, SHEET1), true))),
  },
  {
    name: 'circular references without cached values',
    what: '同上，但没有缓存值（从未计算过）',
    expect: { check: true },
    build: () => edited((parts) => put(parts, SHEET1, circular(text(parts, SHEET1), false))),
  },
  {
    name: 'encrypted workbook',
    what: '加密的 .xlsx（OLE 复合文件，含 EncryptionInfo 流）',
    expect: { refuse: 'encrypted' },
    build: async () => cfb('EncryptionInfo'),
  },
  {
    name: 'legacy .xls',
    what: '旧版 .xls（OLE 复合文件，含 Workbook 流）改名为 .xlsx',
    expect: { refuse: 'not-xlsx' },
    build: async () => cfb('Workbook'),
  },
  {
    name: 'PDF renamed .xlsx',
    what: 'PDF 文件改名为 .xlsx',
    expect: { refuse: 'not-xlsx' },
    build: async () => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1'),
  },
  {
    name: 'HTML table saved as .xlsx',
    what: '财务系统导出的 HTML 表格（常见的“假 Excel”）改名为 .xlsx',
    expect: { refuse: 'not-xlsx' },
    build: async () => Buffer.from('<html><head><meta charset="utf-8"></head><body><table><tr><td>收入支出决算总表</td></tr></table></body></html>', 'utf8'),
  },
  {
    name: 'CSV renamed .xlsx',
    what: 'UTF-8 的 CSV 文本改名为 .xlsx',
    expect: { refuse: 'not-xlsx' },
    build: async () => Buffer.from('\ufeff项目,金额\n一般公共预算财政拨款收入,1889.05\n', 'utf8'),
  },
  {
    name: 'a zip that is not a workbook',
    what: '普通 zip 压缩包（只含一个文本文件）改名为 .xlsx',
    expect: { refuse: 'not-xlsx' },
    build: async () => writeZip([{ name: '说明.txt', data: '2023年度部门决算' }]),
  },
  {
    name: 'truncated zip (half)',
    what: '只下载了一半的 .xlsx',
    expect: { refuse: 'not-xlsx' },
    build: async () => {
      const buf = await baseXlsx();
      return buf.subarray(0, Math.floor(buf.length / 2));
    },
  },
  {
    name: 'truncated zip (end record cut)',
    what: '末尾 10 字节缺失（中央目录结束记录不完整）',
    expect: { refuse: 'not-xlsx' },
    build: async () => {
      const buf = await baseXlsx();
      return buf.subarray(0, buf.length - 10);
    },
  },
  {
    name: 'corrupt compressed data',
    what: '目录完好，但 sheet1.xml 的压缩数据中间被改写',
    expect: { refuse: 'unreadable' },
    build: async () => {
      const parts = unpack(await baseXlsx());
      const buf = pack(parts);
      const e = listEntries(buf).find((x) => x.name === SHEET1)!;
      const start = e.localOffset + 30 + Buffer.byteLength(SHEET1);
      const out = Buffer.from(buf);
      for (let i = 0; i < 64; i++) out[start + Math.floor(e.compressedSize / 3) + i] = 0xff;
      return out;
    },
  },
  {
    name: 'deeply nested XML in a sheet',
    sameGrids: true,
    what: '工作表 XML 中嵌套 10 万层的未知元素',
    expect: { check: true },
    build: () => edited((parts) => put(parts, SHEET1, text(parts, SHEET1).replace('</worksheet>', `<extLst>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</extLst></worksheet>`))),
  },
  {
    name: 'a sheet listed in the workbook whose part is missing',
    what: 'workbook.xml 列出的工作表在压缩包中没有对应的 sheet1.xml（文件不完整）',
    expect: { refuse: 'unreadable' },
    build: () =>
      edited((parts) => {
        parts.delete(SHEET1);
      }),
  },
  {
    name: 'deeply nested XML in a cell',
    what: '一个内联字符串单元格里嵌套 10 万层元素（XML 格式正确）',
    expect: { check: true },
    build: () =>
      edited((parts) =>
        put(parts, SHEET1, addCells(text(parts, SHEET1), 2, `<c r="H2" t="inlineStr"><is>${'<r>'.repeat(100_000)}<t>深</t>${'</r>'.repeat(100_000)}</is></c>`)),
      ),
  },
  {
    name: 'deeply nested XML in sharedStrings and styles',
    sameGrids: true,
    what: 'sharedStrings.xml 与 styles.xml 中各嵌套 10 万层元素（XML 格式正确）',
    expect: { check: true },
    build: () =>
      edited((parts) => {
        const nest = `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`;
        put(parts, 'xl/sharedStrings.xml', text(parts, 'xl/sharedStrings.xml').replace('</sst>', `<extLst>${nest}</extLst></sst>`));
        put(parts, 'xl/styles.xml', text(parts, 'xl/styles.xml').replace('</styleSheet>', `<extLst>${nest}</extLst></styleSheet>`));
      }),
  },
  {
    name: 'unclosed rows in a large sheet',
    what: '3 MB 的工作表 XML 中有 30 万个没有结束标记的 <row>',
    expect: { refuse: 'unreadable' },
    build: () => edited((parts) => put(parts, SHEET1, text(parts, SHEET1).replace('</sheetData>', `${'<row r="9">'.repeat(300_000)}</sheetData>`))),
  },
  {
    name: 'billion laughs',
    what: 'sharedStrings.xml 带 DTD 实体递归展开（“十亿笑声”）',
    expect: { refuse: 'unreadable' },
    build: () =>
      edited((parts) => {
        const dtd = ['<!DOCTYPE sst [', '<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">'];
        for (let i = 1; i <= 9; i++) dtd.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
        dtd.push(']>');
        const sst = text(parts, 'xl/sharedStrings.xml').replace('<sst ', `${dtd.join('')}<sst `).replace('<si><t>', '<si><t>&a9;');
        put(parts, 'xl/sharedStrings.xml', sst);
      }),
  },
];

/** Pairs of numeric cells referring to each other (C7 = C8, C8 = C7). */
function circular(xml: string, cached: boolean): string {
  const cells = numericCells(xml).slice(0, 12);
  let out = xml;
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const [a, b] = [cells[i], cells[i + 1]];
    const cell = (m: RegExpExecArray, other: string) => `<c r="${m[1]}"${m[2] ?? ''}><f>${other}</f>${cached ? `<v>${m[3]}</v>` : ''}</c>`;
    out = out.replace(a[0], cell(a, b[1])).replace(b[0], cell(b, a[1]));
  }
  return out;
}
