import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { RULES, ruleById, runRules } from '../../../../src/core/rules';
import type { TableRuleId } from '../../../../src/core/rules/registry';
import { appliesTo } from '../../../../src/core/rules/run';
import { PROFILE_TABLES } from '../../../../src/core/tables/catalog';
import { RULES_DOC_PATH, rulesDoc } from '../../../../scripts/gen-rules-doc';
import { SAMPLE_UNIT } from '../../../fixtures/generator';
import { check } from './harness';
import { AFTER_TIES_CHECKS, FIGURE_CHECKS, NARRATIVE_RULES, NarrativeRuleId, TEXT_CHECKS } from '../../../../src/core/narrative/rules';
import * as readRules from '../../../../src/core/model/readRules';
import { READ_RULES, ReadRuleId } from '../../../../src/core/model/readRules';

const CJK = /[\u4e00-\u9fa5]/;
const CORE_DIR = join(__dirname, '..', '..', '..', '..', 'src', 'core');
const RULES_DIR = join(CORE_DIR, 'rules');

describe('the rule registry', () => {
  test('ids are unique kebab-case; every rule has a Chinese title and doc, an identity and tables', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.title).toMatch(CJK);
      expect(r.doc).toMatch(CJK);
      expect(r.identity.length).toBeGreaterThan(3);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      // Certain identities are errors; inferred ones warn (or only inform).
      if (r.certainty === 'inferred') expect(r.severity).not.toBe('error');
    }
  });

  test('ids are typed literals: each is written quoted where its rule is defined (grep finds it)', () => {
    const source = readdirSync(RULES_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(RULES_DIR, f), 'utf8'))
      .join('\n');
    expect(RULES.filter((r) => !source.includes(`'${r.id}'`)).map((r) => r.id)).toEqual([]);
    // The reader's and the 说明 checks' ids likewise, where their rules are declared.
    const readSource = readFileSync(join(CORE_DIR, 'model', 'readRules.ts'), 'utf8');
    expect(READ_RULES.filter((r) => !readSource.includes(`id: '${r.id}'`)).map((r) => r.id)).toEqual([]);
    const narrativeSource = readdirSync(join(CORE_DIR, 'narrative'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(CORE_DIR, 'narrative', f), 'utf8'))
      .join('\n');
    expect(NARRATIVE_RULES.filter((r) => !narrativeSource.includes(`id: '${r.id}'`)).map((r) => r.id)).toEqual([]);
    // Fails to compile (npm test typechecks) when an id widens TableRuleId to string.
    const literal: string extends TableRuleId ? false : true = true;
    expect(literal).toBe(true);
    // @ts-expect-error a misspelt id does not compile
    const typo: TableRuleId = 't01-income-totl';
    expect(RULES.some((r) => r.id === typo)).toBe(false);
    // Likewise the reader's and the 说明 checks' ids.
    // @ts-expect-error a misspelt read-rule id does not compile (it once silently became info)
    const readTypo: ReadRuleId = 'read-cell-eror';
    expect(READ_RULES.some((r) => r.id === readTypo)).toBe(false);
    // @ts-expect-error a misspelt 说明 rule id does not compile
    const narrativeTypo: NarrativeRuleId = 'narrative-shares';
    expect(NARRATIVE_RULES.some((r) => r.id === narrativeTypo)).toBe(false);
  });

  test('every read rule declared in readRules.ts is in READ_RULES (a rule left out would fire undocumented)', () => {
    const declared = Object.values(readRules).filter((v): v is (typeof READ_RULES)[number] => typeof v === 'object' && v !== null && 'finding' in v);
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((r) => !(READ_RULES as readonly unknown[]).includes(r)).map((r) => r.id)).toEqual([]);
  });

  test('every 说明 rule declared beside its check is in NARRATIVE_RULES', () => {
    const dir = join(CORE_DIR, 'narrative');
    const declared = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/narrativeRule\(\{\s*id: '([a-z-]+)'/g)].map((m) => m[1]));
    expect(declared.length).toBe(NARRATIVE_RULES.length);
    expect(declared.filter((id) => !NARRATIVE_RULES.some((r) => r.id === id))).toEqual([]);
  });

  test('every 说明 check exported by narrative/checks/ runs in exactly one phase of the registry (none is left unrun)', () => {
    const dir = join(CORE_DIR, 'narrative', 'checks');
    const exported = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^export function (check[A-Z]\w*)\(/gm)].map((m) => m[1]));
    expect(exported.length).toBeGreaterThan(10);
    const phases = [TEXT_CHECKS, FIGURE_CHECKS, AFTER_TIES_CHECKS].map((list) => list.map((check) => check.name));
    expect(exported.filter((name) => phases.filter((names) => names.includes(name)).length !== 1)).toEqual([]);
    expect(phases.flat().sort()).toEqual([...exported].sort());
  });

  test('ruleById finds each rule', () => {
    for (const r of RULES) expect(ruleById(r.id)).toBe(r);
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  test('national profile: rules that read T05, T07, T09 or T12 do not run', () => {
    const national = RULES.filter((r) => appliesTo(r, 'national-9'));
    for (const r of RULES) {
      const needsSichuan = r.tables.some((t) => !PROFILE_TABLES['national-9'].includes(t));
      expect(national.includes(r)).toBe(!needsSichuan);
    }
    expect(national.some((r) => r.id === 't11-t12-rows')).toBe(false);
    expect(national.some((r) => r.id === 't04-t11-soe-capital')).toBe(true);
  });

  test('runRules: only/exclude select rules, findings come out sorted by table then severity', () => {
    const { model } = check(SAMPLE_UNIT, {
      plants: [
        { table: 'T06', row: '2010301', column: 'basic', delta: '1' },
        { table: 'T01', row: 'incomeTotal', column: 'amount', side: 'left', delta: '1' },
      ],
    });
    const all = runRules(model);
    const tables = all.map((f) => f.table ?? 'T99');
    expect([...tables].sort()).toEqual(tables);
    expect(runRules(model, { only: ['t06-row-sums'] }).map((f) => f.rule)).toEqual(['t06-row-sums']);
    expect(runRules(model, { exclude: ['t06-row-sums'] }).some((f) => f.rule === 't06-row-sums')).toBe(false);
    expect(runRules(model)).toEqual(all);
  });
});

describe('docs/rules.md', () => {
  test('is up to date with the registry (run `npm run docs:rules`)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(rulesDoc());
  });

  test('lists every rule with its id, severity and identity', () => {
    const doc = rulesDoc();
    for (const r of RULES) {
      expect(doc).toContain(`\`${r.id}\``);
      expect(doc).toContain(r.identity);
    }
  });

  test('lists every 说明 rule with its id and doc', () => {
    const doc = rulesDoc();
    expect(NARRATIVE_RULES.length).toBeGreaterThan(10);
    for (const r of NARRATIVE_RULES) {
      expect(doc).toContain(`### \`${r.id}\` ${r.title}`);
      expect(doc).toContain(r.doc);
    }
  });
});
