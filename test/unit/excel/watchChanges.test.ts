/** worksheets.onChanged through the adapter: the pane hears the user's edits (automatic re-check). */
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';
import { adapterOver, fakeOf } from './helpers';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('an edit after registration calls the handler; an edit before does not', async () => {
  const fake = fakeOf(buildWorkbook(SAMPLE_UNIT).grids);
  const host = adapterOver(fake);
  const sheet = fake.workbook.sheets[0].name;
  const calls: number[] = [];
  fake.editCell(sheet, 'C7', 1);
  await tick();
  await host.watchChanges!(() => calls.push(1));
  expect(calls).toEqual([]);
  fake.editCell(sheet, 'C7', 2);
  await tick();
  expect(calls).toEqual([1]);
  expect(fake.workbook.sheets[0].cells.get('6,2')?.value).toBe(2);
  // The user's edit is not an add-in write.
  expect(fake.recorder.writes).toEqual([]);
});

test('editCell with an empty value empties the cell; a wrong address is refused', () => {
  const fake = fakeOf(buildWorkbook(SAMPLE_UNIT).grids);
  const sheet = fake.workbook.sheets[0];
  fake.editCell(sheet.name, 'A1', '');
  expect(sheet.cells.has('0,0')).toBe(false);
  expect(() => fake.editCell(sheet.name, 'not-a-cell', 1)).toThrow();
  expect(() => fake.editCell('没有这张表', 'A1', 1)).toThrow();
});
