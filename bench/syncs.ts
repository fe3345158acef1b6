/** context.sync calls for read + check + highlight over the fake Excel host (as the pane does it). */
import { checkWorkbook } from '../src/core/check';
import { createOfficeHost, ExcelRun, marksFromFindings } from '../src/excel';
import { createFakeHost, fakeWorkbookFromGrids } from '../src/fakehost';
import { buildWorkbook, SAMPLE_UNIT } from '../test/fixtures/generator';

export async function checkAndHighlightSyncs(): Promise<{ syncs: number; marks: number }> {
  const planted = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T05', row: '20103', column: '302', delta: '1' }] });
  const fake = createFakeHost(fakeWorkbookFromGrids(planted.grids));
  const host = createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings });
  const grids = await host.readAllSheets();
  const marks = marksFromFindings(checkWorkbook(grids).findings);
  await host.highlight(marks);
  return { syncs: fake.recorder.syncCount, marks: marks.length };
}
