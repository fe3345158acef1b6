import { extractClaims, segment } from '../../../../src/core/narrative';

const TEXT = [
  '[bookmark: _Toc1]第一部分 部门概况',
  '一、部门职责',
  '本部门共有3个股室。',
  '[bookmark: _Toc15396602][bookmark: _Toc15377204]第二部分 2023年度部门决算情况说明',
  '',
  '1、 [bookmark: _Toc15377205][bookmark: _Toc15396603]收入支出决算总体情况说明',
  '2023年度收、支总计均为1889.',
  '05万元。与2022年度相比，收、支总计各减少35.32万元，下降1.84%。',
  '（图1：收、支决算总计变动情况图）（柱状图）',
  '五、一般公共预算财政拨款支出决算情况说明',
  '[bookmark: _Toc15377212]（三）一般公共预算财政拨款支出决算具体情况',
  '1.一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）: 支出决算为9',
  '60.77万元，完成预算100%。',
  '9、 [bookmark: _Toc15396611]国有资本经营预算支出决算情况说明',
  '2023年度国有资本经营预算财政拨款支出0万元。',
  '第三部分 名词解释',
  '1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。',
].join('\n');

describe('segment', () => {
  const seg = segment(TEXT);

  it('finds the 说明 part and the report year', () => {
    expect(seg.year).toBe(2023);
    expect(TEXT.slice(seg.region.start, seg.region.start + 4)).toBe('第二部分');
    expect(TEXT.slice(seg.region.end, seg.region.end + 4)).toBe('第三部分');
    expect(seg.parts.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('reads 1、 and 9、 as sections 一 and 九, behind Word bookmarks; ignores 第一部分 headings', () => {
    expect(seg.sections.map((s) => [s.number, s.title])).toEqual([
      [1, '收入支出决算总体情况说明'],
      [5, '一般公共预算财政拨款支出决算情况说明'],
      [9, '国有资本经营预算支出决算情况说明'],
    ]);
    expect(seg.subsections.map((s) => [s.section, s.number])).toEqual([[5, 3]]);
    expect(seg.items.map((i) => i.number)).toEqual([1]);
  });

  it('skips figure captions and keeps sentences in original offsets', () => {
    expect(seg.paragraphs.some((p) => p.kind === 'caption')).toBe(true);
    const first = seg.sentences.find((s) => s.section === 1)!;
    expect(TEXT.slice(first.start, first.end)).toBe('2023年度收、支总计均为1889.\n05万元。');
  });

  it('mends numbers broken across lines by a PDF copy', () => {
    const claims = extractClaims(seg);
    const total = claims.find((c) => c.subject === 'grandTotal' && c.measure === 'amount')!;
    expect(total.value.toString()).toBe('1889.05');
    expect(TEXT.slice(total.span.start, total.span.end)).toBe('1889.\n05万元');
    const item = claims.find((c) => c.subject === 'func:2010301')!;
    expect(item.value.toString()).toBe('960.77');
    expect(item.section).toBe(5);
    expect(item.subsection).toBe(3);
    expect(item.item).toBe(1);
  });

  it('takes no figures from outside the 说明', () => {
    const claims = extractClaims(seg);
    expect(claims.every((c) => c.span.start >= seg.region.start && c.span.end <= seg.region.end)).toBe(true);
  });

  it('treats a text without part headings as all 说明', () => {
    const s = segment('一、收入支出决算总体情况说明\n2023年度收、支总计均为100万元。');
    expect(s.region).toEqual({ start: 0, end: 34 });
    expect(s.sections).toHaveLength(1);
  });
});
