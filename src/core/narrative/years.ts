/**
 * Years named in the 说明, read once for the report-year vote (segment.ts) and the year checks
 * (checks/text.ts): comparisons (与2022年度相比) and statements of a year's own figures
 * (2023年度收、支总计). Each mention says what it is, so a check can tell a slip from a deliberate
 * mention of another year (last year's figure, next year's budget, a reason dated last year).
 */

/** A comparison with a year: 与2022年度相比, 比2022年, 较 2022 年度决算数, 2022年度相比 (与 dropped). */
const COMPARED_YEAR = /(?:(与|比|较|同)[\s\u3000]*(20\d\d)[\s\u3000]*年度?|(20\d\d)[\s\u3000]*年度?[\s\u3000]*(?=相比))/g;
/** A statement of a year's own figures: 2023年度收、支总计, 纳入2023年度决算, 2023年末. */
const OWN_YEAR = /(20\d\d)[\s\u3000]*年(?:度(?=[\s\u3000]*(?:收|支|本年|部门|单位|决算|一般公共|财政拨款|“|"|三公|政府|国有|机关|本单位|本部门))|末)/g;
/** 与 / 同 inside another word (参与, 给与, 共同, 会同…) is no comparison. */
const NOT_COMPARISON_BEFORE: Readonly<Record<string, RegExp>> = { 与: /[参给赋授干]$/, 同: /[共会协连如相等一]$/ };
/** A comparison with a budget (与2023年度部门预算相比, 较2023年初预算) names the report's own year
 * (初: the 年 of 年初 is taken by the year). */
export const BUDGET_AFTER = /^[\s\u3000]*(?:初|部门|单位|批复|年初|全年|调整后?|的)*预算/;
/** 较2023年初 (no 预算): the balance at the start of the report's year (the day after last year's
 * end, so 较2022年末 says the same): a deliberate base when it is the report's year or last year's;
 * an earlier year's start is a slip like any other year (checks/text.ts, `yearStart`). */
const YEAR_START_AFTER = /^[\s\u3000]*初/;
/** A declared extra base (比2019年（疫情前）) is deliberate. */
export const DECLARED_BASE_AFTER = /^[\s\u3000]*[（(]/;
/** What stands just before a year that makes it a prior-year mention: 与/比/较/同, 上年（2022年度）. */
const COMPARISON_BEFORE = /(与|比|较|同|上年|去年|[（(])[\s\u3000]*$/;
/** A reason or a date clause (主要原因是2022年度单位搬迁, 自2022年末起): the year dates an event. */
const EVENT_BEFORE = /(原因|由于|因为|因|受|随着|自|从|截至|截止|以来|至|到|于|在)[^。；;，,]{0,12}$/;
const SENTENCE_END = /[。；;!！?？\n]/;
/** Words that put a sentence in the future (a plan, a forecast, a target): 预计2024年支出比2023年增长,
 * 力争一般性支出较2023年下降5%. Not a bare 计划 (计划生育 is a functional class), 将 (将 also means
 * 把), 争取 (争取上级资金 is a past reason) nor 结转下年度 (this year's balance). */
const PLAN_WORDS = /预计|力争|预测|下一步|下阶段|今后|明年|(?<!结转|结余|转入)下一?年度/;
/** What follows a year that makes it a plan's year: 2024年将继续…, 2024年拟…. */
const PLAN_VERB_AFTER = /^度?[\s\u3000]*[，,]?[\s\u3000]*(?:将|拟|计划(?!生育|单列)|预计|力争)/;
/** Where the phrase a year heads ends: a figure, a punctuation mark, a verb or a comparison word. */
const PHRASE_END = /[，,。；;：:\d]|较|比|与|为|是|共|均|合计|达|增|减|降|升|压|控制/;
/** A budget or plan named in that phrase (2024年度“三公”经费预算, 2024年预算), not a fund of the
 * budget system (一般公共预算、政府性基金预算、国有资本经营预算财政拨款). */
const BUDGET_IN_PHRASE = /(?<!公共|基金|经营)(?:预算|计划(?!生育|单列))(?!财政拨款|拨款|内|外)/;
/** Words of an actual (决算) figure, and the base of a comparison that may name one (较2023年决算). */
const ACTUAL = /决算|实际|执行/;
const COMPARED_BASE = /(?:与|比|较|同)[^，,。；;]{0,10}?决算数?/g;

export interface YearComparison {
  readonly year: number;
  /** The year's digits … 年 in the text (PDF text may have spaces inside). */
  readonly start: number;
  readonly end: number;
  /** The match start (for de-duplication with own-year statements). */
  readonly at: number;
  /** 与2023年度预算相比, 比2019年（疫情前） or 较2023年初: not a comparison with last year's 决算. */
  readonly otherBase: boolean;
  /** 较2023年初: the base is the start of that year (a deliberate base only for the report's year or
   * last year's). */
  readonly yearStart: boolean;
  /** In a sentence about a budget or a plan (2024年预算较2023年决算, 力争…较2023年下降): compared
   * from the plan's year, not the report's. */
  readonly plan: boolean;
  /** The budget's or plan's year that makes it `plan` (2024 in 2024年预算较2023年决算); null when
   * words of the future do (预计, 力争). A budget of the report's own year compared with a wrong year is a slip. */
  readonly planYear: number | null;
  /** The latest year the sentence names before the comparison outside comparisons (2024 in
   * 预计2024年支出比2023年增长): the time the sentence speaks of, when it names one. */
  readonly sentenceYear: number | null;
}

export function comparisons(text: string): YearComparison[] {
  const out: YearComparison[] = [];
  for (const m of text.matchAll(COMPARED_YEAR)) {
    const at = m.index ?? 0;
    const word = m[1];
    if (word && NOT_COMPARISON_BEFORE[word]?.test(text.slice(Math.max(0, at - 1), at))) continue;
    const digits = m[2] ?? m[3];
    const start = at + m[0].indexOf(digits);
    const after = text.slice(at + m[0].length, at + m[0].length + 12);
    const sentenceStart = lastIndexOf(text, SENTENCE_END, at) + 1;
    const named = namedYears(text, sentenceStart, at);
    out.push({
      year: Number(digits), start, end: start + yearLength(text, start), at,
      otherBase: BUDGET_AFTER.test(after) || DECLARED_BASE_AFTER.test(after) || YEAR_START_AFTER.test(after),
      yearStart: !BUDGET_AFTER.test(after) && YEAR_START_AFTER.test(after),
      // A plan's year compared with an earlier one (2024年预算较2023年决算); a budget compared with
      // its own year (2023年度预算…较2023年) is no plan's comparison but a slip.
      plan: PLAN_WORDS.test(text.slice(sentenceStart, at)) || named.some((n) => n.plan && n.year > Number(digits)),
      planYear: PLAN_WORDS.test(text.slice(sentenceStart, at)) ? null : Math.max(0, ...named.filter((n) => n.plan).map((n) => n.year)) || null,
      sentenceYear: named.length ? named[named.length - 1].year : null,
    });
  }
  return out;
}

/** The years named in text[from, to) outside comparisons, each with whether it heads a budget or a
 * plan whose own figures stop before `to` (a comparison there is made from the plan's year). */
function namedYears(text: string, from: number, to: number): { year: number; plan: boolean }[] {
  const out: { year: number; plan: boolean }[] = [];
  const span = text.slice(from, to);
  for (const m of span.matchAll(/(20\d\d)[\s\u3000]*年(?![\s\u3000]*\d)/g)) {
    const at = from + (m.index ?? 0);
    if (COMPARISON_BEFORE.test(text.slice(Math.max(0, at - 4), at))) continue;
    const end = at + m[0].length;
    out.push({ year: Number(m[1]), plan: headsPlan(text, end, to) });
  }
  return out;
}

/** Does the year ending at `end` head a budget or a plan (2024年度“三公”经费预算…, 2024年将…), its
 * sentence (up to `until`, else its end) stating no actual figure? A budget beside its 决算
 * (2023年度“三公”经费预算为…，决算为…) is the report's own year stating its figures. */
function headsPlan(text: string, end: number, until?: number): boolean {
  const after = text.slice(end, end + 24);
  if (PLAN_VERB_AFTER.test(after)) return true;
  const stop = after.search(PHRASE_END);
  if (!BUDGET_IN_PHRASE.test(stop < 0 ? after : after.slice(0, stop))) return false;
  const sentenceEnd = until ?? indexOf(text, SENTENCE_END, end);
  return !ACTUAL.test(text.slice(end, sentenceEnd).replace(COMPARED_BASE, ''));
}


export interface OwnYear {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  /** What the mention is, as far as the words say:
   * - 'own': heads a statement of the report's figures (a wrong year here is a slip);
   * - 'prior': follows a comparison word or 上年, or follows the report year's statement in the same
   *   sentence (…，2022年度收、支总计均为…) — last year's figure, named deliberately;
   * - 'event': inside a reason or date clause — not a statement of figures;
   * - 'plan': heads a budget or a plan (2024年度“三公”经费预算, 2023年度部门预算), or a sentence
   *   that speaks of the future (预计2024年度…): the report's own year or a later one, on purpose;
   *   it does not say which year the report is. */
  readonly role: 'own' | 'prior' | 'event' | 'plan';
}

export function ownYears(text: string, reportYear: number | null): OwnYear[] {
  const out: OwnYear[] = [];
  for (const m of text.matchAll(OWN_YEAR)) {
    const start = m.index ?? 0;
    const year = Number(m[1]);
    const before = text.slice(Math.max(0, start - 20), start);
    const sentenceStart = lastIndexOf(text, SENTENCE_END, start) + 1;
    const inSentence = text.slice(sentenceStart, start);
    const after = text.slice(start + m[0].length, start + m[0].length + 12);
    let role: OwnYear['role'] = 'own';
    if (COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 4), start))) role = 'prior';
    else if (EVENT_BEFORE.test(before.slice(before.length - Math.min(before.length, start - sentenceStart)))) role = 'event';
    else if (BUDGET_AFTER.test(after) || headsPlan(text, start + m[0].length) || PLAN_WORDS.test(inSentence)) role = 'plan';
    else if (reportYear !== null && year === reportYear - 1 && new RegExp(`${reportYear}[\\s\\u3000]*年|本年`).test(inSentence)) role = 'prior';
    out.push({ year, start, end: start + yearLength(text, start), role });
  }
  return out;
}

/** Length of "2023年" / "2023 年" from the digits. */
function yearLength(text: string, start: number): number {
  const m = /^\d{4}[\s\u3000]*年/.exec(text.slice(start, start + 8));
  return m ? m[0].length : 4;
}

function indexOf(text: string, re: RegExp, from: number): number {
  for (let k = from; k < text.length; k++) if (re.test(text[k])) return k;
  return text.length;
}

function lastIndexOf(text: string, re: RegExp, before: number): number {
  for (let k = before - 1; k >= 0; k--) if (re.test(text[k])) return k;
  return -1;
}
