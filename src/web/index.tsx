import { createRoot } from 'react-dom/client';
import { WebPage } from './WebPage';

/* dist/web/index.html (npm run build:web): see WebPage and docs/wps.md. */
const container = document.getElementById('web');
if (container) createRoot(container).render(<WebPage />);
