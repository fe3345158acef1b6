/** 说明 files for the CLI tests: the sentences and a real .docx made with the `docx` package. */

/** From the narrative spec's first section: right (35.32 / 1924.37 = 1.84%) and wrong (÷ this year = 1.87%). */
export const HEAD = '第二部分 2023年度部门决算情况说明';
export const SECTION = '一、收入支出决算总体情况说明';
export const RIGHT = '2023年度收、支总计均为1889.05万元。与2022年度相比，收、支总计各减少35.32万元，下降1.84%。';
/** The fixture's SAMPLE_UNIT figures (T03), but 1197.54 is 63.39% of 1889.05, not 65%. */
export const WRONG_SECTION = '三、支出决算情况说明';
export const WRONG = '2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占65%；项目支出691.51万元，占36.61%。';
export const PARAGRAPHS = [HEAD, SECTION, RIGHT, WRONG_SECTION, WRONG];

export async function narrativeDocx(paragraphs: readonly string[] = PARAGRAPHS): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return Packer.toBuffer(doc);
}
