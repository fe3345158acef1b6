import { CellRange } from '../core/grid/types';
import { areaAddress, parseArea } from './address';
import { FakeContextCore } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import { FakeSheet, newId } from './model';
import { RangeTarget, assertWritable } from './rangeTarget';

/** A chart as the fake workbook keeps it: enough to check what the add-in asked Excel to draw. */
export interface FakeChartModel {
  readonly id: string;
  /** Excel.ChartType value, e.g. "ColumnClustered", "Pie". */
  readonly type: string;
  /** Where the data is (sheet name and one rectangle). */
  readonly sourceSheet: string;
  readonly source: CellRange;
  /** Excel.ChartSeriesBy value: "Auto", "Columns" or "Rows". */
  readonly seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells the chart covers, once setPosition ran. */
  position: { start: string; end: string | null } | null;
  dataLabels: { showPercentage?: boolean; showValue?: boolean; showCategoryName?: boolean };
}

/** Chart types the add-in may ask for; anything else is refused as Excel refuses unknown names. */
const CHART_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'BarClustered', 'Pie', 'Doughnut', 'Line', 'LineMarkers']);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);

/** A source the chart reads: a fake Range whose target resolves while the sync runs. */
export interface ChartSource {
  resolveTarget(): RangeTarget | null;
}

/** worksheet.charts */
export class FakeChartCollection {
  constructor(private readonly core: FakeContextCore, private readonly sheet: () => FakeSheet | null) {}

  add(type: string, sourceData: ChartSource, seriesBy = 'Auto'): FakeChart {
    let created: FakeChartModel | null = null;
    this.core.enqueue({
      describe: `ChartCollection.add(${type})`,
      requestBytes: 120,
      write: () => ({ op: 'chart.add', sheet: this.sheet()?.name ?? '?', address: created ? areaAddress(created.source) : undefined, detail: { type } }),
      run: () => {
        const sheet = this.sheet();
        if (!sheet) throw new FakeOfficeError('ItemNotFound', 'worksheet not found');
        assertWritable(sheet);
        if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type "${type}"`);
        if (!SERIES_BY.has(seriesBy)) throw invalidArgument(`seriesBy "${seriesBy}"`);
        const target = sourceData.resolveTarget();
        if (!target || target.areas.length !== 1) throw invalidArgument('chart source must be one rectangle');
        created = {
          id: newId(this.core.document.workbook, 'chart'),
          type,
          sourceSheet: target.sheet.name,
          source: { ...target.areas[0] },
          seriesBy,
          title: '',
          position: null,
          dataLabels: {},
        };
        sheet.charts.push(created);
      },
    });
    return new FakeChart(this.core, () => created);
  }
}

/** A chart proxy: property sets and setPosition queue commands, as in Office.js. */
export class FakeChart {
  readonly title: { text: string };
  readonly dataLabels: { showPercentage: boolean; showValue: boolean; showCategoryName: boolean };

  constructor(private readonly core: FakeContextCore, private readonly model: () => FakeChartModel | null) {
    const set = (describe: string, apply: (m: FakeChartModel) => void) =>
      this.core.enqueue({
        describe,
        requestBytes: 80,
        run: () => {
          const m = this.model();
          if (!m) throw new FakeOfficeError('ItemNotFound', 'chart not found');
          apply(m);
        },
      });
    this.title = {
      set text(value: string) {
        set('Chart.title.text=', (m) => (m.title = String(value)));
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'title.text is write-only in this fake');
      },
    };
    const label = (key: 'showPercentage' | 'showValue' | 'showCategoryName') => ({
      set: (value: boolean) => set(`Chart.dataLabels.${key}=`, (m) => (m.dataLabels = { ...m.dataLabels, [key]: Boolean(value) })),
      get: (): boolean => {
        throw new FakeOfficeError('PropertyNotLoaded', `dataLabels.${key} is write-only in this fake`);
      },
    });
    this.dataLabels = Object.defineProperties({} as { showPercentage: boolean; showValue: boolean; showCategoryName: boolean }, {
      showPercentage: label('showPercentage'),
      showValue: label('showValue'),
      showCategoryName: label('showCategoryName'),
    });
  }

  /** Cells as "E2" (a Range is accepted by Excel too; the adapter passes addresses). */
  setPosition(startCell: string, endCell?: string): void {
    this.core.enqueue({
      describe: 'Chart.setPosition()',
      requestBytes: 80,
      run: () => {
        const m = this.model();
        if (!m) throw new FakeOfficeError('ItemNotFound', 'chart not found');
        parseArea(startCell);
        if (endCell !== undefined) parseArea(endCell);
        m.position = { start: startCell, end: endCell ?? null };
      },
    });
  }
}
