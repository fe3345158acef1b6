import type { ReactNode } from 'react';
import type { FakeExcelHost } from '../fakehost/host';
import { PreviewGrid } from './PreviewGrid';

/** Pane on the left at task-pane width (380 px; Excel's default is 320 on Windows, 270 on a Mac:
 * ?width=320), the fake workbook on the right. */
export function PreviewPage({
  fake,
  pane,
  source,
  paneWidth = 380,
  height = '100vh',
  caption,
}: {
  fake: FakeExcelHost;
  pane: ReactNode;
  source: string;
  paneWidth?: number;
  height?: string;
  /** The line above the grid (the offline web version says something else than the preview). */
  caption?: string;
}) {
  return (
    <div style={{ display: 'flex', height }}>
      <div style={{ width: paneWidth, flex: `0 0 ${paneWidth}px`, boxSizing: 'content-box', borderRight: '1px solid #ccc', overflow: 'auto' }} data-testid="preview-pane">
        {pane}
      </div>
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <div style={{ padding: '4px 8px', fontSize: 12, color: '#555', fontFamily: 'system-ui, sans-serif', borderBottom: '1px solid #ddd' }}>
          {caption ?? `预览：模拟的 Excel 工作簿（${source}），不连接网络，不修改任何文件。`}
        </div>
        <PreviewGrid fake={fake} />
      </div>
    </div>
  );
}
