import Decimal from 'decimal.js';
import { Unit } from '../../../../src/core/amount/units';
import { cellRef } from '../../../../src/core/grid/cellRef';
import { Figure } from '../../../../src/core/model/types';
import { compare, INFERRED_NOTE, roundingBound } from '../../../../src/core/rules/compare';
import { defineRule, Rule } from '../../../../src/core/rules/types';

let col = 0;
function fig(value: string, unit: Unit = '万元', invalid?: string): Figure {
  return { value: new Decimal(value), unit, cell: cellRef('表1', 31, col++), invalid };
}

const certain = defineRule({ id: 'x-certain', title: 't', doc: 'd', identity: 'i', certainty: 'certain', tables: ['T01'], check: () => [] });
const inferred = defineRule({ id: 'x-inferred', title: 't', doc: 'd', identity: 'i', certainty: 'inferred', tables: ['T01'], check: () => [] });

function sumCheck(total: Figure, parts: Figure[], rule: Rule = certain) {
  return compare({
    rule,
    table: 'T01',
    stated: { label: '收入支出决算总表 本年支出合计', plus: [total] },
    expected: { label: '各类支出之和', plus: parts },
  });
}

describe('rounding-aware comparison', () => {
  test('a difference of zero gives no finding', () => {
    expect(sumCheck(fig('1050.28'), [fig('1000.00'), fig('50.28')])).toBeNull();
  });

  test('figures in different units compare through 元', () => {
    expect(sumCheck(fig('1050.28'), [fig('10000000', '元'), fig('502800', '元')])).toBeNull();
  });

  test('a difference within n × 0.005 万元 is an info 尾差 showing both figures and the bound', () => {
    const total = fig('1050.21');
    const parts = [fig('1000.08'), fig('40.06'), fig('10.08')];
    const f = sumCheck(total, parts)!;
    expect(f.severity).toBe('info');
    expect(f.rule).toBe('x-certain');
    expect(f.message).toContain('尾差');
    expect(f.message).toContain('1050.21');
    expect(f.message).toContain('1050.22');
    expect(f.message).toContain('0.015 万元');
    expect(f.cells).toEqual([total.cell, ...parts.map((p) => p.cell)]);
    expect(f.expected).toBe('1050.22');
    expect(f.actual).toBe('1050.21');
  });

  test('a difference beyond the bound is an error naming the cell, both figures and the difference', () => {
    const total = { ...fig('1050.28'), cell: cellRef('表1', 31, 5) };
    const f = sumCheck(total, [fig('1000.00'), fig('50.19')])!;
    expect(f.severity).toBe('error');
    expect(f.message).toBe('收入支出决算总表 本年支出合计（F32）1050.28 ≠ 各类支出之和 1050.19，相差 0.09 万元');
  });

  test('two figures of different tables: the bound is 0.01 万元, one cent apart is 尾差', () => {
    const other = (v: string) => ({ ...fig(v), cell: cellRef('表3', 7, 2) });
    const f = compare({ rule: certain, table: 'T03', stated: { label: 'A', plus: [fig('326.71')] }, expected: { label: 'B', plus: [other('326.72')] } })!;
    expect(f.severity).toBe('info');
    expect(f.cells).toHaveLength(2);
    const g = compare({ rule: certain, table: 'T03', stated: { label: 'A', plus: [fig('326.71')] }, expected: { label: 'B', plus: [other('326.73')] } })!;
    expect(g.severity).toBe('error');
  });

  test('only non-zero terms count: a total with one non-zero part on its own sheet must equal it', () => {
    // 合计 100.01 = 基本 100.00 + 项目 0 + 上缴 0 …: one figure copied, so a cent off is a typo.
    const f = sumCheck(fig('100.01'), [fig('100.00'), fig('0'), fig('0'), fig('0'), fig('0')])!;
    expect(f.severity).toBe('error');
    expect(roundingBound({ label: '', plus: [fig('1')] }, { label: '', plus: [fig('1'), fig('0'), fig('0')] }).toString()).toBe('50');
    // Three non-zero parts still allow 3 × 0.005 万元.
    expect(roundingBound({ label: '', plus: [fig('3')] }, { label: '', plus: [fig('1'), fig('1'), fig('0'), fig('1')] }).toString()).toBe('150');
  });

  test('tables in 元 get no rounding allowance', () => {
    const f = sumCheck(fig('10502801', '元'), [fig('10000000', '元'), fig('502800', '元')])!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('相差 1.00 元');
    expect(roundingBound({ label: '', plus: [fig('1', '元')] }, { label: '', plus: [fig('1', '元')] }).toString()).toBe('0');
  });

  test('a 万元 figure against a 元 table keeps the 万元 allowance', () => {
    expect(roundingBound({ label: '', plus: [fig('1', '元')] }, { label: '', plus: [fig('1')] }).toString()).toBe('100');
  });

  test('an inferred identity broken beyond the bound is a warning that says it is inferred', () => {
    const f = sumCheck(fig('100.00'), [fig('90.00')], inferred)!;
    expect(f.severity).toBe('warning');
    expect(f.message).toContain(INFERRED_NOTE);
  });

  test('an unreadable figure skips the comparison (the reader reported it)', () => {
    expect(sumCheck(fig('100.00'), [fig('0', '万元', '#REF!'), fig('10')])).toBeNull();
  });

  test('minus terms: 年初 + 收入 − 支出 = 年末', () => {
    const ok = compare({
      rule: certain,
      table: 'T10',
      stated: { label: '年末', plus: [fig('5.00')] },
      expected: { label: '年初＋收入－支出', plus: [fig('2.00'), fig('10.00')], minus: [fig('7.00')] },
    });
    expect(ok).toBeNull();
  });

  test('inequalities: ≤ holds, rounding excess is info, larger excess breaks it', () => {
    // T06 row ≤ T03 row: two tables, so one cent over is rounding.
    const le = (a: string, b: string) =>
      compare({ rule: inferred, table: 'T06', relation: 'le', stated: { label: 'A', plus: [fig(a)] }, expected: { label: 'B', plus: [{ ...fig(b), cell: cellRef('表3', 9, 2) }] } });
    expect(le('10.00', '12.00')).toBeNull();
    expect(le('12.00', '12.00')).toBeNull();
    expect(le('12.01', '12.00')!.severity).toBe('info');
    const broken = le('13.00', '12.00')!;
    expect(broken.severity).toBe('warning');
    expect(broken.message).toContain('大于');
    const ge = compare({ rule: inferred, table: 'T13', relation: 'ge', stated: { label: 'A', plus: [fig('1.00')] }, expected: { label: 'B', plus: [fig('3.00')] } })!;
    expect(ge.severity).toBe('warning');
    expect(ge.message).toContain('小于');
  });

  test('an absent row reads as zero and is named as not printed', () => {
    const f = compare({
      rule: certain,
      table: 'T03',
      stated: { label: '支出决算表 205 教育支出', plus: [fig('12.00')] },
      expected: { label: '收入支出决算总表 205 教育支出（未列出）', plus: [], unit: '万元' },
    })!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('（未列出） 0.00');
    expect(f.cells).toHaveLength(1);
  });
});

describe('the fast sum of identities in one unit', () => {
  test('holds exactly when the Decimal sums are equal (or ≤, ≥), for cents, long fractions and sums past 2^53 × 10^-6', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const value = (): Decimal => {
      const k = Math.floor(next() * 4);
      const digits = k === 0 ? 2 : k === 1 ? 6 : k === 2 ? 7 : 0;
      const scale = k === 3 ? 10 ** Math.floor(next() * 12) : 1;
      return new Decimal(Math.floor(next() * 1e9)).times(scale).dividedBy(10 ** digits).times(next() < 0.2 ? -1 : 1);
    };
    const nudges = ['0', '0', '0', '0.000001', '-0.0000001', '0.01', '1e-12'];
    for (let i = 0; i < 20000; i++) {
      const unit: Unit = i % 2 ? '万元' : '元';
      const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, value);
      const minus = next() < 0.3 ? [value()] : [];
      const exact = parts.reduce((a, b) => a.plus(b), new Decimal(0)).minus(minus.reduce((a, b) => a.plus(b), new Decimal(0)));
      const stated = exact.plus(nudges[Math.floor(next() * nudges.length)]);
      const relation = (['eq', 'le', 'ge'] as const)[Math.floor(next() * 3)];
      const f = (v: Decimal): Figure => ({ value: v, unit, cell: cellRef('表1', i, col++) });
      const outcome = compare({
        rule: certain,
        table: 'T01',
        stated: { label: 's', plus: [f(stated)] },
        expected: { label: 'e', plus: parts.map(f), minus: minus.map(f) },
        relation,
      });
      const holds = relation === 'eq' ? stated.eq(exact) : relation === 'le' ? stated.lte(exact) : stated.gte(exact);
      expect([i, outcome === null]).toEqual([i, holds]);
    }
  });
});
