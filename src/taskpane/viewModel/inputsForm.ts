import Decimal from 'decimal.js';
import { parseAmountText } from '../../core/amount/parse';
import { fromYuan, toYuan, Unit } from '../../core/amount/units';
import { CannotCheckError, isCannotCheckError } from '../../core/errors';
import { CODE, CODE_INPUTS, codeInputOfKey, CodeInputSpec, codeOfInput, INPUT_GROUPS, InputKind, INPUTS, InputSpec, jsonKeyOf, UNIT_KEY, unitOfKey } from '../../core/generate/inputs';
import { jsonSyntaxProblem, parseInputsJson } from '../../core/generate/inputsJson';
import type { GeneratedNarrative, GenerateInputs, PriorFigures } from '../../core/generate/types';
import { digitsOf } from '../../core/layout/text';
import type { WorkbookModel } from '../../core/model/types';

/*
 * The 生成说明 tab's input form: one field for every input the generator declares (INPUTS and
 * CODE_INPUTS, core/generate/inputs.ts: JSON key, kind, label, the sentence it fills), grouped as
 * declared. The form is the single source of the inputs: it is saved in the document's settings
 * and turned into the CLI's JSON, which the CLI's own reader (parseInputsJson) reads, so the pane
 * and `generate --inputs` accept exactly the same things. The JSON box of the advanced section
 * imports into / exports from the form.
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
  /** The declared kind (a choice is a flag or the form's 金额单位). */
  readonly input: InputKind;
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

function fieldOf(spec: Pick<InputSpec, 'key' | 'kind' | 'label' | 'sentence' | 'unit' | 'choices' | 'sameAs'>): FormField {
  const { key, kind, label, sentence, choices } = spec;
  return {
    key, label, sentence, input: kind,
    kind: kind === 'flag' || kind === 'unit' ? 'choice' : kind,
    unit: kind === 'amount' ? '万元' : spec.unit,
    ...(choices ? { choices } : {}),
    ...(kind === 'longText' ? { sameAs: spec.sameAs && jsonKeyOf(spec.sameAs) } : {}),
  };
}

/** The fixed fields, by section. Per-科目 fields (五（三）) are added by sectionsOf. */
export const FORM_SECTIONS: readonly FormSection[] = INPUT_GROUPS.map(({ id, title }) => ({
  id, title, fields: INPUTS.filter((s) => s.group === id).map(fieldOf),
}));

/** The fixed fields, in form order. */
export const FORM_FIELDS: readonly FormField[] = FORM_SECTIONS.flatMap((s) => s.fields);

const codeField = (spec: CodeInputSpec, code: string, name: string): FormField =>
  fieldOf({ key: `${spec.parentKey}.${code}`, kind: spec.kind, label: spec.label(code, name), sentence: spec.sentence(code, name) });

/** The two fields of one 五（三） line: its 全年预算 and the reason its 决算数 differs. */
export function codeFields(code: string, name: string): { budget: FormField; reason: FormField } {
  return { budget: codeField(CODE_INPUTS.budget, code, name), reason: codeField(CODE_INPUTS.reason, code, name) };
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

/** The code of a per-科目 key, or undefined. */
function codeOfKey(key: string): string | undefined {
  return codeInputOfKey(key)?.code;
}

/** The sections as shown: the fixed fields plus, for each listed 五（三） line, its fields (CODE_INPUTS),
 * each right after the input it follows. */
export function sectionsOf(saved: Pick<SavedInputs, 'codes'>): FormSection[] {
  const codes = Object.keys(saved.codes).sort();
  return FORM_SECTIONS.map((s) => {
    let fields = s.fields;
    for (const spec of Object.values(CODE_INPUTS)) {
      if (spec.group !== s.id) continue;
      const at = fields.findIndex((f) => f.key === jsonKeyOf(spec.after)) + 1;
      fields = [...fields.slice(0, at), ...codes.map((c) => codeField(spec, c, saved.codes[c])), ...fields.slice(at)];
    }
    return { ...s, fields };
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
      if (field.input === 'flag') return text === 'true' ? true : text === 'false' ? false : undefined;
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
  const unit: Unit = unitOfKey(saved.form[UNIT_KEY]);
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
  } catch (e) {
    badInput(`JSON ${jsonSyntaxProblem(text, e)}。`);
  }
  try {
    parseInputsJson(raw);
  } catch (e) {
    if (isCannotCheckError(e)) badInput(`JSON 中${e.message.replace(/^输入文件有误：/, '')}`);
    throw e;
  }
  const json = raw as Record<string, unknown>;
  const jsonUnit: Unit = unitOfKey(json[UNIT_KEY]);
  const formUnit: Unit = unitOfKey(saved.form[UNIT_KEY]);
  const unit: Unit = json[UNIT_KEY] === undefined ? formUnit : jsonUnit;
  const isAmount = (key: string) => codeInputOfKey(key)?.spec.kind === 'amount' || FORM_FIELDS.some((f) => f.key === key && f.kind === 'amount');
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
    form[key] = key === UNIT_KEY ? (value === '元' ? '元' : '') : isAmount(key) && jsonUnit !== unit ? `${String(value)}${jsonUnit}` : String(value);
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
    const code = codeOfInput(p.input);
    if (!code) continue;
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
  for (const spec of INPUTS) {
    if (!spec.path?.startsWith('prior.')) continue;
    const v = spec.path.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], prior);
    put(spec.key, v as Decimal | number | undefined);
  }
  return out;
}
