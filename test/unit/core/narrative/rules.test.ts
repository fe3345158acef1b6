import { NARRATIVE_RULES } from '../../../../src/core/narrative/rules';

test('every 说明 rule says what makes its error certain (docs/rules.md renders it)', () => {
  const missing = NARRATIVE_RULES.filter((r) => r.certainWhen.trim() === '').map((r) => r.id);
  expect(missing).toEqual([]);
  expect(new Set(NARRATIVE_RULES.map((r) => r.id)).size).toBe(NARRATIVE_RULES.length);
});
