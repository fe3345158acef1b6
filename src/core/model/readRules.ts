import { CellRef } from '../grid/cellRef';
import { Finding } from '../findings/types';
import { RuleId, RuleMeta } from '../findings/rule';
import { TableId } from '../tables/catalog';

/**
 * Problems met while reading the workbook. They are findings like any rule's, so docs/rules.md
 * lists them. What a rule says sits here beside its metadata (title, severity, doc and the
 * message the reader's finding carries); where it fires is the reading itself (readContext.ts,
 * the table readers, readWorkbook.ts, rules/coverage.ts for missing total rows), which hands a
 * rule what it saw and never writes a message of its own. Each is certain: it states what the
 * workbook holds (an error value, a missing table, a header not recognised).
 */
export interface ReadRule<I extends string = string, P = never> extends RuleMeta<I> {
  /** The finding's Chinese message from what the reader saw. */
  readonly message: (p: P) => string;
  /** The finding: this rule's id and severity, its message, the cells (most likely culprit first). */
  readonly finding: (p: P, cells: readonly CellRef[], table?: TableId) => Finding;
}

function readRule<const I extends string, P>(meta: RuleMeta<I> & { readonly message: (p: P) => string }): ReadRule<I, P> {
  return {
    ...meta,
    // The type of a rule cannot name ReadRuleId (the list that defines it is built from the rules);
    // readContext's report takes only READ_RULES' rules, and a test checks every rule is listed.
    finding: (p, cells, table) => ({ rule: meta.id as string as RuleId, severity: meta.severity, message: meta.message(p), cells, ...(table ? { table } : {}) }),
  };
}

export const CELL_ERROR = readRule({
  id: 'read-cell-error',
  title: '金额单元格是错误值',
  severity: 'error',
  certainty: 'certain',
  doc: '金额单元格里是 Excel 错误值（如 #REF!、#DIV/0!），该数按 0 读取，涉及它的勾稽关系不再校验。请修正公式或引用。',
  message: (p: { table: string; cell: string; error: string }) =>
    `${p.table} ${p.cell} 是错误值 ${p.error}，无法参与校验。`,
});

export const CELL_TEXT = readRule({
  id: 'read-cell-text',
  title: '金额单元格不是数字',
  severity: 'error',
  certainty: 'certain',
  doc: '金额单元格里是无法识别为金额的文字。空白、“-”“—”与 0.00 都表示零，千分位、全角数字和括号负数可以识别；其他文字按 0 读取，涉及它的勾稽关系不再校验。',
  message: (p: { table: string; cell: string; text: string }) =>
    `${p.table} ${p.cell} 应为金额，但写的是“${p.text.length > 30 ? `${p.text.slice(0, 30)}…` : p.text}”，无法参与校验。`,
});

export const MISSING_TABLE = readRule({
  id: 'read-missing-table',
  title: '缺少附表',
  severity: 'error',
  certainty: 'certain',
  doc: '按所选表套（四川十三张表或全国九张表）应有的附表在工作簿中没有找到。表套中的每张表都必须公开（没有数据的表保留表样并注明“本表无数据”），所以缺表是错误。附表按前几行的表名识别，其次按工作表名称识别。',
  message: (p: { table: string; profile: string }) =>
    `未找到“${p.table}”（${p.profile}中应有），相关校验不进行。`,
});

export const DUPLICATE_TABLE = readRule({
  id: 'read-duplicate-table',
  title: '附表重复',
  severity: 'warning',
  certainty: 'certain',
  doc: '同一张附表出现在多个工作表中，只读取第一个，其余不参与校验。',
  message: (p: { table: string; sheets: readonly string[] }) =>
    `“${p.table}”出现在 ${p.sheets.length} 个工作表（${p.sheets.map((s) => `“${s}”`).join('、')}），只读取“${p.sheets[0]}”。`,
});

export const EXTRA_TABLE = readRule({
  id: 'read-extra-table',
  title: '未纳入校验的附表',
  severity: 'info',
  certainty: 'certain',
  doc: '工作表像是决算附表（如 2021 年四川表套中单列的政府性基金“三公”经费表），但不属于当前表套，未参与校验。',
  /** outsideProfile: the profile's name when the table belongs to another profile; null when it is none of the thirteen. */
  message: (p: { sheet: string; title: string; outsideProfile: string | null }) =>
    `工作表“${p.sheet}”的“${p.title}”${p.outsideProfile !== null ? `不属于${p.outsideProfile}` : '不是十三张决算附表之一（如 2021 年单列的政府性基金“三公”经费表）'}，未参与校验。`,
});

export const UNIT_MISSING = readRule({
  id: 'read-unit-missing',
  title: '未写明金额单位',
  severity: 'info',
  certainty: 'certain',
  doc: '表头附近没有“金额单位：万元”或“单位：元”一类的说明，按万元读取。',
  message: (p: { table: string; sheet: string }) =>
    `“${p.table}”（工作表“${p.sheet}”）没有写明金额单位，按万元读取。`,
});

export const UNRECOGNISED_COLUMN = readRule({
  id: 'read-unrecognised-column',
  title: '无法识别的金额列',
  severity: 'info',
  certainty: 'certain',
  doc: '表头文字无法对应到该表的标准栏目，这一列的数字已读取但不参与勾稽校验。',
  /** header: the column's header path ('' when it has none: the column letter is shown instead). */
  message: (p: { table: string; column: string; header: string; against: 'standard' | 'sanGong' | 'duplicate' }) => {
    const header = p.header || `${p.column} 列`;
    return p.against === 'duplicate'
      ? `${p.table} ${p.column} 列（表头“${header}”）与前面的列重复，未参与校验。`
      : `${p.table} ${p.column} 列（表头“${header}”）无法对应到${p.against === 'sanGong' ? '“三公”经费' : '标准'}栏目，未参与校验。`;
  },
});

export const UNRECOGNISED_ROW = readRule({
  id: 'read-unrecognised-row',
  title: '无法识别的行',
  severity: 'info',
  certainty: 'certain',
  doc: '有金额的行既没有科目编码，也不是合计或已知的项目名称，未参与校验。',
  message: (p: { table: string; row: number; label: string }) =>
    `${p.table} 第 ${p.row} 行${p.label ? `（“${p.label}”）` : ''}有数字，但没有科目编码，也不是合计行，未参与校验。`,
});

export const UNKNOWN_LINE = readRule({
  id: 'read-unknown-line',
  title: '总表中有未知的行',
  severity: 'warning',
  certainty: 'certain',
  doc: '收入支出决算总表或财政拨款收入支出决算总表中有金额的一行，行名不是已知的项目（各年度模板的行名与功能分类类名都已收录），其金额无法计入合计的核对。提示中列出该行和可能受影响的勾稽关系；请核对行名是否与模板一致。',
  message: (p: { table: string; row: number; label: string; affected: string }) =>
    `${p.table} 第 ${p.row} 行“${p.label}”不是已知的项目，其金额未计入校验，可能影响：${p.affected}。请核对行名是否与模板一致。`,
});

export const NO_DATA = readRule({
  id: 'read-no-data',
  title: '未读到表格数据',
  severity: 'warning',
  certainty: 'certain',
  doc: '找到了表名，但没有读到表头或数据行（例如表格被截断或版式无法识别），该表不参与校验。',
  message: (p: { table: string; sheet: string }) =>
    `找到了“${p.table}”（工作表“${p.sheet}”），但没有读到表头或数据行，该表不参与校验。`,
});

export const MISSING_ROWS = readRule({
  id: 'read-missing-rows',
  title: '缺少合计行，勾稽关系无法核对',
  severity: 'warning',
  certainty: 'certain',
  doc: '表中未读到某些勾稽关系必需的合计行（如收入支出决算总表的“本年收入合计”“总计”、各编码表的“合计”、基本支出决算表的“人员经费合计”“公用经费合计”），用到这些行的关系（含表间关系）无法核对，绝不把缺少的行当作零比较。提示中列出缺少的行和受影响的勾稽关系（还比较其他行的关系注明“涉及该行的部分”）；请确认表格完整、行名与模板一致。',
  message: (p: { table: string; sheet: string; rows: readonly string[]; identities: readonly string[] }) =>
    `“${p.table}”（工作表“${p.sheet}”）中未读到${p.rows.map((r) => `“${r}”`).join('、')}行，以下 ${p.identities.length} 项勾稽关系无法核对：${p.identities.join('；')}。`,
});

export const HIDDEN_SHEET = readRule({
  id: 'read-hidden-sheet',
  title: '附表在隐藏工作表上',
  severity: 'info',
  certainty: 'certain',
  doc: '附表所在的工作表被隐藏。它照常参与校验，但公开时请确认是否应当显示。',
  message: (p: { table: string; sheet: string }) =>
    `“${p.table}”所在的工作表“${p.sheet}”是隐藏的，照常参与校验。`,
});

export const TABLE_FAILED = readRule({
  id: 'read-table-failed',
  title: '附表读取失败',
  severity: 'error',
  certainty: 'certain',
  doc: '读取这张附表时遇到了意外情况，该表不参与校验。请把工作簿反馈给开发者。',
  message: (p: { table: string; sheet: string }) =>
    `读取“${p.table}”（工作表“${p.sheet}”）时遇到意外情况，该表不参与校验。请把工作簿反馈给开发者。`,
});

/** Every read rule, in the order docs/rules.md lists them. */
export const READ_RULES = [
  CELL_ERROR,
  CELL_TEXT,
  MISSING_TABLE,
  DUPLICATE_TABLE,
  EXTRA_TABLE,
  UNIT_MISSING,
  UNRECOGNISED_COLUMN,
  UNRECOGNISED_ROW,
  UNKNOWN_LINE,
  NO_DATA,
  MISSING_ROWS,
  HIDDEN_SHEET,
  TABLE_FAILED,
] as const;

/** Every read rule's id: a finding the reader reports under a misspelt id does not compile. */
export type ReadRuleId = (typeof READ_RULES)[number]['id'];
