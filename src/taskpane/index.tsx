import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { detectHost, officeGlobal } from './host';

// Render at once (the pane is never blank), then again when office.js says where we run.
const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  root.render(<App host="checking" />);
  void detectHost(officeGlobal()).then((host) => root.render(<App host={host} />));
}
