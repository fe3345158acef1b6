import { useMemo, useSyncExternalStore } from 'react';
import { a1, columnLetters } from '../core/grid/cellRef';
import type { CellRange } from '../core/grid/types';
import { isCellError } from '../core/grid/types';
import { displayedFill } from '../fakehost/display';
import type { FakeExcelHost } from '../fakehost/host';
import { cellKey, FakeSheet } from '../fakehost/model';

/*
 * The fake workbook drawn as a spreadsheet, so the preview (and its browser tests) can see what the
 * add-in did: sheet tabs as buttons, every cell a <td data-cell="表名!A1"> with the colour it shows
 * (conditional formats included) as an inline background (and as data-fill="#RRGGBB", since
 * browsers read inline colours back as rgb()), the selected cells with data-selected="true".
 */

/** Rows and columns to draw: everything that holds a value, a fill, a merge or a format of ours. */
function extent(sheet: FakeSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const see = (r: number, c: number) => {
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  };
  for (const k of [...sheet.cells.keys(), ...sheet.fills.keys()]) {
    const [r, c] = k.split(',').map(Number);
    see(r, c);
  }
  for (const m of sheet.merges) see(m.bottom, m.right);
  for (const cf of sheet.conditionalFormats) for (const a of cf.areas) if (a.bottom < 2000 && a.right < 200) see(a.bottom, a.right);
  return { rows: Math.min(rows, 2000), cols: Math.min(cols, 200) };
}

function cellText(sheet: FakeSheet, row: number, col: number): string {
  const cell = sheet.cells.get(cellKey(row, col));
  if (!cell) return '';
  if (isCellError(cell.value)) return cell.value.error;
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return String(cell.value);
}

function inAreas(areas: readonly CellRange[], row: number, col: number): boolean {
  return areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
}

const styles = {
  root: { display: 'flex', flexDirection: 'column' as const, height: '100%', minWidth: 0, fontFamily: 'system-ui, "Microsoft YaHei", sans-serif', fontSize: 12 },
  tabs: { display: 'flex', flexWrap: 'wrap' as const, gap: 2, padding: 4, borderBottom: '1px solid #ccc', background: '#f3f3f3' },
  tab: { borderWidth: 1, borderStyle: 'solid' as const, borderColor: '#bbb', background: '#fff', padding: '2px 6px', cursor: 'pointer', fontSize: 12, maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' as const },
  scroller: { overflow: 'auto', flex: 1 },
  table: { borderCollapse: 'collapse' as const, tableLayout: 'auto' as const },
  head: { background: '#f3f3f3', color: '#555', border: '1px solid #d4d4d4', padding: '1px 4px', fontWeight: 'normal', position: 'sticky' as const },
  cell: { border: '1px solid #e1e1e1', padding: '1px 4px', whiteSpace: 'nowrap' as const, maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis' },
};

export function PreviewGrid({ fake }: { fake: FakeExcelHost }) {
  // Redraw after every sync and every simulated edit (the recorder notifies on both).
  const store = useMemo(() => changeCounter(fake), [fake]);
  const version = useSyncExternalStore(store.subscribe, store.get);
  const wb = fake.workbook;
  const visible = wb.sheets.filter((s) => s.visibility === 'Visible');
  const active = visible.find((s) => s.id === wb.activeSheetId) ?? visible[0];
  const activate = (sheet: FakeSheet) => {
    wb.activeSheetId = sheet.id;
    fake.recorder.notify();
  };
  return (
    <div style={styles.root} data-testid="preview-grid" data-version={version}>
      <div style={styles.tabs} role="group" aria-label="工作表">
        {visible.map((s) => (
          <button
            key={s.id}
            type="button"
            title={s.name}
            aria-pressed={s === active}
            style={{ ...styles.tab, ...(s === active ? { background: '#217346', color: '#fff', borderColor: '#217346' } : {}) }}
            onClick={() => activate(s)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div style={styles.scroller}>
        {active ? <SheetTable sheet={active} selection={wb.selection?.sheetId === active.id ? wb.selection.areas : []} version={version} /> : null}
        {active && active.charts.length > 0 ? <ChartList sheet={active} /> : null}
      </div>
    </div>
  );
}

/** A counter bumped by every recorder notification: the snapshot React compares. */
function changeCounter(fake: FakeExcelHost): { subscribe: (listener: () => void) => () => void; get: () => number } {
  let count = 0;
  return {
    subscribe: (listener) =>
      fake.recorder.subscribe(() => {
        count += 1;
        listener();
      }),
    get: () => count,
  };
}

function SheetTable({ sheet, selection, version }: { sheet: FakeSheet; selection: readonly CellRange[]; version: number }) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the in-place edits of sheet: it is what recomputes
  const { rows, cols } = useMemo(() => extent(sheet), [sheet, version]);
  const covered = useMemo(() => {
    const set = new Set<string>();
    for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) set.add(cellKey(r, c));
    return set;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the in-place edits of sheet: it is what recomputes
  }, [sheet, version]);
  const body = [];
  for (let r = 0; r < rows; r++) {
    const tds = [];
    for (let c = 0; c < cols; c++) {
      if (covered.has(cellKey(r, c))) continue;
      const merge = sheet.merges.find((m) => m.top === r && m.left === c);
      const fill = displayedFill(sheet, r, c);
      const selected = inAreas(selection, r, c);
      tds.push(
        <td
          key={c}
          data-cell={`${sheet.name}!${a1(r, c)}`}
          data-selected={selected ? 'true' : undefined}
          data-fill={fill ?? undefined}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          style={{ ...styles.cell, ...(fill ? { backgroundColor: fill } : {}), ...(selected ? { outline: '2px solid #217346', outlineOffset: -2 } : {}) }}
        >
          {cellText(sheet, r, c)}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row" style={{ ...styles.head, left: 0 }}>
          {r + 1}
        </th>
        {tds}
      </tr>,
    );
  }
  return (
    <table style={styles.table} aria-label={`工作表 ${sheet.name}`}>
      <thead>
        <tr>
          <th style={{ ...styles.head, top: 0 }} />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col" style={{ ...styles.head, top: 0 }}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

const CHART_TYPE_LABEL: Record<string, string> = { ColumnClustered: '簇状柱形图', Pie: '饼图' };

/** The charts the add-in added to this sheet (the fake draws no pictures; it lists what Excel would draw). */
function ChartList({ sheet }: { sheet: FakeSheet }) {
  return (
    <ul data-testid="preview-charts" aria-label="图表" style={{ margin: 8, paddingLeft: 20 }}>
      {sheet.charts.map((c) => (
        <li key={c.id} data-testid="preview-chart" data-chart-type={c.type}>
          图表“{c.title}”：{CHART_TYPE_LABEL[c.type] ?? c.type}，数据 {c.sourceSheet}!{a1(c.source.top, c.source.left)}:{a1(c.source.bottom, c.source.right)}
          {c.position ? `，位于 ${c.position.start}${c.position.end ? `:${c.position.end}` : ''}` : ''}
        </li>
      ))}
    </ul>
  );
}
