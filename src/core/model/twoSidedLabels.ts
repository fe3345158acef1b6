import { functionalClassByName } from '../classification/functional';
import { labelKey } from '../layout/text';
import { FISCAL_INCOME, FUND, FUNDS, INCOME, INCOME_SOURCES } from '../tables/lines';

/**
 * Row labels of T01/T04 → canonical keys (columnKeys.ts). Sub-rows of 年初/年末 结转和结余 on T04
 * name a fund; they take the key of the row they belong to ('carryIn:generalBudget').
 */
type Side = 'left' | 'right';

type Matcher = readonly [RegExp, string];

const FUND_ROWS: readonly Matcher[] = FUNDS.map((f) => [FUND[f].pattern, f]);

const T01_LEFT: readonly Matcher[] = [
  [/^本年收入合计|^收入合计$/, 'incomeTotal'],
  // 2024: 使用非财政拨款结余（含专用结余）; before 2019: 用事业基金弥补收支差额.
  [/使用非财政拨款结余|用事业基金弥补收支差额/, 'useNonFiscalBalance'],
  // Templates before 2019 print one 一、财政拨款收入 line for the three funds.
  [FISCAL_INCOME.row, FISCAL_INCOME.key],
  [/年初结转和结余|年初结余/, 'carryIn'],
  [/^总计$|^收入总计/, 'grandTotal'],
  ...INCOME_SOURCES.map((k): Matcher => [INCOME[k].row, k]),
];

const T01_RIGHT: readonly Matcher[] = [
  [/^本年支出合计|^支出合计$/, 'expenditureTotal'],
  [/结余分配/, 'surplusDistribution'],
  [/年末结转和结余|年末结余/, 'carryOut'],
  [/^总计$|^支出总计/, 'grandTotal'],
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
    if (/^总计$|^收入总计|^支出总计/.test(label)) {
      this.group = null;
      return 'grandTotal';
    }
    if (this.side === 'left') {
      if (/^本年收入合计|^收入合计$/.test(label)) return (this.group = null), 'incomeTotal';
      if (/年初.*结转和结余|年初.*结余/.test(label)) return (this.group = 'carryIn'), 'carryIn';
    } else {
      if (/^本年支出合计|^支出合计$/.test(label)) return (this.group = null), 'expenditureTotal';
      if (/年末.*结转和结余|年末.*结余/.test(label)) return (this.group = 'carryOut'), 'carryOut';
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
