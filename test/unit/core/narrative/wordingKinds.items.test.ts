import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { checkNarrative } from '../../../../src/core/narrative';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

/**
 * Kinds of wording about the items of a list that gave false errors on unseen reports: 五（三）
 * items named without their 类, groups closed by 等, and budget variances (节约, 超支) beside a
 * change from last year. Each kind has its correct wording (no error) and the same wording with a
 * real mistake (still found). The workbook is the fixture generator's SAMPLE_UNIT (T06: 2010301
 * 行政运行 960.77, 2010302 622.51, 2010303 43, 2010399 26; T08: 基本工资 236.95 …).
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n';

let model: WorkbookModel | undefined;
function sample(): WorkbookModel {
  model ??= readWorkbook(buildWorkbook(SAMPLE_UNIT).grids, { profile: 'auto' }).model;
  return model;
}

type Found = { rule: string; quote: string; message: string };
function findings(body: string, severity: string, withTables: boolean): Found[] {
  return checkNarrative(HEAD + body, withTables ? sample() : undefined, { listUnverified: false }).findings
    .filter((f) => f.severity === severity)
    .map((f) => ({ rule: f.rule, quote: f.narrative!.quote, message: f.message }));
}
const errors = (body: string, withTables = false) => findings(body, 'error', withTables);
const warnings = (body: string, withTables = false) => findings(body, 'warning', withTables);

describe('a budget variance is not a change from last year', () => {
  const SEVEN = '七、财政拨款“三公”经费支出决算情况说明\n';
  const body = (variance: string, change: string) =>
    `${SEVEN}2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，完成预算的94.26%，${variance}；与2022年度相比${change}，下降0.84%。`;

  it.each([
    ['节约', '节约0.36万元'],
    ['节省', '节省0.36万元'],
    ['结余', '结余0.36万元'],
    ['比预算减少', '比预算减少0.36万元'],
  ])('%s beside the year-on-year change', (_kind, variance) => {
    expect(errors(body(variance, '减少0.05万元'))).toEqual([]);
    expect(errors(body(variance, '减少0.05万元'), true)).toEqual([]);
  });

  it('超支 (决算 above 预算) is a variance too', () => {
    expect(errors(`${SEVEN}2023年度“三公”经费财政拨款支出预算为5.50万元，支出决算为5.91万元，超支0.41万元；与2022年度相比减少0.05万元，下降0.84%。`)).toEqual([]);
  });

  it('a saving compared with last year is a change from last year', () => {
    expect(errors(`${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元，与2022年度相比节约0.05万元，下降0.84%。`)).toEqual([]);
    const e = errors(`${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元，与2022年度相比节约0.06万元，下降0.84%。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-growth']);
  });

  it('a wrong year-on-year change next to a saving is still found', () => {
    const e = errors(body('节约0.36万元', '减少0.06万元'));
    expect(e.map((x) => x.rule)).toEqual(['narrative-growth']);
    expect(e[0].quote).toBe('0.84%');
  });

  it('a wrong saving is found against its budget and amount', () => {
    const e = errors(body('节约0.46万元', '减少0.05万元'));
    expect(e.map((x) => x.rule)).toEqual(['narrative-change']);
    expect(e[0].quote).toBe('0.46万元');
    expect(e[0].message).toContain('0.36万元');
  });

  it('a saving written as 超支 is a wrong direction', () => {
    const e = errors(body('超支0.36万元', '减少0.05万元'));
    expect(e.map((x) => x.rule)).toEqual(['narrative-direction']);
  });
});
