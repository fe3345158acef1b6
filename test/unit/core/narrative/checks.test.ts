import { checkNarrative, NARRATIVE_RULES } from '../../../../src/core/narrative';

const HEAD = '第二部分 2023年度部门决算情况说明\n';

function problems(body: string) {
  const text = HEAD + body;
  return checkNarrative(text, undefined, { listUnverified: false }).findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    quote: f.narrative!.quote,
    message: f.message,
  }));
}

describe('narrative checks on planted mistakes', () => {
  it('accepts a correct 一', () => {
    expect(problems('一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。与2022年度相比，收、支总计各减少35.32万元，下降1.84%。')).toEqual([]);
  });

  it('says when a growth rate was divided by this year', () => {
    // 35.32 / 1889.05 = 1.87% (wrong base); 35.32 / 1924.37 = 1.84%.
    const p = problems('一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。与2022年度相比，收、支总计各减少35.32万元，下降1.87%。');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ rule: 'narrative-growth', severity: 'error', quote: '1.87%' });
    expect(p[0].message).toContain('本年数');
    expect(p[0].message).toContain('1.84%');
  });

  it('flags the shares of a complete structure that do not add up to 100% when none can be checked alone', () => {
    const shares = (a: string, b: string, c: string) =>
      problems(`七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算2万元，占${a}；公务用车购置及运行维护费支出决算3万元，占${b}；公务接待费支出决算4万元，占${c}。`);
    expect(shares('20%', '30%', '40%')).toEqual([
      {
        rule: 'narrative-share-sum',
        severity: 'error',
        quote: '20%；公务用车购置及运行维护费支出决算3万元，占30%；公务接待费支出决算4万元，占40%',
        message: '各项占比合计为90%，应为100%（允许的四舍五入误差为1.5个百分点）。',
      },
    ]);
    expect(shares('22.2%', '33.3%', '44.4%').filter((p) => p.rule === 'narrative-share-sum')).toEqual([]);
  });

  it('names an amount written in the wrong unit when the share holds only in the other unit', () => {
    const p = problems('三、支出决算情况说明\n2023年度本年支出合计3,000,000.00元，其中：基本支出1,000,000.00万元，占33.33%。');
    expect(p.filter((x) => x.rule === 'narrative-unit')).toEqual([
      {
        rule: 'narrative-unit',
        severity: 'error',
        quote: '1,000,000.00万元',
        message: '基本支出写作1,000,000.00万元，但33.33%的占比只有按“1,000,000.00元”计算才成立，单位应为元。',
      },
    ]);
    expect(p.some((x) => x.rule === 'narrative-share')).toBe(false);
  });

  it('flags a growth word that contradicts the change word', () => {
    const p = problems('一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。与2022年度相比，收、支总计各减少35.32万元，增长1.84%。');
    expect(p.map((x) => [x.rule, x.quote])).toEqual([['narrative-direction', '1.84%']]);
  });

  it('checks a change against an explicit prior-year figure and its direction', () => {
    const p = problems('十、其他\n2023年度机关运行经费支出222.18万元，与2022年度250.00万元相比增加27.82万元。');
    expect(p.map((x) => [x.rule, x.quote])).toEqual([['narrative-direction', '27.82万元']]);
    const q = problems('十、其他\n2023年度机关运行经费支出222.18万元，与2022年度200.00万元相比增加27.82万元。');
    expect(q.map((x) => [x.rule, x.quote])).toEqual([['narrative-change', '27.82万元']]);
  });

  it('flags 大于 for a completion under 100%', () => {
    const p = problems('七、三公\n2023年度“三公”经费财政拨款支出决算为5.91万元，完成预算94.19%。决算数大于预算数的主要原因是厉行节约。');
    expect(p.map((x) => [x.rule, x.quote])).toEqual([['narrative-direction', '决算数大于']]);
  });

  it('checks 完成预算 against a stated budget', () => {
    const p = problems('七、三公\n2023年度“三公”经费财政拨款支出预算为10万元，支出决算为9.4万元，完成预算的96%。');
    expect(p.map((x) => [x.rule, x.severity, x.quote])).toEqual([['narrative-completion', 'error', '96%']]);
  });

  it('flags a wrong share, a structure that does not add up and shares not summing to 100', () => {
    const wrong = problems('三、支出决算情况说明\n2023年度本年支出合计1000万元，其中：基本支出600万元，占65%；项目支出400万元，占40%。');
    expect(wrong.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '65%']]);
    const parts = problems('三、支出决算情况说明\n2023年度本年支出合计1000万元，其中：基本支出600万元，占60%；项目支出300万元，占30%。');
    // 上缴上级支出、经营支出… are not listed and the shares add to 90%: the missing 100万元 may be
    // theirs, so the text alone makes this a warning (with the tables the T03 tie decides).
    expect(parts.map((x) => [x.rule, x.severity])).toEqual([['narrative-parts-sum', 'warning']]);
    expect(parts[0].message).toContain('少100万元');
    const sum = problems('七、三公\n2023年度“三公”经费财政拨款支出决算为10万元。\n2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算2万元，占20%；公务接待费支出决算8万元，占80.4%。');
    expect(sum.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '80.4%']]);
  });

  it('flags the same figure stated differently in two sections, and inconsistent prior years', () => {
    const p = problems(
      '三、支出决算情况说明\n2023年度本年支出合计900万元，其中：基本支出600万元，占66.67%；项目支出300万元，占33.33%。\n' +
        '五、一般公共预算\n（一）总体情况\n2023年度一般公共预算财政拨款支出900万元，占本年支出合计的100%。\n' +
        '六、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出610万元。',
    );
    expect(p.map((x) => [x.rule, x.quote])).toEqual([['narrative-cross-section', '610万元']]);
    const prior = problems(
      '一、总体\n2023年度“三公”经费财政拨款支出决算为5.91万元，较上年度减少0.05万元，下降0.84%。\n' +
        '七、三公\n2023年度“三公”经费财政拨款支出决算为5.91万元，较上年度减少0.15万元，下降2.48%。',
    );
    expect(prior.map((x) => [x.rule, x.quote])).toEqual([['narrative-prior-year', '0.15万元']]);
  });

  it('flags wrong years and leftover template text', () => {
    const p = problems('一、总体\n2022年度收、支总计均为100万元。与2021年度相比，收、支总计各增加XX万元。');
    expect(p.map((x) => [x.rule, x.quote])).toEqual([
      ['narrative-year', '2022年'],
      ['narrative-year', '2021年'],
      ['narrative-template', 'XX'],
    ]);
  });

  it('flags a printed code whose name does not match', () => {
    const p = problems('五、一般公共预算\n住房保障支出2210201提租补贴31.56万元。');
    expect(p.map((x) => [x.rule, x.severity])).toEqual([['narrative-classification', 'error']]);
    expect(p[0].message).toContain('住房公积金');
  });

  it('lists unverifiable figures as info and counts coverage', () => {
    const r = checkNarrative(HEAD + '八、政府性基金\n2023年度政府性基金预算财政拨款支出12万元。');
    expect(r.figures).toBe(1);
    expect(r.verified).toBe(0);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['narrative-unverified', 'info']]);
  });

  it('declares every rule it reports', () => {
    const ids = new Set(NARRATIVE_RULES.map((r) => r.id));
    expect(ids.size).toBe(NARRATIVE_RULES.length);
    for (const r of NARRATIVE_RULES) expect(r.title).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('unfinished and incomplete text (issue 11 §6)', () => {
  const head = '第二部分 2023年度部门决算情况说明\n';
  const section = (n: string, body = '本年无此项内容。') => `${n}、情况说明\n${body}\n`;
  // Bodies without figures: the no-figures warning (its own test) is not what these are about.
  const rules = (text: string) =>
    checkNarrative(text).findings.filter((f) => f.severity !== 'info' && f.rule !== 'narrative-no-figures').map((f) => [f.rule, f.severity, f.narrative!.quote]);

  it('a gap between the sections written is a warning naming it', () => {
    const text = head + ['一', '二', '四', '五', '六', '七', '八', '九', '十'].map((n) => section(n)).join('');
    expect(rules(text)).toEqual([['narrative-missing-section', 'warning', '第二部分 2023年度部门决算情况说明']]);
    expect(checkNarrative(text).findings.find((f) => f.rule === 'narrative-missing-section')!.message).toContain('第三部分');
  });

  it('an excerpt that stops at 五 is not asked for 六 to 十', () => {
    expect(rules(head + ['一', '二', '三', '四', '五'].map((n) => section(n)).join(''))).toEqual([]);
  });

  it('an unfilled placeholder is an error; a year far from the report year a warning', () => {
    const text = head + section('一', '2023年度收、支总计均为100万元。与2022年度相比，【请填写：增减情况】。本单位2002年成立的档案室已撤销。');
    expect(rules(text)).toEqual([
      ['narrative-template', 'error', '【请填写：增减情况】'],
      ['narrative-odd-year', 'warning', '2002年'],
    ]);
  });
});

describe('one rounding bound for text and tables', () => {
  const text = (unit: string, whole: string, part: string) =>
    `三、支出决算情况说明\n2023年度本年支出合计${whole}${unit}。基本支出${part}${unit}，占本年支出合计的33.34%。`;
  it('a share of 万元 figures within their rounding is a 尾差 notice; the same share of 元 figures is an error', () => {
    const wan = checkNarrative(text('万元', '300.00', '100.00')).findings.filter((f) => f.rule === 'narrative-share');
    expect(wan.map((f) => f.severity)).toEqual(['info']);
    const yuan = checkNarrative(text('元', '3,000,000.00', '1,000,000.00')).findings.filter((f) => f.rule === 'narrative-share');
    expect(yuan.map((f) => f.severity)).toEqual(['error']);
  });
});
