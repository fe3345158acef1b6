import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { buildWorkbook, SAMPLE_UNIT, writeXlsx } from '../../fixtures/generator';

/**
 * The CLI loads only what a command needs: `check` never pays for React, Fluent UI, the .docx
 * writer or the .docx reader. The bundle is built with the project's own build script into a
 * temp folder under node_modules/.cache (so its external packages resolve as they do from dist/).
 * Two hooks list what was loaded: one on CommonJS require (in every thread), and an ES module
 * resolve hook for `await import('docx')`-style loads, which never reach require.
 */
const run = promisify(execFile);
const NODE_MODULES = path.resolve('node_modules');
let dir: string;
let cli: string;
let hook: string;
let loader: string;
let workbook: string;

const PACKAGE = /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/;

/** CommonJS: every package file required, logged as it loads (a terminated worker gets no 'exit' event). */
const STARTED = '(thread started)';
const REQUIRE_HOOK = `
const STARTED = ${JSON.stringify(STARTED)};
const fs = require('fs');
const Module = require('module');
const { isMainThread, threadId } = require('worker_threads');
const thread = isMainThread ? 'main' : 'worker' + threadId;
// A line per thread at start: a command that loads no package at all still leaves a log, and a
// test can tell "loaded nothing" from "never ran".
fs.appendFileSync(process.env.LOADED_LOG, thread + '\\t' + STARTED + '\\n');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (!request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:') && !Module.isBuiltin(request)) {
    try {
      fs.appendFileSync(process.env.LOADED_LOG, thread + '\\t' + Module._resolveFilename(request, parent, isMain) + '\\n');
    } catch {
      /* unresolvable: the real load reports it */
    }
  }
  return load.apply(this, arguments);
};
if (isMainThread) Module.register(require('url').pathToFileURL(process.env.ESM_LOADER).href);
`;

/** ES modules: every URL the loader resolves (runs on the loader's own thread). */
const ESM_LOADER = `
import { appendFileSync } from 'fs';
import { fileURLToPath } from 'url';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, fileURLToPath(r.url) + '\\n');
  return r;
}
`;

beforeAll(async () => {
  const cache = path.join(NODE_MODULES, '.cache');
  await fs.mkdir(cache, { recursive: true });
  dir = await fs.mkdtemp(path.join(cache, 'jsjy-lazy-'));
  cli = path.join(dir, 'cli.js');
  hook = path.join(dir, 'hook.js');
  loader = path.join(dir, 'loader.mjs');
  workbook = path.join(dir, 'wb.xlsx');
  await run(process.execPath, [path.resolve('scripts/build-cli.mjs'), cli]);
  await fs.writeFile(hook, REQUIRE_HOOK);
  await fs.writeFile(loader, ESM_LOADER);
  await writeXlsx(buildWorkbook(SAMPLE_UNIT), workbook);
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * Runs the bundled CLI and returns the packages it loaded, by their innermost node_modules
 * folder (exit code 1 = errors found is fine). `thread`: only those a worker thread ('worker') or
 * the main thread ('main', ES module loads included) loaded.
 */
async function packagesLoaded(...args: string[]): Promise<string[]> {
  return packagesLoadedBy(null, ...args);
}

async function packagesLoadedBy(thread: 'main' | 'worker' | null, ...args: string[]): Promise<string[]> {
  const log = path.join(dir, `loaded-${args.join('-').replace(/[^\w-]/g, '_')}.txt`);
  await fs.rm(log, { force: true });
  const env = { ...process.env, LOADED_LOG: log, ESM_LOADER: loader };
  await run(process.execPath, ['--require', hook, cli, ...args], { env, cwd: dir }).catch((e: { code?: number }) => {
    if (e.code !== 1) throw e;
  });
  const packages = new Set<string>();
  let started = false;
  for (const line of (await fs.readFile(log, 'utf8')).split('\n')) {
    const [who, file] = line.includes('\t') ? line.split('\t') : ['main', line];
    if (thread && !who.startsWith(thread)) continue;
    if (file === STARTED) started = true;
    const m = PACKAGE.exec(file);
    if (m) packages.add(m[1].replace(/\\/g, '/'));
  }
  if (!started) throw new Error(`no ${thread ?? ''} thread ran the hook for ${args.join(' ')}`);
  return [...packages].sort();
}

const UI = ['react', 'react-dom', 'scheduler'];
const isUi = (p: string) => UI.includes(p) || p.startsWith('@fluentui/') || p.startsWith('@griffel/');

test('the usage text loads no package: it comes from the command table, not the command modules', async () => {
  expect(await packagesLoaded('help')).toEqual([]);
}, 60_000);

test('check loads neither exceljs (the workbook reader is our own) nor React, Fluent UI, docx or mammoth', async () => {
  const loaded = await packagesLoaded('check', workbook, '--format', 'json');
  expect(loaded).not.toContain('exceljs');
  expect(loaded.filter(isUi)).toEqual([]);
  expect(loaded).not.toContain('docx');
  expect(loaded).not.toContain('mammoth');
}, 60_000);

test('check --annotate loads exceljs, which writes the annotated copy keeping every format', async () => {
  const loaded = await packagesLoaded('check', workbook, '--annotate', path.join(dir, 'annotated.xlsx'));
  expect(loaded).toContain('exceljs');
  expect(loaded.filter(isUi)).toEqual([]);
}, 60_000);

test('generate as text loads neither the .docx writer nor the UI', async () => {
  const loaded = await packagesLoaded('generate', workbook);
  expect(loaded).not.toContain('exceljs');
  expect(loaded.filter(isUi)).toEqual([]);
  expect(loaded).not.toContain('docx');
  expect(loaded).not.toContain('mammoth');
}, 60_000);

test('generate --out .docx loads the .docx writer (the hook sees lazy loads)', async () => {
  const loaded = await packagesLoaded('generate', workbook, '--out', path.join(dir, '说明.docx'));
  expect(loaded).toContain('docx');
  expect(loaded.filter(isUi)).toEqual([]);
  expect(loaded).not.toContain('mammoth');
}, 60_000);

test('check with a .txt 说明 loads no .docx reader; with a .docx 说明 it loads mammoth but not the writer', async () => {
  const { stdout } = await run(process.execPath, [cli, 'generate', workbook], { cwd: dir });
  const txt = path.join(dir, 'narrative.txt');
  await fs.writeFile(txt, stdout);
  const withText = await packagesLoaded('check', workbook, '--narrative', txt);
  expect(withText).not.toContain('mammoth');
  expect(withText).not.toContain('docx');
  expect(withText.filter(isUi)).toEqual([]);

  const docx = path.join(dir, 'narrative.docx');
  await run(process.execPath, [cli, 'generate', workbook, '--out', docx], { cwd: dir });
  const withDocx = await packagesLoaded('check', workbook, '--narrative', docx);
  expect(withDocx).toContain('mammoth');
  expect(withDocx).not.toContain('docx');
  expect(withDocx.filter(isUi)).toEqual([]);
}, 120_000);

test('batch: neither the main thread nor the worker threads load exceljs', async () => {
  const folder = path.join(dir, 'folder');
  await fs.mkdir(folder, { recursive: true });
  await fs.copyFile(workbook, path.join(folder, 'a.xlsx'));
  await fs.copyFile(workbook, path.join(folder, 'b.xlsx'));
  const main = await packagesLoadedBy('main', 'batch', folder);
  const workers = await packagesLoadedBy('worker', 'batch', folder);
  expect(workers).not.toContain('exceljs');
  expect(main).not.toContain('exceljs');
  expect([...main, ...workers].filter(isUi)).toEqual([]);
  expect([...main, ...workers].filter((p) => p === 'docx' || p === 'mammoth')).toEqual([]);
}, 120_000);

test('compare loads the reader and none of React, Fluent UI, docx or mammoth', async () => {
  const loaded = await packagesLoaded('compare', workbook, workbook);
  expect(loaded.filter(isUi)).toEqual([]);
  expect(loaded).not.toContain('docx');
  expect(loaded).not.toContain('mammoth');
}, 60_000);
