import { Finding } from '../findings/types';
import { CellRef } from '../grid/cellRef';
import { CodedTable, Figure, TwoSidedTable, WorkbookModel } from '../model/types';
import { TableId } from '../tables/catalog';
import { nonZero } from '../model/query';
import { FUND, FUND_OWN_TABLES, FundWithOwnTables } from '../tables/lines';
import { t04FundFigures, t04FundIsZero } from './between/funds';
import { INFERRED_NOTE } from './compare';
import { address, title } from './labels';
import { defineRule } from './types';

/**
 * Empty-fund rule (tables.md §4): where T04's 政府性基金 (国有资本) column is zero, T10 (T11, T12)
 * must hold no figures and should say so in a note (…故本表无数据 / …故本表为空表).
 * A missing note is only a notice: the tables still agree, the reader is just not told why.
 */
const FUND_TABLES: readonly (readonly [FundWithOwnTables, TableId])[] = (Object.keys(FUND_OWN_TABLES) as FundWithOwnTables[]).flatMap((fund) =>
  FUND_OWN_TABLES[fund].map((id) => [fund, id] as const),
);

const EMPTY_NOTE = /无数据|空表|没有|无.{0,12}(收入|支出|收支)|未发生|不涉及/;

function tableFigures(t: CodedTable): Figure[] {
  const out: Figure[] = [];
  if (t.total) out.push(...Object.values(t.total.values));
  for (const r of t.rows) out.push(...Object.values(r.values));
  return out;
}

function zeroFundTables(model: WorkbookModel): { fund: FundWithOwnTables; t04: TwoSidedTable; table: CodedTable }[] {
  const t04 = model.tables.T04;
  if (!t04) return [];
  const out: { fund: FundWithOwnTables; t04: TwoSidedTable; table: CodedTable }[] = [];
  for (const [fund, id] of FUND_TABLES) {
    const table = model.tables[id] as CodedTable | undefined;
    if (table && t04FundIsZero(t04, fund)) out.push({ fund, t04, table });
  }
  return out;
}

function t04Anchor(t04: TwoSidedTable, fund: FundWithOwnTables): CellRef | undefined {
  return t04FundFigures(t04, fund)[0]?.cell;
}

export const EMPTY_FUND_RULES = [
  defineRule({
    id: 'empty-fund-figures',
    title: '无政府性基金（国有资本经营）财政拨款时相应表应为空表',
    doc: '财政拨款收入支出决算总表中政府性基金预算（国有资本经营预算）财政拨款一栏全部为零时，政府性基金预算财政拨款收入支出决算表（国有资本经营预算财政拨款收入支出决算表、国有资本经营预算财政拨款支出决算表）不应有任何非零数。一个表只报告一次，列出其全部非零单元格。此关系为推断。',
    identity: 'Empty-fund rule: T04 政府性基金 (国有资本) column zero ⇒ T10 (T11, T12) hold no figures（推断）',
    certainty: 'inferred',
    tables: ['T04'],
    check: ({ model }, rule): Finding[] => {
      const out: Finding[] = [];
      for (const { fund, t04, table } of zeroFundTables(model)) {
        const figs = tableFigures(table).filter((f) => nonZero(f) && f.invalid === undefined);
        if (figs.length === 0) continue;
        const anchor = t04Anchor(t04, fund);
        const shown = figs.slice(0, 5).map((f) => address(f.cell)).join('、');
        out.push({
          rule: rule.id,
          severity: rule.severity,
          table: table.id,
          cells: [...figs.map((f) => f.cell), ...(anchor ? [anchor] : [])],
          message:
            `${title('T04')}中${FUND[fund].name}一栏全部为零，但${title(table.id)}有 ${figs.length} 个非零数` +
            `（${shown}${figs.length > 5 ? ' 等' : ''}），该表应为空表${INFERRED_NOTE}`,
        });
      }
      return out;
    },
  }),
  defineRule({
    id: 'empty-fund-note',
    title: '空表应注明本年度无数据',
    doc: '政府性基金预算（国有资本经营预算）财政拨款为零、相应表为空表时，表下应有说明，如“注：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。”缺少说明时提示。',
    identity: 'Empty-fund rule: the empty T10 (T11, T12) should carry the empty-table note',
    certainty: 'inferred',
    severity: 'info',
    tables: ['T04'],
    check: ({ model }, rule): Finding[] => {
      const out: Finding[] = [];
      for (const { table } of zeroFundTables(model).filter((z) => !tableFigures(z.table).some(nonZero))) {
        if (table.note && EMPTY_NOTE.test(table.note)) continue;
        const cell = table.noteCell ?? table.titleCell;
        out.push({
          rule: rule.id,
          severity: rule.severity,
          table: table.id,
          cells: cell ? [cell] : [],
          message: `${title(table.id)}为空表，但表下没有“本年度无数据（空表）”之类的说明，建议补充，如“注：本单位本年度没有相关收入和支出，故本表无数据。”`,
        });
      }
      return out;
    },
  }),
] as const;
