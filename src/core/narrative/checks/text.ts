import { chineseNumeral } from '../../numerals';
import { NarrativeContext, report, spanOf } from '../context';
import { MISSING_SECTION, MISSING_UNIT, ODD_YEAR, TEMPLATE, YEAR } from '../rules';
import { DECLARED_BASE_AFTER, comparisons, ownYears } from '../years';

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
      if (c.otherBase || c.year === y - 1 || inside(holes, p.start + c.start)) continue;
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
      if (m.year === y || m.role !== 'own' || compared.has(m.start) || inside(holes, p.start + m.start)) continue;
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

