/** The pane's 上年工作簿 and coverage sentence (issue 12): the same core as `check --prior` and the text report. */
import { renderToString } from 'react-dom/server';
import { checkWorkbook } from '../../../src/core/check';
import { OLD_WORKBOOK_MESSAGE } from '../../../src/core/errors';
import { checksSentence } from '../../../src/core/rules/coverage';
import { createOfficeHost, ExcelRun } from '../../../src/excel';
import { HostError } from '../../../src/excel/errors';
import { createFakeHost, fakeWorkbookFromGrids } from '../../../src/fakehost';
import { checkAndHighlight } from '../../../src/taskpane/actions/check';
import { readWorkbookFile } from '../../../src/taskpane/actions/workbookFile';
import { App } from '../../../src/taskpane/components/App';
import { WORKBOOK_ACCEPT } from '../../../src/taskpane/components/FilePicker';
import { summaryView } from '../../../src/taskpane/viewModel/findings';
import { buildWorkbook, FUNDS_UNIT, priorYearUnit, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';

/** The error a read must end in (a read that succeeds fails the test). */
function failure(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected the read to fail');
    },
    (e: Error) => e,
  );
}


function arrayBuffer(buf: Buffer): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

function host(grids: Parameters<typeof fakeWorkbookFromGrids>[0]) {
  const fake = createFakeHost(fakeWorkbookFromGrids(grids));
  return createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings });
}

describe('一键校验 with 上年工作簿', () => {
  test('last year read by the pane\'s reader, a broken carry-over: a warning on this year\'s cell, highlighted', async () => {
    const thisYear = buildWorkbook(FUNDS_UNIT);
    const priorXlsx = await xlsxBuffer(buildWorkbook(priorYearUnit(FUNDS_UNIT, { nonFiscal: '25.00' })));
    const prior = await readWorkbookFile(arrayBuffer(priorXlsx), '2023.xlsx', 'prior');
    const run = await checkAndHighlight(host(thisYear.grids), { prior });
    const found = run.result.findings.filter((f) => f.rule.startsWith('prior-'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['prior-t01-carry', 'warning']]);
    expect(found[0].cells).toHaveLength(1);
    expect(thisYear.grids.some((g) => g.name === found[0].cells[0].sheet)).toBe(true);
    expect(run.highlight.cells).toBeGreaterThan(0);
    expect(summaryView(run.result).coverage).toBe(checksSentence(run.result.checks!));
  });

  test('without it the check is the same as before (no across-years entries)', async () => {
    const run = await checkAndHighlight(host(buildWorkbook(FUNDS_UNIT).grids));
    expect(run.result.checks!.some((c) => c.rule.startsWith('prior-'))).toBe(false);
  });

  test('a prior workbook of the same year is refused with the core\'s message', async () => {
    const same = await readWorkbookFile(arrayBuffer(await xlsxBuffer(buildWorkbook(FUNDS_UNIT))), 'same.xlsx', 'prior');
    await expect(checkAndHighlight(host(buildWorkbook(FUNDS_UNIT).grids), { prior: same })).rejects.toThrow(/同为 2024 年度，不是上一年度的决算/);
  });
});

describe('the coverage sentence in the pane', () => {
  test('summaryView carries the text report\'s sentence', () => {
    const result = checkWorkbook(buildWorkbook(SAMPLE_UNIT).grids);
    const n = result.checks!.length - 1;
    expect(summaryView(result).coverage).toBe(`已核对 ${n} 项勾稽关系，全部可以核对（另有 1 项不适用于本表式：基本支出决算表未印总合计）。`);
    expect(summaryView({ ...result, checks: undefined }).coverage).toBeNull();
  });
});

describe('old formats in the pane\'s file pickers', () => {
  test.each(['2023.xls', '2023.ET', '上年 .xls '])('%s: the CLI\'s sentence on how to save as .xlsx', async (name) => {
    const error = await failure(readWorkbookFile(arrayBuffer(Buffer.from('anything')), name, 'prior'));
    expect(error).toBeInstanceOf(HostError);
    expect(error.message).toBe(`上年工作簿：${OLD_WORKBOOK_MESSAGE}`);
  });

  test('the pickers offer .xls and .et, so choosing one gets that message', () => {
    expect(WORKBOOK_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.xlsx', '.xls', '.et']));
  });

  test('the 表格校验 tab shows the 上年工作簿 picker', () => {
    const fake = createFakeHost(fakeWorkbookFromGrids(buildWorkbook(SAMPLE_UNIT).grids));
    const excel = createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings });
    const html = renderToString(<App host="excel" services={{ excel, settings: fake.settings }} />);
    expect(html).toContain('上年工作簿…');
    expect(html).toContain('aria-label="选择上年的决算工作簿（核对年初结转和结余）"');
    expect(html).toContain(`accept="${WORKBOOK_ACCEPT}"`);
  });
});
