import { describeCell } from '../../core/grid/cellRef';
import type { Suspect } from '../../core/suspects';

/** What the pane shows of a suspect: "收入决算表!C9 622.25，应为 622.52（两位数字颠倒）". */
export function suspectLine(s: Suspect): string {
  const alternative = s.alternativeTo === undefined ? '' : '也可能是 ';
  return `${alternative}${describeCell(s.cell)} ${s.value}${s.expected !== undefined ? `，应为 ${s.expected}` : ''}（${s.reason}）`;
}

/** 上一个 / 下一个: the suspect `step` places from `index`, wrapping around; null before the first step. */
export function stepSuspect(index: number | null, step: 1 | -1, count: number): number | null {
  if (count === 0) return null;
  if (index === null) return step === 1 ? 0 : count - 1;
  return (index + step + count) % count;
}
