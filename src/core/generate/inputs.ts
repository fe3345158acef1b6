import Decimal from 'decimal.js';
import { SAN_GONG, SAN_GONG_NARRATED, type SanGongItem } from '../tables/lines';
import type { Unit } from '../amount/units';
import { SAN_GONG_ITEMS } from './partLabels';

/*
 * Every input the generator takes beyond this year's tables, declared once: where it goes in
 * GenerateInputs (path), its key in the inputs JSON (docs/prior-json.md), its kind, and the pane
 * form's group, label and the 说明 sentence it fills. The JSON reader (inputsJson.ts), the key a
 * placeholder names (jsonKeyOf), the pane's form and its filling from last year's workbook all
 * derive from INPUTS and CODE_INPUTS; a new input is a field of the interfaces below and one entry
 * here, and the section builder that writes its sentence.
 */

/** The key of the unit the other amounts are in (a file's or the form's): 万元 unless it says 元. */
export const UNIT_KEY = '金额单位';

/** The unit a 金额单位 value stands for. */
export function unitOfKey(value: unknown): Unit {
  return value === '元' ? '元' : '万元';
}

/** The `reasons` key of a 五（三） line's budget gap ("budgetGap:2010301"). */
export function budgetGapReason(code: string): string {
  return `budgetGap:${code}`;
}

/**
 * What the generator needs beyond this year's tables. Amounts are in 万元 (the JSON reader
 * converts 元). Everything is optional: a missing input becomes a 【请填写：…】 placeholder in the
 * text, never a guessed figure.
 */
export interface GenerateInputs {
  readonly prior?: PriorFigures;
  readonly budget?: BudgetFigures;
  /** Free-text reasons by key: the `reasons.…` paths of INPUTS, or `budgetGap:<项 code>` for one
   * 五（三） line (CODE_INPUTS.reason). */
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

export type InputKind =
  /** 4-digit year (the JSON takes any non-negative integer; the form asks for four digits). */
  | 'year'
  /** Money in the file's or form's unit (万元 unless 金额单位 says 元). */
  | 'amount'
  /** A non-negative integer (团组, 辆, 批次 …). */
  | 'count'
  /** One line of text. */
  | 'text'
  /** A reason or a paragraph. */
  | 'longText'
  /** true / false (the form offers 未填 / 是 / 否). */
  | 'flag'
  /** 金额单位: how the file's other amounts are read, not an input of its own. */
  | 'unit';

/** The form's groups, in its order (docs/prior-json.md: 在任务窗格中填写). */
export const INPUT_GROUPS = [
  { id: 'unit', title: '单位信息' },
  { id: 'prior', title: '上年数据' },
  { id: 'budget', title: '预算数' },
  { id: 'reasons', title: '变动原因' },
  { id: 'counts', title: '数量' },
  { id: 'procurement', title: '政府采购' },
  { id: 'assets', title: '国有资产' },
  { id: 'performance', title: '绩效' },
] as const;

export type InputGroup = (typeof INPUT_GROUPS)[number]['id'];

/** Every place a value can go in GenerateInputs, dotted ("prior.sanGong.reception"): a misspelt path
 * in INPUTS does not compile. */
type PathsOf<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Decimal | number | string | boolean
    ? K
    : string extends keyof NonNullable<T[K]>
      ? `${K}.${string}`
      : `${K}.${PathsOf<NonNullable<T[K]>>}`;
}[keyof T & string];
export type InputPath = PathsOf<GenerateInputs>;

export interface InputSpec {
  /** Where the value goes in GenerateInputs ("prior.sanGong.reception", "reasons.totalChange");
   * absent for 金额单位, which only says how the others are read. */
  readonly path?: InputPath;
  /** Its key in the inputs JSON, dotted ("三公经费.公务接待费"); also the form field's key. */
  readonly key: string;
  readonly kind: InputKind;
  readonly group: InputGroup;
  /** The form field's name, unique in the form. */
  readonly label: string;
  /** The sentence of the 说明 it fills (an excerpt; … stands for the figures). */
  readonly sentence: string;
  /** Unit written after a count (个, 辆 …); amounts are in the form's unit. */
  readonly unit?: string;
  /** flag and unit: [stored value, text]; '' is "not said" (flag) or 万元 (unit). */
  readonly choices?: readonly (readonly [string, string])[];
  /** Reasons: the path of the reason above that usually holds the same (the form offers 同上). */
  readonly sameAs?: string;
}

/** The reason key (GenerateInputs.reasons) of each 三公 item's change from last year. */
export const SAN_GONG_CHANGE_REASON: Readonly<Record<SanGongItem, string>> = {
  total: 'sanGongChange',
  abroad: 'abroadChange',
  vehicleTotal: 'vehicleChange',
  reception: 'receptionChange',
};

/** 三公 items by T13's names (合计, 因公出国（境）费 …). */
const sanGongKey = (item: SanGongItem): string => SAN_GONG[item].name;

/** Where the 说明 speaks of a 三公 item: 七（一） the total, 七（二）1.–3. its items. */
const sanGongSentence = (item: SanGongItem): string =>
  item === 'total' ? `七（一）${SAN_GONG.total.narrativeName}支出` : `七（二）${SAN_GONG_ITEMS.indexOf(item) + 1}.${sanGongKey(item)}`;

const sanGongName = (item: SanGongItem): string => (item === 'total' ? '“三公”经费合计' : sanGongKey(item));

type Entry = Omit<InputSpec, 'group'>;
const amount = (path: InputPath, key: string, label: string, sentence: string): Entry => ({ path, key, kind: 'amount', label, sentence });
const count = (path: InputPath, key: string, label: string, sentence: string, unit: string): Entry => ({ path, key, kind: 'count', label, sentence, unit });
const reason = (name: string, key: string, label: string, sentence: string, sameAs?: string): Entry => ({
  path: `reasons.${name}`, key: `原因.${key}`, kind: 'longText', label, sentence, sameAs: sameAs && `reasons.${sameAs}`,
});
const group = (id: InputGroup, entries: readonly Entry[]): InputSpec[] => entries.map((e) => ({ ...e, group: id }));

/** Every fixed input, in the form's order. Per-科目 inputs are CODE_INPUTS. */
export const INPUTS: readonly InputSpec[] = [
  ...group('unit', [
    { path: 'entity', key: '单位名称', kind: 'text', label: '单位名称', sentence: '全文的单位名称（留空则用附表表头的单位名称）' },
    {
      path: 'adminUnit',
      key: '行政单位',
      kind: 'flag',
      label: '行政单位',
      sentence: '十（一）“机关运行经费支出…”：行政单位的机关运行经费即六中的公用经费合计；事业单位写“不涉及机关运行经费”（未填时按附表和单位名称推断）',
      choices: [
        ['', '未填'],
        ['true', '是（行政单位）'],
        ['false', '否（事业单位）'],
      ],
    },
    {
      key: UNIT_KEY,
      kind: 'unit',
      label: '表单金额单位',
      sentence: '本表单各金额栏的单位（说明中一律写万元）',
      choices: [
        ['', '万元'],
        ['元', '元'],
      ],
    },
  ]),
  ...group('prior', [
    { path: 'prior.year', key: '年度', kind: 'year', label: '上年年度', sentence: '“与××年度相比”中的上年年度（留空为本年度减一）' },
    amount('prior.total', '收入支出总计', '上年收入支出总计', '一、“与上年相比，收、支总计各增加（减少）…万元”'),
    amount('prior.fiscalTotal', '财政拨款收入支出总计', '上年财政拨款收入支出总计', '四、“与上年相比，财政拨款收、支总计各增加（减少）…万元”'),
    amount('prior.generalBudgetExpenditure', '一般公共预算财政拨款支出', '上年一般公共预算财政拨款支出', '五（一）“与上年相比，一般公共预算财政拨款支出增加（减少）…万元”'),
    ...SAN_GONG_NARRATED.map((item) =>
      amount(`prior.sanGong.${item}`, `三公经费.${sanGongKey(item)}`, `上年${sanGongName(item)}`, `${sanGongSentence(item)}“…比上年增加（减少）…万元”`),
    ),
    amount('prior.runningCost', '机关运行经费', '上年机关运行经费', '十（一）“机关运行经费支出…万元，比上年增加（减少）…”'),
  ]),
  ...group('budget', [
    amount('budget.generalBudgetTotal', '预算.一般公共预算财政拨款支出.合计', '一般公共预算财政拨款支出全年预算数', '五（三）“全年预算数为…万元，…完成全年预算数的…%”（留空为各科目预算之和）'),
    ...SAN_GONG_NARRATED.map((item) =>
      amount(`budget.sanGong.${item}`, `预算.三公经费.${sanGongKey(item)}`, `${sanGongName(item)}预算数`, `${sanGongSentence(item)}“预算为…万元，…完成预算的…%”（表13 有预算数时以表13 为准）`),
    ),
  ]),
  ...group('reasons', [
    reason('totalChange', '收入支出总计变动', '收入支出总计变动原因', '一、收、支总计“…主要变动原因是…”'),
    reason('fiscalTotalChange', '财政拨款收入支出总计变动', '财政拨款收入支出总计变动原因', '四、财政拨款收、支总计“…主要变动原因是…”', 'totalChange'),
    reason('generalBudgetChange', '一般公共预算财政拨款支出变动', '一般公共预算财政拨款支出变动原因', '五（一）一般公共预算财政拨款支出“…主要变动原因是…”', 'fiscalTotalChange'),
    reason('sanGongBudgetGap', '三公经费预算执行', '“三公”经费预算执行原因', '七（一）“决算数大于（小于）预算数的主要原因是…”'),
    reason(SAN_GONG_CHANGE_REASON.total, '三公经费变动', '“三公”经费变动原因', '七（一）“决算数较上年变动的主要原因是…”'),
    ...SAN_GONG_ITEMS.flatMap((item) => {
      const name = sanGongKey(item);
      const n = sanGongSentence(item);
      return [
        reason(`sanGongBudgetGap:${item}`, `${name}预算执行`, `${name}预算执行原因`, `${n}“决算数大于（小于）预算数的主要原因是…”`),
        reason(SAN_GONG_CHANGE_REASON[item], `${name}变动`, `${name}变动原因`, `${n}“…比上年增加（减少）…。主要原因是…”`),
      ];
    }),
    reason('runningCostChange', '机关运行经费变动', '机关运行经费变动原因', '十（一）机关运行经费“…比上年增加（减少）…。主要原因是…”'),
  ]),
  ...group('counts', [
    count('counts.abroadGroups', '数量.因公出国（境）团组', '因公出国（境）团组数', '七（二）1.“全年安排因公出国（境）团组…个”', '个'),
    count('counts.abroadPersons', '数量.因公出国（境）人次', '因公出国（境）人次', '七（二）1.“出国（境）…人次”', '人次'),
    count('counts.vehiclesBought', '数量.购置公务用车', '购置公务用车辆数', '七（二）2.“全年按规定更新购置公务用车…辆”', '辆'),
    count('counts.vehiclesHeld', '数量.公务用车保有量', '公务用车保有量', '七（二）2.“年末，…共有公务用车…辆”', '辆'),
    amount('counts.foreignReception', '外事接待支出', '外事接待支出', '七（二）3.“外事接待支出…万元”；国内公务接待支出 = 公务接待费 − 外事接待支出'),
    count('counts.receptionBatches', '数量.国内公务接待批次', '国内公务接待批次', '七（二）3.“国内公务接待…批次”', '批次'),
    count('counts.receptionPersons', '数量.国内公务接待人次', '国内公务接待人次', '七（二）3.“…人次（不包括陪同人员）”', '人次'),
    count('counts.foreignReceptionBatches', '数量.外事接待批次', '外事接待批次', '七（二）3.“外事接待…批次”', '批次'),
    count('counts.foreignReceptionPersons', '数量.外事接待人次', '外事接待人次', '七（二）3.“外事接待…批次，…人次”', '人次'),
  ]),
  ...group('procurement', [
    amount('procurement.goods', '政府采购.货物', '政府采购货物支出', '十（二）“政府采购货物支出…万元”（总额 = 货物 + 工程 + 服务）'),
    amount('procurement.works', '政府采购.工程', '政府采购工程支出', '十（二）“政府采购工程支出…万元”'),
    amount('procurement.services', '政府采购.服务', '政府采购服务支出', '十（二）“政府采购服务支出…万元”'),
    amount('procurement.sme', '政府采购.授予中小企业', '授予中小企业合同金额', '十（二）“授予中小企业合同金额…万元，占政府采购支出总额的…”'),
    amount('procurement.smallMicro', '政府采购.授予小微企业', '授予小微企业合同金额', '十（二）“其中：授予小微企业合同金额…万元”'),
  ]),
  ...group('assets', [
    count('assets.vehicles', '国有资产.车辆', '车辆数', '十（三）“年末，…共有车辆…辆”', '辆'),
    count('assets.equipmentOver1m', '国有资产.单价100万元以上设备', '单价100万元以上设备数', '十（三）“单价100万元（含）以上设备…台（套）”', '台（套）'),
  ]),
  ...group('performance', [
    count('performance.evaluated', '预算绩效管理.事前绩效评估项目数', '事前绩效评估项目数', '预算绩效管理情况“组织对…个项目开展了预算事前绩效评估”', '个'),
    count('performance.targets', '预算绩效管理.绩效目标项目数', '编制绩效目标项目数', '预算绩效管理情况“对…个项目编制了绩效目标”', '个'),
    count('performance.monitored', '预算绩效管理.绩效监控项目数', '绩效监控项目数', '预算绩效管理情况“选取…个项目开展绩效监控”', '个'),
    { path: 'performance.selfEvaluation', key: '预算绩效管理.绩效自评', kind: 'longText', label: '绩效自评情况', sentence: '预算绩效管理情况：绩效自评一段（自评范围、得分和综述），原样写入' },
  ]),
];

/** A 类/款/项 code (3, 5 or 7 digits). */
export const CODE = /^\d{3}(\d{2}){0,2}$/;


/** An input that exists once per 五（三） line: the JSON key is its parent's key and the line's code. */
export interface CodeInputSpec {
  /** GenerateInputs path before the code ("budget.generalBudgetByCode." + code). */
  readonly pathPrefix: string;
  /** JSON key of the object that holds one value per code. */
  readonly parentKey: string;
  readonly kind: InputKind;
  readonly group: InputGroup;
  /** The form lists a line's field right after this input (its path). */
  readonly after: string;
  label(code: string, name: string): string;
  sentence(code: string, name: string): string;
}

const what = (code: string, name: string) => (name ? `${code} ${name}` : code);

/** The two inputs of each 五（三） line: its 全年预算 and the reason its 决算数 differs. */
export const CODE_INPUTS = {
  budget: {
    pathPrefix: 'budget.generalBudgetByCode.',
    parentKey: '预算.一般公共预算财政拨款支出',
    kind: 'amount',
    group: 'budget',
    after: 'budget.generalBudgetTotal',
    label: (code, name) => `${what(code, name)} 全年预算`,
    sentence: (code, name) => `五（三）“…${name || code}：全年预算为…万元”`,
  },
  reason: {
    pathPrefix: `reasons.${budgetGapReason('')}`,
    parentKey: '原因',
    kind: 'longText',
    group: 'reasons',
    after: 'reasons.generalBudgetChange',
    label: (code, name) => `${what(code, name)} 预算执行原因`,
    sentence: (code, name) => `五（三）${name || code}“决算数大于（小于）预算数的主要原因是…”`,
  },
} as const satisfies Record<string, CodeInputSpec>;

const BY_PATH = new Map(INPUTS.filter((s) => s.path).map((s) => [s.path as string, s]));
const BY_KEY = new Map(INPUTS.map((s) => [s.key, s]));

/** The fixed input of a JSON key, or undefined. */
export function inputOfKey(key: string): InputSpec | undefined {
  return BY_KEY.get(key);
}

/** The per-code input a JSON key belongs to, with its code ("原因.2010302"), or undefined. */
export function codeInputOfKey(key: string): { spec: CodeInputSpec; code: string } | undefined {
  const dot = key.lastIndexOf('.');
  const parent = key.slice(0, dot);
  const code = key.slice(dot + 1);
  if (dot < 0 || !CODE.test(code)) return undefined;
  const spec = Object.values(CODE_INPUTS).find((s) => s.parentKey === parent);
  return spec && { spec, code };
}

/** The code of a per-line input path ("reasons.budgetGap:2010301" → "2010301"), or null. */
export function codeOfInput(input: string): string | null {
  for (const spec of Object.values(CODE_INPUTS)) {
    if (!input.startsWith(spec.pathPrefix)) continue;
    const code = input.slice(spec.pathPrefix.length);
    return CODE.test(code) ? code : null;
  }
  return null;
}

/**
 * The JSON key that fills an input path, for the user ("prior.sanGong.reception" →
 * "三公经费.公务接待费"; "procurement", the whole group, → "政府采购"; "tables.T13" → 工作簿中的T13表).
 */
export function jsonKeyOf(input: string): string {
  const fixed = BY_PATH.get(input);
  if (fixed) return fixed.key;
  for (const spec of Object.values(CODE_INPUTS)) {
    if (input.startsWith(spec.pathPrefix)) return `${spec.parentKey}.${input.slice(spec.pathPrefix.length)}`;
  }
  if (input.startsWith('tables.')) return `工作簿中的${input.slice(7)}表`;
  // A whole group ("procurement"): the JSON object its inputs share.
  const parents = new Set(INPUTS.filter((s) => s.path?.startsWith(`${input}.`)).map((s) => s.key.split('.').slice(0, -1).join('.')));
  const [parent] = parents;
  return parents.size === 1 && parent ? parent : input;
}
