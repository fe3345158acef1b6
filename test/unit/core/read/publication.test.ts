import { checkWorkbook } from '../../../../src/core/check';
import { isCannotCheckError } from '../../../../src/core/errors';
import { flattenModel } from '../../../../src/core/model/flatten';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { recognizeWorkbook } from '../../../../src/core/tables/recognize';
import { FUNDS_UNIT, LAYOUT_VARIANTS, PUBLISHED_VARIANTS, SAMPLE_UNIT, buildWorkbook, gridOf, publish } from '../../../fixtures/generator';
import { expectedTables, foldT04SubRows } from './expected';
import { sheet, titled } from './gridHelpers';

/**
 * Workbooks as they are published around the tables (issue 12): other titles, 封面 and 目录 in
 * front, title-only sheets. Each is read to the generator's own figures, with no false finding.
 */
const UNITS = { SAMPLE_UNIT, FUNDS_UNIT };
const cases = Object.keys(PUBLISHED_VARIANTS).flatMap((v) =>
  ['default', 'ordinalSheets', 'national'].flatMap((layout) => (Object.keys(UNITS) as (keyof typeof UNITS)[]).map((u) => [v, layout, u] as const)),
);

function published(variant: string, layout: string, unitName: keyof typeof UNITS) {
  const unit = UNITS[unitName];
  return publish(buildWorkbook(unit, LAYOUT_VARIANTS[layout]), PUBLISHED_VARIANTS[variant], unit.entity, unit.year);
}

describe.each(cases)('%s in layout %s, %s', (variant, layout, unitName) => {
  const wb = published(variant, layout, unitName);

  test('every table from its real sheet, figures as generated', () => {
    const { model, findings } = readWorkbook(wb.grids);
    expect(model.profile).toBe(wb.layout.profile);
    const realSheets = wb.sheets.filter((s) => s.table).map((s) => [s.table, s.name]);
    expect(model.placements.map((p) => [p.id, p.sheet])).toEqual(realSheets);
    expect(model.missing).toEqual([]);
    expect(findings).toEqual([]);
    const flat = flattenModel(model);
    if (flat.T04) flat.T04 = foldT04SubRows(flat.T04);
    expect(flat).toEqual(expectedTables(wb.derived, wb.layout.profile));
  });

  test('no error or warning from the checks', () => {
    const result = checkWorkbook(wb.grids);
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });
});

describe('目录 and 封面 sheets', () => {
  test('a contents sheet listing the tables is not read as 收入支出决算总表', () => {
    const wb = published('coverAndContents', 'default', 'SAMPLE_UNIT');
    const r = recognizeWorkbook(wb.grids);
    expect(r.nonTables.map((n) => [n.sheet, n.kind])).toEqual([
      ['封面', 'cover'],
      ['目录', 'contents'],
    ]);
    expect(r.placements.find((p) => p.id === 'T01')!.sheet).toBe('收入支出决算总表');
  });

  test('contents are told by what they list, whatever the sheet is called', () => {
    const contents = sheet('Sheet1', [['附件'], ['1.收入支出决算总表……1'], ['2.收入决算表……2'], ['3.支出决算表……3']]);
    const r = recognizeWorkbook([contents]);
    expect(r.nonTables).toEqual([{ sheetIndex: 0, sheet: 'Sheet1', kind: 'contents' }]);
    expect(r.placements).toEqual([]);
  });

  test('a sheet naming two tables but holding figures is not a contents sheet', () => {
    const grid = sheet('Sheet1', [['收入决算表'], ['金额单位：万元'], ['支出决算表'], ['合计', 1234.56]]);
    expect(recognizeWorkbook([grid]).nonTables).toEqual([]);
  });

  test('nothing to check: the message names what was found', () => {
    const grids = [
      sheet('目录', [['目录'], ['收入支出决算总表'], ['收入决算表']]),
      titled('表1', '收入支出决算总表'),
      titled('表14', '政府性基金预算财政拨款“三公”经费支出决算表'),
    ];
    let message = '';
    try {
      checkWorkbook(grids);
    } catch (e) {
      expect(isCannotCheckError(e)).toBe(true);
      message = (e as Error).message;
    }
    expect(message).toBe(
      '未在工作簿中找到决算附表（如“收入支出决算总表”）。找到的是：工作表“表1”有“收入支出决算总表”的标题，但没有读到表头或数据行；' +
        '工作表“表14”的“政府性基金预算财政拨款“三公”经费支出决算表”不是可校验的决算附表；工作表“目录”是目录。请确认工作簿包含附表本身（标题、表头和数据行）。',
    );
  });

  test('nothing that looks like a 决算 table: the bare message', () => {
    expect(() => checkWorkbook([sheet('Sheet1', [['hello', 1]])])).toThrow(/^未在工作簿中找到决算附表（如“收入支出决算总表”）。$/);
  });
});

describe('title-only sheets', () => {
  test('the readable sheet wins over a title-only one placed before it, with no duplicate finding', () => {
    const wb = published('titleOnlySheets', 'default', 'SAMPLE_UNIT');
    const { model, findings } = readWorkbook(wb.grids);
    expect(model.placements.find((p) => p.id === 'T01')!.sheet).toBe('收入支出决算总表');
    expect(model.duplicates).toEqual([]);
    expect(findings.filter((f) => f.rule === 'read-no-data' || f.rule === 'read-duplicate-table')).toEqual([]);
  });

  test('a title-only sheet alone is reported, not silently taken for the table', () => {
    const base = buildWorkbook(SAMPLE_UNIT);
    const grids = [...base.sheets.filter((s) => s.table !== 'T13').map(gridOf), titled('三公', '财政拨款“三公”经费支出决算表')];
    const { model, findings } = readWorkbook(grids);
    expect(model.tables.T13).toBeUndefined();
    expect(findings.map((f) => f.rule)).toContain('read-no-data');
  });
});
