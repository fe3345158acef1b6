/**
 * The add-in build configuration, without running webpack (too slow for jest): entries, pages,
 * the Content-Security-Policy, office.js from Microsoft's CDN only, and that cleaning dist/ keeps
 * the CLI bundle written by another build.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { repoRoot } from './manifestXml';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded by its path
const configModule = require(join(repoRoot, 'webpack.config.js'));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

async function productionConfig() {
  return configModule({ WEBPACK_BUILD: true }, { mode: 'production' });
}

test('builds taskpane and commands into dist/ with one page each, plus the script-free support page', async () => {
  const config = await productionConfig();
  expect(config.entry).toEqual({
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  });
  expect(config.output.path).toBe(join(repoRoot, 'dist'));
  const pages = config.plugins
    .filter((p: { constructor: { name: string } }) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p: { userOptions: { filename: string; chunks: string[] } }) => [p.userOptions.filename, p.userOptions.chunks]);
  expect(pages).toEqual([
    ['taskpane.html', ['taskpane']],
    ['commands.html', ['commands']],
    ['support.html', []],
  ]);
  // A plain build must not ask for certificates or a dev server type.
  expect(config.devServer.server).toBeUndefined();
});

test('cleaning dist/ keeps the CLI bundle and removes our own old files', () => {
  const keep: (asset: string) => boolean = configModule.isKeptOutput;
  expect(keep('cli.js')).toBe(true);
  expect(keep('cli.js.map')).toBe(true);
  expect(keep('taskpane.js')).toBe(false);
  expect(keep('assets/icon-16.png')).toBe(false);
  expect(keep('client.js')).toBe(false);
});

test('Content-Security-Policy: scripts only from self and the office.js CDN, no eval', () => {
  for (const dev of [false, true]) {
    const csp: string = configModule.contentSecurityPolicy(dev);
    const directives = new Map<string, string>(
      csp.split(';').map((d: string) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as [string, string];
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self' https://appsforoffice.microsoft.com");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('connect-src')?.includes('localhost')).toBe(dev);
  }
});

test('http mode for browser tests serves plain http without certificates', async () => {
  const config = await configModule({ WEBPACK_SERVE: true, http: true }, { mode: 'development' });
  expect(config.devServer.server).toEqual({ type: 'http' });
  expect(config.devServer.port).toBe(3000);
  // eval-based source maps would be blocked by the CSP
  expect(String(config.devtool)).not.toContain('eval');
});

test.each(['src/taskpane/taskpane.html', 'src/commands/commands.html'])(
  '%s loads office.js from the CDN as its only external resource and carries the CSP',
  (page) => {
    const html = readFileSync(join(repoRoot, page), 'utf8');
    const externals = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(externals).toEqual([OFFICE_JS]);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>"');
  },
);
