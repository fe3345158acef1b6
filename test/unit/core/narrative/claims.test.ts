import { extractClaims, segment } from '../../../../src/core/narrative';

function claimsOf(text: string) {
  return extractClaims(segment(text)).map((c) => ({
    subject: c.subject,
    measure: c.measure,
    value: c.value.toString(),
    decimals: c.decimals,
    unit: c.unit,
    text: text.slice(c.span.start, c.span.end),
    ...(c.whole ? { whole: c.whole } : {}),
  }));
}

describe('extractClaims', () => {
  it('reads several claims of one sentence, keeping the written precision', () => {
    const text = '三、支出决算情况说明\n2023年度本年支出合计1889.05万元，其中：基本支出1197.55万元，占63.39%；项目支出691.5万元，占36.6%。';
    expect(claimsOf(text)).toEqual([
      { subject: 'expenditureTotal', measure: 'amount', value: '1889.05', decimals: 2, unit: '万元', text: '1889.05万元' },
      { subject: 'expenditure.basic', measure: 'amount', value: '1197.55', decimals: 2, unit: '万元', text: '1197.55万元' },
      { subject: 'expenditure.basic', measure: 'share', value: '63.39', decimals: 2, unit: '%', text: '63.39%' },
      { subject: 'expenditure.project', measure: 'amount', value: '691.5', decimals: 1, unit: '万元', text: '691.5万元' },
      { subject: 'expenditure.project', measure: 'share', value: '36.6', decimals: 1, unit: '%', text: '36.6%' },
    ]);
  });

  it('signs changes and growth by their verbs and names the whole of a share', () => {
    const text = '五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出1889.05万元，占本年支出合计的100%。与2022年度相比，一般公共预算财政拨款支出减少35.32万元，下降1.84%。';
    const cs = claimsOf(text);
    expect(cs[1]).toMatchObject({ measure: 'share', whole: 'expenditureTotal', subject: 'generalBudget.expenditure' });
    expect(cs[2]).toMatchObject({ measure: 'change', value: '-35.32', subject: 'generalBudget.expenditure' });
    expect(cs[3]).toMatchObject({ measure: 'growth', value: '-1.84', subject: 'generalBudget.expenditure' });
  });

  it('reads thousands separators, 元 and 亿元, counts, and skips thresholds and years', () => {
    const text = '七、三公\n接待费5,836元，共1.2亿元。国内公务接待6批次，91人次。截至2023年12月31日，单位共有公务用车1辆，单价100万元以上专用设备0台（套）。';
    const cs = claimsOf(text);
    expect(cs.map((c) => [c.value, c.unit, c.measure])).toEqual([
      ['5836', '元', 'amount'],
      ['1.2', '亿元', 'amount'],
      ['6', '批次', 'count'],
      ['91', '人次', 'count'],
      ['1', '辆', 'count'],
      ['0', '台（套）', 'count'],
    ]);
    expect(cs[2].subject).toBe('sanGong.receptionDomestic');
    expect(cs[3].subject).toBe('sanGong.receptionDomestic');
    expect(cs[4].subject).toBe('vehicles.held') // 共有: the fleet held;
  });

  it('resolves 经济分类 names in 六 and 三公 names elsewhere', () => {
    const six = claimsOf('六、一般公共预算财政拨款基本支出决算情况说明\n公用经费222.18万元，主要包括：公务接待费1.1万元、其他交通费26.1万元。');
    expect(six.map((c) => c.subject)).toEqual(['public', 'econ:30217', 'econ:30239']);
    const seven = claimsOf('七、三公\n3.公务接待费支出1.1万元，完成预算86.58%。');
    expect(seven.map((c) => c.subject)).toEqual(['sanGong.reception', 'sanGong.reception']);
  });

  it('reads 功能分类 name paths, budget and actual', () => {
    const text = '五、一般公共预算\n1.一般公共服务支出（类）组织事务（款）行政运行（项）:全年预算为520.89万元，支出决算为520.89万元，完成全年预算的100%。';
    expect(claimsOf(text).map((c) => [c.subject, c.measure])).toEqual([
      ['func:2013201', 'budget'],
      ['func:2013201', 'amount'],
      ['func:2013201', 'completion'],
    ]);
  });
});
