import { checkNarrativeAgainst, checkNarrativeAlone } from '../../../../src/core/checkNarrativeAlone';
import { toTextReport } from '../../../../src/core/report/text';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

const TEXT = '第二部分 2023年度部门决算情况说明\n三、支出决算情况说明\n2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.39%；项目支出691.51万元，占36.71%。';

describe('a 说明 checked without tables', () => {
  test('the text-internal checks run; nothing is tied to cells; the result says no tables were compared', () => {
    const r = checkNarrativeAlone(TEXT);
    expect(r.tablesCompared).toBe(false);
    expect(r.model.placements).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.narrative!.quote)).toEqual(['36.71%']);
    expect(r.findings.every((f) => f.cells.length === 0)).toBe(true);
    expect(toTextReport('说明.txt', r, { narrativeFile: '说明.txt', narrativeText: TEXT })).toContain('未提供决算附表');
  });

  test('the pane: a workbook with no 决算 tables falls back to the 说明 alone; with tables it compares', () => {
    const blank = [{ name: 'Sheet1', cells: [] }] as unknown as Parameters<typeof checkNarrativeAgainst>[0];
    expect(checkNarrativeAgainst(blank, TEXT).tablesCompared).toBe(false);
    const withTables = checkNarrativeAgainst(buildWorkbook(SAMPLE_UNIT).grids, TEXT);
    expect(withTables.tablesCompared).toBeUndefined();
    expect(withTables.model.placements.length).toBeGreaterThan(0);
  });
});
