import { CellRange, CellValue } from '../../../src/core/grid/types';
import { Random } from '../random';
import { blankRow, MutableSheet, MutableWorkbook, mergesAfterDelete, mergesAfterInsert, overlaps, width } from './workbook';

/**
 * What careless editing, odd templates and broken exports do to a 决算 workbook. Each mutation
 * edits the workbook in place and returns a line that says exactly what it did (so a failing
 * seed's list reads as a recipe), or null when it does not apply (e.g. no merge to undo).
 */
export interface Mutation {
  readonly name: string;
  apply(r: Random, wb: MutableWorkbook): string | null;
}

/** Text and values found in money cells of real workbooks, or that break naive parsers. */
export const HOSTILE_VALUES: readonly CellValue[] = [
  '12,3x', '—', '——', '-', '#REF!', '#DIV/0!', '', ' ', '\u3000', 'NaN', 'Infinity', '-Infinity', '1e308', '1e-400',
  '1,2,3', '1..2', '--5', '+-3', '(12.30)', '（12.30）', '１２３.４５', '12.3万', '￥1,000.00', '1 000,50', '0x1F',
  '12.345.678', '.', ',', '%', '50%', '=A1+B1', '待定', '见附件', '合计', '小计', '项目', '单位：元', 'true',
  { error: '#REF!' }, { error: '#N/A' }, { error: '#VALUE!' }, { error: '#DIV/0!' }, { error: '#NAME?' }, { error: '#NULL!' },
  { error: '#NUM!' }, { error: '#SPILL!' }, { error: '#CALC!' }, { error: '#GETTING_DATA' }, { error: '' },
  true, false, 0, -0, 1e308, -1e308, 5e-324, 1e21, 123456789012345680000, 0.1 + 0.2, -12.345, 99999999999.99,
  'x'.repeat(5000), '表1', '收入支出决算总表', '2010301', '201', '30101',
];

/** Unit lines a template or a hurried editor writes. */
export const UNIT_LINES: readonly CellValue[] = [
  '单位：元', '单位：万元', '金额单位：万元', '金额单位：元', '单位：千元', '单位：亿元', '单位：', '单位：万元 元',
  '单位:万元', '（单位：万元）', '单位：美元', '单位：万元；单位：元', '', null, { error: '#REF!' }, 12,
];

function pickSheet(r: Random, wb: MutableWorkbook): MutableSheet | null {
  return wb.length === 0 ? null : r.pick(wb);
}

function describeValue(v: CellValue): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…(${s.length})` : s;
}

/** Cells holding a number or text that looks like an amount. */
function amountCells(sheet: MutableSheet): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'number' || (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v))) out.push({ row: r, col: c });
    }),
  );
  return out;
}

function cellsMatching(sheet: MutableSheet, test: (v: CellValue) => boolean, maxRow = Infinity): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  sheet.rows.forEach((row, r) => {
    if (r >= maxRow) return;
    row.forEach((v, c) => {
      if (test(v)) out.push({ row: r, col: c });
    });
  });
  return out;
}

function insertRows(sheet: MutableSheet, at: number, n: number): void {
  const w = width(sheet);
  sheet.rows.splice(at, 0, ...Array.from({ length: n }, () => blankRow(w)));
  sheet.merges = mergesAfterInsert(sheet.merges, 'row', at, n);
}

function insertCols(sheet: MutableSheet, at: number, n: number): void {
  for (const row of sheet.rows) if (row.length >= at) row.splice(at, 0, ...blankRow(n));
  sheet.merges = mergesAfterInsert(sheet.merges, 'col', at, n);
}

function deleteRows(sheet: MutableSheet, at: number, n: number): void {
  sheet.rows.splice(at, n);
  sheet.merges = mergesAfterDelete(sheet.merges, 'row', at, n);
}

function deleteCols(sheet: MutableSheet, at: number, n: number): void {
  for (const row of sheet.rows) row.splice(at, n);
  sheet.merges = mergesAfterDelete(sheet.merges, 'col', at, n);
}

/** Keeps only rows [0, k): merges below go, merges across the cut are clipped. */
function truncateRows(sheet: MutableSheet, k: number): void {
  sheet.rows.length = Math.min(sheet.rows.length, k);
  sheet.merges = sheet.merges
    .filter((m) => m.top < k)
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, k - 1) }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
}

function uniqueName(wb: MutableWorkbook, base: string): string {
  const taken = new Set(wb.map((s) => s.name.toLowerCase()));
  for (let i = 2; ; i++) {
    const name = `${base.slice(0, 26)} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function copySheet(s: MutableSheet, name: string): MutableSheet {
  return { name, rows: s.rows.map((r) => [...r]), merges: s.merges.map((m) => ({ ...m })), ...(s.hidden ? { hidden: true } : {}) };
}

function randomRect(r: Random, sheet: MutableSheet, maxH: number, maxW: number, overhang = 0): CellRange | null {
  const h = sheet.rows.length;
  const w = width(sheet);
  if (h === 0 || w === 0) return null;
  const top = r.int(0, h - 1);
  const left = r.int(0, w - 1);
  const bottom = Math.min(h - 1 + overhang, top + r.int(0, maxH - 1));
  const right = Math.min(w - 1 + overhang, left + r.int(0, maxW - 1));
  if (bottom === top && right === left) return null;
  return { top, left, bottom, right };
}

const rangeText = (m: CellRange) => `r${m.top}-${m.bottom} c${m.left}-${m.right}`;

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'insert rows',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s) return null;
      const at = r.chance(0.5) ? 0 : r.int(0, s.rows.length);
      const n = r.int(1, 4);
      insertRows(s, at, n);
      return `insert ${n} blank rows at ${at} in “${s.name}”`;
    },
  },
  {
    name: 'insert columns',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s) return null;
      const at = r.chance(0.5) ? 0 : r.int(0, width(s));
      const n = r.int(1, 3);
      insertCols(s, at, n);
      return `insert ${n} blank columns at ${at} in “${s.name}”`;
    },
  },
  {
    name: 'delete header rows',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length === 0) return null;
      const at = r.int(0, Math.min(7, s.rows.length - 1));
      const n = r.int(1, 3);
      deleteRows(s, at, n);
      return `delete ${n} rows at ${at} in “${s.name}”`;
    },
  },
  {
    name: 'delete body rows',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length === 0) return null;
      const at = r.int(0, s.rows.length - 1);
      const n = r.int(1, 6);
      deleteRows(s, at, n);
      return `delete ${n} rows at ${at} in “${s.name}”`;
    },
  },
  {
    name: 'delete columns',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      const w = s ? width(s) : 0;
      if (!s || w === 0) return null;
      const at = r.int(0, w - 1);
      const n = r.int(1, 2);
      deleteCols(s, at, n);
      return `delete ${n} columns at ${at} in “${s.name}”`;
    },
  },
  {
    name: 'shift one row sideways',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length === 0) return null;
      const row = r.int(0, s.rows.length - 1);
      const at = r.int(0, s.rows[row].length);
      s.rows[row].splice(at, 0, null);
      // The grid stays rectangular: every other row gets a trailing blank.
      const w = width(s);
      for (const other of s.rows) while (other.length < w) other.push(null);
      return `insert one blank cell at row ${row} col ${at} in “${s.name}” (row misaligned)`;
    },
  },
  {
    name: 'merge',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      const rect = s && randomRect(r, s, 4, 6);
      if (!s || !rect) return null;
      // Excel refuses overlapping merges and keeps only the top-left value of the new one.
      s.merges = s.merges.filter((m) => !overlaps(m, rect));
      for (let i = rect.top; i <= rect.bottom; i++)
        for (let j = rect.left; j <= rect.right; j++) if (i !== rect.top || j !== rect.left) s.rows[i][j] = null;
      s.merges.push(rect);
      return `merge ${rangeText(rect)} in “${s.name}”`;
    },
  },
  {
    name: 'merge past the extent',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      const rect = s && randomRect(r, s, 8, 8, 5);
      if (!s || !rect) return null;
      s.merges = s.merges.filter((m) => !overlaps(m, rect));
      s.merges.push(rect);
      return `merge ${rangeText(rect)} in “${s.name}” (may reach past the last row/column, values kept)`;
    },
  },
  {
    name: 'unmerge',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.merges.length === 0) return null;
      const i = r.int(0, s.merges.length - 1);
      const [m] = s.merges.splice(i, 1);
      return `unmerge ${rangeText(m)} in “${s.name}”`;
    },
  },
  {
    name: 'unmerge and repeat the value',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.merges.length === 0) return null;
      const i = r.int(0, s.merges.length - 1);
      const [m] = s.merges.splice(i, 1);
      const v = s.rows[m.top]?.[m.left] ?? null;
      for (let a = m.top; a <= m.bottom && a < s.rows.length; a++)
        for (let b = m.left; b <= m.right && b < s.rows[a].length; b++) s.rows[a][b] = v;
      return `unmerge ${rangeText(m)} in “${s.name}” and repeat ${describeValue(v)} in every cell`;
    },
  },
  {
    name: 'drop every merge',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.merges.length === 0) return null;
      s.merges = [];
      return `drop every merge in “${s.name}”`;
    },
  },
  {
    name: 'text into an amount cell',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      const cells = s ? amountCells(s) : [];
      if (!s || cells.length === 0) return null;
      const c = r.pick(cells);
      const v = r.pick(HOSTILE_VALUES);
      s.rows[c.row][c.col] = v;
      return `set “${s.name}” r${c.row} c${c.col} to ${describeValue(v)}`;
    },
  },
  {
    name: 'hostile value anywhere',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length === 0) return null;
      const row = r.int(0, s.rows.length - 1);
      const col = r.int(0, Math.max(0, width(s) - 1));
      const v = r.pick(HOSTILE_VALUES);
      while (s.rows[row].length <= col) s.rows[row].push(null);
      s.rows[row][col] = v;
      return `set “${s.name}” r${row} c${col} to ${describeValue(v)}`;
    },
  },
  {
    name: 'swap sheet order',
    apply(r, wb) {
      if (wb.length < 2) return null;
      const i = r.int(0, wb.length - 1);
      const j = r.int(0, wb.length - 1);
      [wb[i], wb[j]] = [wb[j], wb[i]];
      return `swap sheets at ${i} and ${j}`;
    },
  },
  {
    name: 'swap sheet names',
    apply(r, wb) {
      if (wb.length < 2) return null;
      const i = r.int(0, wb.length - 1);
      const j = r.int(0, wb.length - 1);
      [wb[i].name, wb[j].name] = [wb[j].name, wb[i].name];
      return `swap the names of sheets ${i} and ${j}`;
    },
  },
  {
    name: 'odd sheet name',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s) return null;
      const name = r.pick(["表'1", 'Sheet1', '附表 (2)', '表1 ', '１', '收入支出决算总表（二）', 'x'.repeat(31), '表1!A1', '[1]表1']);
      if (wb.some((o) => o !== s && o.name.toLowerCase() === name.toLowerCase())) return null;
      const was = s.name;
      s.name = name;
      return `rename “${was}” to “${name}”`;
    },
  },
  {
    name: 'truncate a table',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length === 0) return null;
      const k = r.int(0, s.rows.length - 1);
      truncateRows(s, k);
      return `keep only the first ${k} rows of “${s.name}”`;
    },
  },
  {
    name: 'duplicate a sheet',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s) return null;
      const name = uniqueName(wb, s.name);
      wb.splice(r.int(0, wb.length), 0, copySheet(s, name));
      return `copy “${s.name}” as “${name}”`;
    },
  },
  {
    name: 'duplicate a table below itself',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length === 0) return null;
      const gap = r.int(0, 3);
      const base = s.rows.length + gap;
      const w = width(s);
      const copy = s.rows.map((row) => [...row]);
      for (let i = 0; i < gap; i++) s.rows.push(blankRow(w));
      s.rows.push(...copy);
      s.merges.push(...s.merges.map((m) => ({ ...m, top: m.top + base, bottom: m.bottom + base })));
      return `repeat the rows of “${s.name}” below themselves after ${gap} blank rows`;
    },
  },
  {
    name: 'blank the title',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      const cells = s ? cellsMatching(s, (v) => typeof v === 'string' && /表/.test(v), 6) : [];
      if (!s || cells.length === 0) return null;
      for (const c of cells) s.rows[c.row][c.col] = null;
      return `blank ${cells.length} title cells in “${s.name}”`;
    },
  },
  {
    name: 'change the units line',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      const cells = s ? cellsMatching(s, (v) => typeof v === 'string' && /单位/.test(v), 8) : [];
      if (!s || cells.length === 0) return null;
      const c = r.pick(cells);
      const v = r.pick(UNIT_LINES);
      s.rows[c.row][c.col] = v;
      return `set the units line of “${s.name}” (r${c.row} c${c.col}) to ${describeValue(v)}`;
    },
  },
  {
    name: 'delete a sheet',
    apply(r, wb) {
      if (wb.length === 0) return null;
      const i = r.int(0, wb.length - 1);
      const [s] = wb.splice(i, 1);
      return `delete sheet “${s.name}”`;
    },
  },
  {
    name: 'keep one sheet',
    apply(r, wb) {
      if (wb.length < 2 || !r.chance(0.3)) return null;
      const keep = wb[r.int(0, wb.length - 1)];
      wb.splice(0, wb.length, keep);
      return `delete every sheet but “${keep.name}”`;
    },
  },
  {
    name: 'add an odd sheet',
    apply(r, wb) {
      const kind = r.int(0, 3);
      const name = uniqueName(wb, 'Sheet');
      const sheet: MutableSheet =
        kind === 0
          ? { name, rows: [], merges: [] }
          : kind === 1
            ? { name, rows: [[null]], merges: [] }
            : kind === 2
              ? { name, rows: [['收入支出决算总表'], ['单位：万元']], merges: [] }
              : { name, rows: [['一般公共预算财政拨款支出决算表', null], [null, null]], merges: [{ top: 0, left: 0, bottom: 3, right: 6 }] };
      wb.splice(r.int(0, wb.length), 0, sheet);
      return `add sheet “${name}” of kind ${kind}`;
    },
  },
  {
    name: 'hide a sheet',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s) return null;
      s.hidden = !s.hidden;
      return `${s.hidden ? 'hide' : 'unhide'} “${s.name}”`;
    },
  },
  {
    name: 'ragged row',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length === 0) return null;
      const row = r.int(0, s.rows.length - 1);
      const len = r.int(0, s.rows[row].length);
      s.rows[row].length = len;
      return `cut row ${row} of “${s.name}” to ${len} cells (ragged grid)`;
    },
  },
  {
    name: 'swap two rows',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s || s.rows.length < 2) return null;
      const i = r.int(0, s.rows.length - 1);
      const j = r.int(0, s.rows.length - 1);
      [s.rows[i], s.rows[j]] = [s.rows[j], s.rows[i]];
      return `swap rows ${i} and ${j} of “${s.name}” (merges left as they were)`;
    },
  },
  {
    name: 'move a table down a sheet',
    apply(r, wb) {
      const s = pickSheet(r, wb);
      if (!s) return null;
      const n = r.pick([20, 100, 500]);
      insertRows(s, 0, n);
      return `insert ${n} blank rows above everything in “${s.name}”`;
    },
  },
];
