import { TableId, normalizeTitle } from './catalog';

/**
 * Title text → table id, by what the title says rather than by a list of exact titles
 * (docs/tables.md "标题的识别"). A title is read as a prefix (year, unit name, 部门, table number)
 * followed by a core made only of known words: which fund (一般公共预算 / 政府性基金 / 国有资本经营),
 * 财政拨款, 收入 / 支出 / 收支, 总表 / 明细 / 基本 / 项目, 三公经费 (with the qualifiers some provinces
 * add: 及会议费、培训费, 及机关运行经费), 决算, 表, and connectors (及, 和, 安排的 …). The words of
 * the core decide the table; a core that combines them as no table of the set does (项目收入决算表,
 * 政府性基金…三公…) is a 决算 table we do not know ("extra"), never the nearest known one.
 */
export interface TitleMatch {
  readonly id: TableId;
  /** The core of the title the table was read from (normalized). */
  readonly matched: string;
}

export type TitleReading =
  | { readonly kind: 'table'; readonly match: TitleMatch }
  /** Looks like a 决算 table title that is not one of the thirteen (e.g. the 2021 fund 三公 table). */
  | { readonly kind: 'extra'; readonly text: string }
  | { readonly kind: 'none' };

type Fund = 'gb' | 'gf' | 'soe';
type Flag = 'fiscal' | 'income' | 'expenditure' | 'detail' | 'basic' | 'project' | 'sanGong' | 'sanGongExtra' | 'final';

/** The words a title core may be made of, longest first where one is a prefix of another. */
const WORDS: readonly { text: string; fund?: Fund; flags?: readonly Flag[] }[] = [
  { text: '一般公共预算', fund: 'gb' },
  { text: '一般公共', fund: 'gb' },
  { text: '政府性基金预算', fund: 'gf' },
  { text: '政府性基金', fund: 'gf' },
  { text: '国有资本经营预算', fund: 'soe' },
  { text: '国有资本经营', fund: 'soe' },
  { text: '财政拨款', flags: ['fiscal'] },
  { text: '收支', flags: ['income', 'expenditure'] },
  { text: '收入', flags: ['income'] },
  { text: '支出', flags: ['expenditure'] },
  { text: '三公经费', flags: ['sanGong'] },
  { text: '三公', flags: ['sanGong'] },
  { text: '会议费', flags: ['sanGongExtra'] },
  { text: '培训费', flags: ['sanGongExtra'] },
  { text: '机关运行经费', flags: ['sanGongExtra'] },
  { text: '明细', flags: ['detail'] },
  { text: '基本', flags: ['basic'] },
  { text: '项目', flags: ['project'] },
  { text: '预决算', flags: ['final'] },
  { text: '决算', flags: ['final'] },
  // Neutral words: they neither name nor change a table.
  { text: '按功能分类' }, { text: '按经济分类' }, { text: '功能分类' }, { text: '经济分类' },
  { text: '安排的' }, { text: '安排' }, { text: '部门' }, { text: '单位' }, { text: '本级' },
  { text: '情况' }, { text: '总' }, { text: '及' }, { text: '和' }, { text: '与' }, { text: '的' }, { text: '、' }, { text: '，' },
];

/**
 * Words that, ending the prefix before a core, make the title another table (政府采购支出决算表,
 * 绩效…), rather than name the unit. Prefix words that are core words never reach this test:
 * the core is taken as long as it can be.
 */
const QUALIFIER_END = /(?:预算|费|事业|拨款|经费|公共|资本|基金|经营|采购|绩效|资产|结转|结余|债务|专项|工资|社保|社会保险|国库|非税|转移)$/;

/**
 * A prefix naming a budget (…预算), 财政拨款 or 三公 is part of the title, not the unit's name: the words
 * after it that the core could not take (…三公经费及差旅费支出决算表) make another table, never T03.
 */
const QUALIFIER_ANYWHERE = /三公|财政拨款|预算/;

interface Core {
  readonly funds: ReadonlySet<Fund>;
  readonly flags: ReadonlySet<Flag>;
}

/** The words of `text` from `from` to its end, or null when something is not a core word. */
function parseCore(text: string, from: number): Core | null {
  const funds = new Set<Fund>();
  const flags = new Set<Flag>();
  let i = from;
  while (i < text.length) {
    if (text[i] === '表' && i === text.length - 1) return { funds, flags };
    const word = WORDS.find((w) => text.startsWith(w.text, i));
    if (!word) return null;
    if (word.fund) funds.add(word.fund);
    for (const f of word.flags ?? []) flags.add(f);
    i += word.text.length;
  }
  return null;
}

/** The table the core names, or null when it names none of the thirteen. */
function tableOf(core: Core): TableId | null {
  const { funds, flags } = core;
  if (!flags.has('final')) return null;
  if (funds.size > 1) return null;
  const fund = [...funds][0] as Fund | undefined;
  const income = flags.has('income');
  const expenditure = flags.has('expenditure');
  const detail = flags.has('detail');
  const basic = flags.has('basic');
  const project = flags.has('project');
  if (flags.has('sanGong')) {
    // 2021 Sichuan printed a separate 政府性基金 三公 table: not T13.
    if (fund && fund !== 'gb') return null;
    if (income || basic || project) return null;
    return 'T13';
  }
  if (flags.has('sanGongExtra')) return null;
  if (basic && project) return null;
  if (!fund && !flags.has('fiscal')) {
    if (detail || basic || project) return null;
    if (income && expenditure) return 'T01';
    if (income) return 'T02';
    if (expenditure) return 'T03';
    return null;
  }
  if (!fund) {
    if (basic || project) return null;
    if (income && expenditure) return detail ? null : 'T04';
    if (expenditure) return 'T05';
    return null;
  }
  if (fund === 'gb') {
    if (income || !expenditure) return null;
    if (basic) return 'T08';
    if (project) return 'T09';
    return detail ? 'T07' : 'T06';
  }
  if (detail || basic || project) return null;
  if (fund === 'gf') return income && expenditure ? 'T10' : null;
  if (income && expenditure) return 'T11';
  return expenditure ? 'T12' : null;
}

/**
 * Strips what is not part of a title: white space and quotes, year mentions (2023年度), a table
 * number before (附表1：, 表一, 01-) or after it (（公开01表）, 表1), and a trailing
 * parenthesis (（续）, （按功能分类）).
 */
export function cleanTitleText(text: string): string {
  let t = normalizeTitle(text);
  t = t.replace(/公开\d{1,2}表|公开表\d{1,2}/g, '');
  t = t.replace(/(?:19|20)\d{2}年度?/g, '');
  t = t.replace(/^(?:附表|表)?(?:\d{1,2}|[一二三四五六七八九十]{1,3}(?=[-—_.．、：:]))(?:[-—_.．、：:]|(?=[^\d年]))/, '');
  t = t.replace(/^[-—_.．、：:]+/, '');
  for (let k = 0; k < 2; k++) {
    t = t.replace(/[（(][^（()）]*[)）]$/, '');
    t = t.replace(/(?:附表|表)\d{1,2}$/, '');
    t = t.replace(/[-—_.．、：:]+$/, '');
  }
  return t;
}

export function readTitle(text: string): TitleReading {
  if (!text || text.length > 80) return { kind: 'none' };
  const t = cleanTitleText(text);
  if (!/表$/.test(t) || !/决算/.test(t)) return { kind: 'none' };
  for (let from = 0; from < t.length; from++) {
    const core = parseCore(t, from);
    if (!core) continue;
    // A core that says neither 收入/支出 nor 三公 (…部门决算公开表, a cover) names no table.
    if (!core.flags.has('income') && !core.flags.has('expenditure') && !core.flags.has('sanGong')) return { kind: 'none' };
    const prefix = t.slice(0, from);
    const qualified = prefix !== '' && (QUALIFIER_END.test(prefix) || QUALIFIER_ANYWHERE.test(prefix));
    const id = qualified ? null : tableOf(core);
    return id ? { kind: 'table', match: { id, matched: t.slice(from) } } : { kind: 'extra', text: t };
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
