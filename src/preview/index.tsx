import { createRoot } from 'react-dom/client';
import sample from 'preview-sample-grids.json';
import { createOfficeHost } from '../excel/officeHost';
import { excelApiSupports, type ExcelRun } from '../excel/officeApi';
import { LATEST_API_LEVEL } from '../fakehost/apiLevel';
import { createFakeHost } from '../fakehost/host';
import { FakeSettings } from '../fakehost/settings';
import { fakeWorkbookFromGrids } from '../fakehost/model';
import { App } from '../taskpane/components/App';
import { detectHost, type HostStatus } from '../taskpane/host';
import { downloadsWork } from '../taskpane/platform';
import { PreviewPage } from './PreviewPage';
import { withPlantedMistakes } from './plantedMistakes';

/*
 * preview.html: the real task pane, wired exactly as in Excel (createOfficeHost over Excel.run and
 * the document settings), except that Excel is the in-memory fake host holding the bundled sample
 * workbook (?sample=mistakes: with planted mistakes; ?api=1.14: an Excel at that ExcelApi level,
 * e.g. Office 2021, default the newest the fake models; ?platform=PC: desktop Excel, whose webview
 * drops downloads, so no 下载 Word). window.__fakeHost exposes the fake (recorder.syncs, recorder.writes, workbook,
 * editCell) to browser tests.
 */
const params = new URLSearchParams(window.location.search);
const planted = params.get('sample') === 'mistakes';
const width = Number(params.get('width'));
const paneWidth = width >= 200 && width <= 800 ? width : undefined;
const apiLevel = /^1\.\d+$/.test(params.get('api') ?? '') ? params.get('api')! : LATEST_API_LEVEL;
const fake = createFakeHost(fakeWorkbookFromGrids(planted ? withPlantedMistakes(sample.grids) : sample.grids), {}, { apiLevel });
const globals = window as unknown as Record<string, unknown>;
fake.install(globals);
globals.__fakeHost = fake;

/** The pane's surroundings over a settings object: the one Office loaded when the pane opened. */
function paneServices(settings: FakeSettings) {
  return {
    excel: createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings, supports: excelApiSupports(fake.Office.context.requirements) }),
    settings,
    canDownload: downloadsWork(params.get('platform') ?? 'OfficeOnline'),
  };
}
let services = paneServices(fake.settings);
/** How many times the pane was opened: its React key, so a reopen starts it afresh. */
let opened = 0;

const container = document.getElementById('preview');
if (container) {
  const root = createRoot(container);
  const render = (host: HostStatus) =>
    root.render(
      <PreviewPage
        fake={fake}
        paneWidth={paneWidth}
        source={planted ? `${sample.source}，含 4 处预置错误` : sample.source}
        pane={<App key={opened} host={host} services={host === 'excel' ? services : undefined} />}
      />,
    );
  render('checking');
  // The same detection as in Excel, against the fake Office global.
  void detectHost(fake.Office).then(render);
  // Close the pane and open it again on the same document (browser tests): a fresh pane whose
  // document settings are those saved (settings.saveAsync), as Office loads them on opening.
  globals.__reopenPane = () => {
    opened += 1;
    services = paneServices(new FakeSettings(fake.document));
    render('excel');
  };
}
