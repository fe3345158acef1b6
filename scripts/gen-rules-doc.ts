/**
 * Writes docs/rules.md from the rule registry (npm run docs:rules). The reader's own findings
 * (src/core/model/readRules.ts) and the 说明 checks' rules (src/core/narrative/rules.ts) are listed
 * too, so the document covers every finding id.
 * test/unit/core/rules/docs.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { READ_RULES } from '../src/core/model/readRules';
import { NARRATIVE_RULES } from '../src/core/narrative/rules';
import { renderRulesDoc } from '../src/core/rules/doc';

export const RULES_DOC_PATH = join(__dirname, '..', 'docs', 'rules.md');

export function rulesDoc(): string {
  return renderRulesDoc(READ_RULES, NARRATIVE_RULES);
}

if (require.main === module) {
  writeFileSync(RULES_DOC_PATH, rulesDoc(), 'utf8');
  console.log(`已写入 ${RULES_DOC_PATH}`);
}
