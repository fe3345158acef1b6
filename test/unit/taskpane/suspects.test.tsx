import { renderToString } from 'react-dom/server';
import { SuspectList } from '../../../src/taskpane/components/SuspectList';
import { FindingButton } from '../../../src/taskpane/components/FindingButton';
import { stepSuspect, suspectLine } from '../../../src/taskpane/viewModel/suspects';
import { checkWorkbook } from '../../../src/core/check';
import { describeCell } from '../../../src/core/grid/cellRef';
import { buildWorkbook, Plant, SAMPLE_UNIT } from '../../fixtures/generator';

// T02 2010302 财政拨款收入 622.51 typed 622.15, and T13 决算数 公务接待费 1.10 typed 11.
const PLANTS: Plant[] = [
  { table: 'T02', row: '2010302', column: 'fiscal', value: 622.15 },
  { table: 'T13', row: 'actual', column: 'reception', value: 11 },
];

function checked(plants: Plant[]) {
  const wb = buildWorkbook(SAMPLE_UNIT, { plants });
  return { result: checkWorkbook(wb.grids, { profile: 'sichuan-13' }), cells: wb.planted.map((p) => p.cell) };
}

const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('suspects in the pane', () => {
  it('a suspect reads as in the text report', () => {
    const { result, cells } = checked(PLANTS.slice(0, 1));
    expect(suspectLine(result.suspects[0])).toBe(`${describeCell(cells[0])} 622.15，应为 622.51（两位数字颠倒）`);
  });

  it('the list shows the first suspect with 上一个 and 下一个, and says how many there are', () => {
    const { result, cells } = checked(PLANTS);
    const primaries = result.suspects.filter((s) => s.alternativeTo === undefined);
    expect(primaries).toHaveLength(2);
    const html = text(renderToString(<SuspectList suspects={result.suspects} select={() => undefined} />));
    expect(html).toContain(`最可能需要修改的单元格（1/${result.suspects.length}）`);
    expect(html).toContain(`${describeCell(cells[0])} 622.15，应为 622.51`);
    expect(html).toContain('上一个');
    expect(html).toContain('下一个');
  });

  it('shows nothing when every identity holds', () => {
    expect(renderToString(<SuspectList suspects={checked([]).result.suspects} select={() => undefined} />)).toBe('');
  });

  it('steps forward and back through the suspects, wrapping around', () => {
    expect(stepSuspect(null, 1, 3)).toBe(0);
    expect(stepSuspect(null, -1, 3)).toBe(2);
    expect(stepSuspect(0, 1, 3)).toBe(1);
    expect(stepSuspect(2, 1, 3)).toBe(0);
    expect(stepSuspect(0, -1, 3)).toBe(2);
    expect(stepSuspect(null, 1, 0)).toBeNull();
  });

  it('a finding says whose value 应为 is', () => {
    const { result, cells } = checked(PLANTS.slice(0, 1));
    const total = result.findings.find((f) => f.suspect && f.rule === 't02-class-sums')!;
    const html = text(renderToString(<FindingButton finding={total} location="" current={false} testId="finding" onActivate={() => undefined} />));
    const address = describeCell(cells[0]).split('!')[1];
    expect(html).toContain(`${address} 应为 622.51，实为 622.15`);
  });

  it('a suspect on another sheet than the finding is named with its sheet', () => {
    // T01 一般公共预算财政拨款收入 typed 1890.05: T02's 本年收入合计 against T01 blames T01's cell.
    const { result } = checked([{ table: 'T01', side: 'left', row: 'generalBudget', column: 'amount', value: 1890.05 }]);
    const across = result.findings.find((f) => f.suspect && f.cells[0] && f.suspect.sheet !== f.cells[0].sheet);
    expect(across).toBeDefined();
    const html = text(renderToString(<FindingButton finding={across!} location="" current={false} testId="finding" onActivate={() => undefined} />));
    expect(html).toContain(`${describeCell(across!.suspect!)} 应为`);
  });
});
