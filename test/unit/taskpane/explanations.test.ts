/** 已说明 in the pane's actions, on the fake host: saved in the document settings, read back after a reopen, applied by 一键校验. */
import { EMPTY_EXPLANATIONS, EXPLANATIONS_SETTING, explain, withExplanation } from '../../../src/core/findings/explanations';
import { createOfficeHost, ExcelRun, HIGHLIGHT_COLORS } from '../../../src/excel';
import { createFakeHost, displayedFill, fakeWorkbookFromGrids, FakeExcelHost } from '../../../src/fakehost';
import { checkAndHighlight } from '../../../src/taskpane/actions/check';
import { lastExplainer, loadExplanations, saveExplanations } from '../../../src/taskpane/actions/explanations';
import { summaryView } from '../../../src/taskpane/viewModel/findings';
import { buildWorkbook, gridOf, SAMPLE_UNIT } from '../../fixtures/generator';

/** The sample with 2010301 printed 机关服务 (a class-names warning). */
function workbook() {
  const wb = buildWorkbook(SAMPLE_UNIT);
  const sheet = wb.sheets.find((s) => s.name === '收入决算表')!;
  const row = sheet.rows.find((r) => r.includes('行政运行'))!;
  row[row.indexOf('行政运行')] = '机关服务';
  return wb.sheets.map(gridOf);
}

const host = (fake: FakeExcelHost) => createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings });

test('an explanation saved in the settings survives a reopen and 一键校验 applies it: listed, not counted, not coloured', async () => {
  const fake = createFakeHost(fakeWorkbookFromGrids(workbook()));
  const first = await checkAndHighlight(host(fake), { explanations: loadExplanations(fake.settings).record });
  const warning = first.result.findings.find((f) => f.rule === 'class-names')!;
  const sheet = fake.workbook.sheets.find((s) => s.name === '收入决算表')!;
  expect(displayedFill(sheet, 7, 1)).toBe(HIGHLIGHT_COLORS.warning);

  await saveExplanations(fake.settings, withExplanation(EMPTY_EXPLANATIONS, explain(warning, '按文件简称', '李四', '2026-12-02T09:00:00Z')));
  expect(JSON.parse(fake.document.savedSettings[EXPLANATIONS_SETTING]).entries[0].note).toBe('按文件简称');

  const reopened = fake.reopen();
  const stored = loadExplanations(reopened.settings);
  expect(stored.unreadable).toBe(0);
  expect(lastExplainer(stored.record)).toBe('李四');
  const again = await checkAndHighlight(host(reopened), { explanations: stored.record });
  expect(again.result.findings.find((f) => f.rule === 'class-names')!.explained).toEqual({ note: '按文件简称', by: '李四', at: '2026-12-02T09:00:00Z' });
  expect(again.checked.findings.find((f) => f.rule === 'class-names')!.explained).toBeUndefined();
  const view = summaryView(again.result);
  expect(view.counts.find((c) => c.severity === 'warning')!.count).toBe(0);
  expect(view.explained).toBe(1);
  expect(view.verdict).toBe('未发现错误；其余警告均已说明。');
  const reopenedSheet = reopened.workbook.sheets.find((s) => s.name === '收入决算表')!;
  expect(displayedFill(reopenedSheet, 7, 1)).not.toBe(HIGHLIGHT_COLORS.warning);

  // Removing the last explanation removes the setting.
  await saveExplanations(reopened.settings, EMPTY_EXPLANATIONS);
  expect(reopened.document.savedSettings[EXPLANATIONS_SETTING]).toBeUndefined();
});

test('damaged settings: counted as unreadable, said in the summary, the check runs', async () => {
  const fake = createFakeHost(fakeWorkbookFromGrids(workbook()));
  fake.document.savedSettings[EXPLANATIONS_SETTING] = JSON.stringify({ version: 1, entries: [{ key: 'x' }, 'junk'] });
  const stored = loadExplanations(fake.reopen().settings);
  expect(stored).toEqual({ record: EMPTY_EXPLANATIONS, unreadable: 2 });
  const run = await checkAndHighlight(host(fake), { explanations: stored.record, unreadableExplanations: stored.unreadable });
  expect(summaryView(run.result).unusedExplanations).toBe('工作簿中保存的说明有 2 条无法读取，已忽略。');
  expect(run.result.summary.warnings).toBe(1);
});

test('an explanation whose warning was corrected: one sentence in the summary', async () => {
  const fake = createFakeHost(fakeWorkbookFromGrids(buildWorkbook(SAMPLE_UNIT).grids));
  const record = { version: 1 as const, entries: [{ key: 'class-names|收入决算表!A8,收入决算表!B8', rule: 'class-names', note: '简称', by: '', at: '', message: '…' }] };
  const run = await checkAndHighlight(host(fake), { explanations: record });
  expect(summaryView(run.result).unusedExplanations).toBe('工作簿中保存的 1 条说明本次未采用（问题已不再出现 1 条）。');
});
