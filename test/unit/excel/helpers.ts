import { Grid } from '../../../src/core/grid/types';
import { createOfficeHost, excelApiSupports, ExcelHost, ExcelRun, OfficeHostOptions } from '../../../src/excel';
import { createFakeHost, fakeWorkbookFromGrids, FakeExcelHost, FakeLimits } from '../../../src/fakehost';

/** The adapter over a fake host, wired as the pane wires it over Excel.run and document settings. */
export function adapterOver(fake: FakeExcelHost, options: OfficeHostOptions = {}): ExcelHost {
  return createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings, supports: excelApiSupports(fake.Office.context.requirements) }, options);
}

export function fakeOf(grids: readonly Grid[], limits: Partial<FakeLimits> = {}, apiLevel?: string): FakeExcelHost {
  return createFakeHost(fakeWorkbookFromGrids(grids), limits, { apiLevel });
}

/** The levels the adapter is tested at: the manifest's minimum, Office 2021, Microsoft 365 today. */
export const API_LEVELS = ['1.13', '1.14', '1.18'] as const;

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
