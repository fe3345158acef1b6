/**
 * The pane as it lives in Excel: 320 px wide (Windows' default), tabs that really hide, the first
 * finding on the first screen, no horizontal scroll on any tab, older Excel versions (ExcelApi
 * 1.13 / 1.14: no RangeAreas.select) and desktop Excel (no downloads). Runs on the preview build;
 * screenshots go to test/e2e/artifacts/pane-*.png.
 */
import { Page } from 'playwright-core';
import { distinct, offOrigin, saveScreenshot, watchedPage } from './harness/browser';
import { PREVIEW_BUILD } from './harness/builds';
import { CellEdit } from './harness/expected';
import { editCell, fakeState, paneOverflow } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

const PLANTED: CellEdit = { sheet: '收入支出决算总表', address: 'F7', value: 1652.82 };
/** A task pane on a 768-px-high laptop screen, below the ribbon. */
const PANE = { width: 320, height: 620 };

const live = servedBuild(PREVIEW_BUILD);

async function flow(name: string, query: string, body: (page: Page) => Promise<void>): Promise<void> {
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.setViewportSize({ width: 1100, height: PANE.height });
    await page.goto(`${live.server.origin}/preview.html?width=${PANE.width}${query}`);
    await page.getByRole('button', { name: '一键校验' }).waitFor();
    await page.locator('[data-testid="check-tab"][data-highlight-scan="done"]').waitFor();
    try {
      await body(page);
    } finally {
      await saveScreenshot(page, `pane-${name}`).catch(() => undefined);
    }
    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
}

async function check(page: Page, plant = true): Promise<void> {
  if (plant) await editCell(page, PLANTED.sheet, PLANTED.address, PLANTED.value);
  await page.getByRole('button', { name: '一键校验' }).click();
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

/** The pane's scroll and client widths and what sticks out past its edge. */
async function overflow(page: Page): Promise<{ scroll: number; client: number; outside: string[] }> {
  const o = await paneOverflow(page);
  return { scroll: o.scrollWidth, client: o.clientWidth, outside: o.outside };
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.locator(`[role="tabpanel"]:not([hidden])`).first().waitFor();
}

describe('the pane at 320 px', () => {
  test('tabs hide the others; no horizontal scroll on any tab; the first finding on the first screen', async () => {
    await flow('320', '', async (page) => {
      await check(page);
      const first = page.getByTestId('finding').first();
      const box = await first.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + Math.min(box!.height, 40)).toBeLessThan(PANE.height);
      expect(await overflow(page)).toEqual({ scroll: PANE.width, client: PANE.width, outside: [] });
      await saveScreenshot(page, 'pane-320-check');

      // The table count expands to the tables' names.
      await page.getByRole('button', { name: /张表/ }).click();
      await expect(page.getByTestId('summary').innerText()).resolves.toMatch(/已识别 \d+ 张表：/);

      await openTab(page, '说明校验');
      await page.getByLabel('说明文本').waitFor();
      expect(await page.getByTestId('summary').isVisible()).toBe(false);
      expect(await first.isVisible()).toBe(false);
      expect(await page.getByLabel('说明文本').isVisible()).toBe(true);
      expect(await overflow(page)).toEqual({ scroll: PANE.width, client: PANE.width, outside: [] });
      await saveScreenshot(page, 'pane-320-narrative');

      await openTab(page, '生成说明');
      await page.getByLabel('上年年度').waitFor();
      expect(await page.getByTestId('summary').isVisible()).toBe(false);
      expect(await page.getByLabel('说明文本').isVisible()).toBe(false);
      expect(await page.getByLabel('上年年度').isVisible()).toBe(true);
      expect(await overflow(page)).toEqual({ scroll: PANE.width, client: PANE.width, outside: [] });
      await page.getByRole('button', { name: '生成说明' }).click();
      // The planted mistakes are table errors: the pane asks first, and the question fits too.
      await page.getByTestId('generate-confirm').waitFor();
      expect(await overflow(page)).toEqual({ scroll: PANE.width, client: PANE.width, outside: [] });
      await saveScreenshot(page, 'pane-320-generate-confirm');
      await page.getByRole('button', { name: '仍然生成' }).click();
      await page.getByTestId('generated-text').waitFor();
      expect(await overflow(page)).toEqual({ scroll: PANE.width, client: PANE.width, outside: [] });
      await saveScreenshot(page, 'pane-320-generate');

      await openTab(page, '表格校验');
      expect(await page.getByTestId('summary').isVisible()).toBe(true);
      expect(await page.getByLabel('上年年度').isVisible()).toBe(false);
    });
  });
});

describe.each(['1.13', '1.14'])('an Excel at ExcelApi %s (no RangeAreas.select)', (api) => {
  test('every finding can be clicked; several areas are selected as the pane says, never an error', async () => {
    // ?sample=mistakes: 收入合计 cites C7:C14 and C33, the 三公 total G7:I7 and L7 (far-apart areas,
    // selected one at a time, are covered by test/unit/excel/apiLevels.test.ts).
    await flow(`api-${api}`, `&api=${api}&sample=mistakes`, async (page) => {
      await check(page, false);
      const findings = page.getByTestId('finding');
      const n = await findings.count();
      expect(n).toBeGreaterThan(0);
      const notes: string[] = [];
      for (let i = 0; i < n; i++) {
        await findings.nth(i).click();
        await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
        await page.waitForTimeout(50);
        const note = page.getByTestId('selection-note');
        if (await note.count()) notes.push(await note.innerText());
      }
      expect(await page.getByRole('alert').count()).toBe(0);
      const syncs = await page.evaluate(() => (window as unknown as { __fakeHost: { recorder: { syncs: { error?: string }[] } } }).__fakeHost.recorder.syncs.filter((s) => s.error));
      expect(syncs).toEqual([]);
      expect((await fakeState(page)).selection.length).toBeGreaterThan(0);
      // Compact areas: their bounding rectangle, said in the pane.
      expect(notes).toContain('此版本的 Excel 不能同时选中多个区域，已选中包含全部 2 处的区域 C7:C33。');
      expect(notes).toContain('此版本的 Excel 不能同时选中多个区域，已选中包含全部 2 处的区域 G7:L7。');
      // Cells on another sheet cannot be selected with these: the pane says where they are.
      expect(notes.some((t) => /^其余单元格在工作表“.+”上，需另行查看。$/.test(t))).toBe(true);
      const index = await findings.evaluateAll((els) => els.findIndex((e) => (e.textContent ?? '').includes('C33')));
      expect(index).toBeGreaterThanOrEqual(0);
      await findings.nth(index).click();
      await page.getByTestId('selection-note').filter({ hasText: 'C7:C33' }).waitFor();
      const selection = (await fakeState(page)).selection;
      expect(selection).toHaveLength(27);
      expect(selection).toContain('收入支出决算总表!C20');
    });
  });
});

test('desktop Excel (downloads dropped): no 下载 Word, 复制 and 插入到新工作表 offered instead', async () => {
  await flow('desktop', '&platform=PC', async (page) => {
    await openTab(page, '生成说明');
    await page.getByRole('button', { name: '生成说明' }).click();
    await page.getByTestId('generated-text').waitFor();
    expect(await page.getByRole('button', { name: '下载 Word' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '复制' }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: '插入到新工作表' }).isEnabled()).toBe(true);
    await expect(page.getByTestId('no-download').innerText()).resolves.toContain('桌面版 Excel 不能从加载项下载文件');
  });
});
