import { parseAmountText } from '../amount/parse';
import { ProseUnit, toYuan } from '../amount/units';
import type { Finding } from '../findings/types';
import { describeCell, sameCell } from '../grid/cellRef';
import type { WorkbookModel } from '../model/types';
import type { Suspect } from './index';

/*
 * A 说明 figure against a table cell that the table checks themselves suspect. "说明写“42.07万元”，
 * 表 C19 为 24.07万元" is an error of the 说明 only if the table is right; when C19 is the first
 * suspect of the table checks and 42.07 is exactly the value that makes the table's identities
 * hold, it is the table that was mistyped and the 说明 that is right. Then the 说明 finding is no
 * error: it stays, as a warning that says so, because the 说明 and the table must still agree once
 * the table is corrected. A 说明 figure that matches neither stays an error.
 */

/** "42.07万元" (a finding's actual text) in 元; null when it is not an amount with its unit. */
function statedYuan(actual: string): ReturnType<typeof toYuan> | null {
  const m = /^(.+?)(亿元|万元|元)$/.exec(actual.trim());
  if (!m) return null;
  const r = parseAmountText(m[1]);
  return r.kind === 'amount' && !r.blank ? toYuan(r.value, m[2] as ProseUnit) : null;
}

export function weighAgainstSuspects(findings: readonly Finding[], suspects: readonly Suspect[], model: WorkbookModel): Finding[] {
  if (suspects.length === 0) return [...findings];
  return findings.map((f) => {
    if (!f.narrative || f.severity !== 'error' || f.actual === undefined) return f;
    const stated = statedYuan(f.actual);
    if (!stated) return f;
    for (const cell of f.cells) {
      const s = suspects.find((x) => x.expected !== undefined && sameCell(x.cell, cell));
      const unit = model.placements.find((p) => p.sheet === cell.sheet)?.unit;
      if (!s || !unit) continue;
      const corrected = parseAmountText(s.expected!);
      if (corrected.kind !== 'amount' || !toYuan(corrected.value, unit).eq(stated)) continue;
      return {
        ...f,
        severity: 'warning',
        message: `${f.message.replace(/。$/, '')}；但表中${describeCell(cell)}本身是疑误（按表格间的勾稽关系应为 ${s.expected}），说明中的数字与之一致，请先改正表格。`,
      };
    }
    return f;
  });
}
