import { SECTION } from '../subjects';
import { narrativeRule } from '../rule';
import Decimal from 'decimal.js';
import { toYuan } from '../../amount/units';
import { ECONOMIC_CLASSES, isPersonnelCode } from '../../classification/economic';
import { looseName } from '../../classification/functional';
import { CellRef } from '../../grid/cellRef';
import { t08Value } from '../../model/query';
import { ClassRow } from '../../model/types';
import { report, spanOf } from '../context';
import { resolveSubject } from '../vocabulary';
import { TieContext } from './types';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const ITEM_LIST = narrativeRule({
  id: 'narrative-item-list',
  title: '说明：所列经济分类项目与基本支出表不符',
  severity: 'warning',
  doc: '六中“人员经费/公用经费……主要包括：”所列项目：写了金额的与基本支出决算表核对；只列名称的，表中该项应有支出（列出但为零为警告）；表中有支出却未列出的项目作为提示列出。',
  identity: 'narrative.md §1 六',
  certainWhen: '只报警告或提示。',
});

/**
 * 六's lists (narrative.md §1): "人员经费975.36万元，主要包括：基本工资236.95万元、…" or, names only,
 * "公用经费214.73万元，主要包括：办公费、印刷费、…等。" Items with an amount are figures the amount
 * tie compares with T08; an item named without an amount must have money in T08 (listed but zero
 * → warning); a T08 款 of the group with money that the list leaves out is listed as info
 * (主要包括 need not be complete, but the reader may want to know).
 */
const LIST = /(人员经费|公用经费)[^。]*?(?:主要包括|具体包括|包括)[:：]?([^。]*)/g;
const AMOUNT = /\d[\d,]*(?:\.\d+)?\s*(?:万元|元)$/;

interface Listed {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly hasAmount: boolean;
}

/** The 经济分类 code an item name stands for: a 类 by its full name, else a 款 (vocabulary.ts). */
function codeOf(name: string): string | null {
  const loose = looseName(name);
  for (const [code, full] of Object.entries(ECONOMIC_CLASSES)) if (looseName(full) === loose) return code;
  const key = resolveSubject(name, SECTION.basicExpenditure);
  return key?.startsWith('econ:') ? key.slice(5) : null;
}

/** T08 rows that are items: 款 rows, and 类 rows with no 款 under them (307, 399 …). */
function itemRows(rows: readonly ClassRow[]): ClassRow[] {
  const withKuan = new Set(rows.filter((r) => r.code.length === 5).map((r) => r.code.slice(0, 3)));
  return rows.filter((r) => r.code.length === 5 || (r.code.length === 3 && !withKuan.has(r.code)));
}

function valueOf(r: ClassRow): Decimal {
  const f = t08Value(r);
  return f && !f.invalid ? toYuan(f.value, f.unit) : new Decimal(0);
}

function cellOf(r: ClassRow): CellRef | null {
  return t08Value(r)?.cell ?? null;
}

export function tieItemLists(t: TieContext): void {
  const { ctx, model } = t;
  const t08 = model.tables.T08;
  if (!t08) return;
  const text = ctx.seg.clean.text;
  const items = itemRows(t08.rows);
  for (const p of ctx.seg.paragraphs) {
    if (!p.inRegion || p.kind !== 'text' || p.section !== SECTION.basicExpenditure) continue;
    const para = text.slice(p.start, p.end);
    LIST.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LIST.exec(para)) !== null) {
      const personnel = m[1] === '人员经费';
      const listStart = p.start + m.index + m[0].length - m[2].length;
      const listed = readList(m[2], listStart);
      if (listed.length === 0) continue;
      const inGroup = (code: string) => isPersonnelCode(code) === personnel;
      for (const it of listed) {
        if (it.hasAmount) continue;
        const rows = items.filter((r) => r.code === it.code || (it.code.length === 3 && r.code.startsWith(it.code)));
        const total = rows.reduce((a, r) => a.plus(valueOf(r)), new Decimal(0));
        if (!total.isZero()) continue;
        const name = text.slice(it.start, it.end);
        report(ctx, ITEM_LIST, 'warning', spanOf(ctx, it.start, it.end),
          `${m[1]}所列“${name}”在表“一般公共预算财政拨款基本支出决算表”中${rows.length ? '为零' : '没有这一项'}，不应列出。`,
          { cells: rows.map(cellOf).filter((c): c is CellRef => c !== null), table: 'T08' });
      }
      // "…、住房公积金等其他人员支出315.44万元": the list names the rest of the group itself.
      if (/等其他/.test(m[2])) continue;
      const covered = (code: string) => listed.some((it) => it.code === code || (it.code.length === 3 && code.startsWith(it.code)));
      const missing = items.filter((r) => inGroup(r.code) && !valueOf(r).isZero() && !covered(r.code));
      if (missing.length === 0) continue;
      const span = spanOf(ctx, listStart, listStart + m[2].length);
      report(ctx, ITEM_LIST, 'info', span,
        `表“一般公共预算财政拨款基本支出决算表”中${m[1]}还有${missing.map((r) => `${r.code} ${r.name}`).join('、')}有支出，说明未列出（“主要包括”可以不列全，供核对）。`,
        { cells: missing.map(cellOf).filter((c): c is CellRef => c !== null), table: 'T08' });
    }
  }
}

/** Items separated by 、，, each a name with an optional amount; unknown names are skipped. */
function readList(list: string, offset: number): Listed[] {
  const out: Listed[] = [];
  const re = /[^、，,；;]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(list)) !== null) {
    let raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    raw = raw.trim().replace(/等(支出|项目|费用)?$/, '');
    const amount = AMOUNT.exec(raw);
    const name = (amount ? raw.slice(0, amount.index) : raw).trim();
    if (!name) continue;
    const code = codeOf(name);
    if (!code) continue;
    const start = offset + m.index + lead;
    out.push({ code, start, end: start + name.length, hasAmount: !!amount });
  }
  return out;
}
