import { RULE_FAILED } from '../findings/rule';
import { Finding, SEVERITY_RANK } from '../findings/types';
import { WorkbookModel } from '../model/types';
import { ALL_TABLE_IDS, PROFILE_TABLES, Profile, displayTitle } from '../tables/catalog';
import { MissingRows, NotRunReason, RuleCheck, missingRowsReason } from './coverage';
import { missingTotalRows } from './totalRows';
import { RULES, TableRuleId } from './registry';
import { Rule, RunOptions } from './types';

/** The rule applies to the profile: it names only tables the profile has (national: no T05/T07/T09/T12). */
export function appliesTo(rule: Rule, profile: Profile): boolean {
  if (rule.profiles && !rule.profiles.includes(profile)) return false;
  const tables = PROFILE_TABLES[profile];
  return rule.tables.every((t) => tables.includes(t));
}

/** Table, then severity, then the first cell cited, then rule id and message: stable across runs. */
export function compareFindings(a: Finding, b: Finding): number {
  const ta = a.table ? ALL_TABLE_IDS.indexOf(a.table) : ALL_TABLE_IDS.length;
  const tb = b.table ? ALL_TABLE_IDS.indexOf(b.table) : ALL_TABLE_IDS.length;
  if (ta !== tb) return ta - tb;
  const s = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (s !== 0) return s;
  const ca = a.cells[0];
  const cb = b.cells[0];
  if (ca && cb) {
    if (ca.sheet !== cb.sheet) return ca.sheet < cb.sheet ? -1 : 1;
    if (ca.row !== cb.row) return ca.row - cb.row;
    if (ca.col !== cb.col) return ca.col - cb.col;
  } else if (ca || cb) {
    return ca ? -1 : 1;
  }
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Runs every rule of the registry that applies to the workbook's profile and returns their
 * findings, sorted. A rule that fails on an unexpected model is reported, not thrown: one bad
 * table must not hide every other finding.
 */
export function runRules(model: WorkbookModel, options: RunOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    if (options.exclude?.includes(rule.id)) continue;
    if (!appliesTo(rule, model.profile)) continue;
    if (rule.acrossYears && !options.prior) continue;
    const lacking = missingTotals(rule, model);
    if (lacking.length > 0 && !rule.partialWithoutTotals) {
      options.coverage?.push(ruleCheck(rule, model, { missingRows: lacking[0] }, [], lacking));
      continue;
    }
    let why: NotRunReason | null = null;
    const before = findings.length;
    try {
      findings.push(...rule.check({ model, prior: options.prior, observe: options.observe, notRun: (w) => (why ??= w) }));
    } catch (e) {
      why = { reason: '规则未能完成' };
      findings.push({
        rule: RULE_FAILED,
        severity: 'warning',
        cells: [],
        message: `检查规则“${rule.title}”（${rule.id}）未能完成，已跳过：${e instanceof Error ? e.message : String(e)}`,
      });
    }
    options.coverage?.push(ruleCheck(rule, model, why, findings.slice(before), lacking));
  }
  return findings.sort(compareFindings);
}

/** One rule's coverage entry: not run (a table or rows missing), failed (an error or warning), else passed. */
function ruleCheck(rule: Rule<TableRuleId>, model: WorkbookModel, why: NotRunReason | null, own: readonly Finding[], lacking: readonly MissingRows[]): RuleCheck {
  const base = { rule: rule.id, title: rule.title };
  const absent = rule.tables.filter((id) => !model.tables[id]);
  if (absent.length > 0) return { ...base, status: 'not-run', reason: `缺少${absent.map((id) => `“${displayTitle(id)}”`).join('、')}` };
  if (why && 'missingRows' in why) {
    const all = lacking.length > 0 ? lacking : [why.missingRows];
    return { ...base, status: 'not-run', reason: all.map((m) => missingRowsReason(m, displayTitle(m.table))).join('；'), missingRows: all[0], lackingRows: all };
  }
  if (why) return { ...base, status: 'not-run', reason: why.reason, ...(why.notApplicable ? { notApplicable: true as const } : {}) };
  const failed = own.some((f) => f.rule === rule.id && (f.severity === 'error' || f.severity === 'warning'));
  // Ran on the rows it had: the total rows it lacked are named by the read-missing-rows warning.
  return { ...base, status: failed ? 'failed' : 'passed', ...(lacking.length > 0 ? { lackingRows: lacking, partial: true as const } : {}) };
}

/** The total rows the rule reads (its `totals`) that the workbook's tables lack, table by table. */
export function missingTotals(rule: Rule, model: WorkbookModel): MissingRows[] {
  const out: MissingRows[] = [];
  for (const need of rule.totals ?? []) {
    const t = model.tables[need.table];
    const rows = t ? missingTotalRows(t, need.rows) : [];
    if (rows.length > 0) out.push({ table: need.table, rows });
  }
  return out;
}
