/**
 * Suspects first, stepped through (issue 13, items 1 and 4), in the pane at 320 px: after 一键校验
 * on the preview's planted mistakes, the box 最可能需要修改的单元格 comes before every finding and on
 * the first screen; 下一个 / 上一个 and Alt+↓ / Alt+↑ select the suspects one after another, in the
 * engine's order, across sheets, wrapping round.
 */
import { Page } from 'playwright-core';
import { PLANTED_MISTAKES } from '../../src/preview/plantedMistakes';
import { distinct, saveScreenshot, watchedPage } from './harness/browser';
import { PREVIEW_BUILD } from './harness/builds';
import { cellName, expectedCheck } from './harness/expected';
import { fakeState } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

const PANE = { width: 320, height: 700 };
const live = servedBuild(PREVIEW_BUILD);

async function selected(page: Page, previous: string[]): Promise<string[]> {
  await page.waitForFunction(
    (before) => {
      const sel = (window as unknown as { __fakeHost: { workbook: { selection: unknown } } }).__fakeHost.workbook.selection;
      return sel !== null && JSON.stringify(sel) !== before;
    },
    JSON.stringify(previous.length ? previous : null),
  );
  return (await fakeState(page)).selection;
}

test('suspects come first and 下一个 / 上一个 (and Alt+↓ / Alt+↑) step through them across sheets', async () => {
  const expected = await expectedCheck(PLANTED_MISTAKES.map((m) => ({ sheet: m.sheet, address: m.address, value: m.value as number | string })));
  const cells = expected.suspects.map((s) => cellName(s.cell));
  expect(cells.length).toBeGreaterThan(1);
  expect(new Set(expected.suspects.map((s) => s.cell.sheet)).size).toBeGreaterThan(1);

  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.setViewportSize({ width: 1100, height: PANE.height });
    await page.goto(`${live.server.origin}/preview.html?sample=mistakes&width=${PANE.width}`);
    await page.getByRole('button', { name: '一键校验' }).waitFor();
    await page.locator('[data-testid="check-tab"][data-highlight-scan="done"]').waitFor();
    await page.getByRole('button', { name: '一键校验' }).click();
    await page.getByTestId('summary').waitFor();
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));

    const box = page.getByTestId('suspects');
    await expect(box.innerText()).resolves.toContain(`（1/${cells.length}）`);
    // Before every finding, and on the first screen of the pane.
    const before = await box.evaluate((el) => {
      const first = document.querySelector('[data-testid="finding"]');
      return first !== null && (el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(before).toBe(true);
    expect((await box.boundingBox())!.y).toBeLessThan(PANE.height);
    await saveScreenshot(page, 'pane-suspects-320');

    // 下一个 goes through them in order, then wraps round to the first.
    let sel: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      await page.getByRole('button', { name: '下一个' }).click();
      sel = await selected(page, sel);
      expect(sel).toEqual([cells[i]]);
      await expect(page.getByTestId('suspect').innerText()).resolves.toContain(expected.suspects[i].value);
    }
    await page.getByRole('button', { name: '下一个' }).click();
    sel = await selected(page, sel);
    expect(sel).toEqual([cells[0]]);
    // 上一个 from the first is the last; the keyboard does the same from inside the pane.
    await page.getByRole('button', { name: '上一个' }).click();
    sel = await selected(page, sel);
    expect(sel).toEqual([cells[cells.length - 1]]);
    await box.click();
    await page.keyboard.press('Alt+ArrowDown');
    sel = await selected(page, sel);
    expect(sel).toEqual([cells[0]]);
    await page.keyboard.press('Alt+ArrowUp');
    sel = await selected(page, sel);
    expect(sel).toEqual([cells[cells.length - 1]]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
});
