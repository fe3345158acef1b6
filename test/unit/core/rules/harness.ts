import { CellRef, sameCell, toAddress } from '../../../../src/core/grid/cellRef';
import { Grid } from '../../../../src/core/grid/types';
import { Finding } from '../../../../src/core/findings/types';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { runRules } from '../../../../src/core/rules';
import { buildWorkbook, LayoutOptions, Plant, SAMPLE_UNIT, UnitDescription } from '../../../fixtures/generator';

/** Generated workbook → reader → rules: what every rules test runs. */
export interface Checked {
  readonly findings: Finding[];
  readonly model: WorkbookModel;
  readonly planted: readonly { plant: Plant; cell: CellRef }[];
  readonly grids: Grid[];
}

export function checkGrids(grids: Grid[], profile: LayoutOptions['profile']): { model: WorkbookModel; findings: Finding[] } {
  const read = readWorkbook(grids, { profile });
  return { model: read.model, findings: runRules(read.model) };
}

export function check(unit: UnitDescription = SAMPLE_UNIT, layout: Partial<LayoutOptions> = {}): Checked {
  const wb = buildWorkbook(unit, layout);
  const { model, findings } = checkGrids(wb.grids, layout.profile ?? 'sichuan-13');
  return { findings, model, planted: wb.planted, grids: wb.grids };
}

/** "rule:severity" per finding, sorted: a compact picture of what a workbook reports. */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}:${f.severity}`).sort();
}

export function cites(f: Finding, cell: CellRef): boolean {
  return f.cells.some((c) => sameCell(c, cell));
}

export function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.message} [${f.cells.map((c) => toAddress(c).address).join(',')}]`).join('\n');
}
