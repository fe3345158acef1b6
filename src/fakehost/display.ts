import { contains } from './address';
import { resolveFillColor } from './fills';
import { cellKey, FakeConditionalFormat, FakeSheet } from './model';

/** The fake cannot evaluate arbitrary formulas; it knows constant-true rules such as =TRUE or =N("…")=0. */
function alwaysTrue(cf: FakeConditionalFormat): boolean {
  if (cf.type !== 'Custom' || !cf.formula) return false;
  const f = cf.formula.replace(/\s+/g, '').toUpperCase();
  return f === '=TRUE' || /^=N\("[^"]*"\)=0$/.test(f);
}

/**
 * The colour a cell shows, for the preview grid: the top-priority conditional format that applies,
 * else the stored fill; null means No Fill.
 */
export function displayedFill(sheet: FakeSheet, row: number, col: number): string | null {
  for (const cf of sheet.conditionalFormats) {
    if (!cf.areas.some((a) => contains(a, row, col)) || !alwaysTrue(cf)) continue;
    if (cf.fillColor) return cf.fillColor;
    if (cf.stopIfTrue) break;
  }
  const fill = sheet.fills.get(cellKey(row, col));
  return fill && fill.kind !== 'none' ? resolveFillColor(fill) : null;
}
