import { displayTitle } from '../tables/catalog';
import { ReadResult } from './readWorkbook';

/** The first words of the message when no table can be checked (the CLI's tests match them). */
export const NO_TABLES_LEAD = '未在工作簿中找到决算附表（如“收入支出决算总表”）。';

const MAX_LISTED = 6;

/**
 * What was found instead, so a user whose workbook is not read learns why: 目录/封面 sheets,
 * 决算 titles that are not one of the tables, tables found but with nothing readable under the
 * title. Empty when the workbook has nothing that looks like a 决算 table at all.
 */
export function noTablesMessage(read: Pick<ReadResult, 'seen'>): string {
  const { nonTables, extras, unreadable } = read.seen;
  const parts: string[] = [];
  for (const u of unreadable) parts.push(`工作表“${u.sheet}”有“${displayTitle(u.id)}”的标题，但没有读到表头或数据行`);
  for (const e of extras) parts.push(`工作表“${e.sheet}”的“${e.title}”不是可校验的决算附表`);
  for (const n of nonTables) parts.push(`工作表“${n.sheet}”是${n.kind === 'contents' ? '目录' : '封面'}`);
  if (parts.length === 0) return NO_TABLES_LEAD;
  const listed = parts.slice(0, MAX_LISTED).join('；');
  const more = parts.length > MAX_LISTED ? `等 ${parts.length} 处` : '';
  return `${NO_TABLES_LEAD}找到的是：${listed}${more}。请确认工作簿包含附表本身（标题、表头和数据行）。`;
}
