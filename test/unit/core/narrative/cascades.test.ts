import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { checkNarrative } from '../../../../src/core/narrative';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

/**
 * No cascades: a figure that contradicts its table cell is one finding (narrative-table-amount).
 * The text-internal findings computed from it (parts-sum, share, growth, change, cross-section)
 * are judged again with the table's figure: dropped when they then pass, kept (recomputed) when
 * they are wrong on their own. SAMPLE_UNIT's tables: 本年支出合计 1889.05 = 基本支出 1197.54 +
 * 项目支出 691.51 (T03 合计), 收支总计 1889.05, 一般公共预算财政拨款支出 1889.05 (T06 合计).
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n';
let model: WorkbookModel;
beforeAll(() => {
  model = readWorkbook(buildWorkbook(SAMPLE_UNIT).grids, { profile: 'auto' }).model;
});

/** Every finding but the 未核对 list, as [severity, rule, quote]. */
function findings(body: string, withTables = true) {
  return checkNarrative(HEAD + body, withTables ? model : undefined).findings
    .filter((f) => f.rule !== 'narrative-unverified')
    .map((f) => [f.severity, f.rule, f.narrative!.quote, f.expected ?? '', f.message] as const);
}

const short = (fs: ReturnType<typeof findings>) => fs.map(([s, r, q, e]) => [s, r, q, e]);

const STRUCTURE = (project: string, share: string) =>
  `三、支出决算情况说明\n2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.39%；项目支出${project}万元，占${share}%。`;

describe('a mistyped amount in a structure with shares', () => {
  test('691.15 for 691.51: one error, the sum and the share follow from it and are right with 691.51', () => {
    const fs = findings(STRUCTURE('691.15', '36.61'));
    expect(short(fs)).toEqual([['error', 'narrative-table-amount', '691.15万元', '691.51万元']]);
  });

  test('without the tables nothing says which figure is wrong: the text-internal findings stay', () => {
    const fs = findings(STRUCTURE('691.15', '36.61'), false);
    expect(short(fs).map(([s, r]) => `${s} ${r}`)).toEqual(['error narrative-parts-sum', 'error narrative-share']);
  });

  test('a share wrong for the table figure too is still an error, recomputed from the table figure', () => {
    const fs = findings(STRUCTURE('691.15', '36.71'));
    expect(short(fs)).toEqual([
      ['error', 'narrative-table-amount', '691.15万元', '691.51万元'],
      // 691.51 / 1889.05 = 36.6062% → 36.61% (the mistyped 691.15 would give 36.59%).
      ['error', 'narrative-share', '36.71%', '36.61%'],
    ]);
    expect(fs[1][4]).toContain('691.51万元 ÷ 1889.05万元');
    expect(fs[1][4]).toContain('项目支出691.15万元应为691.51万元');
  });

  test('a mistyped total: one error, the parts add up to the table figure', () => {
    const fs = findings(STRUCTURE('691.51', '36.61').replace('合计1889.05', '合计1898.05'));
    expect(short(fs)).toEqual([['error', 'narrative-table-amount', '1898.05万元', '1889.05万元']]);
  });

  test('an amount right against the tables with a wrong share: the share error alone', () => {
    const fs = findings(STRUCTURE('691.51', '36.71'));
    expect(short(fs)).toEqual([['error', 'narrative-share', '36.71%', '36.61%']]);
  });
});

describe('a mistyped amount behind a change or a growth rate', () => {
  const GROWTH = (total: string, rate: string) =>
    `一、收入支出决算总体情况说明\n2023年度收、支总计均为${total}万元。与2022年度相比，收、支总计各减少35.32万元，下降${rate}%。`;

  test('1989.05 for 1889.05: one error; the rate is right for 1889.05 (35.32 / 1924.37 = 1.84%)', () => {
    // With the text's 1989.05 the rate would be 35.32 / 2024.37 = 1.74%.
    expect(short(findings(GROWTH('1989.05', '1.84'), false)).map(([, r]) => r)).toEqual(['narrative-growth']);
    expect(short(findings(GROWTH('1989.05', '1.84')))).toEqual([['error', 'narrative-table-amount', '1989.05万元', '1889.05万元']]);
  });

  test('a rate wrong for the table figure too is still an error, with the table figure\'s rate', () => {
    const fs = findings(GROWTH('1989.05', '1.94'));
    expect(short(fs)).toEqual([
      ['error', 'narrative-table-amount', '1989.05万元', '1889.05万元'],
      ['error', 'narrative-growth', '1.94%', '1.84%'],
    ]);
    expect(fs[1][4]).toContain('1924.37万元');
  });

  test('a change against a stated last-year figure', () => {
    const body = '一、收入支出决算总体情况说明\n2023年度收、支总计均为1989.05万元，与2022年度1924.37万元相比减少35.32万元。';
    expect(short(findings(body, false)).map(([, r]) => r)).toEqual(['narrative-change']);
    expect(short(findings(body))).toEqual([['error', 'narrative-table-amount', '1989.05万元', '1889.05万元']]);
  });
});

describe('the same figure stated twice, once mistyped', () => {
  const TWICE = (second: string) => [
    '五、一般公共预算财政拨款支出决算情况说明', '（一）一般公共预算财政拨款支出决算总体情况',
    '2023年度一般公共预算财政拨款支出1889.05万元，占本年支出合计的100%。',
    '（二）一般公共预算财政拨款支出决算结构情况',
    `2023年度一般公共预算财政拨款支出${second}万元，主要用于以下方面：一般公共服务支出1652.28万元，占87.47%；社会保障和就业支出108.57万元，占5.75%；卫生健康支出50.69万元，占2.68%；住房保障支出77.51万元，占4.1%。`,
  ].join('\n');

  test('only the table-amount error on the mistyped one', () => {
    // Text alone: the 类 list (its shares add to 100%) adds to 1889.05, so 1899.05 is the one wrong
    // figure; the cross-section finding it would also cause is settled away (settleTextCascades).
    const textOnly = short(findings(TWICE('1899.05'), false)).filter(([s]) => s !== 'info');
    expect(textOnly.map(([s, r]) => `${s} ${r}`)).toEqual(['error narrative-parts-sum']);
    expect(textOnly[0][2]).toMatch(/^1899\.05万元/);
    expect(short(findings(TWICE('1899.05')))).toEqual([['error', 'narrative-table-amount', '1899.05万元', '1889.05万元']]);
  });
});

describe('a figure the tables contradict only as a warning (机关运行经费 against T08 公用经费合计 222.18)', () => {
  const SENTENCE = (amount: string, rate: string) =>
    `十、其他重要事项的情况说明\n（一）机关运行经费支出情况\n2023年度，本单位机关运行经费支出${amount}万元，比2022年度增加38.65万元，增长${rate}%。`;

  test('222.81 for 222.18 with a rate right for 222.18: one error on the amount, the rate is not blamed', () => {
    const fs = findings(SENTENCE('222.81', '21.06'));
    expect(short(fs)).toEqual([['error', 'narrative-operating-cost', '222.81万元', '222.18万元']]);
    expect(fs[0][4]).toContain('按表中的222.18万元推算全部相符');
  });

  test('a rate wrong for the table figure too: the amount stays a warning and the rate its own error', () => {
    const fs = findings(SENTENCE('222.81', '25.00'));
    expect(short(fs).map(([s, r]) => `${s} ${r}`)).toEqual(['warning narrative-operating-cost', 'error narrative-growth']);
  });

  test('the amount as in the table and a wrong rate: the rate alone', () => {
    const fs = findings(SENTENCE('222.18', '20.99'));
    expect(short(fs).map(([s, r]) => `${s} ${r}`)).toEqual(['error narrative-growth']);
  });
});
