import { MalformedSheetError, stripBlankCells } from '../../src/cli/xlsx/sheetXml';

/** The blank stripper runs on hostile XML before exceljs: it must keep every value and never hang. */
const sheet = (data: string) => `<worksheet><cols><col min="1" max="3"/></cols><sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`;

describe('stripBlankCells', () => {
  test('drops styled blank cells and rows, keeps values, formulas, inline strings and everything outside sheetData', () => {
    const xml = sheet(
      '<row r="1" s="1"><c r="A1" s="1"/><c r="B1" t="s"><v>0</v></c><c r="C1" s="2"></c><c r="D1" s="2">\n </c></row>' +
        '<row r="2" s="1" customFormat="1"/>' +
        '<row r="3"><c r="A3" s="4"/><c r="B3" s="4"/></row>' +
        '<row r="4"><c r="A4"><f>SUM(B4:C4)</f></c><c r="B4" t="inlineStr"><is><t>收入</t></is></c><c\tr="C4"/></row>' +
        '<row r="5"><cx/><c r="A5"><v>1</v></c></row>',
    );
    expect(stripBlankCells(xml)).toBe(
      sheet('<row r="1" s="1"><c r="B1" t="s"><v>0</v></c></row><row r="4"><c r="A4"><f>SUM(B4:C4)</f></c><c r="B4" t="inlineStr"><is><t>收入</t></is></c></row><row r="5"><cx/><c r="A5"><v>1</v></c></row>'),
    );
  });

  test('leaves XML without sheetData alone', () => {
    expect(stripBlankCells('<worksheet/>')).toBe('<worksheet/>');
  });

  test('refuses unclosed and nested rows at once, however many', () => {
    expect(() => stripBlankCells(sheet('<row r="1"><c r="A1"><v>1</v></c>'))).toThrow(MalformedSheetError);
    expect(() => stripBlankCells(sheet(`${'<row r="9">'.repeat(300_000)}</row>`))).toThrow(MalformedSheetError);
  });

  test('a cell tag that never closes keeps the rest as it is', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"</row>');
    expect(stripBlankCells(xml)).toBe(xml);
  });
});
