/** `check` without --narrative never loads mammoth (it is the slow part of start-up); with one it does. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildWorkbook, SAMPLE_UNIT, writeXlsx } from '../../fixtures/generator';
import { narrativeDocx } from './narrativeFiles';
import { run } from './runCli';

// Reading generated workbooks takes seconds when the whole suite shares two cores: a hang guard, not a speed goal.
jest.setTimeout(60_000);

// Counted on globalThis: the factory may run while the CLI modules load, before this file's consts exist.
const counter = globalThis as { mammothLoads?: number };
jest.mock('mammoth', () => {
  const g = globalThis as { mammothLoads?: number };
  g.mammothLoads = (g.mammothLoads ?? 0) + 1;
  return jest.requireActual('mammoth');
});

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-lazy-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('mammoth is loaded only for a .docx 说明', async () => {
  const workbook = path.join(dir, '决算.xlsx');
  await writeXlsx(buildWorkbook(SAMPLE_UNIT), workbook);
  expect((await run('check', workbook)).code).toBe(0);
  const txt = path.join(dir, '说明.txt');
  await fs.writeFile(txt, '第二部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。');
  expect((await run('check', workbook, '--narrative', txt)).code).toBe(0);
  expect(counter.mammothLoads ?? 0).toBe(0);
  const docx = path.join(dir, '说明.docx');
  await fs.writeFile(docx, await narrativeDocx(['第二部分 2023年度部门决算情况说明']));
  await run('check', workbook, '--narrative', docx);
  expect(counter.mammothLoads).toBe(1);
});
