import Decimal from 'decimal.js';
import { checkWorkbook, CheckResult } from '../../../../src/core/check';
import { CellRef, sameCell, toAddress } from '../../../../src/core/grid/cellRef';
import { buildWorkbook, FUNDS_UNIT, LayoutOptions, Plant, publish, SAMPLE_UNIT, UnitDescription } from '../../../fixtures/generator';

/** The printed value of a semantic cell of a clean generated workbook, and where it is. */
function cleanValue(plant: Omit<Plant, 'value' | 'delta'>, layout: Partial<LayoutOptions> = {}, unit = SAMPLE_UNIT): { cell: CellRef; value: Decimal } {
  const wb = buildWorkbook(unit, { ...layout, plants: [{ ...plant, delta: '0' }] });
  const cell = wb.planted[0].cell;
  const v = wb.grids.find((g) => g.name === cell.sheet)!.rows[cell.row][cell.col];
  return { cell, value: new Decimal(v as number) };
}

function checkWith(plants: Plant[], layout: Partial<LayoutOptions> = {}, unit: UnitDescription = SAMPLE_UNIT): { result: CheckResult; cells: CellRef[] } {
  const wb = buildWorkbook(unit, { ...layout, plants });
  return { result: checkWorkbook(wb.grids, { profile: layout.profile ?? 'sichuan-13' }), cells: wb.planted.map((p) => p.cell) };
}

const at = (c: CellRef) => `${c.sheet}!${toAddress(c).address}`;

describe('suspects', () => {
  it('are none when every identity holds', () => {
    const { result } = checkWith([]);
    expect(result.suspects).toEqual([]);
    expect(result.findings.some((f) => f.suspect)).toBe(false);
  });

  it('name the one cell in every broken identity, with the value that makes them hold and the slip', () => {
    // T02 2010302 一般行政管理事务 财政拨款收入 622.51, typed 622.15.
    const { result, cells } = checkWith([{ table: 'T02', row: '2010302', column: 'fiscal', value: 622.15 }]);
    const [first] = result.suspects;
    expect(at(first.cell)).toBe(at(cells[0]));
    expect(first).toMatchObject({ value: '622.15', expected: '622.51', reason: '两位数字颠倒', typo: 'transposition' });
    // It explains every broken identity (the 款 sum and the row sum), and each of those findings cites it.
    const broken = result.findings.map((f, i) => ({ f, i })).filter(({ f }) => f.severity === 'error');
    expect(broken.length).toBeGreaterThanOrEqual(2);
    expect(first.findings).toEqual(broken.map(({ i }) => i));
    for (const { f } of broken) {
      expect(f.suspect && sameCell(f.suspect, cells[0])).toBe(true);
      expect(f.cells.some((c) => sameCell(c, cells[0]))).toBe(true);
    }
  });

  it('put a mistyped part before its total when one identity breaks, and leave a confirmed total out', () => {
    // T08 30103 奖金 258.97 typed 258.79: only 301 = Σ款 breaks; 301 itself agrees with 人员经费合计 and T07.
    const total = cleanValue({ table: 'T08', row: '301', column: 'amount' });
    const { result, cells } = checkWith([{ table: 'T08', row: '30103', column: 'amount', value: 258.79 }]);
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(['t08-class-sums']);
    expect(at(result.suspects[0].cell)).toBe(at(cells[0]));
    expect(result.suspects[0]).toMatchObject({ expected: '258.97', reason: '两位数字颠倒' });
    expect(result.suspects.some((s) => sameCell(s.cell, total.cell))).toBe(false);
    // 应为 belongs to the part: the finding is written about the 301 total, but its expected and
    // actual are the part's, not a new total.
    const f = result.findings[result.suspects[0].findings[0]];
    expect(f.message).toContain('301');
    expect(f).toMatchObject({ expected: '258.97', actual: '258.79' });
    expect(sameCell(f.suspect!, cells[0])).toBe(true);
  });

  it('keep the total as the suspect when no part reads as a slip', () => {
    // T13 决算数 合计 5.91 printed 5.00 (no slip of 5.91; the parts 4.81 and 1.10 are no slips of what they would need).
    const { result, cells } = checkWith([{ table: 'T13', row: 'actual', column: 'total', value: 5 }]);
    expect(at(result.suspects[0].cell)).toBe(at(cells[0]));
    expect(result.suspects[0].expected).toBe('5.91');
    expect(result.suspects[0].typo).toBeUndefined();
  });

  it('across tables, name the figure the other tables disagree with', () => {
    // T01 类 201 一般公共服务支出 1652.28 typed 1625.28: T03 and T04 agree with each other, not with T01.
    const { result, cells } = checkWith([{ table: 'T01', row: '201', column: 'amount', value: 1625.28 }]);
    expect(at(result.suspects[0].cell)).toBe(at(cells[0]));
    expect(result.suspects[0]).toMatchObject({ expected: '1652.28', reason: '两位数字颠倒' });
    const broken = result.findings.filter((f) => f.severity === 'error');
    expect(broken.length).toBeGreaterThanOrEqual(2);
    expect(result.suspects.filter((s) => s.alternativeTo === undefined)).toHaveLength(1);
  });

  it('in a 元 workbook with split codes, too', () => {
    const { result, cells } = checkWith([{ table: 'T03', row: '2010301', column: 'basic', value: 960.77 }], { unit: '元', codes: 'split' });
    expect(at(result.suspects[0].cell)).toBe(at(cells[0]));
    expect(result.suspects[0]).toMatchObject({ expected: '9607700.00', reason: '元与万元混淆' });
  });

  it('list one suspect per independent mistake', () => {
    const { result, cells } = checkWith([
      { table: 'T02', row: '2010302', column: 'fiscal', value: 622.15 },
      { table: 'T13', row: 'actual', column: 'reception', value: 11 },
    ]);
    const primaries = result.suspects.filter((s) => s.alternativeTo === undefined);
    expect(primaries.map((s) => at(s.cell)).sort()).toEqual(cells.map(at).sort());
    // Every error and warning is explained by exactly one of them.
    const explained = primaries.flatMap((s) => s.findings).sort((a, b) => a - b);
    const broken = result.findings.map((f, i) => (f.severity !== 'info' ? i : -1)).filter((i) => i >= 0);
    expect(explained).toEqual(broken);
  });

  it('name the unit line of a table filled in 元 under 万元, not each of its figures', () => {
    const wb = publish(buildWorkbook(FUNDS_UNIT, {}), { yuanUnderWan: ['T01'] }, FUNDS_UNIT.entity, FUNDS_UNIT.year);
    const result = checkWorkbook(wb.grids);
    const unitCell = result.model.tables.T01!.unitCell!;
    expect(result.suspects[0]).toMatchObject({ cell: unitCell, value: '万元', expected: '元', reason: '该表数字按元填写，单位却标为万元' });
    // Every broken identity touching T01 is explained by it, and none of them says what a figure 应为.
    const t01 = result.model.tables.T01!.sheet;
    result.findings.forEach((f, i) => {
      if (f.severity === 'info' || !f.cells.some((c) => c.sheet === t01)) return;
      expect({ i, rule: f.rule, explained: result.suspects[0].findings.includes(i) }).toEqual({ i, rule: f.rule, explained: true });
      if (f.rule !== 'unit-mixup') expect(f.expected).toBeUndefined();
    });
    const mixup = result.findings.find((f) => f.rule === 'unit-mixup')!;
    expect(mixup.suspect).toEqual(unitCell);
    // No T01 figure is listed as a suspect of its own.
    expect(result.suspects.slice(1).filter((s) => s.cell.sheet === t01)).toEqual([]);
  });
});
