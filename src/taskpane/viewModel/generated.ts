import { noteLines } from '../../core/generate/renderText';
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

/**
 * "文中有 3 处【请填写：…】，需要补充：…。" — the placeholders, each label once — followed by what
 * the generator inferred or reused (提示：…按行政单位写…), which the text itself never says.
 */
export function placeholderLine(narrative: GeneratedNarrative): string {
  const labels = [...new Set(narrative.placeholders.map((p) => p.label))];
  const head = labels.length === 0
    ? '所有数字均已从附表和补充数据中取得，没有需要填写的地方。'
    : `文中有 ${narrative.placeholders.length} 处【请填写：…】，需要补充：${labels.join('、')}。`;
  return [head, ...generationNotes(narrative)].join(' ');
}

/** "提示：（一）机关运行经费支出情况：按行政单位写…", one per note, for a list beside the text. */
export function generationNotes(narrative: GeneratedNarrative): string[] {
  return noteLines(narrative.notes ?? []).map((n) => `提示：${n}`);
}

/** A file name for the download: 单位名称 + title (年度 + 部门决算情况说明), without characters file systems refuse. */
export function docxFileName(narrative: GeneratedNarrative): string {
  const name = `${narrative.entity ?? ''}${narrative.title}`.replace(/[\\/:*?"<>|]/g, '_');
  return `${name || '决算情况说明'}.docx`;
}

/** What the pane says before writing from tables with errors (the CLI's stderr warning, in the pane). */
export function tableErrorsWarning(errors: number): string {
  return `附表中有 ${errors} 个错误，生成的说明会沿用这些数字。建议先在“表格校验”页改正附表后再生成。`;
}
