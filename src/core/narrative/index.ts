export { checkNarrative } from './check';
export { segment } from './segment';
export { extractClaims } from './claims';
export { NARRATIVE_RULES } from './rules';
export { coverage } from './coverage';
