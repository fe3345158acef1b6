import { checkWorkbook } from '../../../../src/core/check';
import {
  applyExplanations,
  canExplain,
  EMPTY_EXPLANATIONS,
  explain,
  explainResult,
  findingKey,
  noteProblem,
  openSuspects,
  readExplanations,
  SHEET_UNREADABLE_RULE,
  withExplanation,
  withoutExplanation,
} from '../../../../src/core/findings/explanations';
import { Finding } from '../../../../src/core/findings/types';
import { cellRef } from '../../../../src/core/grid/cellRef';
import { Grid } from '../../../../src/core/grid/types';
import { toJsonReport } from '../../../../src/core/report/json';
import { toTextReport } from '../../../../src/core/report/text';
import { cellMarks, Suspect } from '../../../../src/core/suspects';
import { buildWorkbook, gridOf, SAMPLE_UNIT } from '../../../fixtures/generator';

/** The generated sample's grids with some cells overwritten (sheet, row, col, value). */
function grids(edits: readonly { find: (v: unknown) => boolean; value: string | number; sheet?: string }[] = []): Grid[] {
  const out = buildWorkbook(SAMPLE_UNIT).sheets.map(gridOf);
  return out.map((g) => {
    const rows = g.rows.map((r) => [...r]);
    for (const e of edits) {
      if (e.sheet && e.sheet !== g.name) continue;
      const at = rows.findIndex((r) => r.some(e.find));
      if (at >= 0) rows[at][rows[at].findIndex(e.find)] = e.value;
    }
    return { ...g, rows };
  });
}

/** 收入决算表: 2010301 named 机关服务 instead of 行政运行, a warning (class-names). */
const WRONG_NAME = { find: (v: unknown) => v === '行政运行', value: '机关服务', sheet: '收入决算表' };
const AT = '2026-12-02T10:00:00.000Z';

function theWarning(findings: readonly Finding[]): Finding {
  const w = findings.filter((f) => f.rule === 'class-names' && f.severity === 'warning');
  expect(w).toHaveLength(1);
  return w[0];
}

describe('explanations (已说明)', () => {
  const first = checkWorkbook(grids([WRONG_NAME]));
  const warning = theWarning(first.findings);
  const record = withExplanation(EMPTY_EXPLANATIONS, explain(warning, '  本单位科目名称按省厅文件简称  ', '张三', AT));

  test('the key is the rule and the cited cells, not an index', () => {
    expect(findingKey(warning)).toBe('class-names|收入决算表!A8,收入决算表!B8');
    // The order of the cited cells does not matter.
    expect(findingKey({ ...warning, cells: [...warning.cells].reverse() })).toBe(findingKey(warning));
    expect(record.entries[0]).toEqual({ key: findingKey(warning), rule: 'class-names', note: '本单位科目名称按省厅文件简称', by: '张三', at: AT, message: warning.message });
  });

  test('a later check marks the warning 已说明 and does not count it as open; reports say so', () => {
    const again = checkWorkbook(grids([WRONG_NAME]), { explanations: record });
    const w = theWarning(again.findings);
    expect(w.explained).toEqual({ note: '本单位科目名称按省厅文件简称', by: '张三', at: AT });
    expect(again.summary).toEqual({ errors: 0, warnings: 0, infos: first.summary.infos, explained: 1 });
    expect(again.explanations).toEqual({ applied: 1, unused: [], unreadable: 0 });

    const json = toJsonReport('a.xlsx', again);
    expect(json.findings.find((f) => f.rule === 'class-names')!.explained).toEqual({ note: '本单位科目名称按省厅文件简称', by: '张三', at: AT });
    expect(json.summary.explained).toBe(1);
    expect(json.unusedExplanations).toBeUndefined();

    const text = toTextReport('a.xlsx', again);
    expect(text).toContain('结果：0 个错误，0 个警告（另有 1 个警告已说明）');
    expect(text).toContain('【已说明】1 个');
    expect(text).toContain('已说明：本单位科目名称按省厅文件简称（张三，2026-12-02）');
    expect(text).not.toContain('【警告】');
    expect(text).toContain('各表数据相互一致。');
  });

  test('the explanation survives a re-check in which other findings come and go (no index)', () => {
    // A planted error in 收入支出决算总表 adds findings before the warning's place in the list.
    const withError = grids([WRONG_NAME, { find: (v) => v === 1889.05, value: 1890.05, sheet: '收入支出决算总表' }]);
    const plain = checkWorkbook(withError);
    expect(plain.summary.errors).toBeGreaterThan(0);
    expect(plain.findings.indexOf(theWarning(plain.findings))).not.toBe(first.findings.indexOf(warning));
    const again = checkWorkbook(withError, { explanations: record });
    expect(theWarning(again.findings).explained?.note).toBe('本单位科目名称按省厅文件简称');
    expect(again.summary.errors).toBe(plain.summary.errors);
    expect(again.summary.warnings).toBe(plain.summary.warnings - 1);
  });

  test('an explanation whose finding is gone is reported unused, not applied, no crash', () => {
    const fixed = checkWorkbook(grids(), { explanations: record });
    expect(fixed.findings.some((f) => f.explained)).toBe(false);
    expect(fixed.summary.explained).toBeUndefined();
    expect(fixed.explanations!.unused).toEqual([{ explanation: record.entries[0], reason: 'gone' }]);
    expect(toJsonReport('a.xlsx', fixed).unusedExplanations).toEqual([
      { rule: 'class-names', message: warning.message, note: '本单位科目名称按省厅文件简称', by: '张三', at: AT, reason: 'gone', key: findingKey(warning) },
    ]);
    const text = toTextReport('a.xlsx', fixed);
    expect(text).toContain('【未采用的说明】1 条');
    expect(text).toContain(`问题已不再出现：${warning.message}`);
  });

  test('an explanation attached to what is now an error is not applied: errors cannot be explained away', () => {
    const withError = grids([{ find: (v) => v === 1889.05, value: 1890.05, sheet: '收入支出决算总表' }]);
    const plain = checkWorkbook(withError);
    const error = plain.findings.find((f) => f.severity === 'error')!;
    expect(() => explain(error, '说明', '', AT)).toThrow();
    // A record saved when this finding was a warning (or edited by hand) names it all the same.
    const stored = { version: 1 as const, entries: [{ key: findingKey(error), rule: error.rule, note: '已核实', by: '', at: AT, message: '旧的警告' }] };
    const again = checkWorkbook(withError, { explanations: stored });
    expect(again.findings.some((f) => f.explained)).toBe(false);
    expect(again.summary).toEqual(plain.summary);
    expect(again.suspects).toEqual(plain.suspects);
    expect(again.explanations!.unused).toEqual([{ explanation: stored.entries[0], reason: 'error' }]);
    expect(toTextReport('a.xlsx', again)).toContain('该问题现为错误，错误不能以说明代替修改：旧的警告');
  });

  test('applying again after removing the explanation leaves no mark behind', () => {
    const explained = checkWorkbook(grids([WRONG_NAME]), { explanations: record });
    const removed = applyExplanations(explained.findings, withoutExplanation(record, record.entries[0].key));
    expect(removed.findings.some((f) => 'explained' in f)).toBe(false);
    expect(explainResult(first, EMPTY_EXPLANATIONS).summary).toEqual(first.summary);
  });

  test('explained warnings mark no cell in the annotated copy', () => {
    const explained = checkWorkbook(grids([WRONG_NAME]), { explanations: record });
    expect(cellMarks(first.findings, first.suspects).length).toBeGreaterThan(0);
    expect(cellMarks(explained.findings, explained.suspects)).toEqual([]);
  });

  test('a 说明 warning is keyed by its quote and clause, so it is explained again when the text is checked again', () => {
    const text = '一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。本单位成立于2010年。';
    const plain = checkWorkbook(grids(), { narrative: text });
    const odd = plain.findings.find((f) => f.narrative && f.severity === 'warning' && f.message.includes('2010年'))!;
    expect(findingKey(odd)).toContain('|2010年|');
    const saved = withExplanation(EMPTY_EXPLANATIONS, explain(odd, '成立年份', '', AT));
    // The same text with a paragraph added before it: offsets move, the key does not.
    const again = checkWorkbook(grids(), { narrative: `前言。\n${text}`, explanations: saved });
    const found = again.findings.find((f) => f.message === odd.message)!;
    expect(found.narrative!.start).not.toBe(odd.narrative!.start);
    expect(found.explained?.note).toBe('成立年份');
    expect(toTextReport('a.xlsx', again, { narrativeText: text })).toContain('已说明：成立年份（2026-12-02）');
  });

  test('notes: required, at most 200 characters', () => {
    expect(noteProblem('  ')).toBe('请填写说明。');
    expect(noteProblem('字'.repeat(201))).toBe('说明不超过 200 字（现为 201 字）。');
    expect(noteProblem('按文件口径')).toBeNull();
    expect(() => explain(warning, '', '', AT)).toThrow('请填写说明');
  });

  test('a damaged record is read as far as it goes, never thrown', () => {
    expect(readExplanations(null)).toEqual({ record: EMPTY_EXPLANATIONS, unreadable: 0 });
    expect(readExplanations('abc')).toEqual({ record: EMPTY_EXPLANATIONS, unreadable: 1 });
    expect(readExplanations({ version: 1, entries: 'x' })).toEqual({ record: EMPTY_EXPLANATIONS, unreadable: 1 });
    const r = readExplanations({ version: 1, entries: [1, null, { key: '' , note: 'a' }, { key: 'k', note: '' }, { key: 'r|表1!C7', note: ' 好 ', by: 7 }] });
    expect(r.unreadable).toBe(4);
    expect(r.record.entries).toEqual([{ key: 'r|表1!C7', rule: 'r', note: '好', by: '', at: '', message: '' }]);
    // A bare array is accepted too (check --explanations file.json).
    expect(readExplanations([{ key: 'k', note: 'n' }]).record.entries).toHaveLength(1);
    const checked = checkWorkbook(grids(), { unreadableExplanations: 2 });
    expect(toTextReport('a.xlsx', checked)).toContain('工作簿中保存的说明有 2 条无法读取，已忽略。');
  });

  test('the same 说明 figure wrong in two sections is two warnings, each explained on its own', () => {
    // 691.51 ÷ 1889.05 = 36.6057%, written truncated (36.60%) in 三 and again in 七: both warnings
    // cite the same cells, yet explaining the one in 三 must leave the one in 七 open.
    const share = '2023年度项目支出691.51万元，占本年支出合计的36.60%。';
    const narrative = `第二部分 2023年度部门决算情况说明\n三、支出决算情况说明\n${share}\n七、一般公共预算财政拨款基本支出决算情况说明\n${share}`;
    const shares = (r: ReturnType<typeof checkWorkbook>) => r.findings.filter((f) => f.rule === 'narrative-share' && f.severity === 'warning');
    const checked = checkWorkbook(grids(), { narrative });
    const [inThree, inSeven] = shares(checked);
    expect([inThree?.narrative?.place, inSeven?.narrative?.place]).toEqual(['三', '七']);
    expect(findingKey(inThree)).not.toBe(findingKey(inSeven));
    const one = withExplanation(EMPTY_EXPLANATIONS, explain(inThree, '按省厅模板截取两位', '', AT));
    const again = checkWorkbook(grids(), { narrative, explanations: one });
    expect(shares(again).map((f) => [f.narrative?.place, f.explained?.note])).toEqual([['三', '按省厅模板截取两位'], ['七', undefined]]);
    expect(again.summary.explained).toBe(1);
  });

  test('a check of the tables alone does not call a 说明 warning\'s explanation unused', () => {
    const narrative = '第二部分 2023年度部门决算情况说明\n三、支出决算情况说明\n2023年度项目支出691.51万元，占本年支出合计的36.60%。';
    const share = checkWorkbook(grids(), { narrative }).findings.find((f) => f.rule === 'narrative-share' && f.severity === 'warning')!;
    const both = withExplanation(record, explain(share, '按省厅模板截取两位', '', AT));
    // 一键校验 / check without --narrative: the table warning is explained, the 说明's is not looked for.
    const tablesOnly = checkWorkbook(grids([WRONG_NAME]), { explanations: both });
    expect(tablesOnly.explanations).toEqual({ applied: 1, unused: [], unreadable: 0 });
    expect(toTextReport('a.xlsx', tablesOnly)).not.toContain('未采用的说明');
    // With the 说明, the same record applies to both.
    const withText = checkWorkbook(grids([WRONG_NAME]), { narrative, explanations: both });
    expect(withText.explanations).toEqual({ applied: 2, unused: [], unreadable: 0 });
    // The 说明's warning gone (the share corrected): now it is unused.
    const fixed = checkWorkbook(grids([WRONG_NAME]), { narrative: narrative.replace('36.60%', '36.61%'), explanations: both });
    expect(fixed.explanations?.unused.map((u) => [u.explanation.rule, u.reason])).toEqual([['narrative-share', 'gone']]);
  });

  test('the 说明校验 block says how many of its warnings are explained, as the 结果 line does', () => {
    const narrative = '第二部分 2023年度部门决算情况说明\n三、支出决算情况说明\n2023年度项目支出691.51万元，占本年支出合计的36.60%。';
    const share = checkWorkbook(grids(), { narrative }).findings.find((f) => f.rule === 'narrative-share' && f.severity === 'warning')!;
    const again = checkWorkbook(grids(), { narrative, explanations: withExplanation(EMPTY_EXPLANATIONS, explain(share, '按省厅模板截取两位', '', AT)) });
    const text = toTextReport('a.xlsx', again);
    const warnings = again.findings.filter((f) => f.narrative && f.severity === 'warning').length;
    expect(text).toContain(`结果：0 个错误，${warnings - 1} 个警告（另有 1 个警告已说明）`);
    expect(text).toContain(`警告 ${warnings} 个（其中 1 个已说明，不计入警告）：`);
    expect(text).toContain('已说明：按省厅模板截取两位');
    expect(toTextReport('a.xlsx', checkWorkbook(grids(), { narrative }))).not.toContain('个已说明，不计入警告');
  });

  test('suspects of explained warnings only are dropped; alternatives are renumbered', () => {
    const f = (severity: Finding['severity'], explained?: boolean): Finding => ({
      rule: 't01-income-total',
      severity,
      message: 'm',
      cells: [],
      ...(explained ? { explained: { note: 'n', by: '', at: '' } } : {}),
    });
    const findings = [f('warning', true), f('error'), f('warning')];
    const s = (row: number, fs: number[], alternativeTo?: number): Suspect => ({
      cell: cellRef('表1', row, 2),
      value: '1',
      reason: 'x',
      findings: fs,
      ...(alternativeTo !== undefined ? { alternativeTo } : {}),
    });
    const suspects = [s(1, [0]), s(2, [0], 0), s(3, [1]), s(4, [1], 2), s(5, [0, 2])];
    expect(openSuspects(suspects, findings)).toEqual([s(3, [1]), s(4, [1], 0), s(5, [0, 2])]);
  });
});

test('a sheet that could not be read cannot be explained away (nothing on it was checked)', () => {
  expect(canExplain({ rule: SHEET_UNREADABLE_RULE, severity: 'warning', message: '工作表“收入决算表”无法读取', cells: [] })).toBe(false);
  expect(canExplain({ rule: 'class-names', severity: 'warning', message: '…', cells: [] })).toBe(true);
});
