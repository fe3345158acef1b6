import { Severity, SEVERITY_RANK } from '../core/findings/types';
import { ClearResult, HighlightMark, HighlightResult } from './host';
import { HighlightEntry, isMarkerFormula, markerFormula, readRecord, writeRecord } from './highlightRecord';
import { chunk, MAX_AREAS_PER_CALL, REQUEST_BUDGET_BYTES, splitByBudget, utf8Length } from './limits';
import { OfficeDeps } from './officeApi';
import { rangeAddress, toRectangles } from './rectangles';

/*
 * Highlighting strategy: conditional formats, never fills.
 *
 * Each coloured group of cells gets one conditional format of type Custom whose rule is always TRUE
 * and carries our marker (=N("jsjy-highlight:error")=0), added at the top priority with
 * stopIfTrue off. The cells' own fills are never read or written, so No Fill, white, RGB and
 * theme colours all come back exactly (saving fills would not: Excel reads No Fill and white
 * alike and theme colours as RGB). The user's own conditional formats stay where they were.
 * Clearing deletes our formats one by one, found by the marker in their rule, on every sheet;
 * clearAll is never used because it would delete the user's rules too. docs/highlighting.md
 * has the details.
 */

export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFD966', info: '#BDD7EE' };


/** Request bytes of one format (getRanges + add + three property sets + load), beyond its addresses. */
const FORMAT_OVERHEAD_BYTES = 1200;
/** Request bytes of one delete. */
const DELETE_BYTES = 300;

export interface HighlightOptions {
  readonly requestBudget?: number;
}

interface SheetLookup {
  readonly worksheet: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  readonly protected: boolean;
}

async function loadSheets(context: Excel.RequestContext): Promise<SheetLookup[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/protection/protected');
  await context.sync();
  return sheets.items.map((worksheet) => ({ worksheet, name: worksheet.name, id: worksheet.id, protected: worksheet.protection.protected }));
}

/** Excel compares sheet names ignoring case. */
function findSheet(sheets: readonly SheetLookup[], name: string): SheetLookup | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** sheet → severity → cells, each cell once at its highest severity. */
function groupMarks(marks: readonly HighlightMark[]): Map<string, Map<Severity, { row: number; col: number }[]>> {
  const best = new Map<string, HighlightMark>();
  for (const m of marks) {
    const key = `${m.cell.sheet}\u0000${m.cell.row}\u0000${m.cell.col}`;
    const prior = best.get(key);
    if (!prior || SEVERITY_RANK[m.severity] > SEVERITY_RANK[prior.severity]) best.set(key, m);
  }
  const out = new Map<string, Map<Severity, { row: number; col: number }[]>>();
  for (const m of best.values()) {
    const bySeverity = out.get(m.cell.sheet) ?? new Map<Severity, { row: number; col: number }[]>();
    const list = bySeverity.get(m.severity) ?? [];
    list.push({ row: m.cell.row, col: m.cell.col });
    bySeverity.set(m.severity, list);
    out.set(m.cell.sheet, bySeverity);
  }
  return out;
}

interface PlannedFormat {
  readonly sheet: SheetLookup;
  readonly severity: Severity;
  readonly areas: readonly string[];
}

/**
 * Adds our formats: one sync to find the sheets and their protection, then one sync per batch
 * (one batch unless the request would pass the budget). Protected or missing sheets are skipped
 * with a notice. The record is saved after every batch, so a failure later still leaves it exact.
 */
export async function addHighlights(deps: OfficeDeps, marks: readonly HighlightMark[], options: HighlightOptions = {}): Promise<HighlightResult> {
  const grouped = groupMarks(marks);
  if (grouped.size === 0) return { cells: 0, formats: 0, notices: [] };
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  return deps.run(async (context) => {
    const sheets = await loadSheets(context);
    const notices: string[] = [];
    const plans: PlannedFormat[] = [];
    let cells = 0;
    for (const [sheetName, bySeverity] of grouped) {
      const sheet = findSheet(sheets, sheetName);
      if (!sheet) {
        notices.push(`找不到工作表“${sheetName}”，未标注。`);
        continue;
      }
      if (sheet.protected) {
        notices.push(`工作表“${sheet.name}”受保护，未标注。`);
        continue;
      }
      for (const [severity, list] of bySeverity) {
        cells += list.length;
        const addresses = toRectangles(list).map(rangeAddress);
        for (const areas of chunk(addresses, MAX_AREAS_PER_CALL)) plans.push({ sheet, severity, areas });
      }
    }
    const entries: HighlightEntry[] = [...readRecord(deps.settings).entries];
    const size = (p: PlannedFormat) => FORMAT_OVERHEAD_BYTES + utf8Length(p.areas.join(', ')) + utf8Length(p.sheet.name);
    for (const batch of splitByBudget(plans, size, budget)) {
      const added = batch.map((plan) => {
        const format = plan.sheet.worksheet.getRanges(plan.areas.join(', ')).conditionalFormats.add('Custom');
        format.custom.rule.formula = markerFormula(plan.severity);
        format.custom.format.fill.color = HIGHLIGHT_COLORS[plan.severity];
        format.stopIfTrue = false;
        format.load('id');
        return { plan, format };
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch that splitByBudget keeps under Excel's request size limit
      await context.sync();
      for (const { plan, format } of added) {
        entries.push({ sheet: plan.sheet.name, sheetId: plan.sheet.id, id: format.id, severity: plan.severity, areas: plan.areas });
      }
      await writeRecord(deps.settings, { version: 1, entries });
    }
    return { cells, formats: plans.length, notices };
  });
}

/**
 * Deletes every conditional format of ours, on every sheet, one by one: sheets (1 sync), their
 * formats' ids and types (1), the rules of the Custom ones (1), the deletes (1 per batch). Formats
 * on a sheet protected since are left, with a notice, and stay in the record for a later try.
 */
export async function clearHighlights(deps: OfficeDeps, options: HighlightOptions = {}): Promise<ClearResult> {
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  const record = readRecord(deps.settings);
  return deps.run(async (context) => {
    const sheets = await loadSheets(context);
    const ours = await findOurFormats(context, sheets);
    const deletable = ours.filter((r) => !r.sheet.protected);
    const keptSheets = new Set(ours.filter((r) => r.sheet.protected).map((r) => r.sheet));
    for (const batch of splitByBudget(deletable, () => DELETE_BYTES, budget)) {
      for (const r of batch) r.format.delete();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch that splitByBudget keeps under Excel's request size limit
      await context.sync();
    }
    const notices = [...keptSheets].map((s) => `工作表“${s.name}”受保护，标注未清除；取消保护后可再次清除。`);
    const remaining = record.entries.filter((e) => [...keptSheets].some((s) => s.id === e.sheetId || s.name === e.sheet));
    await writeRecord(deps.settings, { version: 1, entries: remaining });
    return { removed: deletable.length, notices };
  });
}

/**
 * Whether any sheet carries a format of ours, whatever the saved record says (it is lost when the
 * settings were not saved, or the file went through another program): sheets (1 sync), formats'
 * ids and types (1), the Custom ones' rules (1, only if there are any). Reads only.
 */
export async function scanHighlights(deps: OfficeDeps): Promise<number> {
  return deps.run(async (context) => (await findOurFormats(context, await loadSheets(context))).length);
}

/** Our conditional formats on the sheets, found by the marker in their rule. */
async function findOurFormats(
  context: Excel.RequestContext,
  sheets: readonly SheetLookup[],
): Promise<{ sheet: SheetLookup; format: Excel.ConditionalFormat }[]> {
  const collections = sheets.map((sheet) => {
    const formats = sheet.worksheet.getRange().conditionalFormats;
    formats.load('items/id,items/type');
    return { sheet, formats };
  });
  await context.sync();
  const rules = collections.flatMap(({ sheet, formats }) =>
    formats.items
      .filter((f) => f.type === 'Custom')
      .map((format) => {
        const rule = format.custom.rule;
        rule.load('formula');
        return { sheet, format, rule };
      }),
  );
  if (rules.length > 0) await context.sync();
  return rules.filter((r) => isMarkerFormula(r.rule.formula));
}
