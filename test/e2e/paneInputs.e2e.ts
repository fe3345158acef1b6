/**
 * The 生成说明 input form at 320 px (issue 16, item 1): sections that collapse, an amount typed as
 * "1,924.37万元", a reason given once and reused with 同上, counts, procurement, assets; 生成说明
 * writes the figures and the placeholders they answer are gone; 导出JSON / 导入JSON; nothing wider
 * than the pane. The preview holds samples/sample-2023.xlsx (2023, 收、支总计 1889.05万元).
 */
import JSZip from 'jszip';
import { Page } from 'playwright-core';
import { readFileSync } from 'fs';
import { distinct, offOrigin, watchedPage } from './harness/browser';
import { PREVIEW_BUILD } from './harness/builds';
import { fakeState, horizontalOverflow, showSheet } from './harness/preview';
import { servedBuild } from './harness/servedBuild';

const PANE = { width: 320, height: 620 };
const SCREENSHOT_DIR = process.env.PANE_INPUTS_SCREENSHOTS ?? '/tmp';

const live = servedBuild(PREVIEW_BUILD);

async function withPane(body: (page: Page) => Promise<void>): Promise<void> {
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.setViewportSize({ width: 1100, height: PANE.height });
    await page.goto(`${live.server.origin}/preview.html?width=${PANE.width}`);
    await page.getByRole('tab', { name: '生成说明' }).click();
    await page.getByLabel('上年年度', { exact: true }).waitFor();
    await body(page);
    expect(offOrigin(watch, live.server.origin)).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
  } finally {
    await context.close();
  }
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

/** Opens a collapsed section of the form (an accordion header is a button named by its title). */
async function openSection(page: Page, title: string): Promise<void> {
  const header = page.getByRole('button', { name: new RegExp(`^${title}`) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(value);
}


test('the form filled at 320 px: the figures appear in the 说明, the placeholders they answer are gone', async () => {
  await withPane(async (page) => {
    await fill(page, '上年年度', '2022');
    await fill(page, '上年收入支出总计', '1,924.37万元');
    await fill(page, '上年财政拨款收入支出总计', '１９２４．３７');
    await fill(page, '上年一般公共预算财政拨款支出', '1924.37 万元');

    // A bad amount: a message naming the field under it, nothing about an 输入文件.
    await fill(page, '上年机关运行经费', '很多');
    const problem = page.getByText('“上年机关运行经费”应为金额（万元）');
    await problem.waitFor();
    expect(await page.getByText('输入文件').count()).toBe(0);
    await fill(page, '上年机关运行经费', '183.53');
    await problem.waitFor({ state: 'detached' });

    await openSection(page, '变动原因');
    await fill(page, '收入支出总计变动原因', '部分项目进行调整，项目支出减少');
    await page.getByRole('checkbox', { name: '同上（与“收入支出总计变动原因”相同）' }).check();
    await page.getByRole('checkbox', { name: '同上（与“财政拨款收入支出总计变动原因”相同）' }).check();
    await page.getByRole('button', { name: /^变动原因/ }).scrollIntoViewIfNeeded();
    await page.getByTestId('preview-pane').screenshot({ path: `${SCREENSHOT_DIR}/pane-inputs-320-reasons.png` });

    await openSection(page, '数量');
    await fill(page, '公务用车保有量', '1');
    await fill(page, '国内公务接待批次', '6');
    await fill(page, '国内公务接待人次', '91人次');
    await openSection(page, '政府采购');
    await fill(page, '政府采购货物支出', '13.73');
    for (const label of ['政府采购工程支出', '政府采购服务支出', '授予中小企业合同金额', '授予小微企业合同金额']) await fill(page, label, '0');
    await openSection(page, '国有资产');
    await fill(page, '车辆数', '1');
    await fill(page, '单价100万元以上设备数', '0');
    await openSection(page, '绩效');
    await fill(page, '事前绩效评估项目数', '8');

    // Every section open, with the JSON box: still no horizontal scroll at 320 px.
    for (const title of ['单位信息', '预算数', '高级：JSON']) await openSection(page, title);
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, outside: [] });

    await page.getByRole('button', { name: '生成说明', exact: true }).click();
    await idle(page);
    const text = (await page.getByTestId('generated-text').textContent()) ?? '';
    expect(text).toContain('与2022年度相比，收、支总计各减少35.32万元');
    expect(text).toContain('主要变动原因是部分项目进行调整，项目支出减少。');
    // 四 and 五（一） took the reason through 同上.
    expect(text.split('部分项目进行调整，项目支出减少').length - 1).toBe(3);
    expect(text).toContain('共有车辆1辆，单价100万元（含）以上设备0台（套）');
    expect(text).toContain('政府采购货物支出13.73万元');
    expect(text).toContain('共有公务用车1辆');
    expect(text).toContain('国内公务接待6批次，91人次');
    expect(text).toContain('组织对8个项目开展了预算事前绩效评估');
    for (const gone of [
      '【请填写：增减情况（需2022年度收、支总计）】',
      '【请填写：增减情况（需2022年度财政拨款收、支总计）】',
      '【请填写：增减情况（需2022年度一般公共预算财政拨款支出）】',
      '【请填写：车辆数】',
      '【请填写：单价100万元（含）以上设备台（套）数】',
      '【请填写：政府采购货物支出】',
      '【请填写：公务用车保有量（辆）】',
      '【请填写：国内公务接待批次】',
      '【请填写：事前绩效评估项目数】',
    ]) {
      expect([gone, text.includes(gone)]).toEqual([gone, false]);
    }
    // The form was saved in the workbook's settings as the pane keeps it.
    const stored = await page.evaluate(
      () => (window as unknown as { __fakeHost: { document: { savedSettings: Record<string, unknown> } } }).__fakeHost.document.savedSettings['jsjy.generateInputs'],
    );
    expect(typeof stored === 'string' ? JSON.parse(stored) : stored).toMatchObject({ form: { 收入支出总计: '1,924.37万元' }, same: expect.arrayContaining(['原因.财政拨款收入支出总计变动']) });

    // The Word file and the new sheet carry the figures too.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docxPath = `${SCREENSHOT_DIR}/pane-inputs.docx`;
    await download.saveAs(docxPath);
    const documentXml = await (await JSZip.loadAsync(readFileSync(docxPath))).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('35.32');
    expect(documentXml).toContain('部分项目进行调整，项目支出减少');
    const sheetsBefore = (await fakeState(page)).sheets;
    await page.getByRole('button', { name: '插入到新工作表' }).click();
    await page.getByTestId('preview-pane').getByRole('status').filter({ hasText: '已写入新工作表' }).waitFor();
    const added = (await fakeState(page)).sheets.filter((name) => !sheetsBefore.includes(name));
    expect(added).toHaveLength(1);
    await showSheet(page, added[0]);
    const shown = (await page.getByTestId('preview-grid').locator('[data-cell]').allInnerTexts()).join('\n');
    expect(shown).toContain('收、支总计各减少35.32万元');

    // The 五（三） lines the text asks about now have their fields; the rest of the 说明 still asks for them.
    await page.getByLabel(/ 全年预算/).first().waitFor();
    expect(await page.getByText('（文中待填）').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^预算数/ }).scrollIntoViewIfNeeded();
    await page.getByTestId('preview-pane').screenshot({ path: `${SCREENSHOT_DIR}/pane-inputs-320-budget.png` });

    // 导出JSON writes the CLI's file into the box; 导入JSON reads it back.
    await page.getByRole('button', { name: '导出JSON' }).click();
    await idle(page);
    const json = JSON.parse(await page.getByLabel('补充数据 JSON').inputValue()) as Record<string, unknown>;
    expect(json).toMatchObject({ 年度: 2022, 收入支出总计: 1924.37, 原因: { 财政拨款收入支出总计变动: '部分项目进行调整，项目支出减少' } });
    await page.getByLabel('补充数据 JSON').fill('{"国有资产": {"车辆": 2}}');
    await page.getByRole('button', { name: '导入JSON' }).click();
    await idle(page);
    expect(await page.getByLabel('车辆数', { exact: true }).inputValue()).toBe('2');
    await page.getByLabel('补充数据 JSON').fill('{"国有资产": {"车": 2}}');
    await page.getByRole('button', { name: '导入JSON' }).click();
    await idle(page);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('不认识的键“车”');

    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, outside: [] });
    await page.getByRole('button', { name: /^上年数据/ }).scrollIntoViewIfNeeded();
    await page.getByTestId('preview-pane').screenshot({ path: `${SCREENSHOT_DIR}/pane-inputs-320.png` });
    await page.getByTestId('generated-text').scrollIntoViewIfNeeded();
    await page.getByTestId('preview-pane').screenshot({ path: `${SCREENSHOT_DIR}/pane-inputs-320-generated.png` });
  });
});
