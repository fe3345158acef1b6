import Decimal from 'decimal.js';
import { CellRef } from '../grid/cellRef';
import type { SanGongItem } from '../tables/lines';

/**
 * What the generator needs beyond this year's tables. Amounts are in 万元 (the JSON reader
 * converts 元). Everything is optional: a missing input becomes a 【请填写：…】 placeholder in the
 * text, never a guessed figure. docs/prior-json.md maps each field to its Chinese JSON key.
 */
export interface GenerateInputs {
  readonly prior?: PriorFigures;
  readonly budget?: BudgetFigures;
  /** Free-text reasons by key: totalChange, fiscalTotalChange, generalBudgetChange, sanGongBudgetGap,
   * sanGongChange, abroadChange, vehicleChange, receptionChange, runningCostChange, or
   * `budgetGap:<项 code>` for one 五（三） line. */
  readonly reasons?: Readonly<Record<string, string>>;
  readonly counts?: Counts;
  /** 行政单位: its 机关运行经费 is the 公用经费 of T08. Overrides what the tables and the name
   * suggest (unitKind.ts); when neither tells, a placeholder in 十（一）. */
  readonly adminUnit?: boolean;
  /** Overrides the entity name read from the tables. */
  readonly entity?: string;
  readonly procurement?: Procurement;
  readonly assets?: Assets;
  readonly performance?: Performance;
}

/** Last year's figures (万元). 年度 defaults to this year − 1. */
export interface PriorFigures {
  readonly year?: number;
  /** 收入支出总计 (T01 总计). */
  readonly total?: Decimal;
  /** 财政拨款收入支出总计 (T04 总计). */
  readonly fiscalTotal?: Decimal;
  /** 一般公共预算财政拨款支出 (T06 合计). */
  readonly generalBudgetExpenditure?: Decimal;
  /** 三公经费 决算数. */
  readonly sanGong?: Partial<Record<SanGongItem, Decimal>>;
  /** 机关运行经费. */
  readonly runningCost?: Decimal;
}

/** The 三公 items the 说明 talks about (tables/lines.ts). */
export type { SanGongItem } from '../tables/lines';

/** This year's budget figures (万元). 三公 budget comes from T13 when the table has it. */
export interface BudgetFigures {
  /** 一般公共预算财政拨款支出 全年预算 合计. */
  readonly generalBudgetTotal?: Decimal;
  /** 全年预算 per 功能分类 code (the rows listed in 五（三）). */
  readonly generalBudgetByCode?: Readonly<Record<string, Decimal>>;
  readonly sanGong?: Partial<Record<SanGongItem, Decimal>>;
}

/** Counts only the unit knows. */
export interface Counts {
  readonly abroadGroups?: number;
  readonly abroadPersons?: number;
  readonly vehiclesBought?: number;
  readonly vehiclesHeld?: number;
  readonly receptionBatches?: number;
  readonly receptionPersons?: number;
  /** 外事接待 amount in 万元 (the rest of 公务接待费 is 国内). */
  readonly foreignReception?: Decimal;
  readonly foreignReceptionBatches?: number;
  readonly foreignReceptionPersons?: number;
}

export interface Procurement {
  readonly goods?: Decimal;
  readonly works?: Decimal;
  readonly services?: Decimal;
  /** 授予中小企业合同金额. */
  readonly sme?: Decimal;
  /** 其中授予小微企业合同金额. */
  readonly smallMicro?: Decimal;
}

export interface Assets {
  readonly vehicles?: number;
  /** 单价100万元（含）以上设备, 台（套）. */
  readonly equipmentOver1m?: number;
}

export interface Performance {
  /** 事前绩效评估 project count. */
  readonly evaluated?: number;
  /** 编制绩效目标 project count. */
  readonly targets?: number;
  /** 绩效监控 project count. */
  readonly monitored?: number;
  /** 绩效自评 paragraph, as the unit writes it. */
  readonly selfEvaluation?: string;
}

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
