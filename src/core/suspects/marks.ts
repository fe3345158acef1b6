import { CellRef, sameCell } from '../grid/cellRef';
import { Finding, SEVERITY_LABEL } from '../findings/types';
import { cellKey } from './evidence';
import type { Suspect } from './index';

/**
 * How each cited cell is marked, for the annotated copy and the pane: the cell to change in the
 * error colour (amber when only warnings cite it, or when it is an alternative), the other cells
 * of those findings in a light tint. A finding without a suspect (a name that does not match its
 * code, a figure on a table that should be empty) marks all its cells as the ones to change.
 * Notices (info) mark nothing: 尾差 would drown the real problems.
 */
export type MarkKind = 'suspect' | 'possible' | 'related';

export interface CellMark {
  readonly cell: CellRef;
  readonly kind: MarkKind;
  /** For suspects and possible ones: what the note on the cell says, one line each. */
  readonly lines: readonly string[];
}

const RANK: Record<MarkKind, number> = { suspect: 0, possible: 1, related: 2 };

export function cellMarks(findings: readonly Finding[], suspects: readonly Suspect[]): CellMark[] {
  const marks = new Map<string, { cell: CellRef; kind: MarkKind; lines: string[] }>();
  const mark = (cell: CellRef, kind: MarkKind, line?: string) => {
    const key = cellKey(cell);
    const m = marks.get(key) ?? { cell, kind, lines: [] };
    if (RANK[kind] < RANK[m.kind]) m.kind = kind;
    if (line && !m.lines.includes(line)) m.lines.push(line);
    marks.set(key, m);
  };
  for (const s of suspects) {
    const because = `${s.alternativeTo === undefined ? '最可能需要修改' : '也可能需要修改'}：${s.value}${s.expected !== undefined ? `，应为 ${s.expected}` : ''}（${s.reason}）`;
    const onlyWarnings = s.findings.every((i) => findings[i]?.severity !== 'error');
    mark(s.cell, s.alternativeTo === undefined && !onlyWarnings ? 'suspect' : 'possible', because);
  }
  for (const f of findings) {
    // A notice asks nothing; an explained warning (已说明) has been answered.
    if (f.severity === 'info' || f.explained) continue;
    const line = `【${SEVERITY_LABEL[f.severity]}】${f.message}`;
    const ownKind: MarkKind = f.severity === 'error' ? 'suspect' : 'possible';
    for (const c of f.cells) {
      if (!f.suspect) mark(c, ownKind, line);
      else if (sameCell(c, f.suspect)) mark(c, ownKind, line);
      else mark(c, 'related');
    }
  }
  return [...marks.values()];
}
