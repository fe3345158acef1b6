/**
 * Writes docs/rules.md from the rule registry (npm run docs:rules). The reader's own findings
 * (src/core/model/readRules.ts) and the 说明 checks' rules (src/core/narrative/rules.ts) are listed
 * too, so the document covers every finding id, each with the finding its trigger in
 * test/fixtures/ruleTriggers.ts gives as an example.
 * test/unit/core/rules/docs.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { READ_RULES } from '../src/core/model/readRules';
import { NARRATIVE_RULES } from '../src/core/narrative/rules';
import { renderRulesDoc } from '../src/core/rules/doc';
import { ruleExamples } from '../test/fixtures/ruleTriggers';

export const RULES_DOC_PATH = join(__dirname, '..', 'docs', 'rules.md');

let doc: string | undefined;

/** The document; each rule's example is run on its generated input (once per process). */
export function rulesDoc(): string {
  doc ??= renderRulesDoc(READ_RULES, NARRATIVE_RULES, ruleExamples());
  return doc;
}

if (require.main === module) {
  writeFileSync(RULES_DOC_PATH, rulesDoc(), 'utf8');
  console.log(`已写入 ${RULES_DOC_PATH}`);
}
