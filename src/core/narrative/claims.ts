import { parseAmountText } from '../amount/parse';
import { LIST_JOIN, listedAmounts, listLength } from './amountLists';
import { toOriginal } from './cleanText';
import { FlatTable, flatTables } from './flatTable';
import { parseItemHead, parsePath, resolvePath } from './functionalPath';
import { Segmentation } from './segment';
import { Claim, FunctionalPath, Measure } from './types';
import { BUDGET_VARIANCE, DOWN_WORDS, evaluationScope, groupSubject, resolveSubject, totalQualifier } from './vocabulary';
import { SECTION, Subject } from './subjects';
import { bracketedPrior, fromFigure, TO_FIGURE, yearList } from './priorFigures';

/**
 * Claim extraction: every figure of the 说明 with its subject, measure, unit and span.
 * Works sentence by sentence on the cleaned text; a sentence is scanned once for numbers, and
 * each number looks back over its own clause for its subject and measure words.
 */

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
/** Units after a number, longest first. */
const UNITS = ['万元', '亿元', '元', '%', '批次', '人次', '台（套）', '台(套)', '辆', '个', '次', '人', '台', '套', '家', '批'];
const MONEY_UNITS = new Set(['万元', '亿元', '元']);
const CLAUSE_BREAK = new Set(['，', '；', ',', ';', '。']);
/** Where a subject phrase starts: after these (but 收、支 is one word). */
/** A money figure or a rate as written (1,197.54万元, 63.39%), to find or strip figures in a phrase. */
const FIGURE_TEXT = /\d[\d,.]*[\s\u3000]*(?:万元|亿元|元|%)/;
const MONEY_TEXT = /\d[\d,.]*[\s\u3000]*(?:万元|亿元|元)/g;
/** What follows a whole's figure inside a share: 占X万元的p% / 之p% / 的比重为p%. */
const SHARE_AFTER_WHOLE = /^[\s\u3000]*(的|之)(比重|比例)?(为|是)?[\s\u3000]*\d[\d,.]*[\s\u3000]*%/;
const SHARE_AFTER_IN_WHOLE = /^[\s\u3000]*中[\s\u3000]*(所)?占(的)?(比重|比例)?(为|是)?[\s\u3000]*\d[\d,.]*[\s\u3000]*%/;
const PHRASE_BREAK = new Set(['：', ':', '、', '，', '；', ',', ';', '。']);

const CHANGE_VERB = /(增加|减少|增长|下降|上升|降低|节约|节支|增支|减支)了?$/;
const NEGATIVE_VERB = DOWN_WORDS;
/** 与2022年度831.07万元相比, 较2023年决算数70.15万元, 与上年决算数18万元持平: last year's figure. */
const PRIOR_YEAR = /(与|比|较)(20\d\d[\s\u3000]*年度?|上年度?|去年)(同期)?(决算数?)?(的)?[（(]?$/;
/** A phrase headed by last year: 上年 / 去年 / 2022年度 (then the subject). */
const LAST_YEAR_HEAD = /^(上年度?|去年|上一年度?|(20\d\d)年度?)(同期)?(的)?/;

function namesLastYear(phrase: string, sentenceBefore: string, year: number | null): boolean {
  const m = LAST_YEAR_HEAD.exec(phrase);
  if (!m || phrase.length === m[0].length) return false;
  // 上年结转（和结余） is this year's opening balance, a line of T01, not last year's figure.
  if (/^(结转|结余)/.test(phrase.slice(m[0].length))) return false;
  if (!m[2]) return true;
  return year !== null && Number(m[2]) === year - 1 && new RegExp(`${year}[\\s\\u3000]*年|本年`).test(sentenceBefore);
}
const PERCENT_WORDS = /占|增长|上升|提高|增幅|下降|降低|减少|降幅|完成/g;

export function extractClaims(seg: Segmentation): Claim[] {
  const claims: Claim[] = [];
  const t = seg.clean.text;
  // Tables pasted as text (flatTable.ts): their figures come from the table reading, in text order.
  const tableAt = new Map<number, FlatTable>();
  const inTable = new Set<number>();
  for (const ft of flatTables(seg, seg.year)) {
    tableAt.set(ft.paragraphs[0], ft);
    ft.paragraphs.forEach((p) => inTable.add(p));
  }
  for (let si = 0; si < seg.sentences.length; si++) {
    const sentence = seg.sentences[si];
    const para = seg.paragraphs[sentence.paragraph];
    if (!para.inRegion || para.kind !== 'text') continue;
    if (inTable.has(sentence.paragraph)) {
      const ft = tableAt.get(sentence.paragraph);
      if (ft && (si === 0 || seg.sentences[si - 1].paragraph !== sentence.paragraph)) {
        for (const c of ft.claims) claims.push({ ...c, id: claims.length });
      }
      continue;
    }
    const { start: ss, end: se } = seg.sentenceClean[si];
    const inSentence: Claim[] = [];
    const text = t.slice(ss, se);
    NUMBER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUMBER.exec(text)) !== null) {
      const ns = ss + m.index;
      const ne = ns + m[0].length;
      if (ne > se) break;
      const claim = readNumber(seg, si, ss, se, ns, ne, m[0], inSentence, claims);
      if (claim) {
        claims.push(claim);
        inSentence.push(claim);
        NUMBER.lastIndex = Math.max(NUMBER.lastIndex, claim.at.end - ss);
      }
    }
  }
  return claims;
}

function readNumber(
  seg: Segmentation, si: number, ss: number, se: number, ns: number, ne: number,
  written: string, inSentence: readonly Claim[], earlier: readonly Claim[],
): Claim | null {
  const id = earlier.length;
  const t = seg.clean.text;
  const before = t[ns - 1];
  if (before === '第' || before === '图' || /[A-Za-z_]/.test(before ?? '')) return null;
  let u = ne;
  while (u < se && (t[u] === ' ' || t[u] === '\u3000')) u++;
  const after = t.slice(u, u + 4);
  if (/^[年月日号]/.test(after)) return null;
  const para = seg.paragraphs[seg.sentences[si].paragraph];
  // Item numbers: "1.一般公共服务…", "2、…", "（4）…" at the paragraph start.
  if (ns <= para.start + 1 && /^[.、）)]/.test(t.slice(ne, ne + 1)) && !/^\.\d/.test(t.slice(ne, ne + 2))) return null;
  // 功能分类/经济分类 codes printed next to names are read by the classification check.
  if (/^[23]\d{2}(\d{2}){0,2}$/.test(written) && /^[\u4e00-\u9fff]/.test(after) && !UNITS.some((x) => after.startsWith(x))) return null;
  let unit = UNITS.find((x) => after.startsWith(x)) ?? '';
  // A paired list "各为1846.73、1839.05万元": the first figure takes the unit written after the second.
  // ("各为1846.73,1839.05万元" with a comma, where 各/分别 says it is a pair).
  const pair = unit ? null : (/(各|分别)[为是]?$/.test(t.slice(Math.max(ss, ns - 4), ns)) ? /^[、，][\s\u3000]*\d[\d,.]*[\s\u3000]*(万元|亿元|元|%)/ : /^、[\s\u3000]*\d[\d,.]*[\s\u3000]*(万元|亿元|元|%)/).exec(t.slice(u, u + 24));
  if (pair) unit = pair[1];
  let unitEnd = unit && !pair ? u + unit.length : ne;
  // Thresholds (单价100万元以上) are not figures.
  if (unit && /^(以上|以下|（含）|\(含\))/.test(t.slice(unitEnd, unitEnd + 4))) return null;
  const clauseStart = lastIndexOfSet(t, CLAUSE_BREAK, ns - 1, ss) + 1;
  let clauseEnd = ne;
  while (clauseEnd < se && !CLAUSE_BREAK.has(t[clauseEnd])) clauseEnd++;
  if (clauseEnd < se) clauseEnd++;
  const prevInClause = [...inSentence].reverse().find((c) => c.at.end > clauseStart);
  let phraseStart = Math.max(clauseStart, prevInClause ? prevInClause.at.end : ss);
  for (let k = ns - 1; k >= phraseStart; k--) {
    if (PHRASE_BREAK.has(t[k]) && !(t[k] === '、' && t[k - 1] === '收' && t[k + 1] === '支')) {
      phraseStart = k + 1;
      break;
    }
  }
  let phrase = t.slice(phraseStart, ns).trim();
  // "支出合计,741.38万元" (a digit lost before the comma): the subject stands before the break.
  if (!phrase && (t[ns - 1] === '，' || t[ns - 1] === ',') && ns - 1 > ss) {
    let k = ns - 2;
    while (k >= ss && !PHRASE_BREAK.has(t[k])) k--;
    const before = t.slice(k + 1, ns - 1);
    if (before && !/\d/.test(before) && resolveSubject(before, seg.sentences[si].section)) phrase = before.trim();
  }
  let unitStated = true;
  if (!unit) {
    // "决算数为1889.05，完成预算100%": a money figure printed without its unit.
    if (/(为|是|共计|合计)$/.test(phrase) && /决算|预算|支出|收入|总计|合计/.test(t.slice(ss, ns)) && /^([，。；,;]|$)/.test(t.slice(ne, ne + 1))) {
      unit = '万元';
      unitStated = false;
      unitEnd = ne;
    } else {
      return null;
    }
  }
  const reading = parseAmountText(written);
  if (reading.kind !== 'amount') return null;
  let value = reading.value;
  const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
  const sentence = seg.sentences[si];
  const section = sentence.section;
  let measure: Measure;
  let subject: Subject | null = null;
  let whole: Subject | undefined;
  let verb: string | undefined;
  let restates: boolean | undefined;
  let inShare: boolean | undefined;
  let path: FunctionalPath | undefined;
  /** The words naming the figure when its own phrase does not, for messages: a group closed by 等
   * (社会保障缴费、住房公积金等), the count it follows (接待上级调研28批次5.8万元). */
  let nameText: string | undefined;
  /** The subject was not named in the figure's own phrase but taken from the sentence around it. */
  let inherited = false;
  /** 与年初预算相比，增加…: the change or rate is against the budget, not last year. */
  let base: 'budget' | undefined;
  let listIndex: number | undefined;
  // A whole's figure written inside a share (占基本支出686.2万元的42.26%) is no figure the share,
  // change or rate after it is about: they belong to the amount before 占.
  const lastAmount = [...inSentence].reverse().find((c) => (c.measure === 'amount' || c.measure === 'budget') && !c.inShare);
  const lastChange = [...inSentence].reverse().find((c) => c.measure === 'change');
  /** Whose a change or rate in this clause is when it names nothing: the last amount, or the amount a
   * per-capita figure or a purpose list after it breaks down. */
  const changeOf = lastAmount ? headOf(t, inSentence, lastAmount, ns) : undefined;

  if (unit === '%') {
    const words = [...t.slice(clauseStart, ns).matchAll(PERCENT_WORDS)];
    const w = words.length ? words[words.length - 1] : null;
    const word = w ? w[0] : '';
    if (/为(年初|调整后?|全年)?预算数?的?$/.test(t.slice(clauseStart, ns).trim())) {
      // "为年初预算的103.17%": a completion rate written without 完成.
      measure = 'completion';
      subject = lastAmount?.subject ?? null;
    } else if (word === '占') {
      measure = 'share';
      // (占本年支出合计912.26万元的75.22%: the whole's own figure is not part of its name.)
      const noFigure = (x: string) => x.replace(MONEY_TEXT, '');
      const wholeText = noFigure(t.slice(clauseStart + (w?.index ?? 0) + 1, ns)).replace(/的|之|比重|比例|为/g, '');
      // "其中基本支出占63.39%，为1197.54万元": the share names its own part before 占 (its amount
      // may follow); else it is the share of the amount before it. "在本年支出合计中占" names the whole.
      const before = t.slice(clauseStart, clauseStart + (w?.index ?? 0)).replace(/^[\s\u3000]*(其中|主要包括)?[:：]?/, '');
      const inWhole = /在([^在]{1,30})中$/.exec(before);
      whole = resolveSubject(wholeText, section) ?? (inWhole ? resolveSubject(noFigure(inWhole[1]), section) : null) ?? undefined;
      const own = inWhole ? before.slice(0, inWhole.index) : before;
      subject = resolveSubject(own, section) ?? lastAmount?.subject ?? null;
    } else if (word === '完成') {
      measure = 'completion';
      subject = lastAmount?.subject ?? null;
    } else if (word) {
      measure = 'growth';
      verb = word;
      if (NEGATIVE_VERB.test(word)) value = value.negated();
      subject = lastChange?.subject ?? changeOf?.subject ?? null;
      inherited = lastChange ? !!lastChange.inherited : true;
      if (budgetBased(t.slice(ss, ns))) base = 'budget';
    } else {
      measure = 'percent';
      subject = lastAmount?.subject ?? null;
    }
  } else if (MONEY_UNITS.has(unit)) {
    // PDF text puts spaces around numbers and inside words ("与 2023 年决算数"): read the phrase without them.
    let p = phrase.replace(/[\s\u3000]+/g, '');
    const cv = CHANGE_VERB.exec(p) ?? BUDGET_VARIANCE.exec(p);
    let from: { rest: string } | null = null;
    const afterPrior = prevInClause && prevInClause.measure === 'prior' && !t.slice(prevInClause.at.end, ns).trim();
    if (afterPrior && !p) {
      // "较2023年决算数10.07万元0.67万元": the verb dropped between last year's figure and the change.
      measure = 'change';
      subject = prevInClause!.subject;
      if (prevInClause!.inherited) inherited = true;
    } else if (cv) {
      measure = 'change';
      verb = cv[1];
      if (BUDGET_VARIANCE.test(verb) ? !(prevInClause?.measure === 'prior' || lastYearBased(t.slice(ss, ns))) : budgetBased(t.slice(ss, ns))) base = 'budget';
      if (NEGATIVE_VERB.test(verb)) value = value.negated();
      p = p.slice(0, cv.index);
    } else if ((from = fromFigure(p, t.slice(unitEnd, unitEnd + 12), seg.year))) {
      // "由2021年度的421.06万元增加到715.87万元": the change's start is last year's figure.
      measure = 'prior';
      p = from.rest;
    } else if (PRIOR_YEAR.test(p)) {
      measure = 'prior';
      p = p.replace(PRIOR_YEAR, '');
    } else if (namesLastYear(p, t.slice(ss, phraseStart), seg.year)) {
      // "…，上年收、支总计均为900万元" / "2023年度…，2022年度收、支总计均为900万元": last year's
      // figure stated as such (a 2022 at the head of the sentence is a year slip, checks/text.ts).
      measure = 'prior';
      p = p.replace(LAST_YEAR_HEAD, '');
    } else if (/(预算(数)?|调整后)(为|是)?$/.test(p) && !/决算/.test(p)) {
      measure = 'budget';
    } else if (lastAmount?.measure === 'budget' && /其中/.test(t.slice(lastAmount.at.end, ns)) && !/决算|实际|执行/.test(p)) {
      // "“三公”经费预算为4.72万元，其中公务用车运行维护费3.5万元": the parts of a budget are budgets.
      measure = 'budget';
    } else {
      measure = 'amount';
    }
    p = p.replace(/(比|较|与)(20\d\d年度?|上年度?)(相比)?/g, '');
    // The path of the figure's own clause group: a sentence may list several items between 「；」
    // (213（类）农林水支出80万元，占80%；201（类）一般公共服务支出20万元…).
    let gs = ns;
    while (gs > ss && t[gs - 1] !== '；' && t[gs - 1] !== ';') gs--;
    const prefix = t.slice(gs, ns);
    // 五（三）'s items may name their 项 without the 类 (行政运行（2010301）：…): read from the item's head.
    // (An item number before a code, 1、2010301行政运行, is no item to segment.ts, hence the paragraph start.)
    const itemHead = section === SECTION.generalBudget && gs === para.start;
    const parsed = parsePath(prefix) ?? (itemHead ? parseItemHead(prefix) : null);
    if (parsed) {
      // Every figure of the item (预算, 决算) carries the path.
      const span = toOriginal(seg.clean, gs + parsed.start, gs + parsed.end);
      path = inSentence.find((c) => c.path && c.path.span.start === span.start)?.path;
      if (!path) {
        const codes = resolvePath(parsed);
        path = {
          className: parsed.className, kuanName: parsed.kuanName, xiangName: parsed.xiangName,
          classCode: codes.classCode, kuanCode: codes.kuanCode, xiangCode: codes.xiangCode,
          span,
        };
      }
      subject = path.xiangCode ? `func:${path.xiangCode}` : `funcPath:${path.className}/${path.kuanName ?? ''}/${path.xiangName ?? ''}`;
    }
    // "占本年支出合计912.26万元的75.22%": the figure after 占 is the whole's, stated inside the share.
    // Also "在本年支出合计912.26万元中占75.22%".
    const after = t.slice(unitEnd, unitEnd + 16);
    if (measure === 'amount' && !path && ((/^占/.test(p) && SHARE_AFTER_WHOLE.test(after)) || (/^在/.test(p) && SHARE_AFTER_IN_WHOLE.test(after)))) {
      inShare = true;
      p = p.slice(1);
      subject = resolveSubject(p, section);
    }
    if (!subject) subject = resolveSubject(p, section);
    // "社会保障缴费、住房公积金等315.44万元": names closed by 等 are a group, not the last name.
    const listFrom = Math.max(clauseStart, prevInClause ? prevInClause.at.end : ss);
    const group = path ? null : groupSubject(t.slice(listFrom, ns), t.slice(phraseStart, ns), section);
    if (group) {
      subject = group.key;
      nameText = group.text;
    }
    // "财政拨款收入总计2704.63万元，支出总计2704.63万元": the bare total continues the qualified one.
    if (subject && lastAmount && totalQualifier(p) === '') {
      const q = totalQualifier(lastAmount.subjectText);
      if (q) subject = resolveSubject(`${q}${p.replace(/^(本年度?|20\d\d年度?)/, '')}`, section);
    }
    if (!subject) inherited = true;
    // "（折合214,600万元）": the figure before it again, in another unit.
    if (/^[（(]?(折合|约合|合计约|相当于)/.test(p) && lastAmount) {
      restates = true;
      subject = lastAmount.subject;
      inherited = !!lastAmount.inherited;
    }
    // "接待上级调研28批次5.8万元", "…17批次，支出3.6万元": an amount right after a count is the money
    // of what was counted, not of the subject the sentence opened with.
    const counted = !subject && !group && (measure === 'amount' || measure === 'budget') ? countBefore(t, inSentence, ns) : null;
    if (counted && !FLEET_COUNTS.has(counted.subject)) {
      subject = counted.subject;
      inherited = !!counted.inherited;
      nameText = counted.subjectText || (counted.subject.startsWith('raw:') ? counted.subject.slice(4) : undefined);
    }
    if (!subject && !counted && /^(共计|合计|总计|共)(支出|为)?/.test(p)) {
      restates = true;
      subject = leadSubject(sentence.paragraph, earlier);
    }
    // A bare "较上年减少74.87万元" is the change of the figure before it; "…补助较上年减少91.2万元"
    // names something else (a reason's item), whose change it is not.
    const bare = /^[（(]?(各|分别|共|合计|净额|总额|支出|收入|决算数?|同比|相比|比较|了|[，,、\s])*$/.test(base === 'budget' ? p.replace(/^(比|较|与)(年初|调整后?|全年)?预算数?(相比)?/, '') : p);
    if (!subject && measure === 'change' && bare) subject = changeOf?.subject ?? null;
    if (!subject && measure === 'budget' && /^完成(全年|年初|调整后?)*预算数?$/.test(p.trim()) && lastAmount && !lastAmount.subject.startsWith('raw:')) {
      // The budget a completion rate names ("…支出4.81万元，完成预算5万元的96.2%"): completing a
      // budget is something the figure before it does, not an item of its own, so the rate, change
      // and growth after it stay with that figure's item.
      subject = lastAmount.subject;
      inherited = !!lastAmount.inherited;
    }
    if (!subject && !counted && (measure === 'amount' || measure === 'budget') && /^(实际|全年|年初|调整)?(支出|发生)?(决算|预算)?(数)?(为|是)?$/.test(p.trim())) {
      // "支出决算为960.77万元" after a path or a named subject earlier in the sentence.
      // The subject named earlier in the same clause group (after the last 「；」): in a 三公 sentence
      // each item's 预算 and 决算 stand between semicolons.
      let gs = phraseStart;
      while (gs > ss && t[gs - 1] !== '；' && t[gs - 1] !== ';') gs--;
      const named = nearestNamed(t.slice(gs, phraseStart), section);
      if (named) inherited = false; // named in the figure's own clause group
      subject = named ?? [...inSentence].reverse().find((c) => c.at.start >= gs && c.subject && !c.subject.startsWith('raw:'))?.subject ?? null;
    }
    if (!subject && measure === 'prior') subject = lastAmount?.subject ?? null;
    // "收、支与2023年度相比，减少505.76万元": the change's subject heads the sentence, before the comparison.
    if (!subject && measure === 'change' && bare && !lastAmount) {
      const head = /^(.{1,30}?)(与|比|较|同比)/.exec(t.slice(ss, ns));
      const named = head ? resolveSubject(head[1], section) : null;
      if (named) {
        subject = named;
        inherited = false;
      }
    }
  } else {
    measure = 'count';
    subject = resolveSubject(phrase, section);
    if (subject === 'vehicles' && /购置|更新/.test(phrase)) subject = 'vehicles.purchased';
    // 共有公务用车N辆 / 保有量为N辆: the fleet held, one quantity however often it is restated;
    // "一般公务用车1辆" is one kind of it.
    else if (subject === 'vehicles' && /共有|保有|实有|拥有/.test(phrase)) subject = 'vehicles.held';
    if (!subject && !phrase) subject = [...inSentence].reverse().find((c) => c.measure === 'count')?.subject ?? null;
  }
  // The figure a year ties to another: the end of 由A增加到B (this year's, of the start's subject), or
  // last year's in a bracket right after this year's (1.38万元（2021年度：1.85万元）).
  const prevFigure = inSentence[inSentence.length - 1];
  if (MONEY_UNITS.has(unit) && prevFigure && MONEY_UNITS.has(prevFigure.unit)) {
    const tiedTo = prevFigure.measure === 'prior' && TO_FIGURE.test(t.slice(prevFigure.at.end, ns).replace(/[\s\u3000，,]+/g, '')) ? 'amount'
      : prevFigure.measure === 'amount' && bracketedPrior(t.slice(prevFigure.at.end, ns), seg.year) ? 'prior' : null;
    if (tiedTo) {
      measure = tiedTo;
      subject = prevFigure.subject.startsWith('raw:') ? null : prevFigure.subject;
      inherited = !!prevFigure.inherited;
      path = prevFigure.path;
    }
  }
  const subjectText = nameText ?? phrase.replace(/^(其中|主要包括|主要用于以下方面)?[:：]?/, '').replace(inShare ? /^[占在]/ : /(?!)/, '');
  const clauseOrig = toOriginal(seg.clean, clauseStart, clauseEnd);
  // Paired lists: "本年收入、本年支出各为A、B万元，各增加C、D万元，各增长p%、q%" (or three and more,
  // 分别为A、B、C万元) zip the subjects named before 各/分别 with the figures between 「、」.
  const prev = inSentence[inSentence.length - 1];
  const sep = /(各|分别)/.test(t.slice(ss, ns)) ? LIST_JOIN : '、';
  const follows = !!prev && prev.listIndex !== undefined && new RegExp(`^[\\s\\u3000]*${sep}[\\s\\u3000]*$`).test(t.slice(prev.at.end, ns));
  const opens = !follows && (!!pair || new RegExp(`^[\\s\\u3000]*(万元|亿元|元|%)?[\\s\\u3000]*${sep}[\\s\\u3000]*\\d`).test(t.slice(ne, ne + 12)));
  if (follows || opens) {
    const index = follows ? prev.listIndex! + 1 : 0;
    const years = MONEY_UNITS.has(unit) && (measure === 'amount' || measure === 'prior') ? yearsBeforeEach(t.slice(ss, ns), seg.year) : null;
    const names = years ? null : listSubjects(t.slice(ss, ns), section);
    // No names before 各/分别 ("A 1197.54万元、B 691.51万元，分别占63.39%和36.61%"): the list
    // follows the amounts listed just before it, in order.
    const opener = follows ? inSentence[inSentence.length - index] : null;
    const listStart = clauseStartOf(t, opener ? opener.at.start : ns, ss);
    const afterEach = !names && /(各|分别)[^，,。；;、\d]{0,24}$/.test(t.slice(listStart, opener ? opener.at.start : ns));
    const listed = afterEach
      ? listedAmounts(t, inSentence, listStart, listLength(t, opener ? opener.at.start : ns, se), (c) => clauseStartOf(t, c.at.start, ss))
      : null;
    const subjects = names?.subjects ?? listed;
    if (years) {
      // "2021年度、2022年度收、支总计分别为A、B": one subject, a figure for each year.
      listIndex = index;
      const role = years.roles[index] ?? null;
      subject = role ? resolveSubject(years.rest, section) : null;
      if (role) measure = role;
      inherited = false;
    } else if (subjects) {
      listIndex = index;
      subject = subjects[index] ?? null; // more figures than names: whose is unknown
      inherited = false;
      if (follows && prev.measure !== measure && unit !== '%' && MONEY_UNITS.has(prev.unit)) {
        measure = prev.measure;
        if (prev.verb) verb = prev.verb;
        if (prev.value.isNegative() !== value.isNegative() && (measure === 'change')) value = value.negated();
      }
    } else if (names || afterEach) {
      // Several names (or listed amounts) that cannot all be told apart: no figure of the list
      // has a known subject.
      listIndex = index;
      subject = null;
    }
  }
  // "组织对3个项目开展了部门评价，涉及一般公共预算支出174.6万元": the money an evaluation covered,
  // whatever total its words name; it restates no table and no other figure of the text.
  if (MONEY_UNITS.has(unit) && evaluationScope(t.slice(ss, ns))) {
    subject = null;
    path = undefined;
  }
  // An unknown subject is only its words: the same words in another clause are not the same item.
  if (!subject) inherited = true;
  return {
    id,
    subject: subject ?? `raw:${subjectText}`,
    subjectText,
    measure,
    value,
    written,
    decimals,
    unit,
    unitStated,
    span: toOriginal(seg.clean, ns, unitEnd),
    clause: clauseOrig,
    at: { start: ns, end: unitEnd },
    sentence: si,
    paragraph: sentence.paragraph,
    section,
    subsection: sentence.subsection,
    item: sentence.item,
    ...(whole ? { whole } : {}),
    ...(verb ? { verb } : {}),
    ...(restates ? { restates } : {}),
    ...(inShare ? { inShare } : {}),
    ...(path ? { path } : {}),
    ...(inherited ? { inherited } : {}),
    ...(base ? { base } : {}),
    ...(listIndex !== undefined ? { listIndex } : {}),
  };
}

/**
 * The names listed before 各/分别 in a sentence ("本年收入、本年支出各为…", "基本支出、项目支出、经营
 * 支出分别为…"), the nearest list first ("…分别为A、B、C万元，分别占…" takes the names of the first):
 * `subjects` when every name is known and distinct, else null with the names still counted. Null
 * when no 各/分别 follows two names or more (收、支总计各为A、B万元 names one total).
 */
function listSubjects(prefix: string, section: number | null): { subjects: Subject[] | null } | null {
  const lists = [...prefix.matchAll(/([^，,。；;：:]*?)(各|分别)/g)].reverse();
  for (const m of lists) {
    // eslint-disable-next-line no-control-regex -- U+0000 is a placeholder that no text contains
    let pieces = m[1].replace(/收、支/g, '收\u0000支').split('、').map((x) => x.replace(/\u0000/g, '、').replace(/^(20\d\d年度?)/, '').trim()).filter((x) => x);
    if (pieces.length === 1) pieces = joinedPair(pieces[0], section) ?? pieces;
    if (pieces.length < 2) continue;
    const names = pieces.map((x) => resolveSubject(x, section) ?? resolveSubject(`${x}合计`, section));
    const known = names.every((n): n is Subject => !!n) && new Set(names).size === names.length;
    return { subjects: known ? names as Subject[] : null };
  }
  return null;
}

/** A per-capita figure (人均12.08万元) and the items of a purpose list (主要用于办公费12.5万元、劳务费
 * 72.6万元等…) break down the amount before them: neither is what a later change is of. */
const PER_CAPITA = /^(年?人均|平均每人|平均每名)/;
const BREAKDOWN = /主要用于|主要包括|具体包括|主要为|主要是|包括|用于/;
const CLAUSE_MARK = /[，,；;。]/;

/**
 * The amount a change (or rate) at `at` is of when it names none: `last`, the amount nearest before
 * it, unless `last` ends a per-capita figure or a breakdown list (its items joined by 「、」/和)
 * that follows another amount of the sentence, and the change stands in a clause of its own after
 * it: then that other amount, the sentence's head.
 */
function headOf(t: string, inSentence: readonly Claim[], last: Claim, at: number): Claim {
  if (!CLAUSE_MARK.test(t.slice(last.at.end, at))) return last;
  const amounts = inSentence.filter((c) => (c.measure === 'amount' || c.measure === 'budget') && c.at.end <= last.at.end);
  let j = amounts.length - 1;
  while (j > 0 && !CLAUSE_MARK.test(t.slice(amounts[j - 1].at.end, amounts[j].at.start))) j--;
  const first = amounts[j];
  const head = amounts[j - 1];
  if (!head) return last;
  const between = t.slice(head.at.end, first.at.start);
  const perCapita = j === amounts.length - 1 && PER_CAPITA.test(first.subjectText);
  // One item after 主要用于以下方面： may be a part with its own change (A 600万元，较上年增加…); a
  // list of several, or one closed by 等, is a breakdown no change is of.
  const list = j < amounts.length - 1 || /^[^，,；;。]*等/.test(t.slice(last.at.end, at));
  return perCapita || (list && BREAKDOWN.test(between)) ? head : last;
}

/** The years named before the nearest 各/分别 of a sentence (2021年度、2022年度收、支总计分别为). */
function yearsBeforeEach(prefix: string, reportYear: number | null): ReturnType<typeof yearList> {
  const m = [...prefix.matchAll(/([^，,。；;：:]*?)(各|分别)/g)].pop();
  return m ? yearList(m[1], reportYear) : null;
}

/**
 * Two names joined by 和/及/与 ("人员经费和公用经费分别占…"): split where both sides are known and
 * distinct items, so a name that holds 和 itself (社会保障和就业支出, 工资福利支出和商品和服务支出 at
 * its first 和) is not cut. Null when no split gives two known names.
 */
function joinedPair(piece: string, section: number | null): [string, string] | null {
  for (const m of piece.matchAll(/[和及与]/g)) {
    const a = piece.slice(0, m.index).trim();
    const b = piece.slice(m.index! + 1).trim();
    const ka = a && resolveSubject(a, section);
    const kb = b && resolveSubject(b, section);
    if (ka && kb && ka !== kb) return [a, b];
  }
  return null;
}

/** The last comparison before the figure in its sentence is with a budget (与2023年度预算相比,
 * 比预算, 较年初预算数), not with last year. */
function budgetBased(before: string): boolean {
  const last = lastComparison(before)?.[0] ?? '';
  return /预算/.test(last) && !/决算/.test(last.replace(/预算/g, ''));
}

/** A comparison word and what it compares with (与2022年度相比, 较年初预算数, 比上年决算数), or 同比. */
const COMPARISON = /(与|比|较)[^，,。；;]{0,14}?(相比|$|决算数|预算数?)|同比/g;

/** The last comparison in `text`: the one that governs a figure after it. */
function lastComparison(text: string): RegExpExecArray | null {
  const cmp = [...text.matchAll(COMPARISON)];
  return cmp.length ? cmp[cmp.length - 1] : null;
}

/** A budget variance word (节约, 超支…) is against last year only when the comparison governing it
 * names last year: the last one of its clause group (after the last 「；」), with no 预算 named
 * between it and the figure (与上年相比，预算6.27万元，节约0.36万元 is against the budget). */
function lastYearBased(before: string): boolean {
  const group = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  const last = lastComparison(group);
  if (!last) return false;
  const base = last[0].replace(/(节约|节省|节支|超支|超出|超过|结余).*$/, '');
  if (/预算/.test(base)) return false;
  return /20\d\d|上年|去年|上一年|同比/.test(base) && !/预算/.test(group.slice((last.index ?? 0) + last[0].length));
}

/** Counts of things that are not money (a fleet, projects): the amount after them is not theirs
 * (购置公务用车1辆，支出25万元 is 公务用车购置费), so it keeps no subject rather than a wrong one. */
const FLEET_COUNTS = new Set<Subject>(['vehicles', 'vehicles.held', 'vehicles.purchased', 'projects']);

/** The count an amount stands right after in its clause group, with only 支出/共计/金额 words
 * between (28批次5.8万元, 28批次246人次5.8万元, 28批次，支出5.8万元, 17次，共计3.6万元). */
function countBefore(t: string, inSentence: readonly Claim[], ns: number): Claim | null {
  const c = inSentence[inSentence.length - 1];
  if (!c || c.measure !== 'count') return null;
  const between = t.slice(c.at.end, ns).replace(/[\s\u3000]+/g, '');
  return /^[，,]?(共计|合计|共)?(支出|花费|开支|发生|使用)?(经费|费用|资金|金额)?(为|是)?$/.test(between) ? c : null;
}

/** The subject of the first amount in the paragraph ("国内公务接待支出1.1万元…共计支出1.1万元"). */
function leadSubject(paragraph: number, earlier: readonly Claim[]): Subject | null {
  for (let k = earlier.length - 1; k >= 0 && earlier[k].paragraph === paragraph; k--) {
    const c = earlier[k];
    if (c.paragraph === paragraph && !c.subject.startsWith('raw:') && (k === 0 || earlier[k - 1].paragraph !== paragraph)) return c.subject;
  }
  return null;
}

/**
 * The subject named nearest before a figure in its clause group, clause by clause from the nearest,
 * each read up to its first figure (and a share's clause up to 占): in "本年支出合计1889.05万元，
 * 其中基本支出占63.39%，为1197.54万元" the 为 figure is 基本支出's, not the longer name before it.
 */
/** What a clause without a figure says happened to an item (not arranged, none, cut, changed). */
const REMARK = /未|无|没有|不再|取消|停止|减少|增加|下降|增长|降低|压减|压缩/;

function nearestNamed(group: string, section: number | null): Subject | null {
  const clauses = group.split(/[，,]/);
  for (let k = clauses.length - 1; k >= 0; k--) {
    const c = clauses[k];
    // A clause between that states something of an item without a figure (公务用车购置费未安排,
    // 比上年减少公务接待费) is a remark about that item, not the figure's subject; a clause that only
    // names one (其中公务用车购置及运行维护费所占比重最大，为81.39%，支出4.81万元) still does.
    const figure = FIGURE_TEXT.exec(c);
    if (k > 0 && !figure && REMARK.test(c)) continue;
    const named = resolveSubject((figure ? c.slice(0, figure.index) : c).replace(/占[^占]*$/, ''), section);
    if (named) return named;
  }
  return null;
}

/** Where the clause holding offset `at` starts (after the last 「，」/「；」/「。」 before it). */
function clauseStartOf(t: string, at: number, min: number): number {
  return lastIndexOfSet(t, CLAUSE_BREAK, at - 1, min) + 1;
}

function lastIndexOfSet(t: string, set: Set<string>, from: number, min: number): number {
  for (let k = from; k >= min; k--) if (set.has(t[k])) return k;
  return min - 1;
}

