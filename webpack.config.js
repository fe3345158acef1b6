/**
 * Builds the Office add-in (task pane + ribbon commands) into dist/, after the yo office
 * React TypeScript template. The CLI is bundled separately (scripts/build-cli.mjs) into the same
 * dist/ folder, so cleaning must keep its files.
 *
 *   npx webpack --mode production          -> dist/ for deployment (manifest for https://localhost:3000)
 *   npm run build -- --env url=https://addins.example.gov.cn/jsjy
 *                                          -> dist/ whose manifest.xml points at that host
 *   npm run dev-server                     -> https://localhost:3000 (Office dev certificate)
 *   npm run dev-server:http                -> http://localhost:3000 (browser tests, no certificate)
 *   npm run preview                        -> dist-preview/ served on http://localhost:3100 (env.preview:
 *                                             the pane over the fake Excel host and the bundled sample)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
/** Where manifest.xml points in the repository: the dev server. */
const DEV_BASE_URL = `https://localhost:${DEV_PORT}`;
/** The bundle must parse in ES2017 webviews (EdgeHTML 18, Safari 11+ would fail on newer syntax). */
const BUNDLE_TARGET = 'es2017';

/**
 * manifest.xml for a real host: every dev-server URL (icons, taskpane.html, commands.html,
 * SupportUrl) rebased onto `url`, which must be https (Office refuses anything else) and is used
 * without a trailing slash. Throws a Chinese message for a bad url.
 */
function manifestFor(xml, url) {
  if (!url) return xml;
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new Error(`--env url 不是有效的网址：${url}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`--env url 必须以 https:// 开头（Office 只加载 HTTPS 加载项）：${url}`);
  if (parsed.search || parsed.hash) throw new Error(`--env url 不能带查询参数或 #：${url}`);
  const base = parsed.href.replace(/\/+$/, '');
  return xml.split(DEV_BASE_URL).join(base);
}

/**
 * Lowers every emitted script to ES2017 with esbuild (already a dev dependency for the CLI
 * bundle): node_modules code (Fluent, React, docx, mammoth) is not compiled by ts-loader and uses
 * newer syntax (object spread, optional chaining, class fields). Runs after minification.
 */
class LowerSyntaxPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LowerSyntaxPlugin', (compilation) => {
      // After minification: terser may itself write `??` or `?.` back into the code.
      compilation.hooks.processAssets.tap({ name: 'LowerSyntaxPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 100 }, (assets) => {
        const esbuild = require('esbuild');
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.js') || name === 'compat.js') continue;
          const source = assets[name].source().toString();
          const out = esbuild.transformSync(source, {
            loader: 'js',
            target: BUNDLE_TARGET,
            charset: 'utf8',
            legalComments: 'none',
            minifyWhitespace: compiler.options.mode === 'production',
          });
          compilation.updateAsset(name, new sources.RawSource(out.code));
        }
      });
    });
  }
}

/**
 * The Content-Security-Policy written into taskpane.html and commands.html.
 * - Scripts: our own bundle and office.js from Microsoft's CDN, nothing else (office.js loads its
 *   host-specific parts from the same origin). No 'unsafe-eval': dev builds use plain source maps.
 * - Styles: 'unsafe-inline' because Fluent UI v9 (Griffel) injects <style> tags at run time and
 *   office.js sets inline styles; a static page cannot carry a per-response nonce.
 * - Everything else ('self' only) keeps the promise that nothing leaves the machine; the dev build
 *   additionally allows the dev server's live-reload websocket.
 */
function contentSecurityPolicy(isDev, options = {}) {
  const connect = ["'self'"];
  if (isDev && !options.preview) connect.push(`wss://localhost:${DEV_PORT}`, `ws://localhost:${DEV_PORT}`);
  // The preview never loads office.js: the fake host provides the Office and Excel globals.
  const scripts = options.preview ? "'self'" : `'self' ${OFFICE_JS_ORIGIN}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Files of dist/ that other builds write and cleaning must leave alone (the CLI bundle, the web version). */
function isKeptOutput(assetPath) {
  return /^cli([.\-/\\]|$)/.test(assetPath) || /^web([/\\]|$)/.test(assetPath);
}

/** HTTPS options from office-addin-dev-certs, or null (with a clear message) when unavailable. */
async function officeDevCertificates() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (err) {
    const reason = err && err.message ? err.message : String(err);
    console.warn(
      [
        '',
        '无法获取 Office 开发证书，开发服务器改用 webpack-dev-server 自动生成的自签名证书。',
        'Office 不信任这种证书，加载项可能无法打开。请运行：npx office-addin-dev-certs install',
        '若只在浏览器中测试，可用：npm run dev-server:http',
        `(office-addin-dev-certs: ${reason})`,
        '',
      ].join('\n'),
    );
    return null;
  }
}

/** The tsx/ts rule shared by the add-in and the preview builds. */
function typeScriptRule(isDev) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        configFile: path.resolve(__dirname, 'tsconfig.json'),
        transpileOnly: true,
        // ES modules let webpack tree-shake @fluentui/react-components (tsconfig says
        // commonjs for Node and jest).
        compilerOptions: { module: 'es2020', sourceMap: isDev },
      },
    },
  };
}

/**
 * The browser preview (scripts/preview.mjs): preview.html shows the real task pane next to a grid
 * of the fake workbook. The sample's grids come from build/preview/sample-grids.json, written by
 * scripts/preview-data.mjs with the CLI's xlsx reader before webpack runs.
 */
function previewConfig(isDev) {
  return {
    mode: isDev ? 'development' : 'production',
    devtool: isDev ? 'source-map' : false,
    entry: { preview: './src/preview/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-preview'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: { 'preview-sample-grids.json$': path.resolve(__dirname, 'build/preview/sample-grids.json') },
    },
    module: { rules: [typeScriptRule(isDev)] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy(isDev, { preview: true }) },
      }),
    ],
    performance: { hints: false },
  };
}

/**
 * The offline web version (npm run build:web -> dist/web/index.html): the pane next to a grid of a
 * workbook picked in the page, over the in-memory Excel host (src/web). Relative URLs only, so it
 * runs from any static server or a shared folder; the preview's CSP (scripts from itself only).
 */
function webConfig(isDev) {
  return {
    mode: isDev ? 'development' : 'production',
    devtool: isDev ? 'source-map' : false,
    target: ['web', BUNDLE_TARGET],
    entry: { web: './src/web/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [typeScriptRule(isDev)] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/web/web.html',
        chunks: ['web'],
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy(isDev, { preview: true }) },
      }),
      new LowerSyntaxPlugin(),
    ],
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const isDev = argv.mode !== 'production';
  if (env.preview) return previewConfig(isDev);
  if (env.web) return webConfig(isDev);
  const serving = Boolean(env.WEBPACK_SERVE);
  const plainHttp = Boolean(env.http);

  let server;
  if (serving) {
    if (plainHttp) {
      server = { type: 'http' };
    } else {
      const options = await officeDevCertificates();
      server = options ? { type: 'https', options } : { type: 'https' };
    }
  }

  const csp = contentSecurityPolicy(isDev);

  return {
    devtool: isDev ? 'source-map' : false,
    // webpack's own runtime code in ES2017 too (LowerSyntaxPlugin lowers the rest).
    target: ['web', BUNDLE_TARGET],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Lazily loaded parts of the pane (说明校验, 生成说明, mammoth, docx).
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: { keep: isKeptOutput },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        typeScriptRule(isDev),
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext][query]' },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { contentSecurityPolicy: csp },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { contentSecurityPolicy: csp },
      }),
      // The manifest's SupportUrl: a static page, no script.
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/taskpane/support.html',
        chunks: [],
        inject: false,
        templateParameters: { contentSecurityPolicy: csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext][query]' },
          { from: 'manifest.xml', to: '[name][ext]', transform: (content) => manifestFor(content.toString(), env.url) },
          // Plain ES5, never bundled or lowered: it must run where the bundle cannot.
          { from: 'src/taskpane/compat.js', to: '[name][ext]' },
        ],
      }),
      new LowerSyntaxPlugin(),
    ],
    performance: {
      // React + Fluent UI; loaded once from localhost or the add-in's own server. The budget is
      // 350 KB gzipped for the first screen (docs/taskpane.md); 800 KiB minified was about 240 KB
      // gzipped, so this warns well before the budget. Development bundles are not measured.
      // Lowered to ES2017 the code is about 10 % larger (810 KiB, 247 KB gzipped): 900 KiB.
      hints: isDev ? false : 'warning',
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
    },
    devServer: {
      port: DEV_PORT,
      server,
      static: false, // serve only what webpack emits (no public/ folder)
      headers: { 'Cache-Control': 'no-store' },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.isKeptOutput = isKeptOutput;
module.exports.previewConfig = previewConfig;
module.exports.manifestFor = manifestFor;
module.exports.webConfig = webConfig;
module.exports.BUNDLE_TARGET = BUNDLE_TARGET;
