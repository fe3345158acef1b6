/**
 * The browser preview (npm run build:preview → dist-preview/preview.html): the real task pane over
 * the fake Excel host holding samples/sample-2023.xlsx, driven as a user would, checked against
 * what the engine reports in Node for the same workbook. Every page load also asserts that no
 * request left the preview's own origin and that nothing was logged as an error.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Page } from 'playwright-core';
import { generateNarrative } from '../../src/core/generate/generateNarrative';
import { HIGHLIGHT_COLORS } from '../../src/excel/highlight';
import { Finding } from '../../src/core/findings/types';
import { ARTIFACTS, distinct, offOrigin, saveScreenshot, watchedPage } from './harness/browser';
import { PREVIEW_BUILD, REPO } from './harness/builds';
import { CellEdit, cellName, cssRgb, expectedCheck, expectedSelection } from './harness/expected';
import { allFills, editCell, fakeState, sheetNames, shownFills, shownSelection, showSheet, summaryCounts, watchProgress } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

/** A transposed digit typed into 一般公共服务支出 on the 总表 (1652.28 → 1652.82): the sample is clean, so the tests plant this. */
const PLANTED: CellEdit = { sheet: '收入支出决算总表', address: 'F7', value: 1652.82 };

/**
 * A 说明 for the sample in the published reports' wording, with one wrong figure: 项目支出 is
 * 691.51万元 in the tables, the text says 691.15万元.
 */
const NARRATIVE_WITH_ONE_WRONG_FIGURE = [
  '一、收入支出决算总体情况说明',
  '2023年度收、支总计均为1889.05万元。',
  '二、收入决算情况说明',
  '2023年度本年收入合计1889.05万元，其中：一般公共预算财政拨款收入1889.05万元，占100%。',
  '三、支出决算情况说明',
  '2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.39%；项目支出691.15万元，占36.61%。',
].join('\n');

/** Check plus highlight: read sheets, write formats, … — the budget of issue #6. */
const MAX_SYNCS_CHECK_AND_HIGHLIGHT = 4;

const live = servedBuild(PREVIEW_BUILD);

/**
 * Opens the preview on a fresh page, runs one flow, saves its screenshot, then asserts the page
 * asked for nothing outside its origin and logged no error.
 */
async function flow(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.goto(`${live.server.origin}/preview.html`);
    await page.getByRole('button', { name: '一键校验' }).waitFor();
    // The pane's read-only scan for earlier highlights runs once on opening; its syncs are not the check's.
    await page.locator('[data-testid="check-tab"][data-highlight-scan="done"]').waitFor();
    try {
      await body(page);
    } finally {
      await saveScreenshot(page, `preview-${name}`).catch(() => undefined);
    }
    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(watch.foreign).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Clicks 一键校验 and waits until the check has finished (syncs made, button usable again). */
async function runCheck(page: Page): Promise<{ syncs: number; sawProgress: boolean }> {
  const before = (await fakeState(page)).syncs;
  const sawProgress = await watchProgress(page);
  const button = page.getByRole('button', { name: '一键校验' });
  await button.click();
  await page.waitForFunction((n) => (window as unknown as { __fakeHost: { recorder: { syncs: unknown[] } } }).__fakeHost.recorder.syncs.length > n, before);
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
  await expect(button.isEnabled()).resolves.toBe(true);
  return { syncs: (await fakeState(page)).syncs - before, sawProgress: await sawProgress() };
}

async function findingTexts(page: Page, testId: 'finding' | 'narrative-finding'): Promise<string[]> {
  return page.getByTestId(testId).allInnerTexts();
}

function firstWithCells(findings: readonly Finding[], severity: Finding['severity']): Finding {
  const found = findings.find((f) => f.severity === severity && f.cells.length > 0);
  if (!found) throw new Error(`the engine gave no ${severity} finding with cells: the planted mistake no longer plants one`);
  return found;
}

test('the preview page carries the preview CSP from webpack.config.js (scripts from itself only)', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded by its path
  const { contentSecurityPolicy } = require(join(REPO, 'webpack.config.js')) as { contentSecurityPolicy(dev: boolean, options?: { preview?: boolean }): string };
  await flow('page', async (page) => {
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // npm run build:preview builds in development mode, npm run preview -- --production minified.
    expect([contentSecurityPolicy(true, { preview: true }), contentSecurityPolicy(false, { preview: true })]).toContain(meta);
    expect(meta).toContain("script-src 'self';");
  });
});

describe('表格校验', () => {
  test('(a) 一键校验: summary as the engine reports, findings listed, error cells filled, ≤ 4 syncs', async () => {
    const clean = await expectedCheck();
    const planted = await expectedCheck([PLANTED]);
    expect(planted.summary.errors).toBeGreaterThan(0);
    await flow('check', async (page) => {
      // The bundled sample as it is: what the CLI prints for it.
      await runCheck(page);
      expect(await summaryCounts(page)).toEqual({ error: clean.summary.errors, warning: clean.summary.warnings, info: clean.summary.infos });
      expect(await page.getByTestId('finding').count()).toBe(clean.findings.length);

      // One figure mistyped, as a user would.
      await editCell(page, PLANTED.sheet, PLANTED.address, PLANTED.value);
      const { syncs, sawProgress } = await runCheck(page);
      expect(await summaryCounts(page)).toEqual({ error: planted.summary.errors, warning: planted.summary.warnings, info: planted.summary.infos });
      const listed = await findingTexts(page, 'finding');
      expect(listed).toHaveLength(planted.findings.length);
      for (const f of planted.findings) expect(listed.some((text) => text.includes(f.message))).toBe(true);
      const severities = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
      expect(severities.filter((s) => s === 'error')).toHaveLength(planted.summary.errors);
      expect(syncs).toBeLessThanOrEqual(MAX_SYNCS_CHECK_AND_HIGHLIGHT);
      expect(sawProgress).toBe(true);

      // Every cell of every error finding shows the error fill, sheet by sheet.
      const errorCells = [...new Set(planted.findings.filter((f) => f.severity === 'error').flatMap((f) => f.cells.map(cellName)))];
      const bySheet = new Map<string, string[]>();
      for (const cell of errorCells) {
        const sheet = cell.slice(0, cell.lastIndexOf('!'));
        bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), cell]);
      }
      for (const [sheet, cells] of bySheet) {
        await showSheet(page, sheet);
        const fills = await shownFills(page);
        for (const cell of cells) expect({ cell, fill: fills[cell] }).toEqual({ cell, fill: cssRgb(HIGHLIGHT_COLORS.error) });
      }
      await showSheet(page, PLANTED.sheet);
    });
  });

  test('(b) a click on a finding selects its cells in the workbook', async () => {
    const planted = await expectedCheck([PLANTED]);
    const target = firstWithCells(planted.findings, 'error');
    const expected = expectedSelection(target.cells);
    await flow('select', async (page) => {
      await editCell(page, PLANTED.sheet, PLANTED.address, PLANTED.value);
      await runCheck(page);
      await page.getByTestId('finding').filter({ hasText: target.message }).first().click();
      await page.waitForFunction(() => (window as unknown as { __fakeHost: { workbook: { selection: unknown } } }).__fakeHost.workbook.selection !== null);
      const state = await fakeState(page);
      expect(state.selection).toEqual(expected);
      expect(state.activeSheet).toBe(target.cells[0].sheet);
      // The grid follows the workbook: the sheet is shown and the same cells are outlined.
      await page.locator(`[data-testid="preview-grid"] [aria-pressed="true"]`).filter({ hasText: target.cells[0].sheet }).waitFor();
      expect(await shownSelection(page)).toEqual(expected);
    });
  });

  test('(c) 清除标注 gives every cell back exactly the fill it showed before the check', async () => {
    await flow('clear', async (page) => {
      await editCell(page, PLANTED.sheet, PLANTED.address, PLANTED.value);
      const before = await allFills(page);
      expect(Object.keys(before).length).toBeGreaterThan(100);
      await runCheck(page);
      const highlighted = await allFills(page);
      const changed = Object.keys(before).filter((cell) => highlighted[cell] !== before[cell]);
      expect(changed.length).toBeGreaterThan(0);

      await page.getByRole('button', { name: '清除标注' }).click();
      await page.getByRole('status').filter({ hasText: '已清除' }).waitFor();
      const after = await allFills(page);
      expect(after).toEqual(before);
      await showSheet(page, PLANTED.sheet);
    });
  });

  test('the severity filter hides and shows findings of one severity', async () => {
    const planted = await expectedCheck([PLANTED]);
    await flow('filter', async (page) => {
      await editCell(page, PLANTED.sheet, PLANTED.address, PLANTED.value);
      await runCheck(page);
      const filter = page.getByRole('group', { name: '按严重程度筛选' });
      await filter.getByRole('button', { name: '错误' }).click();
      await expect(page.getByTestId('finding').locator('visible=true').count()).resolves.toBe(planted.findings.length - planted.summary.errors);
      expect(await page.locator('[data-testid="finding"][data-severity="error"]').count()).toBe(0);
      await filter.getByRole('button', { name: '错误' }).click();
      await expect(page.getByTestId('finding').count()).resolves.toBe(planted.findings.length);
    });
  });
});

describe('说明校验', () => {
  test('(d) a 说明 with one wrong figure: the finding is listed; a click marks the quote and selects the cell', async () => {
    const expected = await expectedCheck([], { narrative: NARRATIVE_WITH_ONE_WRONG_FIGURE });
    const narrativeFindings = expected.findings.filter((f) => f.narrative);
    const wrong = narrativeFindings.find((f) => f.narrative?.quote === '691.15万元' && f.cells.length > 0);
    if (!wrong) throw new Error('the engine no longer ties 691.15万元 to a cell: rewrite the planted 说明');
    await flow('narrative', async (page) => {
      await page.getByRole('tab', { name: '说明校验' }).click();
      await page.getByLabel('说明文本').fill(NARRATIVE_WITH_ONE_WRONG_FIGURE);
      await page.getByRole('button', { name: '校验说明' }).click();
      await page.getByTestId('narrative-finding').first().waitFor();
      const listed = await findingTexts(page, 'narrative-finding');
      expect(listed).toHaveLength(narrativeFindings.length);
      const count = (s: string) => narrativeFindings.filter((f) => f.severity === s).length;
      await expect(page.getByTestId('narrative-summary').innerText()).resolves.toContain(`错误 ${count('error')} · 警告 ${count('warning')} · 提示 ${count('info')}`);
      for (const f of narrativeFindings) expect(listed.some((text) => text.includes(f.message))).toBe(true);

      await page.getByTestId('narrative-finding').filter({ hasText: wrong.message }).first().click();
      const mark = page.getByTestId('preview-pane').locator('mark');
      await mark.first().waitFor();
      expect((await mark.allInnerTexts()).join('')).toContain('691.15万元');
      await page.waitForFunction(() => (window as unknown as { __fakeHost: { workbook: { selection: unknown } } }).__fakeHost.workbook.selection !== null);
      expect((await fakeState(page)).selection).toEqual(expectedSelection(wrong.cells));
    });
  });
});

describe('生成说明', () => {
  test('(e0) from tables with errors: the count and a choice first (仍然生成 / 取消), then the text with a note', async () => {
    const planted = await expectedCheck([PLANTED]);
    expect(planted.summary.errors).toBeGreaterThan(0);
    await flow('generate-with-errors', async (page) => {
      await editCell(page, PLANTED.sheet, PLANTED.address, PLANTED.value);
      await page.getByRole('tab', { name: '生成说明' }).click();
      await page.getByRole('button', { name: '生成说明', exact: true }).click();
      const confirm = page.getByTestId('generate-confirm');
      await confirm.waitFor();
      await expect(confirm.innerText()).resolves.toContain(`附表中有 ${planted.summary.errors} 个错误`);
      expect(await page.getByTestId('generated-text').count()).toBe(0);
      await page.getByRole('button', { name: '取消' }).click();
      expect(await confirm.count()).toBe(0);
      expect(await page.getByTestId('generated-text').count()).toBe(0);

      await page.getByRole('button', { name: '生成说明', exact: true }).click();
      await confirm.waitFor();
      await page.getByRole('button', { name: '仍然生成' }).click();
      await page.getByTestId('generated-text').waitFor();
      expect(await confirm.count()).toBe(0);
      await expect(page.getByTestId('generated-table-errors').innerText()).resolves.toContain(`附表中有 ${planted.summary.errors} 个错误`);
      expect(await page.getByTestId('generated-text').textContent()).toBe(generateNarrative(planted.model, {}).text);
    });
  });

  test('(e) 生成说明 writes the engine text; 复制, 插入到新工作表, 下载 Word and 插入图表 deliver it', async () => {
    const { model } = await expectedCheck();
    const expectedText = generateNarrative(model, {}).text;
    await flow('generate', async (page) => {
      await page.getByRole('tab', { name: '生成说明' }).click();
      await page.getByRole('button', { name: '生成说明', exact: true }).click();
      const generated = page.getByTestId('generated-text');
      await generated.waitFor();
      const text = (await generated.textContent()) ?? '';
      for (const heading of ['一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明']) expect(text).toContain(heading);
      // With no prior-year data entered, exactly what the engine (and `node dist/cli.js generate`) writes.
      expect(text).toBe(expectedText);

      await page.getByRole('button', { name: '复制', exact: true }).click();
      await status(page, '已复制');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedText);

      const sheetsBefore = await sheetNames(page);
      const writesBefore = (await fakeState(page)).writes.length;
      await page.getByRole('button', { name: '插入到新工作表' }).click();
      await status(page, '已写入新工作表');
      let state = await fakeState(page);
      const added = state.sheets.filter((s) => !sheetsBefore.includes(s));
      expect(added).toHaveLength(1);
      const written = state.writes.slice(writesBefore);
      expect(written.length).toBeGreaterThan(0);
      expect(written.every((w) => w.sheet === added[0])).toBe(true);
      // The grid shows the new sheet, holding the text.
      await showSheet(page, added[0]);
      const shown = (await page.getByTestId('preview-grid').locator('[data-cell]').allInnerTexts()).join('\n');
      expect(shown).toContain('一、收入支出决算总体情况说明');
      expect(shown).toContain('1889.05万元');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const saved = join(ARTIFACTS, 'generated.docx');
      await download.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');

      const writesBeforeCharts = (await fakeState(page)).writes.length;
      await page.getByRole('button', { name: '插入图表' }).click();
      await status(page, '插入');
      state = await fakeState(page);
      const chartOps = state.writes.slice(writesBeforeCharts).filter((w) => w.op === 'chart.add');
      expect(chartOps.length).toBeGreaterThan(0);
      expect(state.charts).toBe(chartOps.length);
      // The grid draws them on the charts' sheet.
      const chartSheet = chartOps[0].sheet;
      await showSheet(page, chartSheet);
      await expect(page.getByTestId('preview-grid').getByTestId('preview-chart').count()).resolves.toBe(chartOps.length);
    });
  });
});

/** Waits for the pane's confirmation line (role=status) containing the words. */
async function status(page: Page, words: string): Promise<void> {
  await page.getByTestId('preview-pane').getByRole('status').filter({ hasText: words }).waitFor();
}
