/**
 * The deployed task pane (dist/taskpane.html, production build) opened in a plain browser: it must
 * say it belongs in Excel, load nothing but its own files and office.js, log no error, and the
 * browser must enforce its Content-Security-Policy. office.js is answered by a stub so nothing
 * leaves the machine.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as acorn from 'acorn';
import { distinct, offOrigin, saveScreenshot, watchedPage } from './harness/browser';
import { ADDIN_BUILD, REPO } from './harness/builds';
import { servedBuild } from './harness/servedBuild';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OPEN_IN_EXCEL = '请在 Excel 中打开本加载项';

/** What office.js does outside Office: Office.onReady resolves with no host. */
const OFFICE_JS_OUTSIDE_OFFICE = {
  contentType: 'text/javascript',
  body: 'window.Office = { HostType: { Excel: "Excel" }, onReady: function () { return Promise.resolve({ host: null, platform: null }); } };',
};

const live = servedBuild(ADDIN_BUILD);

test('outside Office: the pane asks to be opened in Excel; only office.js leaves the origin; no console error', async () => {
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin, { [OFFICE_JS]: OFFICE_JS_OUTSIDE_OFFICE });
  try {
    await page.goto(`${live.server.origin}/taskpane.html`);
    await page.getByText(OPEN_IN_EXCEL).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'taskpane-outside-office');
    expect(await page.title()).toBe('决算校验');
    expect(offOrigin(watch, live.server.origin)).toEqual([OFFICE_JS]);
    expect(watch.stubbed).toEqual([OFFICE_JS]);
    expect(watch.foreign).toEqual([]);
    expect(distinct(watch.consoleErrors)).toEqual([]);
    // It did load our own bundle (the page is not a static error page).
    expect(live.server.served).toContain('/taskpane.js');
  } finally {
    await context.close();
  }
});

test('office.js unreachable (offline, intranet): the pane says office.js did not load and what to check', async () => {
  // No stub: the request is aborted as an offline machine would fail it.
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin);
  try {
    await page.goto(`${live.server.origin}/taskpane.html`);
    await page.getByText('未能加载 Office 脚本（office.js）').waitFor();
    await expect(page.getByTestId('no-office').innerText()).resolves.toContain('appsforoffice.microsoft.com');
    expect(await page.getByText(OPEN_IN_EXCEL).count()).toBe(0);
    await saveScreenshot(page, 'taskpane-no-office-js');
    expect(watch.foreign).toEqual([OFFICE_JS]);
    // The failed script load is the only error; the pane itself throws nothing.
    expect(watch.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the built page carries the configured CSP and the browser enforces it on third-party origins', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded by its path
  const { contentSecurityPolicy } = require(join(REPO, 'webpack.config.js')) as { contentSecurityPolicy(dev: boolean): string };
  const { page, context, watch } = await watchedPage(live.browser, live.server.origin, { [OFFICE_JS]: OFFICE_JS_OUTSIDE_OFFICE });
  try {
    await page.goto(`${live.server.origin}/taskpane.html`);
    await page.getByText(OPEN_IN_EXCEL).waitFor();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // test/unit/addin/csp.test.ts proves what this policy allows; here: the build wrote exactly it.
    expect(meta).toBe(contentSecurityPolicy(false));

    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const script = document.createElement('script');
      script.src = 'https://cdn.example.com/tracker.js';
      document.head.appendChild(script);
      const fetched = await fetch('https://api.example.com/collect').then(
        () => 'sent',
        () => 'blocked',
      );
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(inline);
      // A string timer is eval (DevTools' own evaluation is exempt from the policy, a timer is not).
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true;', 0);
      await new Promise((r) => setTimeout(r, 200));
      const ran = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
      return { seen: seen.sort(), fetched, inlineRan: ran.__inlineRan === true, evalRan: ran.__evalRan === true };
    });
    expect(violations.fetched).toBe('blocked');
    expect(violations.inlineRan).toBe(false);
    expect(violations.evalRan).toBe(false);
    expect(violations.seen).toEqual(
      expect.arrayContaining([
        'connect-src https://api.example.com/collect',
        'script-src-elem https://cdn.example.com/tracker.js',
        'script-src-elem inline',
        'script-src eval',
      ]),
    );
    // Blocked by the policy before any request was made.
    expect(watch.foreign).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a webview that cannot run the bundle (IE11, old EdgeHTML or Safari): compat.js says so in Chinese', async () => {
  const { page, context } = await watchedPage(live.browser, live.server.origin, { [OFFICE_JS]: OFFICE_JS_OUTSIDE_OFFICE });
  try {
    // What an ES2017 parser makes of newer syntax: a SyntaxError, so the bundle never runs.
    await page.route(`${live.server.origin}/taskpane.js`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'const a = b ?.. c;' }));
    await page.goto(`${live.server.origin}/taskpane.html`);
    const message = page.getByTestId('unsupported');
    await message.waitFor();
    await expect(message.innerText()).resolves.toContain('此版本的 Office 无法运行决算校验');
    await expect(message.innerText()).resolves.toContain('Office 2021');
    await saveScreenshot(page, 'taskpane-unsupported-webview');
  } finally {
    await context.close();
  }
});

test('where the bundle runs, compat.js stays silent', async () => {
  const { page, context } = await watchedPage(live.browser, live.server.origin, { [OFFICE_JS]: OFFICE_JS_OUTSIDE_OFFICE });
  try {
    await page.goto(`${live.server.origin}/taskpane.html`);
    await page.getByText(OPEN_IN_EXCEL).waitFor();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('unsupported').count()).toBe(0);
  } finally {
    await context.close();
  }
});

test('every script of the build parses as ES2017 (compat.js as ES5), so old webviews reach compat.js’s message or the pane', () => {
  const dist = ADDIN_BUILD.folder;
  const scripts = ['taskpane.js', 'commands.js', ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  const failures: string[] = [];
  for (const file of scripts) {
    try {
      acorn.parse(readFileSync(join(dist, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
    } catch (e) {
      failures.push(`${file}: ${(e as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
  expect(() => acorn.parse(readFileSync(join(dist, 'compat.js'), 'utf8'), { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  // Our own code writes no regex lookbehind (a parse error in Safari < 16.4); libraries may build one at run time.
  expect(readFileSync(join(dist, 'taskpane.js'), 'utf8')).not.toMatch(/\/\(\?<[=!]/);
});
