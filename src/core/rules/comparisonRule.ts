import { Finding } from '../findings/types';
import { TablesById, WorkbookModel } from '../model/types';
import { compareAll, Comparison } from './compare';
import { defineRule, Rule, RuleDef, RuleMeta } from './types';

/**
 * A rule made of comparisons between tables. It runs only when the workbook holds every table
 * it names (a missing table is the reader's finding, not a broken identity).
 */
export function comparisonRule<I extends string>(
  def: Omit<RuleDef<I>, 'check'> & {
    build(tables: Required<TablesById>, rule: RuleMeta, model: WorkbookModel): readonly (Comparison | undefined)[];
    /** Why nothing was compared when every comparison lacked a figure (default: 所需的数字未读到). */
    absent?: string;
    /** That absence is a layout the identity does not apply to (nothing is missing). */
    absentIsLayout?: boolean;
  },
): Rule<I> {
  const { build, absent, absentIsLayout, ...meta } = def;
  return defineRule({
    ...meta,
    check: ({ model, observe, notRun }, rule): Finding[] => {
      if (def.tables.some((id) => !model.tables[id])) return [];
      // Total rows it reads (`totals`) that are missing were named by runRules, which did not run it.
      const built = build(model.tables as Required<TablesById>, rule, model);
      const comparisons = built.filter((c): c is Comparison => c !== undefined);
      // Every comparison lacked a figure: nothing was checked.
      if (built.length > 0 && comparisons.length === 0) notRun?.({ reason: absent ?? '所需的数字未读到', ...(absentIsLayout ? { notApplicable: true as const } : {}) });
      return compareAll(comparisons, observe);
    },
  });
}
