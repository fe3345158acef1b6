import { TABLES, TableId, normalizeTitle } from './catalog';

/**
 * Title text → table id. Titles nest ('支出决算表' ends '一般公共预算财政拨款支出决算表'), so the
 * longest known title the text ends with wins, and whatever precedes it must read as a year or
 * entity prefix (2023年度, XX局, 部门), never as a qualifier that makes it another table
 * (政府性基金预算 + 财政拨款三公经费支出决算表 is the 2021 fund 三公 table, not T13).
 */
export interface TitleMatch {
  readonly id: TableId;
  /** The matched catalog title (normalized). */
  readonly matched: string;
}

export type TitleReading =
  | { readonly kind: 'table'; readonly match: TitleMatch }
  /** Looks like a 决算 table title that is not one of the thirteen (e.g. the 2021 fund 三公 table). */
  | { readonly kind: 'extra'; readonly text: string }
  | { readonly kind: 'none' };

const NAMES: readonly { id: TableId; name: string }[] = TABLES.flatMap((t) =>
  [t.title, ...t.variants].map((n) => ({ id: t.id, name: normalizeTitle(n) })),
).sort((a, b) => b.name.length - a.name.length);

/** Words that, ending a prefix, qualify the title (another table), rather than name the unit. */
const QUALIFIER_END = /(?:预算|财政拨款|拨款|收入|支出|基本|项目|经费|公共|资本|基金|经营|三公|决算|明细|一般|收支)$/;

/** Strips a leading 附表1： / 表1 / 1. and a trailing （2023年度） / （续）. */
export function cleanTitleText(text: string): string {
  let t = normalizeTitle(text);
  t = t.replace(/^(?:附表|表)?\d{1,2}(?:[-—_.．、：:]|(?=[^\d年]))/, '');
  t = t.replace(/^[-—_.．、：:]+/, '');
  t = t.replace(/[（(][^（()）]*[)）]$/, '');
  return t;
}

export function readTitle(text: string): TitleReading {
  if (!text || text.length > 80) return { kind: 'none' };
  const t = cleanTitleText(text);
  if (!/表$/.test(t)) return { kind: 'none' };
  for (const { id, name } of NAMES) {
    if (!t.endsWith(name)) continue;
    const prefix = t.slice(0, t.length - name.length).replace(/(?:19|20)\d{2}年度?/g, '');
    if (prefix === '' || !QUALIFIER_END.test(prefix)) return { kind: 'table', match: { id, matched: name } };
    // The longest match has a qualifying prefix: a table we do not know.
    return /决算/.test(t) ? { kind: 'extra', text: t } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/** Sheet names: '表1' / '附表1' → ordinal 1; '1收入支出决算总表' → a title. */
export function readSheetName(name: string): { ordinal: number | null; title: TitleReading } {
  const n = normalizeTitle(name);
  const m = /^(?:附表|表|公开)?(\d{1,2})(?:表)?(?:[-—_.．、：:]|(?=[^\d年])|$)(.*)$/.exec(n);
  const ordinal = m ? Number(m[1]) : null;
  const rest = m ? m[2] : n;
  const title = rest ? readTitle(rest) : { kind: 'none' as const };
  return { ordinal: ordinal !== null && ordinal >= 1 && ordinal <= 14 ? ordinal : null, title };
}
