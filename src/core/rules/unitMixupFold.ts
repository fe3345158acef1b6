import Decimal from 'decimal.js';
import type { Unit } from '../amount/units';
import type { Finding } from '../findings/types';
import { findingKey as key } from '../findings/explanations';
import type { WorkbookModel } from '../model/types';
import type { TableId } from '../tables/catalog';

/*
 * One mistake, one finding, for a table filled in 元 under a 万元 line (or the reverse): the
 * unit-mixup rule names the table; every identity between it and the other tables then fails too,
 * each with a meaningless difference ("相差 16521147.72 万元"). Those are checked again on the
 * model with the table read in the other unit. The ones that then hold followed from the unit and
 * are folded into the unit-mixup finding; the ones that still fail are mistakes of their own and
 * stay. When the other unit makes every failing identity of the table hold (two or more), the
 * mix-up is certain and becomes an error. When it makes any other identity fail, nothing is folded.
 */

const OTHER: Readonly<Record<Unit, Unit>> = { 万元: '元', 元: '万元' };

/** The model with one table's figures (and its placement) read in `unit`; everything else shared. */
export function withTableUnit(model: WorkbookModel, id: TableId, unit: Unit): WorkbookModel {
  const table = model.tables[id];
  if (!table) return model;
  const relabel = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object' || x instanceof Decimal) return x;
    if (Array.isArray(x)) return x.map(relabel);
    const o = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = relabel(o[k]);
    // A Figure (value, unit, cell) or the table itself (unit, unitStated).
    if (o.value instanceof Decimal && 'cell' in o && 'unit' in o) out.unit = unit;
    return out;
  };
  const relabelled = { ...(relabel(table) as object), unit } as typeof table;
  return {
    ...model,
    tables: { ...model.tables, [id]: relabelled },
    placements: model.placements.map((p) => (p.id === id ? { ...p, unit } : p)),
  };
}

export function foldUnitMixups(model: WorkbookModel, findings: readonly Finding[], runAgain: (m: WorkbookModel) => readonly Finding[]): Finding[] {
  let out = [...findings];
  for (const mixup of findings.filter((f) => f.rule === 'unit-mixup' && f.table)) {
    const table = model.tables[mixup.table!];
    if (!table) continue;
    const other = OTHER[table.unit];
    const again = runAgain(withTableUnit(model, mixup.table!, other)).filter((g) => g.severity !== 'info' && g.rule !== 'unit-mixup');
    const before = new Set(out.filter((g) => g.severity !== 'info').map(key));
    if (again.some((g) => !before.has(key(g)))) continue;
    const still = new Set(again.map(key));
    const onSheet = out.filter((g) => g !== mixup && g.severity !== 'info' && g.cells.some((c) => c.sheet === table.sheet));
    const folded = onSheet.filter((g) => !still.has(key(g)));
    if (folded.length === 0) continue;
    const certain = folded.length >= 2 && folded.length === onSheet.length;
    const base = mixup.message.replace(/。?请核对该表的金额单位（推断的勾稽关系，仅供参考）$/, '');
    const message = certain
      ? `${base}。该表与其他表的 ${folded.length} 项勾稽关系因此不成立，按${other}读取后全部相符：请把单位改为“${other}”（或按${table.unit}重填数字）。`
      : `${base}。请核对该表的金额单位（推断的勾稽关系，仅供参考）；由此不成立的 ${folded.length} 项勾稽关系按${other}读取后相符，不再逐条列出。`;
    const drop = new Set(folded);
    out = out.filter((g) => !drop.has(g)).map((g) => (g === mixup ? { ...mixup, severity: certain ? 'error' : mixup.severity, message } : g));
  }
  return out;
}
