import { chineseNumeral } from '../../numerals';
import { narrativeRule } from '../rule';
import { NarrativeContext, report, spanOf } from '../context';
import { DECLARED_BASE_AFTER, comparisons, ownYears } from '../years';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const YEAR = narrativeRule({
  id: 'narrative-year',
  title: '说明：年份错误',
  severity: 'error',
  doc: '2023年度决算只与2022年度比较；本年数应写本年度。',
  identity: 'narrative.md §3 年份',
  certainWhen: '错误：比较年份紧挨“与/比/较”写明且报告年度确定（标题或全文多数年份）：比较的不是上一年，或本年数写成别的年份。与本年度预算或年初数比较、注明的比较基年（如“2019年（疫情前）”）、下一年度预算或计划的句子（“2024年度‘三公’经费预算较2023年压减5%”“预计2024年支出比2023年增长”）、占位文字中的年份不报；报告年度以标题所写为准。',
});

export const TEMPLATE = narrativeRule({
  id: 'narrative-template',
  title: '说明：模板文字未替换',
  severity: 'error',
  doc: '“XX”“XXX”“××”“待填写”等模板占位文字未替换。',
  identity: 'narrative.md §3 模板残留',
  certainWhen: '错误：文中留有“【请填写…】”等占位或 XX、××、待填写等模板文字。',
});

export const MISSING_UNIT = narrativeRule({
  id: 'narrative-missing-unit',
  title: '说明：金额缺少单位',
  severity: 'warning',
  doc: '金额后未写“万元”或“元”，读者无法确定单位；核对时按万元处理。',
  identity: 'narrative.md §3 单位',
  certainWhen: '只报警告：金额未写单位。',
});

export const MISSING_SECTION = narrativeRule({
  id: 'narrative-missing-section',
  title: '说明：缺少部分内容',
  severity: 'warning',
  doc: '完整的情况说明（有“第二部分……情况说明”标题且已写出至少五个部分）应有一至十各部分（四川模板；全国模板另有十一）。已写出的部分之间缺号的列出；写到七以后的，缺少的后续部分也列出（只写到五、六的按节选处理）。可能是漏写或编号错误。',
  identity: 'narrative.md §1 各部分',
  certainWhen: '只报警告：完整说明中缺少部分。',
});

export const ODD_YEAR = narrativeRule({
  id: 'narrative-odd-year',
  title: '说明：年份可疑',
  severity: 'warning',
  doc: '文中出现与报告年度相差很远的年份（如2023年度说明中的“2002年”），可能是笔误；明示的比较基年（如“2019年（疫情前）”）除外。',
  identity: 'narrative.md §3 年份',
  certainWhen: '只报警告：年份与报告年度相差很远。',
});

export const NO_FIGURES = narrativeRule({
  id: 'narrative-no-figures',
  title: '说明：没有识别出任何数字',
  severity: 'warning',
  doc: '说明中没有识别出任何金额或比例，因此什么也没有核对。可能粘贴的不是情况说明正文（只有目录、部门概况或名词解释），或文字无法识别；“没有发现问题”不等于核对通过。',
  identity: 'narrative.md §1 各部分复述的表格数字',
  certainWhen: '只报警告：说明有文字，但其中没有识别出金额或比例。',
});

/**
 * Years (narrative.md §3): a comparison names the year before the report year; a statement of the
 * report's own figures (2023年度收、支总计, 纳入2023年度决算) names the report year. Both are
 * certain when the report year is known: the year is printed in the same phrase.
 */
export function checkYears(ctx: NarrativeContext): void {
  const y = ctx.year;
  if (y === null) return;
  const t = ctx.seg.clean.text;
  for (const p of ctx.seg.paragraphs) {
    if (!p.inRegion || p.kind !== 'text') continue;
    const text = t.slice(p.start, p.end);
    const holes = placeholders(t, p.start, p.end);
    const compared = new Set<number>();
    for (const c of comparisons(text)) {
      compared.add(c.start);
      // A plan's comparison, or one in a sentence about a later year (预计2024年支出比2023年增长), is
      // made from that year; a 2022 there is no slip of this report's change.
      if ((c.otherBase && !(c.yearStart && c.year < y - 1)) || (c.plan && (c.planYear === null || c.planYear > y)) || (c.sentenceYear !== null && c.sentenceYear > y)) continue;
      if (c.year === y - 1 || inside(holes, p.start + c.start)) continue;
      report(ctx, YEAR, 'error', spanOf(ctx, p.start + c.start, p.start + c.end),
        `这是${y}年度决算，应与${y - 1}年比较，文中写“${text.slice(c.at, c.end).replace(/[\s\u3000]+/g, '')}”。`, { expected: `${y - 1}年`, actual: `${c.year}年` });
    }
    // A year far from the report's (2002 in a 2023 report): a typo more likely than a real date.
    for (const m of text.matchAll(/(20\d\d)[\s\u3000]*年/g)) {
      const at = p.start + (m.index ?? 0);
      const year = Number(m[1]);
      if (year <= y + 1 && year >= y - 8) continue;
      if (inside(holes, at) || DECLARED_BASE_AFTER.test(text.slice((m.index ?? 0) + m[0].length).replace(/^度/, ''))) continue;
      if (/^\d/.test(text[(m.index ?? 0) - 1] ?? '')) continue;
      report(ctx, ODD_YEAR, 'warning', spanOf(ctx, at, at + m[0].length), `这是${y}年度决算，文中出现“${year}年”，请核对是否笔误。`, { actual: `${year}年` });
    }
    for (const m of ownYears(text, y)) {
      // A budget or plan of this year or a later one is named on purpose; one of an earlier year
      // (2022年度“三公”经费预算 in a 2023 report) is as much a slip as an own-year statement.
      const slip = m.role === 'own' || (m.role === 'plan' && m.year < y);
      if (m.year === y || !slip || compared.has(m.start) || inside(holes, p.start + m.start)) continue;
      report(ctx, YEAR, 'error', spanOf(ctx, p.start + m.start, p.start + m.end), `这是${y}年度决算，本年数应写${y}年，文中写“${m.year}年”。`, { expected: `${y}年`, actual: `${m.year}年` });
    }
  }
}

/** Template words left in the text: XX / XXX / ×× (not inside a Latin word), 待填写… */
const TEMPLATE_TEXT = /(^|[^A-Za-z])(X{2,}|Ｘ{2,}|x{3,})(?![A-Za-z])|(×{2,}|待填写|待补充|此处填写)/g;
/** A bracketed placeholder the generator (or a template) leaves for the user: 【请填写：…】. */
const PLACEHOLDER = /【[^】\n]{0,200}?(?:请填写|待填写|请补充|待补充|请核实|填写)[^】\n]{0,200}】/g;

/** Clean-text ranges of the 【请填写…】 placeholders in [from, to). */
export function placeholders(t: string, from: number, to: number): [number, number][] {
  return [...t.slice(from, to).matchAll(PLACEHOLDER)].map((m) => [from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
}

const inside = (ranges: readonly [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e);

/** Unfinished text (issue 11 §6): a placeholder left unfilled, or template words. Certain: the
 * words themselves say the text is not finished. */
export function checkTemplate(ctx: NarrativeContext): void {
  const t = ctx.seg.clean.text;
  for (const p of ctx.seg.paragraphs) {
    if (!p.inRegion) continue;
    const holes = placeholders(t, p.start, p.end);
    for (const [s, e] of holes) {
      report(ctx, TEMPLATE, 'error', spanOf(ctx, s, e), `占位文字“${t.slice(s, e)}”尚未填写。`);
    }
    const text = t.slice(p.start, p.end);
    for (const m of text.matchAll(TEMPLATE_TEXT)) {
      const word = m[2] ?? m[3];
      const at = p.start + (m.index ?? 0) + (m[1]?.length ?? 0);
      if (inside(holes, at)) continue;
      report(ctx, TEMPLATE, 'error', spanOf(ctx, at, at + word.length), `模板占位文字“${word}”未替换为实际内容。`);
    }
  }
}

export function checkUnits(ctx: NarrativeContext): void {
  for (const c of ctx.claims) {
    if (c.unitStated || c.value.isZero()) continue; // a zero reads the same in any unit
    report(ctx, MISSING_UNIT, 'warning', c.span, `金额“${c.written}”后未写单位（应为“${c.written}万元”），核对时按万元处理。`, { expected: `${c.written}万元`, actual: c.written });
  }
}

/** The sections of a whole 说明 (narrative.md §1): 一 … 十 (十一 in the national template). Only
 * when the text is a whole 说明 — its 部分 heading is there and five sections at least are — so
 * that an excerpt is not asked for what it never meant to hold. */
export function checkSections(ctx: NarrativeContext): void {
  const seg = ctx.seg;
  const heading = seg.parts.find((p) => p.start === seg.region.start);
  if (!heading) return;
  const numbers = new Set(seg.sections.map((s) => s.number));
  if (numbers.size < 5) return;
  // Gaps below the last section written, and the tail only when the text went past 六: a paste
  // that stops at 五 is an excerpt, not a 说明 missing half its parts.
  const last = Math.max(...numbers);
  const upTo = last >= 7 ? 10 : last;
  const missing = Array.from({ length: upTo }, (_, i) => i + 1).filter((n) => !numbers.has(n));
  if (missing.length === 0) return;
  const names = missing.map((n) => chineseNumeral(n)).join('、');
  const original = seg.clean.original;
  const eol = original.indexOf('\n', heading.start);
  const span = { start: heading.start, end: (eol < 0 ? original.length : eol) - (original[eol - 1] === '\r' ? 1 : 0) };
  report(ctx, MISSING_SECTION, 'warning', span, `说明中没有找到第${names}部分（按“一、……”编号），请核对是否漏写或编号有误。`, { expected: '一至十', actual: `缺${names}` });
}

/** A 说明 in which no figure was read: nothing was checked, and a clean report would say the
 * opposite. Said once, at the text's start. */
export function checkFiguresFound(ctx: NarrativeContext): void {
  if (ctx.claims.length > 0) return;
  const clean = ctx.seg.clean.text;
  const at = clean.search(/\S/);
  if (at < 0) return;
  const eol = clean.indexOf('\n', at);
  const end = Math.min(eol < 0 ? clean.length : eol, at + 40);
  report(ctx, NO_FIGURES, 'warning', spanOf(ctx, at, end),
    '说明中没有识别出任何金额或比例，未作任何核对。请确认提供的是部门决算情况说明正文（目录、部门概况、名词解释不核对），且文字可以复制。');
}
