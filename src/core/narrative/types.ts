import Decimal from 'decimal.js';
import type { RuleMeta } from '../findings/rule';
import { Subject } from './subjects';

/** A [start, end) range of JavaScript string indices into the ORIGINAL text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type SectionNumber = number;

/** 第二部分 (Sichuan) / 第三部分 (national): one numbered 部分 of the report. */
export interface Part extends Span {
  readonly number: number;
  readonly title: string;
}

/** 一…十 (also written 1、 / 9、) inside the 说明. */
export interface Section extends Span {
  readonly number: SectionNumber;
  readonly title: string;
}

/** （一）… under a section. */
export interface Subsection extends Span {
  readonly section: SectionNumber;
  readonly number: number;
  readonly title: string;
}

/** A paragraph that starts with 1. / 1、 / （4） and is not a heading. */
export interface Item extends Span {
  readonly number: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (line of the cleaned text) holding the sentence. */
  readonly paragraph: number;
  readonly section: SectionNumber | null;
  readonly subsection: number | null;
  /** Number of the numbered item the sentence belongs to, if any. */
  readonly item: number | null;
}

export type Measure =
  | 'amount' // a figure of this year (决算)
  | 'budget' // 预算数
  | 'prior' // an explicit last-year figure (与2022年度831.07万元相比)
  | 'change' // 增加/减少 X万元
  | 'share' // 占 p%
  | 'growth' // 增长/下降 p%
  | 'completion' // 完成预算 p%
  | 'percent' // a % we could not classify
  | 'count';

export type ClaimUnit = '万元' | '元' | '亿元' | '%' | string;

export interface Claim {
  readonly id: number;
  /** Canonical subject key (subjects.ts, words in vocabulary.ts), or "raw:<phrase>" when unknown. */
  readonly subject: Subject;
  /** The subject phrase as written (cleaned), for messages. */
  readonly subjectText: string;
  readonly measure: Measure;
  /** Signed for change and growth (减少/下降 negative). */
  readonly value: Decimal;
  /** The number as written, e.g. "36.6" (1 decimal), "1,889.05". */
  readonly written: string;
  readonly decimals: number;
  readonly unit: ClaimUnit;
  /** False when a money figure was printed without a unit (万元 assumed). */
  readonly unitStated: boolean;
  /** Span of the number with its unit, in the original text. */
  readonly span: Span;
  /** Span of the clause holding the claim, in the original text. */
  readonly clause: Span;
  /** Offsets of the number (with unit) in the cleaned text: what the checks work on. */
  readonly at: Span;
  readonly sentence: number;
  readonly paragraph: number;
  readonly section: SectionNumber | null;
  readonly subsection: number | null;
  readonly item: number | null;
  /** For shares: the whole named by the sentence (占本年支出合计), as a subject key. */
  readonly whole?: Subject;
  /** Direction word as written for change/growth (增加, 减少, 增长, 下降…). */
  readonly verb?: string;
  /** "共计支出1.1万元": repeats the figure of the subject it closes, not a new part. */
  readonly restates?: boolean;
  /** "占基本支出686.2万元的42.26%": the whole's figure written inside a share; a figure of its
   * subject, but no part of a list and not what the share, change or rate after it are about. */
  readonly inShare?: boolean;
  /** The subject was taken from the sentence around the figure, not named in its own phrase:
   * checks that compare across sentences by subject do not trust it. */
  readonly inherited?: boolean;
  /** Position in a list of figures after 各/分别 (各为A、B; 分别为A、B、C): the subject is the
   * name at that position before 各/分别, or unknown when the names cannot be told apart. */
  readonly listIndex?: number;
  /** Read from a table pasted into the text (flatTable.ts), not from a sentence. */
  readonly table?: boolean;
  /** Changes and rates measured against the budget (与年初预算相比…) rather than last year. */
  readonly base?: 'budget';
  /** For a 功能分类 name path: the names as written. */
  readonly path?: FunctionalPath;
}

export interface FunctionalPath {
  readonly className: string;
  readonly kuanName: string | null;
  readonly xiangName: string | null;
  /** Resolved codes when the names are known (classification/functional.ts). */
  readonly classCode: string | null;
  readonly kuanCode: string | null;
  readonly xiangCode: string | null;
  /** Span of the path in the original text. */
  readonly span: Span;
}

/** A narrative rule's metadata: the shared RuleMeta (findings/rule.ts) and what a 说明 check adds. */
export interface NarrativeRuleMeta<I extends string = string> extends RuleMeta<I> {
  /** The narrative.md (or tables.md) statement it implements. */
  readonly identity: string;
  /** What makes an error of this rule certain; otherwise it says what it reports instead. */
  readonly certainWhen: string;
}
