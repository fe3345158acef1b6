import { checkNarrative } from '../../../../src/core/narrative';

/**
 * 七's budgets are often listed once in （一） and each item's completion rate given in （二）: the
 * rate is checked against the budget of the same item stated elsewhere in the section, as a
 * warning at most (the budget is not in the rate's own sentence).
 */
const TEXT = (rate: string) =>
  '第二部分 2023年度部门决算情况说明\n七、财政拨款“三公”经费支出决算情况说明\n（一）“三公”经费财政拨款支出决算总体情况说明\n' +
  '本年“三公”经费预算为18.60万元，其中公务用车购置及运行维护费预算12万元，公务接待费预算6.60万元。\n' +
  '（二）“三公”经费财政拨款支出决算具体情况说明\n' +
  `1.公务用车购置及运行维护费支出9.87万元，完成预算${rate}%。\n2.公务接待费支出4.35万元，完成预算65.91%。\n`;

test('a completion rate against the same item\'s budget stated in another paragraph of the section is checked', () => {
  const r = checkNarrative(TEXT('82.25'));
  const rates = r.claims.filter((c) => c.measure === 'completion');
  expect(rates).toHaveLength(2);
  for (const c of rates) expect(r.verifiedClaims).toContain(c.id);
  expect(r.findings.filter((f) => f.rule === 'narrative-completion')).toEqual([]);
});

test('a wrong one is a warning, not an error (the budget is not in its own sentence)', () => {
  const r = checkNarrative(TEXT('92.25'));
  const f = r.findings.filter((x) => x.rule === 'narrative-completion');
  expect(f.map((x) => x.severity)).toEqual(['warning']);
  expect(f[0].message).toContain('应为82.25%');
  expect(f[0].message).toContain('预算数取自本部分其他句子');
});
