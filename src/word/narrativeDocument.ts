import type { GeneratedNarrative, Section } from '../core/generate/types';

/** The 公文 fonts: East Asian face first (as Word names it), Latin digits in Times New Roman. */
export const WORD_FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
} as const;
/** Half-points: 二号 22 pt for the title, 三号 16 pt for headings and body. */
export const WORD_SIZES = { title: 44, heading: 32, body: 32 } as const;
/** Two characters of 三号 (16 pt = 320 twips each). */
export const FIRST_LINE_INDENT = 640;
const PLACEHOLDER = /(【请填写[^】]*】)/;

/**
 * The generated 说明 as a Word document in 公文 style, for the command line and the task pane
 * alike: title centred in 方正小标宋简体 (bold, so a machine without it shows 宋体 bold), section
 * titles as Heading 1 (黑体) / Heading 2 (楷体_GB2312) so Word's navigation pane sees them, body in
 * 仿宋_GB2312 三号, all black, first line indented two characters; 【请填写…】 placeholders are
 * highlighted yellow. Only the packing differs between the adapters (a Node Buffer, a browser
 * Blob), so this returns the packer with the document. `docx` is imported here only, on demand.
 */
export async function narrativeDocument(narrative: GeneratedNarrative) {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = await import(/* webpackChunkName: "docx" */ 'docx');
  const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
  const runs = (text: string) =>
    text
      .split(PLACEHOLDER)
      .filter((t) => t !== '')
      .map((t) => (PLACEHOLDER.test(t) ? new TextRun({ text: t, highlight: 'yellow' }) : new TextRun(t)));
  const body: InstanceType<typeof Paragraph>[] = [new Paragraph({ text: narrative.title, heading: HeadingLevel.TITLE })];
  const walk = (s: Section, depth: number) => {
    body.push(new Paragraph({ text: s.heading, heading: depth === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const p of s.paragraphs) body.push(new Paragraph({ children: runs(p.text) }));
    for (const sub of s.subsections) walk(sub, depth + 1);
  };
  narrative.sections.forEach((s) => walk(s, 0));
  const line = { line: 560, lineRule: 'exact' as const };
  const document = new Document({
    creator: '决算校验',
    title: narrative.title,
    styles: {
      default: {
        document: {
          run: { font: font(WORD_FONTS.body), size: WORD_SIZES.body, color: '000000' },
          paragraph: { indent: { firstLine: FIRST_LINE_INDENT }, spacing: line, alignment: AlignmentType.JUSTIFIED },
        },
        title: {
          run: { font: font(WORD_FONTS.title), size: WORD_SIZES.title, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 0, after: 560 } },
        },
        heading1: {
          run: { font: font(WORD_FONTS.heading1), size: WORD_SIZES.heading, bold: false, color: '000000' },
          paragraph: { indent: { firstLine: FIRST_LINE_INDENT }, spacing: { ...line, before: 0, after: 0 } },
        },
        heading2: {
          run: { font: font(WORD_FONTS.heading2), size: WORD_SIZES.heading, bold: false, italics: false, color: '000000' },
          paragraph: { indent: { firstLine: FIRST_LINE_INDENT }, spacing: { ...line, before: 0, after: 0 } },
        },
      },
    },
    sections: [{ children: body }],
  });
  return { document, Packer };
}
