import { FUNCTIONAL_CLASSES, functionalName, looseName } from '../../classification/functional';
import { narrativeRule } from '../rule';
import { NarrativeContext, report, spanOf } from '../context';
import { kuanCodesByName, xiangCodesByName } from '../functionalPath';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const CLASSIFICATION = narrativeRule({
  id: 'narrative-classification',
  title: '说明：功能分类名称与层级不符',
  severity: 'error',
  doc: '类/款/项名称应与政府收支分类科目一致，款应属于所写的类（如“住房改革支出”款属于221住房保障支出类）。',
  identity: 'tables.md §5',
  certainWhen: '错误：款名属于另一类（按科目表），或写出的编码与名称不符（名称在编码前后均可）。数量（如“214人次”）不作编码。',
});

/** A number followed by one of these counts something; it is not a code. */
const COUNT_UNIT = /^(人次|批次|人|辆|个|次|台|套|家|批|项|张|所|名|户|万人)/;

/** The 类 names (3-digit codes): words that name some 类, whichever. */
const CLASS_NAMES = Object.entries(FUNCTIONAL_CLASSES).filter(([code]) => code.length === 3).map(([, name]) => name);
/** One name is the other, loosely (一般公共服务 / 一般公共服务支出). */
function sameName(written: string, name: string): boolean {
  const a = looseName(written);
  const b = looseName(name);
  return a.length >= 2 && (a.startsWith(b) || b.startsWith(a));
}

/**
 * 类/款/项 name paths and printed codes against the classification tables. Unknown names are
 * not findings (our tables are not exhaustive); a known 款 under another 类 is.
 */
export function checkClassification(ctx: NarrativeContext): void {
  const seen = new Set<number>();
  for (const c of ctx.claims) {
    const p = c.path;
    if (!p || seen.has(p.span.start)) continue;
    seen.add(p.span.start);
    if (p.kuanCode && p.classCode && !p.kuanCode.startsWith(p.classCode)) {
      const realClass = p.kuanCode.slice(0, 3);
      report(ctx, CLASSIFICATION, 'error', p.span,
        `“${p.kuanName}”款（${p.kuanCode}）属于${realClass}${FUNCTIONAL_CLASSES[realClass] ?? ''}类，文中写在“${p.className}（类）”下。`,
        { expected: `${FUNCTIONAL_CLASSES[realClass] ?? realClass}（类）`, actual: `${p.className}（类）` });
      ctx.verified.add(c.id);
    } else if (p.kuanCode && p.xiangName && !p.xiangCode && xiangCodesByName(p.xiangName).length > 0) {
      report(ctx, CLASSIFICATION, 'warning', p.span,
        `“${p.xiangName}”项不在“${p.kuanName}”款（${p.kuanCode}）下，请核对科目名称。`);
    }
  }
  // "2210201住房公积金": a printed code with its name. Also "农林水213（类）水利03（款）…": the code
  // after its name, where the name before it is the one to compare. "214人次" is a count.
  const t = ctx.seg.clean.text;
  const re = /(2\d{2}(?:\d{2}){0,2})(?![\d.%])[\s\u3000]*([\u4e00-\u9fff（）]{2,30})/g;
  for (const para of ctx.seg.paragraphs) {
    if (!para.inRegion || para.kind !== 'text') continue;
    re.lastIndex = 0;
    const text = t.slice(para.start, para.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (/[\d.,]/.test(text[m.index - 1] ?? '')) continue; // inside a longer number
      const at = para.start + m.index;
      const known = functionalName(m[1]);
      if (!known || /^(年|万元|元|亿元)/.test(m[2]) || COUNT_UNIT.test(m[2])) continue;
      const level = /^[（(](类|款|项)[）)]/.exec(m[2]);
      if (level) {
        // The name stands before its code (一般公共服务201（类）) or after it (213（类）农林水支出).
        // The text may say either, so the code is compared with the neighbour that is a 类 name at
        // all; when neither is, which words name the code is not known and nothing is judged.
        if (m[1].length !== 3 || level[1] !== '类') continue;
        const before = /([\u4e00-\u9fff]{2,20})$/.exec(text.slice(0, m.index))?.[1];
        const after = /^[（(]类[）)][\s\u3000]*([\u4e00-\u9fff]{2,20})/.exec(m[2])?.[1];
        const named = (n: string | undefined) => !!n && sameName(n, known);
        if (named(before) || named(after)) continue;
        const candidate = [after, before].find((n) => n && CLASS_NAMES.some((k) => sameName(n, k)));
        if (!candidate) continue;
        const s = candidate === before ? at - candidate.length : at;
        const e = candidate === before ? at + m[1].length : at + m[0].length;
        report(ctx, CLASSIFICATION, 'error', spanOf(ctx, s, e),
          `科目编码${m[1]}的名称是“${known}”，文中写作“${candidate}”。`, { expected: known, actual: candidate });
        continue;
      }
      const name = looseName(m[2]);
      if (name.startsWith(looseName(known))) continue;
      report(ctx, CLASSIFICATION, 'error', spanOf(ctx, at, at + m[0].length),
        `科目编码${m[1]}的名称是“${known}”，文中写作“${m[2]}”。`, { expected: known, actual: m[2] });
    }
    checkCodesAfterNames(ctx, para.start, text);
  }
}

/** A name, then its code in brackets: 行政运行（2010301）. */
const NAME_THEN_CODE = /([\u4e00-\u9fff（）]{2,40}?)[（(][\s\u3000]*(2\d{2}(?:\d{2}){1,2})[\s\u3000]*[）)]/g;

/**
 * "行政运行（2010302）": the code printed after its name in brackets (五（三） item heads). An error
 * only when the words are themselves a 项 (or 款) name of the classification at the code's level
 * and not the code's: words we do not know may be a local name.
 */
function checkCodesAfterNames(ctx: NarrativeContext, offset: number, text: string): void {
  NAME_THEN_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_THEN_CODE.exec(text)) !== null) {
    const code = m[2];
    const known = functionalName(code);
    if (!known) continue;
    // The name runs back to the item number or the last separator (names hold brackets: 办公厅（室）).
    const written = m[1].replace(/^.*[（(](?:类|款|项)[）)]/, '').replace(/^[（）]+/, '');
    const level = code.length === 7 ? xiangCodesByName(written) : kuanCodesByName(written);
    if (level.length === 0 || level.includes(code) || sameName(written, known)) continue;
    const at = offset + m.index + m[1].length - written.length;
    report(ctx, CLASSIFICATION, 'error', spanOf(ctx, at, offset + m.index + m[0].length),
      `科目编码${code}的名称是“${known}”，文中写作“${written}”。`, { expected: known, actual: written });
  }
}
