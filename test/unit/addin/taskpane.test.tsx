/** The task pane rendered to HTML in each host state, and host detection with fake Office globals. */
import { renderToString } from 'react-dom/server';
import { App } from '../../../src/taskpane/components/App';
import { detectHost, type OfficeLike } from '../../../src/taskpane/host';

const DESCRIPTION =
  '一键读取十三张附表，核对表内表间勾稽关系与情况说明，标注有问题的单元格，并可根据附表生成情况说明。';
const OPEN_IN_EXCEL = '请在 Excel 中打开本加载项';
const CLI_NOTE = '校验引擎目前在命令行中提供';

/** Visible text of rendered HTML (tags dropped, entities that React emits decoded). */
function text(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('task pane App', () => {
  // The pane inside Excel (tabs, buttons) is tested in test/unit/taskpane/app.test.tsx.
  test('in Excel: title and description, no host warning, no command-line note any more', () => {
    const shown = text(renderToString(<App host="excel" />));
    expect(shown).toContain('决算校验');
    expect(shown).toContain(DESCRIPTION);
    expect(shown).not.toContain(CLI_NOTE);
    expect(shown).not.toContain(OPEN_IN_EXCEL);
  });

  test('outside Office: says to open it in Excel instead of failing', () => {
    const shown = text(renderToString(<App host="outside" />));
    expect(shown).toContain('决算校验');
    expect(shown).toContain(DESCRIPTION);
    expect(shown).toContain(OPEN_IN_EXCEL);
    expect(shown).not.toContain(CLI_NOTE);
  });

  test('office.js did not load: says so and what to check, not "open it in Excel"', () => {
    const shown = text(renderToString(<App host="no-office" />));
    expect(shown).toContain('未能加载 Office 脚本（office.js）');
    expect(shown).toContain('appsforoffice.microsoft.com');
    expect(shown).not.toContain(OPEN_IN_EXCEL);
  });

  test('while office.js starts: a connecting message only', () => {
    const shown = text(renderToString(<App host="checking" />));
    expect(shown).toContain('正在连接 Excel');
    expect(shown).not.toContain(OPEN_IN_EXCEL);
    expect(shown).not.toContain(CLI_NOTE);
  });

  test('no button before the pane is connected to Excel', () => {
    expect(renderToString(<App host="excel" />)).not.toMatch(/<button/);
  });
});

describe('detectHost', () => {
  const office = (result: Promise<{ host: unknown } | null>): OfficeLike => ({ onReady: () => result });

  test('Excel host', async () => {
    await expect(detectHost(office(Promise.resolve({ host: 'Excel' })))).resolves.toBe('excel');
  });

  test('office.js missing (Office undefined): its own status, not "outside"', async () => {
    await expect(detectHost(undefined)).resolves.toBe('no-office');
    await expect(detectHost({} as OfficeLike)).resolves.toBe('no-office');
  });

  test('office.js in a plain browser reports no host', async () => {
    await expect(detectHost(office(Promise.resolve({ host: null })))).resolves.toBe('outside');
    await expect(detectHost(office(Promise.resolve(null)))).resolves.toBe('outside');
  });

  test('another Office application or a failing onReady', async () => {
    await expect(detectHost(office(Promise.resolve({ host: 'Word' })))).resolves.toBe('outside');
    await expect(detectHost(office(Promise.reject(new Error('boom'))))).resolves.toBe('outside');
  });
});
