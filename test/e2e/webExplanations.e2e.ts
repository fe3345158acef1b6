/**
 * The offline web page and 已说明: a workbook in which the task pane saved an explanation (the
 * jsjy.explanations setting in xl/webextensions) shows that warning as explained, with its note,
 * not counted; the page cannot save into the file, so it offers no 已说明… of its own.
 */
import { readXlsx } from '../../src/cli/xlsx/readXlsx';
import { checkWorkbook } from '../../src/core/check';
import { EMPTY_EXPLANATIONS, explain, withExplanation } from '../../src/core/findings/explanations';
import { buildWorkbook, SAMPLE_UNIT } from '../fixtures/generator';
import { xlsxBuffer } from '../fixtures/generator/xlsx';
import { panePart, withParts } from '../fixtures/webExtension';
import { distinct, offOrigin, watchedPage } from './harness/browser';
import { WEB_BUILD } from './harness/builds';
import { pickAndCheck, summaryCounts } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

const live = servedBuild(WEB_BUILD);

test('the pane’s explanations saved in the file are shown as explained; no 已说明… on the page', async () => {
  const wb = buildWorkbook(SAMPLE_UNIT);
  const sheet = wb.sheets.find((s) => s.name === '收入决算表')!;
  const row = sheet.rows.find((r) => r.includes('行政运行'))!;
  row[row.indexOf('行政运行')] = '机关服务';
  const plain = await xlsxBuffer(wb);
  const warning = checkWorkbook(await readXlsx(plain)).findings.find((f) => f.rule === 'class-names')!;
  const record = withExplanation(EMPTY_EXPLANATIONS, explain(warning, '按省厅文件使用简称', '张三', '2026-12-02T10:00:00.000Z'));
  const buffer = withParts(plain, panePart(record));

  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.goto(`${live.server.origin}/index.html`);
    await pickAndCheck(page, buffer);
    expect(await summaryCounts(page)).toMatchObject({ error: 0, warning: 0 });
    await expect(page.getByTestId('explained-count').innerText()).resolves.toBe('已说明 1');
    const finding = page.locator('[data-testid="finding"][data-explained="true"]');
    await expect(finding.getByTestId('explained-note').innerText()).resolves.toBe('已说明：按省厅文件使用简称（张三，2026-12-02）');
    await expect(page.getByRole('button', { name: /已说明…|修改说明|撤销说明/ }).count()).resolves.toBe(0);
    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
});
