import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/officeHost';
import { excelApiSupports, type ExcelRun, type SettingsStore } from '../excel/officeApi';
import { App } from './components/App';
import { detectHost, officeGlobal } from './host';
import { downloadsWork } from './platform';
import type { PaneServices } from './services';

/** The adapter over the real Excel.run and the document's settings (only called inside Excel). */
function officeServices(): PaneServices {
  const settings = Office.context.document.settings as unknown as SettingsStore;
  const supports = excelApiSupports(Office.context.requirements);
  return { excel: createOfficeHost({ run: Excel.run as unknown as ExcelRun, settings, supports }), settings, canDownload: downloadsWork(Office.context.platform) };
}

// compat.js (plain ES5) tells a too-old webview's user why the pane is blank unless this is set.
(window as unknown as { __jsjyStarted?: boolean }).__jsjyStarted = true;

// Render at once (the pane is never blank), then again when office.js says where we run.
const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  root.render(<App host="checking" />);
  void detectHost(officeGlobal()).then((host) => root.render(<App host={host} services={host === 'excel' ? officeServices() : undefined} />));
}
