import { Page } from 'playwright-core';

/*
 * Reading the browser preview (dist-preview/preview.html): the grid of the fake workbook and the
 * fake host the pane talks to (window.__fakeHost). Everything here reads; the tests act through the
 * pane's buttons, and "play the user" only through __fakeHost.editCell.
 */

/** "收入支出决算总表!F7" → displayed background ("" for none), for every drawn cell of one sheet. */
export type SheetFills = Record<string, string>;

export function sheetTabs(page: Page) {
  return page.getByTestId('preview-grid').getByRole('group', { name: '工作表' }).getByRole('button');
}

export async function sheetNames(page: Page): Promise<string[]> {
  return sheetTabs(page).allInnerTexts();
}

/** Shows one sheet in the grid (a click on its tab, as a user would). */
export async function showSheet(page: Page, sheet: string): Promise<void> {
  const tab = sheetTabs(page).getByText(sheet, { exact: true });
  await tab.click();
  await page.locator(`[data-testid="preview-grid"] [aria-pressed="true"][title="${sheet.replace(/"/g, '\\"')}"]`).waitFor();
}

/** Displayed fill of every drawn cell on the sheet shown now. */
export async function shownFills(page: Page): Promise<SheetFills> {
  return page.$$eval('[data-testid="preview-grid"] [data-cell]', (cells) =>
    Object.fromEntries(cells.map((td) => [(td as HTMLElement).dataset.cell ?? '', (td as HTMLElement).style.backgroundColor])),
  );
}

/** Displayed fills of every cell of every sheet, tab by tab. */
export async function allFills(page: Page): Promise<SheetFills> {
  const all: SheetFills = {};
  for (const sheet of await sheetNames(page)) {
    await showSheet(page, sheet);
    Object.assign(all, await shownFills(page));
  }
  return all;
}

/** Cells the grid draws as selected on the sheet shown now. */
export async function shownSelection(page: Page): Promise<string[]> {
  const cells = await page.$$eval('[data-testid="preview-grid"] [data-cell][data-selected="true"]', (tds) => tds.map((td) => (td as HTMLElement).dataset.cell ?? ''));
  return cells.sort();
}

export interface FakeState {
  readonly syncs: number;
  readonly writes: { op: string; sheet: string; address?: string }[];
  readonly sheets: string[];
  /** The selection as "Sheet!A1" cells, expanded from its areas. */
  readonly selection: string[];
  readonly activeSheet: string | null;
  /** Charts on all sheets. */
  readonly charts: number;
}

/** What the fake Excel host holds and recorded, read in the page. */
export async function fakeState(page: Page): Promise<FakeState> {
  return page.evaluate(() => {
    type Area = { top: number; left: number; bottom: number; right: number };
    const fake = (window as unknown as { __fakeHost: any }).__fakeHost; // eslint-disable-line @typescript-eslint/no-explicit-any -- the page's fake host, untyped inside the browser context
    const wb = fake.workbook;
    const letters = (col: number): string => {
      let s = '';
      for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
      return s;
    };
    const nameOf = (id: string | null) => wb.sheets.find((s: { id: string }) => s.id === id)?.name ?? null;
    const selection: string[] = [];
    if (wb.selection) {
      const sheet = nameOf(wb.selection.sheetId);
      for (const a of wb.selection.areas as Area[])
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) selection.push(`${sheet}!${letters(c)}${r + 1}`);
    }
    return {
      syncs: fake.recorder.syncs.length,
      writes: fake.recorder.writes.map((w: { op: string; sheet: string; address?: string }) => ({ op: w.op, sheet: w.sheet, address: w.address })),
      sheets: wb.sheets.map((s: { name: string }) => s.name),
      selection: selection.sort(),
      activeSheet: nameOf(wb.activeSheetId),
      charts: wb.sheets.reduce((n: number, s: { charts?: unknown[] }) => n + (s.charts?.length ?? 0), 0),
    };
  });
}

/** The user types a value into a cell (FakeExcelHost.editCell): no add-in write, no sync. */
export async function editCell(page: Page, sheet: string, address: string, value: number | string): Promise<void> {
  await page.evaluate(([s, a, v]) => (window as unknown as { __fakeHost: { editCell(s: string, a: string, v: unknown): void } }).__fakeHost.editCell(s as string, a as string, v), [sheet, address, value]);
}

/** Counts in the summary, e.g. { error: 2, warning: 0, info: 0 }. */
export async function summaryCounts(page: Page): Promise<Record<string, number>> {
  const spans = page.getByTestId('summary').locator('[data-severity]');
  const out: Record<string, number> = {};
  for (const span of await spans.all()) {
    const severity = (await span.getAttribute('data-severity')) ?? '?';
    const count = /(\d+)\s*$/.exec((await span.innerText()).trim());
    out[severity] = count ? Number(count[1]) : NaN;
  }
  return out;
}

/** Remembers whether a progress bar was ever on screen (a MutationObserver, so a short one is seen too). */
export async function watchProgress(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { __sawProgress?: boolean };
    w.__sawProgress = false;
    const observer = new MutationObserver(() => {
      if (document.querySelector('[role="progressbar"]')) {
        w.__sawProgress = true;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __sawProgress?: boolean }).__sawProgress === true);
}

/** The pane's widths and the visible elements that stick out past its right edge (at most 10). */
export async function paneOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> {
  return page.getByTestId('preview-pane').evaluate((pane) => {
    const right = pane.getBoundingClientRect().left + pane.clientWidth;
    const outside: string[] = [];
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > right + 0.5) outside.push(`${el.tagName.toLowerCase()}.${el.className.toString().slice(0, 40)} "${(el.textContent ?? '').slice(0, 20)}" right=${Math.round(box.right)} > ${Math.round(right)}`);
    }
    return { scrollWidth: pane.scrollWidth, clientWidth: pane.clientWidth, outside: outside.slice(0, 10) };
  });
}

/** Horizontal overflow of the pane: scroll width beyond client width, and the elements sticking out. */
export async function horizontalOverflow(page: Page): Promise<{ scroll: number; outside: string[] }> {
  const o = await paneOverflow(page);
  return { scroll: o.scrollWidth - o.clientWidth, outside: o.outside };
}

/** The web page: picks a workbook in the page, then runs 一键校验 and waits for its result. */
export async function pickAndCheck(page: Page, buffer: Buffer, name = '单位决算.xlsx'): Promise<void> {
  await page.getByLabel('选择要校验的决算工作簿').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('button', { name: '一键校验' }).waitFor();
  await page.locator('[data-testid="check-tab"][data-highlight-scan="done"]').waitFor();
  await page.getByRole('button', { name: '一键校验' }).click();
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}
