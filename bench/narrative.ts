/**
 * The narrative bench text: the three published 第二部分 texts quoted in the unit tests,
 * repeated until 50,000 characters. Each repeat nudges the last digit of every two-decimal 万元
 * amount, so the ties to the tables mostly fail (a worse case than a clean 说明: every failed
 * tie becomes a finding with its wording).
 */
import { BAZHOU_2023, SHENPI_2022, ZUZHIBU_2023 } from '../test/unit/core/narrative/samples';

export function narrativeText(chars: number): string {
  const sources = [BAZHOU_2023, ZUZHIBU_2023, SHENPI_2022];
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const base = sources[i % sources.length];
    const round = Math.floor(i / sources.length);
    const varied = round === 0 ? base : base.replace(/(\d+\.\d)(\d)万元/g, (_m, head: string, last: string) => `${head}${(Number(last) + round) % 10}万元`);
    parts.push(varied);
    total += varied.length + 1;
  }
  return parts.join('\n').slice(0, chars);
}
