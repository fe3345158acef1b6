import { Finding } from '../findings/types';
import { TablesById, WorkbookModel } from '../model/types';
import { compareAll, Comparison } from './compare';
import { defineRule, Rule, RuleDef, RuleMeta } from './types';

/**
 * A rule made of comparisons between tables. It runs only when the workbook holds every table
 * it names (a missing table is the reader's finding, not a broken identity).
 */
export function comparisonRule(
  def: Omit<RuleDef, 'check'> & {
    build(tables: Required<TablesById>, rule: RuleMeta, model: WorkbookModel): readonly (Comparison | undefined)[];
  },
): Rule {
  const { build, ...meta } = def;
  return defineRule({
    ...meta,
    check: ({ model, observe }, rule): Finding[] => {
      if (def.tables.some((id) => !model.tables[id])) return [];
      const built = build(model.tables as Required<TablesById>, rule, model);
      return compareAll(built.filter((c): c is Comparison => c !== undefined), observe);
    },
  });
}
