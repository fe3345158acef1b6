import type { GeneratedNarrative, Section } from '../../core/generate/types';
import type { SheetCell } from '../../excel/host';

/** The 说明 as rows of one column for 插入到新工作表: title, then each heading and paragraph. */
export function narrativeRows(narrative: GeneratedNarrative): SheetCell[][] {
  const rows: SheetCell[][] = [[narrative.title]];
  const walk = (s: Section) => {
    rows.push([s.heading]);
    for (const p of s.paragraphs) rows.push([p.text]);
    for (const sub of s.subsections) walk(sub);
  };
  narrative.sections.forEach(walk);
  return rows;
}

/** "3 处需要填写：上年收入支出总计、…" — the placeholders, each label once. */
export function placeholderLine(narrative: GeneratedNarrative): string {
  const labels = [...new Set(narrative.placeholders.map((p) => p.label))];
  if (labels.length === 0) return '所有数字均已从附表和补充数据中取得，没有需要填写的地方。';
  return `文中有 ${narrative.placeholders.length} 处【请填写：…】，需要补充：${labels.join('、')}。`;
}

/** A file name for the download: 单位名称 + title (年度 + 部门决算情况说明), without characters file systems refuse. */
export function docxFileName(narrative: GeneratedNarrative): string {
  const name = `${narrative.entity ?? ''}${narrative.title}`.replace(/[\\/:*?"<>|]/g, '_');
  return `${name || '决算情况说明'}.docx`;
}
