import JSZip from 'jszip';
import type { GeneratedNarrative } from '../../../src/core/generate/types';
import { narrativeDocument } from '../../../src/word/narrativeDocument';
import { docxFileName } from '../../../src/taskpane/viewModel/generated';

const narrative: GeneratedNarrative = {
  title: '2023年度部门决算情况说明',
  entity: '某某局',
  text: '',
  placeholders: [{ input: 'reasons.totalChange', label: '变动原因', section: '一、收入支出决算总体情况说明' }],
  notes: [],
  sections: [
    {
      key: 'overview',
      heading: '一、收入支出决算总体情况说明',
      paragraphs: [{ text: '2023年度收、支总计1,000.00万元。主要原因是【请填写：变动原因】。', cells: [] }],
      subsections: [{ key: 'overview.sub', heading: '（一）收入决算情况', paragraphs: [{ text: '本年收入1,000.00万元。', cells: [] }], subsections: [] }],
    },
  ],
};

async function unzip(n: GeneratedNarrative) {
  const { document, Packer } = await narrativeDocument(n);
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  return { doc: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string') };
}
const style = (styles: string, id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';

describe('the 说明 as a 公文 Word file', () => {
  test('title centred in 方正小标宋简体 bold, headings 黑体 / 楷体_GB2312, body 仿宋_GB2312 三号, all black', async () => {
    const { styles } = await unzip(narrative);
    const title = style(styles, 'Title');
    expect(title).toMatch(/<w:jc w:val="center"\/>/);
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    expect(title).toMatch(/<w:color w:val="000000"\/>/);
    expect(style(styles, 'Heading1')).toMatch(/w:eastAsia="黑体"/);
    expect(style(styles, 'Heading2')).toMatch(/w:eastAsia="楷体_GB2312"/);
    for (const id of ['Heading1', 'Heading2']) {
      expect(style(styles, id)).toMatch(/<w:color w:val="000000"\/>/);
      expect(style(styles, id)).toMatch(/<w:sz w:val="32"\/>/);
    }
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
    expect(defaults).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(defaults).toMatch(/<w:sz w:val="32"\/>/);
    expect(defaults).toMatch(/<w:color w:val="000000"\/>/);
    expect(defaults).toMatch(/<w:ind w:firstLine="640"\/>/);
  });

  test('placeholders are highlighted, the rest of the paragraph is not', async () => {
    const { doc } = await unzip(narrative);
    expect(doc).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【请填写：变动原因】<\/w:t>/);
    expect(doc.match(/<w:highlight /g)).toHaveLength(1);
    expect(doc).toContain('本年收入1,000.00万元。');
  });

  test('the file is named 单位名称 + 年度 + 部门决算情况说明.docx', () => {
    expect(docxFileName(narrative)).toBe('某某局2023年度部门决算情况说明.docx');
    const { entity: _e, ...anonymous } = narrative;
    expect(docxFileName(anonymous)).toBe('2023年度部门决算情况说明.docx');
  });
});
