import { checkNarrative } from '../../../../src/core/narrative';

/**
 * Kinds of real wording that used to give false errors on unseen reports (issue 11 review). Each
 * kind has its correct wording (no error) and the same wording with a real mistake (still found),
 * so the fix is a mechanism that tells the two apart, not a silenced rule.
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n';

function errors(body: string) {
  return checkNarrative(HEAD + body, undefined, { listUnverified: false }).findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ rule: f.rule, quote: f.narrative!.quote, message: f.message }));
}
function warnings(body: string) {
  return checkNarrative(HEAD + body, undefined, { listUnverified: false }).findings
    .filter((f) => f.severity === 'warning')
    .map((f) => ({ rule: f.rule, quote: f.narrative!.quote, message: f.message }));
}

const ONE = '一、收入支出决算总体情况说明\n2023年度收、支总计均为1000.00万元。\n';

describe('a qualifier before a generic total names another total', () => {
  it.each([
    ['财政拨款收入总计', '三、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计800.00万元，财政拨款支出总计800.00万元。'],
    ['一般公共预算财政拨款收、支总计', '四、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款收、支总计均为700.00万元。'],
    ['政府采购支出总计', '八、政府采购支出情况说明\n2023年度政府采购支出总计50.00万元。'],
    ['事业单位经营收支总计', '二、收入决算情况说明\n本年收入合计900.00万元。事业单位经营收支总计30.00万元。'],
    ['财政拨款收入合计', '三、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入合计780.00万元。'],
  ])('%s is not the unit’s 收、支总计', (_kind, body) => {
    expect(errors(ONE + body)).toEqual([]);
  });

  it('the unit’s own total still disagrees across sections', () => {
    const e = errors(`${ONE}二、收入决算情况说明\n本单位2023年度收入总计1100.00万元。`);
    expect(e).toHaveLength(1);
    expect(e[0].rule).toBe('narrative-cross-section');
  });

  it('a bare total continuing a qualified one keeps its qualifier (财政拨款收入总计…，支出总计…)', () => {
    expect(errors(`${ONE}四、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计800.00万元，支出总计800.00万元。\n三、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收、支总计均为800.00万元。`)).toEqual([]);
    const e = errors(`${ONE}四、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计800.00万元，支出总计810.00万元。\n三、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收、支总计均为800.00万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-cross-section']);
    expect(e[0].quote).toBe('810.00万元');
  });

  it('财政拨款收、支总计 stated twice differently is still found', () => {
    const e = errors(`${ONE}三、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收、支总计均为800.00万元。\n四、一般公共预算财政拨款支出决算情况说明\n财政拨款收入总计810.00万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-cross-section']);
  });
});

describe('持平 speaks of the figure before it', () => {
  const SEVEN = '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n';
  it.each([
    ['a count', '2023年度公务接待费支出10.00万元，上年决算数8.00万元。公务接待费接待25批次，与上年持平。'],
    ['a rate', '2023年度公务接待费支出10.00万元，上年决算数8.00万元。公务接待费完成率与上年持平。'],
  ])('%s after a money figure is not judged against the money', (_kind, body) => {
    expect(errors(SEVEN + body)).toEqual([]);
  });

  it('the budget base it names: 年初 or 调整', () => {
    expect(errors(`${SEVEN}2023年度公务接待费年初预算为10.00万元，调整预算为12.00万元，支出决算为12.00万元，与调整预算持平。`)).toEqual([]);
    expect(errors(`${SEVEN}2023年度公务接待费调整预算为12.00万元，年初预算为10.00万元，支出决算为10.00万元，与年初预算持平。`)).toEqual([]);
  });

  it('a money 持平 that does not hold is still found', () => {
    const e = errors(`${SEVEN}2023年度公务接待费预算为10.00万元，支出决算为12.00万元，与预算持平。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-change']);
  });
});

describe('years named on purpose are not slips', () => {
  it.each([
    ['last year’s figure after this year’s', `一、收入支出决算总体情况说明\n2023年度收、支总计均为1000.00万元，2022年度收、支总计均为900.00万元，增加100.00万元。`],
    ['a reason dated last year', `${ONE}主要原因是2022年度单位搬迁，本年恢复正常。`],
    ['next year’s budget', `${ONE}2024年度部门预算安排将进一步压减一般性支出。`],
    ['参与 is not a comparison', `${ONE}本单位参与2023年度全省绩效评价。`],
    ['a comparison with the 部门预算', `${ONE}与2023年度部门预算相比，增加100.00万元。`],
  ])('%s', (_kind, body) => {
    expect(errors(body)).toEqual([]);
  });

  it('a year slip at the head of a statement is still found', () => {
    const e = errors('一、收入支出决算总体情况说明\n2023年度收、支总计均为1000.00万元，与2022年度相比增加100.00万元。\n二、收入决算情况说明\n2022年度本年收入合计900.00万元。');
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].quote).toBe('2022年');
  });

  it('last year’s figure read as last year’s: a wrong change against it is found', () => {
    const e = errors('一、收入支出决算总体情况说明\n2023年度收、支总计均为1000.00万元，上年收、支总计均为900.00万元，增加90.00万元。');
    expect(e.map((x) => x.rule)).toContain('narrative-change');
  });

  it('上年结转 is this year’s opening balance, not last year’s figure', () => {
    const e = errors('二、收入决算情况说明\n本年收入合计900.00万元，上年结转和结余100.00万元，较上年增加10.00万元，增长10%。');
    expect(e.map((x) => x.rule)).not.toContain('narrative-prior-year');
  });
});

describe('counted lists', () => {
  it('和 inside the last name may or may not split it', () => {
    expect(errors('十、其他重要事项的情况说明\n本单位设3个内设机构，分别为办公室、财务科和人事科。')).toEqual([]);
    expect(errors('十、其他重要事项的情况说明\n本单位设2个内设机构，分别为办公室、人事和教育科。')).toEqual([]);
  });

  it('a count no reading gives is an error', () => {
    const e = errors('十、其他重要事项的情况说明\n本单位设5个内设机构，分别为办公室、财务科、人事科。');
    expect(e.map((x) => x.rule)).toEqual(['narrative-count-list']);
  });

  it('a 包括 list may name kinds: a warning at most', () => {
    const body = '十、其他重要事项的情况说明\n本单位下属5个单位，包括行政单位、事业单位。';
    expect(errors(body)).toEqual([]);
    expect(warnings(body).map((x) => x.rule)).toEqual(['narrative-count-list']);
  });
});

describe('code before the name', () => {
  const FIVE = '五、一般公共预算财政拨款支出决算具体情况\n';
  it('213（类）农林水支出 is read with the name after the code', () => {
    expect(errors(`${FIVE}2023年度一般公共预算财政拨款支出100.00万元，主要用于213（类）农林水支出80.00万元，占80%；201（类）一般公共服务支出20.00万元，占20%。`)).toEqual([]);
  });

  it('a real 类 name beside the wrong code is still found', () => {
    const e = errors(`${FIVE}2023年度一般公共预算财政拨款支出100.00万元，主要用于213（类）教育支出80.00万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-classification']);
    expect(e[0].message).toContain('农林水支出');
  });
});

describe('lists of three and more after 分别为', () => {
  it('zips every name with its figure and share', () => {
    expect(errors('三、支出决算情况说明\n本年支出合计900.00万元，其中：基本支出、项目支出、经营支出分别为600.00万元、250.00万元、50.00万元，分别占66.67%、27.78%、5.56%。')).toEqual([]);
  });

  it('a wrong share in the list is found against its own amount', () => {
    const e = errors('三、支出决算情况说明\n本年支出合计900.00万元，其中：基本支出、项目支出、经营支出分别为600.00万元、250.00万元、50.00万元，分别占66.67%、26.78%、5.56%。');
    expect(e.map((x) => x.rule)).toEqual(['narrative-share']);
    expect(e[0].quote).toBe('26.78%');
  });

  it('names it cannot tell apart give the figures no subject', () => {
    expect(errors('二、收入决算情况说明\n本年收入合计900.00万元，其中：财政拨款收入、事业收入、其他收入分别为700.00万元、150.00万元、50.00万元。')).toEqual([]);
  });
});

describe('direction words stay with their rate', () => {
  const FIVE = '五、一般公共预算财政拨款支出决算具体情况\n';
  it('a later sentence about another item is not the rate’s', () => {
    expect(errors(`${FIVE}1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算为50.00万元，支出决算为60.00万元，完成年初预算的120%。机关服务支出决算小于预算数，主要原因是节约。`)).toEqual([]);
  });

  it('the sentence right after that explains the rate is still read', () => {
    const e = errors(`${FIVE}1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算为50.00万元，支出决算为60.00万元，完成年初预算的120%。决算数小于预算数的主要原因是节约。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-direction']);
    expect(e[0].message).toContain('“小于”');
  });
});

describe('持平 through the total', () => {
  const SEVEN = '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n';
  const body = (flatOf: string) => `${SEVEN}2023年度“三公”经费支出决算为1.72万元，较上年减少0.23万元。其中因公出国（境）费0万元，公务用车购置及运行维护费0万元，公务接待费1.72万元。\n因公出国（境）费支出决算与2022年持平。公务接待费支出决算${flatOf}。`;

  it('last year’s part follows from the total’s change: 持平 is a warning that says so', () => {
    const w = warnings(body('与2022年度持平'));
    expect(w.map((x) => x.rule)).toEqual(['narrative-change']);
    expect(w[0].message).toContain('1.95万元');
    expect(w[0].message).toContain('除非上年公务用车购置及运行维护费');
    expect(errors(body('与2022年度持平'))).toEqual([]);
  });

  it('a 持平 the total allows is not judged wrong', () => {
    const text = `${SEVEN}2023年度“三公”经费支出决算为1.72万元，较上年减少0.23万元。其中因公出国（境）费0万元，公务用车购置及运行维护费0.23万元，公务接待费1.49万元。\n公务用车购置及运行维护费支出决算比2022年度减少0.23万元。因公出国（境）费支出决算与2022年持平。公务接待费支出决算与2022年度持平。`;
    expect(warnings(text).filter((x) => x.rule === 'narrative-change')).toEqual([]);
  });

  it('a total its own parts contradict gives nothing to derive from', () => {
    const text = `${SEVEN}2023年度“三公”经费支出决算为2.72万元，较上年减少0.23万元。其中因公出国（境）费0万元，公务用车购置及运行维护费0万元，公务接待费1.72万元。\n公务接待费支出决算与2022年度持平。`;
    expect(warnings(text).filter((x) => x.rule === 'narrative-change')).toEqual([]);
  });

  // The part's change stands in a sentence of its own that names nobody (…其中：公务用车购置费0万元，
  // 运行维护费4.81万元。比2022年度减少0.17万元): when it gives the part exactly the last-year figure
  // 持平 needs, nothing contradicts the 持平; when it does not, the warning stays.
  const parts = (change: string) => `${SEVEN}2023年度“三公”经费支出决算为5.91万元，与2022年度相比减少0.05万元。其中因公出国（境）费0万元，公务用车购置及运行维护费4.81万元，公务接待费1.1万元。\n1.因公出国（境）费支出决算为0万元，与2022年度相比无增减变动。\n2.公务用车购置及运行维护费支出决算为4.81万元，其中：公务用车购置费0万元，公务用车运行维护费4.81万元。${change}\n3.公务接待费支出决算为1.1万元，比2022年度增加0.12万元。`;
  it('a change no subject was found for that fits the 持平 leaves it be', () => {
    expect(warnings(parts('比2022年度减少0.17万元。'))).toEqual([]);
    expect(errors(parts('比2022年度减少0.17万元。'))).toEqual([]);
  });
  it('one that does not fit leaves the warning, in words that name the item', () => {
    const w = warnings(parts('比2022年度减少0.27万元。'));
    expect(w.map((x) => x.rule)).toEqual(['narrative-change']);
    expect(w[0].message).toContain('上年因公出国（境）费应为');
    expect(w[0].message).not.toContain('支出决算为应为');
  });
});

describe('完成预算X万元的p%: the budget is the item’s', () => {
  const SEVEN = '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n';
  const text = (change: string, rate = '96.2%') => `${SEVEN}公务用车购置及运行维护费支出4.81万元，完成预算5万元的${rate}，比2022年度的4.98万元${change}，下降3.41%。公务接待费支出1.1万元，完成预算1.27万元的86.61%，比2022年度增加0.12万元，增长12.24%。`;
  it('the rate, last year’s figure, change and growth after it stay with the item', () => {
    expect(errors(text('减少0.17万元'))).toEqual([]);
    expect(warnings(text('减少0.17万元'))).toEqual([]);
  });
  it('a wrong change or a wrong completion rate is still found', () => {
    expect(errors(text('减少0.71万元')).map((e) => [e.rule, e.quote])).toEqual([['narrative-change', '0.71万元']]);
    expect(errors(text('减少0.17万元', '69.2%')).map((e) => [e.rule, e.quote])).toEqual([['narrative-completion', '69.2%']]);
  });
});

describe('rate words', () => {
  it('增幅 goes up and 降幅 goes down', () => {
    expect(errors(`一、收入支出决算总体情况说明\n2023年度收、支总计均为1100.00万元，较上年增加100.00万元，增幅为10%。`)).toEqual([]);
    expect(errors(`一、收入支出决算总体情况说明\n2023年度收、支总计均为900.00万元，较上年减少100.00万元，降幅为10%。`)).toEqual([]);
    const e = errors(`一、收入支出决算总体情况说明\n2023年度收、支总计均为900.00万元，较上年减少100.00万元，增幅为10%。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-direction']);
  });
});
