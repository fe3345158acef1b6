import { Finding } from '../findings/types';
import { Grid } from '../grid/types';
import { headerStartRow } from '../layout/sheetTop';
import { findNote } from '../layout/notes';
import { detectUnit } from '../layout/unit';
import { Profile, PROFILE_LABEL, TableId, displayTitle } from '../tables/catalog';
import { Recognition, SheetRecognition, recognizeWorkbook } from '../tables/recognize';
import { voteEntityAndYear } from './entityYear';
import { sanitizeGrid } from './sanitizeGrid';
import { readBasicBody } from './readBasicExpenditure';
import { readCodedBody } from './readCodedTable';
import { ReadContext } from './readContext';
import { DUPLICATE_TABLE, EXTRA_TABLE, HIDDEN_SHEET, MISSING_TABLE, NO_DATA, TABLE_FAILED, UNIT_MISSING } from './readRules';
import { readSanGongBody } from './readSanGong';
import { readTwoSidedBody } from './readTwoSided';
import { TableModel, TablePlacement, TablesById, WorkbookModel } from './types';

export interface ReadOptions {
  readonly profile?: 'auto' | Profile;
}

export interface ReadResult {
  readonly model: WorkbookModel;
  /** Reading problems (rule ids in readRules.ts), in sheet order. */
  readonly findings: Finding[];
  /** Sheets that looked like something but hold no readable table (for noTablesMessage). */
  readonly seen: {
    readonly nonTables: Recognition['nonTables'];
    readonly extras: Recognition['extras'];
    /** Tables recognised by their title whose every sheet had nothing readable. */
    readonly unreadable: readonly { readonly id: TableId; readonly sheet: string }[];
  };
}

/**
 * Grids in, typed model out. Never throws on odd input: a table it cannot read is left out with a
 * finding, a cell it cannot read becomes an invalid zero figure with a finding. When no table is
 * found (or none can be read) the model has no placements; checkWorkbook (check.ts) then stops
 * with noTablesMessage (what was found instead) and the CLI exits 2.
 */
export function readWorkbook(input: readonly Grid[], options: ReadOptions = {}): ReadResult {
  const grids = input.map(sanitizeGrid);
  const recognition = recognizeWorkbook(grids, options.profile ?? 'auto');
  const findings: Finding[] = [];
  const tables: TablesById = {};
  const placements: TablePlacement[] = [];
  const sheetOrder = (name: string) => grids.findIndex((g) => g.name === name);

  // Of several sheets claiming one table, the first readable one wins (titled sheets first): a
  // sheet holding only the title, or a section heading, must not displace the real table.
  const readableDuplicates: { id: TableId; sheets: SheetRecognition[] }[] = [];
  const chosen: SheetRecognition[] = [];
  const unreadable: { id: TableId; sheet: string }[] = [];
  for (const first of recognition.placements) {
    const claims = recognition.duplicates.find((d) => d.id === first.id)?.sheets ?? [first];
    const readable: { rec: SheetRecognition; table: TableModel; findings: Finding[] }[] = [];
    let firstFailure: Finding[] | null = null;
    for (const rec of claims) {
      const own: Finding[] = [];
      const table = readTable(grids[rec.sheetIndex], rec, own);
      if (table) readable.push({ rec, table, findings: own });
      else if (firstFailure === null) firstFailure = own;
    }
    const winner = readable[0];
    if (!winner) {
      findings.push(...(firstFailure ?? []));
      unreadable.push({ id: first.id, sheet: first.sheet });
      continue;
    }
    findings.push(...winner.findings);
    (tables as Record<TableId, TableModel>)[first.id] = winner.table;
    placements.push({ id: first.id, title: winner.rec.title, sheet: winner.rec.sheet, unit: winner.table.unit, by: winner.rec.by });
    chosen.push(winner.rec);
    if (readable.length > 1) readableDuplicates.push({ id: first.id, sheets: readable.map((r) => r.rec) });
  }
  placements.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet));

  for (const id of recognition.missing) {
    findings.push(MISSING_TABLE.finding({ table: displayTitle(id), profile: PROFILE_LABEL[recognition.profile] }, [], id));
  }
  for (const d of readableDuplicates) {
    const titleCells = d.sheets.map((s) => s.titleCell).filter((c): c is NonNullable<typeof c> => c !== null);
    findings.push(DUPLICATE_TABLE.finding({ table: displayTitle(d.id), sheets: d.sheets.map((s) => s.sheet) }, titleCells, d.id));
  }
  for (const e of recognition.extras) {
    const seen = { sheet: e.sheet, title: e.title, outsideProfile: e.reason === 'outside-profile' ? PROFILE_LABEL[recognition.profile] : null };
    findings.push(EXTRA_TABLE.finding(seen, e.titleCell ? [e.titleCell] : []));
  }

  const { entity, year } = voteEntityAndYear(chosen.sort((a, b) => a.sheetIndex - b.sheetIndex).map((p) => grids[p.sheetIndex]));
  const model: WorkbookModel = {
    profile: recognition.profile,
    year,
    entity,
    tables,
    placements,
    missing: recognition.missing,
    duplicates: readableDuplicates.map((d) => ({ id: d.id, sheets: d.sheets.map((s) => s.sheet) })),
  };
  return { model, findings, seen: { nonTables: recognition.nonTables, extras: recognition.extras, unreadable } };
}

function readTable(grid: Grid, rec: SheetRecognition, findings: Finding[]): TableModel | null {
  const unitReading = detectUnit(grid);
  const unit = unitReading?.unit ?? '万元';
  const titleRow = rec.titleCell ? rec.titleCell.row : null;
  const title = rec.title;
  // What every finding about the whole table names: the table and its sheet, at its title cell.
  const seen = { table: displayTitle(rec.id), sheet: grid.name };
  const titleCells = rec.titleCell ? [rec.titleCell] : [];
  if (!unitReading) {
    findings.push(UNIT_MISSING.finding(seen, titleCells, rec.id));
  }
  if (grid.hidden) {
    findings.push(HIDDEN_SHEET.finding(seen, titleCells, rec.id));
  }
  const base = {
    id: rec.id,
    title,
    sheet: grid.name,
    unit,
    unitStated: unitReading !== null,
    unitCell: unitReading?.cell ?? null,
    titleCell: rec.titleCell,
  };
  let ctx: ReadContext | null = null;
  try {
    ctx = new ReadContext(grid, rec.id, unit, titleRow, headerStartRow(grid, titleRow));
    const table = readBody(ctx, base);
    findings.push(...ctx.findings);
    if (!table) {
      findings.push(NO_DATA.finding(seen, titleCells, rec.id));
    }
    return table;
  } catch {
    // A reader bug must not cost the user the other twelve tables.
    if (ctx) findings.push(...ctx.findings);
    findings.push(TABLE_FAILED.finding(seen, titleCells, rec.id));
    return null;
  }
}

type Base = Pick<TableModel, 'id' | 'title' | 'sheet' | 'unit' | 'unitStated' | 'unitCell' | 'titleCell'>;

function readBody(ctx: ReadContext, base: Base): TableModel | null {
  const withNote = (endRow: number) => {
    const note = findNote(ctx.grid, endRow);
    return { note: note?.text ?? null, noteCell: note?.cell ?? null, empty: !ctx.nonZero };
  };
  switch (base.id) {
    case 'T01':
    case 'T04': {
      const body = readTwoSidedBody(ctx, base.id);
      if (!body) return null;
      return { ...base, kind: 'two-sided', left: body.left, right: body.right, leftColumns: body.leftColumns, rightColumns: body.rightColumns, ...withNote(body.endRow) };
    }
    case 'T08': {
      const body = readBasicBody(ctx);
      if (!body) return null;
      const { endRow, ...rest } = body;
      return { ...base, kind: 'basic-expenditure', ...rest, ...withNote(endRow) };
    }
    case 'T13': {
      const body = readSanGongBody(ctx);
      if (!body) return null;
      return { ...base, kind: 'san-gong', arrangement: body.arrangement, budget: body.budget, actual: body.actual, ...withNote(body.endRow) };
    }
    default: {
      const body = readCodedBody(ctx);
      if (!body) return null;
      return { ...base, kind: 'coded', classification: body.classification, columns: body.columns, total: body.total, rows: body.rows, ...withNote(body.endRow) };
    }
  }
}
