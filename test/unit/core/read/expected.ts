import Decimal from 'decimal.js';
import { DerivedFigures, FunctionalRow } from '../../../fixtures/generator';
import { economicColumnKey } from '../../../../src/core/model/columnKeys';
import { FlatTable } from '../../../../src/core/model/flatten';
import { PROFILE_TABLES, Profile } from '../../../../src/core/tables/catalog';

/**
 * What the reader must produce for a generated workbook, built from the generator's own figures
 * (derived, in 万元) in the flattened form of src/core/model/flatten.ts (元, two decimals).
 */
const yuan = (d: Decimal) => d.times(10000).toFixed(2);

function record(values: Record<string, Decimal>, keys?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys ?? Object.keys(values)) out[k] = yuan(values[k] ?? new Decimal(0));
  return out;
}

function coded(d: DerivedFigures, pick: (r: Omit<FunctionalRow, 'code' | 'level' | 'name'>) => Record<string, Decimal>): FlatTable {
  const out: FlatTable = { total: record(pick(d.functionalTotal)) };
  for (const row of d.functional) {
    const v = pick(row);
    if (Object.values(v).some((x) => !x.isZero())) out[row.code] = record(v);
  }
  return out;
}

const basicProject = (f: Record<string, Decimal>) => ({ total: f.expenditure, basic: f.basic, project: f.project });
/** The generator keys T05/T07's columns by 类 code ('301'); the model by economicColumnKey. */
const economicColumns = (f: Record<string, Decimal>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k === 'total' ? k : economicColumnKey(k), v]));

export function expectedTables(d: DerivedFigures, profile: Profile): Record<string, FlatTable> {
  const all: Record<string, FlatTable> = {
    T01: {
      ...Object.fromEntries(Object.entries(d.t01.left).map(([k, v]) => [`left:${k}`, { amount: yuan(v) }])),
      ...Object.fromEntries(Object.entries(d.t01.right).map(([k, v]) => [`right:${k}`, { amount: yuan(v) }])),
    },
    T02: coded(d, (r) => r.income),
    T03: coded(d, (r) => r.expenditure),
    T04: {
      ...Object.fromEntries(Object.entries(d.t04.left).map(([k, v]) => [`left:${k}`, { amount: yuan(v) }])),
      ...Object.fromEntries(Object.entries(d.t04.right).map(([k, v]) => [`right:${k}`, record(v)])),
    },
    T05: coded(d, (r) => economicColumns(r.t05)),
    T06: coded(d, (r) => basicProject(r.funds.generalBudget)),
    T07: coded(d, (r) => economicColumns(r.t07)),
    T08: {
      ...Object.fromEntries([...d.t08.personnel, ...d.t08.public].map((r) => [r.code, { amount: yuan(r.amount) }])),
      personnelTotal: { amount: yuan(d.t08.personnelTotal) },
      publicTotal: { amount: yuan(d.t08.publicTotal) },
    },
    T09: {
      ...Object.fromEntries(d.t09.rows.map((r) => [r.code, { amount: yuan(r.amount) }])),
      total: { amount: yuan(d.t09.total) },
    },
    T10: coded(d, (r) => r.funds.govFund),
    T11: coded(d, (r) => r.funds.soeCapital),
    T12: coded(d, (r) => basicProject(r.funds.soeCapital)),
    T13: { budget: record(d.t13.budget), actual: record(d.t13.actual) },
  };
  return Object.fromEntries(PROFILE_TABLES[profile].map((id) => [id, all[id]]));
}

/**
 * T04's 年末结转和结余 is printed either spread over the fund columns or as three fund sub-rows
 * holding the amount in 合计; the model keeps what was printed. For comparing layouts, fold the
 * sub-rows into the spread form.
 */
export function foldT04SubRows(t: FlatTable): FlatTable {
  const out: FlatTable = { ...t };
  const carry = out['right:carryOut'];
  if (!carry) return out;
  for (const fund of ['generalBudget', 'govFund', 'soeCapital']) {
    const sub = out[`right:carryOut:${fund}`];
    if (!sub) continue;
    out['right:carryOut'] = { ...out['right:carryOut'], [fund]: sub.total };
    delete out[`right:carryOut:${fund}`];
  }
  return out;
}
