import type ExcelJS from 'exceljs';
import { CellValue } from '../../core/grid/types';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Dates become text: the core reads no dates, and a date in a money cell is a finding, not a number. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/**
 * exceljs cell value → Grid value: formulas give their cached result (none → null), rich text and
 * hyperlinks their plain text, errors { error }, dates text; empty strings are blanks.
 */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v) || null;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) {
      const text = (o.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
      return text === '' ? null : text;
    }
    if ('formula' in o || 'sharedFormula' in o) {
      return 'result' in o ? toCellValue(o.result as ExcelJS.CellValue) : null;
    }
    if ('hyperlink' in o || 'text' in o) return toCellValue(o.text as ExcelJS.CellValue);
  }
  return null;
}
