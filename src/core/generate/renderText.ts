import { Section } from './types';

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
