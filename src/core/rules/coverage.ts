import { Finding } from '../findings/types';
import { MISSING_ROWS } from '../model/readRules';
import { WorkbookModel } from '../model/types';
import { TableId, displayTitle } from '../tables/catalog';
import type { TableRuleId } from './registry';

/**
 * Whether each identity ran (issue 12: coverage of the table checks). A rule that could not run
 * says why: a table is missing, or rows it needs were not read (T01 without 本年收入合计).
 */
export type CheckStatus = 'passed' | 'failed' | 'not-run';

export interface RuleCheck {
  readonly rule: TableRuleId;
  /** The rule's Chinese title. */
  readonly title: string;
  readonly status: CheckStatus;
  /** Chinese, for not-run: 缺少“收入决算表” / “收入支出决算总表”中未读到“本年收入合计”行. */
  readonly reason?: string;
  /** Rows a table lacked, when that is why the rule did not run (for the read-missing-rows finding). */
  readonly missingRows?: MissingRows;
  /** Every table's rows the rule lacked (missingRows is the first): for the read-missing-rows finding. */
  readonly lackingRows?: readonly MissingRows[];
  /** The rule ran on the rows it had, without the lackingRows (checked only in part). */
  readonly partial?: true;
  /** Not run because the workbook's layout has nothing for it to check (a T08 without a 总合计
   * row): nothing is missing, so the coverage sentence does not count it as 无法核对. */
  readonly notApplicable?: true;
}

export interface MissingRows {
  readonly table: TableId;
  /** Row names as the template prints them. */
  readonly rows: readonly string[];
}

/** What a rule reports when it cannot run on the model it got. */
export type NotRunReason = { readonly missingRows: MissingRows } | { readonly reason: string; readonly notApplicable?: true };

export function missingRowsReason(m: MissingRows, tableName: string): string {
  return `“${tableName}”中未读到${m.rows.map((r) => `“${r}”`).join('、')}行`;
}

/**
 * One warning per table whose missing rows stopped identities: it names the rows and every
 * identity that could not run, so a T01 without its total rows never passes silently.
 */
export function missingRowFindings(checks: readonly RuleCheck[], model: WorkbookModel): Finding[] {
  const byTable = new Map<TableId, { rows: Set<string>; titles: string[] }>();
  for (const c of checks) {
    for (const m of c.lackingRows ?? (c.missingRows ? [c.missingRows] : [])) {
      const entry = byTable.get(m.table) ?? { rows: new Set<string>(), titles: [] };
      for (const r of m.rows) entry.rows.add(r);
      // A title naming its table before the colon ("收入支出决算总表：收入总计"): the warning already does.
      const name = c.title.replace(/^[^：]*：/, '');
      entry.titles.push(c.partial ? `${name}（涉及该行的部分）` : name);
      byTable.set(m.table, entry);
    }
  }
  const out: Finding[] = [];
  for (const [table, { rows, titles }] of byTable) {
    const t = model.tables[table];
    out.push(MISSING_ROWS.finding({ table: displayTitle(table), sheet: t?.sheet ?? '', rows: [...rows], identities: titles }, t?.titleCell ? [t.titleCell] : [], table));
  }
  return out;
}

/** "已核对 N 项勾稽关系，M 项无法核对：…": the coverage sentence of the table checks. */
export function checksSentence(checks: readonly RuleCheck[]): string {
  const ran = checks.filter((c) => c.status !== 'not-run').length;
  const notRun = checks.filter((c) => c.status === 'not-run' && !c.notApplicable);
  const inapplicable = checks.filter((c) => c.status === 'not-run' && c.notApplicable);
  // Rules stopped for the same reason are listed once under it.
  const listed = (list: readonly RuleCheck[]) => {
    const byReason = new Map<string, number>();
    for (const c of list) byReason.set(c.reason ?? '原因不明', (byReason.get(c.reason ?? '原因不明') ?? 0) + 1);
    return [...byReason].map(([r, n]) => `${r}（${n} 项）`).join('；');
  };
  const aside = inapplicable.length > 0 ? `（另有 ${inapplicable.length} 项不适用于本表式：${[...new Set(inapplicable.map((c) => c.reason ?? '原因不明'))].join('；')}）` : '';
  if (notRun.length === 0) return `已核对 ${ran} 项勾稽关系，全部可以核对${aside}。`;
  return `已核对 ${ran} 项勾稽关系，${notRun.length} 项无法核对：${listed(notRun)}${aside}。`;
}
