import { GeneratedNarrative, Section } from '../../core/generate';

/**
 * The 说明 as a Word document: the title, then section titles as Heading 1 / Heading 2 (so Word's
 * navigation pane and table of contents see them) and each paragraph as body text. `docx` is
 * loaded here only, so `check` never pays for it.
 */
export async function narrativeDocx(narrative: GeneratedNarrative): Promise<Buffer> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const body: InstanceType<typeof Paragraph>[] = [new Paragraph({ text: narrative.title, heading: HeadingLevel.TITLE })];
  const walk = (s: Section, depth: number) => {
    body.push(new Paragraph({ text: s.heading, heading: depth === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const p of s.paragraphs) {
      body.push(new Paragraph({ children: [new TextRun(p.text)], indent: { firstLine: 480 } }));
    }
    for (const sub of s.subsections) walk(sub, depth + 1);
  };
  narrative.sections.forEach((s) => walk(s, 0));
  const doc = new Document({
    creator: '决算校验',
    title: narrative.title,
    styles: { default: { document: { run: { font: '宋体', size: 24 } } } },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(doc);
}
