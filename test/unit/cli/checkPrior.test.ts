import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildWorkbook, FUNDS_UNIT, priorYearUnit, writeXlsx } from '../../fixtures/generator';
import { run } from './runCli';

/** check --prior 上年.xlsx (issue 12, across years), on two generated years written as .xlsx. */
let dir: string;
let thisYear: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-prior-'));
  thisYear = path.join(dir, '2024.xlsx');
  await writeXlsx(buildWorkbook(FUNDS_UNIT), thisYear);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function priorFile(name: string, unit = priorYearUnit(FUNDS_UNIT)): Promise<string> {
  const file = path.join(dir, name);
  await writeXlsx(buildWorkbook(unit), file);
  return file;
}

describe('check --prior', () => {
  test('a matching pair: both across-years checks in the JSON coverage, passed', async () => {
    const r = await run('check', thisYear, '--prior', await priorFile('2023.xlsx'), '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.checks.filter((c: { rule: string }) => c.rule.startsWith('prior-'))).toEqual([
      { rule: 'prior-t01-carry', status: 'passed', reason: null },
      { rule: 'prior-t04-carry', status: 'passed', reason: null },
    ]);
  });

  test('a broken carry-over: warnings in the text report, exit 0 (inferred, not an error)', async () => {
    const r = await run('check', thisYear, '--prior', await priorFile('2023-off.xlsx', priorYearUnit(FUNDS_UNIT, { generalBudget: '30.00' })));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('结果：0 个错误，2 个警告');
    expect(r.stdout).toContain('上年工作簿 财政拨款收入支出决算总表 年末结转和结余（一般公共预算财政拨款）');
  });

  test('the same year is refused: exit 2 and a Chinese message, no stack', async () => {
    const r = await run('check', thisYear, '--prior', thisYear);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('所选的上年工作簿与本年工作簿同为 2024 年度，不是上一年度的决算');
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
  });

  test('an unreadable prior file says it is the prior one', async () => {
    const bad = path.join(dir, '上年.xlsx');
    await fs.writeFile(bad, 'not a workbook');
    const r = await run('check', thisYear, '--prior', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法校验：上年工作簿 上年\.xlsx：这不是 Excel \.xlsx 工作簿/);
  });

  test('--prior with only a 说明 is a usage error', async () => {
    const txt = path.join(dir, '说明.txt');
    await fs.writeFile(txt, '一、部门职责');
    const r = await run('check', '--narrative', txt, '--prior', thisYear);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--prior 需要本年工作簿');
  });
});
