import ExcelJS from 'exceljs';
import { ExplanationOutcome, explainedLine, UNUSED_LABEL, explainedBy } from '../core/findings/explanations';
import { Finding, SEVERITY_LABEL } from '../core/findings/types';
import { a1, CellRef, describeCell } from '../core/grid/cellRef';
import { cellMarks, MarkKind, Suspect } from '../core/suspects';
import { displayTitle } from '../core/tables/catalog';

/** The cell to change in Excel's "bad" red, a possible one in amber, the cells around it in light grey. */
export const MARK_FILL: Readonly<Record<MarkKind, string>> = { suspect: 'FFFFC7CE', possible: 'FFFFD966', related: 'FFEDEDED' };
const MARK_LEGEND: Readonly<Record<MarkKind, string>> = {
  suspect: '最可能需要修改的单元格',
  possible: '也可能需要修改（备选，或只有警告）',
  related: '相关单元格（问题涉及，但未必有错）',
};

export const RESULT_SHEET = '校验结果';
/** Cited cells listed one per column on the 校验结果 sheet, then "等 N 个". */
const MAX_LINKED_CELLS = 30;

export interface Annotation {
  readonly findings: readonly Finding[];
  readonly suspects: readonly Suspect[];
  /** 已说明 explanations that were not applied (finding gone, now an error), listed on 校验结果. */
  readonly explanations?: ExplanationOutcome;
}

/**
 * Writes a copy of the workbook with exactly the cited cells filled (see cellMarks) and a first
 * sheet 校验结果 listing every finding, as 久其's 审核结果 does. The input buffer is only read;
 * the copy keeps values, formulas and formats. exceljs shares one style object between the cells
 * of one style, so a fill is set on a copy of the cell's style, never on the shared object: only
 * the cited cells change. Suspects get a note with what to change and why.
 */
export async function writeAnnotatedCopy(input: Buffer, annotation: Annotation, outFile: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ArrayBuffer);
  const marks = cellMarks(annotation.findings, annotation.suspects);
  let marked = 0;
  for (const m of marks) {
    const ws = wb.getWorksheet(m.cell.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.cell.row + 1, m.cell.col + 1);
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILL[m.kind] } } };
    if (m.lines.length > 0) {
      const previous = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('') ?? '';
      const ours = m.lines.join('\n');
      cell.note = previous ? `${previous}\n———\n${ours}` : ours;
    }
    marked++;
  }
  addResultSheet(wb, annotation);
  await wb.xlsx.writeFile(outFile);
  return marked;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A cell that jumps to the cited one. */
function link(ref: CellRef): ExcelJS.CellHyperlinkValue {
  return { text: describeCell(ref), hyperlink: `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col)}` };
}

function freeName(wb: ExcelJS.Workbook): string {
  if (!wb.getWorksheet(RESULT_SHEET)) return RESULT_SHEET;
  for (let n = 2; ; n++) if (!wb.getWorksheet(`${RESULT_SHEET} (${n})`)) return `${RESULT_SHEET} (${n})`;
}

function tableOf(f: Finding): string {
  if (f.narrative) return '说明';
  return f.table ? displayTitle(f.table) : f.cells[0]?.sheet ?? '';
}

const BOLD = { bold: true };

/** 校验结果: the legend, the cells to change, then every finding with links to its cells. First sheet, opened first. */
function addResultSheet(wb: ExcelJS.Workbook, { findings, suspects, explanations }: Annotation): void {
  // exceljs orders the sheets it writes by orderNo (not in its typings); print areas follow the sheets.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  const firstOrder = Math.min(0, ...wb.worksheets.map((w) => order(w).orderNo));
  const ws = wb.addWorksheet(freeName(wb));
  order(ws).orderNo = firstOrder - 1;
  // Open on this sheet: it is the first tab now.
  for (const view of wb.views ?? []) view.activeTab = 0;
  ws.columns = [{ width: 8 }, { width: 14 }, { width: 30 }, { width: 70 }, { width: 22 }, { width: 14 }, { width: 22 }];

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning' && !f.explained).length;
  const explained = findings.filter((f) => f.explained).length;
  const infos = findings.length - errors - warnings - explained;
  ws.addRow(['校验结果']).font = { bold: true, size: 14 };
  const explainedNote = explained > 0 ? `（另有 ${explained} 个警告已说明）` : '';
  ws.addRow([`${errors} 个错误，${warnings} 个警告${explainedNote}，${infos} 个提示。点击单元格地址可跳转。`]);
  ws.addRow([]);
  ws.addRow(['图例']).font = BOLD;
  for (const kind of ['suspect', 'possible', 'related'] as const) {
    const row = ws.addRow(['', MARK_LEGEND[kind]]);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILL[kind] } };
  }

  ws.addRow([]);
  ws.addRow(['最可能需要修改的单元格']).font = BOLD;
  if (suspects.length === 0) ws.addRow(['', '无（各勾稽关系均成立）']);
  else {
    ws.addRow(['序号', '', '单元格', '理由', '表中数值', '应为', '涉及问题']).font = BOLD;
    suspects.forEach((s, i) => {
      const row = ws.addRow([
        i + 1,
        s.alternativeTo === undefined ? '' : '备选',
        link(s.cell),
        s.alternativeTo === undefined ? s.reason : `${s.reason}（可替代第 ${s.alternativeTo + 1} 项）`,
        s.value,
        s.expected ?? '',
        s.findings.map((k) => `第 ${k + 1} 条`).join('、'),
      ]);
      row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    });
  }

  ws.addRow([]);
  ws.addRow(['全部问题']).font = BOLD;
  ws.addRow(['序号', '严重程度', '表', '问题', '应改单元格', '应为', '涉及单元格']).font = BOLD;
  findings.forEach((f, i) => {
    const cells = f.cells.slice(0, MAX_LINKED_CELLS);
    const values: ExcelJS.CellValue[] = [
      i + 1,
      f.explained ? `${SEVERITY_LABEL[f.severity]}（已说明）` : SEVERITY_LABEL[f.severity],
      tableOf(f),
      f.explained ? `${f.message}\n${explainedLine(f.explained)}` : f.message,
      f.suspect ? link(f.suspect) : '',
      f.suspect ? f.expected ?? '' : '',
      ...cells.map(link),
    ];
    if (f.cells.length > MAX_LINKED_CELLS) values.push(`等 ${f.cells.length} 个单元格`);
    const row = ws.addRow(values);
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    row.eachCell((c, col) => {
      if (col === 5 || col >= 7) if (typeof c.value === 'object' && c.value !== null) c.font = { color: { argb: 'FF0563C1' }, underline: true };
    });
    // An explained warning reads as settled: grey text, like 久其's 已说明 rows.
    if (f.explained) for (const col of [2, 4]) row.getCell(col).font = { color: { argb: 'FF767676' } };
  });

  const unused = explanations?.unused ?? [];
  if (unused.length > 0) {
    ws.addRow([]);
    ws.addRow(['未采用的说明（保存的说明，本次未采用）']).font = BOLD;
    ws.addRow(['序号', '原因', '规则', '原问题', '说明']).font = BOLD;
    unused.forEach(({ explanation: e, reason }, i) => {
      const who = explainedBy(e);
      const row = ws.addRow([i + 1, UNUSED_LABEL[reason], e.rule, e.message || e.key, `${e.note}${who ? `（${who}）` : ''}`]);
      row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    });
  }
}
