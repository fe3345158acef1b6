/**
 * The offline web version (dist/web/index.html): a workbook chosen in the page is checked with the
 * same engine and gives the same counts as the CLI; the findings colour the grid; nothing leaves
 * the origin; 下载标注副本 gives the same workbook with our marker formats on the problem cells.
 */
import { readFileSync } from 'fs';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/cli/xlsx/readXlsx';
import { checkWorkbook } from '../../src/core/check';
import { HIGHLIGHT_COLORS } from '../../src/excel/highlight';
import { buildWorkbook, SAMPLE_UNIT } from '../fixtures/generator';
import { xlsxBuffer } from '../fixtures/generator/xlsx';
import { distinct, offOrigin, saveScreenshot, watchedPage } from './harness/browser';
import { WEB_BUILD } from './harness/builds';
import { cellName, cssRgb } from './harness/expected';
import { pickAndCheck, shownFills, showSheet, summaryCounts } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

const live = servedBuild(WEB_BUILD);

test('a workbook picked in the page: the CLI’s counts, every finding listed, error cells coloured, 下载标注副本, no request off the origin', async () => {
  const planted = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T05', row: '20103', column: '302', delta: '1' }] });
  const buffer = await xlsxBuffer(planted);
  const expected = checkWorkbook(await readXlsx(buffer));
  expect(expected.summary.errors).toBeGreaterThan(0);

  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.goto(`${live.server.origin}/index.html`);
    await pickAndCheck(page, buffer);
    expect(await summaryCounts(page)).toEqual({ error: expected.summary.errors, warning: expected.summary.warnings, info: expected.summary.infos });
    // The page colours its own copy; it does not claim to have marked the file.
    await expect(page.getByText(/已在页面的表格中标注 \d+ 个单元格（原文件未改动）/).count()).resolves.toBe(1);
    expect(await page.getByTestId('finding').count()).toBe(expected.findings.length);
    const error = expected.findings.find((f) => f.severity === 'error' && f.cells.length > 0)!;
    await showSheet(page, error.cells[0].sheet);
    const fills = await shownFills(page);
    for (const cell of error.cells.filter((c) => c.sheet === error.cells[0].sheet)) expect(fills[cellName(cell)]).toBe(cssRgb(HIGHLIGHT_COLORS.error));
    await saveScreenshot(page, 'web-check');

    // 下载标注副本: the same workbook, its values untouched, with our marker formats on the error cells.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载标注副本' }).click()]);
    expect(download.suggestedFilename()).toBe('单位决算（标注）.xlsx');
    const copy = readFileSync((await download.path())!);
    expect(await readXlsx(copy)).toEqual(await readXlsx(buffer));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as never);
    const refs: string[] = [];
    wb.eachSheet((ws) => {
      for (const cf of (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings) {
        if (cf.rules.some((r) => (r.formulae?.[0] ?? '').includes('jsjy-highlight:error'))) refs.push(...cf.ref.split(' ').map((a) => `${ws.name}!${a}`));
      }
    });
    expect(refs.join(' ')).toContain(`${error.cells[0].sheet}!`);
    await expect(page.getByRole('status').filter({ hasText: '下载标注副本' }).count()).resolves.toBe(0);
    await expect(page.getByText('并交给浏览器下载（原文件未改动）').count()).resolves.toBe(1);
    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a file that is not a workbook: one Chinese sentence, no crash', async () => {
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.goto(`${live.server.origin}/index.html`);
    await page.getByLabel('选择要校验的决算工作簿').setInputFiles({ name: '说明.xlsx', mimeType: 'text/plain', buffer: Buffer.from('不是工作簿') });
    await page.getByRole('button', { name: '选择决算工作簿' }).waitFor();
    await expect(page.getByText('这不是 Excel .xlsx 工作簿').innerText()).resolves.toContain('请选择决算附表的 .xlsx 文件');
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('from a shared folder (file://, no server): the page checks a picked workbook with the CLI’s counts and asks for nothing but its own files', async () => {
  const planted = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '5' }] });
  const buffer = await xlsxBuffer(planted);
  const expected = checkWorkbook(await readXlsx(buffer));
  expect(expected.summary.errors).toBeGreaterThan(0);
  const origin = pathToFileURL(WEB_BUILD.folder).href.replace(/\/$/, '');
  const { page, context, watch } = await watchedPage(live.browser, 'file://');
  try {
    await page.goto(`${origin}/index.html`);
    await pickAndCheck(page, buffer);
    expect(await summaryCounts(page)).toEqual({ error: expected.summary.errors, warning: expected.summary.warnings, info: expected.summary.infos });
    // Every script and chunk came from the folder itself.
    expect(watch.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url))).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
});
