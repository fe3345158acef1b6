import { ECONOMIC_ITEMS } from '../classification/economic';
import { FUNCTIONAL_CLASSES, FUNCTIONAL_ITEMS, looseName } from '../classification/functional';
import { EXPENDITURE, EXPENDITURE_PARTS, FUND, INCOME, INCOME_LINES, RECEPTION_PARTS, SAN_GONG, SAN_GONG_KEYS, sanGongParts, TOTAL_ROWS } from '../tables/lines';
import { NamedSubject, SECTION, Subject } from './subjects';

/**
 * Canonical subject keys for what the 说明 talks about, so the table-tie phase can map a claim
 * to a cell without re-reading prose. Keys:
 * - totals: grandTotal, fiscalGrandTotal, incomeTotal, expenditureTotal
 * - income sources: income.<T01 key> (generalBudget, govFund, soeCapital, superior, business,
 *   operating, affiliated, other); expenditure parts: expenditure.<T03 key> (basic, project, …)
 * - generalBudget.expenditure (T06 合计), generalBudget.basic (T08 / T06 基本支出)
 * - personnel, public (T08 人员经费 / 公用经费); econ:<code> (经济分类 款)
 * - func:<code> (功能分类 类/款/项), funcPath:<names> when a path cannot be resolved
 * - sanGong.<SanGongKey>, sanGong.receptionDomestic, sanGong.receptionForeign
 * - govFund.expenditure (T10), soeCapital.expenditure (T11/T12), operatingCost (机关运行经费)
 * - procurement.total|goods|works|services|sme|micro, vehicles, projects
 */
export interface SubjectTerm {
  readonly term: string;
  readonly key: Subject;
  /** Economic item names win inside section 六 (基本支出), the rest win elsewhere. */
  readonly economic?: boolean;
  /** A 类 name without its 支出 (城乡社区): the start of many 款 names too (城乡社区管理事务). */
  readonly loose?: boolean;
}

/** A line's standard name first (subjectLabel shows it), then its aliases. */
const named = (key: NamedSubject, e: { readonly name: string; readonly aliases: readonly string[] }): [string, NamedSubject][] =>
  [e.name, ...e.aliases].map((term) => [term, key]);

/** The tables' lines, from the one vocabulary (tables/lines.ts). */
const LINE_TERMS_INCOME_EXPENDITURE: [string, NamedSubject][] = [
  ...INCOME_LINES.flatMap((k) => named(`income.${k}`, INCOME[k])),
  ...EXPENDITURE_PARTS.flatMap((k) => named(`expenditure.${k}`, EXPENDITURE[k])),
];
const SAN_GONG_TERMS: [string, NamedSubject][] = [
  // T13's 合计 is no 说明 term: the total is named by its aliases (“三公”经费 …) only.
  ...SAN_GONG.total.aliases.map((term): [string, NamedSubject] => [term, 'sanGong.total']),
  ...SAN_GONG_KEYS.filter((k) => k !== 'total').flatMap((k) => named(`sanGong.${k}`, SAN_GONG[k])),
  ...(Object.keys(RECEPTION_PARTS) as (keyof typeof RECEPTION_PARTS)[]).flatMap((k) => named(`sanGong.${k}`, RECEPTION_PARTS[k])),
];

const TERMS: [string, NamedSubject][] = [
  ['收、支总计', 'grandTotal'],
  // "收、支与2023年度相比，减少…" / "收支较上年决算数减少…": the 收支总计 named short.
  ['收、支', 'grandTotal'],
  ['收支', 'grandTotal'],
  ['财政拨款收、支', 'fiscalGrandTotal'],
  ['财政拨款收支', 'fiscalGrandTotal'],
  ['收支总计', 'grandTotal'],
  ['收入支出总计', 'grandTotal'],
  ['财政拨款收、支总计', 'fiscalGrandTotal'],
  ['财政拨款收支总计', 'fiscalGrandTotal'],
  ['收入总计', 'grandTotal'],
  ['支出总计', 'grandTotal'],
  // T04's 收入总计 / 支出总计 are the 财政拨款收、支总计.
  ['财政拨款收入总计', 'fiscalGrandTotal'],
  ['财政拨款支出总计', 'fiscalGrandTotal'],
  ...named('incomeTotal', TOTAL_ROWS.incomeTotal),
  ...named('expenditureTotal', TOTAL_ROWS.expenditureTotal),
  ...LINE_TERMS_INCOME_EXPENDITURE,
  [`${FUND.generalBudget.name}支出`, 'generalBudget.expenditure'],
  ['一般公共预算支出', 'generalBudget.expenditure'],
  ['一般公共预算财政拨款基本支出', 'generalBudget.basic'],
  ['人员经费', 'personnel'],
  ['公用经费', 'public'],
  ...SAN_GONG_TERMS,
  [`${FUND.govFund.name}支出`, 'govFund.expenditure'],
  ['政府性基金预算拨款支出', 'govFund.expenditure'],
  ['政府性基金预算支出', 'govFund.expenditure'],
  [`${FUND.soeCapital.name}支出`, 'soeCapital.expenditure'],
  ['国有资本经营预算拨款支出', 'soeCapital.expenditure'],
  ['国有资本经营预算支出', 'soeCapital.expenditure'],
  ['机关运行经费', 'operatingCost'],
  ['政府采购支出总额', 'procurement.total'],
  ['政府采购支出总计', 'procurement.total'],
  ['政府采购货物支出', 'procurement.goods'],
  ['政府采购工程支出', 'procurement.works'],
  ['政府采购服务支出', 'procurement.services'],
  ['授予中小企业合同金额', 'procurement.sme'],
  ['中小企业', 'procurement.sme'],
  ['授予小微企业合同金额', 'procurement.micro'],
  ['小微企业', 'procurement.micro'],
  ['公务用车', 'vehicles'],
  ['车辆', 'vehicles'],
];

/**
 * Short names that stand for a line only when nothing in the phrase makes them another quantity:
 * 中小企业 is the 授予中小企业合同金额, but 面向中小企业预留采购份额 (为中小企业预留的份额) is the
 * share set aside beforehand, another figure that many reports print beside it.
 */
const RESERVED_SHARE = /预留|份额/;
const SHORT_NAMES_NOT_WITH: ReadonlyMap<string, RegExp> = new Map([
  ['中小企业', RESERVED_SHARE],
  ['小微企业', RESERVED_SHARE],
]);

/** Aliases of 经济分类 names seen in the samples. */
const ECONOMIC_ALIASES: [string, string][] = [
  ['其他交通费', '30239'],
  ['其他对个人和家庭的补助支出', '30399'],
];

function buildTerms(): SubjectTerm[] {
  const terms: SubjectTerm[] = TERMS.map(([term, key]) => ({ term, key }));
  for (const [code, name] of Object.entries(FUNCTIONAL_CLASSES)) {
    terms.push({ term: name, key: `func:${code}` });
    const loose = looseName(name);
    if (loose !== name && loose.length >= 4) terms.push({ term: loose, key: `func:${code}`, loose: true });
  }
  // 其他社会保障和就业支出 is the 款 xx99 of its 类 (its one 项 has the same name and figure): a name
  // of its own, which no other 款 or 项 shares, unlike 行政运行 or 一般行政管理事务.
  for (const [code, name] of Object.entries(FUNCTIONAL_ITEMS)) {
    if (code.length !== 5 || name !== `其他${FUNCTIONAL_CLASSES[code.slice(0, 3)]}`) continue;
    terms.push({ term: name, key: `func:${code}` }, { term: looseName(name), key: `func:${code}`, loose: true });
  }
  for (const [code, name] of Object.entries(ECONOMIC_ITEMS)) terms.push({ term: name, key: `econ:${code}`, economic: true });
  for (const [term, code] of ECONOMIC_ALIASES) terms.push({ term, key: `econ:${code}`, economic: true });
  // Longest first: 一般公共预算财政拨款基本支出 before 基本支出, 公务用车购置及运行维护费 before 公务用车.
  return terms.sort((a, b) => b.term.length - a.term.length);
}

const ALL_TERMS = buildTerms();
/** Terms by first character, longest first: one pass over a phrase finds every match. */
const BY_FIRST_CHAR = new Map<string, SubjectTerm[]>();
for (const t of ALL_TERMS) {
  const list = BY_FIRST_CHAR.get(t.term[0]) ?? [];
  list.push(t);
  BY_FIRST_CHAR.set(t.term[0], list);
}

/**
 * The whole-unit totals (收、支总计, 收入合计…) are generic words: a qualifier written before them
 * (财政拨款收入合计, 一般公共预算财政拨款收、支总计, 事业单位经营收支总计, 政府采购支出总计) makes
 * them another, narrower total. Such a phrase names that total, or, when the vocabulary has no
 * term for it, nothing known: it must never be taken for the unit's total and compared with it.
 */
const QUALIFIABLE = new Set<Subject>(['grandTotal', 'fiscalGrandTotal', 'incomeTotal', 'expenditureTotal']);
/** Words before a total that do not narrow it: the year, the unit itself, 本年/上年, 其中. */
const NEUTRAL_TAIL = /(本年度?|上年度?|当年|全年|年度|本?(单位|部门|机关)|我(单位|部门|局|委|办)|全(单位|部门)|决算|的|其中[:：]?|合计|共|[、，,：:“”"'‘’（）()《》\d.%])$/;
/** Everything up to a year ("成都市财政局2023年度收、支总计") names the unit, not a narrower total. */
const YEAR_TOKEN = /(?:20\d\d|19\d\d)年度?|本年度?|上年度?/g;

function qualified(before: string): boolean {
  return /[\u4e00-\u9fff]$/.test(qualifierIn(before));
}

/** The narrowing words before a generic total: the text after the year with neutral words dropped. */
function qualifierIn(before: string): string {
  let rest = before;
  let lastYear = -1;
  for (const m of rest.matchAll(YEAR_TOKEN)) lastYear = (m.index ?? 0) + m[0].length;
  if (lastYear >= 0) rest = rest.slice(lastYear);
  for (let guard = 0; guard < 20; guard++) {
    const m = NEUTRAL_TAIL.exec(rest);
    if (!m || !m[0]) break;
    rest = rest.slice(0, rest.length - m[0].length);
  }
  return rest;
}

const UNIT_TOTALS = new Set<Subject>(['grandTotal', 'incomeTotal', 'expenditureTotal']);

/**
 * The qualifier of the first generic total a phrase names ("财政拨款" in 2023年度财政拨款收入总计),
 * '' when that total is the unit's own, null when the phrase names no generic total. A clause
 * that continues a qualified one (财政拨款收入总计…，支出总计…) means the same qualifier.
 */
export function totalQualifier(phrase: string): string | null {
  const p = phrase.replace(/[\s\u3000]+/g, '');
  for (let i = 0; i < p.length; i++) {
    for (const t of BY_FIRST_CHAR.get(p[i]) ?? []) {
      if (!UNIT_TOTALS.has(t.key) || !p.startsWith(t.term, i)) continue;
      const q = qualifierIn(p.slice(0, i));
      return /[\u4e00-\u9fff]$/.test(q) ? q : '';
    }
  }
  return null;
}

/**
 * 其他社会保障和就业支出 (款 20899, 项 2089999), 其他教育支出, 其他车辆: 其他 + a known name is
 * another, narrower line of its own, never the one it contains. When the vocabulary has the
 * whole name (其他收入, 其他交通费) that longer term wins anyway; when it does not, the shorter
 * match inside must not stand for it.
 */
function insideOtherName(p: string, at: number): boolean {
  return at >= 2 && p.startsWith('其他', at - 2);
}

/** What may follow a 类 name written without its 支出 and leave it the 类: its marker, 支出 or
 * 方面, a figure, punctuation, or the words of a sentence about it (占, 为, 较, 增加…). */
const AFTER_LOOSE_CLASS = /^(?:$|[^\u4e00-\u9fff]|[类款项支方占为的共合决预主较比与同增减下上持年中等及和是达总完实全本共])/;

/**
 * 城乡社区管理事务, 卫生健康管理事务, 科学技术普及 (款 of their 类), 城乡社区住宅 (a 款 of 住房保障):
 * a 类 name without 支出 that more name follows is the start of a 款 or 项 name, not the 类.
 */
function continuesName(p: string, end: number): boolean {
  return !AFTER_LOOSE_CLASS.test(p.slice(end));
}

/**
 * The subject a phrase names: the longest known term it contains; economic names are preferred
 * in section 六 (where 公务接待费 and 住房公积金 are 经济分类 lines) and avoided elsewhere.
 */
export function resolveSubject(phrase: string, section: number | null): Subject | null {
  const p = phrase.replace(/[\s\u3000]+/g, '');
  if (!p) return null;
  const six = section === SECTION.basicExpenditure;
  let best: SubjectTerm | null = null;
  let bestOther: SubjectTerm | null = null; // longest non-economic match, for outside 六
  for (let i = 0; i < p.length; i++) {
    const candidates = BY_FIRST_CHAR.get(p[i]);
    if (!candidates) continue;
    for (const t of candidates) {
      if (!p.startsWith(t.term, i)) continue;
      if (QUALIFIABLE.has(t.key) && qualified(p.slice(0, i))) continue;
      if (insideOtherName(p, i) || (t.loose && continuesName(p, i + t.term.length))) continue;
      if (SHORT_NAMES_NOT_WITH.get(t.term)?.test(p)) continue;
      if (!t.economic && (!bestOther || t.term.length > bestOther.term.length)) bestOther = t;
      if (!best || t.term.length > best.term.length) best = t;
      else if (t.term.length === best.term.length && !!t.economic === six && !!best.economic !== six) best = t;
      // 五 lists 功能分类 类: there "国有资本经营预算支出" is 类 223, not the fund's total (九).
      else if (t.term.length === best.term.length && section === SECTION.generalBudget && t.key.startsWith('func:') && !best.key.startsWith('func:')) best = t;
    }
  }
  // Outside 六 an economic name only counts when nothing else matches.
  if (best && best.economic && !six && bestOther) return bestOther.key;
  return best ? best.key : null;
}

/** The subject a name is as a whole (住房公积金 → econ:30113), not one it merely contains
 * (单位缴纳的住房公积金 names nothing certain). */
export function subjectNamed(name: string, section: number | null): Subject | null {
  const p = name.replace(/[\s\u3000]+/g, '');
  const key = resolveSubject(p, section);
  return key && ALL_TERMS.some((t) => t.key === key && (t.term === p || looseName(t.term) === looseName(p))) ? key : null;
}

/** 等 closing a list of names (A、B等, A等其他人员支出), not 等于/相等/同等/等额, nor the 等 of a
 * word (高等教育, 中等职业, 一等奖), nor the 等 inside a name (商业服务业等支出, a 功能分类 类). */
const GROUP_CLOSER = /(?<![相均平同对高中初优上下次一二三四\d])等(?![于同额级待])/;
/** 合计/共计/小计 closing a list of two names or more (基本工资、津贴补贴、奖金合计268.84万元): the
 * sum of exactly those, when only 为/支出/金额 follow it (not a total's own name, 本年支出合计). */
const SUM_CLOSER = /(合计|共计|小计)(?=(为|是|支出|金额|[:：])*$)/;
const NAMES_WITH = (word: RegExp) => ALL_TERMS.filter((t) => word.test(t.term)).map((t) => t.term);
const NAMES_WITH_DENG = NAMES_WITH(/等/);
const NAMES_WITH_SUM = NAMES_WITH(/合计|共计|小计/);
const LIST_HEAD = /^.*(?:[:：]|主要包括|具体包括|包括|主要有|主要是|其中)/;
const LINK = /^(?:以及|及|和|与|还有|另有)/;

/** A phrase with every known name holding `names`' words blanked out, so their 等 or 合计 closes nothing. */
function masked(phrase: string, names: readonly string[]): string {
  let own = phrase;
  for (const n of names) own = own.split(n).join('＿'.repeat(n.length));
  return own;
}

/**
 * "社会保障缴费、住房公积金等315.44万元": a list of names closed by 等 names a group, not its last
 * item; closed by 合计/共计/小计 (基本工资、津贴补贴和奖金合计), the sum of exactly its names. `list`
 * is the text from the clause's start (or the figure before) to the figure; the group's members are
 * the names before the closer, each its subject or `raw:<name>` (A和B as the last name is two when
 * both are known names). Null when the figure's own phrase (`phrase`, its tail of `list`) has no closer.
 */
export function groupSubject(list: string, phrase: string, section: number | null): { key: Subject; text: string } | null {
  const deng = GROUP_CLOSER.exec(masked(phrase, NAMES_WITH_DENG));
  const sum = deng ? null : SUM_CLOSER.exec(masked(phrase, NAMES_WITH_SUM));
  const m = deng ?? sum;
  if (!m) return null;
  // "基本工资、津贴补贴等人员经费975.36万元": the words after 等 name the figure's whole, the names
  // before it are examples of it.
  if (deng) {
    const tail = subjectNamed(phrase.slice(m.index + 1).replace(/^(的|方面)/, '').replace(/(支出|方面)?(共计|合计|为|是)?$/, ''), section);
    if (tail) return { key: tail, text: list.trim() };
  }
  // "基本工资、津贴补贴、奖金三项合计": the number of names said before the closer is no name.
  const head = list.slice(0, list.length - phrase.length + m.index).replace(/[两二三四五六七八九十\d]项$/, '');
  const from = LIST_HEAD.exec(head)?.[0].length ?? 0;
  const names = head.slice(from).split('、').map((x) => x.replace(/[\s\u3000]+/g, '').replace(LINK, '')).filter((x) => x && !/\d/.test(x));
  const last = names.length > 0 ? /^(.+?)(?:和|及|与)(.+)$/.exec(names[names.length - 1]) : null;
  if (last && subjectNamed(last[1], section) && subjectNamed(last[2], section)) names.splice(names.length - 1, 1, last[1], last[2]);
  if (names.length === 0) return null;
  // One name before 合计 is that thing's total; a one-character "name" is the 收 of 收、支合计.
  if (sum && (names.length < 2 || names.some((x) => x.length < 2))) return null;
  const members = names.map((x) => subjectNamed(x, section) ?? `raw:${x}`).join('+');
  return { key: sum ? `sum:${members}` : `group:${members}`, text: list.slice(from).trim().replace(LINK, '') };
}

/** Which way a change or rate word goes: the one list for the claims (a 降幅 is negative) and the
 * direction checks (增加…，增幅为x% agree). */
export const UP_WORDS = /增加|增长|上升|提高|增支|增幅|超支|超出|超过|超预算/;
export const DOWN_WORDS = /减少|下降|降低|节约|节省|节支|结余|减支|降幅/;

/**
 * Words of a budget variance (预算6.27万元，决算5.91万元，节约0.36万元; 超支, 超出预算): the
 * difference from the budget, not a change from last year, unless a comparison with last year
 * governs them (比上年节约). 结余 alone, or 预算结余: 结转和结余 is a balance line of T01.
 */
export const BUDGET_VARIANCE = /(节约|节省|节支|超支|(?:超出|超过|超)(?:年初|调整后?)?预算数?|(?:^|预算)结余)了?$/;

/**
 * The money an evaluation covered, not the year's 决算: in a sentence about 绩效 (评价, 自评, 评估),
 * a figure after 涉及 / 覆盖 / 涵盖 / 纳入 (涉及一般公共预算支出174.6万元, 纳入绩效自评范围的一般公共
 * 预算支出226.06万元，政府性基金预算支出0万元), or named as the evaluated money (评价项目资金,
 * 自评资金总额, 开展绩效自评的项目支出). `before` is the sentence up to the figure.
 */
export function evaluationScope(before: string): boolean {
  const p = before.replace(/[\s\u3000]+/g, '');
  if (!/绩效|评价|自评|评估/.test(p)) return false;
  return /涉及|覆盖|涵盖|纳入/.test(p) || /(评价|自评|评估)[^，,。；;]{0,6}(资金|金额|支出)[^，,。；;]{0,6}$/.test(p);
}

/** Display names of canonical keys, for messages. */
export function subjectLabel(key: Subject, fallback: string): string {
  const t = TERMS.find(([, k]) => k === key);
  if (t) return t[0];
  return fallback;
}

/**
 * What each total is made of, for 其中 lists (tables.md §3–4): a closed list of the parts a total
 * has in the tables, or an open family (功能分类 类 → its 款, 经济分类). A list under a total
 * only takes figures of its parts, so the 年末结转和结余 after 本年支出合计's parts, the 公务接待费
 * after 公务用车's nested list, or 另有编外人员 after 在编人员 are not added in.
 */
export interface Decomposition {
  /** The key is one of the total's parts. */
  readonly has: (key: Subject) => boolean;
  /** Every part is listed here: parts that miss the total are then certainly wrong (closed lists only). */
  readonly closed: readonly Subject[] | null;
}

const closed = (keys: readonly Subject[]): Decomposition => ({ has: (k) => keys.includes(k), closed: keys });
const sanGongPartsOf = (k: 'total' | 'vehicleTotal'): Subject[] => sanGongParts(k).map((p) => `sanGong.${p}` as const);
const DECOMPOSITIONS: Readonly<Partial<Record<Subject, Decomposition>>> = {
  // 收、支总计 is two-sided (本年收入合计 + 年初结转 = 本年支出合计 + 年末结转): a list after it is
  // not one sum; the tables check it.
  grandTotal: { has: () => false, closed: null },
  incomeTotal: closed(INCOME_LINES.map((k) => `income.${k}` as const)),
  expenditureTotal: closed(EXPENDITURE_PARTS.map((k) => `expenditure.${k}` as const)),
  'expenditure.basic': closed(['personnel', 'public']),
  'generalBudget.basic': closed(['personnel', 'public']),
  'sanGong.total': closed(sanGongPartsOf('total')),
  'sanGong.vehicleTotal': closed(sanGongPartsOf('vehicleTotal')),
  'sanGong.reception': closed((Object.keys(RECEPTION_PARTS) as (keyof typeof RECEPTION_PARTS)[]).map((k) => `sanGong.${k}` as const)),
  'procurement.total': closed(['procurement.goods', 'procurement.works', 'procurement.services']),
  'procurement.sme': closed(['procurement.micro']),
  personnel: { has: (k) => /^econ:30[13]/.test(k), closed: null },
  public: { has: (k) => /^econ:3(0[2-9]|1\d|99)/.test(k), closed: null },
  'generalBudget.expenditure': { has: (k) => /^func(Path)?:/.test(k), closed: null },
};

/** The closed parts of a closed part (公务用车购置费 and 运行维护费 under 公务用车 under “三公”):
 * a list may name those instead of their total. */
export function subParts(key: Subject): readonly Subject[] {
  return DECOMPOSITIONS[key]?.closed ?? [];
}

/** The totals whose closed list of parts holds `key` (公务接待费 → “三公”经费). */
export function wholesOf(key: Subject): Subject[] {
  return (Object.keys(DECOMPOSITIONS) as Subject[]).filter((w) => DECOMPOSITIONS[w]?.closed?.includes(key));
}

export function decompositionOf(key: Subject): Decomposition | null {
  const d = DECOMPOSITIONS[key];
  if (d) return d;
  const func = /^func:(\d{3}|\d{5})$/.exec(key);
  if (func) return { has: (k) => k.startsWith(key) && k.length === key.length + 2, closed: null };
  return null;
}
