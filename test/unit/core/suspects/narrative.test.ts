import { checkWorkbook } from '../../../../src/core/check';
import { generateNarrative } from '../../../../src/core/generate';
import { describeCell, sameCell } from '../../../../src/core/grid/cellRef';
import { buildWorkbook, Plant, SAMPLE_UNIT } from '../../../fixtures/generator';

/**
 * A table typo under a correct 说明: the 说明 written from the correct tables, checked against the
 * same tables with one figure mistyped. The table checks name the mistyped cell as the suspect and
 * its correct value; the 说明, which states that value, is then no error (a warning that says the
 * table is to be corrected). A 说明 figure that matches neither the table nor the correction stays
 * an error.
 */
const clean = buildWorkbook(SAMPLE_UNIT);
const text = generateNarrative(checkWorkbook(clean.grids).model).text;

function checked(plants: Plant[], narrative = text) {
  const wb = buildWorkbook(SAMPLE_UNIT, { plants });
  return { result: checkWorkbook(wb.grids, { narrative }), cell: wb.planted[0].cell };
}

test('T06 2010301 合计 mistyped under a correct 说明: the table is the suspect, the 说明 only a warning naming it', () => {
  const { result, cell } = checked([{ table: 'T06', row: '2010301', column: 'total', delta: '9' }]);
  expect(sameCell(result.suspects[0].cell, cell)).toBe(true);
  const aboutCell = result.findings.filter((f) => f.narrative && f.cells.some((c) => sameCell(c, cell)));
  expect(aboutCell.length).toBeGreaterThan(0);
  expect(aboutCell.filter((f) => f.severity === 'error')).toEqual([]);
  expect(aboutCell.some((f) => f.message.includes(`但表中${describeCell(cell)}本身是疑误`))).toBe(true);
});

test('a 说明 figure that matches neither the table nor its correction stays an error', () => {
  const { result, cell } = checked([{ table: 'T06', row: '2010301', column: 'total', delta: '9' }]);
  const stated = result.findings.find((f) => f.narrative && f.cells.some((c) => sameCell(c, cell)) && f.actual !== undefined)!;
  const wrongText = text.split(stated.actual!).join('999.99万元');
  expect(wrongText).not.toBe(text);
  const again = checked([{ table: 'T06', row: '2010301', column: 'total', delta: '9' }], wrongText).result;
  const same = again.findings.filter((f) => f.narrative && f.actual === '999.99万元' && f.cells.some((c) => sameCell(c, cell)));
  expect(same.length).toBeGreaterThan(0);
  expect(same.every((f) => f.severity === 'error')).toBe(true);
});

test('a 尾差 notice on the total of a suspect part gives no 应为 for the (correct) total', () => {
  // T02 2010302 财政拨款收入 622.51 typed 622.52: an error on its row; its 款 total only misses by a 尾差.
  const wb = buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T02', row: '2010302', column: 'fiscal', value: 622.52 }] });
  const r = checkWorkbook(wb.grids);
  const cell = wb.planted[0].cell;
  expect(r.suspects.some((s) => sameCell(s.cell, cell))).toBe(true);
  const notices = r.findings.filter((f) => f.severity === 'info' && f.cells.some((c) => sameCell(c, cell)));
  expect(notices.length).toBeGreaterThan(0);
  for (const f of notices) expect(f.expected).toBeUndefined();
});
