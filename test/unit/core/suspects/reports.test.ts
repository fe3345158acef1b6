import { checkWorkbook } from '../../../../src/core/check';
import { describeCell } from '../../../../src/core/grid/cellRef';
import { toJsonReport } from '../../../../src/core/report/json';
import { toTextReport } from '../../../../src/core/report/text';
import { buildWorkbook, Plant, SAMPLE_UNIT } from '../../../fixtures/generator';

function checked(plants: Plant[]) {
  const wb = buildWorkbook(SAMPLE_UNIT, { plants });
  return { result: checkWorkbook(wb.grids, { profile: 'sichuan-13' }), cells: wb.planted.map((p) => p.cell) };
}

// T02 2010302 一般行政管理事务 财政拨款收入 622.51, typed 622.15.
const TYPO: Plant = { table: 'T02', row: '2010302', column: 'fiscal', value: 622.15 };

describe('reports open with the suspects', () => {
  it('text: the cell to change comes right after the file line', () => {
    const { result, cells } = checked([TYPO]);
    const lines = toTextReport('a.xlsx', result).split('\n');
    expect(lines[1]).toBe(`最可能需要修改的单元格：${describeCell(cells[0])} 622.15，应为 622.51（两位数字颠倒）`);
  });

  it('text: each finding names its suspect with 应为 and lists the other cells as related', () => {
    const { result, cells } = checked([TYPO]);
    const text = toTextReport('a.xlsx', result);
    const findingLines = text.split('\n').filter((l) => /^\d+\. /.test(l) && l.includes('≠'));
    expect(findingLines.length).toBeGreaterThanOrEqual(2);
    for (const l of findingLines) {
      expect(l).toContain(`（应改：${describeCell(cells[0])} 应为 622.51；相关：`);
      // The suspect is not listed again among the related cells.
      expect(l.split('相关：')[1]).not.toContain(describeCell(cells[0]));
    }
  });

  it('text: several mistakes are numbered', () => {
    const { result } = checked([TYPO, { table: 'T13', row: 'actual', column: 'reception', value: 11 }]);
    const lines = toTextReport('a.xlsx', result).split('\n');
    expect(lines[1]).toBe('最可能需要修改的单元格（2 处）：');
    expect(lines[2]).toMatch(/^1\. .+ 622\.15，应为 622\.51（两位数字颠倒）$/);
    expect(lines[3]).toMatch(/^2\. .+ 11\.00，应为 1\.10（小数点错位）$/);
  });

  it('text: no suspects line when the tables agree', () => {
    const { result } = checked([]);
    expect(toTextReport('a.xlsx', result)).not.toContain('最可能需要修改');
  });

  it('JSON: suspects with sheet, address, value, expected, reason and finding indices; findings name their suspect', () => {
    const { result, cells } = checked([TYPO]);
    const json = JSON.parse(JSON.stringify(toJsonReport('a.xlsx', result)));
    expect(json.suspects).toHaveLength(1);
    const [s] = json.suspects;
    expect(Object.keys(s)).toEqual(['sheet', 'address', 'value', 'expected', 'reason', 'typo', 'findings']);
    expect(s).toMatchObject({ sheet: cells[0].sheet, value: '622.15', expected: '622.51', reason: '两位数字颠倒', typo: 'transposition' });
    for (const i of s.findings) {
      expect(json.findings[i].severity).toBe('error');
      expect(json.findings[i].suspect).toEqual({ sheet: s.sheet, address: s.address });
      expect(json.findings[i].expected).toBe('622.51');
    }
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toHaveLength(s.findings.length);
  });

  it('JSON: an empty list when the tables agree', () => {
    expect(toJsonReport('a.xlsx', checked([]).result).suspects).toEqual([]);
  });
});
