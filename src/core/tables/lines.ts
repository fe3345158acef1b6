import type { TableId } from './catalog';

/**
 * The domain vocabulary: each income line, expenditure part, fund and 三公 item of the tables,
 * declared once with its key (the model's row or column key), its standard name (as the MoF
 * templates print it), the other names templates and the 说明 use for it (aliases), and the
 * patterns the readers match its header or row label with. The readers, rules, the 说明's
 * vocabulary and the generator all take them from here. Lists keep the templates' order (the
 * 说明 lists parts in it).
 */

/** The three 财政拨款 funds: T04's left rows, right columns and 年初/年末 sub-rows. */
export const FUNDS = ['generalBudget', 'govFund', 'soeCapital'] as const;
export type Fund = (typeof FUNDS)[number];

interface FundEntry {
  /** 一般公共预算财政拨款 … (messages add 收入 / 支出). */
  readonly name: string;
  /** A T01/T04 row label or a T04 column header naming the fund. */
  readonly pattern: RegExp;
}

export const FUND: Readonly<Record<Fund, FundEntry>> = {
  generalBudget: { name: '一般公共预算财政拨款', pattern: /一般公共预算/ },
  govFund: { name: '政府性基金预算财政拨款', pattern: /政府性基金/ },
  soeCapital: { name: '国有资本经营预算财政拨款', pattern: /国有资本/ },
};

/** The funds with tables of their own (T10; T11 and T12), which are empty where T04's column of the fund is zero. */
export const FUND_OWN_TABLES = { govFund: ['T10'], soeCapital: ['T11', 'T12'] } as const satisfies Partial<Record<Fund, readonly TableId[]>>;
export type FundWithOwnTables = keyof typeof FUND_OWN_TABLES;

/** T01's income lines 一 … 八 (the funds first, then the T02 columns), in the template's order. */
export const INCOME_LINES = ['generalBudget', 'govFund', 'soeCapital', 'superior', 'business', 'operating', 'affiliated', 'other'] as const;
export type IncomeLine = (typeof INCOME_LINES)[number];
/** The income lines that are also T02 columns (the funds are T02's one 财政拨款收入 column). */
export type IncomeSource = Exclude<IncomeLine, Fund>;

interface LineEntry {
  readonly name: string;
  /** Other names the 说明 uses for it. */
  readonly aliases: readonly string[];
  /** Its T01 row label (funds: the fund's pattern, after the 结转/结余 rows are excluded). */
  readonly row: RegExp;
}

interface SourceEntry extends LineEntry {
  /** Its T02 column header. */
  readonly column: RegExp;
}

const fundLine = (f: Fund): LineEntry => ({ name: `${FUND[f].name}收入`, aliases: [], row: FUND[f].pattern });

export const INCOME: Readonly<Record<IncomeLine, LineEntry>> & Readonly<Record<IncomeSource, SourceEntry>> = {
  generalBudget: fundLine('generalBudget'),
  govFund: fundLine('govFund'),
  soeCapital: fundLine('soeCapital'),
  superior: { name: '上级补助收入', aliases: [], row: /上级补助收入/, column: /上级补助/ },
  business: { name: '事业收入', aliases: [], row: /事业收入/, column: /事业收入/ },
  operating: { name: '经营收入', aliases: [], row: /经营收入/, column: /经营收入/ },
  affiliated: { name: '附属单位上缴收入', aliases: [], row: /附属单位上缴收入/, column: /附属单位/ },
  other: { name: '其他收入', aliases: [], row: /^其他收入/, column: /其他收入/ },
};

/** The T02 source columns (T01's income lines after the funds), in the template's order. */
export const INCOME_SOURCES: readonly IncomeSource[] = INCOME_LINES.filter((k): k is IncomeSource => !(FUNDS as readonly string[]).includes(k));

/**
 * 财政拨款收入: T02's one column for the three funds, and the one T01 line templates before 2019
 * print in their place.
 */
export const FISCAL_INCOME = { key: 'fiscal', name: '财政拨款收入', row: /^财政拨款(?:收入)?$/, column: /财政拨款/ } as const;

/**
 * T01/T04's total and balance rows, by their model keys: the standard name, the 说明's other
 * names, and the row labels (left: income side, right: expenditure side; `t04` where T04 prints
 * it otherwise).
 */
export const TOTAL_ROWS = {
  incomeTotal: { name: '本年收入合计', aliases: ['收入合计'], row: /^本年收入合计|^收入合计$/ },
  expenditureTotal: { name: '本年支出合计', aliases: ['支出合计'], row: /^本年支出合计|^支出合计$/ },
  grandTotal: { name: '总计', left: /^总计$|^收入总计/, right: /^总计$|^支出总计/ },
  // 2024: 使用非财政拨款结余（含专用结余）; before 2019: 用事业基金弥补收支差额.
  useNonFiscalBalance: { name: '使用非财政拨款结余', row: /使用非财政拨款结余|用事业基金弥补收支差额/ },
  carryIn: { name: '年初结转和结余', row: /年初结转和结余|年初结余/, t04: /年初.*结转和结余|年初.*结余/ },
  surplusDistribution: { name: '结余分配', row: /结余分配/ },
  carryOut: { name: '年末结转和结余', row: /年末结转和结余|年末结余/, t04: /年末.*结转和结余|年末.*结余/ },
} as const;

/** T03's expenditure parts (its columns after 本年支出合计), in the template's order. */
export const EXPENDITURE_PARTS = ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] as const;
export type ExpenditurePart = (typeof EXPENDITURE_PARTS)[number];

export const EXPENDITURE: Readonly<Record<ExpenditurePart, { readonly name: string; readonly aliases: readonly string[]; readonly column: RegExp }>> = {
  basic: { name: '基本支出', aliases: [], column: /基本支出/ },
  project: { name: '项目支出', aliases: [], column: /项目支出/ },
  toSuperior: { name: '上缴上级支出', aliases: [], column: /上缴上级/ },
  operating: { name: '经营支出', aliases: [], column: /经营支出/ },
  toAffiliated: { name: '对附属单位补助支出', aliases: [], column: /附属单位/ },
};

/** T13's items, for 预算数 and 决算数 separately. */
export const SAN_GONG_KEYS = ['total', 'abroad', 'vehicleTotal', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
export type SanGongKey = (typeof SAN_GONG_KEYS)[number];

interface SanGongEntry {
  /** As T13 and the model's messages name it. */
  readonly name: string;
  /** As the generated 说明 names it (differs for the total). */
  readonly narrativeName: string;
  /** Other names templates (tables.md §3 T13) and the 说明 use. */
  readonly aliases: readonly string[];
  /** The item it is a part of. */
  readonly partOf?: SanGongKey;
  /** A T13 header text naming it (tried in the order of SAN_GONG_HEADER_ORDER). */
  readonly header: RegExp;
  /** Its 经济分类 款 in T08/T09 (named by classification/economic.ts). */
  readonly economic?: { readonly code: string };
}

export const SAN_GONG: Readonly<Record<SanGongKey, SanGongEntry>> = {
  total: {
    name: '合计',
    narrativeName: '“三公”经费财政拨款',
    aliases: ['“三公”经费', '"三公"经费', '三公经费'],
    header: /^(?:合计|总计)$|^三公经费合计/,
  },
  abroad: {
    name: '因公出国（境）费',
    narrativeName: '因公出国（境）费',
    aliases: ['因公出国（境）经费', '因公出国（境）支出'],
    partOf: 'total',
    header: /因公出国/,
    economic: { code: '30212' },
  },
  vehicleTotal: {
    name: '公务用车购置及运行维护费',
    narrativeName: '公务用车购置及运行维护费',
    aliases: ['公务用车购置及运行费', '公务用车购置及运行维护支出'],
    partOf: 'total',
    header: /购置及运行|购置和运行|购置与运行/,
  },
  vehiclePurchase: {
    name: '公务用车购置费',
    narrativeName: '公务用车购置费',
    aliases: ['公务用车购置支出'],
    partOf: 'vehicleTotal',
    header: /购置/,
    economic: { code: '31013' },
  },
  vehicleOperation: {
    name: '公务用车运行维护费',
    narrativeName: '公务用车运行维护费',
    aliases: ['公务用车运行费', '公务用车运行支出', '公务用车运行维护支出'],
    partOf: 'vehicleTotal',
    header: /运行/,
    economic: { code: '30231' },
  },
  reception: {
    name: '公务接待费',
    narrativeName: '公务接待费',
    aliases: ['公务接待支出'],
    partOf: 'total',
    header: /公务接待|接待费/,
    economic: { code: '30217' },
  },
};

/** The parts of a 三公 item, in SAN_GONG_KEYS order. */
export function sanGongParts(key: SanGongKey): SanGongKey[] {
  return SAN_GONG_KEYS.filter((k) => SAN_GONG[k].partOf === key);
}

/** The items with a 经济分类 款, by code: [code, item]. */
export const SAN_GONG_ECONOMIC: readonly (readonly [string, SanGongKey])[] = SAN_GONG_KEYS.flatMap((k) => {
  const e = SAN_GONG[k].economic;
  return e ? [[e.code, k] as const] : [];
}).sort((a, b) => a[0].localeCompare(b[0]));

/** Header matching order: the total, its parts, then theirs (购置及运行 before 购置 and 运行). */
export const SAN_GONG_HEADER_ORDER: readonly SanGongKey[] = [
  'total' as const,
  ...sanGongParts('total'),
  ...sanGongParts('total').flatMap(sanGongParts),
];

/** The total and its three parts: the items the 说明 talks about. */
export const SAN_GONG_NARRATED = ['total', 'abroad', 'vehicleTotal', 'reception'] as const satisfies readonly SanGongKey[];
export type SanGongItem = (typeof SAN_GONG_NARRATED)[number];

/** 公务接待费's split, known to the 说明 only (T13 has one 公务接待费). */
export const RECEPTION_PARTS = {
  receptionDomestic: { name: '国内公务接待', aliases: ['国内公务接待支出', '国内公务接待费'] },
  receptionForeign: { name: '外事接待', aliases: ['外事接待支出'] },
} as const;
