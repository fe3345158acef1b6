import { Finding } from '../../findings/types';
import { ClassRow, CodedTable, Figure } from '../../model/types';
import { TableId } from '../../tables/catalog';
import { classTree, propertyKey } from '../../model/query';
import { Comparison, compareEmitted } from '../compare';
import { CellSide, title } from '../labels';
import { Certainty, defineRule, Rule, RuleMeta } from '../types';

/**
 * 合计 = Σ类, 类 = Σ款, 款 = Σ项 for every money column of a coded table (tables.md §4).
 * Each printed row is compared with its printed children only, so one wrong 项 breaks one
 * identity (its 款) per column, and one wrong 类 breaks two (合计 and its own 款).
 */
const LEVEL_NAME: Record<number, string> = { 1: '类', 2: '款', 3: '项' };

function partsName(children: readonly ClassRow[]): string {
  const levels = new Set(children.map((c) => c.level));
  return levels.size === 1 ? `其下各${LEVEL_NAME[children[0].level]}之和` : '其下各科目之和';
}

function rootsName(roots: readonly ClassRow[]): string {
  return roots.every((r) => r.level === 1) ? '各类之和' : '各最高级科目之和';
}

function figures(rows: readonly ClassRow[], key: string | number): Figure[] {
  // Counted first: an array of the exact length (a pushed one reserves more).
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].values[key]) n++;
  const out = new Array<Figure>(n);
  n = 0;
  for (let i = 0; i < rows.length; i++) {
    const f = rows[i].values[key];
    if (f) out[n++] = f;
  }
  return out;
}

/** Each comparison handed to `emit` as it is made: a long table's are never all held at once. */
function classSumComparisons(rule: RuleMeta, id: TableId, table: CodedTable, emit: (c: Comparison) => void): void {
  const tree = classTree(table.rows);
  // Each parent's parts worded once, not once per column; its own words only for a finding.
  const parents: { row: ClassRow; kids: readonly ClassRow[]; parts: string }[] = [];
  for (const [row, kids] of tree.children) parents.push({ row, kids, parts: partsName(kids) });
  for (const col of table.columns) {
    const key = propertyKey(col.key);
    const totalFig = table.total?.values[key];
    if (totalFig && tree.roots.length > 0) {
      emit({
        rule,
        table: id,
        stated: new CellSide(id, '合计', col.path, totalFig, table.unit),
        expected: { label: rootsName(tree.roots), plus: figures(tree.roots, key), unit: table.unit },
      });
    }
    for (const p of parents) {
      const fig = p.row.values[key];
      if (!fig) continue;
      emit({
        rule,
        table: id,
        stated: new CellSide(id, p.row, col.path, fig, table.unit),
        expected: { label: p.parts, plus: figures(p.kids, key), unit: table.unit },
      });
    }
  }
}

function classSumsRule<I extends string>(ruleId: I, id: TableId, certainty: Certainty, extraDoc = ''): Rule<I> {
  return defineRule({
    id: ruleId,
    title: `${title(id)}：合计与类、款、项逐级相加`,
    doc:
      `${title(id)}每个金额列中，合计行应等于各类之和，每个类应等于其下各款之和，每个款应等于其下各项之和` +
      `（只与表中实际列出的下级科目相加，最末级为表中最细的科目）。${extraDoc}`,
    identity: `${id}: 合计 = Σ类, 类 = Σ款, 款 = Σ项（每个金额列）`,
    certainty,
    tables: [id],
    // Without the 合计 row the 类 = Σ款 and 款 = Σ项 parts still run.
    totals: [{ table: id }],
    partialWithoutTotals: true,
    check: ({ model, observe }, rule): Finding[] => {
      const table = model.tables[id] as CodedTable | undefined;
      if (!table) return [];
      return compareEmitted((emit) => classSumComparisons(rule, id, table, emit), observe);
    },
  });
}

export const CLASS_SUM_RULES = [
  classSumsRule('t02-class-sums', 'T02', 'certain'),
  classSumsRule('t03-class-sums', 'T03', 'certain'),
  classSumsRule('t05-class-sums', 'T05', 'certain', '按功能分类列示时适用；按经济分类转置列示时同样逐级相加。'),
  classSumsRule('t06-class-sums', 'T06', 'certain'),
  classSumsRule('t07-class-sums', 'T07', 'certain', '按功能分类列示时适用；按经济分类转置列示时同样逐级相加。'),
  classSumsRule('t09-class-sums', 'T09', 'inferred', '本表版式未经确认，按推断的勾稽关系提示。'),
  classSumsRule('t10-class-sums', 'T10', 'certain'),
  classSumsRule('t11-class-sums', 'T11', 'certain'),
  classSumsRule('t12-class-sums', 'T12', 'certain'),
] as const;
