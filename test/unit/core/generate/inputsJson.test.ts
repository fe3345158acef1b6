import { jsonKeyOf, parseInputsJson } from '../../../../src/core/generate';
import { CODE_INPUTS, INPUTS } from '../../../../src/core/generate/inputs';

describe('parseInputsJson', () => {
  test('reads the Chinese keys into the inputs, amounts in 万元', () => {
    const inputs = parseInputsJson({
      年度: 2022,
      收入支出总计: '1,924.37',
      三公经费: { 合计: 5.96, 公务接待费: '0.98' },
      预算: { 一般公共预算财政拨款支出: { 合计: 1916.54, '2010302': 650 }, 三公经费: { 合计: 6.27 } },
      原因: { 收入支出总计变动: '项目减少', '2010302': '会议改为视频' },
      数量: { 公务用车保有量: '1' },
      外事接待支出: 0,
      行政单位: true,
      _注释: 'ignored',
    });
    expect(inputs.prior?.year).toBe(2022);
    expect(inputs.prior?.total?.toString()).toBe('1924.37');
    expect(inputs.prior?.sanGong?.reception?.toString()).toBe('0.98');
    expect(inputs.budget?.generalBudgetTotal?.toString()).toBe('1916.54');
    expect(inputs.budget?.generalBudgetByCode?.['2010302']?.toString()).toBe('650');
    expect(inputs.budget?.sanGong?.total?.toString()).toBe('6.27');
    expect(inputs.reasons).toEqual({ totalChange: '项目减少', 'budgetGap:2010302': '会议改为视频' });
    expect(inputs.counts?.vehiclesHeld).toBe(1);
    expect(inputs.counts?.foreignReception?.toString()).toBe('0');
    expect(inputs.adminUnit).toBe(true);
  });

  test('a key far from every known one gets no guess', () => {
    expect(() => parseInputsJson({ 收支总计: 1 })).toThrow(/^(?:(?!是否应为).)*$/);
  });

  test("a key may be written dotted, as the generator's hints and docs/prior-json.md name it", () => {
    const dotted = parseInputsJson({ '三公经费.合计': 5, '预算.一般公共预算财政拨款支出.2010301': 900, '原因.收入支出总计变动': '调整' });
    const nested = parseInputsJson({ 三公经费: { 合计: 5 }, 预算: { 一般公共预算财政拨款支出: { 2010301: 900 } }, 原因: { 收入支出总计变动: '调整' } });
    expect(dotted).toEqual(nested);
    expect(dotted.prior?.sanGong?.total?.toString()).toBe('5');
    expect(dotted.budget?.generalBudgetByCode?.['2010301']?.toString()).toBe('900');
    expect(parseInputsJson({ 预算: { '三公经费.公务接待费': 2 } }).budget?.sanGong?.reception?.toString()).toBe('2');
  });

  test('行政单位 may be written 是 / 否, as the form and the hints word it', () => {
    expect(parseInputsJson({ 行政单位: '否' }).adminUnit).toBe(false);
    expect(parseInputsJson({ 行政单位: '是' }).adminUnit).toBe(true);
  });

  test('元 amounts are converted to 万元', () => {
    const inputs = parseInputsJson({ 金额单位: '元', 机关运行经费: 1835300 });
    expect(inputs.prior?.runningCost?.toString()).toBe('183.53');
  });

  test.each([
    [{ 收支总计: 1 }, '不认识的键“收支总计”'],
    [{ 三公经费: { 接待费: 1 } }, '“三公经费”中不认识的键“接待费”'],
    [{ 三公经费: { 合计: 'x' } }, '“三公经费.合计”应为金额数字'],
    [{ 收入支出总计: 'abc' }, '“收入支出总计”应为金额数字'],
    [{ 数量: { 公务用车保有量: 1.5 } }, '应为非负整数'],
    [{ 行政单位: '行政' }, '“行政单位”应为 true 或 false（也可写“是”或“否”）'],
    [{ 收入支出总计: -5 }, '“收入支出总计”不能是负数'],
    [{ 预算: { 三公经费: { 合计: '-1.5' } } }, '“预算.三公经费.合计”不能是负数'],
    [{ 金额单位: '千元' }, '“金额单位”只能是“万元”或“元”'],
    [[1, 2], '最外层应为对象'],
    // A dotted name is the nested key (as the hints and docs/prior-json.md write it); both at once could disagree.
    [{ 三公经费: { 合计: 1 }, '三公经费.合计': 2 }, '“三公经费.合计”给了两次（嵌套的写法和带点的写法各一次），请只保留一处'],
    [{ '三公经费.接待': 2 }, '不认识的键“三公经费.接待”'],
    // A slip of a character or two: the key meant is named.
    [{ 收入支出总记: 1 }, '不认识的键“收入支出总记”，是否应为“收入支出总计”？（可用：'],
    [{ 三公经费: { 公务接待: 1 } }, '“三公经费”中不认识的键“公务接待”，是否应为“公务接待费”？'],
    [{ '三公经费.公务接待': 1 }, '不认识的键“三公经费.公务接待”，是否应为“三公经费.公务接待费”？'],
    [{ 原因: { '2010301.x': 'y' } }, '“原因”中不认识的键“2010301.x”'],
    // Where per-科目 figures go, the list of what is allowed says a code is a key too.
    [{ 原因: { 20103011: 'x' } }, '，或 3、5、7 位的科目编码（如 2010301）'],
    [{ 预算: { 一般公共预算财政拨款支出: { 2010301: 1, 201030: 2 } } }, '“预算.一般公共预算财政拨款支出”中不认识的键“201030”（可用：合计），或 3、5、7 位的科目编码'],
  ])('refuses %j in Chinese', (raw, message) => {
    expect(() => parseInputsJson(raw)).toThrow(message);
  });

  test('every placeholder input maps back to its JSON key', () => {
    expect(jsonKeyOf('prior.sanGong.reception')).toBe('三公经费.公务接待费');
    expect(jsonKeyOf('budget.generalBudgetByCode.2010301')).toBe('预算.一般公共预算财政拨款支出.2010301');
    expect(jsonKeyOf('reasons.budgetGap:2010301')).toBe('原因.2010301');
    expect(jsonKeyOf('reasons.sanGongBudgetGap:reception')).toBe('原因.公务接待费预算执行');
    expect(jsonKeyOf('counts.foreignReception')).toBe('外事接待支出');
    expect(jsonKeyOf('performance.selfEvaluation')).toBe('预算绩效管理.绩效自评');
    expect(jsonKeyOf('procurement')).toBe('政府采购');
    expect(jsonKeyOf('tables.T13')).toBe('工作簿中的T13表');
  });

  test('each declared input (inputs.ts): its path maps to its key, and a value at its key lands at its path', () => {
    const sample: Record<string, unknown> = { amount: '12.5', year: 2022, count: 3, text: '某单位', longText: '原因', flag: true };
    for (const spec of INPUTS) {
      if (!spec.path) continue; // 金额单位: how the other amounts read
      expect([spec.path, jsonKeyOf(spec.path)]).toEqual([spec.path, spec.key]);
      const raw: Record<string, unknown> = {};
      const parts = spec.key.split('.');
      parts.slice(0, -1).reduce((node: Record<string, unknown>, p) => (node[p] = {}) as Record<string, unknown>, raw)[parts[parts.length - 1]] = sample[spec.kind];
      const read = spec.path.split('.').reduce<unknown>((node, p) => (node as Record<string, unknown> | undefined)?.[p], parseInputsJson(raw));
      expect([spec.key, String(read)]).toEqual([spec.key, String(sample[spec.kind])]);
    }
    for (const spec of Object.values(CODE_INPUTS)) expect(jsonKeyOf(`${spec.pathPrefix}2010301`)).toBe(`${spec.parentKey}.2010301`);
  });
});
