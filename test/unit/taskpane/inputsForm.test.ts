/**
 * The 生成说明 input form (viewModel/inputsForm.ts): one field for every key the CLI's reader
 * (parseInputsJson) accepts, amounts through the one amount parser, 同上 for shared reasons,
 * 导入JSON / 导出JSON, saved in the document settings.
 */
import Decimal from 'decimal.js';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook } from '../../../src/core/check';
import { CannotCheckError } from '../../../src/core/errors';
import type { Grid } from '../../../src/core/grid/types';
import { generateNarrative } from '../../../src/core/generate/generateNarrative';
import { INPUTS } from '../../../src/core/generate/inputs';
import { jsonKeyOf, parseInputsJson } from '../../../src/core/generate/inputsJson';
import { saveSettings } from '../../../src/excel/officeApi';
import { createFakeHost, fakeWorkbookFromGrids } from '../../../src/fakehost';
import {
  codeFields,
  codesAsked,
  EMPTY_INPUTS,
  exportJson,
  fieldsOf,
  FORM_FIELDS,
  FORM_SECTIONS,
  FormField,
  formFromPrior,
  importJson,
  inputsJsonOf,
  inputsOf,
  INPUTS_SETTING,
  readSavedInputs,
  SavedInputs,
  sectionsOf,
  normalizeCode,
} from '../../../src/taskpane/viewModel/inputsForm';
import { buildWorkbook, FUNDS_UNIT, PUBLISHED_REPORTS, publishedWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

const REPO = join(__dirname, '..', '..', '..');

function saved(form: Record<string, string>, more: Partial<SavedInputs> = {}): SavedInputs {
  return { ...EMPTY_INPUTS, form, ...more };
}

function message(work: () => unknown): string {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(CannotCheckError);
    return (e as Error).message;
  }
  return 'no error';
}

/**
 * The keys parseInputsJson accepts, asked of the reader itself: an unknown key is refused with the
 * list of the keys it knows (…不认识的键“x”（可用：a、b）), and a key that takes an object accepts {}.
 */
function acceptedKeys(prefix: string[] = []): string[] {
  const wrap = (leaf: unknown): unknown => prefix.reduceRight<unknown>((inner, k) => ({ [k]: inner }), leaf);
  const refused = message(() => parseInputsJson(wrap({ 无此键: 1 })));
  const listed = /（可用：(.*?)）(?:，|$)/.exec(refused);
  if (!listed) throw new Error(`no key list in: ${refused}`);
  return listed[1].split('、').flatMap((k) => {
    const isObject = message(() => parseInputsJson(wrap({ [k]: {} }))) === 'no error' && message(() => parseInputsJson(wrap({ [k]: 1 }))) !== 'no error';
    return isObject ? acceptedKeys([...prefix, k]) : [[...prefix, k].join('.')];
  });
}

/** A value of the right kind for a field, as a user would type it. */
function sample(f: FormField): string {
  switch (f.kind) {
    case 'year':
      return '2022';
    case 'amount':
      return '1,924.37万元';
    case 'count':
      return '６';
    case 'choice':
      return f.choices?.[1][0] ?? '';
    default:
      return '部分项目调整';
  }
}

describe('every input key has a field', () => {
  const accepted = acceptedKeys();

  test('the reader accepts the keys docs/prior-json.md lists (the probe works)', () => {
    expect(accepted).toEqual(expect.arrayContaining(['年度', '金额单位', '三公经费.公务接待费', '预算.三公经费.合计', '预算.一般公共预算财政拨款支出.合计', '原因.收入支出总计变动', '数量.外事接待人次', '预算绩效管理.绩效自评']));
    expect(accepted.length).toBeGreaterThan(40);
  });

  test('each key parseInputsJson accepts is a field of the form, and each field a key it accepts', () => {
    const keys = FORM_FIELDS.map((f) => f.key);
    expect(accepted.filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !accepted.includes(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(FORM_FIELDS.map((f) => f.label)).size).toBe(FORM_FIELDS.length);
  });

  test('each key of the table in docs/prior-json.md is reachable from the form', () => {
    const doc = readFileSync(join(REPO, 'docs', 'prior-json.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## 键'), doc.indexOf('## 示例'));
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(20);
    const keys = FORM_FIELDS.map((f) => f.key);
    for (const row of rows) {
      const first = /^\| `([^`]+)`/.exec(row)?.[1] as string;
      if (first.includes('<科目编码>')) continue; // per-科目 fields, below
      expect(keys).toContain(first);
    }
  });

  test('each declared input (INPUTS) has a row in the table of docs/prior-json.md (its group and its name)', () => {
    const doc = readFileSync(join(REPO, 'docs', 'prior-json.md'), 'utf8');
    const rows = doc.slice(doc.indexOf('## 键'), doc.indexOf('## 示例')).split('\n').filter((l) => l.startsWith('| `'));
    // Rows may list several keys of one group ("`三公经费.合计` / `.因公出国（境）费` …"), so a key
    // is documented when one row names its top-level group and its last part.
    const undocumented = INPUTS.map((i) => i.key).filter((key) => {
      const parts = key.split('.');
      return !rows.some((r) => r.includes(parts[0]) && r.includes(parts[parts.length - 1]));
    });
    expect(undocumented).toEqual([]);
  });

  test('each field, filled, reaches the generator\'s inputs; empty, it is left out', () => {
    const empty = JSON.stringify(inputsOf(EMPTY_INPUTS));
    for (const f of FORM_FIELDS) {
      if (f.key === '金额单位') continue; // changes how the amounts read, holds no input itself
      const one = inputsOf(saved({ [f.key]: sample(f) }));
      expect([f.key, JSON.stringify(one)]).not.toEqual([f.key, empty]);
    }
    expect(inputsJsonOf(saved({ 收入支出总计: '  ', 单位名称: '' }))).toEqual({});
  });

  test('per-科目 fields (五（三）): a budget and a reason for each code the form lists', () => {
    const codes = { '2010301': '行政运行' };
    const { budget, reason } = codeFields('2010301', '行政运行');
    const sections = sectionsOf({ codes });
    expect(sections.find((s) => s.id === 'budget')?.fields.map((f) => f.key)).toContain(budget.key);
    expect(sections.find((s) => s.id === 'reasons')?.fields.map((f) => f.key)).toContain(reason.key);
    const inputs = inputsOf(saved({ [budget.key]: '960.77', [reason.key]: '部分会议改为视频方式召开' }, { codes }));
    expect(inputs.budget?.generalBudgetByCode?.['2010301']?.toString()).toBe('960.77');
    expect(inputs.reasons?.['budgetGap:2010301']).toBe('部分会议改为视频方式召开');
  });

  test('sections in the order of the brief, each field with the sentence it fills', () => {
    expect(FORM_SECTIONS.map((s) => s.title)).toEqual(['单位信息', '上年数据', '预算数', '变动原因', '数量', '政府采购', '国有资产', '绩效']);
    for (const f of FORM_FIELDS) expect(f.sentence.length).toBeGreaterThan(5);
  });
});

describe('amounts and counts', () => {
  test.each(['1924.37', '1,924.37', '1924.37万元', '1924.37 万元', '1,924.37万元', '１９２４．３７', '１，９２４．３７万元', '19243700元'])('%s is 1924.37 万元', (typed) => {
    expect(inputsOf(saved({ 收入支出总计: typed })).prior?.total?.toString()).toBe('1924.37');
  });

  test('a form kept in 元: plain figures are 元, a figure typed in 万元 is converted', () => {
    const inputs = inputsOf(saved({ 金额单位: '元', 收入支出总计: '19,243,700', 机关运行经费: '183.53万元' }));
    expect(inputs.prior?.total?.toString()).toBe('1924.37');
    expect(inputs.prior?.runningCost?.toString()).toBe('183.53');
  });

  test('bad values: a Chinese message naming the field, never about an 输入文件', () => {
    const cases: [Record<string, string>, string][] = [
      [{ 收入支出总计: '很多' }, '“上年收入支出总计”应为金额（万元）'],
      [{ '政府采购.货物': '13.73万' }, '“政府采购货物支出”应为金额'],
      [{ 年度: '22年' }, '“上年年度”应为四位年份'],
      [{ '数量.公务用车保有量': '1.5' }, '“公务用车保有量”应为不小于 0 的整数（辆）'],
      [{ '国有资产.车辆': '-1' }, '“车辆数”应为不小于 0 的整数'],
    ];
    for (const [form, expected] of cases) {
      const m = message(() => inputsOf(saved(form)));
      expect(m).toContain(expected);
      expect(m).not.toContain('输入文件');
    }
  });

  test('counts take full-width digits and their unit; the year takes 年度', () => {
    const inputs = inputsOf(saved({ '数量.国内公务接待批次': '６批次', '数量.国内公务接待人次': '91人次', 年度: '２０２２年度' }));
    expect(inputs.counts?.receptionBatches).toBe(6);
    expect(inputs.counts?.receptionPersons).toBe(91);
    expect(inputs.prior?.year).toBe(2022);
  });
});

describe('a reason typed once (同上)', () => {
  const total = '原因.收入支出总计变动';
  const fiscal = '原因.财政拨款收入支出总计变动';
  const general = '原因.一般公共预算财政拨款支出变动';

  test('四 and 五（一） offer 同上; checked, they take the reason above, along the chain', () => {
    expect(FORM_FIELDS.find((f) => f.key === fiscal)?.sameAs).toBe(total);
    expect(FORM_FIELDS.find((f) => f.key === general)?.sameAs).toBe(fiscal);
    const inputs = inputsOf(saved({ [total]: '项目支出减少', [fiscal]: '旧的文字' }, { same: [fiscal, general] }));
    expect(inputs.reasons).toEqual({ totalChange: '项目支出减少', fiscalTotalChange: '项目支出减少', generalBudgetChange: '项目支出减少' });
  });

  test('unchecked, each keeps its own', () => {
    const inputs = inputsOf(saved({ [total]: 'A', [fiscal]: 'B' }));
    expect(inputs.reasons).toEqual({ totalChange: 'A', fiscalTotalChange: 'B' });
  });
});

describe('导入JSON / 导出JSON', () => {
  const docExample = (): string => {
    const doc = readFileSync(join(REPO, 'docs', 'prior-json.md'), 'utf8');
    return /```json\n([\s\S]*?)```/.exec(doc)?.[1] as string;
  };

  test('the example of docs/prior-json.md, imported then exported, gives the generator the same inputs', () => {
    const text = docExample();
    const { saved: form, filled } = importJson(text, EMPTY_INPUTS);
    expect(filled).toBeGreaterThan(20);
    expect(form.codes).toEqual({ '2010301': '', '2010302': '' });
    expect(form.form['收入支出总计']).toBe('1924.37');
    expect(form.form['行政单位']).toBe('true');
    const exported = exportJson(form);
    expect(parseInputsJson(JSON.parse(exported))).toEqual(parseInputsJson(JSON.parse(text)));
    expect(inputsOf(form)).toEqual(parseInputsJson(JSON.parse(text)));
  });

  test('import replaces the fields it holds, keeps the others, and drops their 同上', () => {
    const before = saved({ 收入支出总计: '1', 机关运行经费: '2' }, { same: ['原因.财政拨款收入支出总计变动'] });
    const { saved: after } = importJson('{"收入支出总计": "3", "原因": {"财政拨款收入支出总计变动": "自己的原因"}}', before);
    expect(after.form).toMatchObject({ 收入支出总计: '3', 机关运行经费: '2', '原因.财政拨款收入支出总计变动': '自己的原因' });
    expect(after.same).toEqual([]);
  });

  test('a JSON in 元 into a form in 万元 (and back) keeps every amount\'s meaning', () => {
    const { saved: a } = importJson('{"金额单位": "元", "收入支出总计": 19243700}', saved({ 机关运行经费: '183.53' }));
    expect(a.form['金额单位']).toBe('元');
    const inputs = inputsOf(a);
    expect(inputs.prior?.total?.toString()).toBe('1924.37');
    expect(inputs.prior?.runningCost?.toString()).toBe('183.53');
    const { saved: b } = importJson('{"收入支出总计": 1924.37}', saved({ 金额单位: '元', 机关运行经费: '1835300' }));
    expect(inputsOf(b).prior?.total?.toString()).toBe('1924.37');
    expect(inputsOf(b).prior?.runningCost?.toString()).toBe('183.53');
  });

  test('bad JSON: a Chinese message, the form unchanged, never about an 输入文件', () => {
    for (const [text, expected] of [
      ['{原因: 1}', 'JSON 第 1 行第 2 个字符附近格式不正确'],
      ['{\n  "收入支出总计": 1924.37,\n}', 'JSON 第 3 行第 1 个字符附近格式不正确（常见原因：键和文字未用英文双引号、最后一项后多了逗号'],
      ['[1]', '最外层应为对象'],
      ['{"上年": 1}', '不认识的键“上年”'],
      ['{"收入支出总计": "很多"}', '“收入支出总计”应为金额数字'],
    ]) {
      const m = message(() => importJson(text, EMPTY_INPUTS));
      expect(m).toContain(expected);
      expect(m).not.toContain('输入文件');
    }
  });
});

describe('with a workbook', () => {
  const { model } = checkWorkbook(buildWorkbook(SAMPLE_UNIT).grids);

  test('the 五（三） lines the text asks about are listed, with their names; filled, their placeholders are gone', () => {
    const first = generateNarrative(model, inputsOf(EMPTY_INPUTS));
    const codes = codesAsked(first, model, {});
    expect(Object.keys(codes).length).toBeGreaterThan(0);
    const [code, name] = Object.entries(codes)[0];
    expect(name).not.toBe('');
    expect(first.placeholders.some((p) => p.input === `budget.generalBudgetByCode.${code}`)).toBe(true);
    const { budget } = codeFields(code, name);
    const filled = generateNarrative(model, inputsOf(saved({ [budget.key]: '１，０００万元' }, { codes })));
    expect(filled.placeholders.some((p) => p.input === `budget.generalBudgetByCode.${code}`)).toBe(false);
    expect(filled.text).toContain('全年预算为1000万元');
  });

  test('last year\'s total typed as 1,924.37万元 answers the 一 sentence', () => {
    const before = generateNarrative(model, inputsOf(EMPTY_INPUTS));
    expect(before.text).toContain('【请填写：增减情况（需2022年度收、支总计）】');
    const after = generateNarrative(model, inputsOf(saved({ 收入支出总计: '1,924.37万元' })));
    expect(after.text).not.toContain('【请填写：增减情况（需2022年度收、支总计）】');
    expect(after.text).toContain('收、支总计各减少35.32万元');
  });
});

const WORKBOOKS: readonly (readonly [string, () => Grid[]])[] = [
  ['the sample', () => buildWorkbook(SAMPLE_UNIT).grids],
  ['a unit with funds', () => buildWorkbook(FUNDS_UNIT).grids],
  ...Object.entries(PUBLISHED_REPORTS).map(([name, report]) => [name, () => publishedWorkbook(report).grids] as const),
];

describe.each(WORKBOOKS)('%s: every placeholder the text asks has a field; the form filled, none is left', (_name, grids) => {
  test('filling the fields the text asks for, round after round, leaves no 【请填写：…】', () => {
    const { model } = checkWorkbook(grids());
    let form: SavedInputs = EMPTY_INPUTS;
    let narrative = generateNarrative(model, inputsOf(form));
    expect(narrative.placeholders.length).toBeGreaterThan(0);
    for (let round = 0; round < 4 && narrative.placeholders.length > 0; round++) {
      form = { ...form, codes: codesAsked(narrative, model, form.codes) };
      const byKey = new Map(fieldsOf(form).map((f) => [f.key, f]));
      const values: Record<string, string> = { ...form.form };
      for (const p of narrative.placeholders) {
        const key = jsonKeyOf(p.input);
        if (key === '政府采购') continue; // the total: 货物 + 工程 + 服务, each asked on its own
        const field = byKey.get(key);
        expect([p.input, key, field === undefined]).toEqual([p.input, key, false]);
        values[key] = sample(field as FormField);
      }
      form = { ...form, form: values };
      narrative = generateNarrative(model, inputsOf(form));
    }
    expect(narrative.placeholders).toEqual([]);
    expect(narrative.text).not.toContain('【请填写');
  });
});

describe('saved in the document', () => {
  test('readSavedInputs tolerates anything and keeps only known fields', () => {
    expect(readSavedInputs(null)).toEqual(EMPTY_INPUTS);
    expect(readSavedInputs('x')).toEqual(EMPTY_INPUTS);
    expect(readSavedInputs({ form: { 年度: 2022, 其他: 'x', 收入支出总计: { a: 1 } }, same: ['单位名称', 5], codes: { abc: 'x' } })).toEqual({ ...EMPTY_INPUTS, form: { 年度: '2022' } });
  });

  test('what the earlier pane saved (a prior-year form and free JSON) comes back as form fields', () => {
    const old = readSavedInputs({ form: { 年度: '2022', 收入支出总计: '1924.37' }, extra: '{"收入支出总计": 1, "原因": {"2010302": "视频会议"}, "行政单位": true}' });
    expect(old.form).toEqual({ 年度: '2022', 收入支出总计: '1924.37', '原因.2010302': '视频会议', 行政单位: 'true' });
    expect(old.codes).toEqual({ '2010302': '' });
    const broken = readSavedInputs({ form: {}, extra: '{oops' });
    expect(broken.json).toBe('{oops');
  });

  test('the form survives closing and reopening the workbook', async () => {
    const fake = createFakeHost(fakeWorkbookFromGrids(buildWorkbook(SAMPLE_UNIT).grids));
    const value = saved({ 年度: '2022', 收入支出总计: '1,924.37万元', 行政单位: 'true', '原因.收入支出总计变动': 'A' }, { same: ['原因.财政拨款收入支出总计变动'], codes: { '2010301': '行政运行' } });
    fake.settings.set(INPUTS_SETTING, value);
    await saveSettings(fake.settings);
    const reopened = readSavedInputs(fake.reopen().settings.get(INPUTS_SETTING));
    expect(reopened).toEqual(value);
    expect(inputsOf(reopened).adminUnit).toBe(true);
    expect(inputsOf(reopened).reasons?.fiscalTotalChange).toBe('A');
  });
});

test('formFromPrior: the figures of last year\'s workbook, as plain decimals; the form then reads back the same', () => {
  const prior = { year: 2022, total: new Decimal('1924.37'), sanGong: { reception: new Decimal('0.000123456') }, runningCost: undefined };
  const form = formFromPrior(prior);
  expect(form).toEqual({ 年度: '2022', 收入支出总计: '1924.37', '三公经费.公务接待费': '0.000123456' });
  const back = inputsOf(saved(form));
  expect(back.prior?.total?.toString()).toBe('1924.37');
  expect(back.prior?.sanGong?.reception?.toFixed()).toBe('0.000123456');
  // A form kept in 元 gets them with their unit.
  expect(inputsOf(saved({ 金额单位: '元', ...formFromPrior(prior, '元') })).prior?.total?.toString()).toBe('1924.37');
});

test('a 科目 code typed by hand is read as the tables read code cells (full-width digits, spaces)', () => {
  expect(normalizeCode('２０１０３０１')).toBe('2010301');
  expect(normalizeCode(' 201 03\u3000')).toBe('20103');
  expect(normalizeCode('201')).toBe('201');
  expect(normalizeCode('2010')).toBeUndefined();
  expect(normalizeCode('20103a')).toBeUndefined();
  expect(normalizeCode('')).toBeUndefined();
});
