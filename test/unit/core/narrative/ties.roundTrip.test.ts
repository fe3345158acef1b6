import { generateNarrative, GenerateOptions } from '../../../../src/core/generate';
import { checkNarrative, coverage } from '../../../../src/core/narrative';
import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT } from '../../../fixtures/generator';
import { modelOf, sampleInputs } from '../generate/fixture';

/**
 * The generated 说明 checked against the workbook it was written from: every figure the tables
 * hold ties to its cell, and no writing option makes a tie fail (issue #5 with the model).
 */
const UNITS = { SAMPLE_UNIT, FUNDS_UNIT, EMPTY_FUNDS_UNIT };

const OPTION_SETS: Record<string, Partial<GenerateOptions>> = {
  defaults: {},
  fixed: { shares: 'fixed2', amounts: 'fixed' },
  largestRemainder: { structureShares: 'largest-remainder', zeroItems: 'omit' },
  namesOnly: { basicItemAmounts: false },
};

describe.each(Object.keys(LAYOUT_VARIANTS))('layout %s', (variant) => {
  test.each(Object.keys(UNITS))('%s: every tie holds', (unitName) => {
    const model = modelOf(UNITS[unitName as keyof typeof UNITS], variant);
    const result = checkNarrative(generateNarrative(model, sampleInputs(model)).text, model);
    expect(result.ties.filter((t) => t.status !== 'ok')).toEqual([]);
    // 一…九 restate the tables: most of their money figures are tied to cells.
    const money = result.claims.filter((c) => (c.measure === 'amount' || c.measure === 'budget') && c.section !== null && c.section < 10);
    const tied = new Set(result.ties.map((t) => t.claim));
    expect(money.filter((c) => tied.has(c.id)).length).toBeGreaterThan(money.length * 0.7);
    expect(result.findings.filter((f) => f.rule === 'narrative-item-list')).toEqual([]);
    expect(coverage(result).tied).toBe(result.ties.length);
  });
});

test.each(Object.keys(OPTION_SETS))('writing options %s: no error, no warning but a named share adjustment', (name) => {
  for (const unit of Object.values(UNITS)) {
    for (const variant of ['default', 'yuan']) {
      const model = modelOf(unit, variant);
      const result = checkNarrative(generateNarrative(model, sampleInputs(model), OPTION_SETS[name]).text, model);
      // Shares adjusted to sum to 100 are a warning that names the adjustment (narrative.md §2), by the user's choice.
      const adjusted = (m: string) => name === 'largestRemainder' && /最大余额法/.test(m);
      const serious = result.findings
        .filter((f) => f.severity !== 'info' && !(f.rule === 'narrative-share' && adjusted(f.message)))
        .map((f) => `${unit.entity} ${variant}: ${f.message}`);
      expect(serious).toEqual([]);
      expect(result.ties.filter((t) => t.status !== 'ok')).toEqual([]);
    }
  }
});

/**
 * The same 说明 as other provinces word it: each rewording keeps every figure and its meaning, so
 * the check against the tables must stay clean (no error, no warning) whatever the wording.
 */
const REWORDINGS: Record<string, (t: string) => string> = {
  较上年: (t) => t.replace(/与20\d\d年度相比，/g, '较上年'),
  同比: (t) => t.replace(/与20\d\d年度相比，/g, '同比'),
  '上升/降低': (t) => t.replace(/增长/g, '上升').replace(/下降/g, '降低'),
  '收入总计…，支出总计…': (t) => t.replace(/收、支总计均为([\d.,]+万元)/g, '收入总计$1，支出总计$1'),
  'ASCII punctuation': (t) => t.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')'),
  'PDF wrap every 31 characters': (t) => t.split('\n').map((l) => l.replace(/(.{31})/g, '$1\n')).join('\n'),
  'spaces around numbers': (t) => t.replace(/(\d[\d.,]*)/g, ' $1 '),
  本年度: (t) => t.replace(/20\d\d年度(?=收|本年|一般|财政|“)/g, '本年度'),
  '较…年度决算数': (t) => t.replace(/与(20\d\d)年度相比，/g, '较$1年度决算数'),
  '增幅为/降幅为': (t) => t.replace(/，增长([\d.]+%)/g, '，增幅为$1').replace(/，下降([\d.]+%)/g, '，降幅为$1'),
  所占比重为: (t) => t.replace(/，占([\d.]+%)/g, '，所占比重为$1'),
  '增加了/减少了': (t) => t.replace(/减少(\d)/g, '减少了$1').replace(/增加(\d)/g, '增加了$1'),
  'full-width digits': (t) => t.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  'thousands separators': (t) => t.replace(/(\d)(\d{3})(\.\d+万元)/g, '$1,$2$3'),
  'a line break inside 万元': (t) => t.replace(/万元/g, '万\n元'),
};

describe.each(Object.keys(UNITS))('%s reworded', (unitName) => {
  const model = modelOf(UNITS[unitName as keyof typeof UNITS]);
  const text = generateNarrative(model, sampleInputs(model)).text;
  test.each(Object.keys(REWORDINGS))('%s: no error or warning', (name) => {
    const reworded = REWORDINGS[name](text);
    expect(reworded).not.toBe(text); // the rewording applies
    const bad = checkNarrative(reworded, model, { listUnverified: false }).findings.filter((f) => f.severity !== 'info');
    expect(bad.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
