import { SheetCell, WriteSheetOptions } from './host';
import { REQUEST_BUDGET_BYTES, splitByBudget, utf8Length } from './limits';
import { ExcelRun } from './officeApi';

const FORBIDDEN = /[\\/?*:[\]]/g;
const MAX_NAME = 31;

/** A legal sheet name close to the wish: forbidden characters replaced, no edge quotes, 31 characters at most. */
export function sanitizeSheetName(wish: string): string {
  const cleaned = wish.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim().slice(0, MAX_NAME);
  return cleaned === '' ? '说明' : cleaned;
}

/** The wish if free, else "名称 (2)", "名称 (3)"…; Excel compares sheet names ignoring case. */
export function freeSheetName(wish: string, taken: readonly string[]): string {
  const base = sanitizeSheetName(wish);
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * Text that Excel would turn into a formula or swallow ("=…", "+…", "-…", "@…", a leading
 * apostrophe) is written with a leading apostrophe, so the cell shows exactly the text.
 */
export function literalCell(value: SheetCell): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  if (value.startsWith("'") || (value.length > 1 && /^[=+\-@]/.test(value))) return `'${value}`;
  return value;
}

/**
 * Adds a sheet with a free name close to the wish (an existing sheet is never reused): one sync
 * to learn the names taken. The sheet's contents are queued by the caller.
 */
export async function addFreeSheet(context: Excel.RequestContext, wish: string): Promise<{ name: string; worksheet: Excel.Worksheet }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = freeSheetName(wish, sheets.items.map((s) => s.name));
  return { name, worksheet: sheets.add(name) };
}

/**
 * Writes rows into a new sheet with a free name (an existing sheet is never overwritten) and
 * activates it. One sync for the names, then one per block of rows within the request budget.
 */
export async function writeSheet(
  run: ExcelRun,
  wish: string,
  rows: readonly (readonly SheetCell[])[],
  options: WriteSheetOptions = {},
  budget = REQUEST_BUDGET_BYTES,
): Promise<string> {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const matrix = rows.map((r) => Array.from({ length: width }, (_, j) => literalCell(r[j] ?? null)));
  return run(async (context) => {
    const { name, worksheet } = await addFreeSheet(context, wish);
    options.columnWidths?.forEach((w, col) => {
      worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = w;
    });
    const indexed = matrix.map((row, index) => ({ row, index }));
    const blocks = splitByBudget(indexed, (r) => 40 + utf8Length(JSON.stringify(r.row)), budget);
    for (const block of blocks) {
      worksheet.getRangeByIndexes(block[0].index, 0, block.length, width).values = block.map((b) => b.row);
      if (block === blocks[blocks.length - 1]) {
        for (const col of options.wrapColumns ?? []) worksheet.getRangeByIndexes(0, col, rows.length, 1).format.wrapText = true;
        // Rows fitted to their wrapped text, so every paragraph shows whole.
        if (options.wrapColumns?.length) worksheet.getRangeByIndexes(0, 0, rows.length, width).format.autofitRows();
        worksheet.activate();
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch that splitByBudget keeps under Excel's request size limit
      await context.sync();
    }
    if (blocks.length === 0) {
      worksheet.activate();
      await context.sync();
    }
    return name;
  });
}
