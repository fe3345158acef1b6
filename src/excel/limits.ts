/**
 * Limits of real Excel the adapter keeps to (see DEVELOPERS.md, "Machine facts").
 * - getRanges with long address lists fails: at most 150 areas per call.
 * - Excel on the web caps one request (and one response) at 5 MB; we budget 4 MB to leave room
 *   for Office.js's own envelope, which our estimates do not model byte for byte.
 * - The pane's features need ExcelApi 1.13 (getMergedAreasOrNullObject; RangeAreas since 1.9).
 */
export const MAX_AREAS_PER_CALL = 150;
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
export const REQUIRED_EXCEL_API = '1.13';

/** "1.9" < "1.13": requirement-set versions compared as numbers. */
export function apiAtMost(version: string, level: string): boolean {
  const [vm, vn] = version.split('.').map(Number);
  const [lm, ln] = level.split('.').map(Number);
  return vm < lm || (vm === lm && (vn ?? 0) <= (ln ?? 0));
}

const encoder = new TextEncoder();
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Splits items into consecutive groups whose estimated sizes stay within the budget (an item
 * larger than the budget alone still gets its own group: Excel will say whether it fits).
 */
export function splitByBudget<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (current.length > 0 && size + s > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += s;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
