import { parseInputsJson } from '../../core/generate/inputsJson';
import type { GenerateInputs, PriorFigures } from '../../core/generate/types';
import { CannotCheckError } from '../../core/errors';

/*
 * The 生成说明 tab's prior-year form: one field per prior-year key of docs/prior-json.md (the
 * README's 上年数据), plus optional free JSON for the other keys (原因, 数量, 预算 …). Both are
 * saved in the document's settings and go through the CLI's own JSON reader, so the pane and
 * `generate --inputs` accept exactly the same things with the same Chinese messages.
 */

export interface PriorField {
  /** JSON path: "收入支出总计" or "三公经费.公务接待费". */
  readonly key: string;
  readonly label: string;
  readonly kind: 'year' | 'amount';
}

export const PRIOR_FIELDS: readonly PriorField[] = [
  { key: '年度', label: '上年年度', kind: 'year' },
  { key: '收入支出总计', label: '上年收入支出总计', kind: 'amount' },
  { key: '财政拨款收入支出总计', label: '上年财政拨款收入支出总计', kind: 'amount' },
  { key: '一般公共预算财政拨款支出', label: '上年一般公共预算财政拨款支出', kind: 'amount' },
  { key: '三公经费.合计', label: '上年“三公”经费合计', kind: 'amount' },
  { key: '三公经费.因公出国（境）费', label: '上年因公出国（境）费', kind: 'amount' },
  { key: '三公经费.公务用车购置及运行维护费', label: '上年公务用车购置及运行维护费', kind: 'amount' },
  { key: '三公经费.公务接待费', label: '上年公务接待费', kind: 'amount' },
  { key: '机关运行经费', label: '上年机关运行经费', kind: 'amount' },
];

/** Field values as typed (strings), by key. */
export type PriorFormValues = Readonly<Record<string, string>>;

export interface SavedInputs {
  readonly form: PriorFormValues;
  /** Free JSON text for the remaining keys; '' for none. */
  readonly extra: string;
}

export const INPUTS_SETTING = 'jsjy.generateInputs';

export const EMPTY_INPUTS: SavedInputs = { form: {}, extra: '' };

/** What the settings hold, tolerating anything (an unreadable value counts as empty). */
export function readSavedInputs(raw: unknown): SavedInputs {
  if (!raw || typeof raw !== 'object') return EMPTY_INPUTS;
  const r = raw as { form?: unknown; extra?: unknown };
  const form: Record<string, string> = {};
  if (r.form && typeof r.form === 'object') {
    for (const f of PRIOR_FIELDS) {
      const v = (r.form as Record<string, unknown>)[f.key];
      if (typeof v === 'string' || typeof v === 'number') form[f.key] = String(v);
    }
  }
  return { form, extra: typeof r.extra === 'string' ? r.extra : '' };
}

function badInput(message: string): never {
  throw new CannotCheckError(`输入有误：${message}`, 'bad-inputs');
}

/**
 * The inputs JSON (Chinese keys) from the form and the free JSON; form fields win over the same
 * keys in the free JSON. Empty fields are left out (the text then asks for them).
 */
export function inputsJsonOf(saved: SavedInputs): Record<string, unknown> {
  let extra: Record<string, unknown> = {};
  if (saved.extra.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(saved.extra);
    } catch {
      badInput('“其他补充数据”不是有效的 JSON（注意使用英文引号和逗号）。');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) badInput('“其他补充数据”最外层应为对象（{…}）。');
    extra = parsed as Record<string, unknown>;
  }
  const out: Record<string, unknown> = { ...extra };
  for (const f of PRIOR_FIELDS) {
    const text = (saved.form[f.key] ?? '').trim();
    if (!text) continue;
    const value = f.kind === 'year' ? (/^\d{4}$/.test(text) ? Number(text) : badInput(`“${f.label}”应为四位年份，不能是“${text}”。`)) : text;
    const [head, sub] = f.key.split('.');
    if (sub) {
      const prior = out[head];
      out[head] = { ...(prior && typeof prior === 'object' ? (prior as object) : {}), [sub]: value };
    } else {
      out[head] = value;
    }
  }
  return out;
}

/** The generator's inputs; bad values throw CannotCheckError with a Chinese message. */
export function inputsOf(saved: SavedInputs): GenerateInputs {
  return parseInputsJson(inputsJsonOf(saved));
}

/**
 * Form values from last year's workbook (priorFromModel): the figures it holds, as plain decimals
 * in 万元; what it does not hold is left out, so the user's own entries stay.
 */
export function formFromPrior(prior: PriorFigures): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, v: { toFixed(): string } | number | undefined) => {
    if (v !== undefined) out[key] = typeof v === 'number' ? String(v) : v.toFixed();
  };
  put('年度', prior.year);
  put('收入支出总计', prior.total);
  put('财政拨款收入支出总计', prior.fiscalTotal);
  put('一般公共预算财政拨款支出', prior.generalBudgetExpenditure);
  put('三公经费.合计', prior.sanGong?.total);
  put('三公经费.因公出国（境）费', prior.sanGong?.abroad);
  put('三公经费.公务用车购置及运行维护费', prior.sanGong?.vehicleTotal);
  put('三公经费.公务接待费', prior.sanGong?.reception);
  put('机关运行经费', prior.runningCost);
  return out;
}
