import { CannotCheckError } from '../errors';
import { Finding } from '../findings/types';
import { Grid } from '../grid/types';
import { noTablesMessage } from '../model/noTables';
import { readWorkbook } from '../model/readWorkbook';
import { Figure, TwoSidedTable, WorkbookModel } from '../model/types';
import { displayTitle, TableId } from '../tables/catalog';
import { lineItem, lineAmount, t04CarryIn, t04CarryOut, t04CarryOutTotal } from '../model/query';
import { FUND, FUNDS, TOTAL_ROWS } from '../tables/lines';
import { compareAll, Comparison, Side } from './compare';
import { cellLabel } from './labels';
import { defineRule, Rule, RuleContext, TableRuleMeta } from './types';

/**
 * Across years (issue 12): this year's 年初结转和结余 is last year's 年末结转和结余, on T01 and per
 * fund on T04. Inferred: a balance can be adjusted after last year's report was published (an
 * accounting correction, a unit moved in or out), so a difference is a warning that says so.
 *
 * Last year's figures sit in another workbook, whose sheets usually have the same names as this
 * year's: a finding cites only this year's cells (the ones that can be changed here, and the ones
 * the pane can select) and names last year's cell in its message.
 */

/** Words naming last year's workbook in messages. */
export const PRIOR_WORKBOOK = '上年工作簿';


/**
 * Last year's workbook read into a model, refused when it cannot be last year's: no 决算 tables, or
 * a year the same as or later than this year's. The message is the user's (Chinese).
 */
export function readPriorModel(grids: readonly Grid[], current: WorkbookModel): WorkbookModel {
  const read = readWorkbook(grids, { profile: 'auto' });
  if (read.model.placements.length === 0) {
    throw new CannotCheckError(`${PRIOR_WORKBOOK}中没有找到决算附表，无法核对年初数：${noTablesMessage(read)}`, 'bad-prior');
  }
  const prior = read.model;
  if (prior.year !== null && current.year !== null && prior.year >= current.year) {
    const which = prior.year === current.year ? `与本年工作簿同为 ${current.year} 年度` : `是 ${prior.year} 年度的，晚于本年工作簿（${current.year} 年度）`;
    throw new CannotCheckError(
      `所选的${PRIOR_WORKBOOK}${which}，不是上一年度的决算。请选择 ${current.year - 1} 年度的决算工作簿作为上年工作簿（或不选上年工作簿）。`,
      'bad-prior',
    );
  }
  return prior;
}

/** Why the comparison with last year cannot be made at all, or null when it can. */
function yearGap(model: WorkbookModel, prior: WorkbookModel): string | null {
  if (model.year === null || prior.year === null || prior.year === model.year - 1) return null;
  return `${PRIOR_WORKBOOK}是 ${prior.year} 年度的，不是上一年度（${model.year - 1} 年度），年初数无法与之核对`;
}

/** Last year's figure for the comparison: its sheet marked as another workbook's, so the rounding
 * bound counts it as printed apart (rounded on its own) and no cell of it is taken for this year's. */
function priorFigure(f: Figure): Figure {
  return { ...f, cell: { ...f.cell, sheet: `${PRIOR_WORKBOOK}:${f.cell.sheet}` } };
}

function priorSide(table: TableId, label: string, f: Figure): Side {
  return { label: `${PRIOR_WORKBOOK} ${cellLabel(table, label)}`, plus: [priorFigure(f)] };
}

/** This year's cells only: last year's cannot be changed here and are not this workbook's. */
function ownCells(findings: readonly Finding[], stated: ReadonlyMap<string, Figure>): Finding[] {
  return findings.map((f) => {
    const cells = f.cells.filter((c) => !c.sheet.startsWith(`${PRIOR_WORKBOOK}:`));
    const suspect = cells.find((c) => stated.has(`${c.sheet}!${c.row}!${c.col}`));
    return { ...f, cells, ...(suspect ? { suspect } : {}) };
  });
}

interface CarryPair {
  readonly stated: Side;
  readonly expected: Side;
}

function acrossYearsRule<I extends string>(
  meta: Omit<TableRuleMeta<I>, 'severity' | 'certainty' | 'acrossYears'> & { readonly tables: readonly [TableId] },
  pairs: (t: TwoSidedTable, p: TwoSidedTable, ctx: RuleContext) => CarryPair[] | { missing: string[] },
): Rule<I> {
  const id = meta.tables[0];
  return defineRule({
    ...meta,
    certainty: 'inferred',
    acrossYears: true,
    check: (ctx, rule): Finding[] => {
      const { model, prior, notRun } = ctx;
      const t = model.tables[id] as TwoSidedTable | undefined;
      if (!prior || !t) return [];
      const p = prior.tables[id] as TwoSidedTable | undefined;
      if (!p) {
        notRun?.({ reason: `${PRIOR_WORKBOOK}中缺少“${displayTitle(id)}”` });
        return [];
      }
      const gap = yearGap(model, prior);
      if (gap) {
        notRun?.({ reason: gap });
        return [];
      }
      const built = pairs(t, p, ctx);
      if ('missing' in built) {
        notRun?.({ missingRows: { table: id, rows: built.missing } });
        return [];
      }
      if (built.length === 0) {
        notRun?.({ reason: `${PRIOR_WORKBOOK}的“${displayTitle(id)}”中未读到年末结转和结余` });
        return [];
      }
      const comparisons: Comparison[] = built.map(({ stated, expected }) => ({ rule, table: id, stated, expected }));
      const statedCells = new Map(built.flatMap(({ stated }) => stated.plus.map((f) => [`${f.cell.sheet}!${f.cell.row}!${f.cell.col}`, f] as const)));
      // Not observed by the suspects ranking: last year's figure is no cell of this workbook.
      return ownCells(compareAll(comparisons), statedCells);
    },
  });
}

export const ACROSS_YEARS_RULES = [
  acrossYearsRule(
    {
      id: 'prior-t01-carry',
      title: '收入支出决算总表：年初结转和结余等于上年年末结转和结余',
      doc:
        '给出上年决算工作簿时（命令行 check --prior 上年.xlsx，任务窗格的“上年工作簿”），本年收入支出决算总表的年初结转和结余，应等于上年收入支出决算总表的年末结转和结余。' +
        '上年决算公开后结余仍可能调整（如会计差错更正、单位划入划出），所以此关系为推断：不相符时提示核对，并在说明中写明调整原因。上年工作簿的年度与本年相同或更晚时拒绝核对；不是上一年度时不核对并说明原因。',
      identity: 'T01 年初结转和结余 = 上年 T01 年末结转和结余（推断，需上年工作簿）',
      tables: ['T01'],
    },
    (t, p) => {
      const carryIn = lineAmount(t.left, 'carryIn');
      if (!carryIn) return { missing: [TOTAL_ROWS.carryIn.name] };
      const carryOut = lineAmount(p.right, 'carryOut');
      if (!carryOut) return [];
      return [
        {
          stated: { label: cellLabel('T01', lineItem(t.left, 'carryIn')?.label || TOTAL_ROWS.carryIn.name), plus: [carryIn] },
          expected: priorSide('T01', lineItem(p.right, 'carryOut')?.label || TOTAL_ROWS.carryOut.name, carryOut),
        },
      ];
    },
  ),
  acrossYearsRule(
    {
      id: 'prior-t04-carry',
      title: '财政拨款收入支出决算总表：各项年初财政拨款结转和结余等于上年年末数',
      doc:
        '给出上年决算工作簿时，本年财政拨款收入支出决算总表中一般公共预算、政府性基金预算、国有资本经营预算财政拨款的年初结转和结余，应分别等于上年该表相应的年末结转和结余；' +
        '两年中有一年未分列三项时，比较年初、年末结转和结余的合计。此关系为推断（上年公开后结余仍可能调整），不相符时提示核对。',
      identity: 'T04 每项财政拨款 年初结转和结余 = 上年 T04 年末结转和结余（推断，需上年工作簿）',
      tables: ['T04'],
    },
    (t, p) => {
      const perFund: CarryPair[] = [];
      for (const fund of FUNDS) {
        const carryIn = t04CarryIn(t, fund);
        const carryOut = t04CarryOut(p, fund);
        if (!carryIn || !carryOut) continue;
        perFund.push({
          stated: { label: cellLabel('T04', `年初结转和结余（${FUND[fund].name}）`), plus: [carryIn] },
          expected: priorSide('T04', `年末结转和结余（${FUND[fund].name}）`, carryOut),
        });
      }
      if (perFund.length > 0) return perFund;
      const carryIn = lineAmount(t.left, 'carryIn');
      if (!carryIn) return { missing: ['年初财政拨款结转和结余'] };
      const carryOut = t04CarryOutTotal(p);
      if (!carryOut) return [];
      return [
        {
          stated: { label: cellLabel('T04', lineItem(t.left, 'carryIn')?.label || '年初财政拨款结转和结余'), plus: [carryIn] },
          expected: priorSide('T04', lineItem(p.right, 'carryOut')?.label || '年末财政拨款结转和结余', carryOut),
        },
      ];
    },
  ),
] as const;
