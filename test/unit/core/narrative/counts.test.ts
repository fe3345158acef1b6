import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { checkNarrative, coverage } from '../../../../src/core/narrative';
import { buildWorkbook, SAMPLE_UNIT, UnitDescription } from '../../../fixtures/generator';

/**
 * Counts (辆, 批次, 人次, 次, 人) confirmed by what the text or the tables say: parts adding up to
 * their total, and a zero count going with zero money (T13 决算数 or the text's own amount). Non-zero
 * counts with non-zero money stay unverified and are counted as unverifiable, with 完成预算 rates
 * whose budget is nowhere. SAMPLE_UNIT's T13: 出国 0, 购置 0, 运行维护 4.81, 接待 1.1.
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n';
const SEVEN = '七、财政拨款“三公”经费支出决算情况说明\n（二）“三公”经费财政拨款支出决算具体情况说明\n';
const TEN = '十、其他重要事项的情况说明\n（三）国有资产占有使用情况\n';

const models = new Map<string, WorkbookModel>();
function modelOf(unit: UnitDescription = SAMPLE_UNIT): WorkbookModel {
  if (!models.has(unit.entity)) models.set(unit.entity, readWorkbook(buildWorkbook(unit).grids, { profile: 'auto' }).model);
  return models.get(unit.entity)!;
}

function run(body: string, model: WorkbookModel | undefined = modelOf()) {
  return checkNarrative(HEAD + body, model);
}

const serious = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.severity, f.narrative!.quote]);

/** The written figures (with unit) that stayed unverified. */
const unverified = (r: ReturnType<typeof run>) => {
  const v = new Set(r.verifiedClaims);
  return r.claims.filter((c) => !v.has(c.id)).map((c) => c.written + c.unit);
};

describe('parts of a count add up to it', () => {
  test('vehicles held, by type: all zero, all verified', () => {
    const r = run(TEN + '截至2023年12月31日，本部门共有公务用车0辆，其中：轿车0辆、越野车0辆、小型客车0辆、其他车型0辆。', undefined);
    expect(serious(r)).toEqual([]);
    expect(r.verified).toBe(5);
  });

  test('parts that do not add up are an error', () => {
    const r = run(TEN + '截至2023年12月31日，本部门共有公务用车3辆，其中：轿车1辆、越野车1辆。', undefined);
    expect(serious(r)).toEqual([['narrative-parts-sum', 'error', '3辆，其中：轿车1辆、越野车1辆']]);
    expect(r.findings.find((f) => f.rule === 'narrative-parts-sum')!.message).toContain('少1辆');
  });

  test('only counts with the same unit word are parts; the rest stay unverifiable', () => {
    const r = run(TEN + '截至2023年12月31日，我单位共有车辆2辆，其中：其他用车2辆，单价100万元以上专用设备1台（套）。', undefined);
    expect(serious(r)).toEqual([]);
    expect(unverified(r)).toEqual(['1台（套）']);
    expect(r.unverifiable).toBe(1);
  });

  test('vehicles bought, by type, each with its 金额: parts and pairs agree', () => {
    const r = run(SEVEN + '2.公务用车购置及运行维护费支出4.81万元。\n其中：公务用车购置费支出0万元。全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元。\n公务用车运行维护费支出4.81万元。');
    expect(serious(r)).toEqual([]);
    expect(unverified(r)).toEqual([]);
  });
});

describe('a count against the money it goes with', () => {
  test('0 vehicles bought with T13 购置费 0: verified; 2 bought with 0 money: a warning', () => {
    const ok = run(SEVEN + '2.全年按规定更新购置公务用车0辆。');
    expect(serious(ok)).toEqual([]);
    expect(unverified(ok)).toEqual([]);
    const bad = run(SEVEN + '2.全年按规定更新购置公务用车2辆。');
    expect(serious(bad)).toEqual([['narrative-count', 'warning', '2辆']]);
    expect(bad.findings[0].message).toContain('公务用车购置费');
    expect(bad.findings[0].cells).toHaveLength(1); // the T13 cell
  });

  test('因公出国（境）团组 and 人数 against T13 出国费 0', () => {
    const ok = run(SEVEN + '1.因公出国（境）经费支出0万元。全年安排因公出国（境）团组0次，出国（境）0人。');
    expect(serious(ok)).toEqual([]);
    expect(unverified(ok)).toEqual([]);
    const bad = run(SEVEN + '1.因公出国（境）经费支出0万元。全年安排因公出国（境）团组1次，出国（境）3人。');
    expect(serious(bad).map((f) => f[2])).toEqual(['1次', '3人']);
  });

  test('接待 with money on both sides cannot be confirmed: unverifiable, not a gap', () => {
    const r = run(SEVEN + '3.公务接待费支出1.1万元。国内公务接待支出1.1万元，国内公务接待6批次，91人次。');
    expect(serious(r)).toEqual([]);
    // 国内公务接待 1.1万元 is not in T13 (only 公务接待费 is): untied money, a gap, not a count.
    expect(unverified(r)).toEqual(['1.1万元', '6批次', '91人次']);
    expect(r.unverifiable).toBe(2);
    const c = coverage(r);
    expect(c.unverifiable).toBe(2);
    expect(c.notTied.map((x) => x.written + x.unit)).toEqual(['1.1万元']);
    expect(r.findings.filter((f) => f.rule === 'narrative-unverified').map((f) => f.message)).toEqual([
      '未核对：国内公务接待支出1.1万元未能与其他数字核对。',
      '未核对：国内公务接待6批次无从核对（数量，表格和文中都没有可据以核对的数字）。',
      '未核对：国内公务接待91人次无从核对（数量，表格和文中都没有可据以核对的数字）。',
    ]);
  });

  test('外事接待 0批次 with the text\'s 外事接待支出0万元: verified; 2批次 with it: a warning', () => {
    expect(unverified(run(SEVEN + '外事接待支出0万元，外事接待0批次，0人。'))).toEqual(['0万元']); // the money: not in T13
    expect(serious(run(SEVEN + '外事接待支出0万元，外事接待2批次，5人。')).map((f) => f[2])).toEqual(['2批次', '5人']);
  });

  test('without tables the text\'s own amount decides; 0 counted with money spent is a warning', () => {
    const r = run(SEVEN + '国内公务接待支出2.5万元，国内公务接待0批次，0人次。', undefined);
    expect(serious(r)).toEqual([['narrative-count', 'warning', '0批次'], ['narrative-count', 'warning', '0人次']]);
    expect(r.findings.find((f) => f.rule === 'narrative-count')!.message).toContain('2.5万元');
  });

  test('a T13 公务接待费 of zero makes 国内接待 batches a warning though the text states no amount', () => {
    const zero = { ...SAMPLE_UNIT, entity: '零接待单位', sanGong: { ...SAMPLE_UNIT.sanGong, actual: { ...SAMPLE_UNIT.sanGong.actual, reception: '0' } } };
    const r = run(SEVEN + '国内公务接待3批次，20人次。', modelOf(zero));
    expect(serious(r).map((f) => f[2])).toEqual(['3批次', '20人次']);
  });
});

describe('unverifiable 完成预算 rates', () => {
  const FIVE = '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n';
  const PATH = '1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：';

  test('no budget in the text or the tables: unverifiable', () => {
    const r = run(FIVE + PATH + '支出决算为960.77万元，完成预算100%。');
    expect(unverified(r)).toEqual(['100%']);
    expect(r.unverifiable).toBe(1);
    expect(coverage(r).notTied).toEqual([]);
  });

  test('a stated budget makes it checkable (and checked)', () => {
    const r = run(FIVE + PATH + '全年预算为960.77万元，支出决算为960.77万元，完成全年预算的100%。');
    expect(unverified(r)).toEqual([]); // budget, 决算 and rate checked against each other
    expect(r.unverifiable).toBe(0);
  });
});
