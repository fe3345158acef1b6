import Decimal from 'decimal.js';
import { formatAmountTrimmed, percent } from '../amount/round';
import type { NarrativeCoverage } from '../check';

/** "说明中共识别数字 9 个，已核对 7 个（77.8%），无从核对 2 个（…）。": the coverage sentence the
 * CLI's text report and the task pane both show; a 说明 without figures says so. */
export function coverageSentence({ figures, verified, unverifiable }: NarrativeCoverage): string {
  // "0 个，已核对 0 个（—）" reads like a pass; nothing was checked, and the reader must be told so.
  if (figures === 0) return '说明中没有识别出金额或比例，未作核对。';
  const share = percent(new Decimal(verified), new Decimal(figures));
  const cannot = unverifiable === undefined ? '' : `，无从核对 ${unverifiable} 个（数量、未列预算的完成率）`;
  return `说明中共识别数字 ${figures} 个，已核对 ${verified} 个（${share === null ? '—' : formatAmountTrimmed(share, 1) + '%'}）${cannot}。`;
}
