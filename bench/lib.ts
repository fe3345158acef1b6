/** Timing helpers and the result table of `npm run bench`. */
import { performance } from 'perf_hooks';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median of `runs` timed calls after `warmup` untimed ones (JIT and caches warm). */
export function time(fn: () => void, runs: number, warmup = 5): number {
  return timeBoth(fn, runs, warmup).wall;
}

/**
 * Medians of wall-clock and of process CPU time per call. On a shared machine the wall clock
 * includes time other processes held the core, and the CPU time does not; but the CPU time counts
 * V8's parallel GC threads too, so on an idle machine it can exceed the wall clock. The smaller of
 * the two is the estimate for an idle machine (bench/run.ts judges targets by it).
 */
export function timeBoth(fn: () => void, runs: number, warmup = 5): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export function row(label: string, value: string): void {
  console.log(`${label.padEnd(60)} ${value}`);
}

/** One line of the closing table: a measure against its target from issue 7. */
export interface Verdict {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  /** null: measured but not comparable (e.g. the step could not run here). */
  readonly pass: boolean | null;
}

export function printVerdicts(verdicts: readonly Verdict[]): void {
  const w = [
    Math.max(7, ...verdicts.map((v) => width(v.measure))),
    Math.max(5, ...verdicts.map((v) => width(v.value))),
    Math.max(6, ...verdicts.map((v) => width(v.target))),
  ];
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? pad(c, w[i]) : c)).join(' | ');
  console.log('\n' + line(['measure', 'value', 'target', 'result']));
  console.log(line(['-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), '------']));
  for (const v of verdicts) console.log(line([v.measure, v.value, v.target, v.pass === null ? 'n/a' : v.pass ? 'pass' : 'FAIL']));
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}
