/**
 * 上年工作簿… on the 表格校验 tab, in the preview at 320 px (issue 12): last year's workbook picked
 * through the pane's own file input, checked with every 一键校验; a workbook of the same year and an
 * old .xls get their Chinese messages; the coverage sentence shows under the summary; nothing
 * sticks out of the pane. The preview holds samples/sample-2023.xlsx (SAMPLE_UNIT).
 */
import { Page } from 'playwright-core';
import { readFileSync } from 'fs';
import { join } from 'path';
import { OLD_WORKBOOK_MESSAGE } from '../../src/core/errors';
import { buildWorkbook, priorYearUnit, SAMPLE_UNIT, xlsxBuffer } from '../fixtures/generator';
import { distinct, offOrigin, saveScreenshot, watchedPage } from './harness/browser';
import { PREVIEW_BUILD, REPO } from './harness/builds';
import { fakeState } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

const PANE = { width: 320, height: 620 };
const PICKER = '选择上年的决算工作簿（核对年初结转和结余）';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const live = servedBuild(PREVIEW_BUILD);

async function withPane(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.setViewportSize({ width: 1100, height: PANE.height });
    await page.goto(`${live.server.origin}/preview.html?width=${PANE.width}`);
    await page.getByRole('button', { name: '一键校验' }).waitFor();
    try {
      await body(page);
    } finally {
      await saveScreenshot(page, `pane-prior-${name}`).catch(() => undefined);
    }
    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

async function pick(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel(PICKER).setInputFiles({ name, mimeType: XLSX, buffer });
  await idle(page);
}

async function check(page: Page): Promise<void> {
  await page.getByRole('button', { name: '一键校验' }).click();
  await idle(page);
}

async function paneOverflow(page: Page): Promise<number> {
  return page.getByTestId('preview-pane').evaluate((pane) => pane.scrollWidth - pane.clientWidth);
}

test('last year with a broken carry-over: a warning on this year\'s cell, the coverage sentence, nothing wider than the pane', async () => {
  const prior = await xlsxBuffer(buildWorkbook(priorYearUnit(SAMPLE_UNIT, { nonFiscal: '99.00' })));
  await withPane('broken', async (page) => {
    await pick(page, '2022年度决算（一个很长的文件名，用来确认窗格不会被撑宽）.xlsx', prior);
    await expect(page.getByTestId('prior-name').innerText()).resolves.toContain('2022年度决算');
    await check(page);
    await expect(page.getByTestId('coverage').innerText()).resolves.toMatch(/^已核对 \d+ 项勾稽关系/);
    const finding = page.getByTestId('finding').filter({ hasText: '上年工作簿 收入支出决算总表 年末结转和结余' });
    await finding.first().waitFor();
    await finding.first().click();
    await idle(page);
    // Selected in this year's workbook: the 年初结转和结余 cell of its T01.
    const selection = (await fakeState(page)).selection;
    expect(selection).toHaveLength(1);
    expect(selection[0]).toMatch(/^收入支出决算总表!/);
    expect(await paneOverflow(page)).toBe(0);
  });
});

test('a workbook of the same year is refused in the error bar; 不用 drops it and the check runs as before', async () => {
  const same = readFileSync(join(REPO, 'samples', 'sample-2023.xlsx'));
  await withPane('same-year', async (page) => {
    await pick(page, 'sample-2023.xlsx', same);
    await check(page);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('所选的上年工作簿与本年工作簿同为 2023 年度，不是上一年度的决算');
    await page.getByRole('button', { name: '不用' }).click();
    await check(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByTestId('summary').waitFor();
    expect(await paneOverflow(page)).toBe(0);
  });
});

test('an old .xls picked as last year\'s workbook: the CLI\'s sentence on saving as .xlsx', async () => {
  await withPane('xls', async (page) => {
    await pick(page, '2022.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(page.getByRole('alert').innerText()).resolves.toContain(OLD_WORKBOOK_MESSAGE);
    expect(await page.getByTestId('prior-name').count()).toBe(0);
    expect(await paneOverflow(page)).toBe(0);
  });
});
