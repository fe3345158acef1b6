import { CellRef, cellRef } from '../grid/cellRef';
import { Grid, cellText } from '../grid/types';
import { TOP_SCAN_ROWS, findTableCodeNumber } from '../layout/sheetTop';
import { PROFILE_TABLES, Profile, TABLE_BY_ID, TableId } from './catalog';
import { SAN_GONG } from './lines';
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

/** A sheet that holds no table by design: a 目录 listing the tables, or a 封面. */
export interface NonTableSheet {
  readonly sheetIndex: number;
  readonly sheet: string;
  readonly kind: 'contents' | 'cover';
}

export interface Recognition {
  readonly profile: Profile;
  /** The first sheet of each table, in workbook order. */
  readonly placements: readonly SheetRecognition[];
  readonly missing: readonly TableId[];
  readonly duplicates: readonly { readonly id: TableId; readonly sheets: readonly SheetRecognition[] }[];
  readonly extras: readonly ExtraSheet[];
  /** 目录 and 封面 sheets, never read as a table. */
  readonly nonTables: readonly NonTableSheet[];
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
  readonly nonTable?: NonTableSheet['kind'];
}

/** Rows a 目录 sheet is scanned for table titles. */
const CONTENTS_SCAN_ROWS = 40;
const CONTENTS_WORD = /^(?:目录|目\s*录|附表目录|公开表目录)$/;
const COVER_WORD = /封面/;
/** 2023年度XX局部门决算 / …单位决算公开: the cover's heading. */
const COVER_TITLE = /(?:部门|单位)决算(?:公开|报告|公开报告)?$/;

/**
 * 目录 (a sheet that names two or more different tables, or says 目录) and 封面 (named so, or
 * saying so at the top): exported disclosures put them in front of the tables, and their lines
 * read like table titles. Only the text cells of the first rows are looked at.
 */
function nonTableKind(grid: Grid): NonTableSheet['kind'] | null {
  if (CONTENTS_WORD.test(grid.name.trim())) return 'contents';
  if (COVER_WORD.test(grid.name)) return 'cover';
  const ids = new Set<TableId>();
  const rows = Math.min(grid.rows.length, CONTENTS_SCAN_ROWS);
  let firstText: string | null = null;
  let money = false;
  for (let r = 0; r < rows; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // Page numbers are small whole numbers; a figure means the sheet holds a table after all.
      if (typeof v === 'number' && (!Number.isInteger(v) || Math.abs(v) > 500)) money = true;
      if (typeof v !== 'string') continue;
      const text = cellText(grid, r, c);
      if (text === '') continue;
      if (firstText === null) firstText = text;
      // Contents lines end in page numbers or leader dots: 收入支出决算总表……1.
      const reading = readTitle(text.replace(/[.．…·\s]*(?:第?\d{1,3}页?)?$/, ''));
      if (reading.kind === 'table') ids.add(reading.match.id);
    }
  }
  if (ids.size >= 2 && !money) return 'contents';
  if (firstText === null) return null;
  const first = firstText.replace(/\s+/g, '');
  if (CONTENTS_WORD.test(first)) return 'contents';
  if (COVER_WORD.test(first) || COVER_TITLE.test(first)) return 'cover';
  return null;
}

/** Rows under a title searched for the header that confirms it. */
const HEADER_CONFIRM_ROWS = 8;

/** The header under `from` names the 三公 items (因公出国, 公务接待) and no 科目 columns. */
function sanGongHeader(grid: Grid, from: number): boolean {
  let abroad = false;
  let reception = false;
  const to = Math.min(grid.rows.length, from + HEADER_CONFIRM_ROWS);
  for (let r = from; r < to; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] !== 'string') continue;
      const t = cellText(grid, r, c).replace(/\s+/g, '');
      if (/^科目(?:编码|名称)$|^功能分类科目/.test(t)) return false;
      if (SAN_GONG.abroad.header.test(t)) abroad = true;
      if (SAN_GONG.reception.header.test(t)) reception = true;
    }
  }
  return abroad && reception;
}

function recognizeSheet(grid: Grid, sheetIndex: number): Candidate {
  const kind = nonTableKind(grid);
  if (kind) return { sheetIndex, sheet: grid.name, titled: null, ordinal: null, codeNumber: null, extra: null, nonTable: kind };
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
      // Confirmed by the header: a 三公 title with a qualifier we do not know (…及差旅费…) whose
      // columns are the 三公 items is T13 — but never the 政府性基金 三公 table of 2021.
      if (reading.kind === 'extra' && /三公/.test(reading.text) && !/政府性基金|国有资本/.test(reading.text) && sanGongHeader(grid, r + 1)) {
        return {
          sheetIndex,
          sheet: grid.name,
          titled: { sheetIndex, sheet: grid.name, id: 'T13', by: 'title', title: raw.trim(), titleCell: cell },
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
  const nonTables: NonTableSheet[] = [];
  for (const c of candidates) {
    if (c.nonTable) {
      nonTables.push({ sheetIndex: c.sheetIndex, sheet: c.sheet, kind: c.nonTable });
      continue;
    }
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
  return { profile, placements, missing, duplicates, extras, nonTables };
}
