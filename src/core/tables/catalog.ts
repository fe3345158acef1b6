/**
 * The thirteen Sichuan 附表 and the national nine (tables.md §1). Ids follow the Sichuan
 * numbering; a national workbook uses the ids of the same tables. Recognition goes by what the
 * title says (recognizeTitle.ts), then the sheet name, never by position or 公开NN表 code.
 */
export type TableId =
  | 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'T07'
  | 'T08' | 'T09' | 'T10' | 'T11' | 'T12' | 'T13';

export type Profile = 'sichuan-13' | 'national-9';

export const ALL_TABLE_IDS: readonly TableId[] = [
  'T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12', 'T13',
];

export const PROFILE_TABLES: Readonly<Record<Profile, readonly TableId[]>> = {
  'sichuan-13': ALL_TABLE_IDS,
  'national-9': ['T01', 'T02', 'T03', 'T04', 'T06', 'T08', 'T10', 'T11', 'T13'],
};

export const PROFILE_LABEL: Readonly<Record<Profile, string>> = {
  'sichuan-13': '四川十三张表',
  'national-9': '全国九张表',
};

export interface TableDef {
  readonly id: TableId;
  /** The standard title. */
  readonly title: string;
  /** Other titles seen in the wild, quotes and spaces removed (see normalizeTitle). Recognition does
   * not look them up (recognizeTitle.ts reads what a title says); they are the tested examples and
   * docs/tables.md lists them. */
  readonly variants: readonly string[];
  /** Ordinal used in sheet names like 表1 / 附表1 (Sichuan numbering). */
  readonly ordinal: number;
}

export const TABLES: readonly TableDef[] = [
  { id: 'T01', ordinal: 1, title: '收入支出决算总表', variants: ['收支决算总表', '部门收支决算总表', '部门收入支出决算总表', '单位收入支出决算总表', '收入支出决算表'] },
  { id: 'T02', ordinal: 2, title: '收入决算表', variants: ['部门收入决算表', '单位收入决算表', '收入决算总表'] },
  { id: 'T03', ordinal: 3, title: '支出决算表', variants: ['部门支出决算表', '单位支出决算表', '支出决算总表'] },
  { id: 'T04', ordinal: 4, title: '财政拨款收入支出决算总表', variants: ['财政拨款收支决算总表', '财政拨款收入支出决算表', '财政拨款收支决算表'] },
  { id: 'T05', ordinal: 5, title: '财政拨款支出决算明细表', variants: ['财政拨款支出决算表'] },
  { id: 'T06', ordinal: 6, title: '一般公共预算财政拨款支出决算表', variants: ['一般公共预算支出决算表'] },
  { id: 'T07', ordinal: 7, title: '一般公共预算财政拨款支出决算明细表', variants: ['一般公共预算支出决算明细表'] },
  { id: 'T08', ordinal: 8, title: '一般公共预算财政拨款基本支出决算表', variants: ['一般公共预算财政拨款基本支出决算明细表', '一般公共预算基本支出决算表'] },
  { id: 'T09', ordinal: 9, title: '一般公共预算财政拨款项目支出决算表', variants: ['一般公共预算财政拨款项目支出决算明细表', '一般公共预算项目支出决算表'] },
  { id: 'T10', ordinal: 10, title: '政府性基金预算财政拨款收入支出决算表', variants: ['政府性基金预算财政拨款收支决算表', '政府性基金预算财政拨款安排的收入支出决算表'] },
  { id: 'T11', ordinal: 11, title: '国有资本经营预算财政拨款收入支出决算表', variants: ['国有资本经营预算财政拨款收支决算表'] },
  { id: 'T12', ordinal: 12, title: '国有资本经营预算财政拨款支出决算表', variants: ['国有资本经营预算财政拨款安排的支出决算表'] },
  {
    id: 'T13', ordinal: 13, title: '财政拨款三公经费支出决算表',
    variants: ['一般公共预算财政拨款三公经费支出决算表', '三公经费支出决算表', '一般公共预算财政拨款三公经费及会议费、培训费支出决算表', '财政拨款三公经费及机关运行经费支出决算表', '财政拨款三公经费支出预决算表'],
  },
];

export const TABLE_BY_ID: Readonly<Record<TableId, TableDef>> = Object.fromEntries(
  TABLES.map((t) => [t.id, t]),
) as Record<TableId, TableDef>;

/** The title as users know it, with the 三公 quotes. */
export function displayTitle(id: TableId): string {
  return id === 'T13' ? '财政拨款“三公”经费支出决算表' : TABLE_BY_ID[id].title;
}

/**
 * Removes white space, quotes of every kind and a leading year/entity prefix-free form so that
 * 财政拨款“三公”经费支出决算表, 财政拨款"三公"经费支出决算表 and 财政拨款三公经费支出决算表 compare equal.
 */
export function normalizeTitle(text: string): string {
  return text.replace(/[\s\u3000\u00a0“”"'‘’「」『』]+/g, '');
}
