/**
 * `npm run bench`: speed figures on this machine. A benchmark, not a test: it prints, and
 * docs/performance.md records what it printed. Nothing here fails on a slow run.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../src/core/check';
import { readWorkbook } from '../src/core/model/readWorkbook';
import { readXlsx } from '../src/cli/xlsx/readXlsx';
import { buildWorkbook, largeUnit, writeXlsx } from '../test/fixtures/generator';

const SAMPLE = path.join(__dirname, '..', 'samples', 'sample-2023.xlsx');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => void, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

function row(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`);
}

async function main(): Promise<void> {
  console.log(`machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
  const buffer = await fs.readFile(SAMPLE);
  const grids = await readXlsx(buffer);

  row('parse, sample workbook (median of 50 warm runs)', `${time(() => readWorkbook(grids), 50).toFixed(2)} ms`);
  row('parse + rules, sample workbook (median of 50 warm runs)', `${time(() => checkWorkbook(grids), 50).toFixed(2)} ms`);

  const large = buildWorkbook(largeUnit(5000));
  const rows = large.grids.reduce((n, g) => n + g.rows.length, 0);
  row(`parse + rules, large workbook (${rows} rows, median of 20)`, `${time(() => checkWorkbook(large.grids), 20, 2).toFixed(1)} ms`);

  row('exceljs load of the sample .xlsx alone (median of 20)', `${(await timeAsync(async () => new ExcelJS.Workbook().xlsx.load(buffer as unknown as ArrayBuffer), 20)).toFixed(1)} ms`);
  row('readXlsx (exceljs + Grid) of the sample (median of 20)', `${(await timeAsync(() => readXlsx(buffer), 20)).toFixed(1)} ms`);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-bench-'));
  const largeFile = path.join(dir, 'large.xlsx');
  await writeXlsx(large, largeFile);
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  const endToEnd = (file: string) => {
    const xs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      try {
        execFileSync(process.execPath, [cli, 'check', file, '--format', 'json'], { stdio: 'ignore' });
      } catch {
        /* exit 1 (errors found) is a normal outcome */
      }
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  const exceljsOnly = (file: string) => {
    const xs: number[] = [];
    const script = `require('exceljs');new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      execFileSync(process.execPath, ['-e', script], { stdio: 'ignore' });
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  row('CLI end to end, sample (node start included, median of 7)', `${endToEnd(SAMPLE).toFixed(0)} ms`);
  row('node + exceljs load alone, sample (median of 7)', `${exceljsOnly(SAMPLE).toFixed(0)} ms`);
  row('CLI end to end, large workbook', `${endToEnd(largeFile).toFixed(0)} ms`);
  row('node + exceljs load alone, large workbook', `${exceljsOnly(largeFile).toFixed(0)} ms`);
  await fs.rm(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
