import { CellRef, cellRef } from '../grid/cellRef';
import { Grid, cellText } from '../grid/types';
import { TOP_SCAN_ROWS, findTableCodeNumber } from '../layout/sheetTop';
import { PROFILE_TABLES, Profile, TABLE_BY_ID, TableId } from './catalog';
import { readSheetName, readTitle } from './recognizeTitle';

/**
 * Which sheet holds which table (tables.md §1): by the title in the first rows, then by the
 * sheet name; never by position or by the 公开NN表 code (the national 公开05表 is another table).
 */
export interface SheetRecognition {
  readonly sheetIndex: number;
  readonly sheet: string;
  readonly id: TableId;
  readonly by: 'title' | 'sheet-name';
  /** Title as printed (or the sheet name when recognised by it). */
  readonly title: string;
  readonly titleCell: CellRef | null;
}

export interface ExtraSheet {
  readonly sheetIndex: number;
  readonly sheet: string;
  readonly title: string;
  readonly titleCell: CellRef | null;
  /** Why it is not read: a title we do not know, or a table outside the chosen profile. */
  readonly reason: 'unknown-title' | 'outside-profile';
}

export interface Recognition {
  readonly profile: Profile;
  /** The first sheet of each table, in workbook order. */
  readonly placements: readonly SheetRecognition[];
  readonly missing: readonly TableId[];
  readonly duplicates: readonly { readonly id: TableId; readonly sheets: readonly SheetRecognition[] }[];
  readonly extras: readonly ExtraSheet[];
}

interface Candidate {
  readonly sheetIndex: number;
  readonly sheet: string;
  readonly titled: SheetRecognition | null;
  /** Ordinal from the sheet name alone (表5), resolved once the profile is known. */
  readonly ordinal: number | null;
  /** 公开NN表 code, used only to tell the two numbering schemes apart. */
  readonly codeNumber: number | null;
  readonly extra: ExtraSheet | null;
}

function recognizeSheet(grid: Grid, sheetIndex: number): Candidate {
  const rows = Math.min(grid.rows.length, TOP_SCAN_ROWS);
  let extra: ExtraSheet | null = null;
  for (let r = 0; r < rows; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (typeof raw !== 'string') continue;
      const reading = readTitle(cellText(grid, r, c));
      const cell = cellRef(grid.name, r, c);
      if (reading.kind === 'table') {
        return {
          sheetIndex,
          sheet: grid.name,
          titled: { sheetIndex, sheet: grid.name, id: reading.match.id, by: 'title', title: raw.trim(), titleCell: cell },
          ordinal: readSheetName(grid.name).ordinal,
          codeNumber: findTableCodeNumber(grid),
          extra: null,
        };
      }
      if (reading.kind === 'extra' && !extra) extra = { sheetIndex, sheet: grid.name, title: raw.trim(), titleCell: cell, reason: 'unknown-title' };
    }
  }
  const byName = readSheetName(grid.name);
  if (!extra && byName.title.kind === 'table') {
    const id = byName.title.match.id;
    return {
      sheetIndex,
      sheet: grid.name,
      titled: { sheetIndex, sheet: grid.name, id, by: 'sheet-name', title: grid.name, titleCell: null },
      ordinal: byName.ordinal,
      codeNumber: findTableCodeNumber(grid),
      extra: null,
    };
  }
  if (!extra && byName.title.kind === 'extra') {
    extra = { sheetIndex, sheet: grid.name, title: grid.name, titleCell: null, reason: 'unknown-title' };
  }
  return {
    sheetIndex,
    sheet: grid.name,
    titled: null,
    // A sheet with an unknown 决算 title is not read by its ordinal either.
    ordinal: extra ? null : byName.ordinal,
    codeNumber: findTableCodeNumber(grid),
    extra,
  };
}

/** Tables only the Sichuan set has. */
const SICHUAN_ONLY: readonly TableId[] = ['T05', 'T07', 'T09', 'T12'];

/**
 * Profile 'auto':
 * 1. any of T05/T07/T09/T12 recognised, or the 2021 Sichuan fund 三公 table → sichuan-13 (the
 *    national set has none of them);
 * 2. else the numbers printed with the tables vote: for tables numbered differently in the two
 *    sets (T06 is 6 or 5, T08 8 or 6, T10 10 or 7, T11 11 or 8, T13 13 or 9), each sheet-name
 *    ordinal and 公开NN表 code agreeing with one set is a vote for it; the majority wins;
 * 3. on a tie (no numbers), national-9 when at least five of its nine tables were recognised —
 *    a real workbook, complete enough that four absent Sichuan tables mean a national set —
 *    otherwise sichuan-13, the default.
 */
export function decideProfile(candidates: readonly Candidate[]): Profile {
  const ids = new Set(candidates.filter((c) => c.titled).map((c) => c.titled!.id));
  if (SICHUAN_ONLY.some((id) => ids.has(id))) return 'sichuan-13';
  if (candidates.some((c) => c.extra && /三公/.test(c.extra.title))) return 'sichuan-13';
  const national = PROFILE_TABLES['national-9'];
  let sichuanVotes = 0;
  let nationalVotes = 0;
  for (const c of candidates) {
    if (!c.titled) continue;
    const id = c.titled.id;
    const sichuanNo = TABLE_BY_ID[id].ordinal;
    const nationalNo = national.indexOf(id) + 1;
    if (sichuanNo === nationalNo) continue;
    for (const n of [c.ordinal, c.codeNumber]) {
      if (n === sichuanNo) sichuanVotes++;
      else if (n === nationalNo) nationalVotes++;
    }
  }
  if (sichuanVotes !== nationalVotes) return sichuanVotes > nationalVotes ? 'sichuan-13' : 'national-9';
  const nationalFound = national.filter((id) => ids.has(id)).length;
  return nationalFound >= 5 ? 'national-9' : 'sichuan-13';
}

export function recognizeWorkbook(grids: readonly Grid[], profileOption: 'auto' | Profile = 'auto'): Recognition {
  const candidates = grids.map((g, i) => recognizeSheet(g, i));
  const profile = profileOption === 'auto' ? decideProfile(candidates) : profileOption;
  const inProfile = new Set<TableId>(PROFILE_TABLES[profile]);
  const ordinalTable = (n: number): TableId | undefined =>
    profile === 'national-9' ? PROFILE_TABLES['national-9'][n - 1] : PROFILE_TABLES['sichuan-13'][n - 1];

  const all: SheetRecognition[] = [];
  const extras: ExtraSheet[] = [];
  for (const c of candidates) {
    if (c.extra) {
      extras.push(c.extra);
      continue;
    }
    let rec = c.titled;
    if (!rec && c.ordinal !== null) {
      const id = ordinalTable(c.ordinal);
      if (id) rec = { sheetIndex: c.sheetIndex, sheet: c.sheet, id, by: 'sheet-name', title: c.sheet, titleCell: null };
    }
    if (!rec) continue;
    if (!inProfile.has(rec.id)) {
      extras.push({ sheetIndex: c.sheetIndex, sheet: c.sheet, title: rec.title, titleCell: rec.titleCell, reason: 'outside-profile' });
      continue;
    }
    all.push(rec);
  }
  // Titled sheets win over sheets recognised by name only, then workbook order.
  const byId = new Map<TableId, SheetRecognition[]>();
  for (const rec of all) {
    const list = byId.get(rec.id) ?? [];
    list.push(rec);
    byId.set(rec.id, list);
  }
  const placements: SheetRecognition[] = [];
  const duplicates: { id: TableId; sheets: SheetRecognition[] }[] = [];
  for (const [id, list] of byId) {
    const sorted = [...list].sort((a, b) => (a.by === b.by ? a.sheetIndex - b.sheetIndex : a.by === 'title' ? -1 : 1));
    placements.push(sorted[0]);
    if (sorted.length > 1) duplicates.push({ id, sheets: sorted });
  }
  placements.sort((a, b) => a.sheetIndex - b.sheetIndex);
  duplicates.sort((a, b) => a.sheets[0].sheetIndex - b.sheets[0].sheetIndex);
  const found = new Set(placements.map((p) => p.id));
  const missing = PROFILE_TABLES[profile].filter((id) => !found.has(id));
  return { profile, placements, missing, duplicates, extras };
}
