import Decimal from 'decimal.js';
import { parseAmountText } from '../../core/amount/parse';
import { fromYuan, toYuan, Unit } from '../../core/amount/units';
import { CannotCheckError, isCannotCheckError } from '../../core/errors';
import {
  ASSETS_JSON,
  COUNT_JSON,
  jsonKeyOf,
  parseInputsJson,
  PERFORMANCE_JSON,
  PROCUREMENT_JSON,
  REASON_JSON,
  SAN_GONG_JSON,
} from '../../core/generate/inputsJson';
import { SAN_GONG_ITEMS } from '../../core/generate/partLabels';
import { SAN_GONG_CHANGE_REASON } from '../../core/generate/sections/sanGong';
import type { GeneratedNarrative, GenerateInputs, PriorFigures } from '../../core/generate/types';
import { SAN_GONG, SAN_GONG_NARRATED, type SanGongItem } from '../../core/tables/lines';
import { digitsOf } from '../../core/layout/text';
import type { WorkbookModel } from '../../core/model/types';

/*
 * The 生成说明 tab's input form: one field for every key of the inputs JSON (docs/prior-json.md),
 * grouped by section, each with the sentence of the 说明 it fills. The form is the single source
 * of the inputs: it is saved in the document's settings and turned into the CLI's JSON, which the
 * CLI's own reader (parseInputsJson) reads, so the pane and `generate --inputs` accept exactly the
 * same things. The JSON box of the advanced section imports into / exports from the form.
 */

export type FieldKind =
  /** 4-digit year. */
  | 'year'
  /** Money, in the form's unit (万元 unless 金额单位 says 元); "1,924.37万元" and full-width digits welcome. */
  | 'amount'
  /** A non-negative integer (团组, 辆, 批次 …). */
  | 'count'
  /** One line of text. */
  | 'text'
  /** A reason or a paragraph. */
  | 'longText'
  /** One of a few values (行政单位, 金额单位). */
  | 'choice';

export interface FormField {
  /** JSON path in docs/prior-json.md: "收入支出总计", "三公经费.公务接待费", "预算.一般公共预算财政拨款支出.2010301". */
  readonly key: string;
  /** The field's name (its accessible label), unique in the form. */
  readonly label: string;
  /** The sentence of the 说明 it fills (an excerpt; … stands for the figures). */
  readonly sentence: string;
  readonly kind: FieldKind;
  /** Unit shown after the box (万元, 个, 辆 …); a count may be typed with it. */
  readonly unit?: string;
  /** choice: [stored value, text]; '' is "not said". */
  readonly choices?: readonly (readonly [string, string])[];
  /** Reasons: the field above that usually holds the same reason (offered as 同上). */
  readonly sameAs?: string;
}

export interface FormSection {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

const BUDGET_GB = '预算.一般公共预算财政拨款支出';
const CODE = /^\d{3}(\d{2}){0,2}$/;

/** Where the 说明 speaks of a 三公 item: 七（一） the total, 七（二）1.–3. its items. */
const sanGongSentence = (item: SanGongItem): string =>
  item === 'total' ? `七（一）${SAN_GONG.total.narrativeName}支出` : `七（二）${SAN_GONG_ITEMS.indexOf(item) + 1}.${SAN_GONG_JSON[item]}`;

const sanGongName = (item: SanGongItem) => (item === 'total' ? '“三公”经费合计' : SAN_GONG_JSON[item]);

const amount = (key: string, label: string, sentence: string): FormField => ({ key, label, sentence, kind: 'amount', unit: '万元' });
const count = (key: string, label: string, sentence: string, unit: string): FormField => ({ key, label, sentence, kind: 'count', unit });
const reason = (key: string, label: string, sentence: string, sameAs?: string): FormField => ({ key, label, sentence, kind: 'longText', sameAs });

const r = (k: keyof typeof REASON_JSON | string) => `原因.${REASON_JSON[k]}`;

/** The fixed fields, by section. Per-科目 fields (五（三）) are added by sectionsOf. */
export const FORM_SECTIONS: readonly FormSection[] = [
  {
    id: 'unit',
    title: '单位信息',
    fields: [
      { key: '单位名称', label: '单位名称', sentence: '全文的单位名称（留空则用附表表头的单位名称）', kind: 'text' },
      {
        key: '行政单位',
        label: '行政单位',
        sentence: '十（一）“机关运行经费支出…”：行政单位的机关运行经费即六中的公用经费合计；事业单位写“不涉及机关运行经费”（未填时按附表和单位名称推断）',
        kind: 'choice',
        choices: [
          ['', '未填'],
          ['true', '是（行政单位）'],
          ['false', '否（事业单位）'],
        ],
      },
      {
        key: '金额单位',
        label: '表单金额单位',
        sentence: '本表单各金额栏的单位（说明中一律写万元）',
        kind: 'choice',
        choices: [
          ['', '万元'],
          ['元', '元'],
        ],
      },
    ],
  },
  {
    id: 'prior',
    title: '上年数据',
    fields: [
      { key: '年度', label: '上年年度', sentence: '“与××年度相比”中的上年年度（留空为本年度减一）', kind: 'year' },
      amount('收入支出总计', '上年收入支出总计', '一、“与上年相比，收、支总计各增加（减少）…万元”'),
      amount('财政拨款收入支出总计', '上年财政拨款收入支出总计', '四、“与上年相比，财政拨款收、支总计各增加（减少）…万元”'),
      amount('一般公共预算财政拨款支出', '上年一般公共预算财政拨款支出', '五（一）“与上年相比，一般公共预算财政拨款支出增加（减少）…万元”'),
      ...SAN_GONG_NARRATED.map((item) =>
        amount(`三公经费.${SAN_GONG_JSON[item]}`, `上年${sanGongName(item)}`, `${sanGongSentence(item)}“…比上年增加（减少）…万元”`),
      ),
      amount('机关运行经费', '上年机关运行经费', '十（一）“机关运行经费支出…万元，比上年增加（减少）…”'),
    ],
  },
  {
    id: 'budget',
    title: '预算数',
    fields: [
      amount(`${BUDGET_GB}.合计`, '一般公共预算财政拨款支出全年预算数', '五（三）“全年预算数为…万元，…完成全年预算数的…%”（留空为各科目预算之和）'),
      ...SAN_GONG_NARRATED.map((item) =>
        amount(`预算.三公经费.${SAN_GONG_JSON[item]}`, `${sanGongName(item)}预算数`, `${sanGongSentence(item)}“预算为…万元，…完成预算的…%”（表13 有预算数时以表13 为准）`),
      ),
    ],
  },
  {
    id: 'reasons',
    title: '变动原因',
    fields: [
      reason(r('totalChange'), '收入支出总计变动原因', '一、收、支总计“…主要变动原因是…”'),
      reason(r('fiscalTotalChange'), '财政拨款收入支出总计变动原因', '四、财政拨款收、支总计“…主要变动原因是…”', r('totalChange')),
      reason(r('generalBudgetChange'), '一般公共预算财政拨款支出变动原因', '五（一）一般公共预算财政拨款支出“…主要变动原因是…”', r('fiscalTotalChange')),
      reason(r('sanGongBudgetGap'), '“三公”经费预算执行原因', '七（一）“决算数大于（小于）预算数的主要原因是…”'),
      reason(r('sanGongChange'), '“三公”经费变动原因', '七（一）“决算数较上年变动的主要原因是…”'),
      ...SAN_GONG_ITEMS.flatMap((item) => {
        const name = SAN_GONG_JSON[item];
        const n = sanGongSentence(item);
        return [
          reason(r(`sanGongBudgetGap:${item}`), `${name}预算执行原因`, `${n}“决算数大于（小于）预算数的主要原因是…”`),
          reason(r(SAN_GONG_CHANGE_REASON[item]), `${name}变动原因`, `${n}“…比上年增加（减少）…。主要原因是…”`),
        ];
      }),
      reason(r('runningCostChange'), '机关运行经费变动原因', '十（一）机关运行经费“…比上年增加（减少）…。主要原因是…”'),
    ],
  },
  {
    id: 'counts',
    title: '数量',
    fields: [
      count(`数量.${COUNT_JSON.abroadGroups}`, '因公出国（境）团组数', '七（二）1.“全年安排因公出国（境）团组…个”', '个'),
      count(`数量.${COUNT_JSON.abroadPersons}`, '因公出国（境）人次', '七（二）1.“出国（境）…人次”', '人次'),
      count(`数量.${COUNT_JSON.vehiclesBought}`, '购置公务用车辆数', '七（二）2.“全年按规定更新购置公务用车…辆”', '辆'),
      count(`数量.${COUNT_JSON.vehiclesHeld}`, '公务用车保有量', '七（二）2.“年末，…共有公务用车…辆”', '辆'),
      amount('外事接待支出', '外事接待支出', '七（二）3.“外事接待支出…万元”；国内公务接待支出 = 公务接待费 − 外事接待支出'),
      count(`数量.${COUNT_JSON.receptionBatches}`, '国内公务接待批次', '七（二）3.“国内公务接待…批次”', '批次'),
      count(`数量.${COUNT_JSON.receptionPersons}`, '国内公务接待人次', '七（二）3.“…人次（不包括陪同人员）”', '人次'),
      count(`数量.${COUNT_JSON.foreignReceptionBatches}`, '外事接待批次', '七（二）3.“外事接待…批次”', '批次'),
      count(`数量.${COUNT_JSON.foreignReceptionPersons}`, '外事接待人次', '七（二）3.“外事接待…批次，…人次”', '人次'),
    ],
  },
  {
    id: 'procurement',
    title: '政府采购',
    fields: [
      amount(`政府采购.${PROCUREMENT_JSON.goods}`, '政府采购货物支出', '十（二）“政府采购货物支出…万元”（总额 = 货物 + 工程 + 服务）'),
      amount(`政府采购.${PROCUREMENT_JSON.works}`, '政府采购工程支出', '十（二）“政府采购工程支出…万元”'),
      amount(`政府采购.${PROCUREMENT_JSON.services}`, '政府采购服务支出', '十（二）“政府采购服务支出…万元”'),
      amount(`政府采购.${PROCUREMENT_JSON.sme}`, '授予中小企业合同金额', '十（二）“授予中小企业合同金额…万元，占政府采购支出总额的…”'),
      amount(`政府采购.${PROCUREMENT_JSON.smallMicro}`, '授予小微企业合同金额', '十（二）“其中：授予小微企业合同金额…万元”'),
    ],
  },
  {
    id: 'assets',
    title: '国有资产',
    fields: [
      count(`国有资产.${ASSETS_JSON.vehicles}`, '车辆数', '十（三）“年末，…共有车辆…辆”', '辆'),
      count(`国有资产.${ASSETS_JSON.equipmentOver1m}`, '单价100万元以上设备数', '十（三）“单价100万元（含）以上设备…台（套）”', '台（套）'),
    ],
  },
  {
    id: 'performance',
    title: '绩效',
    fields: [
      count(`预算绩效管理.${PERFORMANCE_JSON.evaluated}`, '事前绩效评估项目数', '预算绩效管理情况“组织对…个项目开展了预算事前绩效评估”', '个'),
      count(`预算绩效管理.${PERFORMANCE_JSON.targets}`, '编制绩效目标项目数', '预算绩效管理情况“对…个项目编制了绩效目标”', '个'),
      count(`预算绩效管理.${PERFORMANCE_JSON.monitored}`, '绩效监控项目数', '预算绩效管理情况“选取…个项目开展绩效监控”', '个'),
      { key: `预算绩效管理.${PERFORMANCE_JSON.selfEvaluation}`, label: '绩效自评情况', sentence: '预算绩效管理情况：绩效自评一段（自评范围、得分和综述），原样写入', kind: 'longText' },
    ],
  },
];

/** The fixed fields, in form order. */
export const FORM_FIELDS: readonly FormField[] = FORM_SECTIONS.flatMap((s) => s.fields);

/** The two fields of one 五（三） line: its 全年预算 and the reason its 决算数 differs. */
export function codeFields(code: string, name: string): { budget: FormField; reason: FormField } {
  const what = name ? `${code} ${name}` : code;
  return {
    budget: amount(`${BUDGET_GB}.${code}`, `${what} 全年预算`, `五（三）“…${name || code}：全年预算为…万元”`),
    reason: reason(`原因.${code}`, `${what} 预算执行原因`, `五（三）${name || code}“决算数大于（小于）预算数的主要原因是…”`),
  };
}

/** Field values as typed (strings), by JSON key. */
export type FormValues = Readonly<Record<string, string>>;

export interface SavedInputs {
  readonly form: FormValues;
  /** Reason fields set to 同上: their value is the one of their sameAs field. */
  readonly same: readonly string[];
  /** 五（三） lines the form lists: code → name ('' when unknown). */
  readonly codes: Readonly<Record<string, string>>;
  /** The advanced section's JSON box, as typed (import / export buffer; not an input itself). */
  readonly json: string;
}

export const INPUTS_SETTING = 'jsjy.generateInputs';

export const EMPTY_INPUTS: SavedInputs = { form: {}, same: [], codes: {}, json: '' };

const CODE_KEY = new RegExp(`^(?:${BUDGET_GB.replace('.', '\\.')}|原因)\\.(\\d{3}(?:\\d{2}){0,2})$`);

/** The code of a per-科目 key, or undefined. */
function codeOfKey(key: string): string | undefined {
  return CODE_KEY.exec(key)?.[1];
}

/** The sections as shown: the fixed fields plus, for each listed 五（三） line, its budget and reason. */
export function sectionsOf(saved: Pick<SavedInputs, 'codes'>): FormSection[] {
  const codes = Object.keys(saved.codes).sort();
  return FORM_SECTIONS.map((s) => {
    if (s.id === 'budget') {
      const [total, ...rest] = s.fields;
      return { ...s, fields: [total, ...codes.map((c) => codeFields(c, saved.codes[c]).budget), ...rest] };
    }
    if (s.id === 'reasons') {
      const at = s.fields.findIndex((f) => f.key === r('generalBudgetChange')) + 1;
      return { ...s, fields: [...s.fields.slice(0, at), ...codes.map((c) => codeFields(c, saved.codes[c]).reason), ...s.fields.slice(at)] };
    }
    return s;
  });
}

/** Every field the saved inputs show. */
export function fieldsOf(saved: Pick<SavedInputs, 'codes'>): FormField[] {
  return sectionsOf(saved).flatMap((s) => s.fields);
}

function badInput(message: string): never {
  throw new CannotCheckError(`输入有误：${message}`, 'bad-inputs');
}

/** "1,924.37万元" → Decimal in the form's unit, through the one amount parser. */
function amountOf(field: FormField, text: string, unit: Unit): Decimal {
  const m = /^(.*?)\s*(万元|元)$/.exec(text);
  const r0 = parseAmountText(m ? m[1] : text);
  if (r0.kind !== 'amount' || r0.blank) badInput(`“${field.label}”应为金额（${unit}），例如 1924.37 或 1,924.37${unit}，不能是“${text}”。`);
  const given = m ? (m[2] as Unit) : unit;
  return given === unit ? r0.value : fromYuan(toYuan(r0.value, given), unit);
}

function countOf(field: FormField, text: string): number {
  const bare = field.unit && text.endsWith(field.unit) ? text.slice(0, -field.unit.length) : text;
  const r0 = parseAmountText(bare);
  if (r0.kind !== 'amount' || r0.blank || !r0.value.isInteger() || r0.value.isNegative() || r0.value.greaterThan(Number.MAX_SAFE_INTEGER)) {
    badInput(`“${field.label}”应为不小于 0 的整数${field.unit ? `（${field.unit}）` : ''}，不能是“${text}”。`);
  }
  return r0.value.toNumber();
}

/** A decimal as the JSON shows it: a number where that is exact, else its digits as text. */
function jsonNumber(d: Decimal): number | string {
  const s = d.toFixed();
  return String(Number(s)) === s ? Number(s) : s;
}

/** The value a field puts into the JSON, or undefined when it is empty; bad values throw a Chinese message. */
export function jsonValueOf(field: FormField, typed: string, unit: Unit = '万元'): unknown {
  const text = typed.trim();
  if (!text) return undefined;
  switch (field.kind) {
    case 'year': {
      const r0 = parseAmountText(text.replace(/年(度)?$/, ''));
      const year = r0.kind === 'amount' && !r0.blank ? r0.value.toFixed() : '';
      return /^\d{4}$/.test(year) ? Number(year) : badInput(`“${field.label}”应为四位年份，不能是“${text}”。`);
    }
    case 'amount':
      return jsonNumber(amountOf(field, text, unit));
    case 'count':
      return countOf(field, text);
    case 'choice':
      if (field.key === '行政单位') return text === 'true' ? true : text === 'false' ? false : undefined;
      return field.choices?.some(([v]) => v === text) ? text : undefined;
    default:
      return text;
  }
}

/** The typed value of a field, following 同上 up the chain. */
export function effectiveValue(saved: Pick<SavedInputs, 'form' | 'same'>, field: FormField, byKey: ReadonlyMap<string, FormField>): string {
  let f: FormField | undefined = field;
  for (let guard = 0; f && guard < 10; guard++) {
    if (!(f.sameAs && saved.same.includes(f.key))) return saved.form[f.key] ?? '';
    f = byKey.get(f.sameAs);
  }
  return '';
}

function setPath(out: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  // 预算.一般公共预算财政拨款支出.2010301: three levels; every other key has one or two.
  let node = out;
  for (const p of parts.slice(0, -1)) {
    const next = node[p];
    node = node[p] = next && typeof next === 'object' ? (next as Record<string, unknown>) : {};
  }
  node[parts[parts.length - 1]] = value;
}

/** The inputs JSON (docs/prior-json.md) the form stands for; empty fields are left out (the text then asks for them). */
export function inputsJsonOf(saved: Pick<SavedInputs, 'form' | 'same' | 'codes'>): Record<string, unknown> {
  const fields = fieldsOf(saved);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const unit: Unit = saved.form['金额单位'] === '元' ? '元' : '万元';
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = jsonValueOf(f, effectiveValue(saved, f, byKey), unit);
    if (v !== undefined) setPath(out, f.key, v);
  }
  return out;
}

/** The generator's inputs; bad values throw CannotCheckError with a Chinese message naming the field. */
export function inputsOf(saved: Pick<SavedInputs, 'form' | 'same' | 'codes'>): GenerateInputs {
  return parseInputsJson(inputsJsonOf(saved));
}

/** 导出JSON: the form as the JSON file `generate --inputs` reads. */
export function exportJson(saved: Pick<SavedInputs, 'form' | 'same' | 'codes'>): string {
  return JSON.stringify(inputsJsonOf(saved), null, 2);
}

/** The JSON's leaves as form keys ("三公经费.合计" → value); comments (_…, #…) skipped. */
function leaves(obj: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]): [string, unknown][] => {
    if (k.startsWith('_') || k.startsWith('#')) return [];
    const key = prefix ? `${prefix}.${k}` : k;
    return v && typeof v === 'object' && !Array.isArray(v) ? leaves(v as Record<string, unknown>, key) : [[key, v]];
  });
}

/**
 * 导入JSON: the JSON text (the CLI's inputs file) checked by the CLI's reader, then spread over the
 * form: every key it holds replaces that field; the others stay as they were.
 */
export function importJson(text: string, saved: SavedInputs): { saved: SavedInputs; filled: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    badInput('JSON 格式不正确（注意使用英文引号和逗号，最外层为 {…}）。');
  }
  try {
    parseInputsJson(raw);
  } catch (e) {
    if (isCannotCheckError(e)) badInput(`JSON 中${e.message.replace(/^输入文件有误：/, '')}`);
    throw e;
  }
  const json = raw as Record<string, unknown>;
  const jsonUnit: Unit = json['金额单位'] === '元' ? '元' : '万元';
  const formUnit: Unit = saved.form['金额单位'] === '元' ? '元' : '万元';
  const unit: Unit = json['金额单位'] === undefined ? formUnit : jsonUnit;
  const isAmount = (key: string) => (key.startsWith(`${BUDGET_GB}.`) && /^\d+$/.test(key.slice(BUDGET_GB.length + 1))) || FORM_FIELDS.some((f) => f.key === key && f.kind === 'amount');
  const form: Record<string, string> = {};
  // Amounts typed in the form's old unit keep their meaning when the JSON changes the unit.
  for (const [k, v] of Object.entries(saved.form)) form[k] = unit !== formUnit && isAmount(k) && v.trim() && !/元$/.test(v.trim()) ? `${v.trim()}${formUnit}` : v;
  const codes: Record<string, string> = { ...saved.codes };
  let same = [...saved.same];
  let filled = 0;
  for (const [key, value] of leaves(json)) {
    if (value === undefined || value === null) continue;
    const code = codeOfKey(key);
    if (code && !(code in codes)) codes[code] = '';
    if (!code && !FORM_FIELDS.some((f) => f.key === key)) badInput(`JSON 中的“${key}”在表单中没有对应的栏目。`);
    form[key] = key === '金额单位' ? (value === '元' ? '元' : '') : isAmount(key) && jsonUnit !== unit ? `${String(value)}${jsonUnit}` : String(value);
    same = same.filter((k) => k !== key);
    filled += 1;
  }
  return { saved: { ...saved, form, codes, same }, filled };
}

/**
 * The 五（三） lines the text asked about (budget or reason placeholders), with their names from
 * the workbook's T06, added to the ones already listed.
 */
export function codesAsked(narrative: GeneratedNarrative, model: WorkbookModel, codes: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...codes };
  const rows = model.tables.T06?.rows ?? [];
  for (const p of narrative.placeholders) {
    const m = /^(?:budget\.generalBudgetByCode\.|reasons\.budgetGap:)(\d+)$/.exec(p.input);
    if (!m) continue;
    const code = m[1];
    if (!out[code]) out[code] = rows.find((row) => row.code === code)?.name ?? '';
  }
  return out;
}

/** A code the user types to list a 五（三） line by hand; undefined when it is not a 类/款/项 code. */
export function normalizeCode(text: string): string | undefined {
  // The tables' own reading of a code cell: full-width digits and spaces allowed.
  const s = digitsOf(text);
  return s !== null && CODE.test(s) ? s : undefined;
}

/** The JSON keys (form fields) the generated text asked for, i.e. that would remove a 【请填写：…】. */
export function askedKeys(narrative: GeneratedNarrative): Set<string> {
  return new Set(narrative.placeholders.map((p) => jsonKeyOf(p.input)));
}

/** What the settings hold, tolerating anything (an unreadable value counts as empty). */
export function readSavedInputs(raw: unknown): SavedInputs {
  if (!raw || typeof raw !== 'object') return EMPTY_INPUTS;
  const r0 = raw as { form?: unknown; same?: unknown; codes?: unknown; json?: unknown; extra?: unknown };
  const form: Record<string, string> = {};
  const codes: Record<string, string> = {};
  if (r0.codes && typeof r0.codes === 'object') {
    for (const [c, name] of Object.entries(r0.codes as Record<string, unknown>)) if (CODE.test(c)) codes[c] = typeof name === 'string' ? name : '';
  }
  if (r0.form && typeof r0.form === 'object') {
    for (const [k, v] of Object.entries(r0.form as Record<string, unknown>)) {
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      const code = codeOfKey(k);
      if (!code && !FORM_FIELDS.some((f) => f.key === k)) continue;
      if (code && !(code in codes)) codes[code] = '';
      form[k] = String(v);
    }
  }
  const same = Array.isArray(r0.same) ? r0.same.filter((k): k is string => typeof k === 'string' && FORM_FIELDS.some((f) => f.key === k && f.sameAs)) : [];
  let saved: SavedInputs = { form, same, codes, json: typeof r0.json === 'string' ? r0.json : '' };
  // Saved by the earlier pane: free JSON next to a prior-year form. Spread over the form (the form
  // wins, as it did); JSON that cannot be read stays in the box for the user to fix.
  if (typeof r0.extra === 'string' && r0.extra.trim()) {
    try {
      const merged = importJson(r0.extra, { ...saved, form: {} });
      saved = { ...merged.saved, form: { ...merged.saved.form, ...form } };
    } catch {
      saved = { ...saved, json: r0.extra };
    }
  }
  return saved;
}

/**
 * Form values from last year's workbook (priorFromModel): the figures it holds, as plain decimals
 * in 万元; what it does not hold is left out, so the user's own entries stay.
 */
export function formFromPrior(prior: PriorFigures, formUnit: Unit = '万元'): Record<string, string> {
  const out: Record<string, string> = {};
  // A form kept in 元 gets the figures with their unit, so they are read as 万元.
  const suffix = formUnit === '元' ? '万元' : '';
  const put = (key: string, v: { toFixed(): string } | number | undefined) => {
    if (v !== undefined) out[key] = typeof v === 'number' ? String(v) : v.toFixed() + suffix;
  };
  put('年度', prior.year);
  put('收入支出总计', prior.total);
  put('财政拨款收入支出总计', prior.fiscalTotal);
  put('一般公共预算财政拨款支出', prior.generalBudgetExpenditure);
  for (const [item, label] of Object.entries(SAN_GONG_JSON)) put(`三公经费.${label}`, prior.sanGong?.[item as keyof typeof SAN_GONG_JSON]);
  put('机关运行经费', prior.runningCost);
  return out;
}
