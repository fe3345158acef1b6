import { checksSentence } from './checks';
import { CheckResult } from '../check';
import { Finding, SEVERITIES, SEVERITY_LABEL } from '../findings/types';
import { isRoundingNotice } from '../findings/rounding';
import { explainedBy, explainedLine, UNUSED_LABEL } from '../findings/explanations';
import { describeCell, sameCell } from '../grid/cellRef';
import type { NarrativeRuleId } from '../narrative/rules';
import { Suspect } from '../suspects';
import { coverageSentence } from './coverage';
import { PROFILE_LABEL, displayTitle } from '../tables/catalog';

/** The narrative checker lists every figure it could not tie; printed as one line of quotes. */
const UNVERIFIED_RULE: NarrativeRuleId = 'narrative-unverified';
const MAX_UNVERIFIED_QUOTES = 20;

export interface TextReportOptions {
  /** Name of the 说明 file, shown in the heading of its block. */
  readonly narrativeFile?: string;
  /** The 说明 as checked: lets each finding say which paragraph it is in. */
  readonly narrativeText?: string;
}

/** The Chinese report `check` prints for people: what was found, then every finding by severity;
 * findings about the 说明 in a block of their own after the tables'. */
export function toTextReport(file: string, result: CheckResult, options: TextReportOptions = {}): string {
  const { model, findings } = result;
  const tableFindings = findings.filter((f) => !f.narrative);
  const lines: string[] = [];
  lines.push(`决算校验：${file}`);
  const who = [
    model.entity ? `单位：${model.entity}` : null,
    model.year ? `年度：${model.year}` : null,
    `表套：${PROFILE_LABEL[model.profile]}`,
  ].filter(Boolean);
  if (result.tablesCompared === false) {
    // A 说明 alone: say plainly that nothing was held against the tables.
    lines.push(model.year ? `年度：${model.year}` : '年度：未能确定');
    lines.push('未提供决算附表：只核对了说明本身（数字之间的合计、占比、增减、完成率、年份等），未与附表比对。');
    lines.push('');
    lines.push(resultLine(result));
    lines.push('', ...narrativeBlock(result, options));
    return lines.join('\n') + '\n';
  }
  lines.push(...suspectLines(result.suspects));
  lines.push(who.join('　'));
  lines.push(`识别到 ${model.placements.length} 张附表：`);
  for (const p of model.placements) lines.push(`  ${p.id} ${displayTitle(p.id)}（工作表“${p.sheet}”，${p.unit}）`);
  if (model.missing.length > 0) lines.push(`缺少 ${model.missing.length} 张：${model.missing.map((id) => `${id} ${displayTitle(id)}`).join('、')}`);
  for (const d of model.duplicates) lines.push(`重复：${d.id} ${displayTitle(d.id)} 出现在 ${d.sheets.map((s) => `“${s}”`).join('、')}，按第一张校验`);
  lines.push('');
  lines.push(resultLine(result));
  if (result.checks) lines.push(checksSentence(result.checks));
  for (const severity of SEVERITIES) {
    const group = tableFindings.filter((f) => f.severity === severity && !f.explained);
    if (group.length === 0) continue;
    lines.push('');
    lines.push(`【${SEVERITY_LABEL[severity]}】${group.length} 个`);
    // 尾差 notices in one line: a large workbook has thousands, none of them asks for a change.
    const rounding = group.filter(isRoundingNotice);
    group.filter((f) => !isRoundingNotice(f)).forEach((f, i) => lines.push(`${i + 1}. ${f.message}${cellsNote(f)}`));
    if (rounding.length > 0) lines.push(roundingLine(rounding));
  }
  // 已说明: listed, with the note, apart from the open warnings.
  const explained = tableFindings.filter((f) => f.explained);
  if (explained.length > 0) {
    lines.push('', `【已说明】${explained.length} 个（警告，已说明理由，不计入警告）`);
    explained.forEach((f, i) => lines.push(`${i + 1}. ${f.message}${cellsNote(f)}`, `   ${explainedLine(f.explained!)}`));
  }
  lines.push(...unusedLines(result));
  if (!tableFindings.some((f) => f.severity === 'error' || (f.severity === 'warning' && !f.explained))) lines.push('', '各表数据相互一致。');
  if (result.narrative) lines.push('', ...narrativeBlock(result, options));
  return lines.join('\n') + '\n';
}

/** "结果：0 个错误，1 个警告，3 个提示。" and, with explained warnings, "另有 2 个警告已说明". */
function resultLine({ summary }: CheckResult): string {
  const explained = summary.explained ? `（另有 ${summary.explained} 个警告已说明）` : '';
  return `结果：${summary.errors} 个错误，${summary.warnings} 个警告${explained}，${summary.infos} 个提示。`;
}

/** Explanations kept in the workbook that no finding of this check took, and why. */
function unusedLines(result: CheckResult): string[] {
  const outcome = result.explanations;
  if (!outcome || (outcome.unused.length === 0 && outcome.unreadable === 0)) return [];
  const lines = [''];
  if (outcome.unused.length > 0) {
    lines.push(`【未采用的说明】${outcome.unused.length} 条（保存的说明，本次未采用）`);
    outcome.unused.forEach(({ explanation: e, reason }, i) => {
      const who = explainedBy(e);
      lines.push(`${i + 1}. ${UNUSED_LABEL[reason]}：${e.message || e.key}`, `   说明：${e.note}${who ? `（${who}）` : ''}`);
    });
  }
  if (outcome.unreadable > 0) lines.push(`工作簿中保存的说明有 ${outcome.unreadable} 条无法读取，已忽略。`);
  return lines;
}

/** "尾差 3 处，均在四舍五入允许的范围内，无需修改（如：…等；逐条见 --format json）" */
function roundingLine(notices: readonly Finding[]): string {
  const first = notices[0].message;
  const example = first.slice(first.indexOf('：') + 1).replace(/，在四舍五入.*$/, '');
  return `尾差 ${notices.length} 处，均在四舍五入允许的范围内，无需修改（如：${example}${notices.length > 1 ? ' 等' : ''}；逐条见 --format json）`;
}

/** "收入决算表!C9 622.25，应为 622.52（两位数字颠倒）" */
function describeSuspect(s: Suspect): string {
  return `${describeCell(s.cell)} ${s.value}${s.expected !== undefined ? `，应为 ${s.expected}` : ''}（${s.reason}）`;
}

/**
 * The report opens with the cells to change: one line for one mistake, a numbered list for
 * several; alternatives (another cell explaining the same findings by a slip) under their suspect.
 */
function suspectLines(suspects: readonly Suspect[]): string[] {
  const primaries = suspects.map((s, i) => ({ s, i })).filter(({ s }) => s.alternativeTo === undefined);
  if (primaries.length === 0) return [];
  const alternatives = (i: number) =>
    suspects.filter((a) => a.alternativeTo === i).map((a) => `   也可能是：${describeSuspect(a)}`);
  if (primaries.length === 1) return [`最可能需要修改的单元格：${describeSuspect(primaries[0].s)}`, ...alternatives(primaries[0].i)];
  const lines = [`最可能需要修改的单元格（${primaries.length} 处）：`];
  primaries.forEach(({ s, i }, k) => lines.push(`${k + 1}. ${describeSuspect(s)}`, ...alternatives(i)));
  return lines;
}

/** A finding's cells: its suspect first, named as the cell to change, the rest as related. */
function cellsNote(f: Finding): string {
  if (f.cells.length === 0) return '';
  if (!f.suspect) return `（${summarizeCells(f.cells.map(describeCell))}）`;
  const suspect = f.suspect;
  const related = f.cells.filter((c) => !sameCell(c, suspect)).map(describeCell);
  const change = `应改：${describeCell(suspect)}${f.expected !== undefined ? ` 应为 ${f.expected}` : ''}`;
  return related.length > 0 ? `（${change}；相关：${summarizeCells(related)}）` : `（${change}）`;
}

/** 说明校验: coverage, then the 说明's findings by severity, each with the text it is about. */
function narrativeBlock(result: CheckResult, options: TextReportOptions): string[] {
  const findings = result.findings.filter((f) => f.narrative);
  const lines = [`【说明校验】${options.narrativeFile ?? ''}`];
  lines.push(coverageSentence(result.narrative!));
  const where = paragraphLocator(options.narrativeText);
  const unverified = findings.filter((f) => f.rule === UNVERIFIED_RULE);
  const listed = findings.filter((f) => f.rule !== UNVERIFIED_RULE);
  for (const severity of SEVERITIES) {
    const group = listed.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    // Explained warnings stay listed in place, marked; the header says they are not open ones (as the 结果 line).
    const explained = group.filter((f) => f.explained).length;
    lines.push(`${SEVERITY_LABEL[severity]} ${group.length} 个${explained > 0 ? `（其中 ${explained} 个已说明，不计入警告）` : ''}：`);
    // Where a person finds it in Word (五（三）第2项, 第 5 段) and the clause around the figure.
    group.forEach((f, i) =>
      lines.push(
        `${i + 1}. ${f.message}（${f.narrative!.place ? `${f.narrative!.place}，` : ''}${where(f)}“${f.narrative!.context ?? f.narrative!.quote}”）${f.explained ? `　${explainedLine(f.explained)}` : ''}`,
      ),
    );
  }
  if (!listed.some((f) => f.severity === 'error' || f.severity === 'warning')) lines.push('说明中未发现错误。');
  if (unverified.length > 0) {
    const quotes = unverified.slice(0, MAX_UNVERIFIED_QUOTES).map((f) => `“${f.narrative!.quote}”`);
    const more = unverified.length > MAX_UNVERIFIED_QUOTES ? ` 等（全部位置见 --format json）` : '';
    lines.push(`未能核对的数字 ${unverified.length} 个：${quotes.join('、')}${more}`);
  }
  return lines;
}

/**
 * "第 3 段：" — the paragraph (non-blank line) holding a finding, when the text is at hand. The
 * lines are counted once per report, not once per finding (a long 说明 can have hundreds).
 */
function paragraphLocator(text: string | undefined): (f: Finding) => string {
  if (text === undefined) return () => '';
  const starts: number[] = [];
  const nonBlankBefore: number[] = [];
  let count = 0;
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    starts.push(start);
    nonBlankBefore.push(count);
    if (text.slice(start, end < 0 ? text.length : end).trim() !== '') count++;
    if (end < 0) break;
    start = end + 1;
  }
  return (f) => {
    if (!f.narrative) return '';
    // The last line starting at or before the finding.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= f.narrative.start) lo = mid;
      else hi = mid - 1;
    }
    return `第 ${nonBlankBefore[lo] + 1} 段：`;
  };
}

/** Long cell lists (a total and thirty parts) are shortened so one finding stays one readable line. */
function summarizeCells(cells: string[]): string {
  const MAX = 6;
  return cells.length <= MAX ? cells.join('、') : `${cells.slice(0, MAX).join('、')} 等 ${cells.length} 个单元格`;
}
