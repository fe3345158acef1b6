import { GenerationNote, Section } from './types';

/** Plain text: the title, then each heading on its own line followed by its paragraphs. */
export function renderText(title: string, sections: readonly Section[]): string {
  const lines: string[] = [title];
  const walk = (s: Section) => {
    lines.push(s.heading);
    for (const p of s.paragraphs) lines.push(p.text);
    s.subsections.forEach(walk);
  };
  sections.forEach(walk);
  return lines.join('\n') + '\n';
}

/** Notes beside the text, one line each: "（一）机关运行经费支出情况：按行政单位写…". Same wording in the pane and the CLI. */
export function noteLines(notes: readonly GenerationNote[]): string[] {
  return [...new Set(notes.map((n) => `${n.section}：${n.text}`))];
}
