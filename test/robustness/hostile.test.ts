import { LIMITS, readXlsx, XlsxReadError } from '../../src/cli/xlsx/readXlsx';
import { checkWorkbook } from '../../src/core/check';
import { isCannotCheckError } from '../../src/core/errors';
import { Grid } from '../../src/core/grid/types';
import { buildWorkbook, SAMPLE_UNIT } from '../fixtures/generator';
import { violations } from './fuzz/invariants';
import { baseXlsx, HOSTILE_CASES, HostileCase, unpack } from './hostile/corpus';
import { writeZip } from './hostile/zipWriter';
import { seeded } from './random';

/*
 * Hostile .xlsx files through the CLI's reader and the engine. Each must end in a clear Chinese
 * XlsxReadError or a normal check result. "Bounded time" is proved by finishing under the
 * generous jest timeout, not by timed asserts; the times and RSS growth measured here are
 * printed with ROBUSTNESS_REPORT=1 and recorded in docs/robustness.md.
 */
const TIMEOUT_MS = 180_000;
const CJK = /[\u4e00-\u9fff]/;
const clean = buildWorkbook(SAMPLE_UNIT).grids;
const measured: string[] = [];

type Outcome = { error: XlsxReadError } | { grids: Grid[]; result: ReturnType<typeof checkWorkbook> | null; cannotCheck?: string };

async function run(buf: Buffer): Promise<Outcome> {
  let grids: Grid[];
  try {
    grids = await readXlsx(buf);
  } catch (e) {
    if (e instanceof XlsxReadError) return { error: e };
    throw e;
  }
  try {
    return { grids, result: checkWorkbook(grids) };
  } catch (e) {
    if (isCannotCheckError(e)) return { grids, result: null, cannotCheck: e.message };
    throw e;
  }
}

const cases = HOSTILE_CASES.filter((c) => !c.coveredElsewhere || process.env.ROBUSTNESS_ALL);

describe.each(cases.map((c) => [c.name, c] as [string, HostileCase]))('%s', (_name, c) => {
  test(
    'a clear Chinese refusal or a normal check result',
    async () => {
      const buf = await c.build();
      const rss = process.memoryUsage().rss;
      const started = performance.now();
      const outcome = await run(buf);
      const ms = performance.now() - started;
      const grew = (process.memoryUsage().rss - rss) / 1024 / 1024;
      const said = 'error' in outcome ? `${outcome.error.code}: ${outcome.error.message}` : outcome.result ? `${outcome.result.findings.length} findings` : outcome.cannotCheck;
      measured.push(`| ${c.name} | ${(buf.length / 1024).toFixed(0)} KB | ${ms.toFixed(0)} ms | ${grew.toFixed(0)} MB | ${said} |`);

      if ('refuse' in c.expect) {
        if (!('error' in outcome)) throw new Error(`expected ${c.expect.refuse}, but the file was read: ${said}`);
        expect(outcome.error.code).toBe(c.expect.refuse);
        expect(outcome.error.message).toMatch(CJK);
        // One sentence for the user: no stack, no English exception text.
        expect(outcome.error.message).not.toMatch(/Error|at \w+ \(|undefined|\n/);
        return;
      }
      if ('error' in outcome) throw new Error(`expected a check result, got ${said}`);
      expect(outcome.result).not.toBeNull();
      expect(violations(outcome.result!, outcome.grids)).toEqual([]);
      if (c.sameGrids) expect(outcome.grids).toEqual(clean);
    },
    TIMEOUT_MS,
  );
});

describe('what the hostile cases read back to', () => {
  test('circular references without cached values read as blanks, which the reader reports', async () => {
    const c = HOSTILE_CASES.find((x) => x.name === 'circular references without cached values')!;
    const outcome = await run(await c.build());
    if ('error' in outcome || !outcome.result) throw new Error('not read');
    const differ = outcome.grids[0].rows.flatMap((row, r) => row.flatMap((v, col) => (v !== clean[0].rows[r][col] ? [{ v, was: clean[0].rows[r][col] }] : [])));
    expect(differ.length).toBe(12);
    expect(differ.every((d) => d.v === null && typeof d.was === 'number')).toBe(true);
    expect(outcome.result.findings.length).toBeGreaterThan(0);
  });

  test('a stray value in XFD widens the sheet to 16,384 columns and changes nothing else', async () => {
    const c = HOSTILE_CASES.find((x) => x.name === 'a stray value in XFD on a table sheet')!;
    const outcome = await run(await c.build());
    if ('error' in outcome) throw outcome.error;
    expect(outcome.grids[0].rows[4]).toHaveLength(16384);
    expect(outcome.grids[0].rows[4][16383]).toBe('备注');
    expect(outcome.grids.slice(1)).toEqual(clean.slice(1));
  });

  test('text nested 100,000 elements deep in a cell is read (well-formed XML; the scanner keeps no recursion)', async () => {
    const c = HOSTILE_CASES.find((x) => x.name === 'deeply nested XML in a cell')!;
    const outcome = await run(await c.build());
    if ('error' in outcome) throw outcome.error;
    expect(outcome.grids[0].rows[1][7]).toBe('深');
    expect(outcome.grids.slice(1)).toEqual(clean.slice(1));
  });

  test('a sheet past the cell limit names its range and the values to delete', async () => {
    const c = HOSTILE_CASES.find((x) => x.name === 'a stray value in XFD1048576')!;
    const outcome = await run(await c.build());
    if (!('error' in outcome)) throw new Error('read');
    expect(outcome.error.message).toBe(
      '工作表“收入支出决算总表”的内容延伸到 A1:XFD1048576（1048576 行 × 16384 列），范围过大。请删除远处多余的内容（XFD1048576 处的值）后再试。',
    );
  });

  test('the sheets together past the workbook limit', async () => {
    const c = HOSTILE_CASES.find((x) => x.name === 'a stray value in XFD on a table sheet')!;
    const saved = LIMITS.workbookCells;
    LIMITS.workbookCells = 100_000;
    try {
      const outcome = await run(await c.build());
      if (!('error' in outcome)) throw new Error('read');
      expect(outcome.error.code).toBe('too-large');
      expect(outcome.error.message).toMatch(/^工作簿过大（各工作表合计超过 100,000 个单元格）/);
    } finally {
      LIMITS.workbookCells = saved;
    }
  });
});

afterAll(() => {
  if (process.env.ROBUSTNESS_REPORT) console.log(`damaged archives: ${outcomes.read} read, refused ${JSON.stringify([...outcomes.refused])}`);
  if (process.env.ROBUSTNESS_REPORT) console.log(['| case | file | time | RSS Δ | outcome |', '|---|---|---|---|---|', ...measured].join('\n'));
});

/*
 * Damage at random, seeded: bytes overwritten anywhere in the archive (headers, directory,
 * compressed data), or the XML of a part edited before it is zipped. readXlsx must answer with
 * grids or an XlsxReadError, nothing else; replay a case from its seed.
 */
const DAMAGE_SEEDS = Array.from({ length: Number(process.env.DAMAGE_SEEDS ?? 30) }, (_, i) => i + 1);
const outcomes = { read: 0, refused: new Map<string, number>() };

describe('random damage to a real archive', () => {
  let base: Buffer;
  let parts: Map<string, Buffer>;
  beforeAll(async () => {
    base = await baseXlsx();
    parts = unpack(base);
  });

  async function readsOrRefuses(buf: Buffer, replay: string): Promise<void> {
    try {
      const grids = await readXlsx(buf);
      outcomes.read++;
      try {
        expect(violations(checkWorkbook(grids), grids)).toEqual([]);
      } catch (e) {
        if (!isCannotCheckError(e)) throw new Error(`${replay}: ${e instanceof Error ? e.message : String(e)}`);
      }
    } catch (e) {
      if (!(e instanceof XlsxReadError)) throw new Error(`${replay}: readXlsx threw ${e instanceof Error ? e.stack : String(e)}`);
      expect(e.message).toMatch(CJK);
      outcomes.refused.set(e.code, (outcomes.refused.get(e.code) ?? 0) + 1);
    }
  }

  test.each(DAMAGE_SEEDS)('overwritten bytes, seed %i', async (seed) => {
    const r = seeded(seed);
    const buf = Buffer.from(base);
    const edits: string[] = [];
    for (let n = r.int(1, 8); n > 0; n--) {
      const at = r.int(0, buf.length - 1);
      const len = r.int(1, 16);
      for (let i = at; i < Math.min(buf.length, at + len); i++) buf[i] = r.int(0, 255);
      edits.push(`${len}@${at}`);
    }
    await readsOrRefuses(buf, `bytes seed ${seed} (${edits.join(', ')})`);
  }, TIMEOUT_MS);

  const XML_JUNK = ['<', '>', '&', '&amp', '<c r="A1">', '</row>', '<row>', '<v>1e999</v>', '<![CDATA[', '<?xml version="1.0"?>', '\u0000', '\ufffe', '"', 't="e"', 'r="XFD1048576"', 's="99999"', '<f>', '<is><t>x</t></is>', '</sheetData>'];

  test.each(DAMAGE_SEEDS)('edited XML, seed %i', async (seed) => {
    const r = seeded(seed * 31);
    const names = [...parts.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    const edited = new Map(parts);
    const edits: string[] = [];
    for (let n = r.int(1, 4); n > 0; n--) {
      const name = r.pick(names);
      const xml = edited.get(name)!.toString('utf8');
      const at = r.int(0, xml.length);
      const cut = r.chance(0.5) ? r.int(1, 40) : 0;
      const junk = r.pick(XML_JUNK);
      edited.set(name, Buffer.from(xml.slice(0, at) + junk + xml.slice(at + cut), 'utf8'));
      edits.push(`${name}: ${cut} chars at ${at} → ${JSON.stringify(junk)}`);
    }
    await readsOrRefuses(writeZip([...edited].map(([name, data]) => ({ name, data }))), `xml seed ${seed * 31} (${edits.join('; ')})`);
  }, TIMEOUT_MS);
});
