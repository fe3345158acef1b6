import { loadCorpus, scoreText, scoreVariant, VARIANTS } from '../../../fixtures/corpus/evaluate';
import { checkNarrative } from '../../../../src/core/narrative';

/**
 * The labelled corpus (test/fixtures/corpus, a copy of ../shared/corpus: 64 synthetic excerpts
 * modelled on real 说明 of several provinces and years, every checkable claim labelled). Precision
 * first: no error may fall on a claim labelled ok, or anywhere outside the labelled claims; every
 * labelled mistake must be reported (error or warning), except the one listed below with why.
 */
const corpus = loadCorpus();

/** Mistakes the checker does not find yet, with the reason (each is a gap, not a wrong answer). */
// Mistakes the checker does not find yet, each with why (none today: 023's 持平, whose last-year
// figure follows only through the 三公 total, is found by plateauThroughTotal as a warning).
const KNOWN_MISSES: Record<string, string> = {};

describe.each(corpus.map((e) => [e.id, e] as const))('corpus %s', (_id, entry) => {
  const findings = checkNarrative(entry.text, undefined, { listUnverified: false }).findings;
  const score = scoreText(entry, findings);

  test('no error on a correct figure', () => {
    expect(score.falseErrors.map((f) => `${f.finding.rule} «${f.finding.narrative!.quote}» ${f.finding.message}`)).toEqual([]);
  });

  test('every labelled mistake is reported', () => {
    const missed = score.missed.map((m) => `${m.id}|${m.label.needle}`).filter((k) => !(k in KNOWN_MISSES));
    expect(missed).toEqual([]);
  });

  test('messages are Chinese: no subject key (expenditureTotal, raw:, func:) leaks into them', () => {
    for (const f of findings) expect(f.message).not.toMatch(/[a-z][A-Z]|raw:|func:|econ:|sanGong|income\.|expenditure\./);
  });

  test('every span quotes the text', () => {
    for (const f of findings) expect(entry.text.slice(f.narrative!.start, f.narrative!.end)).toBe(f.narrative!.quote);
  });
});

test('the misses are exactly the known ones (remove them from the list once found)', () => {
  const missed = corpus.flatMap((e) => scoreText(e, checkNarrative(e.text, undefined, { listUnverified: false }).findings).missed.map((m) => `${m.id}|${m.label.needle}`));
  expect(missed.sort()).toEqual(Object.keys(KNOWN_MISSES).sort());
});

test('the corpus is whole: 64 texts, 48 labelled mistakes', () => {
  expect(corpus).toHaveLength(64);
  expect(corpus.reduce((n, e) => n + e.labels.filter((l) => l.verdict === 'error').length, 0)).toBe(48);
});

/**
 * The same texts as other sources give them: a page normalised to ASCII punctuation, and a PDF copy
 * wrapped every 27 characters (inside numbers, units, names and brackets). Same promise.
 */
describe.each(Object.keys(VARIANTS))('corpus as %s', (name) => {
  test('no error on a correct figure, every labelled mistake reported', () => {
    const falseErrors: string[] = [];
    const missed: string[] = [];
    for (const entry of corpus) {
      const { text } = VARIANTS[name](entry.text);
      const s = scoreVariant(entry, VARIANTS[name], checkNarrative(text, undefined, { listUnverified: false }).findings);
      falseErrors.push(...s.falseErrors.map((f) => `${entry.id} ${f.finding.rule} «${f.finding.narrative!.quote}»`));
      missed.push(...s.missed.map((m) => `${m.id}|${m.label.needle}`).filter((k) => !(k in KNOWN_MISSES)));
    }
    expect(falseErrors).toEqual([]);
    expect(missed).toEqual([]);
  });
});
