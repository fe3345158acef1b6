import { NarrativeContext, report, spanOf } from '../context';
import { MISSING_UNIT, TEMPLATE, YEAR } from '../rules';

/** Comparisons must be with the year before the report year (narrative.md §3). */
export function checkYears(ctx: NarrativeContext): void {
  const y = ctx.year;
  if (y === null) return;
  const t = ctx.seg.clean.text;
  const re = /(与|比|较)(20\d\d)年/g;
  for (const p of ctx.seg.paragraphs) {
    if (!p.inRegion || p.kind !== 'text') continue;
    re.lastIndex = 0;
    const text = t.slice(p.start, p.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const year = Number(m[2]);
      if (year === y - 1) continue;
      const s = p.start + m.index + m[1].length;
      report(ctx, YEAR, 'error', spanOf(ctx, s, s + m[2].length + 1),
        `这是${y}年度决算，应与${y - 1}年比较，文中写“${m[0]}”。`, { expected: `${y - 1}年`, actual: `${year}年` });
    }
  }
  for (let i = 0; i < ctx.seg.sentences.length; i++) {
    const p = ctx.seg.paragraphs[ctx.seg.sentences[i].paragraph];
    if (!p.inRegion || p.kind !== 'text') continue;
    const { start, end } = ctx.seg.sentenceClean[i];
    const m = /^(?:\d{1,2}[.、])?(20\d\d)年/.exec(t.slice(start, Math.min(end, start + 12)));
    if (!m || Number(m[1]) === y) continue;
    const s = start + m[0].length - 5;
    report(ctx, YEAR, 'error', spanOf(ctx, s, s + 5), `这是${y}年度决算，本年数应写${y}年，文中写“${m[1]}年”。`, { expected: `${y}年`, actual: `${m[1]}年` });
  }
}

const TEMPLATE_TEXT = /(?<![A-Za-z])(?:X{2,}|Ｘ{2,}|x{3,})(?![A-Za-z])|×{2,}|待填写|待补充|此处填写/g;

export function checkTemplate(ctx: NarrativeContext): void {
  const t = ctx.seg.clean.text;
  for (const p of ctx.seg.paragraphs) {
    if (!p.inRegion) continue;
    TEMPLATE_TEXT.lastIndex = 0;
    const text = t.slice(p.start, p.end);
    let m: RegExpExecArray | null;
    while ((m = TEMPLATE_TEXT.exec(text)) !== null) {
      const at = p.start + m.index;
      report(ctx, TEMPLATE, 'error', spanOf(ctx, at, at + m[0].length), `模板占位文字“${m[0]}”未替换为实际内容。`);
    }
  }
}

export function checkUnits(ctx: NarrativeContext): void {
  for (const c of ctx.claims) {
    if (c.unitStated) continue;
    report(ctx, MISSING_UNIT, 'warning', c.span, `金额“${c.written}”后未写单位（应为“${c.written}万元”），核对时按万元处理。`, { expected: `${c.written}万元`, actual: c.written });
  }
}
