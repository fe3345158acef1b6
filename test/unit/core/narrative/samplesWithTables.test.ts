import { checkWorkbook } from '../../../../src/core/check';
import { Finding } from '../../../../src/core/findings/types';
import { sameCell } from '../../../../src/core/grid/cellRef';
import { checkNarrative, coverage } from '../../../../src/core/narrative';
import { PROFILE_TABLES } from '../../../../src/core/tables/catalog';
import {
  BAZHOU_2023 as BAZHOU_REPORT, LAYOUT_VARIANTS, PublishedReport, SAMPLE_UNIT, SHENPIJU_2022 as SHENPIJU_REPORT,
  ZUZHIBU_2023 as ZUZHIBU_REPORT, buildWorkbook, publishedWorkbook, receptionOnly,
} from '../../../fixtures/generator';
import { BAZHOU_2023, SHENPI_2022, ZUZHIBU_2023 } from './samples';

/**
 * The three published 说明 checked against the thirteen tables they were written from
 * (test/fixtures/generator/sampleUnits.ts says how each workbook was reconstructed and why).
 *
 * Every figure of each 第二部分 was worked through with a calculator (Decimal) against those
 * tables. The reconstruction takes every printed figure from the report, so a restated amount
 * can only disagree with a table where the report disagrees with itself; it never does beyond
 * the 尾差 of figures rounded from 元 (see below). The errors and warnings each report really
 * contains are therefore the text's own (samples.test.ts), and the tables add none — they add
 * proof: every amount, share and rate that restates a table is tied to its cell, and must not be
 * flagged. The counterfactual block at the end makes the tables differ from the text to show the
 * table-only findings the engine must then give (amounts, listed-but-zero 款, 机关运行经费, 三公
 * completion rates against T13 budgets).
 *
 * Worked through against the tables and right (each must get no error or warning):
 * - 一/四: 收、支总计 = T01 and T04 总计 (1889.05 · 912.26 · 715.87); 二: 本年收入合计 and each source =
 *   T01 rows, shares of it; 三: 本年支出合计, 基本, 项目 (and the zero columns) = T03 合计 row;
 *   五（一） = T06 合计, 占本年支出合计 100%; 五（二） each 类 = T06 类 row; 五（三） each 项 = T06 项 row;
 *   六 人员经费 / 公用经费 = T08 合计, each listed 款 = its T08 row (其他交通费 = 30239 其他交通费用);
 *   七 三公 预算 and 决算 = T13; 八/九 0 = T10/T11/T12 (empty); 十（一） 机关运行经费 = T08 公用经费合计
 *   (all three are 行政单位).
 * - 巴州 七's completion rates, recomputed from the printed 万元 T13 figures, do not reproduce:
 *   4.81 / 5.00 = 96.20% (text 96.12%), 1.1 / 1.27 = 86.61% (86.58%), 5.91 / 6.27 = 94.26%
 *   (94.19%). They are right in 元: 48,060 / 50,000 = 96.12%, 10,996 / 12,700 = 86.58% and
 *   59,056 / 62,700 = 94.19%, where 48,060 元 prints 4.81, 10,996 prints 1.10 and 59,056 prints 5.91.
 *   With each printed figure ±0.005 万元 the rates range over 96.0–96.4%, 85.9–87.4% and
 *   94.1–94.4%: inside the rounding, so no error or warning.
 * - 审批局 七（一） 1.38 / 1.38 = 100%, 组织部 七（一） 9.4 / 9.4 = 100% against T13 budgets.
 *
 * 尾差 the tables really printed (planted; table rules give info, the text the same info):
 * 巴州 合计 1889.05 / 基本 1197.55 against 项 Σ 1889.04 / 1197.54, 302 222.18 against 款 Σ 222.20;
 * 组织部 208 76.44 against 项 Σ 76.43, 302 272.71 against 款 Σ 272.72, 公用经费合计 289.99;
 * 审批局 合计 715.87 / 基本 457.27 against 715.86 / 457.26, 302 214.73 against 214.72.
 */

type Serious = [severity: string, rule: string, quote: string];

function serious(findings: readonly Finding[]): Serious[] {
  return findings
    .filter((f) => f.narrative && f.severity !== 'info')
    .map((f) => [f.severity, f.rule, f.narrative!.quote]);
}

/** The published report with part of its unit changed, checked against its 说明. */
function checkChanged(report: PublishedReport, text: string, change: Partial<PublishedReport['unit']>) {
  return checkWorkbook(publishedWorkbook({ ...report, unit: { ...report.unit, ...change } }).grids, { narrative: text });
}

const SICHUAN_13 = [...PROFILE_TABLES['sichuan-13']].sort();

/** Coverage as a percentage with one decimal, for messages. */
const pct = (verified: number, figures: number) => Math.round((verified / figures) * 1000) / 10;

/**
 * Figures no table and no other figure of the text can confirm: a 完成预算 rate of 五（三） where
 * the budget is not stated (budgets are not in the tables), and counts (批次, 人次, 辆, 个…), which
 * only the unit knows. (A change from last year is checked with the growth rate beside it, both
 * through this year's table figure; last year's tables are not needed for that.)
 */
function untieable(text: string, model: ReturnType<typeof checkWorkbook>['model']) {
  const r = checkNarrative(text, model);
  const unverified = r.findings.filter((f) => f.rule === 'narrative-unverified');
  const claims = unverified.map((f) => r.claims.find((c) => c.span.start === f.narrative!.start && c.span.end === f.narrative!.end)!);
  const budgetStated = (section: number | null) => r.claims.some((c) => c.measure === 'budget' && c.section === section);
  const why = claims.map((c) => {
    if (!c) return 'no claim';
    if (c.measure === 'count') return 'count';
    if (c.measure === 'completion' && c.section === 5 && !budgetStated(5)) return 'no budget';
    return `${c.measure} ${c.written}${c.unit} (${c.subjectText})`;
  });
  return { r, why };
}

describe.each([
  ['巴州区政府办 2023', BAZHOU_REPORT, 2023, '巴中市巴州区人民政府办公室'],
  ['昭化区委组织部 2023', ZUZHIBU_REPORT, 2023, '中共广元市昭化区委组织部'],
  ['昭化区行政审批局 2022', SHENPIJU_REPORT, 2022, '广元市昭化区行政审批局'],
] as const)('%s: the reconstructed workbook', (_name, report, year, entity) => {
  const wb = publishedWorkbook(report);
  const result = checkWorkbook(wb.grids);

  it('builds and is recognised as the thirteen Sichuan tables', () => {
    expect(result.model.profile).toBe('sichuan-13');
    expect(result.model.placements.map((p) => p.id).sort()).toEqual(SICHUAN_13);
    expect(result.model.placements.every((p) => p.by === 'title')).toBe(true);
    expect(result.model.missing).toEqual([]);
    expect(result.model.year).toBe(year);
    expect(result.model.entity).toBe(entity);
  });

  it('is consistent: the table rules give no error or warning', () => {
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });

  it('has only the 尾差 the published tables printed, each at a planted cell', () => {
    const planted = wb.planted.map((p) => p.cell);
    for (const f of result.findings) {
      expect(f.message.startsWith('尾差')).toBe(true);
      expect(f.cells.some((c) => planted.some((p) => sameCell(p, c)))).toBe(true);
    }
    // Without the plants the description is exact and nothing at all is reported.
    expect(checkWorkbook(buildWorkbook(report.unit).grids).findings).toEqual([]);
  });
});

describe('the 尾差 each reconstructed workbook reports', () => {
  const rules = (report: PublishedReport) => checkWorkbook(publishedWorkbook(report).grids).findings.map((f) => f.rule).sort();

  it('巴州: 合计 1889.05 / 基本 1197.55 over 项 1889.04 / 1197.54 on T01–T07; 302 222.18 over 款 222.20', () => {
    expect(rules(BAZHOU_REPORT)).toEqual([
      't01-expenditure-total', 't02-class-sums', 't02-class-sums', 't03-class-sums', 't03-class-sums',
      't04-expenditure-total', 't04-expenditure-total', 't05-class-sums', 't05-row-sums', 't06-class-sums',
      't06-class-sums', 't06-t08-basic', 't07-class-sums', 't07-row-sums', 't08-class-sums',
    ]);
  });

  it('组织部: 208 76.44 over 76.43 (so 类 Σ 912.27 over 912.26); 302 272.71 over 272.72', () => {
    expect(rules(ZUZHIBU_REPORT)).toEqual([
      't01-expenditure-total',
      't02-class-sums', 't02-class-sums', 't02-class-sums', 't02-class-sums',
      't03-class-sums', 't03-class-sums', 't03-class-sums', 't03-class-sums',
      't04-expenditure-total', 't04-expenditure-total',
      't05-class-sums', 't05-class-sums', 't05-row-sums',
      't06-class-sums', 't06-class-sums', 't06-class-sums', 't06-class-sums', 't06-t08-basic',
      't07-class-sums', 't07-class-sums', 't07-row-sums', 't07-t08-t09-economic', 't08-class-sums',
    ]);
  });

  it('审批局: 合计 715.87 / 基本 457.27 over 715.86 / 457.26; 302 214.73 over 214.72', () => {
    expect(rules(SHENPIJU_REPORT)).toEqual([
      't01-expenditure-total', 't02-class-sums', 't02-class-sums', 't03-class-sums', 't03-class-sums',
      't04-expenditure-total', 't04-expenditure-total', 't05-class-sums', 't05-row-sums', 't06-class-sums',
      't06-class-sums', 't07-class-sums', 't07-row-sums', 't07-t08-t09-economic', 't08-class-sums',
    ]);
  });
});

describe('巴州区政府办 2023 说明 against its tables', () => {
  const result = checkWorkbook(publishedWorkbook(BAZHOU_REPORT).grids, { narrative: BAZHOU_2023 });

  it('finds exactly the real mistakes', () => {
    expect(serious(result.findings)).toEqual([
      // 五（三）"决算数为1889.05，完成预算100%": no unit (the figure itself = T06 合计 1889.05).
      ['warning', 'narrative-missing-unit', '1889.05'],
      // 住房改革支出 (22102) is under 221 住房保障, not 208; the 77.51 itself = T06 2210201.
      ['error', 'narrative-classification', '社会保障和就业（类）住房改革支出（款）住房公积金（项）'],
      // T13 决算 4.81 / 5.91 = 81.3875% → 81.39%, written 81.38% (truncated). Whatever 元 lie behind
      // 4.81 and 1.10, 81.38% + 18.61% = 99.99% means one of the two shares is off by 0.01 (with the
      // 元 that explain the completion rates, 48,060 / 59,056 = 81.38% but 10,996 / 59,056 = 18.62%);
      // against the printed tables it is this one.
      ['warning', 'narrative-share', '81.38%'],
      // T08 公用经费合计 222.18: 38.65 / (222.18 − 38.65 = 183.53) = 21.0592% → 21.06%, written 21.05%.
      ['warning', 'narrative-growth', '21.05%'],
    ]);
  });

  it('quotes the text at the reported offsets', () => {
    for (const f of result.findings.filter((x) => x.narrative)) {
      expect(BAZHOU_2023.slice(f.narrative!.start, f.narrative!.end)).toBe(f.narrative!.quote);
    }
  });

  it('covers 89.9% of the figures: all but those nothing can confirm', () => {
    // 149 figures. Unverifiable, 15: 五（三）'s ten 完成预算100% (no budget stated, none in the tables)
    // and the counts 6批次, 91人次 (接待 money 1.1 non-zero: the number is the unit's), 8个 ×3.
    // 七（二） 1.'s 团组0次 / 0人 are confirmed by T13 出国费 0. Ceiling 134 / 149 = 89.9%: the 90%
    // target needs the 五（三） budgets as input, not more ties.
    const { figures, verified, unverifiable } = result.narrative!;
    expect(figures).toBe(149);
    expect(verified).toBeGreaterThanOrEqual(134);
    expect(unverifiable).toBe(15);
    const { why, r } = untieable(BAZHOU_2023, result.model);
    expect(why.filter((w) => !['count', 'no budget'].includes(w))).toEqual([]);
    expect(coverage(r).notTied).toEqual([]);
    expect(pct(verified, figures)).toBeGreaterThanOrEqual(89.9);
  });
});

describe('昭化区委组织部 2023 说明 against its tables', () => {
  const result = checkWorkbook(publishedWorkbook(ZUZHIBU_REPORT).grids, { narrative: ZUZHIBU_2023 });

  it('finds exactly the real mistakes', () => {
    expect(serious(result.findings)).toEqual([
      // T06 201 711.95 / 912.26 = 78.0424% → 78.0%; the shares then sum to 99.9, so 78.1% was nudged.
      ['warning', 'narrative-share', '78.1%'],
    ]);
  });

  it('accepts 社会保障和就业 76.44 (the T06 类 row as printed) and 公用经费 289.99 (T08 as printed)', () => {
    const quoted = (q: string) => result.findings.filter((f) => f.narrative?.quote === q && f.severity !== 'info');
    expect(quoted('76.44万元')).toEqual([]);
    expect(quoted('289.99万元')).toEqual([]);
  });

  it('covers 96.6% of the figures: all but the counts nothing can confirm', () => {
    // 149 figures. The twelve 0辆 (bought and held, by type) add up to their totals, and 购置 0辆 goes
    // with T13 购置费 0; 外事接待0批次 / 0人 with 外事接待支出0万元. Unverifiable, 5 counts: 82批次,
    // 598人次 (接待 money 9.4), 24个 ×3. 五（三）'s completions are checked against its stated
    // budgets. Ceiling 144 / 149.
    const { figures, verified, unverifiable } = result.narrative!;
    expect(figures).toBe(149);
    expect(verified).toBeGreaterThanOrEqual(144);
    expect(unverifiable).toBe(5);
    const { why, r } = untieable(ZUZHIBU_2023, result.model);
    expect(why.filter((w) => w !== 'count')).toEqual([]);
    expect(coverage(r).notTied).toEqual([]);
    expect(pct(verified, figures)).toBeGreaterThanOrEqual(96.6);
  });
});

describe('昭化区行政审批局 2022 说明 against its tables', () => {
  const result = checkWorkbook(publishedWorkbook(SHENPIJU_REPORT).grids, { narrative: SHENPI_2022 });

  it('finds exactly the real mistakes', () => {
    expect(serious(result.findings)).toEqual([
      // 五（三）"决算数为715.87，完成预算100%": no unit (the figure = T06 合计 715.87).
      ['warning', 'narrative-missing-unit', '715.87'],
      // 十（一）: a 2022 report compares 机关运行经费 (= T08 公用经费合计 214.73) "比2022年" (should be 2021).
      // The rate is right: 50.01 / (214.73 − 50.01 = 164.72) = 30.36% → 30%.
      ['error', 'narrative-year', '2022年'],
    ]);
  });

  it('finds every 款 named in 六 with money in T08, and lists the unlisted 工会经费 as info', () => {
    const lists = result.findings.filter((f) => f.rule === 'narrative-item-list');
    expect(lists.filter((f) => f.severity !== 'info')).toEqual([]);
    // 30228 工会经费 4.60 is the one 款 with money that neither list names (the lists end with 等).
    expect(lists.map((f) => f.message).join('\n')).toContain('工会经费');
    expect(lists).toHaveLength(1);
  });

  it('covers 83.7% of the figures: all but those nothing can confirm', () => {
    // 98 figures. 十（三）'s 0辆 ×4 (by kind) add up to 车辆0辆. Unverifiable, 16: 五（三）'s ten
    // 完成预算100% (no budget stated) and the counts 28批次, 294人次 (接待 money 1.38), 0台（套） (no
    // money or total to hold it against), 1个 ×3. Ceiling 82 / 98 = 83.7%.
    const { figures, verified, unverifiable } = result.narrative!;
    expect(figures).toBe(98);
    expect(verified).toBeGreaterThanOrEqual(82);
    expect(unverifiable).toBe(16);
    const { why, r } = untieable(SHENPI_2022, result.model);
    expect(why.filter((w) => !['count', 'no budget'].includes(w))).toEqual([]);
    expect(coverage(r).notTied).toEqual([]);
    expect(pct(verified, figures)).toBeGreaterThanOrEqual(83.7);
  });
});

/**
 * "No finding" must mean "tied and right", not "not looked at": every amount the 说明 restates
 * from a table is tied to a cell of the table it comes from, at full precision ('ok'). Left untied,
 * rightly: 五（三）'s 预算 (budgets are not in the tables), 国内/外事 接待 (T13 has only 公务接待费),
 * 政府采购 and the vehicle-type 金额 (not in the tables), 接待 examples in 元.
 */
describe.each([
  ['巴州', BAZHOU_REPORT, BAZHOU_2023],
  ['组织部', ZUZHIBU_REPORT, ZUZHIBU_2023],
  ['审批局', SHENPIJU_REPORT, SHENPI_2022],
] as const)('%s: every restated amount is tied to its table', (_unit, report, text) => {
  const r = checkNarrative(text, checkWorkbook(publishedWorkbook(report).grids).model);
  const ties = new Map(r.ties.map((t) => [t.claim, t]));
  const notInTables = (subject: string, section: number | null, measure: string) =>
    (measure === 'budget' && section === 5) || /^(sanGong\.reception(Domestic|Foreign)|procurement\.|raw:)/.test(subject);
  const TABLE_OF: [RegExp, string[]][] = [
    [/^(grandTotal|incomeTotal|income\.)/, ['T01', 'T02']],
    [/^(expenditureTotal|expenditure\.)/, ['T01', 'T03']],
    [/^fiscalGrandTotal$/, ['T04']],
    [/^(generalBudget\.|func:|funcPath:)/, ['T06']],
    [/^(personnel|public|operatingCost)$|^econ:/, ['T08']],
    [/^sanGong\./, ['T13']],
    [/^govFund\./, ['T10']],
    [/^soeCapital\./, ['T11', 'T12']],
  ];

  it('ties each one, to the table it restates', () => {
    const wrong: string[] = [];
    for (const c of r.claims) {
      if (c.measure !== 'amount' && c.measure !== 'budget') continue;
      if (notInTables(c.subject, c.section, c.measure)) continue;
      const tie = ties.get(c.id);
      const tables = TABLE_OF.find(([re]) => re.test(c.subject))?.[1];
      if (!tie || tie.status !== 'ok' || !tables?.includes(tie.table)) {
        wrong.push(`${c.subjectText} ${c.written}${c.unit} (${c.subject}): ${tie ? `${tie.table} ${tie.status}` : 'not tied'}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(r.ties.length).toBeGreaterThan(report === SHENPIJU_REPORT ? 30 : 50);
  });
});

/**
 * The same tables in every 万元 layout the generator makes (split codes, 合计 on top, text numbers,
 * ordinal sheet names, three T08 blocks, the national nine tables…): the 说明 restates the same
 * figures, so the same mistakes and nothing else. Not in 元: a 元 table has no 尾差 (its 合计 is the
 * exact sum), and the published 元 figures behind the 万元 ones are unknown, so the printed 尾差
 * cannot be rebuilt there (planted in 元 they are, rightly, 100 元 errors).
 */
const WAN_VARIANTS = Object.entries(LAYOUT_VARIANTS).filter(([, layout]) => layout.unit !== '元');

describe.each(WAN_VARIANTS)('layout %s', (_name, layout) => {
  it.each([
    ['巴州', BAZHOU_REPORT, BAZHOU_2023],
    ['组织部', ZUZHIBU_REPORT, ZUZHIBU_2023],
    ['审批局', SHENPIJU_REPORT, SHENPI_2022],
  ] as const)('%s: the same findings as in the default layout', (_unit, report, text) => {
    const reference = serious(checkWorkbook(publishedWorkbook(report).grids, { narrative: text }).findings);
    const result = checkWorkbook(publishedWorkbook(report, layout).grids, { narrative: text });
    expect(result.findings.filter((f) => !f.narrative && f.severity !== 'info').map((f) => f.message)).toEqual([]);
    expect(serious(result.findings)).toEqual(reference);
  });
});

/**
 * Counterfactuals: had the tables differed from the text, these are the table-only findings.
 * Each changes the reconstructed workbook in one documented way; the text stays verbatim.
 */
describe('table-only mistakes, when the tables differ from the text', () => {
  // SAMPLE_UNIT makes its identities exact instead of printing the 尾差: 一般行政管理事务 622.51
  // (text 622.5), so 201 is 1652.28 (text 1652.27) and 项目支出 691.51 (text 691.5); 基本支出
  // 1197.54 (text 1197.55, twice); 30299 其他商品和服务支出 18.64 (text 18.66). Shares recomputed
  // from the tables still round to the text: 1197.54 / 1889.05 = 63.393% → 63.39%, 691.51 / 1889.05
  // = 36.607% → 36.6%, 1652.28 / 1889.05 = 87.466% → 87.47%.
  const demo = () => checkWorkbook(buildWorkbook(SAMPLE_UNIT).grids, { narrative: BAZHOU_2023 });
  const DEMO_EXPECTED: Serious[] = [
    ['error', 'narrative-table-amount', '1197.55万元'], // 三: T03 合计/基本支出 1197.54
    ['warning', 'narrative-table-amount', '691.5万元'], // 三: T03 合计/项目支出 691.51 (691.50 trimmed, or 691.51 rounded)
    ['error', 'narrative-table-amount', '1652.27万元'], // 五（二）: T06 201 1652.28
    ['warning', 'narrative-missing-unit', '1889.05'],
    ['warning', 'narrative-table-amount', '622.5万元'], // 五（三） 2.: T06 2010302 622.51 (622.50 trimmed, or 622.51 rounded)
    ['error', 'narrative-classification', '社会保障和就业（类）住房改革支出（款）住房公积金（项）'],
    ['error', 'narrative-table-amount', '1197.55万元'], // 六: T06 基本支出 1197.54 = T08 975.36 + 222.18
    ['error', 'narrative-table-amount', '18.66万元'], // 六: T08 30299 18.64
    ['warning', 'narrative-share', '81.38%'],
    ['warning', 'narrative-growth', '21.05%'],
  ];
  // Amounts written with their trailing zero trimmed (622.5, 691.5) — the habit of every sample,
  // which writes 258.6万元 and 43万元 — mean 622.50 and 691.50 (narrative.md §2), so a table
  // 622.51 is a different figure; but 622.5 is also 622.51 rounded to one decimal, so it is a
  // warning, not an error like 1652.27 against 1652.28.
  const TRIMMED = ['691.5万元', '622.5万元'];

  it('the bundled demo workbook (SAMPLE_UNIT) against the 巴州 text: the adjusted cells are caught', () => {
    expect(serious(demo().findings).filter((f) => !TRIMMED.includes(f[2]))).toEqual(DEMO_EXPECTED.filter((f) => !TRIMMED.includes(f[2])));
  });

  it('… including the amounts written with a trailing zero trimmed (622.5 against 622.51)', () => {
    expect(serious(demo().findings)).toEqual(DEMO_EXPECTED);
  });

  // The demo's tables are exact sums, so they exist in 元 too: the text's 万元 figures are then
  // compared with 元 cells (622.5万元 against 6,225,100 元), with the same result in every layout.
  it.each(Object.entries(LAYOUT_VARIANTS))('… and the same in the %s layout', (_name, layout) => {
    const result = checkWorkbook(buildWorkbook(SAMPLE_UNIT, layout).grids, { narrative: BAZHOU_2023 });
    expect(result.findings.filter((f) => !f.narrative && f.severity !== 'info')).toEqual([]);
    expect(serious(result.findings)).toEqual(DEMO_EXPECTED);
  });

  it('审批局 had T08 printed 咨询费 as zero: the listed 款 is a warning', () => {
    // 咨询费 2.40 moved into 其他商品和服务支出 (39.54 + 2.40 = 41.94): the totals are unchanged.
    const unit = SHENPIJU_REPORT.unit;
    const basicEconomic = { ...unit.basicEconomic, '30203': '0', '30299': '41.94' };
    const result = checkChanged(SHENPIJU_REPORT, SHENPI_2022, { basicEconomic });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-missing-unit', '715.87'],
      ['warning', 'narrative-item-list', '咨询费'],
      ['error', 'narrative-year', '2022年'],
    ]);
  });

  it('组织部 had T08 printed 公用经费合计 290.00 (the 款 sum): 六 and 机关运行经费 both disagree', () => {
    // 公用经费合计 290.00 (302 272.72 + 310 17.28). 六 "公用经费289.99万元" restates T08 → error;
    // 十（一） "机关运行经费支出289.99万元" should equal it for a 行政单位 → warning. The growth stays
    // right: 35.56 / (289.99 + 35.56 = 325.55) = 10.92% → 10.9% (the text's own figures).
    const plants = ZUZHIBU_REPORT.plants
      .filter((p) => !(p.table === 'T08' && (p.row === 'publicTotal' || p.row === '302')))
      .concat([{ table: 'T08', row: '302', column: 'amount', value: 272.72 }, { table: 'T08', row: 'publicTotal', column: 'amount', value: 290 }]);
    const result = checkWorkbook(buildWorkbook(ZUZHIBU_REPORT.unit, { plants }).grids, { narrative: ZUZHIBU_2023 });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-share', '78.1%'],
      ['error', 'narrative-table-amount', '289.99万元'],
      ['warning', 'narrative-operating-cost', '289.99万元'],
    ]);
  });

  it('巴州 had T13 a 用车 budget of 6.00: the stated completion rates are then wrong, not 尾差', () => {
    // 4.81 / 6.00 = 80.17% (text 96.12%); 合计 5.91 / (6.00 + 1.27 = 7.27) = 81.29% (text 94.19%).
    // Far outside the rounding of the 万元 figures (95.9–96.4% / 94.1–94.4% for the real budgets).
    // 接待 1.1 / 1.27 keeps its 86.58% (inside the rounding, as in the real report).
    const unit = BAZHOU_REPORT.unit;
    const budget = { ...unit.sanGong.budget, vehicleOperation: '6.00' };
    const result = checkChanged(BAZHOU_REPORT, BAZHOU_2023, { sanGong: { ...unit.sanGong, budget } });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-missing-unit', '1889.05'],
      ['error', 'narrative-classification', '社会保障和就业（类）住房改革支出（款）住房公积金（项）'],
      ['error', 'narrative-completion', '94.19%'],
      ['warning', 'narrative-share', '81.38%'],
      ['error', 'narrative-completion', '96.12%'],
      ['warning', 'narrative-growth', '21.05%'],
    ]);
  });

  // A text-internal info on the same span (the class-sum 尾差) must not silence the table's error.
  it('组织部 read the other way (the 208 类 row printed 76.43, the 项 sum): 五（二）\'s 76.44 is wrong', () => {
    // The reconstruction prints 76.44 because 五（二） does (and its 类 add to 912.27, a 尾差 a
    // typist would not make); had T06 printed 76.43, the text's 76.44 would restate it wrongly. Its
    // share is unaffected: 76.43 / 912.26 = 8.378% → 8.4%.
    const plants = ZUZHIBU_REPORT.plants.filter((p) => p.row !== '208');
    const result = checkWorkbook(publishedWorkbook({ ...ZUZHIBU_REPORT, plants }).grids, { narrative: ZUZHIBU_2023 });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-share', '78.1%'],
      ['error', 'narrative-table-amount', '76.44万元'],
    ]);
  });

  // The missing-unit warning on 五（三）'s "715.87" must not silence the table's error on the same span.
  it('审批局 read the other way (tables printing exact sums 715.86 / 457.26 / 214.72): every restated total is wrong', () => {
    // No plants: 合计 715.86 = Σ 项, 基本支出 457.26, T08 公用经费合计 214.72 = Σ 款. Each 715.87,
    // 457.27 and 214.73 of the text then misses its cell by 0.01 万元 — one figure, no rounding
    // allowance. Rates recomputed from the tables still round to the text: 457.26 / 715.86 = 63.88%
    // → 64%, 294.81 / (715.86 − 294.81 = 421.05) = 70.02% → 70%, 50.01 / 164.71 = 30.36% → 30%.
    const result = checkWorkbook(buildWorkbook(SHENPIJU_REPORT.unit).grids, { narrative: SHENPI_2022 });
    const amount = (q: string): Serious => ['error', 'narrative-table-amount', q];
    expect(serious(result.findings)).toEqual([
      amount('715.87万元'), // 一 收、支总计: T01 总计 715.86
      amount('715.87万元'), // 二 本年收入合计: T01
      amount('715.87万元'), // 二 一般公共预算财政拨款收入: T01
      amount('715.87万元'), // 三 本年支出合计: T01/T03
      amount('457.27万元'), // 三 基本支出: T03 457.26
      amount('715.87万元'), // 四 财政拨款收、支总计: T04
      amount('715.87万元'), // 五（一）: T06 合计
      amount('715.87万元'), // 五（二）: T06 合计
      ['warning', 'narrative-missing-unit', '715.87'], // 五（三）, no unit …
      amount('715.87'), // … and not the table's 715.86 either
      amount('457.27万元'), // 六 基本支出: T06 457.26
      amount('214.73万元'), // 六 公用经费: T08 214.72
      ['warning', 'narrative-operating-cost', '214.73万元'], // 十（一） 机关运行经费 vs T08 公用经费合计
      ['error', 'narrative-year', '2022年'],
    ]);
  });

  it('审批局 had T08 no 绩效工资 (paid as 奖金) and no 303 money: both listed names are warnings', () => {
    // 30107 绩效工资 48.12 → 30103 奖金; 30305 生活补助 3.20 → 30199 其他工资福利支出 (12.50 + 3.20 =
    // 15.70): 人员经费 stays 242.54. "绩效工资" and "对个人和家庭的补助支出" (the 303 类) are then
    // listed but zero (warnings); 奖金 has money and is not listed (info, like 工会经费).
    const unit = SHENPIJU_REPORT.unit;
    const basicEconomic = { ...unit.basicEconomic, '30107': '0', '30103': '48.12', '30305': '0', '30199': '15.70' };
    const result = checkChanged(SHENPIJU_REPORT, SHENPI_2022, { basicEconomic });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-missing-unit', '715.87'],
      ['warning', 'narrative-item-list', '绩效工资'],
      ['warning', 'narrative-item-list', '对个人和家庭的补助支出'],
      ['error', 'narrative-year', '2022年'],
    ]);
    const unlisted = result.findings.filter((f) => f.rule === 'narrative-item-list' && f.severity === 'info').map((f) => f.message).join('\n');
    expect(unlisted).toContain('奖金');
    expect(unlisted).toContain('工会经费');
  });

  // A stated 完成预算 against a T13 budget of zero is a rate of nothing, not a skipped check.
  it('审批局 had T13 no 接待 budget: "完成预算100%" is then wrong (a rate of nothing)', () => {
    // T13 预算数 0, 决算数 1.38: 1.38 / 0 has no rate; the text's two 完成预算100% (七（一） and 3.)
    // claim a budget the table does not have. (七（二） 1. and 2. rightly say 年初未安排预算.)
    const result = checkChanged(SHENPIJU_REPORT, SHENPI_2022, { sanGong: receptionOnly('0', '1.38') });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-missing-unit', '715.87'],
      ['error', 'narrative-completion', '100%'], // 七（一） 1.38 / 0
      ['error', 'narrative-completion', '100%'], // 七（二） 3. 1.38 / 0
      ['error', 'narrative-year', '2022年'],
    ]);
  });

  // The 三公 completion is recomputed from T13 even when the text's own budget is wrong.
  it('组织部 had T13 a 接待 budget of 10.00: the stated budget and its 100% are both wrong', () => {
    // Text 预算 9.4 (twice) against T13 10.00; 完成预算 against T13 = 9.4 / 10.00 = 94%, not 100%
    // (the rule computes 三公 rates from T13). The 100% agrees with the text's own wrong budget,
    // but a reader who corrects 9.4 must correct 100% too.
    const result = checkChanged(ZUZHIBU_REPORT, ZUZHIBU_2023, { sanGong: receptionOnly('10', '9.4') });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-share', '78.1%'],
      ['error', 'narrative-table-amount', '9.4万元'], // 七（一） 预算
      ['error', 'narrative-completion', '100%'], // 七（一） 9.4 / 10.00 = 94%
      ['error', 'narrative-table-amount', '9.4万元'], // 七（二） 3. 预算
      ['error', 'narrative-completion', '100%'], // 七（二） 3. 94%
    ]);
  });

  // A 项 the tables do not have is zero there, not unverifiable.
  it('组织部 had T06 no 其他社会保障和就业支出 项 (its 0.74 booked under 死亡抚恤): both 五（三） items are wrong', () => {
    // 2080801 死亡抚恤 42.49 + 0.74 = 43.23 and no 2089999 row: 208 still adds to 76.43 (printed
    // 76.44), 六's 款 are unchanged. 五（三） 7. "支出决算为42.49万元" against T06 43.23 is wrong, and
    // 8. "支出决算为0.74万元" restates a 项 the table does not have (zero). Their 预算 are not in
    // the tables and their 完成100% agree with the text's own budgets.
    const items = ZUZHIBU_REPORT.unit.items
      .filter((i) => i.code !== '2089999')
      .map((i) => (i.code === '2080801' ? { ...i, gbBasic: '43.23' } : i));
    const result = checkChanged(ZUZHIBU_REPORT, ZUZHIBU_2023, { items });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-share', '78.1%'],
      ['error', 'narrative-table-amount', '42.49万元'], // 7. 决算: T06 2080801 43.23
      ['error', 'narrative-table-amount', '0.74万元'], // 8. 决算: no 2089999 in T06
    ]);
  });

  it('巴州 with its tables in 元 (the 元 behind the printed 万元): the text is right to the cent of 万元', () => {
    // In 元 a 合计 is the exact sum, so the published 尾差 become un-rounded 元 figures, here exactly
    // half-way: 合计 18,890,450 元 (1889.045万元 → 1889.05 half up), 基本支出 11,975,450 (1197.545 →
    // 1197.55), 30299 186,550 (18.655 → 18.66). The text restates them rounded to 万元 with two
    // decimals: right. (The 元 tables then miss their own identities by 50 and 150 元: not what this
    // test is about.)
    const yuan: Record<string, number> = { '1889.05': 18890450, '1197.55': 11975450, '18.66': 186550 };
    const plants = BAZHOU_REPORT.plants.map((p) => ({ ...p, value: yuan[String(p.value)] }));
    expect(plants.every((p) => p.value !== undefined)).toBe(true);
    const result = checkWorkbook(buildWorkbook(BAZHOU_REPORT.unit, { unit: '元', plants }).grids, { narrative: BAZHOU_2023 });
    expect(serious(result.findings)).toEqual(serious(checkWorkbook(publishedWorkbook(BAZHOU_REPORT).grids, { narrative: BAZHOU_2023 }).findings));
  });

  // A 项 the classification does not know (2059999, 2130799: named only by the workbook) that T06
  // does not have is zero when its 类 has no other 项 the text could be naming by another name;
  // and 五（二）'s 78.1%, a nudge for the text alone, is an error against the tables (82.9%).
  it('组织部 had T06 no 教育支出 (其他教育支出 44.2 booked under 行政运行): 五（二） and 五（三） are wrong', () => {
    // 2013201 行政运行 520.89 + 44.2 = 565.09, so 201 = 756.15 and there is no 205 row. 五（二）:
    // 711.95 vs 756.15; 78.1% vs 756.15 / 912.26 = 82.89% → 82.9%; 教育支出 44.2 vs nothing (0) and
    // its 4.8% vs 0%. 五（三）: 1. 520.89 vs 565.09; 4. 其他教育支出 44.2 vs nothing.
    const items = ZUZHIBU_REPORT.unit.items
      .filter((i) => i.code !== '2059999')
      .map((i) => (i.code === '2013201' ? { ...i, gbBasic: '565.09' } : i));
    const result = checkChanged(ZUZHIBU_REPORT, ZUZHIBU_2023, { items });
    expect(serious(result.findings)).toEqual([
      ['error', 'narrative-table-amount', '711.95万元'],
      ['error', 'narrative-share', '78.1%'],
      ['error', 'narrative-table-amount', '44.2万元'], // 五（二） 教育支出
      ['error', 'narrative-share', '4.8%'],
      ['error', 'narrative-table-amount', '520.89万元'], // 五（三） 1. 决算
      ['error', 'narrative-table-amount', '44.2万元'], // 五（三） 4. 决算
    ]);
  });

  // As above, for a 2022 项 written without （项）: 213's one remaining 项 (2130599) is item 8's.
  it('审批局 had T06 no 其他农村综合改革支出 (158.6 booked under 其他巩固脱贫衔接乡村振兴支出)', () => {
    // 2130599 100 + 158.6 = 258.6 and no 2130799 row; 213 stays 258.6. 五（三） 8. 100 vs 258.60,
    // 9. 158.6 vs nothing (0).
    const items = SHENPIJU_REPORT.unit.items
      .filter((i) => i.code !== '2130799')
      .map((i) => (i.code === '2130599' ? { ...i, gbProject: '258.6' } : i));
    const result = checkChanged(SHENPIJU_REPORT, SHENPI_2022, { items });
    expect(serious(result.findings)).toEqual([
      ['warning', 'narrative-missing-unit', '715.87'],
      ['error', 'narrative-table-amount', '100万元'],
      ['error', 'narrative-table-amount', '158.6万元'],
      ['error', 'narrative-year', '2022年'],
    ]);
  });
});
