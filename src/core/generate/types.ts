import { CellRef } from '../grid/cellRef';

/** The inputs beyond this year's tables, declared with their JSON keys and form fields in inputs.ts. */
export type { Counts, GenerateInputs, PriorFigures } from './inputs';

/** The 三公 items the 说明 talks about (tables/lines.ts). */
export type { SanGongItem } from '../tables/lines';

export interface GenerateOptions {
  /** 'fixed2': 36.60%; 'samples': two decimals with trailing zeros trimmed (36.6%, 100%). */
  readonly shares: 'fixed2' | 'samples';
  /** 'trimmed': 258.6万元; 'fixed': 258.60万元. */
  readonly amounts: 'trimmed' | 'fixed';
  /** 'computed': each share rounded on its own; 'largest-remainder': shares of a structure sum to 100. */
  readonly structureShares: 'computed' | 'largest-remainder';
  /** 'list': zero items are stated (Sichuan habit); 'omit': 不涉及的不列 (national template). */
  readonly zeroItems: 'list' | 'omit';
  /** 六: state the amount of each 经济分类 item, or only name them. */
  readonly basicItemAmounts: boolean;
}

export const DEFAULT_OPTIONS: GenerateOptions = {
  shares: 'samples',
  amounts: 'trimmed',
  structureShares: 'computed',
  zeroItems: 'list',
  basicItemAmounts: true,
};

/**
 * Something the generator decided for the user and the user may want to change: a 行政单位
 * inferred from the tables, a reason reused from another section. Shown beside the text (pane,
 * CLI), never inside it.
 */
export interface GenerationNote {
  /** Input that overrides what the note describes ("adminUnit", "reasons.fiscalTotalChange"). */
  readonly input: string;
  /** Heading of the section it concerns. */
  readonly section: string;
  /** The note in Chinese, one sentence or two. */
  readonly text: string;
}

/** A gap the user must fill: where it is and which input would have filled it. */
export interface Placeholder {
  /** Input path in English (e.g. "prior.total", "reasons.totalChange", "budget.generalBudgetByCode.2010301"). */
  readonly input: string;
  /** What to write, as shown in the text: 【请填写：label】. */
  readonly label: string;
  /** Heading of the section it sits in. */
  readonly section: string;
}

export interface Paragraph {
  readonly text: string;
  /** Table cells whose figures the paragraph states. */
  readonly cells: readonly CellRef[];
}

export interface Section {
  /** Stable id: overview, income, expenditure, fiscal, generalBudget(.overall|.structure|.items),
   * basic, sanGong(.overall|.items), govFund, soeCapital, performance, other(.runningCost|…). */
  readonly key: string;
  /** Heading as printed, with its number: "一、收入支出决算总体情况说明", "（一）…". */
  readonly heading: string;
  readonly paragraphs: readonly Paragraph[];
  readonly subsections: readonly Section[];
}

export interface GeneratedNarrative {
  /** "2023年度部门决算情况说明". */
  readonly title: string;
  /** 单位名称 as given (inputs or the workbook); absent when unknown (the text then says 本部门). */
  readonly entity?: string;
  readonly sections: readonly Section[];
  readonly text: string;
  readonly placeholders: readonly Placeholder[];
  /** What was inferred or reused rather than given (a 行政单位 read from the tables …). */
  readonly notes: readonly GenerationNote[];
}
