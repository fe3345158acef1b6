import type { JsonFinding } from '../report/json';
import { SEVERITY_LABEL } from '../findings/types';
import { displayTitle } from '../tables/catalog';
import { ChangeCounts, VersionComparison } from './types';

/** The batch's 变化 column and the summary line of `compare`: "修正 3、新增 1、未改 2（改动 5 处数字）". */
export function changeLabel(c: ChangeCounts): string {
  const problems = `修正 ${c.fixed}、新增 ${c.added}、未改 ${c.remaining}${c.explained ? `、已说明 ${c.explained}` : ''}`;
  if (c.changedCells === 0) return c.fixed + c.added + c.remaining + (c.explained ?? 0) === 0 ? '数字未改动，均无问题' : `${problems}（数字未改动）`;
  return `${problems}（改动 ${c.changedCells} 处数字）`;
}

/** The Chinese report of `compare`: the figures changed, then the problems fixed, remaining and new. */
export function toCompareText(oldName: string, newName: string, cmp: VersionComparison): string {
  const lines = [`比较：${oldName}（原报）→ ${newName}（重报）`, `变化：${changeLabel(cmp.counts)}`, ''];
  if (cmp.units.length > 0) {
    lines.push(`金额单位改动 ${cmp.units.length} 张表（数字按金额比较，单位不同但金额相同的不算改动）：${cmp.units.map((u) => `${displayTitle(u.table)} ${u.old} → ${u.new}`).join('、')}`);
  }
  if (cmp.cells.length === 0) lines.push('各表数字没有改动。');
  else {
    lines.push(`改动的数字 ${cmp.cells.length} 处：`);
    for (const c of cmp.cells) {
      lines.push(`  ${displayTitle(c.table)} ${c.row}「${c.column}」（${c.sheet}!${c.address}）：${c.old ?? '（无此行）'} → ${c.new ?? '（已删除）'}`);
    }
  }
  const block = (title: string, list: readonly JsonFinding[]) => {
    if (list.length === 0) return;
    lines.push('', `【${title}】${list.length} 个`);
    list.forEach((f, i) => lines.push(`${i + 1}. ${SEVERITY_LABEL[f.severity]}：${f.message}`));
  };
  block('已修正', cmp.fixed);
  block('新增问题', cmp.added);
  block('仍未修正', cmp.remaining);
  block('已说明的警告', cmp.explained);
  if (cmp.fixed.length + cmp.added.length + cmp.remaining.length + cmp.explained.length === 0) lines.push('', '两个版本均未发现错误或警告。');
  return lines.join('\n') + '\n';
}
