import { checkNarrative } from '../../../../src/core/narrative';
import { Finding } from '../../../../src/core/findings/types';
import { BAZHOU_2023, SHENPI_2022, ZUZHIBU_2023 } from './samples';

/**
 * Every error and warning the three published 说明 really contain, found by working through
 * their 第二部分 with a calculator (Decimal), and nothing else.
 *
 * Worked through and found right (must not be flagged): all totals, changes and growth rates of
 * 一/四/五（一）; every share of 二/三/五（二）/七（二） except those listed; 三公 item changes
 * (0.17/4.98 = 3.41%, 0.12/0.98 = 12.24%, 1.84/7.56 = 24.3%, 0.47/1.85 = 25%); 机关运行经费 changes
 * (35.56/325.55 = 10.9%); 国内 + 外事 接待 = 公务接待费; 购置 + 运行 = 用车 total.
 *
 * 尾差 (info, not errors): figures in 万元 are each rounded from 元, so lists miss their total by a
 * cent: 巴州 五（二） 1889.04 vs 1889.05, 五（三） items 1889.04, 六 975.36 + 222.18 = 1197.54 vs 1197.55,
 * 公用经费 items 222.20 vs 222.18; 组织部 五（二） 912.27 vs 912.26, 社会保障和就业 76.44 vs its 项 76.43,
 * 六 686.21 vs 686.2, 公用经费 items 290.00 vs 289.99; 审批局 五（二）/（三） 715.86 vs 715.87.
 *
 * Need the tables (phase 2, not checked here): every amount against T01–T13; 五（三）'s 完成预算100%
 * (budgets are not in the text except in 组织部); 审批局 六's item lists without amounts (主要包括 vs T08);
 * 三公 counts and vehicles; the missing-unit figures' real unit; whether 巴州's 81.38% / 21.05% come
 * from 元 figures (they are truncations of the 万元 figures, narrative.md §2's own example).
 */
function serious(findings: readonly Finding[]): [string, string, string][] {
  return findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.rule, f.narrative!.quote] as [string, string, string]);
}

function infos(findings: readonly Finding[], rule: string): string[] {
  return findings.filter((f) => f.severity === 'info' && f.rule === rule).map((f) => f.message);
}

describe('巴州区政府办 2023 说明', () => {
  const r = checkNarrative(BAZHOU_2023);

  it('finds exactly the real mistakes', () => {
    expect(serious(r.findings)).toEqual([
      // 五（三）: "决算数为1889.05，完成预算100%" — no unit.
      ['warning', 'narrative-missing-unit', '1889.05'],
      // 住房改革支出 (22102) is under 221 住房保障, not 208 社会保障和就业 (五（二） itself puts 77.51 under 住房保障).
      ['error', 'narrative-classification', '社会保障和就业（类）住房改革支出（款）住房公积金（项）'],
      // 4.81 / 5.91 = 81.3875% → 81.39%, written 81.38% (truncated).
      ['warning', 'narrative-share', '81.38%'],
      // 38.65 / (222.18 − 38.65) = 38.65 / 183.53 = 21.0592% → 21.06%, written 21.05% (truncated).
      ['warning', 'narrative-growth', '21.05%'],
    ]);
  });

  it('says what the right values are', () => {
    const share = r.findings.find((f) => f.rule === 'narrative-share' && f.severity === 'warning')!;
    expect(share.expected).toBe('81.39%');
    expect(share.message).toContain('截尾');
    const growth = r.findings.find((f) => f.rule === 'narrative-growth')!;
    expect(growth.expected).toBe('21.06%');
    expect(growth.message).toContain('183.53万元');
  });

  it('reports the cent differences as 尾差, not errors', () => {
    const tails = infos(r.findings, 'narrative-parts-sum');
    expect(tails).toHaveLength(4);
    expect(tails.some((m) => m.includes('1197.54万元'))).toBe(true);
    expect(tails.some((m) => m.includes('222.2万元'))).toBe(true);
  });

  it('groups 五（三） items by the 款\'s real 类, so 五（二）\'s class amounts agree', () => {
    expect(r.findings.filter((f) => f.rule === 'narrative-class-sum')).toEqual([]);
  });

  it('verifies most figures', () => {
    expect(r.year).toBe(2023);
    expect(r.figures).toBeGreaterThan(100);
    expect(r.verified / r.figures).toBeGreaterThan(0.75);
    expect(r.findings.filter((f) => f.rule === 'narrative-unverified')).toHaveLength(r.figures - r.verified);
  });

  it('quotes the original text at the reported offsets', () => {
    for (const f of r.findings) expect(BAZHOU_2023.slice(f.narrative!.start, f.narrative!.end)).toBe(f.narrative!.quote);
  });
});

describe('昭化区委组织部 2023 说明', () => {
  const r = checkNarrative(ZUZHIBU_2023);

  it('finds exactly the real mistakes', () => {
    expect(serious(r.findings)).toEqual([
      // 711.95 / 912.26 = 78.04% → 78.0%; the shares then sum to 99.9%, so the author wrote 78.1%.
      ['warning', 'narrative-share', '78.1%'],
    ]);
    const nudge = r.findings.find((f) => f.rule === 'narrative-share')!;
    expect(nudge.message).toContain('调整了最大项0.1个百分点');
    expect(nudge.expected).toBe('78.0%');
  });

  it('notes the 社会保障和就业 class against its items as 尾差', () => {
    const tails = infos(r.findings, 'narrative-class-sum');
    expect(tails).toHaveLength(1);
    expect(tails[0]).toContain('76.43万元');
  });

  it('checks 完成预算 where the budget is stated', () => {
    const completions = r.claims.filter((c) => c.measure === 'completion');
    expect(completions.length).toBeGreaterThanOrEqual(13);
    expect(completions.every((c) => r.findings.every((f) => f.narrative!.start !== c.span.start || f.severity === 'info'))).toBe(true);
  });
});

describe('昭化区行政审批局 2022 说明', () => {
  const r = checkNarrative(SHENPI_2022);

  it('finds exactly the real mistakes', () => {
    expect(serious(r.findings)).toEqual([
      // 五（三）: "决算数为715.87，完成预算100%" — no unit.
      ['warning', 'narrative-missing-unit', '715.87'],
      // 十（一）: a 2022 report compares 机关运行经费 "比2022年" (should be 2021).
      ['error', 'narrative-year', '2022年'],
    ]);
    expect(r.year).toBe(2022);
  });

  it('accepts shares written without decimals (64%, 36%)', () => {
    expect(r.findings.filter((f) => f.rule === 'narrative-share')).toEqual([]);
  });
});
