import ExcelJS from 'exceljs';
import { Finding, SEVERITY_LABEL } from '../core/findings/types';
import { a1 } from '../core/grid/cellRef';

/** Light red for errors, amber for warnings: Excel's own "bad" and "neutral" fills. */
const FILL = { error: 'FFFFC7CE', warning: 'FFFFD966' } as const;

/**
 * Writes a copy of the workbook with every cell of every error filled red and every warning
 * amber, each with a note holding the messages. The input buffer is only read; the copy keeps
 * values, formulas and formats; only fills and notes of the cited cells change. Notices (info)
 * are not marked: 尾差 and 未核对 would drown the real problems.
 */
export async function writeAnnotatedCopy(input: Buffer, findings: readonly Finding[], outFile: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ArrayBuffer);
  const marks = collectMarks(findings);
  for (const [key, mark] of marks) {
    const [sheetName, address] = key.split('\u0000');
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    const cell = ws.getCell(address);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[mark.severity] } };
    const previous = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('') ?? '';
    const ours = mark.messages.join('\n');
    cell.note = previous ? `${previous}\n———\n${ours}` : ours;
  }
  await wb.xlsx.writeFile(outFile);
  return marks.size;
}

interface Mark {
  severity: 'error' | 'warning';
  messages: string[];
}

/** One mark per cell: an error outranks a warning; every message on that cell goes into its note. */
function collectMarks(findings: readonly Finding[]): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const c of f.cells) {
      const key = `${c.sheet}\u0000${a1(c.row, c.col)}`;
      const mark = marks.get(key) ?? { severity: f.severity, messages: [] };
      if (f.severity === 'error') mark.severity = 'error';
      const line = `【${SEVERITY_LABEL[f.severity]}】${f.message}`;
      if (!mark.messages.includes(line)) mark.messages.push(line);
      marks.set(key, mark);
    }
  }
  return marks;
}
