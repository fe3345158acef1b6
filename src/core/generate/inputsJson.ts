import { parseAmount } from '../amount/parse';
import { fromYuan, toYuan, Unit } from '../amount/units';
import { CannotCheckError } from '../errors';
import { CODE_INPUTS, codeInputOfKey, GenerateInputs, INPUTS, InputKind, inputOfKey, UNIT_KEY } from './inputs';

/**
 * The inputs file the user writes (docs/prior-json.md): the keys of INPUTS and CODE_INPUTS
 * (inputs.ts), amounts in 万元 unless 金额单位 says 元, numbers or numeric strings. Unknown keys
 * are refused with a Chinese message that lists the keys of that level, so a typo never silently
 * drops an input; keys starting with "_" or "#" are comments.
 */

type Json = Record<string, unknown>;

function fail(message: string): never {
  throw new CannotCheckError(`输入文件有误：${message}`, 'bad-inputs');
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function entries(obj: Json): [string, unknown][] {
  return Object.entries(obj).filter(([k]) => !k.startsWith('_') && !k.startsWith('#'));
}

/** The keys one level below a JSON object's key ('' is the top), in INPUTS' order. */
function childrenOf(prefix: string): string[] {
  const names = INPUTS.map((s) => s.key)
    .filter((k) => (prefix ? k.startsWith(`${prefix}.`) : true))
    .map((k) => k.slice(prefix ? prefix.length + 1 : 0).split('.')[0]);
  return [...new Set(names)];
}

/** The refusal of an unknown key: what the object takes, and where per-科目 figures go
 * (预算.一般公共预算财政拨款支出, 原因) that a 科目 code is a key too. */
function unknownKey(prefix: string, k: string): never {
  const where = prefix ? `“${prefix}”中` : '';
  const codes = Object.values(CODE_INPUTS).some((s) => s.parentKey === prefix) ? '，或 3、5、7 位的科目编码（如 2010301）' : '';
  const near = nearestKey(prefix, k);
  fail(`${where}不认识的键“${k}”${near ? `，是否应为“${near}”？` : ''}（可用：${childrenOf(prefix).join('、')}）${codes}`);
}

/** The key below `prefix` a slip of one or two characters away from `k` (收入支出总记 → 收入支出总计). */
function nearestKey(prefix: string, k: string): string | undefined {
  const candidates = INPUTS.map((s) => s.key)
    .filter((key) => (prefix ? key.startsWith(`${prefix}.`) : true))
    .map((key) => key.slice(prefix ? prefix.length + 1 : 0));
  // The whole dotted name when k is dotted, else the next level's name.
  const names = [...new Set(k.includes('.') ? candidates : candidates.map((c) => c.split('.')[0]))];
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(k.length / 4)) + 1;
  for (const name of names) {
    const d = editDistance(k, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** JSON keys that hold an object: the parents of the inputs' keys. */
const OBJECT_KEYS = new Set(INPUTS.flatMap((s) => s.key.split('.').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('.'))));

/** One value as its kind reads it; undefined when not given. `where` names it: “三公经费.合计”. */
function valueOf(kind: InputKind, v: unknown, where: string, unit: Unit): unknown {
  switch (kind) {
    case 'amount': {
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' && typeof v !== 'string') fail(`${where}应为金额数字`);
      const r = parseAmount(v);
      if (r.kind !== 'amount' || r.blank) fail(`${where}应为金额数字，不能是“${String(v)}”`);
      // Every input amount is a total, a budget or a spending: none can be below zero.
      if (r.value.isNegative() && !r.value.isZero()) fail(`${where}不能是负数（“${String(v)}”）`);
      return fromYuan(toYuan(r.value, unit), '万元');
    }
    case 'year':
    case 'count': {
      if (v === undefined || v === null) return undefined;
      const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail(`${where}应为非负整数，不能是“${String(v)}”`);
      return n;
    }
    case 'text':
    case 'longText':
      if (v !== undefined && typeof v !== 'string') fail(`${where}应为文字`);
      return v;
    case 'flag':
      // 是 / 否 as the pane's form and the generator's hints word it.
      if (v === '是' || v === '否') return v === '是';
      if (v !== undefined && typeof v !== 'boolean') fail(`${where}应为 true 或 false（也可写“是”或“否”）`);
      return v;
    case 'unit':
      return undefined;
  }
}

function setPath(out: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = out;
  for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Json;
  node[parts[parts.length - 1]] = value;
}

export function parseInputsJson(raw: unknown): GenerateInputs {
  if (!isObject(raw)) fail('最外层应为对象（{…}）');
  const unitRaw = raw[UNIT_KEY] ?? '万元';
  if (unitRaw !== '万元' && unitRaw !== '元') fail(`“${UNIT_KEY}”只能是“万元”或“元”，不能是“${String(unitRaw)}”`);
  const out: Json = {};
  // Each key's full name once it is given: {"三公经费": {"合计": …}} and "三公经费.合计" (the
  // names the generator's hints and docs/prior-json.md use) are the same key, and both at once
  // could disagree.
  const given = new Set<string>();
  const walk = (obj: Json, prefix: string): void => {
    const where = prefix ? `“${prefix}”中` : '';
    for (const [k, v] of entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      const fixed = inputOfKey(key);
      const perCode = fixed ? undefined : codeInputOfKey(key);
      if (fixed || perCode) {
        if (given.has(key)) fail(`“${key}”给了两次（嵌套的写法和带点的写法各一次），请只保留一处`);
        given.add(key);
        const value = valueOf(fixed ? fixed.kind : perCode!.spec.kind, v, `“${key}”`, unitRaw);
        const path = fixed ? fixed.path : `${perCode!.spec.pathPrefix}${perCode!.code}`;
        if (value !== undefined && path) setPath(out, path, value);
      } else if (OBJECT_KEYS.has(key)) {
        if (v === undefined || v === null) continue;
        if (!isObject(v)) fail(`${where}“${k}”应为对象（{…}）`);
        walk(v, key);
      } else {
        unknownKey(prefix, k);
      }
    }
  };
  walk(raw, '');
  return out as GenerateInputs;
}

export { jsonKeyOf } from './inputs';

/**
 * Where a text that is not JSON goes wrong, in words a user can act on (the parser's own message
 * is English, and its form differs between Node and browsers): the line and column when the parser
 * says, and the usual causes.
 */
export function jsonSyntaxProblem(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  let line: number | undefined;
  let column: number | undefined;
  const lc = /line (\d+) column (\d+)/.exec(message);
  const pos = /position (\d+)/.exec(message);
  if (lc) {
    line = Number(lc[1]);
    column = Number(lc[2]);
  } else if (pos) {
    const before = text.slice(0, Number(pos[1]));
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  }
  const where = line !== undefined ? `第 ${line} 行第 ${column} 个字符附近` : '';
  return `${where}格式不正确（常见原因：键和文字未用英文双引号、最后一项后多了逗号、用了中文标点，最外层应为 {…}）`;
}
