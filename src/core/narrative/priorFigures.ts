/**
 * Last year's figure named by its year, with no 较/比 (claims.ts reads the 较/比 forms): 由2021年度的
 * A增加到B, （2021年度：A）after this year's figure, 与2021年度（A）相比, and 2021年度、2022年度…
 * 分别为A、B. Each says which figure is last year's; read as this year's, it would contradict the
 * tables and the change beside it.
 */

/** Last year named in words, or a year in digits. */
const YEAR = '(?:上年度?|去年|上一年度?|(20\\d\\d)[\\s\\u3000]*年度?)';

/** "由2021年度的" / "从上年" / "由" right before the figure: the start of a change from … to … */
const FROM = new RegExp(`(?:由|从)${YEAR}?(?:同期)?(?:决算数?)?(?:的)?$`);
/** …增加到 / 减少至 / 下降为 right after the from-figure: what makes 由/从 a change's start. */
const TO_AHEAD = /^[\s\u3000，,]*(?:增加|增长|减少|下降|上升|降低|提高|压减|缩减|回落|变化|调整)?(?:到|至|为)/;
/** The to-figure's own words: 增加到, 增长至2022年度的, 下降为本年的. */
export const TO_FIGURE = /^(?:增加|增长|减少|下降|上升|降低|提高|压减|缩减|回落|变化|调整)?(?:到|至|为)(?:20\d\d年度?|本年度?|今年)?(?:的)?$/;

/**
 * The from-figure of 由/从…到/至… (`phrase`: the words before it, spaces removed; `ahead`: the text
 * after its unit). The words left once the 由/从 part is removed name the subject. A year that is
 * the report's own is no start of a change from last year.
 */
export function fromFigure(phrase: string, ahead: string, reportYear: number | null): { rest: string } | null {
  const m = FROM.exec(phrase);
  if (!m || !TO_AHEAD.test(ahead)) return null;
  if (m[1] && reportYear !== null && Number(m[1]) >= reportYear) return null;
  return { rest: phrase.slice(0, m.index) };
}

/** "（2021年度：1.85万元）", "（上年同期为1.85万元）": the words between this year's figure and it. */
const BRACKET = new RegExp(`^[\\s\\u3000]*[（(]${YEAR}(?:同期)?(?:决算数?|支出数?)?[：:为是]?$`);

/** Last year's figure in a bracket right after this year's (`between`: the text from that figure's end). */
export function bracketedPrior(between: string, reportYear: number | null): boolean {
  const m = BRACKET.exec(between.replace(/[\s\u3000]+/g, ''));
  if (!m) return false;
  return !m[1] || reportYear === null || Number(m[1]) < reportYear;
}

export type YearRole = 'amount' | 'prior';

const YEAR_TOKEN = /^(?:(20\d\d)[\s\u3000]*年度?|(本年度?|今年|当年)|(上年度?|去年|上一年度?))/;
const YEAR_JOIN = /^[\s\u3000]*(?:、|和|与|及|至)[\s\u3000]*/;

/**
 * "2021年度、2022年度收、支总计分别为A、B": the names before 分别 are years of one subject, so the
 * figures are that subject's, year by year. `names`: the words before 各/分别 in the figure's clause.
 * Returns the subject's words (the names without the years) and each figure's role: this year's
 * amount, last year's figure, or null for another year (no known quantity). With no report year,
 * the latest year named is taken as the report's.
 */
export function yearList(names: string, reportYear: number | null): { rest: string; roles: (YearRole | null)[] } | null {
  for (let at = 0; at < names.length; at++) {
    if (at > 0 && /[\d年]/.test(names[at - 1])) continue;
    const tokens: { year: number | null; role: YearRole | null }[] = [];
    let k = at;
    for (;;) {
      const m = YEAR_TOKEN.exec(names.slice(k));
      if (!m) break;
      tokens.push({ year: m[1] ? Number(m[1]) : null, role: m[2] ? 'amount' : m[3] ? 'prior' : null });
      k += m[0].length;
      const j = YEAR_JOIN.exec(names.slice(k));
      if (!j || !YEAR_TOKEN.test(names.slice(k + j[0].length))) break;
      k += j[0].length;
    }
    if (tokens.length < 2) continue;
    const own = reportYear ?? Math.max(...tokens.map((x) => x.year ?? 0));
    const roles = tokens.map((x) => x.role ?? (x.year === own ? 'amount' : x.year === own - 1 ? 'prior' : null));
    return { rest: names.slice(0, at) + names.slice(k), roles };
  }
  return null;
}
