import type { GeneratedNarrative, Section } from '../../core/generate/types';

/**
 * The generated 说明 as a .docx Blob, in the browser. The layout is the command line's
 * (src/cli/commands/generateDocx.ts: title, Heading 1/2, first-line indented body in 宋体 12 pt);
 * that builder returns a Node Buffer, so the browser needs its own Packer.toBlob call. `docx`
 * is imported here only, on demand.
 */
export async function narrativeDocxBlob(narrative: GeneratedNarrative): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import(/* webpackChunkName: "docx" */ 'docx');
  const body: InstanceType<typeof Paragraph>[] = [new Paragraph({ text: narrative.title, heading: HeadingLevel.TITLE })];
  const walk = (s: Section, depth: number) => {
    body.push(new Paragraph({ text: s.heading, heading: depth === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const p of s.paragraphs) body.push(new Paragraph({ children: [new TextRun(p.text)], indent: { firstLine: 480 } }));
    for (const sub of s.subsections) walk(sub, depth + 1);
  };
  narrative.sections.forEach((s) => walk(s, 0));
  const doc = new Document({
    creator: '决算校验',
    title: narrative.title,
    styles: { default: { document: { run: { font: '宋体', size: 24 } } } },
    sections: [{ children: body }],
  });
  return Packer.toBlob(doc);
}

/** Saves a Blob through a temporary link (the file never leaves the machine). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  doc.body.removeChild(link);
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
