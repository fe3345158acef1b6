import type { ExcelHost } from '../excel/host';
import type { SettingsStore } from '../excel/officeApi';

/**
 * What the pane needs from its surroundings, handed in by index.tsx (Office) or the preview (fake
 * host), so the components never touch Office globals themselves.
 */
export interface PaneServices {
  readonly excel: ExcelHost;
  /** Office.context.document.settings: saved with the workbook (prior-year figures live here). */
  readonly settings: SettingsStore;
  /** True where a blob download reaches the user (Excel on the web; see platform.ts). Without
   * it the pane offers no 下载 Word, only 复制 and 插入到新工作表. */
  readonly canDownload?: boolean;
  /** False where the document settings never reach the file (the offline web page, which does
   * not change the workbook): explanations saved in the file are shown, but no 已说明… is offered. */
  readonly settingsPersist?: boolean;
}
