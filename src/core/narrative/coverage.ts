import type { NarrativeResult } from './check';
import { Claim } from './types';

export interface SectionCoverage {
  readonly figures: number;
  readonly verified: number;
  readonly unverifiable: number;
}

export interface Coverage {
  /** Figures of the 说明 part (第二部分 / 第三部分 as segment.ts delimits it; the whole text when no
   * part heading is found): claims are only read there. */
  readonly figures: number;
  /** Figures some check compared with something (the text itself or a table). */
  readonly verified: number;
  /** Figures tied to table cells. */
  readonly tied: number;
  /** Unverified figures nothing can confirm by nature (counts, 完成预算 rates with no budget in
   * the text or the tables); figures − verified − unverifiable are the engine's gaps. */
  readonly unverifiable: number;
  /** verified ÷ figures, 1 when there is no figure. */
  readonly ratio: number;
  /** The figures nothing could tie, in text order (the 未核对 list). */
  readonly untied: readonly Claim[];
  /** The untied that are not unverifiable: what the engine should have compared ("not tied"). */
  readonly notTied: readonly Claim[];
  /** Per section number (一 = 1); null for figures outside any section. */
  readonly bySection: ReadonlyMap<number | null, SectionCoverage>;
}

/** Coverage of a checked 说明 (narrative.md §4: the share of figures verified is shown). */
export function coverage(result: NarrativeResult): Coverage {
  const verified = new Set(result.verifiedClaims);
  const unverifiable = new Set(result.unverifiableClaims);
  const bySection = new Map<number | null, { figures: number; verified: number; unverifiable: number }>();
  for (const c of result.claims) {
    const s = bySection.get(c.section) ?? { figures: 0, verified: 0, unverifiable: 0 };
    s.figures++;
    if (verified.has(c.id)) s.verified++;
    if (unverifiable.has(c.id)) s.unverifiable++;
    bySection.set(c.section, s);
  }
  return {
    figures: result.figures,
    verified: result.verified,
    tied: result.ties.length,
    ratio: result.figures === 0 ? 1 : result.verified / result.figures,
    unverifiable: result.unverifiable,
    untied: result.claims.filter((c) => !verified.has(c.id)),
    notTied: result.claims.filter((c) => !verified.has(c.id) && !unverifiable.has(c.id)),
    bySection,
  };
}
