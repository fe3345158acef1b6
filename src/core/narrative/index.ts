export { checkNarrative } from './check';
export type { NarrativeOptions, NarrativeResult } from './check';
export { segment } from './segment';
export type { Segmentation, Paragraph } from './segment';
export { extractClaims } from './claims';
export { NARRATIVE_RULES } from './rules';
export type { Claim, Measure, Section, Sentence, Span, NarrativeRuleMeta } from './types';
