/**
 * 已说明 in the pane at 320 px (issue 13, item 5): on the preview's planted mistakes (one warning:
 * 2010301 printed 机关服务 instead of 行政运行), the user explains the warning in an inline field;
 * it is listed as explained with the note and leaves the 警告 count; the note is saved in the
 * document settings and is still there after the pane is closed and opened again; 撤销说明 brings
 * the warning back. Errors offer no 已说明.
 */
import { Page } from 'playwright-core';
import { EXPLANATIONS_SETTING } from '../../src/core/findings/explanations';
import { HIGHLIGHT_COLORS } from '../../src/excel/highlight';
import { distinct, offOrigin, saveScreenshot, watchedPage } from './harness/browser';
import { PREVIEW_BUILD } from './harness/builds';
import { cssRgb } from './harness/expected';
import { horizontalOverflow, showSheet, shownFills, summaryCounts } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

const PANE = { width: 320, height: 700 };
const NOTE = '本单位按省厅文件使用科目简称';
const WARNING_CELL = '收入决算表!B8';

const live = servedBuild(PREVIEW_BUILD);

async function paneReady(page: Page): Promise<void> {
  await page.getByRole('button', { name: '一键校验' }).waitFor();
  await page.locator('[data-testid="check-tab"][data-highlight-scan="done"]').waitFor();
}

async function runCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: '一键校验' }).click();
  await page.getByTestId('summary').waitFor();
  await idle(page);
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

function warning(page: Page) {
  return page.locator('[data-testid="finding"][data-severity="warning"]');
}

async function savedRecord(page: Page): Promise<unknown> {
  const raw = await page.evaluate(
    (name) => (window as unknown as { __fakeHost: { document: { savedSettings: Record<string, string> } } }).__fakeHost.document.savedSettings[name],
    EXPLANATIONS_SETTING,
  );
  return raw === undefined ? undefined : JSON.parse(raw);
}


async function fillOf(page: Page, cell: string): Promise<string> {
  await showSheet(page, cell.split('!')[0]);
  return (await shownFills(page))[cell];
}

test('a warning explained in the pane stays explained across a reopen; 撤销说明 brings it back', async () => {
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.setViewportSize({ width: 1100, height: PANE.height });
    await page.goto(`${live.server.origin}/preview.html?sample=mistakes&width=${PANE.width}`);
    await paneReady(page);
    await runCheck(page);
    expect(await summaryCounts(page)).toMatchObject({ error: 4, warning: 1 });
    await expect(warning(page).innerText()).resolves.toContain('机关服务');
    expect(await fillOf(page, WARNING_CELL)).toBe(cssRgb(HIGHLIGHT_COLORS.warning));
    // Only the warning offers 已说明…: errors cannot be explained away.
    await expect(page.getByRole('button', { name: '已说明…' }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: '已说明…' }).click();
    const form = page.getByTestId('explain-form');
    await form.waitFor();
    // An empty note is refused in Chinese, nothing is saved.
    await form.getByRole('button', { name: '保存说明' }).click();
    await expect(form.innerText()).resolves.toContain('请填写说明。');
    expect(await savedRecord(page)).toBeUndefined();
    await form.getByLabel('说明', { exact: true }).fill(NOTE);
    await form.getByLabel('说明人（可选）').fill('张三');
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, outside: [] });
    await saveScreenshot(page, 'pane-320-explain-form');
    await form.getByRole('button', { name: '保存说明' }).click();
    await idle(page);

    await expect(warning(page).getAttribute('data-explained')).resolves.toBe('true');
    await expect(warning(page).getByTestId('explained-note').innerText()).resolves.toMatch(new RegExp(`^已说明：${NOTE}（张三，\\d{4}-\\d{2}-\\d{2}）$`));
    expect(await summaryCounts(page)).toMatchObject({ error: 4, warning: 0 });
    await expect(page.getByTestId('explained-count').innerText()).resolves.toBe('已说明 1');
    expect(await savedRecord(page)).toEqual({
      version: 1,
      entries: [expect.objectContaining({ key: 'class-names|收入决算表!A8,收入决算表!B8', rule: 'class-names', note: NOTE, by: '张三', at: expect.any(String) })],
    });
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, outside: [] });

    // Close the pane and open it again: a fresh pane over the document's saved settings.
    await page.evaluate(() => (window as unknown as { __reopenPane: () => void }).__reopenPane());
    await paneReady(page);
    await expect(page.getByTestId('summary').count()).resolves.toBe(0);
    await runCheck(page);
    await expect(warning(page).getAttribute('data-explained')).resolves.toBe('true');
    await expect(warning(page).getByTestId('explained-note').innerText()).resolves.toContain(NOTE);
    expect(await summaryCounts(page)).toMatchObject({ error: 4, warning: 0 });
    // The re-check colours no cell for the explained warning.
    expect(await fillOf(page, WARNING_CELL)).not.toBe(cssRgb(HIGHLIGHT_COLORS.warning));
    await warning(page).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'pane-320-explained');

    // 修改说明 opens the field with the note; 撤销说明 makes it an open warning again.
    await page.getByRole('button', { name: '修改说明' }).click();
    await expect(page.getByTestId('explain-form').getByLabel('说明', { exact: true }).inputValue()).resolves.toBe(NOTE);
    await page.getByTestId('explain-form').getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '撤销说明' }).click();
    await idle(page);
    await expect(warning(page).getAttribute('data-explained')).resolves.toBeNull();
    expect(await summaryCounts(page)).toMatchObject({ error: 4, warning: 1 });
    expect(await savedRecord(page)).toBeUndefined();

    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a warning on the 说明 is explained the same way and kept across a reopen', async () => {
  const TEXT = '一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。本单位成立于2010年。';
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  const item = () => page.locator('li', { has: page.locator('[data-testid="narrative-finding"]', { hasText: '2010年' }) });
  const checkText = async () => {
    await page.getByRole('tab', { name: '说明校验' }).click();
    await page.getByLabel('说明文本').fill(TEXT);
    await page.getByRole('button', { name: '校验说明' }).click();
    await page.getByTestId('narrative-summary').waitFor();
    await idle(page);
  };
  try {
    await page.setViewportSize({ width: 1100, height: PANE.height });
    await page.goto(`${live.server.origin}/preview.html?width=${PANE.width}`);
    await paneReady(page);
    await checkText();
    await expect(item().getByTestId('narrative-finding').getAttribute('data-severity')).resolves.toBe('warning');
    const before = await page.getByTestId('narrative-summary').innerText();
    const warnings = Number(/警告 (\d+)/.exec(before)![1]);

    await item().getByRole('button', { name: '已说明…' }).click();
    await item().getByLabel('说明', { exact: true }).fill('成立年份，不是笔误');
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, outside: [] });
    await item().getByRole('button', { name: '保存说明' }).click();
    await idle(page);
    await expect(item().getByTestId('narrative-finding').getAttribute('data-explained')).resolves.toBe('true');
    await expect(page.getByTestId('narrative-summary').innerText()).resolves.toContain(`警告 ${warnings - 1} · 提示`);
    await expect(page.getByTestId('narrative-summary').innerText()).resolves.toContain('已说明 1');

    await page.evaluate(() => (window as unknown as { __reopenPane: () => void }).__reopenPane());
    await paneReady(page);
    await checkText();
    await expect(item().getByTestId('narrative-finding').getAttribute('data-explained')).resolves.toBe('true');
    await expect(item().getByTestId('explained-note').innerText()).resolves.toContain('成立年份，不是笔误');

    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
});
