/**
 * 政府收支分类 功能分类 (tables.md §5). 类 names are complete for 2023–2024; 款/项 names are
 * the common ones in departmental 决算 and grow as we meet more. Matching by name tolerates
 * the 支出 suffix being dropped (一般公共服务（类） in prose).
 */
export const FUNCTIONAL_CLASSES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '229': '其他支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '234': '抗疫特别国债安排的支出',
};

/**
 * 类 names of earlier years (政府收支分类科目 changed them with the 2018–2019 institutional reform):
 * the name and the last year it was printed. Reports of those years, and templates carried over,
 * print them; they name the same 类.
 */
export const FORMER_CLASS_NAMES: Readonly<Record<string, readonly { readonly name: string; readonly until: number }[]>> = {
  '207': [{ name: '文化体育与传媒支出', until: 2018 }],
  '210': [{ name: '医疗卫生与计划生育支出', until: 2018 }, { name: '医疗卫生支出', until: 2013 }],
  '215': [{ name: '资源勘探信息等支出', until: 2018 }, { name: '资源勘探电力信息等支出', until: 2015 }],
  '220': [{ name: '国土海洋气象等支出', until: 2018 }],
};

/** 款/项 names of earlier years (208 养老: 行政事业单位离退休 became 行政事业单位养老支出 in 2019). */
export const FORMER_ITEM_NAMES: Readonly<Record<string, readonly { readonly name: string; readonly until: number }[]>> = {
  '20805': [{ name: '行政事业单位离退休', until: 2018 }],
  '2080599': [{ name: '其他行政事业单位离退休支出', until: 2018 }],
};

/**
 * Whether `name` is a name code `code` was printed with in `year` (the current name, or an
 * earlier one up to the year after it was dropped, since templates lag). Unknown year: any name
 * the code ever had.
 */
export function isFormerClassName(code: string, name: string, year: number | null): boolean {
  const n = looseName(name);
  const former = code.length === 3 ? FORMER_CLASS_NAMES[code] : FORMER_ITEM_NAMES[code];
  return (former ?? []).some((f) => looseName(f.name) === n && (year === null || year <= f.until + 1));
}

/** Common 款 and 项 of departmental accounts. Not exhaustive: an unknown code is never a finding. */
export const FUNCTIONAL_ITEMS: Readonly<Record<string, string>> = {
  '20101': '人大事务',
  '2010101': '行政运行',
  '2010102': '一般行政管理事务',
  '2010103': '机关服务',
  '20103': '政府办公厅（室）及相关机构事务',
  '2010301': '行政运行',
  '2010302': '一般行政管理事务',
  '2010303': '机关服务',
  '2010350': '事业运行',
  '2010399': '其他政府办公厅（室）及相关机构事务支出',
  '20131': '党委办公厅（室）及相关机构事务',
  '2013101': '行政运行',
  '2013102': '一般行政管理事务',
  '2013150': '事业运行',
  '20132': '组织事务',
  '2013201': '行政运行',
  '2013202': '一般行政管理事务',
  '2013250': '事业运行',
  '2013299': '其他组织事务支出',
  '20599': '其他教育支出',
  '2059999': '其他教育支出',
  '20805': '行政事业单位养老支出',
  '2080501': '行政单位离退休',
  '2080502': '事业单位离退休',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '2080599': '其他行政事业单位养老支出',
  '20808': '抚恤',
  '2080801': '死亡抚恤',
  '20899': '其他社会保障和就业支出',
  '2089999': '其他社会保障和就业支出',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '2101103': '公务员医疗补助',
  '2101199': '其他行政事业单位医疗支出',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
  '2210202': '提租补贴',
  '2210203': '购房补贴',
};

/** Name of a 功能分类 code of any level, or undefined when we do not know it. */
export function functionalName(code: string): string | undefined {
  return code.length === 3 ? FUNCTIONAL_CLASSES[code] : FUNCTIONAL_ITEMS[code];
}

/** Loose name form: no spaces, full-width brackets, no trailing 支出. */
export function looseName(name: string): string {
  return name
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/支出$/, '');
}

/** The 类 code whose name matches `name` (as printed on T01/T04 rows), if any. */
export function functionalClassByName(name: string): string | undefined {
  const n = looseName(name);
  if (!n) return undefined;
  const { current, former } = classesByLooseName();
  // Older templates: 医疗卫生与计划生育支出 is 210 卫生健康支出.
  return current.get(n) ?? former.get(n);
}

let byLooseName: { readonly current: ReadonlyMap<string, string>; readonly former: ReadonlyMap<string, string> } | null = null;

/** 类 codes by the loose form of their current and of their earlier names (the first code of a
 * name wins, as a scan in code order would find it), built on first use. */
function classesByLooseName(): NonNullable<typeof byLooseName> {
  if (byLooseName) return byLooseName;
  const current = new Map<string, string>();
  for (const [code, full] of Object.entries(FUNCTIONAL_CLASSES)) if (!current.has(looseName(full))) current.set(looseName(full), code);
  const former = new Map<string, string>();
  for (const [code, names] of Object.entries(FORMER_CLASS_NAMES)) {
    for (const f of names) if (!former.has(looseName(f.name))) former.set(looseName(f.name), code);
  }
  return (byLooseName = { current, former });
}
