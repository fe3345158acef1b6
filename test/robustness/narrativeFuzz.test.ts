import { checkNarrative } from '../../src/core/narrative';
import { readWorkbook } from '../../src/core/model/readWorkbook';
import { buildWorkbook, SAMPLE_UNIT } from '../fixtures/generator';
import { loadCorpus } from '../fixtures/corpus/evaluate';
import { seeded } from './random';

/**
 * Real pages are messier than the corpus: mojibake, spam headers, stray digits, brackets that never
 * close, tables half pasted. Mutated corpus texts must never make the check throw, and every
 * finding must still quote the text it points into.
 */
const PIECES = ['锟斤拷', 'ï¼Œ', '�', '（', '）', '【', '】', '|', '\n', '\r\n', ' ', '%', '％', '万元', '元', '亿元', '，', '。', '；', '：', '.', ',',
  '0', '7', '12.5', '1,234.56', '2023年', '其中：', '各为', '、', '增长', '下降', '占', '完成预算', '持平', '较上年', '（类）', '（款）', '（项）',
  '213', '第二部分', '一、', '（三）', '1.', '[bookmark: _Toc1', ']', '”', '“', '\u3000', 'XX', '【请填写：'];

const model = readWorkbook(buildWorkbook(SAMPLE_UNIT).grids, { profile: 'auto' }).model;

test('mutated corpus texts: no throw, every span quotes the text', () => {
  const rnd = seeded(20261201);
  const corpus = loadCorpus();
  for (let round = 0; round < 150; round++) {
    let text = rnd.pick(corpus).text;
    const edits = rnd.int(1, 25);
    for (let k = 0; k < edits; k++) {
      const at = rnd.int(0, text.length);
      if (rnd.chance(0.4)) text = text.slice(0, at) + text.slice(Math.min(text.length, at + rnd.int(1, 8)));
      else text = text.slice(0, at) + rnd.pick(PIECES) + text.slice(at);
    }
    const r = checkNarrative(text, rnd.chance(0.5) ? model : undefined);
    for (const f of r.findings) {
      expect(f.narrative).toBeDefined();
      expect(text.slice(f.narrative!.start, f.narrative!.end)).toBe(f.narrative!.quote);
      expect(f.message).not.toMatch(/undefined|NaN|Infinity|raw:/);
    }
  }
});
