import Decimal from 'decimal.js';
import { checkWorkbook, CheckOptions } from '../../../src/core/check';
import { Finding } from '../../../src/core/findings/types';
import { RuleMeta } from '../../../src/core/findings/rule';
import { CellRef } from '../../../src/core/grid/cellRef';
import { CellValue, Grid } from '../../../src/core/grid/types';
import { readWorkbook } from '../../../src/core/model/readWorkbook';
import { READ_RULES, ReadRuleId } from '../../../src/core/model/readRules';
import { WorkbookModel } from '../../../src/core/model/types';
import { checkNarrative, NARRATIVE_RULES } from '../../../src/core/narrative';
import type { NarrativeRuleId } from '../../../src/core/narrative/rules';
import { RULES, runRules } from '../../../src/core/rules';
import type { TableRuleId } from '../../../src/core/rules/registry';
import { TableId } from '../../../src/core/tables/catalog';
import {
  buildWorkbook, EMPTY_FUNDS_UNIT, FUNDS_UNIT, LayoutOptions, Plant, priorYearUnit, publish, PublicationOptions, SAMPLE_UNIT, UnitDescription,
} from '../../fixtures/generator';

/**
 * Registry coverage: every rule of every kind (table rules, the reader's, the 说明 checks') fires
 * on some small input made here with the fixture generator. A rule added without a trigger in
 * these tables fails (the tables are keyed by the typed ids, so it does not even compile); a rule
 * that no generated input can make fire is listed with the reason instead. Each trigger is the
 * smallest change known to break the rule (the tests beside each rule check its message, cells
 * and severity; here only that it fires).
 */
type Trigger = () => readonly Finding[];
interface CannotFire {
  readonly cannotFire: string;
}

// ---- workbooks ----

function workbook(unit: UnitDescription = SAMPLE_UNIT, layout: Partial<LayoutOptions> = {}, publication?: PublicationOptions) {
  const wb = buildWorkbook(unit, layout);
  return publication ? publish(wb, publication, unit.entity, unit.year) : wb;
}

/** The workbook with one planted inconsistency, checked (reader and rules). */
function planted(plant: Plant, unit: UnitDescription = SAMPLE_UNIT): Trigger {
  return () => checkWorkbook(workbook(unit, { plants: [plant] }).grids).findings;
}

function published(publication: PublicationOptions, unit: UnitDescription = SAMPLE_UNIT, layout: Partial<LayoutOptions> = {}): Trigger {
  return () => checkWorkbook(workbook(unit, layout, publication).grids).findings;
}

function withCell(grids: readonly Grid[], ref: CellRef, value: CellValue): Grid[] {
  return grids.map((g) =>
    g.name !== ref.sheet ? g : { ...g, rows: g.rows.map((row, r) => (r !== ref.row ? row : row.map((v, c) => (c === ref.col ? value : v)))) },
  );
}

/** The first cell of a table's sheet whose text passes `match`. */
function cellOf(grids: readonly Grid[], model: WorkbookModel, table: TableId, match: (text: string) => boolean): CellRef {
  const sheet = model.placements.find((p) => p.id === table)!.sheet;
  const grid = grids.find((g) => g.name === sheet)!;
  for (let row = 0; row < grid.rows.length; row++) {
    for (let col = 0; col < grid.rows[row].length; col++) {
      const v = grid.rows[row][col];
      if (typeof v === 'string' && match(v)) return { sheet, row, col };
    }
  }
  throw new Error(`no such cell in ${table}`);
}

/** The generated workbook with cells of one table changed (for what plants cannot reach: names, headers, notes). */
function edited(table: TableId, edits: readonly [match: (text: string) => boolean, value: CellValue][], unit: UnitDescription = SAMPLE_UNIT, options: CheckOptions = {}): Trigger {
  return () => {
    let grids = workbook(unit).grids;
    const model = readWorkbook(grids).model;
    for (const [match, value] of edits) grids = withCell(grids, cellOf(grids, model, table, match), value);
    return checkWorkbook(grids, options).findings;
  };
}

const is = (s: string) => (text: string) => text.trim() === s;

/** T08 with a printed 合计 row (the generator prints none): the model gets one, off by `delta`. */
function t08WithTotal(delta: string): Trigger {
  return () => {
    const { model } = readWorkbook(workbook().grids);
    const t08 = model.tables.T08!;
    const sum = t08.personnelTotal!.value.plus(t08.publicTotal!.value).plus(delta);
    const cell = { ...t08.publicTotal!.cell, row: t08.publicTotal!.cell.row + 1 };
    return runRules({ ...model, tables: { ...model.tables, T08: { ...t08, total: { value: new Decimal(sum), unit: t08.unit, cell } } } });
  };
}

// ---- 说明 ----

const HEAD = '第二部分 2023年度部门决算情况说明\n';

/** A 说明 checked alone, or against the generated SAMPLE_UNIT tables. */
function text(body: string, tables = false): Trigger {
  return () => (tables ? checkWorkbook(workbook().grids, { narrative: HEAD + body }).findings : checkNarrative(HEAD + body).findings);
}

const SECTION = (n: string) => `${n}、情况说明\n本年无此项内容。\n`;

// ---- the tables of triggers ----

const TABLE_TRIGGERS: Readonly<Record<TableRuleId, Trigger>> = {
  't01-income-total': planted({ table: 'T01', row: 'other', column: 'amount', delta: '1' }),
  't01-expenditure-total': planted({ table: 'T01', row: '201', column: 'amount', delta: '1' }),
  't01-income-grand-total': planted({ table: 'T01', row: 'incomeTotal', column: 'amount', side: 'left', delta: '1' }),
  't01-expenditure-grand-total': planted({ table: 'T01', row: 'expenditureTotal', column: 'amount', side: 'right', delta: '1' }),
  't01-grand-totals': planted({ table: 'T01', row: 'grandTotal', column: 'amount', side: 'left', delta: '1' }),
  't02-class-sums': planted({ table: 'T02', row: '2010301', column: 'fiscal', delta: '1' }),
  't03-class-sums': planted({ table: 'T03', row: '2010301', column: 'basic', delta: '1' }),
  't05-class-sums': planted({ table: 'T05', row: '2010301', column: 'total', delta: '1' }),
  't06-class-sums': planted({ table: 'T06', row: '2010301', column: 'basic', delta: '1' }),
  't07-class-sums': planted({ table: 'T07', row: '2010301', column: 'total', delta: '1' }),
  't09-class-sums': planted({ table: 'T09', row: '30227', column: 'amount', delta: '1' }),
  't10-class-sums': planted({ table: 'T10', row: '2120801', column: 'expenditure', delta: '1' }, FUNDS_UNIT),
  't11-class-sums': planted({ table: 'T11', row: 'total', column: 'income', delta: '1' }, FUNDS_UNIT),
  't12-class-sums': planted({ table: 'T12', row: '2230105', column: 'total', delta: '1' }, FUNDS_UNIT),
  't02-row-sums': planted({ table: 'T02', row: '2010301', column: 'fiscal', delta: '1' }),
  't03-row-sums': planted({ table: 'T03', row: '2010301', column: 'basic', delta: '1' }),
  't05-row-sums': planted({ table: 'T05', row: '2010301', column: 'total', delta: '1' }),
  't06-row-sums': planted({ table: 'T06', row: '2010301', column: 'basic', delta: '1' }),
  't07-row-sums': planted({ table: 'T07', row: '2010301', column: 'total', delta: '1' }),
  't10-row-sums': planted({ table: 'T10', row: '2120801', column: 'expenditure', delta: '1' }, FUNDS_UNIT),
  't11-row-sums': planted({ table: 'T11', row: '2230105', column: 'basic', delta: '1' }, FUNDS_UNIT),
  't12-row-sums': planted({ table: 'T12', row: '2230105', column: 'total', delta: '1' }, FUNDS_UNIT),
  't04-income-total': planted({ table: 'T04', row: 'incomeTotal', column: 'amount', delta: '1' }),
  't04-expenditure-total': planted({ table: 'T04', row: '201', column: 'generalBudget', delta: '1' }),
  't04-row-funds': planted({ table: 'T04', row: '201', column: 'generalBudget', delta: '1' }),
  't04-carry-sub-rows': planted({ table: 'T04', row: 'carryIn:govFund', column: 'amount', delta: '1' }, FUNDS_UNIT),
  't04-income-grand-total': planted({ table: 'T04', row: 'incomeTotal', column: 'amount', delta: '1' }),
  't04-expenditure-grand-total': planted({ table: 'T04', row: 'grandTotal', column: 'total', side: 'right', delta: '1' }),
  't04-grand-totals': planted({ table: 'T04', row: 'grandTotal', column: 'total', side: 'right', delta: '1' }),
  't04-fund-balance': planted({ table: 'T04', row: 'carryIn:govFund', column: 'amount', delta: '1' }, FUNDS_UNIT),
  't08-personnel-total': planted({ table: 'T08', row: 'personnelTotal', column: 'amount', delta: '1' }),
  't08-public-total': planted({ table: 'T08', row: 'publicTotal', column: 'amount', delta: '1' }),
  't08-class-sums': planted({ table: 'T08', row: '30101', column: 'amount', delta: '1' }),
  't08-grand-total': t08WithTotal('1'),
  't10-row-balance': planted({ table: 'T10', row: 'total', column: 'carryOut', delta: '1' }, FUNDS_UNIT),
  't11-row-balance': planted({ table: 'T11', row: 'total', column: 'income', delta: '1' }, FUNDS_UNIT),
  't13-total': planted({ table: 'T13', row: 'actual', column: 'total', delta: '1' }),
  't13-vehicle': planted({ table: 'T13', row: 'budget', column: 'vehicleTotal', delta: '1' }),
  't02-t01-income-total': planted({ table: 'T01', row: 'incomeTotal', column: 'amount', side: 'left', delta: '1' }),
  't02-t01-fiscal': planted({ table: 'T01', row: 'generalBudget', column: 'amount', delta: '1' }),
  't02-t01-sources': planted({ table: 'T02', row: 'total', column: 'other', delta: '1' }),
  't02-t04-fiscal': planted({ table: 'T04', row: 'incomeTotal', column: 'amount', delta: '1' }),
  't01-t04-general-budget': planted({ table: 'T01', row: 'generalBudget', column: 'amount', delta: '1' }),
  't01-t04-funds': planted({ table: 'T01', row: 'govFund', column: 'amount', delta: '1' }, FUNDS_UNIT),
  't03-t01-expenditure-total': planted({ table: 'T01', row: 'expenditureTotal', column: 'amount', side: 'right', delta: '1' }),
  't03-t01-classes': planted({ table: 'T01', row: '201', column: 'amount', delta: '1' }),
  't05-t04-total': planted({ table: 'T05', row: 'total', column: 'total', delta: '1' }),
  't04-t06-general-budget': planted({ table: 'T04', row: '201', column: 'generalBudget', delta: '1' }),
  't06-t08-basic': planted({ table: 'T08', row: 'personnelTotal', column: 'amount', delta: '1' }),
  't06-t03-rows': planted({ table: 'T06', row: '2010301', column: 'basic', delta: '1' }),
  't07-t06-rows': planted({ table: 'T07', row: '2010301', column: 'total', delta: '1' }),
  't09-t06-project': planted({ table: 'T09', row: 'total', column: 'amount', delta: '1' }),
  't07-t08-t09-economic': planted({ table: 'T07', row: 'total', column: '302', delta: '1' }),
  't04-t10-gov-fund': planted({ table: 'T10', row: 'total', column: 'carryOut', delta: '1' }, FUNDS_UNIT),
  't04-t11-soe-capital': planted({ table: 'T11', row: 'total', column: 'income', delta: '1' }, FUNDS_UNIT),
  't11-t12-rows': planted({ table: 'T12', row: '2230105', column: 'total', delta: '1' }, FUNDS_UNIT),
  't04-t01-carry': planted({ table: 'T04', row: 'carryIn', column: 'amount', delta: '100' }, FUNDS_UNIT),
  'prior-t01-carry': () => checkWorkbook(workbook(FUNDS_UNIT).grids, { prior: workbook(priorYearUnit(FUNDS_UNIT, { govFund: '290.00' })).grids }).findings,
  'prior-t04-carry': () => checkWorkbook(workbook(FUNDS_UNIT).grids, { prior: workbook(priorYearUnit(FUNDS_UNIT, { govFund: '290.00' })).grids }).findings,
  't13-t08-lines': planted({ table: 'T08', row: '30217', column: 'amount', delta: '1' }),
  't13-upper-bounds': planted({ table: 'T13', row: 'actual', column: 'reception', delta: '5' }),
  'empty-fund-figures': planted({ table: 'T10', row: 'total', column: 'income', delta: '1' }, EMPTY_FUNDS_UNIT),
  'empty-fund-note': () => {
    const grids = workbook(EMPTY_FUNDS_UNIT).grids;
    const t10 = readWorkbook(grids).model.tables.T10!;
    return checkWorkbook(withCell(grids, t10.noteCell!, null)).findings;
  },
  'unit-mixup': published({ yuanUnderWan: ['T13'] }),
  'class-names': () => {
    const grids = workbook().grids;
    const row = readWorkbook(grids).model.tables.T03!.rows.find((r) => r.code === '2210201')!;
    return checkWorkbook(withCell(grids, row.nameCell, '提租补贴')).findings;
  },
};

const READ_TRIGGERS: Readonly<Record<ReadRuleId, Trigger | CannotFire>> = {
  'read-cell-error': planted({ table: 'T02', row: '2010301', column: 'fiscal', value: { error: '#REF!' } }),
  'read-cell-text': planted({ table: 'T03', row: 'total', column: 'basic', value: '待定' }),
  'read-missing-table': published({ omit: ['T13'] }),
  'read-duplicate-table': () => {
    const grids = workbook().grids;
    return checkWorkbook([...grids, { ...grids[1], name: '副本' }]).findings;
  },
  'read-extra-table': () => checkWorkbook(workbook().grids, { profile: 'national-9' }).findings,
  'read-unit-missing': edited('T06', [[(t) => t.includes('单位：万元'), null]]),
  'read-unrecognised-column': edited('T06', [[is('项目支出'), '备用']]),
  'read-unrecognised-row': edited('T06', [[is('2010301'), null], [(t) => t.trim() === '行政运行', '某某零星事务']]),
  'read-unknown-line': edited('T01', [[is('一、一般公共服务支出'), '某某专项支出']]),
  'read-no-data': () => {
    const grids = workbook().grids;
    const sheet = readWorkbook(grids).model.placements.find((p) => p.id === 'T13')!.sheet;
    return checkWorkbook(grids.map((g) => (g.name === sheet ? { ...g, rows: g.rows.slice(0, 1), merges: [] } : g))).findings;
  },
  'read-missing-rows': published({ dropRows: { T06: ['合计'] } }, FUNDS_UNIT),
  'read-hidden-sheet': () => checkWorkbook(workbook(SAMPLE_UNIT, { hidden: ['T13'] }).grids).findings,
  'read-table-failed': {
    cannotFire: 'reports an exception inside a table reader; the readers never throw on any input (test/unit/core/read/robustness.test.ts damages generated workbooks to show it), so no workbook can make it fire',
  },
};

const NARRATIVE_TRIGGERS: Readonly<Record<NarrativeRuleId, Trigger | CannotFire>> = {
  'narrative-share': text('三、支出决算情况说明\n2023年度本年支出合计1000万元，其中：基本支出600万元，占65%；项目支出400万元，占40%。'),
  'narrative-share-sum': text('七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算2万元，占20%；公务用车购置及运行维护费支出决算3万元，占30%；公务接待费支出决算4万元，占40%。'),
  'narrative-parts-sum': text('三、支出决算情况说明\n2023年度本年支出合计1000万元，其中：基本支出600万元，占60%；项目支出300万元，占30%。'),
  'narrative-class-sum': text('五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算结构情况\n2023年度一般公共服务支出100万元。\n（三）一般公共预算财政拨款支出决算具体情况\n1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：支出决算为90万元。'),
  'narrative-change': text('十、其他\n2023年度机关运行经费支出222.18万元，与2022年度200.00万元相比增加27.82万元。'),
  'narrative-growth': text('一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。与2022年度相比，收、支总计各减少35.32万元，下降1.87%。'),
  'narrative-completion': text('七、三公\n2023年度“三公”经费财政拨款支出预算为10万元，支出决算为9.4万元，完成预算的96%。'),
  'narrative-direction': text('一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。与2022年度相比，收、支总计各减少35.32万元，增长1.84%。'),
  'narrative-year': text('一、总体\n2022年度收、支总计均为100万元。与2021年度相比，收、支总计各增加XX万元。'),
  'narrative-template': text('一、总体\n2022年度收、支总计均为100万元。与2021年度相比，收、支总计各增加XX万元。'),
  'narrative-missing-unit': text('七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为59100，完成预算的94.26%。', true),
  'narrative-unit': text('三、支出决算情况说明\n2023年度本年支出合计3,000,000.00元，其中：基本支出1,000,000.00万元，占33.33%。'),
  'narrative-cross-section': text(
    '三、支出决算情况说明\n2023年度本年支出合计900万元，其中：基本支出600万元，占66.67%；项目支出300万元，占33.33%。\n' +
      '五、一般公共预算\n（一）总体情况\n2023年度一般公共预算财政拨款支出900万元，占本年支出合计的100%。\n' +
      '六、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出610万元。',
  ),
  'narrative-prior-year': text(
    '一、总体\n2023年度“三公”经费财政拨款支出决算为5.91万元，较上年度减少0.05万元，下降0.84%。\n' +
      '七、三公\n2023年度“三公”经费财政拨款支出决算为5.91万元，较上年度减少0.15万元，下降2.48%。',
  ),
  'narrative-classification': text('五、一般公共预算\n住房保障支出2210201提租补贴31.56万元。'),
  'narrative-table-amount': text('三、支出决算情况说明\n2023年度项目支出691.5万元。', true),
  'narrative-operating-cost': text('十、其他重要事项的情况说明\n（一）机关运行经费支出情况\n2023年度，本单位机关运行经费支出220万元。', true),
  'narrative-item-list': text('六、一般公共预算财政拨款基本支出决算情况说明\n公用经费222.18万元，主要包括：办公费、取暖费、差旅费等。', true),
  'narrative-count': text('七、财政拨款“三公”经费支出决算情况说明\n国内公务接待支出2.5万元，国内公务接待0批次，0人次。'),
  'narrative-count-list': text('十、其他重要事项的情况说明\n本单位设5个内设机构，分别为办公室、财务科、人事科。'),
  'narrative-missing-section': text(['一', '二', '四', '五', '六', '七', '八', '九', '十'].map(SECTION).join('')),
  'narrative-odd-year': text(SECTION('一') + '本单位2002年成立的档案室已撤销。\n'),
  'narrative-unverified': text('八、政府性基金\n2023年度政府性基金预算财政拨款支出12万元。'),
};

const KINDS: readonly (readonly [kind: string, rules: readonly RuleMeta[], triggers: Readonly<Record<string, Trigger | CannotFire>>])[] = [
  ['table rules (src/core/rules/registry.ts)', RULES, TABLE_TRIGGERS],
  ['read rules (src/core/model/readRules.ts)', READ_RULES, READ_TRIGGERS],
  ['说明 rules (src/core/narrative/rules.ts)', NARRATIVE_RULES, NARRATIVE_TRIGGERS],
];

describe.each(KINDS)('registry coverage: %s', (_kind, rules, triggers) => {
  test('every registered id has a trigger or a reason it cannot fire, and every trigger names a registered id', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id) => !(id in triggers))).toEqual([]);
    expect(Object.keys(triggers).filter((id) => !ids.includes(id))).toEqual([]);
  });

  const cases = Object.entries(triggers).flatMap(([id, t]) => (typeof t === 'function' ? [[id, t] as const] : []));
  test.each(cases)('%s fires', (id, trigger) => {
    expect([...new Set(trigger().map((f) => f.rule))]).toContain(id);
  });
});
