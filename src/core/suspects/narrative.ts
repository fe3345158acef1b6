import { parseAmountText } from '../amount/parse';
import { ProseUnit, toYuan } from '../amount/units';
import type { Finding } from '../findings/types';
import { describeCell, sameCell } from '../grid/cellRef';
import type { WorkbookModel } from '../model/types';
import type { NarrativeResult } from '../narrative/check';
import type { Suspect } from './index';

/*
 * A 说明 figure against a table cell that the table checks themselves suspect. "说明写“42.07万元”，
 * 表 C19 为 24.07万元" is an error of the 说明 only if the table is right; when C19 is a suspect of
 * the table checks and 42.07 is exactly the value that makes the table's identities hold, it is the
 * table that was mistyped and the 说明 that is right. Then the 说明 finding is no error: it stays,
 * as a warning that says so, because the 说明 and the table must still agree once the table is
 * corrected. A 说明 figure that matches neither stays an error.
 */

const PROSE_UNITS: readonly string[] = ['元', '万元', '亿元'];

export function weighAgainstSuspects(text: Pick<NarrativeResult, 'findings' | 'claims' | 'ties'>, suspects: readonly Suspect[], model: WorkbookModel): Finding[] {
  if (suspects.length === 0) return [...text.findings];
  // The figures whose table cell is a suspect whose corrected value is what the 说明 states.
  const right = new Map<string, { cell: Suspect['cell']; expected: string }>();
  for (const tie of text.ties) {
    if (tie.status !== 'wrong') continue;
    const claim = text.claims[tie.claim];
    if (!PROSE_UNITS.includes(claim.unit)) continue;
    const stated = toYuan(claim.value, claim.unit as ProseUnit);
    for (const cell of tie.cells) {
      const s = suspects.find((x) => x.expected !== undefined && sameCell(x.cell, cell));
      const unit = model.placements.find((p) => p.sheet === cell.sheet)?.unit;
      const corrected = s && parseAmountText(s.expected!);
      if (!s || !unit || corrected?.kind !== 'amount' || !toYuan(corrected.value, unit).eq(stated)) continue;
      right.set(`${claim.span.start}:${claim.span.end}`, { cell, expected: s.expected! });
      break;
    }
  }
  if (right.size === 0) return [...text.findings];
  return text.findings.map((f) => {
    const r = f.narrative && f.severity === 'error' ? right.get(`${f.narrative.start}:${f.narrative.end}`) : undefined;
    if (!r || !f.cells.some((c) => sameCell(c, r.cell))) return f;
    return {
      ...f,
      severity: 'warning',
      message: `${f.message.replace(/。$/, '')}；但表中${describeCell(r.cell)}本身是疑误（按表格间的勾稽关系应为 ${r.expected}），说明中的数字与之一致，请先改正表格。`,
    };
  });
}
