import { functionalClassByName } from '../classification/functional';
import { labelKey } from '../layout/text';
import { FISCAL_INCOME, FUND, FUNDS, INCOME, INCOME_SOURCES, TOTAL_ROWS } from '../tables/lines';

/**
 * Row labels of T01/T04 → canonical keys (columnKeys.ts). Sub-rows of 年初/年末 结转和结余 on T04
 * name a fund; they take the key of the row they belong to ('carryIn:generalBudget').
 */
type Side = 'left' | 'right';

type Matcher = readonly [RegExp, string];

const FUND_ROWS: readonly Matcher[] = FUNDS.map((f) => [FUND[f].pattern, f]);

const T01_LEFT: readonly Matcher[] = [
  [TOTAL_ROWS.incomeTotal.row, 'incomeTotal'],
  [TOTAL_ROWS.useNonFiscalBalance.row, 'useNonFiscalBalance'],
  // Templates before 2019 print one 一、财政拨款收入 line for the three funds.
  [FISCAL_INCOME.row, FISCAL_INCOME.key],
  [TOTAL_ROWS.carryIn.row, 'carryIn'],
  [TOTAL_ROWS.grandTotal.left, 'grandTotal'],
  ...INCOME_SOURCES.map((k): Matcher => [INCOME[k].row, k]),
];

const T01_RIGHT: readonly Matcher[] = [
  [TOTAL_ROWS.expenditureTotal.row, 'expenditureTotal'],
  [TOTAL_ROWS.surplusDistribution.row, 'surplusDistribution'],
  [TOTAL_ROWS.carryOut.row, 'carryOut'],
  [TOTAL_ROWS.grandTotal.right, 'grandTotal'],
];

function fundOf(label: string): string | null {
  if (/结转|结余/.test(label)) return null;
  for (const [re, key] of FUND_ROWS) if (re.test(label)) return key;
  return null;
}

/** Keys rows top to bottom, remembering whether the last 结转和结余 row opened a group of fund sub-rows. */
export class TwoSidedLabeler {
  private group: 'carryIn' | 'carryOut' | null = null;

  constructor(
    private readonly table: 'T01' | 'T04',
    private side: Side,
  ) {}

  /** Single-column layouts list income rows, then expenditure rows: switch after the income 总计. */
  get currentSide(): Side {
    return this.side;
  }

  key(rawLabel: string): string | null {
    const label = labelKey(rawLabel);
    if (!label) return null;
    const key = this.table === 'T01' ? this.keyT01(label) : this.keyT04(label);
    return key;
  }

  /** Called by single-block layouts after a left 总计: the next rows are expenditure. */
  switchToRight(): void {
    this.side = 'right';
    this.group = null;
  }

  private keyT01(label: string): string | null {
    if (this.side === 'left') {
      for (const [re, key] of T01_LEFT) if (re.test(label)) return key;
      return fundOf(label);
    }
    for (const [re, key] of T01_RIGHT) if (re.test(label)) return key;
    return functionalClassByName(label) ?? null;
  }

  private keyT04(label: string): string | null {
    if (TOTAL_ROWS.grandTotal.left.test(label) || TOTAL_ROWS.grandTotal.right.test(label)) {
      this.group = null;
      return 'grandTotal';
    }
    if (this.side === 'left') {
      if (TOTAL_ROWS.incomeTotal.row.test(label)) return (this.group = null), 'incomeTotal';
      if (TOTAL_ROWS.carryIn.t04.test(label)) return (this.group = 'carryIn'), 'carryIn';
    } else {
      if (TOTAL_ROWS.expenditureTotal.row.test(label)) return (this.group = null), 'expenditureTotal';
      if (TOTAL_ROWS.carryOut.t04.test(label)) return (this.group = 'carryOut'), 'carryOut';
    }
    // 223 国有资本经营预算支出 is a 类, not the 国有资本 fund.
    if (this.side === 'right') {
      const cls = functionalClassByName(label);
      if (cls) return cls;
    }
    const fund = fundOf(label);
    if (fund) return this.group ? `${this.group}:${fund}` : this.side === 'left' ? fund : null;
    return null;
  }
}
