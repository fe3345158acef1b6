import { Random } from '../random';

/** Edits a 说明 the way drafting does: a clause dropped, a figure retyped, junk pasted in. */
export function mutateNarrative(r: Random, text: string): { text: string; did: string } {
  const at = r.int(0, text.length);
  switch (r.int(0, 4)) {
    case 0: {
      const n = r.int(1, 200);
      return { text: text.slice(0, at) + text.slice(at + n), did: `说明: delete ${n} chars at ${at}` };
    }
    case 1: {
      const digits = [...text.matchAll(/\d/g)];
      if (digits.length === 0) return { text, did: '说明: no digit to change' };
      const d = r.pick(digits);
      const i = d.index ?? 0;
      const to = String((Number(d[0]) + r.int(1, 9)) % 10);
      return { text: text.slice(0, i) + to + text.slice(i + 1), did: `说明: digit at ${i} ${d[0]}→${to}` };
    }
    case 2: {
      const junk = r.pick(['NaN万元', '—%', '1e308万元', '%%%', '（', '增加。减少', '2023年度2022年度', '\u0000', '\ud800', '万元万元万元', '。'.repeat(500)]);
      return { text: text.slice(0, at) + junk + text.slice(at), did: `说明: insert ${JSON.stringify(junk.slice(0, 20))} at ${at}` };
    }
    case 3:
      return { text: text.slice(0, at), did: `说明: cut at ${at}` };
    default:
      return { text: text.replace(/万元/g, '元'), did: '说明: every 万元 → 元' };
  }
}
