import { WorkbookModel } from '../model/types';
import { claimsOfSentence, NarrativeContext } from './context';
import { tableFiguresFor } from './ties/cells';
import { Claim } from './types';

/**
 * Why an unverified figure could not be verified by any check, when the reason is its nature and
 * not a gap of the engine (narrative.md §4 覆盖率): a count no sum and no money can confirm (批次,
 * 人次, 个…: only the unit knows them), or a 完成预算 rate whose budget the text does not state
 * and the tables do not hold (五（三）'s 项 budgets). Null for everything else: those are "not
 * tied", something the engine should have compared.
 */
export function unverifiableReason(ctx: NarrativeContext, model: WorkbookModel | undefined, c: Claim): string | null {
  if (c.measure === 'count') return '数量，表格和文中都没有可据以核对的数字';
  if (c.measure === 'completion') {
    const stated = claimsOfSentence(ctx, c.sentence).some((x) => x.measure === 'budget' && x.id < c.id);
    const inTables = model ? tableFiguresFor(model, { subject: c.subject, measure: 'budget', section: c.section }).length > 0 : false;
    if (!stated && !inTables) return '文中未写预算数，表格中也没有';
  }
  return null;
}
