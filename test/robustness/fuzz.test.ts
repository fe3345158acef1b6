import { checkWorkbook } from '../../src/core/check';
import { isCannotCheckError } from '../../src/core/errors';
import { generateNarrative } from '../../src/core/generate';
import { Grid } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/core/model/readWorkbook';
import { buildWorkbook, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT } from '../fixtures/generator';
import { violations } from './fuzz/invariants';
import { MUTATIONS } from './fuzz/mutations';
import { mutateNarrative } from './fuzz/narrativeMutations';
import { fromGrids, toFrozenGrids } from './fuzz/workbook';
import { seeded } from './random';

/*
 * The engine on workbooks damaged at random. Each seed picks a generated workbook (every layout
 * variant, two units), then applies STEPS mutations one after another and checks after each:
 * checkWorkbook may only fail with CannotCheckError, every cited cell must exist, every message
 * must be Chinese. Replay one case with FUZZ_SEED=<seed>; run longer with FUZZ_SEEDS=<count>.
 */
const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : Array.from({ length: Number(process.env.FUZZ_SEEDS ?? 32) }, (_, i) => i + 1);
const FIRST_SEED = Number(process.env.FUZZ_FIRST ?? 0);
const STEPS = Number(process.env.FUZZ_STEPS ?? 8);

const BASES = Object.keys(LAYOUT_VARIANTS).flatMap((variant) =>
  ([['SAMPLE', SAMPLE_UNIT], ['FUNDS', FUNDS_UNIT]] as const).map(([unitName, unit]) => ({ label: `${unitName}/${variant}`, unit, variant })),
);

const baseCache = new Map<string, { grids: Grid[]; narrative: string }>();
function base(i: number): { label: string; grids: Grid[]; narrative: string } {
  const b = BASES[i];
  let cached = baseCache.get(b.label);
  if (!cached) {
    const grids = buildWorkbook(b.unit, LAYOUT_VARIANTS[b.variant]).grids;
    cached = { grids, narrative: generateNarrative(readWorkbook(grids).model).text };
    baseCache.set(b.label, cached);
  }
  return { label: b.label, ...cached };
}

let checks = 0;
let cannotCheck = 0;

test.each(SEEDS.map((s) => s + FIRST_SEED))('seed %i: damaged workbooks never crash the engine', (seed) => {
  const r = seeded(seed);
  const start = base(r.int(0, BASES.length - 1));
  const wb = fromGrids(start.grids);
  let narrative: string | undefined = r.chance(0.4) ? start.narrative : undefined;
  const log: string[] = [`base ${start.label}${narrative !== undefined ? ' with its generated 说明' : ''}`];
  const fail = (what: string): never => {
    throw new Error(`FUZZ_SEED=${seed} (replay: FUZZ_SEED=${seed} npx jest test/robustness/fuzz.test.ts)\n${what}\nmutations:\n  ${log.join('\n  ')}`);
  };
  for (let step = 0; step < STEPS; step++) {
    for (let tries = 0; tries < 5; tries++) {
      const did = r.pick(MUTATIONS).apply(r, wb);
      if (did) {
        log.push(did);
        break;
      }
    }
    if (narrative !== undefined && r.chance(0.3)) {
      const m = mutateNarrative(r, narrative);
      narrative = m.text;
      log.push(m.did);
    }
    const grids = toFrozenGrids(wb);
    let result;
    try {
      checks++;
      result = checkWorkbook(grids, narrative === undefined ? {} : { narrative });
    } catch (e) {
      if (isCannotCheckError(e) && e.code === 'no-tables' && /[\u4e00-\u9fff]/.test(e.message)) {
        cannotCheck++;
        continue;
      }
      fail(`step ${step}: checkWorkbook threw ${e instanceof Error ? e.stack : String(e)}`);
    }
    const problems = violations(result!, grids, narrative);
    if (problems.length > 0) fail(`step ${step}:\n  ${problems.slice(0, 10).join('\n  ')}`);
  }
});

afterAll(() => {
  // Not an assertion: a sign the mutations still leave most workbooks checkable.
  if (process.env.FUZZ_VERBOSE) console.log(`${checks} checks, ${cannotCheck} answered CannotCheckError`);
});
