/** The 说明校验 tab's view model: the <mark> split, the finding list, the coverage line. */
import { checkWorkbook } from '../../../src/core/check';
import { coverageLine, markText, narrativeCounts, narrativeFindings, tableFindingCount } from '../../../src/taskpane/viewModel/narrative';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

describe('markText', () => {
  const text = '本年收入合计1889.05万元，其中财政拨款1889.05万元。';
  test('marks exactly text.slice(start, end)', () => {
    const m = markText(text, { start: 6, end: 15 });
    expect(m.marked).toBe(text.slice(6, 15));
    expect(m.before + m.marked + m.after).toBe(text);
  });
  test('no span marks nothing; spans past the text are clamped', () => {
    expect(markText(text, null)).toEqual({ before: text, marked: '', after: '' });
    const m = markText(text, { start: text.length - 3, end: text.length + 50 });
    expect(m.marked).toBe(text.slice(-3));
    expect(markText(text, { start: 10, end: 5 }).marked).toBe('');
  });
});

describe('narrative findings of a checked 说明', () => {
  // A 说明 stating the sample's totals, one of them wrong, and a share that does not add up.
  const grids = buildWorkbook(SAMPLE_UNIT).grids;
  const narrative = [
    '2023年度部门决算情况说明',
    '一、收入支出决算总体情况说明',
    '2023年度收、支总计均为1889.05万元。',
    '二、收入决算情况说明',
    '2023年度本年收入合计1899.05万元，其中：一般公共预算财政拨款收入1889.05万元，占100%。',
  ].join('\n\n');
  const result = checkWorkbook(grids, { narrative });
  const views = narrativeFindings(result.findings);

  test('only findings with a span, in text order, each span inside the text', () => {
    expect(views.length).toBeGreaterThan(0);
    const starts = views.map((v) => v.finding.narrative!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const v of views) {
      const span = v.finding.narrative!;
      expect(narrative.slice(span.start, span.end).length).toBeGreaterThan(0);
      expect(result.findings[Number(v.key)]).toBe(v.finding);
    }
  });

  test('the wrong total is an error whose span covers it', () => {
    const wrong = views.filter((v) => v.finding.severity === 'error');
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.some((v) => markText(narrative, v.finding.narrative).marked.includes('1899.05'))).toBe(true);
    const counts = narrativeCounts(views);
    expect(counts.error).toBe(wrong.length);
    expect(counts.error + counts.warning + counts.info).toBe(views.length);
    expect(tableFindingCount(result.findings)).toBe(0);
  });

  test('coverage line', () => {
    const { figures, verified, unverifiable } = result.narrative!;
    expect(unverifiable).toEqual(expect.any(Number));
    expect(coverageLine(result.narrative)).toMatch(
      new RegExp(`^说明中共识别数字 ${figures} 个，已核对 ${verified} 个（[\\d.]+%），无从核对 ${unverifiable} 个（数量、未列预算的完成率）。$`),
    );
    expect(coverageLine({ figures: 9, verified: 7, unverifiable: 2 })).toBe('说明中共识别数字 9 个，已核对 7 个（77.8%），无从核对 2 个（数量、未列预算的完成率）。');
    // An older result without the count: the sentence without it.
    expect(coverageLine({ figures: 4, verified: 3 })).toBe('说明中共识别数字 4 个，已核对 3 个（75%）。');
    expect(coverageLine({ figures: 0, verified: 0 })).toBe('说明中没有识别出金额或比例，未作核对。');
    expect(coverageLine(undefined)).toBe('');
  });
});
