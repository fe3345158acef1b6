import { RuleMeta } from '../findings/rule';

/**
 * Problems met while reading the workbook. They are findings like any rule's, so docs/rules.md
 * lists them; their checks live in the reader, not in rules/. Each is certain: it states what the
 * workbook holds (an error value, a missing table, a header not recognised).
 */
export const READ_RULES = [
  {
    id: 'read-cell-error',
    title: '金额单元格是错误值',
    severity: 'error',
    certainty: 'certain',
    doc: '金额单元格里是 Excel 错误值（如 #REF!、#DIV/0!），该数按 0 读取，涉及它的勾稽关系不再校验。请修正公式或引用。',
  },
  {
    id: 'read-cell-text',
    title: '金额单元格不是数字',
    severity: 'error',
    certainty: 'certain',
    doc: '金额单元格里是无法识别为金额的文字。空白、“-”“—”与 0.00 都表示零，千分位、全角数字和括号负数可以识别；其他文字按 0 读取，涉及它的勾稽关系不再校验。',
  },
  {
    id: 'read-missing-table',
    title: '缺少附表',
    severity: 'error',
    certainty: 'certain',
    doc: '按所选表套（四川十三张表或全国九张表）应有的附表在工作簿中没有找到。表套中的每张表都必须公开（没有数据的表保留表样并注明“本表无数据”），所以缺表是错误。附表按前几行的表名识别，其次按工作表名称识别。',
  },
  {
    id: 'read-duplicate-table',
    title: '附表重复',
    severity: 'warning',
    certainty: 'certain',
    doc: '同一张附表出现在多个工作表中，只读取第一个，其余不参与校验。',
  },
  {
    id: 'read-extra-table',
    title: '未纳入校验的附表',
    severity: 'info',
    certainty: 'certain',
    doc: '工作表像是决算附表（如 2021 年四川表套中单列的政府性基金“三公”经费表），但不属于当前表套，未参与校验。',
  },
  {
    id: 'read-unit-missing',
    title: '未写明金额单位',
    severity: 'info',
    certainty: 'certain',
    doc: '表头附近没有“金额单位：万元”或“单位：元”一类的说明，按万元读取。',
  },
  {
    id: 'read-unrecognised-column',
    title: '无法识别的金额列',
    severity: 'info',
    certainty: 'certain',
    doc: '表头文字无法对应到该表的标准栏目，这一列的数字已读取但不参与勾稽校验。',
  },
  {
    id: 'read-unrecognised-row',
    title: '无法识别的行',
    severity: 'info',
    certainty: 'certain',
    doc: '有金额的行既没有科目编码，也不是合计或已知的项目名称，未参与校验。',
  },
  {
    id: 'read-unknown-line',
    title: '总表中有未知的行',
    severity: 'warning',
    certainty: 'certain',
    doc: '收入支出决算总表或财政拨款收入支出决算总表中有金额的一行，行名不是已知的项目（各年度模板的行名与功能分类类名都已收录），其金额无法计入合计的核对。提示中列出该行和可能受影响的勾稽关系；请核对行名是否与模板一致。',
  },
  {
    id: 'read-no-data',
    title: '未读到表格数据',
    severity: 'warning',
    certainty: 'certain',
    doc: '找到了表名，但没有读到表头或数据行（例如表格被截断或版式无法识别），该表不参与校验。',
  },
  {
    id: 'read-missing-rows',
    title: '缺少合计行，勾稽关系无法核对',
    severity: 'warning',
    certainty: 'certain',
    doc: '表中未读到某些勾稽关系必需的合计行（如收入支出决算总表的“本年收入合计”“总计”、各编码表的“合计”、基本支出决算表的“人员经费合计”“公用经费合计”），用到这些行的关系（含表间关系）无法核对，绝不把缺少的行当作零比较。提示中列出缺少的行和受影响的勾稽关系（还比较其他行的关系注明“涉及该行的部分”）；请确认表格完整、行名与模板一致。',
  },
  {
    id: 'read-hidden-sheet',
    title: '附表在隐藏工作表上',
    severity: 'info',
    certainty: 'certain',
    doc: '附表所在的工作表被隐藏。它照常参与校验，但公开时请确认是否应当显示。',
  },
  {
    id: 'read-table-failed',
    title: '附表读取失败',
    severity: 'error',
    certainty: 'certain',
    doc: '读取这张附表时遇到了意外情况，该表不参与校验。请把工作簿反馈给开发者。',
  },
] as const satisfies readonly RuleMeta[];

/** Every read rule's id: a finding the reader reports under a misspelt id does not compile. */
export type ReadRuleId = (typeof READ_RULES)[number]['id'];

export const READ_RULE_BY_ID = Object.fromEntries(READ_RULES.map((r) => [r.id, r])) as Readonly<Record<ReadRuleId, RuleMeta<ReadRuleId>>>;
