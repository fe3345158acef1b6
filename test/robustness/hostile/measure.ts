/**
 * Measures the hostile corpus for docs/robustness.md: each case in a fresh Node process (so one
 * case's garbage does not count against the next), wall time of readXlsx + checkWorkbook and the
 * process's peak RSS (getrusage maxRSS) over a baseline process that reads the clean workbook.
 *   npx ts-node --transpile-only test/robustness/hostile/measure.ts
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { checkWorkbook } from '../../../src/core/check';
import { baseXlsx, HOSTILE_CASES } from './corpus';

async function one(file: string): Promise<void> {
  const buf = fs.readFileSync(file);
  const started = performance.now();
  let outcome: string;
  try {
    const grids = await readXlsx(buf);
    try {
      outcome = `${checkWorkbook(grids).findings.length} 条发现`;
    } catch (e) {
      outcome = `CannotCheckError: ${(e as Error).message}`;
    }
  } catch (e) {
    outcome = `${(e as { code?: string }).code}`;
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, outcome }));
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  const run = (file: string) =>
    JSON.parse(execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, '--one', file], { encoding: 'utf8', timeout: 600_000 }));
  const cleanFile = path.join(dir, 'clean.xlsx');
  fs.writeFileSync(cleanFile, await baseXlsx());
  const base = run(cleanFile);
  console.log(`baseline (clean sample workbook): ${base.ms.toFixed(0)} ms, peak RSS ${base.maxRssMb.toFixed(0)} MB\n`);
  console.log('| 文件 | 大小 | 结果 | 用时 | 峰值 RSS 增量 |');
  console.log('|---|---|---|---|---|');
  for (const [i, c] of HOSTILE_CASES.entries()) {
    const file = path.join(dir, `${i}.xlsx`);
    const buf = await c.build();
    fs.writeFileSync(file, buf);
    const m = run(file);
    const size = buf.length >= 1024 * 1024 ? `${(buf.length / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(buf.length / 1024))} KB`;
    console.log(`| ${c.what} | ${size} | ${m.outcome} | ${m.ms.toFixed(0)} ms | ${Math.max(0, m.maxRssMb - base.maxRssMb).toFixed(0)} MB |`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--one') void one(process.argv[3]);
else void main();
