import { createFakeHost, fakeWorkbookFromGrids, FakeOfficeError, FakeRequestContext } from '../../../src/fakehost';

/** The fake must fail where Excel fails, or the adapter's tests prove nothing. */
function host() {
  return createFakeHost(
    fakeWorkbookFromGrids([
      { name: '表1', rows: [['标题', null], [1, 2]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] },
      { name: '表2', rows: [], merges: [] },
    ]),
  );
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
}

describe('fake Excel host', () => {
  test('a property read before load + sync throws PropertyNotLoaded, as Office does', async () => {
    const fake = host();
    await fake.Excel.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['标题', ''], [1, 2]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('writes happen at sync, Excel.run syncs what is left, and every sync is recorded', async () => {
    const fake = host();
    await fake.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('表2').getRange('B2').values = [['x']];
      expect(fake.workbook.sheets[1].cells.size).toBe(0);
    });
    expect(fake.workbook.sheets[1].cells.get('1,1')).toEqual({ value: 'x' });
    expect(fake.recorder.syncCount).toBe(1);
    expect(fake.recorder.writes).toEqual([{ sync: 1, op: 'values', sheet: '表2', address: 'B2', detail: 1 }]);
  });

  test('null objects, missing items, protected sheets, too many areas', async () => {
    const fake = host();
    fake.workbook.sheets[0].protected = true;
    await fake.Excel.run(async (context: FakeRequestContext) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('无');
      const used = context.workbook.worksheets.getItem('表2').getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('无').load('name');
      expect(await codeOf(context.sync())).toBe('ItemNotFound');
      context.workbook.worksheets.getItem('表1').getRange('A2').format.fill.color = '#FF0000';
      expect(await codeOf(context.sync())).toBe('AccessDenied');
      const many = Array.from({ length: 151 }, (_, i) => `A${2 * i + 1}`).join(', ');
      context.workbook.worksheets.getItem('表2').getRanges(many).load('areaCount');
      expect(await codeOf(context.sync())).toBe('InvalidArgument');
    });
    expect(fake.workbook.sheets[0].fills.size).toBe(0);
  });

  test('No Fill and white read back alike through format.fill.color; pattern tells them apart', async () => {
    const fake = host();
    fake.workbook.sheets[0].fills.set('1,1', { kind: 'rgb', color: '#ffffff' });
    await fake.Excel.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem('表1');
      const none = ws.getRange('A2').format.fill.load('color,pattern');
      const white = ws.getRange('B2').format.fill.load('color,pattern');
      await context.sync();
      expect(none.color).toBe('#FFFFFF');
      expect(white.color).toBe('#FFFFFF');
      expect([none.pattern, white.pattern]).toEqual(['None', 'Solid']);
    });
  });

  test('a request over the size limit fails whole', async () => {
    const fake = createFakeHost(fakeWorkbookFromGrids([{ name: 'S', rows: [], merges: [] }]), { maxRequestBytes: 1000 });
    await fake.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A50').values = Array.from({ length: 50 }, () => ['很长的一段文字']);
      expect(await codeOf(context.sync())).toBe('RequestPayloadSizeLimitExceeded');
    });
    expect(fake.workbook.sheets[0].cells.size).toBe(0);
  });

  test('settings are saved into the document and seen by a reopened host', async () => {
    const fake = host();
    fake.settings.set('k', { a: 1 });
    expect(fake.reopen().settings.get('k')).toBeNull();
    await new Promise<void>((resolve) => fake.settings.saveAsync(() => resolve()));
    expect(fake.reopen().settings.get('k')).toEqual({ a: 1 });
  });

  test('installs as window.Excel / window.Office', async () => {
    const target: Record<string, unknown> = {};
    host().install(target);
    expect(await (target.Office as { onReady(): Promise<{ host: string }> }).onReady()).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(typeof (target.Excel as { run: unknown }).run).toBe('function');
  });
});
