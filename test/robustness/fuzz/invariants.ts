import { CheckResult } from '../../../src/core/check';
import { Finding } from '../../../src/core/findings/types';
import { Grid, gridWidth } from '../../../src/core/grid/types';

const CJK = /[\u4e00-\u9fff]/;
/** Leaks of JavaScript into a user's message. Quoted text (“…”) is left out, and so is any of these
 * words the input itself contains: a cell or the 说明 may say NaN, and a message may repeat it. */
const LEAK_WORDS = ['undefined', 'NaN', 'Infinity', '[object ', 'null'];

function leakPattern(grids: readonly Grid[], narrative?: string): RegExp | null {
  const input = [narrative ?? '', ...grids.flatMap((g) => g.rows.flatMap((r) => r.filter((v) => typeof v === 'string')))].join('\n');
  const words = LEAK_WORDS.filter((w) => !input.includes(w)).map((w) => w.replace(/[[\]]/g, '\\$&'));
  return words.length === 0 ? null : new RegExp(words.join('|'));
}

function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, '“”');
}

/** Everything wrong with one result on these grids (and this 说明), as readable lines; [] when sound. */
export function violations(result: CheckResult, grids: readonly Grid[], narrative?: string): string[] {
  const problems: string[] = [];
  const byName = new Map(grids.map((g) => [g.name, g]));
  const leak = leakPattern(grids, narrative);
  const leaks = (text: string) => leak !== null && leak.test(text);
  result.findings.forEach((f: Finding, i) => {
    const where = `finding ${i} (${f.rule})`;
    if (typeof f.message !== 'string' || !CJK.test(f.message)) problems.push(`${where}: message is not Chinese: ${JSON.stringify(f.message)}`);
    else if (leaks(unquoted(f.message))) problems.push(`${where}: message leaks a JavaScript value: ${f.message}`);
    for (const field of ['expected', 'actual'] as const) {
      const v = f[field];
      if (v !== undefined && (typeof v !== 'string' || leaks(v))) problems.push(`${where}: ${field} is ${JSON.stringify(v)}`);
    }
    if (!['error', 'warning', 'info'].includes(f.severity)) problems.push(`${where}: severity ${String(f.severity)}`);
    for (const c of f.cells) {
      const g = byName.get(c.sheet);
      if (!g) {
        problems.push(`${where}: cites sheet “${c.sheet}”, which is not in the workbook`);
        continue;
      }
      const h = g.rows.length;
      const w = gridWidth(g);
      if (!Number.isInteger(c.row) || !Number.isInteger(c.col) || c.row < 0 || c.col < 0 || c.row >= h || c.col >= w) {
        problems.push(`${where}: cites “${c.sheet}” row ${c.row} col ${c.col}, outside its ${h}×${w} grid`);
      }
    }
    if (f.narrative) {
      const { start, end, quote } = f.narrative;
      if (narrative === undefined) problems.push(`${where}: a 说明 span without a 说明`);
      else if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= narrative.length))
        problems.push(`${where}: 说明 span ${start}-${end} outside the text (${narrative.length})`);
      else if (typeof quote !== 'string') problems.push(`${where}: 说明 quote is ${JSON.stringify(quote)}`);
    }
  });
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  if (result.summary.errors !== count('error') || result.summary.warnings !== count('warning') || result.summary.infos !== count('info'))
    problems.push(`summary ${JSON.stringify(result.summary)} does not match the findings`);
  return problems;
}
