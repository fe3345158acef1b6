import { useState } from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { downloadBlob } from '../taskpane/actions/wordDocument';
import { annotatedCopy, marksOfWorkbook } from './annotatedCopy';
import { excelApiSupports, type ExcelRun } from '../excel/officeApi';
import { createOfficeHost } from '../excel/officeHost';
import { createFakeHost, type FakeExcelHost } from '../fakehost/host';
import { fakeWorkbookFromGrids } from '../fakehost/model';
import { PreviewPage } from '../preview/PreviewPage';
import { App } from '../taskpane/components/App';
import { FilePicker, WORKBOOK_ACCEPT } from '../taskpane/components/FilePicker';
import type { PaneServices } from '../taskpane/services';
import { useTask } from '../taskpane/useTask';
import { EXPLANATIONS_SETTING } from '../core/findings/explanations';

/** The file's jsjy.explanations setting as JSON (xl/webextensions), or undefined when it has none. */
async function storedExplanations(bytes: Uint8Array): Promise<string | undefined> {
  const [{ findSetting, readWebExtensionSettings }, { inflateStream }] = await Promise.all([
    import(/* webpackChunkName: "workbook-reader" */ '../xlsx/webExtensionSettings'),
    import(/* webpackChunkName: "workbook-reader" */ '../xlsx/inflateStream'),
  ]);
  const found = findSetting(await readWebExtensionSettings(bytes, inflateStream), EXPLANATIONS_SETTING);
  return found.value === undefined ? undefined : JSON.stringify(found.value);
}

interface Opened {
  readonly fake: FakeExcelHost;
  readonly services: PaneServices;
  readonly name: string;
  /** The file as picked: the annotated copy is this plus our formats. */
  readonly bytes: Uint8Array;
}

/** 单位决算.xlsx → 单位决算（标注）.xlsx */
export function copyName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}（标注）.xlsx`;
}

/**
 * The offline web version: the workbook the user picks, read in the browser into the CLI's grids
 * (the same reader as 从上年工作簿读取), held by the in-memory Excel host, shown as a grid next to the
 * real pane. Nothing leaves the machine (the page's CSP allows no connection but its own files), and
 * the file itself is never changed: highlights live in the page only.
 */
export function WebPage() {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [openCount, setOpenCount] = useState(0);
  const { busy, error, done, run } = useTask();

  const downloadCopy = () =>
    run('正在生成标注副本……', async () => {
      if (!opened) return null;
      const marks = marksOfWorkbook(opened.fake.workbook);
      if (marks.length === 0) return '还没有标注：请先点击“一键校验”（没有发现错误或警告时也没有可标注的单元格）。';
      const copy = await annotatedCopy(opened.bytes, marks);
      const name = copyName(opened.name);
      downloadBlob(new Blob([copy as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
      return `已生成 ${name} 并交给浏览器下载（原文件未改动）。`;
    });

  const open = (file: File) =>
    run('正在读取工作簿……', async () => {
      const { readWorkbookFile } = await import(/* webpackChunkName: "workbook-reader" */ '../taskpane/actions/workbookFile');
      const data = await file.arrayBuffer();
      const grids = await readWorkbookFile(data, file.name, 'checked');
      const created = createFakeHost(fakeWorkbookFromGrids(grids));
      // 已说明: the explanations the task pane saved in this file are shown (read-only here).
      const stored = await storedExplanations(new Uint8Array(data));
      if (stored !== undefined) created.document.savedSettings[EXPLANATIONS_SETTING] = stored;
      const fake = stored === undefined ? created : created.reopen();
      const excel = createOfficeHost({ run: fake.Excel.run as unknown as ExcelRun, settings: fake.settings, supports: excelApiSupports(fake.Office.context.requirements) });
      (window as unknown as { __fakeHost?: FakeExcelHost }).__fakeHost = fake;
      setOpenCount((n) => n + 1);
      setOpened({ fake, services: { excel, settings: fake.settings, canDownload: true, settingsPersist: false }, name: file.name, bytes: new Uint8Array(data) });
      return null;
    });

  const picker = (
    <FilePicker
      label={opened ? '换一个工作簿' : '选择决算工作簿'}
      ariaLabel="选择要校验的决算工作簿"
      accept={WORKBOOK_ACCEPT}
      disabled={busy !== null}
      onFile={open}
    />
  );

  return (
    <FluentProvider theme={webLightTheme}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', padding: '6px 12px', borderBottom: '1px solid #ddd', fontFamily: 'sans-serif', fontSize: 13 }}>
        <strong>决算校验 · 离线网页版</strong>
        {picker}
        {opened ? <Button onClick={() => void downloadCopy()}>下载标注副本</Button> : null}
        <span style={{ color: '#555' }}>{opened ? `当前：${opened.name}（标注只在本页中显示，不修改文件）` : '适用于 Excel 2016/2019、WPS 表格等不能运行加载项的电脑；工作簿只在本机读取，不上传。'}</span>
      </div>
      {done ? (
        <div role="status" style={{ padding: '4px 12px', fontFamily: 'sans-serif', fontSize: 13 }}>
          {done}
        </div>
      ) : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {opened ? (
        <PreviewPage
          key={openCount}
          height="calc(100vh - 45px)"
          fake={opened.fake}
          source={opened.name}
          caption={`${opened.name}：标注和插入的工作表只在本页中，原文件不变。`}
          pane={<App host="excel" services={opened.services} />}
        />
      ) : null}
    </FluentProvider>
  );
}
