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
/** A comparison with a budget (与2023年度部门预算相比) names the report's own year. */
export const BUDGET_AFTER = /^[\s\u3000]*(?:部门|单位|批复|年初|全年|调整后?|的)*预算/;
/** A declared extra base (比2019年（疫情前）) is deliberate. */
export const DECLARED_BASE_AFTER = /^[\s\u3000]*[（(]/;
/** What stands just before a year that makes it a prior-year mention: 与/比/较/同, 上年（2022年度）. */
const COMPARISON_BEFORE = /(与|比|较|同|上年|去年|[（(])[\s\u3000]*$/;
/** A reason or a date clause (主要原因是2022年度单位搬迁, 自2022年末起): the year dates an event. */
const EVENT_BEFORE = /(原因|由于|因为|因|受|随着|自|从|截至|截止|以来|至|到|于|在)[^。；;，,]{0,12}$/;
const SENTENCE_END = /[。；;!！?？\n]/;

export interface YearComparison {
  readonly year: number;
  /** The year's digits … 年 in the text (PDF text may have spaces inside). */
  readonly start: number;
  readonly end: number;
  /** The match start (for de-duplication with own-year statements). */
  readonly at: number;
  /** 与2023年度预算相比 or 比2019年（疫情前）: not a comparison with last year's 决算. */
  readonly otherBase: boolean;
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
    out.push({
      year: Number(digits), start, end: start + yearLength(text, start), at,
      otherBase: BUDGET_AFTER.test(after) || DECLARED_BASE_AFTER.test(after),
    });
  }
  return out;
}

export interface OwnYear {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  /** What the mention is, as far as the words say:
   * - 'own': heads a statement of the report's figures (a wrong year here is a slip);
   * - 'prior': follows a comparison word or 上年, or follows the report year's statement in the same
   *   sentence (…，2022年度收、支总计均为…) — last year's figure, named deliberately;
   * - 'event': inside a reason or date clause, or next year's budget — not a statement of figures. */
  readonly role: 'own' | 'prior' | 'event';
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
    else if (reportYear !== null && year === reportYear + 1 && BUDGET_AFTER.test(after)) role = 'event';
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

function lastIndexOf(text: string, re: RegExp, before: number): number {
  for (let k = before - 1; k >= 0; k--) if (re.test(text[k])) return k;
  return -1;
}
