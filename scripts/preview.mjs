// npm run preview: builds the browser preview (task pane + fake Excel host + the bundled sample)
// into dist-preview/ and serves it on http://localhost:3100/preview.html (PORT overrides 3100).
//
//   node scripts/preview.mjs                  build (development) and serve
//   node scripts/preview.mjs --production     build minified and serve
//   node scripts/preview.mjs --build-only     build only (npm run build:preview)
//   node scripts/preview.mjs --serve-only     serve an existing dist-preview/
import { createRequire } from 'module';
import { dirname, join, resolve } from 'path';
import { existsSync } from 'fs';
import { fileURLToPath } from 'url';
import { writeSampleJson } from './preview-data.mjs';
import { serve } from './preview-serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const PREVIEW_DIR = join(root, 'dist-preview');

const args = new Set(process.argv.slice(2));
const mode = args.has('--production') ? 'production' : 'development';
const port = Number(process.env.PORT || 3100);

async function buildPreview() {
  await writeSampleJson();
  const webpack = require('webpack');
  const config = await require(join(root, 'webpack.config.js'))({ WEBPACK_BUILD: true, preview: true }, { mode });
  const stats = await new Promise((ok, fail) => webpack(config, (err, s) => (err ? fail(err) : ok(s))));
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    process.exit(1);
  }
  console.log(`预览已构建（${mode}）：${PREVIEW_DIR}`);
}

if (!args.has('--serve-only')) await buildPreview();
if (!args.has('--build-only')) {
  if (!existsSync(join(PREVIEW_DIR, 'preview.html'))) {
    console.error('dist-preview/preview.html 不存在，请先运行 npm run build:preview。');
    process.exit(1);
  }
  try {
    await serve(PREVIEW_DIR, port);
  } catch (e) {
    console.error(`无法在端口 ${port} 上启动预览服务器：${e && e.message ? e.message : e}`);
    process.exit(1);
  }
  console.log(`预览：http://localhost:${port}/preview.html`);
}
