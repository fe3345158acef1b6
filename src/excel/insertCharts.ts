import { a1 } from '../core/grid/cellRef';
import { ChartSpec } from './host';
import { ExcelRun } from './officeApi';
import { addFreeSheet, literalCell } from './writeSheet';

/** Rows each chart block takes: the chart is drawn beside its data, about 15 rows high. */
export const CHART_BLOCK_ROWS = 18;
/** The chart covers columns E to L of its block. */
const CHART_FIRST_COL = 4;
const CHART_LAST_COL = 11;

export interface ChartBlock {
  readonly spec: ChartSpec;
  /** 0-based row of the block's title; the data table starts on the next row. */
  readonly top: number;
  /** [header, ...rows] written from column A. */
  readonly rows: (string | number | boolean)[][];
  readonly chartStart: string;
  readonly chartEnd: string;
}

/** Where each chart's data and picture go: one block per chart, stacked down the sheet. */
export function layoutCharts(charts: readonly ChartSpec[]): ChartBlock[] {
  let top = 0;
  return charts.map((spec) => {
    const rows = [
      [spec.categoryHeader, ...spec.series.map((s) => s.name)],
      ...spec.categories.map((c, i) => [c, ...spec.series.map((s) => s.values[i] ?? 0)]),
    ].map((r) => r.map((v) => literalCell(v)));
    const height = Math.max(CHART_BLOCK_ROWS, rows.length + 3);
    const block = { spec, top, rows, chartStart: a1(top, CHART_FIRST_COL), chartEnd: a1(top + CHART_BLOCK_ROWS - 2, CHART_LAST_COL) };
    top += height;
    return block;
  });
}

/**
 * A new sheet (never an existing one) with, per chart, its title, its data table and a native
 * chart over that table, then activated. Two syncs: the sheet names, then everything else.
 */
export async function insertCharts(run: ExcelRun, wish: string, charts: readonly ChartSpec[]): Promise<string> {
  const blocks = layoutCharts(charts);
  return run(async (context) => {
    const { name, worksheet } = await addFreeSheet(context, wish);
    worksheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 150;
    for (const block of blocks) {
      worksheet.getRangeByIndexes(block.top, 0, 1, 1).values = [[literalCell(block.spec.title)]];
      const width = block.rows[0].length;
      const data = worksheet.getRangeByIndexes(block.top + 1, 0, block.rows.length, width);
      data.values = block.rows;
      const chart = worksheet.charts.add(block.spec.kind === 'pie' ? 'Pie' : 'ColumnClustered', data, 'Columns');
      chart.title.text = block.spec.title;
      if (block.spec.kind === 'pie') chart.dataLabels.showPercentage = true;
      chart.setPosition(block.chartStart, block.chartEnd);
    }
    worksheet.activate();
    await context.sync();
    return name;
  });
}
