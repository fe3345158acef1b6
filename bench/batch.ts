/**
 * Batch throughput and peak memory: 200 generated workbooks in a temp folder, checked by the
 * built CLI (`node dist/cli.js batch`) as a user would run it, Node start-up included.
 * Worker threads share the process, so the process's peak RSS (GNU time's "Maximum resident set
 * size", else VmHWM polled from /proc) is the whole batch's peak.
 */
import { spawn } from 'child_process';
import { existsSync, promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { buildWorkbook, EMPTY_FUNDS_UNIT, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT, xlsxBuffer } from '../test/fixtures/generator';

export interface BatchFigures {
  readonly files: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly peakMb: number | null;
  /** User + system CPU seconds of the whole batch (GNU time only): what the work costs, whatever
   * else the machine is doing. files ÷ cpuSeconds × cores is the rate on idle cores. */
  readonly cpuSeconds: number | null;
  readonly exitCode: number | null;
}

/** Writes `n` workbooks of every generator unit and layout, some with a planted mistake. */
export async function writeBatchFolder(dir: string, n: number): Promise<void> {
  const units = [SAMPLE_UNIT, FUNDS_UNIT, EMPTY_FUNDS_UNIT];
  const layouts = Object.values(LAYOUT_VARIANTS);
  const cache = new Map<string, Buffer>();
  for (let i = 0; i < n; i++) {
    const unit = i % units.length;
    const layout = i % layouts.length;
    const planted = i % 5 === 0;
    const key = `${unit}/${layout}/${planted}`;
    let buffer = cache.get(key);
    if (!buffer) {
      const plants = planted ? [{ table: 'T01' as const, side: 'left' as const, row: 'incomeTotal', column: 'amount', delta: '5' }] : [];
      buffer = await xlsxBuffer(buildWorkbook(units[unit], { ...layouts[layout], plants }));
      cache.set(key, buffer);
    }
    await fs.writeFile(path.join(dir, `wb-${String(i).padStart(3, '0')}.xlsx`), buffer);
  }
}

export async function runBatch(cli: string, folder: string, report: string, files: number): Promise<BatchFigures> {
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const nodeArgs = [cli, 'batch', folder, '--out', report];
  const [cmd, args] = gnuTime ? [gnuTime, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const start = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let polledKb = 0;
  const poll = gnuTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledKb = Math.max(polledKb, Number(m[1]));
        } catch {
          /* the process has ended */
        }
      }, 20);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - start) / 1000;
  if (poll) clearInterval(poll);
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const kb = m ? Number(m[1]) : polledKb;
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuSeconds = user && sys ? Number(user[1]) + Number(sys[1]) : null;
  return { files, seconds, perSecond: files / seconds, peakMb: kb ? kb / 1024 : null, cpuSeconds, exitCode };
}
