/** The prior-year form: JSON keys as docs/prior-json.md names them, validated by the CLI's reader. */
import Decimal from 'decimal.js';
import { CannotCheckError } from '../../../src/core/errors';
import { saveSettings } from '../../../src/excel/officeApi';
import { formFromPrior, inputsJsonOf, inputsOf, INPUTS_SETTING, PRIOR_FIELDS, readSavedInputs } from '../../../src/taskpane/viewModel/priorForm';
import { createFakeHost, fakeWorkbookFromGrids } from '../../../src/fakehost';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

test('every field is a prior-year key of the inputs JSON', () => {
  expect(PRIOR_FIELDS.map((f) => f.key)).toEqual([
    '年度',
    '收入支出总计',
    '财政拨款收入支出总计',
    '一般公共预算财政拨款支出',
    '三公经费.合计',
    '三公经费.因公出国（境）费',
    '三公经费.公务用车购置及运行维护费',
    '三公经费.公务接待费',
    '机关运行经费',
  ]);
});

describe('inputsJsonOf / inputsOf', () => {
  test('fields become nested keys, empty ones are left out, the form wins over the free JSON', () => {
    const json = inputsJsonOf({
      form: { 年度: '2022', 收入支出总计: '1,924.37', '三公经费.合计': '5.96', '三公经费.公务接待费': ' 0.98 ', 机关运行经费: '' },
      extra: '{"收入支出总计": 1, "三公经费": {"因公出国（境）费": 0}, "原因": {"收入支出总计变动": "项目支出减少"}}',
    });
    expect(json).toEqual({
      年度: 2022,
      收入支出总计: '1,924.37',
      三公经费: { '因公出国（境）费': 0, 合计: '5.96', 公务接待费: '0.98' },
      原因: { 收入支出总计变动: '项目支出减少' },
    });
    const inputs = inputsOf({ form: { 年度: '2022', 收入支出总计: '1,924.37', '三公经费.公务接待费': '0.98' }, extra: '' });
    expect(inputs.prior?.year).toBe(2022);
    expect(inputs.prior?.total?.toString()).toBe('1924.37');
    expect(inputs.prior?.sanGong?.reception?.toString()).toBe('0.98');
    expect(inputs.prior?.fiscalTotal).toBeUndefined();
  });

  test('bad input: one Chinese message, never a crash', () => {
    const message = (saved: Parameters<typeof inputsOf>[0]) => {
      try {
        inputsOf(saved);
      } catch (e) {
        expect(e).toBeInstanceOf(CannotCheckError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message({ form: { 年度: '22年' }, extra: '' })).toContain('四位年份');
    expect(message({ form: { 收入支出总计: '很多' }, extra: '' })).toContain('收入支出总计');
    expect(message({ form: {}, extra: '{原因: 1}' })).toContain('不是有效的 JSON');
    expect(message({ form: {}, extra: '[1]' })).toContain('对象');
    expect(message({ form: {}, extra: '{"上年": 1}' })).toContain('不认识的键');
  });
});

test('readSavedInputs tolerates anything and keeps only known fields', () => {
  expect(readSavedInputs(null)).toEqual({ form: {}, extra: '' });
  expect(readSavedInputs('x')).toEqual({ form: {}, extra: '' });
  expect(readSavedInputs({ form: { 年度: 2022, 其他: 'x', 收入支出总计: { a: 1 } }, extra: 5 })).toEqual({ form: { 年度: '2022' }, extra: '' });
});

test('saved in the document settings, the form survives closing and reopening the workbook', async () => {
  const fake = createFakeHost(fakeWorkbookFromGrids(buildWorkbook(SAMPLE_UNIT).grids));
  const saved = { form: { 年度: '2022', 收入支出总计: '1924.37' }, extra: '{"行政单位": true}' };
  fake.settings.set(INPUTS_SETTING, saved);
  await saveSettings(fake.settings);
  const reopened = fake.reopen();
  expect(readSavedInputs(reopened.settings.get(INPUTS_SETTING))).toEqual(saved);
  expect(inputsOf(readSavedInputs(reopened.settings.get(INPUTS_SETTING))).adminUnit).toBe(true);
});

test('formFromPrior: the figures of last year\'s workbook, as plain decimals; the form then reads back the same', () => {
  const prior = { year: 2022, total: new Decimal('1924.37'), sanGong: { reception: new Decimal('0.000123456') }, runningCost: undefined };
  const form = formFromPrior(prior);
  expect(form).toEqual({ 年度: '2022', 收入支出总计: '1924.37', '三公经费.公务接待费': '0.000123456' });
  const back = inputsOf({ form, extra: '' });
  expect(back.prior?.total?.toString()).toBe('1924.37');
  expect(back.prior?.sanGong?.reception?.toFixed()).toBe('0.000123456');
});
