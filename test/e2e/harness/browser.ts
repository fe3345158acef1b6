import { mkdirSync } from 'fs';
import { join } from 'path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's chromium (never `npx playwright install`); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of every flow; CI keeps this folder as an artefact. Gitignored. */
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A response the test gives in place of a real server (e.g. a stub office.js). */
export interface Stub {
  readonly contentType: string;
  readonly body: string;
}

/** What a page did on the network and in its console while a test ran. */
export interface PageWatch {
  /** Every request URL, in order. */
  readonly requests: string[];
  /** Requests that left the page's origin and were not stubbed: each was aborted, none reached a network. */
  readonly foreign: string[];
  /** Stubbed URLs that the page asked for. */
  readonly stubbed: string[];
  /** console.error messages and uncaught page errors. */
  readonly consoleErrors: string[];
}

export interface WatchedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly watch: PageWatch;
}

/**
 * A fresh context and page on which every request is checked: same-origin requests go to the
 * static server, stubbed URLs get their stub, anything else is aborted and recorded as foreign.
 * So a test can assert "nothing but the own origin", and nothing ever leaves the machine.
 */
export async function watchedPage(browser: Browser, origin: string, stubs: Record<string, Stub> = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', serviceWorkers: 'block', acceptDownloads: true });
  // 复制 uses the asynchronous Clipboard API; the tests read the clipboard back.
  // (file:// pages have an opaque origin, to which nothing can be granted.)
  if (!origin.startsWith('file:')) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const watch: PageWatch = { requests: [], foreign: [], stubbed: [], consoleErrors: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url, origin)) return route.continue();
    const stub = stubs[url];
    if (stub) {
      watch.stubbed.push(url);
      return route.fulfill({ status: 200, contentType: stub.contentType, body: stub.body });
    }
    watch.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    watch.requests.push(request.url());
  });
  const page = await context.newPage();
  page.on('websocket', (ws) => {
    // A static build has no live-reload socket; any websocket is a connection we did not expect.
    watch.foreign.push(ws.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    watch.consoleErrors.push(`uncaught: ${error.message}`);
  });
  return { context, page, watch };
}

/** The page's own origin, or a URL that never touches a network (data:, blob:, about:). */
export function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || /^(data|blob|about):/.test(url);
}

/** Requests that went anywhere but the origin (stubs included), for one clear assertion. */
export function offOrigin(watch: PageWatch, origin: string): string[] {
  return watch.requests.filter((url) => !isLocal(url, origin));
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Each message once (a warning repeated per render would otherwise flood the failure output). */
export function distinct(messages: readonly string[]): string[] {
  return [...new Set(messages)];
}
