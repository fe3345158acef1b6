import { createRoot } from 'react-dom/client';
import sample from 'preview-sample-grids.json';
import { createOfficeHost } from '../excel/officeHost';
import type { ExcelRun } from '../excel/officeApi';
import { createFakeHost } from '../fakehost/host';
import { fakeWorkbookFromGrids } from '../fakehost/model';
import { App } from '../taskpane/components/App';
import { detectHost } from '../taskpane/host';
import { PreviewPage } from './PreviewPage';

/*
 * preview.html: the real task pane, wired exactly as in Excel (createOfficeHost over Excel.run and
 * the document settings), except that Excel is the in-memory fake host holding the bundled sample
 * workbook. window.__fakeHost exposes the fake (recorder.syncs, recorder.writes, workbook,
 * editCell) to browser tests.
 */
const fake = createFakeHost(fakeWorkbookFromGrids(sample.grids));
const globals = window as unknown as Record<string, unknown>;
fake.install(globals);
globals.__fakeHost = fake;

const services = {
  excel: createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings }),
  settings: fake.settings,
};

const container = document.getElementById('preview');
if (container) {
  const root = createRoot(container);
  const render = (host: 'checking' | 'excel' | 'outside') =>
    root.render(<PreviewPage fake={fake} source={sample.source} pane={<App host={host} services={host === 'excel' ? services : undefined} />} />);
  render('checking');
  // The same detection as in Excel, against the fake Office global.
  void detectHost(fake.Office).then(render);
}
