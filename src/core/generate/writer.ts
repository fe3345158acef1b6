import Decimal from 'decimal.js';
import { formatAmount, formatAmountTrimmed, largestRemainder, percent, roundHalfUp } from '../amount/round';
import { CellRef } from '../grid/cellRef';
import { GenerateOptions, GenerationNote, Paragraph, Placeholder, Section } from './types';

/** A figure in 万元 with the table cells it was read from (none for user inputs). */
export interface Money {
  readonly value: Decimal;
  readonly cells: readonly CellRef[];
}

export function money(value: Decimal, cells: readonly CellRef[] = []): Money {
  return { value, cells };
}

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);
const SHARE_DECIMALS = 2;

/**
 * Builds one section: formats figures the one way the options ask for, records the cells each
 * paragraph states, and turns every missing input into a placeholder listed for the user.
 */
export class SectionWriter {
  private readonly paragraphs: Paragraph[] = [];
  private readonly subsections: Section[] = [];
  private pendingCells: CellRef[] = [];

  constructor(
    readonly key: string,
    readonly heading: string,
    readonly options: GenerateOptions,
    private readonly placeholders: Placeholder[],
    private readonly notes: GenerationNote[] = [],
  ) {}

  /** "1889.05万元" (or 1889.05 without the unit); records the figure's cells. */
  wan(m: Money, withUnit = true): string {
    this.pendingCells.push(...m.cells);
    return this.amount(m.value) + (withUnit ? '万元' : '');
  }

  amount(v: Decimal): string {
    return this.options.amounts === 'fixed' ? formatAmount(v, 2) : formatAmountTrimmed(v, 2);
  }

  /** A percentage already multiplied by 100, formatted per the share option, with "%". */
  pct(v: Decimal): string {
    const rounded = roundHalfUp(v, SHARE_DECIMALS);
    return (this.options.shares === 'fixed2' ? formatAmount(rounded, SHARE_DECIMALS) : formatAmountTrimmed(rounded, SHARE_DECIMALS)) + '%';
  }

  /** Share of part in whole ("63.39%"); "0%" for a zero whole, which is how the samples write it. */
  share(part: Decimal, whole: Decimal): string {
    return this.pct(percent(part, whole) ?? ZERO);
  }

  /**
   * Shares of a structure that opened with `whole`: computed one by one, or by largest remainder
   * so they sum to exactly 100 (only when the parts cover the whole).
   */
  structureShares(parts: readonly Decimal[], whole: Decimal): string[] {
    if (whole.isZero()) return parts.map(() => this.pct(ZERO));
    const raw = parts.map((p) => percent(p, whole) as Decimal);
    const sum = parts.reduce((a, b) => a.plus(b), ZERO);
    if (this.options.structureShares === 'largest-remainder' && sum.equals(whole)) {
      return largestRemainder(raw, HUNDRED, SHARE_DECIMALS).map((v) => this.pct(v));
    }
    return raw.map((v) => this.pct(v));
  }

  /** 【请填写：label】, recorded against the input that would have filled it. */
  ask(input: string, label: string): string {
    this.placeholders.push({ input, label, section: this.heading });
    return `【请填写：${label}】`;
  }

  /** A reason from the inputs, or a placeholder for it. Trailing 。 are dropped: the sentence adds one. */
  reason(reasons: Readonly<Record<string, string>> | undefined, key: string, label: string): string {
    const text = reasons?.[key]?.trim().replace(/[。.；;，,\s]+$/, '');
    return text ? text : this.ask(`reasons.${key}`, label);
  }

  /** A note beside the text (an inference, a reused input), recorded against the input that overrides it. */
  note(input: string, text: string): void {
    this.notes.push({ input, section: this.heading, text });
  }

  paragraph(text: string): void {
    this.paragraphs.push({ text, cells: this.pendingCells });
    this.pendingCells = [];
  }

  subsection(section: Section): void {
    this.subsections.push(section);
  }

  child(key: string, heading: string): SectionWriter {
    return new SectionWriter(key, heading, this.options, this.placeholders, this.notes);
  }

  done(): Section {
    return { key: this.key, heading: this.heading, paragraphs: this.paragraphs, subsections: this.subsections };
  }
}
