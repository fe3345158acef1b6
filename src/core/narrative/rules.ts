import { NarrativeRuleMeta } from './types';

/**
 * The narrative rules' metadata: the RuleMeta every rule kind declares (src/core/findings/rule.ts)
 * and what a 说明 check adds, so docs/rules.md can list them. `severity` is the worst a rule
 * reports; rounding slips within the rule are warnings and 尾差 notices are info. The id's literal
 * type is kept (NarrativeRuleId).
 */
function rule<I extends string>(id: I, title: string, severity: NarrativeRuleMeta['severity'], doc: string, identity: string): NarrativeRuleMeta<I> {
  return { id, title, severity, doc, identity, certainty: 'certain', certainWhen: CERTAIN_WHEN[id] };
}

/**
 * What makes each rule's error certain (issue 11 §3): every operand identified without doubt and
 * arithmetic that fails beyond the printed precision. Otherwise the rule reports a warning that
 * says what is uncertain, or nothing. Rendered into docs/rules.md.
 */
const CERTAIN_WHEN: Readonly<Record<string, string>> = {
  'narrative-share': '错误：占比紧跟其金额（同一句），整体为句中所指（占本年支出合计的…）或同句“其中”所属的合计，且按写出的小数位四舍五入、并计入金额尾差后仍不符。整体金额本身被判错时（分项之和与之不符），先按分项之和重算，重算后成立的不再报。某一金额换成元/万元后恰好成立的，报为单位错误。截尾为警告。',
  'narrative-share-sum': '错误：一组完整构成的各占比都无法单独核对（没有整体金额）且合计超出各占比四舍五入的允许范围。每项占比都能单独核对时不报。',
  'narrative-parts-sum': '错误：合计的各组成部分已知（收入八项、支出五项、“三公”三项、公务用车两项、政府采购三项、基本支出的人员经费与公用经费），列表只取这些部分，且列全（或各项占比合计为100%）或分项之和超过合计，在同一句“其中：”之后。分项不全、合计为未知项目、分项取自其他句子时为警告；单个“其中”只核对不超过合计。',
  'narrative-class-sum': '错误：五（二）的类金额与五（三）中同一类下各项金额（类由款的编码确定）之和相差超过尾差。',
  'narrative-change': '错误：同一句写出本年数和上年数（或“持平/无变化”而所比的上年数、预算数在文中或文中表格写明且唯一），差额不符。以预算为基数的增减不推算上年数；“持平”紧跟的是数量或比率时不按金额核对。上年数只能经合计的增减额推算（“三公”经费减少0.23万元，其余分项上年数已知、只差一项）时只报警告，并写明所依据的假设。',
  'narrative-growth': '错误：增长率与其增减额、本年数在同一句，或各自写明主语；句中写出上年数时以上年数为基数。本年数取自其他句子且主语为推断时为警告。以预算为基数的（与年初预算相比）按预算数计算。',
  'narrative-completion': '错误：预算数、决算数与完成率在同一分句（“；”之间）或括号内，预算口径（年初/调整）一致。预算数取自同段其他句子时为警告；口径不明的两种预算不比较。',
  'narrative-direction': '错误：方向词与同一分句的金额（决算与预算、本年与上年）相反；完成率本身有误时按金额判断。',
  'narrative-year': '错误：比较年份紧挨“与/比/较”写明且报告年度确定（标题或全文多数年份）：比较的不是上一年，或本年数写成别的年份。与本年度预算比较、注明的比较基年（如“2019年（疫情前）”）、占位文字中的年份不报。',
  'narrative-template': '错误：文中留有“【请填写…】”等占位或 XX、××、待填写等模板文字。',
  'narrative-missing-unit': '只报警告：金额未写单位。',
  'narrative-unit': '错误：按所写单位占比不成立，换成另一单位（元↔万元）后恰好成立。',
  'narrative-cross-section': '错误：两处金额都在自己的短语中写明同一主语（不是从上下文推断、不是“各为A、B”的成对列举），在两者都写出的精度上仍不相等。',
  'narrative-prior-year': '错误：两处由写明主语的增减额推算的同一项目上年数不一致（超出尾差）。主语未识别的不比较。',
  'narrative-classification': '错误：款名属于另一类（按科目表），或写出的编码与名称不符（名称在编码前后均可）。数量（如“214人次”）不作编码。',
  'narrative-table-amount': '错误：金额与其主语对应的表格单元格换算到同一单位、按两位小数四舍五入后不等。',
  'narrative-operating-cost': '只报警告：机关运行经费与公用经费合计不等（事业单位可能不适用）。',
  'narrative-item-list': '只报警告或提示。',
  'narrative-count': '只报警告：数量与对应金额一为零一不为零。',
  'narrative-count-list': '错误：“设N个…，分别为A、B、C”中紧跟列出的名称个数与N不等，且“和/及”无论是否分开两项都不等（以“等”结尾的不核对）；“包括/即”所列可能是类别，只报警告。',
  'narrative-missing-section': '只报警告：完整说明中缺少部分。',
  'narrative-odd-year': '只报警告：年份与报告年度相差很远。',
  'narrative-unverified': '只报提示。',
  'narrative-other-year': '错误：说明的报告年度由标题或全文多数年份确定，且与工作簿从表头读出的年度不同。',
  'narrative-other-unit': '错误：说明中能与附表对应的金额至少 10 个，其中六成以上与附表不符（逐个笔误不会这样多）。',
} satisfies Record<NarrativeRuleId, string>;

export const SHARE = rule('narrative-share', '说明：占比与金额不符', 'error',
  '占比 = 部分 ÷ 整体 × 100，整体为句中所指（占本年支出合计…）或句首的合计；有表格时也用表中对应单元格重算。按写出的小数位四舍五入相符即正确；截尾写法为警告；为使合计为100%而调整最大项为警告并说明调整。',
  'narrative.md §2 占比');
export const SHARE_SUM = rule('narrative-share-sum', '说明：结构占比合计不为100%', 'error',
  '一组构成（收入来源、支出结构、“三公”构成）的占比合计应为100%，允许各占比四舍五入的误差。', 'narrative.md §2 Σ占比 = 100');
export const PARTS_SUM = rule('narrative-parts-sum', '说明：分项之和与合计不符', 'error',
  '“其中：”“主要包括：”后列出的分项金额之和应等于前面的合计（同一量词的数量分项之和也应等于合计，如公务用车辆数）；在n×0.005万元以内为尾差提示。“主要包括”可以不列全，但不能超过合计。',
  'narrative.md §2 合计 = Σ分项');
export const CLASS_SUM = rule('narrative-class-sum', '说明：功能分类类级金额与项级明细不符', 'error',
  '五（二）各类金额应等于五（三）中该类下各项决算数之和。', 'T06 类 = Σ项');
export const CHANGE = rule('narrative-change', '说明：增减额与上年数不符', 'error',
  '增减额 = 本年数 − 上年数；文中给出上年数时据此核对。', 'narrative.md §2 增减额');
export const GROWTH = rule('narrative-growth', '说明：增长率计算错误', 'error',
  '增长率 = 增减额 ÷ 上年数 × 100，上年数 = 本年数 − 增减额（有表格时本年数取表中单元格）。用本年数作分母是常见错误。', 'narrative.md §2 增长率');
export const COMPLETION = rule('narrative-completion', '说明：预算完成率与金额不符', 'error',
  '完成预算 = 决算数 ÷ 预算数 × 100（“三公”经费的预算数与决算数取自“三公”经费支出决算表）；“决算数大于/小于/等于预算数”须与之一致。', 'narrative.md §2 完成预算');
export const DIRECTION = rule('narrative-direction', '说明：增减方向用词与数字不符', 'error',
  '增加/增长用于上升，减少/下降用于下降；大于/小于用于决算与预算之比。', 'narrative.md §2 方向词');
export const YEAR = rule('narrative-year', '说明：年份错误', 'error',
  '2023年度决算只与2022年度比较；本年数应写本年度。', 'narrative.md §3 年份');
export const TEMPLATE = rule('narrative-template', '说明：模板文字未替换', 'error',
  '“XX”“XXX”“××”“待填写”等模板占位文字未替换。', 'narrative.md §3 模板残留');
export const MISSING_UNIT = rule('narrative-missing-unit', '说明：金额缺少单位', 'warning',
  '金额后未写“万元”或“元”，读者无法确定单位；核对时按万元处理。', 'narrative.md §3 单位');
export const UNIT_SLIP = rule('narrative-unit', '说明：金额单位写错', 'error',
  '同一组计算中，一个金额按所写单位（元/万元）使占比不成立、换成另一单位后恰好成立（如元的段落中写“14,325.00万元”），判为单位写错，指出该金额；占比本身不再另报。',
  'narrative.md §3 单位');
export const CROSS_SECTION = rule('narrative-cross-section', '说明：同一数字前后不一致', 'error',
  '同一项目在不同部分（如一与四、三与六、五（一）与五（三））写出的金额应一致。', 'narrative.md §4 前后一致');
export const PRIOR_YEAR = rule('narrative-prior-year', '说明：上年数前后不一致', 'error',
  '由增减额推算的上年数（本年数 − 增减额）或明写的上年数，在各部分应一致；“三公”经费合计的上年数应等于各项上年数之和（允许尾差）。', 'narrative.md §2 上年数');
export const CLASSIFICATION = rule('narrative-classification', '说明：功能分类名称与层级不符', 'error',
  '类/款/项名称应与政府收支分类科目一致，款应属于所写的类（如“住房改革支出”款属于221住房保障支出类）。', 'tables.md §5');
export const TABLE_AMOUNT = rule('narrative-table-amount', '说明：金额与表格不符', 'error',
  '说明中复述表格的金额（收支总计、各项收入支出、功能分类类/款/项、人员经费/公用经费及经济分类款、“三公”经费预算与决算、政府性基金和国有资本经营预算支出）换算为文中单位并按两位小数四舍五入后，应与对应单元格相等；258.6万元与258.60相符。只按文中较少的小数位相符（如1889万元对1889.05万元）为提示。',
  'narrative.md §1 各部分复述的表格数字');
export const OPERATING_COST = rule('narrative-operating-cost', '说明：机关运行经费与公用经费不符', 'warning',
  '行政单位（含参照公务员法管理的事业单位）的机关运行经费等于一般公共预算财政拨款基本支出决算表的公用经费合计；不等时提示核对（事业单位不涉及机关运行经费）。同句的增减额、增长率按文中金额推算不符、换成公用经费合计后全部相符时为错误（文字自相矛盾，只有表中数字能使其一致），由此推算的增长率不再另报。',
  'narrative.md §1 十 机关运行经费');
export const ITEM_LIST = rule('narrative-item-list', '说明：所列经济分类项目与基本支出表不符', 'warning',
  '六中“人员经费/公用经费……主要包括：”所列项目：写了金额的与基本支出决算表核对；只列名称的，表中该项应有支出（列出但为零为警告）；表中有支出却未列出的项目作为提示列出。',
  'narrative.md §1 六');
export const COUNT_MONEY = rule('narrative-count', '说明：数量与金额不符', 'warning',
  '数量（辆、批次、人次、次、人）与对应金额应同为零或同不为零：购置公务用车0辆则公务用车购置费为0，因公出国（境）团组、人数与出国费，接待批次、人次与接待费同理（金额取“三公”经费支出决算表或文中所写）。一为零一不为零为警告；两者都不为零时数量无从核对。数量的分项（其中：轿车0辆、越野车0辆…）之和应等于合计，见 narrative-parts-sum。',
  'narrative.md §2 数量');
export const COUNT_LIST = rule('narrative-count-list', '说明：数量与所列名称个数不符', 'error',
  '“设N个内设机构，分别为A、B、C”：紧跟“分别为/分别是/包括/为：”列出的名称（以顿号分隔、括号内不拆分，最后一项中的“和/及”可能分开两项也可能属于名称，以“等”结尾的不核对）个数应等于N。',
  'narrative.md §2 数量');
export const MISSING_SECTION = rule('narrative-missing-section', '说明：缺少部分内容', 'warning',
  '完整的情况说明（有“第二部分……情况说明”标题且已写出至少五个部分）应有一至十各部分（四川模板；全国模板另有十一）。已写出的部分之间缺号的列出；写到七以后的，缺少的后续部分也列出（只写到五、六的按节选处理）。可能是漏写或编号错误。',
  'narrative.md §1 各部分');
export const ODD_YEAR = rule('narrative-odd-year', '说明：年份可疑', 'warning',
  '文中出现与报告年度相差很远的年份（如2023年度说明中的“2002年”），可能是笔误；明示的比较基年（如“2019年（疫情前）”）除外。',
  'narrative.md §3 年份');
export const UNVERIFIED = rule('narrative-unverified', '说明：未核对的数字', 'info',
  '未能与表格或文中其他数字核对的数字，列出供人工查看。', 'narrative.md §4 覆盖率');

export const OTHER_YEAR = rule('narrative-other-year', '说明：与工作簿不是同一年度', 'error',
  '说明标题（或全文多数年份）所说的报告年度与工作簿的年度不同：多半是配错了文件，或沿用了别的年度的说明。此时不与附表逐项核对（逐项不符没有意义），只报这一条和文字本身的检查。',
  'narrative.md §3 年份');

export const OTHER_UNIT = rule('narrative-other-unit', '说明：与工作簿不是同一单位（或同一版本）', 'error',
  '说明中复述附表的金额大多（六成以上，至少 10 个可对应时）与附表不符：多半是另一单位的说明，或说明与附表不是同一版本。此时只报这一条，不逐项列出不符的金额，文字本身的检查照常。',
  'narrative.md §1 各部分复述的表格数字');

export const NARRATIVE_RULES = [
  SHARE, SHARE_SUM, PARTS_SUM, CLASS_SUM, CHANGE, GROWTH, COMPLETION, DIRECTION, YEAR, TEMPLATE,
  MISSING_UNIT, UNIT_SLIP, CROSS_SECTION, PRIOR_YEAR, CLASSIFICATION, TABLE_AMOUNT, OPERATING_COST, ITEM_LIST, COUNT_MONEY, COUNT_LIST, MISSING_SECTION, ODD_YEAR, UNVERIFIED,
  OTHER_YEAR, OTHER_UNIT,
] as const;

/** Every 说明 rule's id: a misspelt id (in CERTAIN_WHEN, a test) does not compile. */
export type NarrativeRuleId = (typeof NARRATIVE_RULES)[number]['id'];
