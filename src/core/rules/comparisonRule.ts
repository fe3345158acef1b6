import { Finding } from '../findings/types';
import { TablesById, WorkbookModel } from '../model/types';
import { compareAll, Comparison } from './compare';
import { MissingRows } from './coverage';
import { defineRule, Rule, RuleDef, RuleMeta } from './types';

/**
 * A rule made of comparisons between tables. It runs only when the workbook holds every table
 * it names (a missing table is the reader's finding, not a broken identity).
 */
export function comparisonRule(
  def: Omit<RuleDef, 'check'> & {
    build(tables: Required<TablesById>, rule: RuleMeta, model: WorkbookModel): readonly (Comparison | undefined)[];
    /** Rows without which the identity cannot be checked at all: named when they are missing. */
    requires?(tables: Required<TablesById>): MissingRows | null;
    /** Why nothing was compared when every comparison lacked a figure (default: 所需的数字未读到). */
    absent?: string;
  },
): Rule {
  const { build, requires, absent, ...meta } = def;
  return defineRule({
    ...meta,
    check: ({ model, observe, notRun }, rule): Finding[] => {
      if (def.tables.some((id) => !model.tables[id])) return [];
      const tables = model.tables as Required<TablesById>;
      const missing = requires?.(tables) ?? null;
      if (missing) {
        notRun?.({ missingRows: missing });
        return [];
      }
      const built = build(tables, rule, model);
      const comparisons = built.filter((c): c is Comparison => c !== undefined);
      // Every comparison lacked a figure: nothing was checked.
      if (built.length > 0 && comparisons.length === 0) notRun?.({ reason: absent ?? '所需的数字未读到' });
      return compareAll(comparisons, observe);
    },
  });
}
