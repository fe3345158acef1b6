import Decimal from 'decimal.js';
import { parseAmount } from '../amount/parse';
import { fromYuan, toYuan, Unit } from '../amount/units';
import { CannotCheckError } from '../errors';
import { SAN_GONG, SAN_GONG_NARRATED } from '../tables/lines';
import { Assets, BudgetFigures, Counts, GenerateInputs, Performance, PriorFigures, Procurement, SanGongItem } from './types';

/**
 * The inputs file the user writes (docs/prior-json.md): Chinese keys, amounts in 万元 unless
 * 金额单位 says 元, numbers or numeric strings. Unknown keys are refused with a Chinese message
 * so a typo never silently drops an input; keys starting with "_" or "#" are comments.
 */
/** 三公经费.<item> keys: T13's names (合计, 因公出国（境）费 …). */
export const SAN_GONG_JSON = Object.fromEntries(SAN_GONG_NARRATED.map((k) => [k, SAN_GONG[k].name])) as Readonly<Record<SanGongItem, string>>;

export const REASON_JSON: Readonly<Record<string, string>> = {
  totalChange: '收入支出总计变动',
  fiscalTotalChange: '财政拨款收入支出总计变动',
  generalBudgetChange: '一般公共预算财政拨款支出变动',
  sanGongBudgetGap: '三公经费预算执行',
  'sanGongBudgetGap:abroad': `${SAN_GONG.abroad.name}预算执行`,
  'sanGongBudgetGap:vehicleTotal': `${SAN_GONG.vehicleTotal.name}预算执行`,
  'sanGongBudgetGap:reception': `${SAN_GONG.reception.name}预算执行`,
  sanGongChange: '三公经费变动',
  abroadChange: `${SAN_GONG.abroad.name}变动`,
  vehicleChange: `${SAN_GONG.vehicleTotal.name}变动`,
  receptionChange: `${SAN_GONG.reception.name}变动`,
  runningCostChange: '机关运行经费变动',
};

export const COUNT_JSON: Readonly<Record<Exclude<keyof Counts, 'foreignReception'>, string>> = {
  abroadGroups: '因公出国（境）团组',
  abroadPersons: '因公出国（境）人次',
  vehiclesBought: '购置公务用车',
  vehiclesHeld: '公务用车保有量',
  receptionBatches: '国内公务接待批次',
  receptionPersons: '国内公务接待人次',
  foreignReceptionBatches: '外事接待批次',
  foreignReceptionPersons: '外事接待人次',
};

export const PROCUREMENT_JSON: Readonly<Record<keyof Procurement, string>> = {
  goods: '货物',
  works: '工程',
  services: '服务',
  sme: '授予中小企业',
  smallMicro: '授予小微企业',
};

export const ASSETS_JSON: Readonly<Record<keyof Assets, string>> = {
  vehicles: '车辆',
  equipmentOver1m: '单价100万元以上设备',
};

export const PERFORMANCE_JSON: Readonly<Record<keyof Performance, string>> = {
  evaluated: '事前绩效评估项目数',
  targets: '绩效目标项目数',
  monitored: '绩效监控项目数',
  selfEvaluation: '绩效自评',
};

const TOP_KEYS = [
  '年度', '金额单位', '收入支出总计', '财政拨款收入支出总计', '一般公共预算财政拨款支出', '三公经费', '机关运行经费',
  '预算', '原因', '行政单位', '单位名称', '数量', '外事接待支出', '政府采购', '国有资产', '预算绩效管理',
];

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

function checkKeys(obj: Json, allowed: readonly string[], where: string, extra?: (k: string) => boolean): void {
  for (const [k] of entries(obj)) {
    if (!allowed.includes(k) && !(extra && extra(k))) fail(`${where}不认识的键“${k}”（可用：${allowed.join('、')}）`);
  }
}

function objectAt(obj: Json, key: string, where: string): Json | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(`${where}“${key}”应为对象（{…}）`);
  return v;
}

export function parseInputsJson(raw: unknown): GenerateInputs {
  if (!isObject(raw)) fail('最外层应为对象（{…}）');
  checkKeys(raw, TOP_KEYS, '');
  const unitRaw = raw['金额单位'] ?? '万元';
  if (unitRaw !== '万元' && unitRaw !== '元') fail(`“金额单位”只能是“万元”或“元”，不能是“${String(unitRaw)}”`);
  const unit = unitRaw as Unit;
  const amount = (v: unknown, where: string): Decimal | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' && typeof v !== 'string') fail(`${where}应为金额数字`);
    const r = parseAmount(v);
    if (r.kind !== 'amount' || r.blank) fail(`${where}应为金额数字，不能是“${String(v)}”`);
    return fromYuan(toYuan(r.value, unit), '万元');
  };
  const count = (v: unknown, where: string): number | undefined => {
    if (v === undefined || v === null) return undefined;
    const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail(`${where}应为非负整数，不能是“${String(v)}”`);
    return n;
  };
  const sanGong = (obj: Json | undefined, where: string): Partial<Record<SanGongItem, Decimal>> | undefined => {
    if (!obj) return undefined;
    checkKeys(obj, Object.values(SAN_GONG_JSON), where);
    const out: Partial<Record<SanGongItem, Decimal>> = {};
    for (const [key, label] of Object.entries(SAN_GONG_JSON) as [SanGongItem, string][]) {
      const v = amount(obj[label], `${where}“${label}”`);
      if (v !== undefined) out[key] = v;
    }
    return out;
  };

  const yearRaw = raw['年度'];
  const year = count(yearRaw, '“年度”');
  const prior: PriorFigures = {
    year,
    total: amount(raw['收入支出总计'], '“收入支出总计”'),
    fiscalTotal: amount(raw['财政拨款收入支出总计'], '“财政拨款收入支出总计”'),
    generalBudgetExpenditure: amount(raw['一般公共预算财政拨款支出'], '“一般公共预算财政拨款支出”'),
    sanGong: sanGong(objectAt(raw, '三公经费', ''), '“三公经费”的'),
    runningCost: amount(raw['机关运行经费'], '“机关运行经费”'),
  };

  let budget: BudgetFigures | undefined;
  const budgetObj = objectAt(raw, '预算', '');
  if (budgetObj) {
    checkKeys(budgetObj, ['一般公共预算财政拨款支出', '三公经费'], '“预算”中');
    const gb = objectAt(budgetObj, '一般公共预算财政拨款支出', '“预算”中');
    const byCode: Record<string, Decimal> = {};
    if (gb) {
      checkKeys(gb, ['合计'], '“预算.一般公共预算财政拨款支出”中', (k) => /^\d{3}(\d{2}){0,2}$/.test(k));
      for (const [k, v] of entries(gb)) {
        if (k === '合计') continue;
        byCode[k] = amount(v, `“预算.一般公共预算财政拨款支出.${k}”`) as Decimal;
      }
    }
    budget = {
      generalBudgetTotal: gb ? amount(gb['合计'], '“预算.一般公共预算财政拨款支出.合计”') : undefined,
      generalBudgetByCode: byCode,
      sanGong: sanGong(objectAt(budgetObj, '三公经费', '“预算”中'), '“预算.三公经费”的'),
    };
  }

  let reasons: Record<string, string> | undefined;
  const reasonObj = objectAt(raw, '原因', '');
  if (reasonObj) {
    const byLabel = new Map(Object.entries(REASON_JSON).map(([k, label]) => [label, k]));
    checkKeys(reasonObj, [...byLabel.keys()], '“原因”中', (k) => /^\d{3}(\d{2}){0,2}$/.test(k));
    reasons = {};
    for (const [k, v] of entries(reasonObj)) {
      if (typeof v !== 'string') fail(`“原因.${k}”应为文字`);
      reasons[byLabel.get(k) ?? `budgetGap:${k}`] = v;
    }
  }

  let counts: Counts | undefined;
  const countObj = objectAt(raw, '数量', '');
  const foreign = amount(raw['外事接待支出'], '“外事接待支出”');
  if (countObj || foreign !== undefined) {
    const c: Record<string, number | Decimal | undefined> = { foreignReception: foreign };
    if (countObj) {
      checkKeys(countObj, Object.values(COUNT_JSON), '“数量”中');
      for (const [key, label] of Object.entries(COUNT_JSON)) c[key] = count(countObj[label], `“数量.${label}”`);
    }
    counts = c as Counts;
  }

  const adminRaw = raw['行政单位'];
  if (adminRaw !== undefined && typeof adminRaw !== 'boolean') fail('“行政单位”应为 true 或 false');
  const entityRaw = raw['单位名称'];
  if (entityRaw !== undefined && typeof entityRaw !== 'string') fail('“单位名称”应为文字');

  return {
    prior,
    budget,
    reasons,
    counts,
    adminUnit: adminRaw as boolean | undefined,
    entity: entityRaw as string | undefined,
    procurement: sub(raw, '政府采购', PROCUREMENT_JSON, (v, where) => amount(v, where)),
    assets: sub(raw, '国有资产', ASSETS_JSON, (v, where) => count(v, where)),
    performance: sub(raw, '预算绩效管理', PERFORMANCE_JSON, (v, where, key) => {
      if (key !== 'selfEvaluation') return count(v, where);
      if (v !== undefined && typeof v !== 'string') fail(`${where}应为文字`);
      return v;
    }),
  };

  function sub<T>(obj: Json, key: string, labels: Readonly<Record<string, string>>, read: (v: unknown, where: string, field: string) => unknown): T | undefined {
    const o = objectAt(obj, key, '');
    if (!o) return undefined;
    checkKeys(o, Object.values(labels), `“${key}”中`);
    const out: Record<string, unknown> = {};
    for (const [field, label] of Object.entries(labels)) out[field] = read(o[label], `“${key}.${label}”`, field);
    return out as T;
  }
}

/** The JSON key that fills a placeholder's input, for the user ("预算.三公经费.公务接待费"). */
export function jsonKeyOf(input: string): string {
  const [head, ...rest] = input.split('.');
  const tail = rest.join('.');
  switch (head) {
    case 'prior': {
      if (tail.startsWith('sanGong.')) return `三公经费.${SAN_GONG_JSON[tail.slice(8) as SanGongItem]}`;
      const map: Record<string, string> = {
        total: '收入支出总计', fiscalTotal: '财政拨款收入支出总计', generalBudgetExpenditure: '一般公共预算财政拨款支出', runningCost: '机关运行经费',
      };
      return map[tail] ?? input;
    }
    case 'budget':
      if (tail === 'generalBudgetTotal') return '预算.一般公共预算财政拨款支出.合计';
      if (tail.startsWith('generalBudgetByCode.')) return `预算.一般公共预算财政拨款支出.${tail.slice(20)}`;
      if (tail.startsWith('sanGong.')) return `预算.三公经费.${SAN_GONG_JSON[tail.slice(8) as SanGongItem]}`;
      return input;
    case 'reasons':
      return `原因.${REASON_JSON[tail] ?? tail.replace(/^budgetGap:/, '')}`;
    case 'counts':
      return tail === 'foreignReception' ? '外事接待支出' : `数量.${COUNT_JSON[tail as keyof typeof COUNT_JSON] ?? tail}`;
    case 'adminUnit':
      return '行政单位';
    case 'procurement':
      return tail ? `政府采购.${PROCUREMENT_JSON[tail as keyof Procurement]}` : '政府采购';
    case 'assets':
      return `国有资产.${ASSETS_JSON[tail as keyof Assets]}`;
    case 'performance':
      return `预算绩效管理.${PERFORMANCE_JSON[tail as keyof Performance]}`;
    case 'tables':
      return `工作簿中的${tail}表`;
    default:
      return input;
  }
}
