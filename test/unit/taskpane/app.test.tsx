/** The pane rendered to HTML (no DOM library is installed): the names the user and the browser tests rely on. */
import { renderToString } from 'react-dom/server';
import { App } from '../../../src/taskpane/components/App';
import { createOfficeHost, ExcelRun } from '../../../src/excel';
import { HIGHLIGHT_SETTING } from '../../../src/excel/highlightRecord';
import { createFakeHost, fakeWorkbookFromGrids } from '../../../src/fakehost';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

function services(savedSettings: Record<string, string> = {}) {
  const fake = createFakeHost(fakeWorkbookFromGrids(buildWorkbook(SAMPLE_UNIT).grids));
  Object.assign(fake.document.savedSettings, savedSettings);
  const reopened = fake.reopen();
  return { excel: createOfficeHost({ run: reopened.Excel.run as unknown as ExcelRun, settings: reopened.settings }), settings: reopened.settings };
}

function text(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** The opening tags of every element with the given role or tag whose text is `name`. */
function buttonNamed(html: string, name: string): string | undefined {
  const re = new RegExp(`<button[^>]*>(?:(?!</button>)[\\s\\S])*?${name}(?:(?!</button>)[\\s\\S])*?</button>`, 'g');
  return html.match(re)?.[0];
}

describe('the pane in Excel', () => {
  const html = renderToString(<App host="excel" services={services()} />);

  test('three tabs by name, 表格校验 selected', () => {
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>[\s\S]*?<\/button>/g)].map((m) => m[0]);
    // Fluent draws each label twice; the second copy only reserves width for bold text and is
    // visibility:hidden, so it is not part of the accessible name.
    const visible = (tab: string) => tab.replace(/<span class="fui-Tab__content--reserved-space[^"]*"[^>]*>[^<]*<\/span>/g, '');
    expect(tabs.map((t) => text(visible(t)).trim())).toEqual(['表格校验', '说明校验', '生成说明']);
    expect(tabs[0]).toContain('aria-selected="true"');
  });

  test('一键校验 enabled; 清除标注 disabled with no earlier highlights; the auto re-check switch is off', () => {
    expect(buttonNamed(html, '一键校验')).not.toMatch(/disabled/);
    expect(buttonNamed(html, '清除标注')).toMatch(/disabled/);
    expect(text(html)).toContain('编辑后自动重新校验');
    expect(html).toMatch(/<input[^>]*role="switch"/);
    expect(html).not.toMatch(/<input[^>]*role="switch"[^>]*checked/);
    expect(text(html)).not.toContain('请在 Excel 中打开本加载项');
  });

  test('no summary before the first check', () => {
    expect(html).not.toContain('data-testid="summary"');
  });
});

test('highlights from an earlier session: 清除标注 offered at once, with a note', () => {
  const record = JSON.stringify({ version: 1, entries: [{ sheet: '表1', sheetId: 'x', id: '1', severity: 'error', areas: ['C7'] }] });
  const html = renderToString(<App host="excel" services={services({ [HIGHLIGHT_SETTING]: record })} />);
  expect(buttonNamed(html, '清除标注')).not.toMatch(/disabled/);
  expect(text(html)).toContain('工作簿中留有上次校验的标注');
});

test('outside Office the pane says so and shows no tab', () => {
  const html = renderToString(<App host="outside" />);
  expect(text(html)).toContain('请在 Excel 中打开本加载项');
  expect(html).not.toContain('role="tab"');
});
