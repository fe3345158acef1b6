import { checkWorkbook } from '../../../../src/core/check';
import { RULES } from '../../../../src/core/rules/registry';
import { TableId } from '../../../../src/core/tables/catalog';
import { FUNDS_UNIT, buildWorkbook, publish } from '../../../fixtures/generator';

/**
 * Missing total rows stop identities on every table (issue 12 §5): the identities that read a
 * missing 合计 (人员经费合计, 本年收入合计 …) are not run, or run on their other rows only, and one
 * read-missing-rows warning per table names the rows and every identity affected. Never a
 * comparison with zero, never a silent pass.
 */
function withoutRows(drop: Partial<Record<TableId, string[]>>) {
  const wb = publish(buildWorkbook(FUNDS_UNIT), { dropRows: drop }, FUNDS_UNIT.entity, FUNDS_UNIT.year);
  return checkWorkbook(wb.grids);
}

const CASES: [TableId, string, string[], string[]][] = [
  // table, row dropped, identities not run, identities run in part
  ['T02', '合计', ['t02-t01-income-total', 't02-t01-fiscal', 't02-t01-sources', 't02-t04-fiscal'], ['t02-class-sums']],
  ['T03', '合计', ['t03-t01-expenditure-total'], ['t03-class-sums', 't06-t03-rows']],
  ['T05', '合计', ['t05-t04-total'], ['t05-class-sums']],
  ['T06', '合计', ['t06-t08-basic', 't09-t06-project'], ['t06-class-sums', 't04-t06-general-budget', 't06-t03-rows', 't07-t06-rows']],
  // (T07 is left out: its header prints a 合计 column, which the fixture's dropRows would take away too.)
  ['T09', '合计', ['t09-t06-project'], ['t09-class-sums']],
  ['T10', '合计', ['t04-t10-gov-fund'], ['t10-class-sums', 't10-row-balance']],
  ['T11', '合计', ['t04-t11-soe-capital'], ['t11-class-sums', 't11-row-balance', 't11-t12-rows']],
  ['T12', '合计', [], ['t12-class-sums', 't11-t12-rows']],
];

describe('a missing 合计 row, table by table', () => {
  test.each(CASES)('%s without %s: no false finding, one warning naming the identities', (table, row, notRun, partial) => {
    const result = withoutRows({ [table]: [row] });
    const serious = result.findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule)).toEqual(['read-missing-rows']);
    const w = serious[0];
    expect(w.table).toBe(table);
    expect(w.message).toContain(`中未读到“${row}”行，以下 ${notRun.length + partial.length} 项勾稽关系无法核对：`);
    const title = (id: string) => RULES.find((r) => r.id === id)!.title.replace(/^[^：]*：/, '');
    for (const id of notRun) expect(w.message).toContain(title(id));
    for (const id of partial) expect(w.message).toContain(`${title(id)}（涉及该行的部分）`);
    const status = (id: string) => result.checks!.find((c) => c.rule === id)!;
    for (const id of notRun) expect(status(id)).toMatchObject({ status: 'not-run', reason: expect.stringContaining(`中未读到“${row}”行`) });
    for (const id of partial) expect(status(id)).toMatchObject({ status: 'passed', partial: true });
    expect(w.cells).toEqual([result.model.tables[table]!.titleCell]);
  });

  test('T08 without 人员经费合计 and 公用经费合计: both totals named, both identities not run', () => {
    const result = withoutRows({ T08: ['人员经费合计', '公用经费合计'] });
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(['read-missing-rows']);
    const w = result.findings.find((f) => f.rule === 'read-missing-rows')!;
    expect(w.message).toContain('中未读到“人员经费合计”、“公用经费合计”行，以下 2 项勾稽关系无法核对：人员经费合计等于 301、303 之和；公用经费合计等于其余各类之和。');
  });

  test('a real break on the rows still printed is still found (T06 without 合计, a 项 changed)', () => {
    const wb = publish(buildWorkbook(FUNDS_UNIT, { plants: [{ table: 'T06', row: '2120101', column: 'basic', delta: '1' }] }), { dropRows: { T06: ['合计'] } }, FUNDS_UNIT.entity, FUNDS_UNIT.year);
    const result = checkWorkbook(wb.grids);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('t06-class-sums');
  });

  test('an empty table needs no 合计: a clean unit with empty fund tables reports nothing', () => {
    const result = checkWorkbook(buildWorkbook({ ...FUNDS_UNIT, items: FUNDS_UNIT.items.filter((i) => !i.gfProject && !i.soeBasic) , balances: { ...FUNDS_UNIT.balances, govFund: {}, soeCapital: {} } }).grids);
    expect(result.findings.filter((f) => f.rule === 'read-missing-rows')).toEqual([]);
  });
});
