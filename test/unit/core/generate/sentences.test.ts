import Decimal from 'decimal.js';
import { largestRemainder } from '../../../../src/core/amount/round';
import { DEFAULT_OPTIONS, generateNarrative, GenerateOptions } from '../../../../src/core/generate';
import { changeFigures, compareVerb, changeVerb, growthVerb } from '../../../../src/core/generate/sentences';
import { SectionWriter } from '../../../../src/core/generate/writer';
import { modelOf, sampleInputs } from './fixture';

const d = (s: string) => new Decimal(s);
const writer = (o: Partial<GenerateOptions> = {}) => new SectionWriter('t', 't', { ...DEFAULT_OPTIONS, ...o }, []);

describe('direction words follow the sign', () => {
  test.each([
    ['1', '增加', '增长'],
    ['-0.01', '减少', '下降'],
    ['0', '持平', '持平'],
  ])('change %s', (c, verb, growth) => {
    expect(changeVerb(d(c))).toBe(verb);
    expect(growthVerb(d(c))).toBe(growth);
  });
  test('大于/小于/等于', () => {
    expect(compareVerb(d('5.91'), d('6.27'))).toBe('小于');
    expect(compareVerb(d('7'), d('6.27'))).toBe('大于');
    expect(compareVerb(d('6.270'), d('6.27'))).toBe('等于');
  });
});

describe('change figures (growth divides by last year)', () => {
  test('the 巴州 sample: 1889.05 vs 1924.37', () => {
    expect(changeFigures(writer(), d('1889.05'), d('1924.37'))).toBe('减少35.32万元，下降1.84%');
  });
  test('a rise, with fixed decimals', () => {
    expect(changeFigures(writer({ amounts: 'fixed', shares: 'fixed2' }), d('222.18'), d('183.53'))).toBe('增加38.65万元，增长21.06%');
  });
  test('no rate when last year was zero', () => {
    expect(changeFigures(writer(), d('1.1'), d('0'))).toBe('增加1.1万元');
  });
});

describe('formatting options', () => {
  test('amounts trimmed or fixed', () => {
    expect(writer().amount(d('258.60'))).toBe('258.6');
    expect(writer().amount(d('100'))).toBe('100');
    expect(writer({ amounts: 'fixed' }).amount(d('258.6'))).toBe('258.60');
  });
  test('shares as in the samples or with two decimals', () => {
    expect(writer().share(d('691.5'), d('1889.05'))).toBe('36.61%');
    expect(writer().share(d('1889.05'), d('1889.05'))).toBe('100%');
    expect(writer({ shares: 'fixed2' }).share(d('1889.05'), d('1889.05'))).toBe('100.00%');
    expect(writer({ shares: 'fixed2' }).share(d('77.51'), d('1889.05'))).toBe('4.10%');
  });
  test('structure shares: computed or largest remainder to 100', () => {
    // 1/3 each: computed 33.33 ×3 = 99.99; largest remainder gives one of them 33.34.
    const parts = [d('1'), d('1'), d('1')];
    expect(writer().structureShares(parts, d('3'))).toEqual(['33.33%', '33.33%', '33.33%']);
    expect(writer({ structureShares: 'largest-remainder' }).structureShares(parts, d('3'))).toEqual(['33.34%', '33.33%', '33.33%']);
  });
});

describe('largestRemainder (round.ts)', () => {
  test('sums to the total', () => {
    const out = largestRemainder([d('87.4663'), d('5.7474'), d('2.6834'), d('4.1031')], d('100'), 2);
    expect(out.map((v) => v.toFixed(2))).toEqual(['87.47', '5.75', '2.68', '4.10']);
    expect(out.reduce((a, b) => a.plus(b), d('0')).toFixed(2)).toBe('100.00');
  });
  test('gives the missing unit to the largest remainder', () => {
    expect(largestRemainder([d('78.04'), d('4.845'), d('8.385'), d('1.44'), d('3.84'), d('3.46')], d('100'), 1).map(String)).toEqual([
      '78', '4.9', '8.4', '1.4', '3.8', '3.5',
    ]);
  });
});

describe('options on the whole text', () => {
  const model = modelOf();
  const inputs = sampleInputs(model);
  test('zero items omitted (national habit) drop the 0万元 lines', () => {
    const listed = generateNarrative(model, inputs, { zeroItems: 'list' }).text;
    const omitted = generateNarrative(model, inputs, { zeroItems: 'omit' }).text;
    expect(listed).toContain('政府性基金预算财政拨款收入0万元，占0%');
    expect(omitted).not.toContain('政府性基金预算财政拨款收入0万元');
    expect(omitted).toContain('2023年度本年收入合计1889.05万元，其中：一般公共预算财政拨款收入1889.05万元，占100%。');
    expect(omitted).not.toContain('因公出国（境）费');
  });
  test('六 without item amounts names the items only', () => {
    const text = generateNarrative(model, inputs, { basicItemAmounts: false }).text;
    expect(text).toContain('人员经费975.36万元，主要包括：基本工资、津贴补贴、奖金、');
    expect(text).toMatch(/其他商品和服务支出等。/);
  });
  test('fixed amounts print two decimals', () => {
    const text = generateNarrative(model, inputs, { amounts: 'fixed' }).text;
    expect(text).toContain('津贴补贴164.00万元');
  });
  test('the national order puts 预算绩效管理 at 十 and 其他重要事项 at 十一', () => {
    const national = modelOf(undefined, 'national');
    const headings = generateNarrative(national, sampleInputs(national)).sections.map((s) => s.heading);
    expect(headings.slice(9)).toEqual(['十、预算绩效管理情况', '十一、其他重要事项的情况说明']);
  });
  test('every paragraph with a table figure names its cells', () => {
    const g = generateNarrative(model, inputs);
    const overview = g.sections[0].paragraphs[0];
    expect(overview.cells.length).toBeGreaterThan(0);
    expect(overview.cells[0].sheet).toContain('收入支出决算总表');
  });
});
