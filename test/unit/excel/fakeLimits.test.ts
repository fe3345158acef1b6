import { readFileSync } from 'fs';
import { API_SETS, createFakeHost, fakeWorkbookFromGrids, FakeOfficeError, FakeRequestContext, supports } from '../../../src/fakehost';

/** The fake's requirement sets and Excel's limits: if the fake accepted what Excel refuses, the
 * adapter's tests at older levels would prove nothing. */

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
}

function workbook() {
  return fakeWorkbookFromGrids([
    { name: '表1', rows: [['标题', null, null], [1, 2, 3], [4, 5, 6]], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
    { name: '表2', rows: [['x']], merges: [] },
  ]);
}

/** The "[Api set: ExcelApi 1.x]" that @types/office-js gives a class member. */
function documentedApiSet(dts: string, member: string): string | undefined {
  const [cls, name] = member.replace(/\(.*\)$/, '').split('.');
  const start = dts.indexOf(`\n    class ${cls} extends OfficeExtension.ClientObject`);
  if (start < 0) return undefined;
  const end = dts.indexOf('\n    }\n', start);
  const body = dts.slice(start, end);
  const decl = new RegExp(`\\n\\s*(readonly )?${name}[(:<?]`).exec(body);
  if (!decl) return undefined;
  const before = body.slice(0, decl.index);
  const sets = [...before.matchAll(/\[Api set: ExcelApi (\d+\.\d+)/g)];
  return sets[sets.length - 1]?.[1];
}

describe('fake host API levels', () => {
  test('every requirement set in the fake is the one @types/office-js documents', () => {
    const dts = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
    for (const [member, level] of Object.entries(API_SETS)) expect([member, documentedApiSet(dts, member)]).toEqual([member, level]);
  });

  test.each([
    ['1.13', false],
    ['1.14', false],
    ['1.17', false],
    ['1.18', true],
  ])('at ExcelApi %s RangeAreas.select works: %s (ApiNotFound at sync otherwise); Range.select always', async (apiLevel, works) => {
    const fake = createFakeHost(workbook(), {}, { apiLevel });
    const select = fake.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('表1').getRanges('A2, C3').select();
      await context.sync();
    });
    expect(await codeOf(select)).toBe(works ? undefined : 'ApiNotFound');
    expect(fake.workbook.selection?.areas.length ?? 0).toBe(works ? 2 : 0);
    await fake.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('表1').getRange('B2:C3').select();
      await context.sync();
    });
    expect(fake.workbook.selection?.areas).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(works);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', apiLevel)).toBe(true);
  });

  test('below 1.13 getMergedAreasOrNullObject fails, below 1.12 numberFormatCategories', async () => {
    const at = (apiLevel: string) => createFakeHost(workbook(), {}, { apiLevel });
    const merges = (fake: ReturnType<typeof at>) =>
      fake.Excel.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem('表1').getRange('A1:C3').getMergedAreasOrNullObject().load('address');
        await context.sync();
      });
    const categories = (fake: ReturnType<typeof at>) =>
      fake.Excel.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem('表1').getRange('A1:C3').load('numberFormatCategories');
        await context.sync();
      });
    expect(await codeOf(merges(at('1.12')))).toBe('ApiNotFound');
    expect(await codeOf(merges(at('1.13')))).toBeUndefined();
    expect(await codeOf(categories(at('1.11')))).toBe('ApiNotFound');
    expect(await codeOf(categories(at('1.12')))).toBeUndefined();
    expect(supports('1.9', '1.13')).toBe(false);
    expect(supports('1.13', '1.9')).toBe(true);
  });
});

describe('fake host limits', () => {
  test('getMergedAreasOrNullObject fails above 512 merged areas in the range', async () => {
    const wb = workbook();
    const sheet = wb.sheets[1];
    for (let r = 0; r < 513; r++) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    const fake = createFakeHost(wb);
    const read = (address: string) =>
      fake.Excel.run(async (context: FakeRequestContext) => {
        const m = context.workbook.worksheets.getItem('表2').getRange(address).getMergedAreasOrNullObject();
        m.load('areaCount');
        await context.sync();
        return m.areaCount;
      });
    expect(await codeOf(read('A1:B513'))).toBe('GeneralException');
    expect(await read('A1:B512')).toBe(512);
    expect(await read('A2:B513')).toBe(512);
  });

  test('values, valueTypes and numberFormatCategories are null above the cell limit (5 M in Excel)', async () => {
    const fake = createFakeHost(workbook(), { maxValueCells: 6 });
    await fake.Excel.run(async (context: FakeRequestContext) => {
      const small = context.workbook.worksheets.getItem('表1').getRange('A1:C2').load('values,valueTypes,numberFormatCategories');
      const big = context.workbook.worksheets.getItem('表1').getRange('A1:C3').load('values,valueTypes,numberFormatCategories');
      await context.sync();
      expect(small.values).toEqual([['标题', '', ''], [1, 2, 3]]);
      expect(big.values).toBeNull();
      expect(big.valueTypes).toBeNull();
      expect(big.numberFormatCategories).toBeNull();
    });
  });

  test('a date is its serial number (valueType Double); only numberFormatCategories says Date or Time', async () => {
    const wb = workbook();
    wb.sheets[1].cells.set('1,0', { value: 45292, numberFormat: 'yyyy"年"m"月"d"日"' });
    wb.sheets[1].cells.set('1,1', { value: 0.5, numberFormat: 'h:mm' });
    wb.sheets[1].cells.set('1,2', { value: 12.5, numberFormat: '#,##0.00' });
    wb.sheets[1].cells.set('1,3', { value: 0.25, numberFormat: '0%' });
    const fake = createFakeHost(wb);
    await fake.Excel.run(async (context: FakeRequestContext) => {
      const r = context.workbook.worksheets.getItem('表2').getRange('A1:D2').load('values,valueTypes,numberFormatCategories');
      await context.sync();
      expect(r.values[1]).toEqual([45292, 0.5, 12.5, 0.25]);
      expect(r.valueTypes[1]).toEqual(['Double', 'Double', 'Double', 'Double']);
      expect(r.numberFormatCategories).toEqual([
        ['General', 'General', 'General', 'General'],
        ['Date', 'Time', 'Number', 'Percentage'],
      ]);
    });
  });

  test('a protected sheet whose protection forbids selecting refuses select(); default protection allows it', async () => {
    const wb = workbook();
    wb.sheets[0].protected = true;
    const fake = createFakeHost(wb);
    const select = () =>
      fake.Excel.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem('表1').getRange('B2').select();
        await context.sync();
      });
    expect(await codeOf(select())).toBeUndefined();
    wb.sheets[0].selectionMode = 'None';
    fake.workbook.selection = null;
    expect(await codeOf(select())).toBe('AccessDenied');
    expect(fake.workbook.selection).toBeNull();
  });
});
