import { parseAmountText } from '../amount/parse';
import { toOriginal } from './cleanText';
import { Segmentation } from './segment';
import { Claim, Measure } from './types';
import { resolveSubject } from './vocabulary';

/**
 * A table pasted into the 说明 as text, cells joined by 「|」: one row per line
 * ("公务接待费 | 1.5 | 1.16 |") or one cell per line ("公务接待费 |" / "1.5 |" / "1.16 |"), as a
 * web page or a PDF gives it. Each figure becomes a claim of the row's subject, with the measure its
 * column header names (预算数 → budget, 决算数 or the report year → amount, last year → prior), so
 * the text's checks can hold the prose against it. A table whose layout cannot be read with
 * certainty (a header we do not know, rows of uneven length) yields nothing.
 */
export interface FlatTable {
  /** Paragraph indices of the block. */
  readonly paragraphs: readonly number[];
  readonly claims: readonly Omit<Claim, 'id'>[];
}

interface Cell {
  readonly text: string;
  /** Clean-text offsets of the cell's content. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

const NUMERIC = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$|^[-—－]$/;
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

function measureOf(header: string, year: number | null): Measure | null {
  const h = squeeze(header);
  if (/预算/.test(h) && !/决算/.test(h)) return 'budget';
  const y = /(20\d\d)年/.exec(h);
  if (y && year !== null) return Number(y[1]) === year ? 'amount' : Number(y[1]) === year - 1 ? 'prior' : null;
  if (/上年/.test(h)) return 'prior';
  if (/决算|本年|金额|支出数/.test(h)) return 'amount';
  return null;
}

/** Cells of a block of consecutive 「|」 paragraphs. */
function cellsOf(seg: Segmentation, paragraphs: readonly number[]): Cell[] {
  const t = seg.clean.text;
  const cells: Cell[] = [];
  for (const pi of paragraphs) {
    const p = seg.paragraphs[pi];
    let s = p.start;
    for (let k = p.start; k <= p.end; k++) {
      if (k === p.end || t[k] === '|') {
        const raw = t.slice(s, k);
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (text) cells.push({ text, start: s + lead, end: s + lead + text.length, paragraph: pi });
        s = k + 1;
      }
    }
  }
  return cells;
}

/** Rows of the block: by line when each line holds a row, else by the header's width. */
function rowsOf(cells: readonly Cell[], oneRowPerLine: boolean): Cell[][] | null {
  if (oneRowPerLine) {
    const rows = new Map<number, Cell[]>();
    for (const c of cells) rows.set(c.paragraph, [...(rows.get(c.paragraph) ?? []), c]);
    return [...rows.values()];
  }
  const firstNumber = cells.findIndex((c) => NUMERIC.test(c.text));
  const width = firstNumber - 1; // the header cells before the first row's label
  if (width < 2) return null;
  const rows: Cell[][] = [cells.slice(0, width)];
  for (let k = width; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
  return rows;
}

export function flatTables(seg: Segmentation, year: number | null): FlatTable[] {
  const out: FlatTable[] = [];
  const ps = seg.paragraphs;
  let k = 0;
  while (k < ps.length) {
    const isCell = (i: number) => ps[i].inRegion && ps[i].kind === 'text' && seg.clean.text.slice(ps[i].start, ps[i].end).includes('|');
    if (!isCell(k)) {
      k++;
      continue;
    }
    const block: number[] = [];
    while (k < ps.length && isCell(k)) block.push(k++);
    const table = readBlock(seg, block, year);
    if (table) out.push(table);
  }
  return out;
}

function readBlock(seg: Segmentation, block: readonly number[], year: number | null): FlatTable | null {
  const cells = cellsOf(seg, block);
  const perLine = block.length > 1 && cells.length > block.length;
  const rows = rowsOf(cells, perLine);
  if (!rows || rows.length < 2) return null;
  const width = rows[0].length;
  if (rows.some((r) => r.length !== width)) return null;
  const measures = rows[0].map((h, i) => (i === 0 ? null : measureOf(h.text, year)));
  if (measures.every((m) => m === null)) return null;
  // The unit line above the table (单位：万元), else 万元.
  const before = seg.clean.text.slice(Math.max(0, seg.paragraphs[block[0]].start - 40), seg.paragraphs[block[0]].start);
  const unit = /单位[:：]\s*元/.test(before) ? '元' : '万元';
  // 合计 is the table's own total: the subject the title above names (“三公”经费支出决算表).
  const title = seg.clean.text.slice(Math.max(0, seg.paragraphs[block[0]].start - 120), seg.paragraphs[block[0]].start);
  const section = seg.paragraphs[block[0]].section;
  const lines = title.split('\n').filter((l) => l.trim());
  const totalSubject = resolveSubject(lines.filter((l) => /表/.test(l)).pop() ?? lines.pop() ?? '', section);
  const claims: Omit<Claim, 'id'>[] = [];
  for (const row of rows.slice(1)) {
    const label = squeeze(row[0].text).replace(/^其中[:：]?/, '');
    const subject = /^(合计|总计)$/.test(label) ? totalSubject : resolveSubject(label, section);
    if (!subject || NUMERIC.test(row[0].text)) continue;
    row.forEach((cell, i) => {
      const measure = measures[i];
      if (!measure || !NUMERIC.test(cell.text)) return;
      const reading = parseAmountText(/^[-—－]$/.test(cell.text) ? '0' : cell.text);
      if (reading.kind !== 'amount') return;
      const para = seg.paragraphs[cell.paragraph];
      const sentence = seg.sentences.findIndex((x) => x.paragraph === cell.paragraph);
      const span = toOriginal(seg.clean, cell.start, cell.end);
      const written = cell.text;
      claims.push({
        subject, subjectText: label, measure, value: reading.value, written,
        decimals: written.includes('.') ? written.length - written.indexOf('.') - 1 : 0,
        unit, unitStated: true, span, clause: span, at: { start: cell.start, end: cell.end },
        sentence, paragraph: cell.paragraph, section: para.section, subsection: para.subsection, item: para.item,
        table: true,
      });
    });
  }
  return claims.length ? { paragraphs: block, claims } : null;
}
