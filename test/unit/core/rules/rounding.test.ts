import { FUNDS_UNIT, SAMPLE_UNIT } from '../../../fixtures/generator';
import { check, cites, summary } from './harness';

/** A difference that is only rounding is a 尾差 notice, never an error — except in 元 tables. */
describe('rounding', () => {
  test('one cent on a T06 项 (万元) gives 尾差 notices, each showing the bound — but not where the 项 is its row’s only figure', () => {
    const { findings, planted } = check(SAMPLE_UNIT, { plants: [{ table: 'T06', row: '2010302', column: 'project', delta: '0.01' }] });
    // 2010302 has only 项目支出: 合计 = 基本 (0) + 项目 has one non-zero term, so a cent off is an error.
    expect(summary(findings)).toEqual(['t06-class-sums:info', 't06-row-sums:error', 't06-t03-rows:info']);
    for (const f of findings.filter((x) => x.severity === 'info')) {
      expect(f.message).toContain('尾差');
      expect(f.message).toMatch(/允许的尾差 0\.0\d+ 万元/);
      expect(cites(f, planted[0].cell)).toBe(true);
    }
    const kuan = findings.find((f) => f.rule === 't06-class-sums')!;
    // 款 20103 has three 项 with 项目支出 (non-zero terms only): bound 3 × 0.005 = 0.015 万元.
    expect(kuan.message).toContain('0.015 万元');
    expect(kuan.message).toContain('691.51');
    expect(kuan.message).toContain('691.52');
  });

  test('the same 类 printed 0.01 apart in T01 and T03 is a 尾差 notice citing both cells', () => {
    const { findings, planted, model } = check(SAMPLE_UNIT, { plants: [{ table: 'T01', row: '201', column: 'amount', delta: '0.01' }] });
    expect(summary(findings)).toEqual(['t01-expenditure-total:info', 't03-t01-classes:info']);
    const same = findings.find((f) => f.rule === 't03-t01-classes')!;
    const t03Cell = model.tables.T03!.rows.find((r) => r.code === '201')!.values.total.cell;
    expect(same.cells).toHaveLength(2);
    expect(cites(same, planted[0].cell)).toBe(true);
    expect(cites(same, t03Cell)).toBe(true);
    expect(same.message).toContain('1652.28');
    expect(same.message).toContain('1652.29');
  });

  test('two cents between two figures is beyond the 0.01 bound: an error', () => {
    const { findings } = check(SAMPLE_UNIT, { plants: [{ table: 'T01', row: '201', column: 'amount', delta: '0.02' }] });
    // Σ of 26 类 still allows 0.13 万元; the one-to-one comparison does not.
    expect(summary(findings)).toEqual(['t01-expenditure-total:info', 't03-t01-classes:error']);
  });

  test('元 tables get no allowance: one 元 off is an error', () => {
    const { findings } = check(SAMPLE_UNIT, {
      unit: '元',
      plants: [{ table: 'T06', row: '2010302', column: 'project', delta: '0.0001' }],
    });
    expect(summary(findings)).toEqual(['t06-class-sums:error', 't06-row-sums:error', 't06-t03-rows:warning']);
    expect(findings.find((f) => f.rule === 't06-row-sums')!.message).toContain('相差 1.00 元');
  });

  test('an inferred identity off by rounding is info too, not a warning', () => {
    const { findings } = check(FUNDS_UNIT, { plants: [{ table: 'T10', row: 'total', column: 'carryOut', delta: '0.01' }] });
    expect(summary(findings)).toEqual(['t04-t10-gov-fund:info', 't10-class-sums:error', 't10-row-balance:info']);
    // t10-class-sums: the 合计 has one non-zero 类 under it, so it must equal it exactly (a typo).
    expect(findings.find((f) => f.rule === 't10-class-sums')!.message).not.toContain('尾差');
  });
});
