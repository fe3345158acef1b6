/**
 * `npm run bench`: speed figures on this machine. A benchmark, not a test: it prints, and
 * docs/performance.md records what it printed. Nothing here fails on a slow run; the closing
 * table says pass/fail against the targets of issues 7 and 15.
 *
 *   npm run bench                      everything (the bundle build takes a minute or two)
 *   npm run bench -- --skip bundle,batch
 *   npm run bench -- --with hostile-readers   also each candidate reader over the hostile corpus (minutes)
 */
import { execFileSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkWorkbook } from '../src/core/check';
import { generateNarrative } from '../src/core/generate';
import { readWorkbook } from '../src/core/model/readWorkbook';
import { checkNarrative } from '../src/core/narrative/check';
import { runRules } from '../src/core/rules';
import { readXlsx } from '../src/cli/xlsx/readXlsx';
import { buildWorkbook, largeUnit, SAMPLE_UNIT, writeXlsx } from '../test/fixtures/generator';
import { runBatch, writeBatchFolder } from './batch';
import { measureBundle } from './bundle';
import { median, printVerdicts, row, time, timeBoth, Verdict } from './lib';
import { narrativeText } from './narrative';
import { compareReaders, hostileReaders } from './readers';
import { checkAndHighlightSyncs } from './syncs';

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'sample-2023.xlsx');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const BATCH_FILES = 200;

const skipArg = process.argv.indexOf('--skip');
const SKIP = new Set(skipArg >= 0 ? (process.argv[skipArg + 1] ?? '').split(',') : []);
const withArg = process.argv.indexOf('--with');
const WITH = new Set(withArg >= 0 ? (process.argv[withArg + 1] ?? '').split(',') : []);
/** Issue 15's large workbook: at least 2,400 项 rows (2,500 功能分类 items over the tables that list them). */
const LARGE_ITEMS = 2500;

const verdicts: Verdict[] = [];
function verdict(measure: string, value: string, target: string, pass: boolean | null): void {
  verdicts.push({ measure, value, target, pass });
}

function cpuModel(): string {
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? '?';
}

async function engine(): Promise<void> {
  const buffer = await fs.readFile(SAMPLE);
  const grids = await readXlsx(buffer);
  const tables = readWorkbook(grids).model.placements.length;
  row(`parse, sample workbook (${tables} tables, median of 50 warm runs)`, `${time(() => readWorkbook(grids), 50).toFixed(2)} ms`);
  const sample = timeBoth(() => checkWorkbook(grids), 50);
  row(`parse + rules, sample workbook (${tables} tables, median of 50)`, `${sample.wall.toFixed(2)} ms (CPU ${sample.cpu.toFixed(2)} ms)`);
  const idle = (t: { wall: number; cpu: number }) => Math.min(t.wall, t.cpu);
  verdict(`engine check, ${tables}-table workbook (median)`, `${idle(sample).toFixed(1)} ms (wall ${sample.wall.toFixed(1)}, CPU ${sample.cpu.toFixed(1)})`, '< 20 ms', idle(sample) < 20);

  // Large workbooks: read and rules per phase, at two sizes, to show both grow linearly.
  const perRow: number[] = [];
  for (const items of [2500, 5000]) {
    const large = buildWorkbook(largeUnit(items));
    const rows = large.grids.reduce((n, g) => n + g.rows.length, 0);
    const model = readWorkbook(large.grids).model;
    const read = time(() => readWorkbook(large.grids), 9, 2);
    const rules = time(() => runRules(model), 9, 2);
    const both = time(() => checkWorkbook(large.grids), 9, 2);
    row(`large workbook, ${items} 功能分类 items (${rows} rows): read`, `${read.toFixed(0)} ms`);
    row(`large workbook, ${items} items: rules`, `${rules.toFixed(0)} ms`);
    row(`large workbook, ${items} items: parse + rules (median of 9)`, `${both.toFixed(0)} ms (${((both * 1000) / rows).toFixed(1)} µs/row)`);
    perRow.push(both / rows);
    if (items === LARGE_ITEMS) {
      const t = timeBoth(() => checkWorkbook(large.grids), 9, 2);
      verdict(`engine check, large workbook (${items} items, ${rows} rows)`, `${idle(t).toFixed(0)} ms (wall ${t.wall.toFixed(0)}, CPU ${t.cpu.toFixed(0)})`, '< 100 ms', idle(t) < 100);
    }
  }
  const growth = perRow[1] / perRow[0];
  row('time per row, 5000 items ÷ 2500 items (1.0 = linear)', growth.toFixed(2));
  verdict('large workbook: time per row, 2× rows', `${growth.toFixed(2)}×`, '≈ 1 (linear)', growth < 1.3);

}

/** The three candidate readers on the sample and the large workbook (bench/readers.ts). */
async function readers(dir: string): Promise<void> {
  const large = path.join(dir, 'readers-large.xlsx');
  await writeXlsx(buildWorkbook(largeUnit(LARGE_ITEMS)), large);
  const r = await compareReaders([
    { label: 'sample', file: SAMPLE },
    { label: `large workbook (${LARGE_ITEMS} items)`, file: large },
  ]);
  for (const [label, f] of Object.entries(r)) {
    verdict(`read ${label}: own reader ÷ fastest other (exceljs, SheetJS)`, `${(f.own / Math.min(f.exceljs, f.sheetjs)).toFixed(2)}× (${f.own.toFixed(0)} vs ${f.exceljs.toFixed(0)} / ${f.sheetjs.toFixed(0)} ms)`, '—', null);
  }
  if (WITH.has('hostile-readers')) await hostileReaders(dir);
}

function narrative(): void {
  const model = readWorkbook(buildWorkbook(SAMPLE_UNIT).grids).model;
  const text = narrativeText(50_000);
  const result = checkNarrative(text, model);
  const ms = timeBoth(() => checkNarrative(text, model), 21, 3);
  row(`narrative check, ${text.length} characters with tables (median of 21)`, `${ms.wall.toFixed(1)} ms (CPU ${ms.cpu.toFixed(1)} ms, ${result.findings.length} findings)`);
  const idle = Math.min(ms.wall, ms.cpu);
  verdict('narrative check, 50,000 characters (median)', `${idle.toFixed(1)} ms (wall ${ms.wall.toFixed(1)}, CPU ${ms.cpu.toFixed(1)})`, '< 50 ms', idle < 50);
  const gen = time(() => generateNarrative(model), 21, 3);
  row('generate the 说明 from the sample model (median of 21)', `${gen.toFixed(2)} ms`);
  verdict('generate the 说明 (median)', `${gen.toFixed(1)} ms`, '—', null);
}

async function endToEnd(dir: string): Promise<void> {
  const large = buildWorkbook(largeUnit(LARGE_ITEMS));
  const largeFile = path.join(dir, 'large.xlsx');
  await writeXlsx(large, largeFile);
  const cliOnce = (file: string) => {
    const t = performance.now();
    try {
      execFileSync(process.execPath, [CLI, 'check', file, '--format', 'json'], { stdio: 'ignore' });
    } catch {
      /* exit 1 (errors found) is a normal outcome */
    }
    return performance.now() - t;
  };
  const exceljsOnce = (file: string) => {
    const script = `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
    const t = performance.now();
    execFileSync(process.execPath, ['-e', script], { stdio: 'ignore', cwd: ROOT });
    return performance.now() - t;
  };
  // Interleaved run by run, so a burst of load on a shared machine hits both alike.
  const pair = (file: string, runs: number) => {
    const cli: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      cli.push(cliOnce(file));
      floor.push(exceljsOnce(file));
    }
    return [median(cli), median(floor)];
  };
  const [cliSample, floorSample] = pair(SAMPLE, 9);
  row('CLI check end to end, sample (node start included, median of 9, interleaved)', `${cliSample.toFixed(0)} ms`);
  row('node + exceljs load alone, sample (median of 9)', `${floorSample.toFixed(0)} ms`);
  const ratio = cliSample / floorSample;
  verdict('CLI check, sample, ÷ node + exceljs load', `${ratio.toFixed(2)}× (${cliSample.toFixed(0)}/${floorSample.toFixed(0)} ms)`, '≤ 0.9×', ratio <= 0.9);
  const [cliLarge, floorLarge] = pair(largeFile, 5);
  row(`CLI check end to end, large workbook (${LARGE_ITEMS} items, median of 5)`, `${cliLarge.toFixed(0)} ms`);
  row('node + exceljs load alone, large workbook', `${floorLarge.toFixed(0)} ms`);
  const largeRatio = cliLarge / floorLarge;
  verdict(`CLI check, large workbook (${LARGE_ITEMS} items), ÷ node + exceljs load`, `${largeRatio.toFixed(2)}× (${cliLarge.toFixed(0)}/${floorLarge.toFixed(0)} ms)`, '≤ 0.6×', largeRatio <= 0.6);
}

async function batch(dir: string): Promise<void> {
  const folder = path.join(dir, 'batch');
  await fs.mkdir(folder);
  await writeBatchFolder(folder, BATCH_FILES);
  const b = await runBatch(CLI, folder, path.join(dir, 'batch-report.json'), BATCH_FILES);
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  row(`batch of ${b.files} workbooks, ${cores} cores (exit ${b.exitCode}), node start included`, `${b.seconds.toFixed(2)} s, ${b.perSecond.toFixed(1)} workbooks/s`);
  row('batch peak memory (process incl. worker threads, max RSS)', b.peakMb === null ? 'not measured' : `${b.peakMb.toFixed(0)} MB`);
  const idle = b.cpuSeconds ? (b.files / b.cpuSeconds) * cores : null;
  if (b.cpuSeconds && idle) row(`batch CPU time (user + sys); rate on ${cores} idle cores = files ÷ CPU s × ${cores}`, `${b.cpuSeconds.toFixed(2)} s; ${idle.toFixed(1)} workbooks/s`);
  verdict(`batch throughput, ${b.files} files (wall clock)`, `${b.perSecond.toFixed(1)} /s${idle ? ` (CPU-time bound ${idle.toFixed(0)} /s)` : ''}`, '≥ 40 /s on 2 cores', b.perSecond >= 40);
  verdict(`batch peak memory, ${b.files} files`, b.peakMb === null ? '?' : `${b.peakMb.toFixed(0)} MB`, '< 300 MB', b.peakMb === null ? null : b.peakMb < 300);
}

async function bundle(dir: string): Promise<void> {
  const b = await measureBundle(path.join(dir, 'addin'));
  row(`task pane, initial JS gzipped (${b.initialFiles.join(', ')})`, `${b.initialKb.toFixed(0)} KB`);
  row('task pane, all JS chunks gzipped', `${b.totalKb.toFixed(0)} KB`);
  verdict('task-pane bundle, initial JS gzipped', `${b.initialKb.toFixed(0)} KB (all chunks ${b.totalKb.toFixed(0)} KB)`, '≤ 350 KB', b.initialKb <= 350);
}

async function syncs(): Promise<void> {
  const s = await checkAndHighlightSyncs();
  row(`context.sync calls, read + check + highlight (${s.marks} marks, fake host)`, String(s.syncs));
  verdict('check + highlight, context.sync calls', String(s.syncs), '≤ 4', s.syncs <= 4);
}

async function main(): Promise<void> {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  console.log(`machine: ${cpuModel()} × ${cores} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-bench-'));
  try {
    await engine();
    await readers(dir);
    narrative();
    await syncs();
    await endToEnd(dir);
    if (!SKIP.has('batch')) await batch(dir);
    if (!SKIP.has('bundle')) await bundle(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  console.log(`load average at the end ${os.loadavg()[0].toFixed(1)} (other work on the machine inflates every figure)`);
  printVerdicts(verdicts);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
