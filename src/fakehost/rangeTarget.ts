import { CellRange } from '../core/grid/types';
import { areaAddress } from './address';
import { WriteInfo } from './context';
import { accessDenied, FakeOfficeError } from './errors';
import { FakeSheet } from './model';

/** What a Range or RangeAreas proxy points at once resolved. */
export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly CellRange[];
}

export type TargetResolver = () => RangeTarget | null;

export function cellCount(areas: readonly CellRange[]): number {
  return areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
}

export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw accessDenied(sheet.name);
}

/** Refuses to materialise values for ranges whose answer could never fit in a response. */
export function assertResponseFits(areas: readonly CellRange[], maxResponseBytes: number): void {
  // Even an empty cell costs a few bytes ("",) in Excel's JSON answer.
  if (cellCount(areas) * 3 > maxResponseBytes) {
    throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${cellCount(areas)} cells).`);
  }
}

export function describeWrite(op: string, t: RangeTarget, detail?: unknown): WriteInfo {
  return { op, sheet: t.sheet.name, address: t.areas.map(areaAddress).join(','), ...(detail === undefined ? {} : { detail }) };
}
