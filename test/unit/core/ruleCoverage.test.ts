import { RuleMeta } from '../../../src/core/findings/rule';
import { READ_RULES } from '../../../src/core/model/readRules';
import { NARRATIVE_RULES } from '../../../src/core/narrative';
import { RULES } from '../../../src/core/rules';
import { CannotFire, NARRATIVE_TRIGGERS, READ_TRIGGERS, TABLE_TRIGGERS, Trigger } from '../../fixtures/ruleTriggers';

/**
 * Registry coverage: every rule of every kind (table rules, the reader's, the 说明 checks') fires
 * on its trigger in test/fixtures/ruleTriggers.ts, a small input made with the fixture generator.
 * A rule added without a trigger fails here; one that no generated input can make fire is listed
 * there with the reason.
 */
const KINDS: readonly (readonly [kind: string, rules: readonly RuleMeta[], triggers: Readonly<Record<string, Trigger | CannotFire>>])[] = [
  ['table rules (src/core/rules/registry.ts)', RULES, TABLE_TRIGGERS],
  ['read rules (src/core/model/readRules.ts)', READ_RULES, READ_TRIGGERS],
  ['说明 rules (src/core/narrative/rules.ts)', NARRATIVE_RULES, NARRATIVE_TRIGGERS],
];

describe.each(KINDS)('registry coverage: %s', (_kind, rules, triggers) => {
  test('every registered id has a trigger or a reason it cannot fire, and every trigger names a registered id', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id) => !(id in triggers))).toEqual([]);
    expect(Object.keys(triggers).filter((id) => !ids.includes(id))).toEqual([]);
  });

  const cases = Object.entries(triggers).flatMap(([id, t]) => (typeof t === 'function' ? [[id, t] as const] : []));
  test.each(cases)('%s fires', (id, trigger) => {
    expect([...new Set(trigger().map((f) => f.rule))]).toContain(id);
  });
});
