/**
 * The Content-Security-Policy of every page webpack writes (task pane, ribbon commands, browser
 * preview; development and production), read the way a browser reads it: the template rendered
 * with the config's own parameters, the <meta http-equiv> parsed into directives. An allow-list,
 * so adding any third-party origin, eval or inline script makes this fail. The e2e suite checks the
 * built page carries exactly this policy and that chromium enforces it.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { repoRoot } from './manifestXml';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded by its path
const configModule = require(join(repoRoot, 'webpack.config.js'));

const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const DEV_SOCKETS = ['ws://localhost:3000', 'wss://localhost:3000'];

/** Every source each directive may list. A directive not named here may only say 'self' or 'none'. */
function allowedSources(dev: boolean): Record<string, readonly string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS_ORIGIN],
    // Griffel (Fluent UI v9) injects <style> at run time; styles cannot carry a script.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    // Nothing leaves the machine: only our own origin, plus the dev server's reload socket in development.
    'connect-src': dev ? ["'self'", ...DEV_SOCKETS] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'", "'none'"],
    'form-action': ["'self'", "'none'"],
  };
}

/** Directives that must be present, so nothing falls back to the browser's allow-all default. */
const REQUIRED = ['default-src', 'script-src', 'connect-src', 'object-src', 'base-uri'];

type Csp = Map<string, string[]>;

function parseCsp(policy: string): Csp {
  const directives: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // A browser ignores a repeated directive; a repeat here is a mistake to report.
    if (directives.has(key)) directives.set(`duplicate:${key}`, sources);
    else directives.set(key, sources);
  }
  return directives;
}

/** Why a policy is not acceptable, one line each; empty when it is. */
function cspProblems(policy: string, dev: boolean): string[] {
  const csp = parseCsp(policy);
  const allowed = allowedSources(dev);
  const problems: string[] = [];
  for (const name of REQUIRED) if (!csp.has(name)) problems.push(`missing ${name}`);
  for (const [name, sources] of csp) {
    if (name.startsWith('duplicate:')) {
      problems.push(`${name.slice('duplicate:'.length)} given twice`);
      continue;
    }
    const ok = allowed[name] ?? ["'self'", "'none'"];
    for (const source of sources) if (!ok.includes(source)) problems.push(`${name} allows ${source}`);
    if (sources.length === 0) problems.push(`${name} is empty`);
  }
  if (/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/i.test(policy)) problems.push('allows eval');
  return problems;
}

interface Page {
  readonly label: string;
  readonly dev: boolean;
  readonly html: string;
}

interface HtmlPlugin {
  constructor: { name: string };
  userOptions: { filename: string; template: string; templateParameters?: Record<string, unknown> };
}

/** Renders the "<%= name %>" parameters the way html-webpack-plugin's default loader does. */
function renderTemplate(template: string, parameters: Record<string, unknown>): string {
  return template.replace(/<%=\s*(\w+)\s*%>/g, (whole, name: string) => {
    if (!(name in parameters)) throw new Error(`template parameter ${name} is not set`);
    return String(parameters[name]);
  });
}

/** The pages of one webpack configuration, rendered. */
async function pagesOf(env: Record<string, unknown>, mode: 'development' | 'production'): Promise<Page[]> {
  const result = await configModule(env, { mode });
  const configs = Array.isArray(result) ? result : [result];
  const pages: Page[] = [];
  for (const config of configs) {
    for (const plugin of config.plugins as HtmlPlugin[]) {
      if (plugin.constructor.name !== 'HtmlWebpackPlugin') continue;
      const { filename, template, templateParameters = {} } = plugin.userOptions;
      const source = readFileSync(join(repoRoot, template), 'utf8');
      pages.push({ label: `${filename} (${mode}${env.preview ? ', preview' : ''})`, dev: mode === 'development', html: renderTemplate(source, templateParameters) });
    }
  }
  return pages;
}

function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /http-equiv\s*=\s*["']?Content-Security-Policy/i.test(tag))
    .map((tag) => /content\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '');
}

/** The directive a browser consults for an element's URL (falling back to default-src). */
function directiveFor(tag: string, csp: Csp): string[] {
  const name = /^<script/i.test(tag) ? 'script-src' : /^<link[^>]*stylesheet/i.test(tag) ? 'style-src' : /^<img/i.test(tag) ? 'img-src' : 'default-src';
  return csp.get(name) ?? csp.get('default-src') ?? [];
}

const CONFIGS: [Record<string, unknown>, 'development' | 'production'][] = [
  [{ WEBPACK_BUILD: true }, 'production'],
  [{ WEBPACK_BUILD: true }, 'development'],
  [{ WEBPACK_SERVE: true, http: true }, 'development'],
  [{ WEBPACK_BUILD: true, preview: true }, 'production'],
  [{ WEBPACK_BUILD: true, preview: true }, 'development'],
];

async function allPages(): Promise<Page[]> {
  return (await Promise.all(CONFIGS.map(([env, mode]) => pagesOf(env, mode)))).flat();
}

test('the pages checked include the task pane and the commands page, in both modes', async () => {
  const labels = (await allPages()).map((p) => p.label);
  for (const page of ['taskpane.html (production)', 'taskpane.html (development)', 'commands.html (production)']) {
    expect(labels).toContain(page);
  }
  // The preview (scripts/preview.mjs) is a webpack page like the others once it exists.
  if (existsSync(join(repoRoot, 'src/preview'))) expect(labels).toContain('preview.html (production, preview)');
});

test('every page carries exactly one CSP meta tag, and it passes the allow-list', async () => {
  for (const page of await allPages()) {
    const policies = metaPolicies(page.html);
    expect({ page: page.label, count: policies.length }).toEqual({ page: page.label, count: 1 });
    expect({ page: page.label, problems: cspProblems(policies[0], page.dev) }).toEqual({ page: page.label, problems: [] });
  }
});

test('scripts: only our own files and office.js; no inline script, no eval; connections to our origin only', async () => {
  for (const page of await allPages()) {
    const csp = parseCsp(metaPolicies(page.html)[0]);
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts.filter((s) => s !== "'self'")).toEqual(page.label.startsWith('preview') ? [] : [OFFICE_JS_ORIGIN]);
    expect(csp.get('connect-src')?.[0]).toBe("'self'");
    if (!page.dev) expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  }
});

test('every external URL a page references is one its CSP allows (office.js only)', async () => {
  const externals: string[] = [];
  for (const page of await allPages()) {
    const csp = parseCsp(metaPolicies(page.html)[0]);
    const tags = [...page.html.matchAll(/<(?:script|link|img|iframe|source|embed)\b[^>]*>/gi)].map((m) => m[0]);
    for (const tag of tags) {
      const url = /\b(?:src|href)\s*=\s*"(https?:[^"]+)"/i.exec(tag)?.[1];
      if (!url) continue;
      externals.push(`${page.label} ${url}`);
      expect({ page: page.label, url, allowed: directiveFor(tag, csp).includes(new URL(url).origin) }).toEqual({ page: page.label, url, allowed: true });
    }
  }
  // The scan did see the one external script there is.
  expect(externals).toContain('taskpane.html (production) https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
});

describe('the allow-list rejects what it must (so this file can fail)', () => {
  const good = configModule.contentSecurityPolicy(false) as string;

  test('the production policy itself passes', () => {
    expect(cspProblems(good, false)).toEqual([]);
  });

  test.each([
    ['a third-party script origin', good.replace('script-src', 'script-src https://cdn.jsdelivr.net'), 'script-src allows https://cdn.jsdelivr.net'],
    ['a wildcard script source', good.replace('script-src', 'script-src *'), 'script-src allows *'],
    ['any https script', good.replace('script-src', 'script-src https:'), 'script-src allows https:'],
    ['eval', good.replace('script-src', "script-src 'unsafe-eval'"), 'allows eval'],
    ['inline scripts', good.replace('script-src', "script-src 'unsafe-inline'"), "script-src allows 'unsafe-inline'"],
    ['a telemetry endpoint', good.replace("connect-src 'self'", "connect-src 'self' https://dc.services.visualstudio.com"), 'connect-src allows https://dc.services.visualstudio.com'],
    ['dev sockets in production', good.replace("connect-src 'self'", "connect-src 'self' ws://localhost:3000"), 'connect-src allows ws://localhost:3000'],
    ['remote images', good.replace('img-src', 'img-src https://example.com'), 'img-src allows https://example.com'],
    ['a frame source', `${good}; frame-src https://example.com`, 'frame-src allows https://example.com'],
    ['no default-src', good.replace("default-src 'self'; ", ''), 'missing default-src'],
    ['no connect-src', good.replace(/; connect-src [^;]+/, ''), 'missing connect-src'],
    ['a second script-src', `${good}; script-src 'self'`, 'script-src given twice'],
  ])('%s', (_what, policy, problem) => {
    expect(cspProblems(policy, false)).toContain(problem);
  });

  test('a third-party script tag in the task pane template is caught', () => {
    const html = readFileSync(join(repoRoot, 'src/taskpane/taskpane.html'), 'utf8').replace(
      '</head>',
      '<script src="https://cdn.example.com/x.js"></script></head>',
    );
    const page = renderTemplate(html, { contentSecurityPolicy: good });
    const csp = parseCsp(metaPolicies(page)[0]);
    const tag = '<script src="https://cdn.example.com/x.js">';
    expect(directiveFor(tag, csp).includes('https://cdn.example.com')).toBe(false);
  });
});
