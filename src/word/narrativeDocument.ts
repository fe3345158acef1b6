import type { GeneratedNarrative, Section } from '../core/generate/types';

/**
 * The generated 说明 as a Word document, for the command line and the task pane alike: the title,
 * section titles as Heading 1 / Heading 2 (so Word's navigation pane and table of contents see
 * them), each paragraph as body text indented two characters, in 宋体 12 pt. Only the packing
 * differs between the adapters (a Node Buffer, a browser Blob), so this returns the packer with
 * the document. `docx` is imported here only, on demand: `check` and the pane's first screen
 * never load it.
 */
export async function narrativeDocument(narrative: GeneratedNarrative) {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import(/* webpackChunkName: "docx" */ 'docx');
  const body: InstanceType<typeof Paragraph>[] = [new Paragraph({ text: narrative.title, heading: HeadingLevel.TITLE })];
  const walk = (s: Section, depth: number) => {
    body.push(new Paragraph({ text: s.heading, heading: depth === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const p of s.paragraphs) body.push(new Paragraph({ children: [new TextRun(p.text)], indent: { firstLine: 480 } }));
    for (const sub of s.subsections) walk(sub, depth + 1);
  };
  narrative.sections.forEach((s) => walk(s, 0));
  const document = new Document({
    creator: '决算校验',
    title: narrative.title,
    styles: { default: { document: { run: { font: '宋体', size: 24 } } } },
    sections: [{ children: body }],
  });
  return { document, Packer };
}
