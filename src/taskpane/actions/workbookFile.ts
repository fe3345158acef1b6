import { isOldWorkbookName, OLD_WORKBOOK_MESSAGE } from '../../core/errors';
import { Grid } from '../../core/grid/types';
import { HostError } from '../../excel/errors';
import { canInflate, inflateStream } from '../../xlsx/inflateStream';
import { readWorkbookGrids, WorkbookReadError } from '../../xlsx/read';

/*
 * A workbook file the user picked, read in the browser with the one workbook reader (src/xlsx),
 * the same as the command line's: last year's workbook in the pane's 生成说明 and 表格校验 tabs,
 * and the workbook to check in the offline web page. Dates become text as on the command line.
 */

export class WorkbookFileError extends HostError {
  constructor(message: string) {
    super(message, 'workbook-file');
  }
}

/** Which file the user picked, so a message says which one it is about. */
export type WorkbookRole = 'prior' | 'checked';

const NO_INFLATE: Record<WorkbookRole, string> = {
  prior: '此版本的 Office 不支持在任务窗格中读取工作簿，请手工填写上年数据。',
  checked: '此浏览器不支持读取工作簿，请使用新版 Edge、Chrome 或 Firefox 打开本页面。',
};

/** An .xlsx as Grids, one per worksheet in tab order. Anything unreadable is one Chinese message (HostError). */
export async function readWorkbookFile(data: ArrayBuffer, fileName: string, role: WorkbookRole): Promise<Grid[]> {
  const say = (message: string) => new WorkbookFileError(role === 'prior' ? `上年工作簿：${message}` : message);
  if (isOldWorkbookName(fileName)) throw say(OLD_WORKBOOK_MESSAGE);
  if (!canInflate()) throw say(NO_INFLATE[role]);
  try {
    return await readWorkbookGrids(new Uint8Array(data), inflateStream);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw say(e.message);
    throw e;
  }
}
