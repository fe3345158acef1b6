import { readFileSync } from 'fs';
import { join } from 'path';
import { inflateEntry, listEntries } from '../../../src/cli/xlsx/zip';
import { readSheetXml, readSheetXmlFast, readSheetXmlGeneric, SheetContext } from '../../../src/xlsx/sheet';
import { buildWorkbook, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';
import { seeded } from '../../robustness/random';

/*
 * The fast path of <sheetData> (src/xlsx/sheetData.ts) must read exactly what the generic scanner
 * reads, and refuse nothing the generic scanner reads: where it is unsure it hands the sheet back.
 */

const CTX: SheetContext = { strings: ['零', '一', '二', '三'], dateStyles: [false, true], date1904: false };

type Reading = { ok: true; cells: unknown } | { ok: false };

function reading(read: () => unknown): Reading {
  try {
    return { ok: true, cells: read() };
  } catch {
    return { ok: false };
  }
}

/** What readSheetXml gives, and what the generic scanner alone gives. */
function both(xml: string, ctx: SheetContext = CTX): { used: Reading; generic: Reading } {
  return { used: reading(() => readSheetXml(xml, ctx)), generic: reading(() => readSheetXmlGeneric(xml, ctx)) };
}

function sheetXmls(buf: Buffer): string[] {
  const entries = listEntries(buf);
  return entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)).map((e) => inflateEntry(buf, e, 1e9).toString('utf8'));
}

function sheet(data: string, tail = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${tail}</worksheet>`;
}

describe('generated and real sheets take the fast path and read as the generic scanner reads them', () => {
  test.each(Object.keys(LAYOUT_VARIANTS))('layout variant %s', async (variant) => {
    const xmls = sheetXmls(await xlsxBuffer(buildWorkbook(FUNDS_UNIT, LAYOUT_VARIANTS[variant])));
    expect(xmls.length).toBeGreaterThan(8);
    for (const xml of xmls) {
      const fast = readSheetXmlFast(xml, CTX);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(readSheetXmlGeneric(xml, CTX));
    }
  });

  test('the bundled sample (saved by Excel-compatible software)', () => {
    const xmls = sheetXmls(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'sample-2023.xlsx')));
    expect(xmls).toHaveLength(13);
    for (const xml of xmls) {
      const fast = readSheetXmlFast(xml, CTX);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(readSheetXmlGeneric(xml, CTX));
    }
  });
});

describe('what the fast path reads itself', () => {
  test.each([
    ['Excel\'s usual cells', '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="0" t="s"><v>1</v></c><c r="B1" s="1"><v>45000</v></c><c r="C1"><v>12.5</v></c></row>'],
    ['formulas with cached values, shared and self-closing', '<row r="2"><c r="A2"><f>SUM(B2:C2)&gt;0</f><v>3</v></c><c r="B2"><f t="shared" ref="B2:B5" si="0"/><v>1</v></c><c r="C2" t="str"><f>A1&amp;"x"</f><v>a&amp;b</v></c></row>'],
    ['rows and cells without r, self-closing rows and cells, blanks between', '<row><c><v>1</v></c> <c/><c s="1"/>\n<c><v>2</v></c></row><row r="9"/><row><c t="b"><v>1</v></c></row>'],
    ['every type it knows', '<row r="1"><c r="A1" t="n"><v>5</v></c><c r="B1" t="e"><v>#REF!</v></c><c r="C1" t="d"><v>2024-01-31</v></c><c r="D1" t=""><v>7</v></c><c r="E1" t="s"><v></v></c><c r="F1"><v/></c></row>'],
    ['entities and _xHHHH_ in a value', '<row r="1"><c r="A1" t="str"><v>a&lt;b&#x4E00;_x000D_c</v></c></row>'],
    ['the last cell of Excel\'s grid', '<row r="1"><c r="A1"><v>0</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'],
    ['attributes in single quotes, in any order, repeated', "<row r='3'><c t='s' r='B3' s='1' r='C3'><v>2</v></c></row>"],
  ])('%s', (_what, data) => {
    const xml = sheet(data, '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>');
    const fast = readSheetXmlFast(xml, CTX);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(readSheetXmlGeneric(xml, CTX));
    expect(fast!.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });
});

test('a shared-string cell with a blank index is blank in both paths (not the first shared string)', () => {
  const xml = sheet('<row r="1"><c r="A1" t="s"><v></v></c><c r="B1" t="s"><v> </v></c><c r="C1" t="s"/><c r="D1" t="s"><v>2</v></c></row>');
  expect(readSheetXml(xml, CTX).values).toEqual([{ row: 0, col: 3, value: '二' }]);
  expect(readSheetXmlGeneric(xml, CTX).values).toEqual([{ row: 0, col: 3, value: '二' }]);
});

describe('what it hands back to the generic scanner, which then decides', () => {
  test.each([
    ['an inline string', '<row r="1"><c r="A1" t="inlineStr"><is><t>文字</t></is></c></row>'],
    ['phonetic runs', '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh><t>b</t></rPh></is></c></row>'],
    ['a namespace prefix', '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>'],
    ['a comment between cells', '<row r="1"><c r="A1"><v>1</v></c><!-- x --><c r="B1"><v>2</v></c></row>'],
    ['CDATA in a value', '<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>'],
    ['an entity in an attribute', '<row r="1"><c r="A&#49;"><v>1</v></c></row>'],
    ['a lower-case reference', '<row r="1"><c r="a1"><v>1</v></c></row>'],
    ['a value with attributes', '<row r="1"><c r="A1" t="str"><v xml:space="preserve"> a </v></c></row>'],
    ['two values', '<row r="1"><c r="A1"><v>1</v><v>2</v></c></row>'],
    ['a cell outside a row', '<c r="A1"><v>1</v></c>'],
    ['spaces in end tags', '<row r="1"><c r="A1"><v>1</v ></c ></row >'],
    ['spaces around =', '<row r="1"><c r = "A1"><v>1</v></c></row>'],
    ['odd row numbers', '<row r="0x10"><c><v>1</v></c></row><row r=" 20 "><c><v>2</v></c></row>'],
    ['odd styles', '<row r="1"><c r="A1" s="1.5"><v>1</v></c><c r="B1" s=""><v>2</v></c></row>'],
    ['an extension list in a row', '<row r="1"><c r="A1"><v>1</v></c><extLst/></row>'],
    ['a value inside a formula', '<row r="1"><c r="A1"><f>1<v>2</v></f></c></row>'],
    ['an inline string written with <v>', '<row r="1"><c r="A1" t="inlineStr"><v>1</v></c></row>'],
    ['a type it does not know', '<row r="1"><c r="A1" t="x"><v>1</v></c></row>'],
  ])('%s', (_what, data) => {
    const xml = sheet(data);
    expect(readSheetXmlFast(xml, CTX)).toBeNull();
    const { used, generic } = both(xml);
    expect(used).toEqual(generic);
  });

  test.each([
    ['unquoted attributes', '<row r=1><c r="A1"><v>1</v></c></row>'],
    ['attributes run together', '<row r="1"><c r="A1"s="1"><v>1</v></c></row>'],
    ['< in an attribute', '<row r="1"><c r="A<1"><v>1</v></c></row>'],
    ['a bad reference', '<row r="1"><c r="1A"><v>1</v></c></row>'],
    ['a row past Excel\'s grid', '<row r="1048577"><c><v>1</v></c></row>'],
    ['an unknown entity in a value', '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>'],
    ['an unclosed cell', '<row r="1"><c r="A1"><v>1</v></row>'],
    ['a nested cell', '<row r="1"><c r="A1"><c r="B1"><v>1</v></c></c></row>'],
    ['a cell after the last column', '<row r="3"><c r="XFD3"/><c><v>1</v></c></row>'],
  ])('refused by both: %s', (_what, data) => {
    const xml = sheet(data);
    expect(readSheetXmlFast(xml, CTX)).toBeNull();
    const { used, generic } = both(xml);
    expect(generic.ok).toBe(false);
    expect(used).toEqual(generic);
  });

  test.each([
    ['two sheetData elements', `<worksheet><sheetData><row r="1"><c><v>1</v></c></row></sheetData><sheetData><row r="2"><c><v>2</v></c></row></sheetData></worksheet>`],
    ['the tag in a comment before the real one', `<worksheet><!-- <sheetData> --><sheetData><row r="1"><c><v>1</v></c></row></sheetData></worksheet>`],
    ['the element only inside a comment', `<worksheet><!-- <sheetData><row r="1"><c><v>1</v></c></row></sheetData> --></worksheet>`],
    ['a prefixed sheetData elsewhere', `<worksheet><sheetData><row r="1"><c><v>1</v></c></row></sheetData><x:sheetData/></worksheet>`],
    ['sheetData with attributes', `<worksheet><sheetData a="1"><row r="1"><c><v>1</v></c></row></sheetData></worksheet>`],
    ['damage outside sheetData', `<worksheet><sheetData><row r="1"><c><v>1</v></c></row></sheetData><mergeCells></worksheet>`],
    ['two roots', `<worksheet><sheetData><row r="1"><c><v>1</v></c></row></sheetData></worksheet><worksheet/>`],
  ])('%s', (_what, xml) => {
    const { used, generic } = both(xml);
    expect(used).toEqual(generic);
  });

  test('the element only inside a comment reads no values (the fast path does not take the comment for it)', () => {
    const xml = `<worksheet><!-- <sheetData><row r="1"><c><v>1</v></c></row></sheetData> --></worksheet>`;
    expect(readSheetXmlFast(xml, CTX)).toBeNull();
    expect(readSheetXml(xml, CTX).values).toEqual([]);
  });
});

describe('random damage: readSheetXml reads what the generic scanner reads, or refuses what it refuses', () => {
  const PIECES = ['<', '>', '/', '"', "'", '&', '=', ' ', '\n', ':', 'x', 'r', 'c', 'v', 'f', 't', 's', '1', 'A', '<v>', '</v>', '<c>', '</c>', '<row>', '</row>', '<!--', '-->', '&amp;', '&#65;', '_x0041_', 'sheetData', '<![CDATA['];

  test('3,000 mutations of a generated sheet', async () => {
    const xmls = sheetXmls(await xlsxBuffer(buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS.textNumbers)));
    const r = seeded(20261206);
    let fast = 0;
    let refused = 0;
    for (let n = 0; n < 3000; n++) {
      let xml = r.pick(xmls);
      const edits = r.int(1, 3);
      for (let k = 0; k < edits; k++) {
        const at = r.int(0, xml.length - 1);
        const kind = r.int(0, 3);
        if (kind === 0) xml = xml.slice(0, at) + xml.slice(at + r.int(1, 8));
        else if (kind === 1) xml = xml.slice(0, at) + r.pick(PIECES) + xml.slice(at);
        else if (kind === 2) xml = xml.slice(0, at) + r.pick(PIECES) + xml.slice(at + 1);
        else {
          const from = r.int(0, xml.length - 1);
          xml = xml.slice(0, at) + xml.slice(from, from + r.int(1, 40)) + xml.slice(at);
        }
      }
      const { used, generic } = both(xml);
      if (!generic.ok) refused++;
      if (readSheetXmlFast(xml, CTX) !== null) fast++;
      if (JSON.stringify(used) !== JSON.stringify(generic)) expect({ case: n, xml, used }).toEqual({ case: n, xml, used: generic });
    }
    // The mutations reach both paths and both outcomes.
    expect(fast).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(300);
    expect(3000 - refused).toBeGreaterThan(300);
  });
});
