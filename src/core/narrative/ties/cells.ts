import { SECTION } from '../subjects';
import Decimal from 'decimal.js';
import { functionalName, looseName } from '../../classification/functional';
import { fromYuan, toYuan, Unit } from '../../amount/units';
import { CellRef } from '../../grid/cellRef';
import { generalBudgetBasicSources, lineAmount, lineFigure, lineItem, rowByCode, rowsByCode, t08Value, totalFigure } from '../../model/query';
import { ClassRow, CodedTable, Figure, LineItem, SanGongKey, WorkbookModel } from '../../model/types';
import { displayTitle, TableId } from '../../tables/catalog';
import { EXPENDITURE_PARTS, FUNDS, INCOME_SOURCES, SAN_GONG, SAN_GONG_KEYS, TOTAL_ROWS } from '../../tables/lines';
import { Claim } from '../types';
import { groupMayHoldMore, groupMembers, Subject } from '../subjects';
import { Valued } from './types';

/**
 * Where the tables hold the figure a claim restates (narrative.md §1): subject key (vocabulary.ts)
 * and measure → one or more table figures. The first candidate is the table the section restates;
 * the others hold the same figure elsewhere (T01 本年收入合计 and T02 合计), so a claim that
 * matches any of them agrees with the tables (a disagreement between tables is the table rules'
 * finding, not the 说明's).
 */
export interface TableFigure {
  readonly table: TableId;
  /** The figures added up (usually one). */
  readonly figures: readonly Figure[];
  /** What the figure is, for messages: "总计", "合计「基本支出」", "2010301 行政运行". */
  readonly label: string;
  /** The table has no such row, so the figure is zero (figures is empty); `anchor` holds the row
   * that would contain it (its 款 or 类), for the finding to point at. */
  readonly absent?: { readonly anchor: readonly CellRef[] };
  /** The sum of a group's members (…等): the text's figure may be more, never less. */
  readonly group?: boolean;
}

export function cellsOf(t: TableFigure): CellRef[] {
  return t.absent ? [...t.absent.anchor] : t.figures.map((f) => f.cell);
}

export function yuanOf(t: TableFigure): Decimal {
  return t.figures.reduce((a, f) => a.plus(toYuan(f.value, f.unit)), new Decimal(0));
}

/** The figure in 万元, unrounded: what shares and rates are recomputed from. */
export function wanOf(t: TableFigure): Decimal {
  return fromYuan(yuanOf(t), '万元');
}

/** A table figure the text does not state (a whole only named, a rate's unstated amount). */
export function valuedOf(t: TableFigure): Valued {
  return { wan: wanOf(t), cells: cellsOf(t), statedOk: false };
}

/** Unit of the sheet the figure sits on. */
export function unitOf(t: TableFigure): Unit {
  return t.figures[0]?.unit ?? '万元';
}

export function tableTitle(t: TableFigure): string {
  return displayTitle(t.table);
}

function one(table: TableId, f: Figure | null | undefined, label: string): TableFigure | null {
  return f && !f.invalid ? { table, figures: [f], label } : null;
}

/** A two-sided line: in one column (T04 right), else by the single-amount rule (T01, T04 left). */
function line(table: TableId, items: readonly LineItem[] | undefined, key: string, column?: string): TableFigure | null {
  const item = lineItem(items, key);
  return one(table, column === undefined ? lineAmount(items, key) : lineFigure(items, key, column), item?.label ?? key);
}

function totalCell(t: CodedTable | undefined, column: string, label: string): TableFigure | null {
  return t ? one(t.id, totalFigure(t, column), label) : null;
}

function rowCell(t: CodedTable | undefined, row: ClassRow | undefined, column: string): TableFigure | null {
  if (!t || !row) return null;
  return one(t.id, row.values[column], `${row.code} ${row.name}`);
}

/** A T08 row's figure (t08Value). */
function t08Row(model: WorkbookModel, code: string): TableFigure | null {
  const row = rowByCode(model.tables.T08, code);
  return row ? one('T08', t08Value(row), `${row.code} ${row.name}`) : null;
}

const T03_PARTS: ReadonlySet<string> = new Set(EXPENDITURE_PARTS);
const T02_SOURCES: ReadonlySet<string> = new Set(INCOME_SOURCES);
const FUND_KEYS: ReadonlySet<string> = new Set(FUNDS);

function sanGongKey(subject: string): SanGongKey | null {
  const k = subject.slice('sanGong.'.length) as SanGongKey;
  return SAN_GONG_KEYS.includes(k) ? k : null;
}

interface RowIndex {
  readonly byCode: ReadonlyMap<string, ClassRow>;
  /** Rows by level and loose name: "3:行政运行" → every 行政运行 项. */
  readonly byName: Map<string, ClassRow[]>;
}

const rowIndexes = new WeakMap<CodedTable, RowIndex>();

/** Built once per table: a 说明 can name thousands of 项. */
function rowIndex(t: CodedTable): RowIndex {
  let idx = rowIndexes.get(t);
  if (!idx) {
    idx = { byCode: rowsByCode(t), byName: new Map() };
    for (const r of t.rows) {
      const key = `${r.level}:${looseName(r.name)}`;
      const list = idx.byName.get(key) ?? [];
      list.push(r);
      idx.byName.set(key, list);
    }
    rowIndexes.set(t, idx);
  }
  return idx;
}

/** The rows of a level (1 类, 2 款, 3 项) with this name, loosely (行政运行 → every 行政运行 项). */
export function rowsNamed(t: CodedTable, level: number, name: string): readonly ClassRow[] {
  return rowIndex(t).byName.get(`${level}:${looseName(name)}`) ?? [];
}

/** The 功能分类 row a path names: by its resolved code, else by its names (units' own 款 names). */
function rowByPath(t: CodedTable | undefined, claim: FigureQuery): ClassRow | undefined {
  const p = claim.path;
  if (!t || !p) return undefined;
  const idx = rowIndex(t);
  const byCode = (code: string | null) => (code ? idx.byCode.get(code) : undefined);
  const byName = (level: number, name: string) => idx.byName.get(`${level}:${looseName(name)}`) ?? [];
  const nameOf = (code: string) => idx.byCode.get(code)?.name;
  if (p.xiangName) {
    const direct = byCode(p.xiangCode);
    if (direct) return direct;
    return byName(3, p.xiangName).find((r) => {
      const kuan = nameOf(r.code.slice(0, 5));
      return kuan !== undefined && p.kuanName !== null && looseName(kuan) === looseName(p.kuanName);
    });
  }
  if (p.kuanName) return byCode(p.kuanCode) ?? byName(2, p.kuanName)[0];
  return byCode(p.classCode) ?? byName(1, p.className)[0];
}

/**
 * Candidates for a claim, primary first; empty when the tables hold no such figure (budgets of
 * 五（三）, prior-year figures, counts, 政府采购): such a claim stays untied.
 */
export function tableFiguresFor(model: WorkbookModel, claim: FigureQuery): TableFigure[] {
  return candidates(model, claim).filter((x): x is TableFigure => x !== null);
}

/** What the mapping reads of a claim; a whole named only by a share ("占本年支出合计") has no claim. */
/** What a table figure is looked up by: the claim's subject, measure, section and path. */
export type FigureQuery = Pick<Claim, 'subject' | 'measure' | 'section'> & { readonly path?: Claim['path'] };

function candidates(model: WorkbookModel, c: FigureQuery): (TableFigure | null)[] {
  const { T01, T02, T03, T04, T06, T08, T10, T11, T12, T13 } = model.tables;
  const s = c.subject;
  if (c.measure === 'budget') {
    const k = s.startsWith('sanGong.') ? sanGongKey(s) : null;
    return k && T13 ? [one('T13', T13.budget[k], `预算数「${labelOfSanGong(k)}」`)] : [];
  }
  if (c.measure !== 'amount') return [];
  if (s === 'grandTotal') return [line('T01', T01?.left, 'grandTotal'), line('T01', T01?.right, 'grandTotal')];
  if (s === 'fiscalGrandTotal') return [line('T04', T04?.left, 'grandTotal'), line('T04', T04?.right, 'grandTotal', 'total')];
  if (s === 'incomeTotal') return [line('T01', T01?.left, 'incomeTotal'), totalCell(T02, 'total', `合计「${TOTAL_ROWS.incomeTotal.name}」`)];
  if (s === 'expenditureTotal') {
    return [line('T01', T01?.right, 'expenditureTotal'), totalCell(T03, 'total', `合计「${TOTAL_ROWS.expenditureTotal.name}」`)];
  }
  if (s.startsWith('income.')) {
    const k = s.slice('income.'.length);
    const list = [line('T01', T01?.left, k)];
    if (FUND_KEYS.has(k)) list.push(line('T04', T04?.left, k));
    if (T02_SOURCES.has(k)) list.push(totalCell(T02, k, `合计「${columnName(T02, k)}」`));
    return list;
  }
  // 五 and 六 speak of 一般公共预算 money only: their 基本支出/项目支出 are T06's.
  if (s === 'expenditure.basic' && c.section === SECTION.basicExpenditure) return gbBasic(model);
  if ((s === 'expenditure.basic' || s === 'expenditure.project') && c.section === SECTION.generalBudget) {
    const k = s.slice('expenditure.'.length);
    return [totalCell(T06, k, `合计「${columnName(T06, k)}」`)];
  }
  if (s.startsWith('expenditure.')) {
    const k = s.slice('expenditure.'.length);
    return T03_PARTS.has(k) ? [totalCell(T03, k, `合计「${columnName(T03, k)}」`)] : [];
  }
  if (s === 'generalBudget.expenditure') {
    return [totalCell(T06, 'total', '合计'), line('T04', T04?.right, 'expenditureTotal', 'generalBudget')];
  }
  if (s === 'generalBudget.basic') return gbBasic(model);
  if (s === 'personnel') return [one('T08', T08?.personnelTotal, '人员经费合计')];
  if (s === 'public') return [one('T08', T08?.publicTotal, '公用经费合计')];
  if (s.startsWith('econ:')) return c.section === SECTION.basicExpenditure ? [t08Row(model, s.slice(5))] : [];
  const members = groupMembers(s);
  if (members) return [groupFigure(model, c, members)];
  if (s.startsWith('func:') || s.startsWith('funcPath:')) {
    // 五 restates T06; a 类 named elsewhere is not a figure of any one table.
    if (c.section !== SECTION.generalBudget) return [];
    const row = c.path ? rowByPath(T06, c) : T06 ? rowIndex(T06).byCode.get(s.slice(5)) : undefined;
    if (!row && T06 && T06.rows.length > 0 && s.startsWith('func:')) return [absentRow(T06, s.slice(5))];
    return [rowCell(T06, row, 'total')];
  }
  if (s.startsWith('sanGong.')) {
    const k = sanGongKey(s);
    return k && T13 ? [one('T13', T13.actual[k], `决算数「${labelOfSanGong(k)}」`)] : [];
  }
  if (s === 'govFund.expenditure') {
    return [totalCell(T10, 'expenditure', '合计「本年支出」'), line('T04', T04?.right, 'expenditureTotal', 'govFund')];
  }
  if (s === 'soeCapital.expenditure') {
    return [
      totalCell(T11, 'expenditure', '合计「本年支出」'), totalCell(T12, 'total', '合计'),
      line('T04', T04?.right, 'expenditureTotal', 'soeCapital'),
    ];
  }
  if (s === 'operatingCost') return [one('T08', T08?.publicTotal, '公用经费合计')];
  return [];
}

/**
 * A group closed by 等 (基本工资、津贴补贴等) or 合计 (基本工资、津贴补贴、奖金合计): the sum of its
 * members' figures in one table, when every member is a line the tables hold; a group closed by 等
 * may hold more (ties/amounts.ts).
 */
function groupFigure(model: WorkbookModel, c: FigureQuery, members: readonly Subject[]): TableFigure | null {
  const figures = members.map((m) => (m.startsWith('raw:') || groupMembers(m) ? null : candidates(model, { ...c, subject: m, path: undefined })[0] ?? null));
  if (figures.some((f) => !f || f.absent) || new Set(figures.map((f) => f!.table)).size !== 1) return null;
  const known = figures as TableFigure[];
  const label = known.map((f) => f.label).join('、');
  return { table: known[0].table, figures: known.flatMap((f) => f.figures), label, ...(groupMayHoldMore(c.subject) ? { group: true } : {}) };
}

/**
 * A known 功能分类 code that the table does not list: its figure is zero. The finding points at
 * the nearest row above it (款, then 类) when the table has one.
 */
function absentRow(t: CodedTable, code: string): TableFigure {
  const idx = rowIndex(t);
  const parent = [code.slice(0, 5), code.slice(0, 3)].filter((p) => p.length < code.length).map((p) => idx.byCode.get(p)).find((r) => r);
  const cell = parent?.values.total?.cell;
  return { table: t.id, figures: [], label: `${code} ${functionalName(code) ?? ''}`.trim(), absent: { anchor: cell ? [cell] : [] } };
}

/**
 * A 五（三） 项 named by a path that no T06 row answers to (its code unknown to the
 * classification, its name not in the table): zero — a figure the tables do not have — when the
 * table cannot be holding it under another name, i.e. its 类 has no 项 rows at all, or every 项
 * row of its 类 is already claimed by another item of the text (`claimed`, codes). Otherwise the
 * path may name a row the table spells differently, and it stays untied.
 */
export function absentPath(model: WorkbookModel, claim: FigureQuery, claimed: ReadonlySet<string>): TableFigure | null {
  const t = model.tables.T06;
  const p = claim.path;
  if (!t || !p || claim.section !== SECTION.generalBudget || t.rows.length === 0 || !p.xiangName) return null;
  const idx = rowIndex(t);
  const classCode = p.classCode ?? idx.byName.get(`1:${looseName(p.className)}`)?.[0]?.code ?? null;
  if (!classCode) return null;
  const items = t.rows.filter((r) => r.level === 3 && r.code.startsWith(classCode));
  if (items.some((r) => !claimed.has(r.code))) return null;
  const anchorRow = idx.byCode.get(classCode);
  const cell = anchorRow?.values.total?.cell ?? t.total?.values.total?.cell;
  const label = `${p.className}（类）${p.kuanName ?? ''}${p.kuanName ? '（款）' : ''}${p.xiangName}（项）`;
  return { table: t.id, figures: [], label, absent: { anchor: cell ? [cell] : [] } };
}

/** The T06 row code a 五（三） path claim ties to, if any (for absentPath's `claimed`). */
export function pathRowCode(model: WorkbookModel, claim: FigureQuery): string | null {
  return claim.path && claim.section === SECTION.generalBudget ? rowByPath(model.tables.T06, claim)?.code ?? null : null;
}

/** 一般公共预算财政拨款基本支出 in the query's one order (T06, then T08); a source with an invalid cell is dropped. */
function gbBasic(model: WorkbookModel): TableFigure[] {
  return generalBudgetBasicSources(model).filter((s) => s.figures.every((f) => !f.invalid));
}

function columnName(t: CodedTable | undefined, key: string): string {
  return t?.columns.find((col) => col.key === key)?.path ?? key;
}

function labelOfSanGong(k: SanGongKey): string {
  return SAN_GONG[k].name;
}
