import { CheckResult } from '../check';
import { SEVERITY_LABEL, Severity } from '../findings/types';
import { describeCell } from '../grid/cellRef';
import { PROFILE_LABEL, displayTitle } from '../tables/catalog';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The Chinese report `check` prints for people: what was found, then every finding by severity. */
export function toTextReport(file: string, result: CheckResult): string {
  const { model, findings, summary } = result;
  const lines: string[] = [];
  lines.push(`决算校验：${file}`);
  const who = [
    model.entity ? `单位：${model.entity}` : null,
    model.year ? `年度：${model.year}` : null,
    `表套：${PROFILE_LABEL[model.profile]}`,
  ].filter(Boolean);
  lines.push(who.join('　'));
  lines.push(`识别到 ${model.placements.length} 张附表：`);
  for (const p of model.placements) lines.push(`  ${p.id} ${displayTitle(p.id)}（工作表“${p.sheet}”，${p.unit}）`);
  if (model.missing.length > 0) lines.push(`缺少 ${model.missing.length} 张：${model.missing.map((id) => `${id} ${displayTitle(id)}`).join('、')}`);
  for (const d of model.duplicates) lines.push(`重复：${d.id} ${displayTitle(d.id)} 出现在 ${d.sheets.map((s) => `“${s}”`).join('、')}，按第一张校验`);
  lines.push('');
  lines.push(`结果：${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 个提示。`);
  for (const severity of ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('');
    lines.push(`【${SEVERITY_LABEL[severity]}】${group.length} 个`);
    group.forEach((f, i) => {
      const cells = f.cells.length > 0 ? `（${summarizeCells(f.cells.map(describeCell))}）` : '';
      lines.push(`${i + 1}. ${f.message}${cells}`);
    });
  }
  if (summary.errors === 0 && summary.warnings === 0) lines.push('', '各表数据相互一致。');
  return lines.join('\n') + '\n';
}

/** Long cell lists (a total and thirty parts) are shortened so one finding stays one readable line. */
function summarizeCells(cells: string[]): string {
  const MAX = 6;
  return cells.length <= MAX ? cells.join('、') : `${cells.slice(0, MAX).join('、')} 等 ${cells.length} 个单元格`;
}
