import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { build } from 'esbuild';
import { buildWorkbook, SAMPLE_UNIT, writeXlsx } from '../../fixtures/generator';
import { run as inProcess } from './runCli';
import { cfb } from '../../robustness/hostile/corpus';

const run = promisify(execFile);
let dir: string;
let folder: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-batch-'));
  folder = path.join(dir, '收到的决算');
  await fs.mkdir(folder);
  await writeXlsx(buildWorkbook(SAMPLE_UNIT), path.join(folder, 'a-通过.xlsx'));
  await writeXlsx(buildWorkbook(SAMPLE_UNIT, { unit: '元' }), path.join(folder, 'b-元.xlsx'));
  await writeXlsx(
    buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '5' }] }),
    path.join(folder, 'c-有错.xlsx'),
  );
  await fs.writeFile(path.join(folder, 'd-坏文件.xlsx'), 'not a workbook');
  await fs.writeFile(path.join(folder, '~$a-通过.xlsx'), 'Excel lock file');
  await fs.writeFile(path.join(folder, 'notes.txt'), 'ignored');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('a folder: every workbook checked, a bad file reported with its reason, a CSV per file', async () => {
  const csv = path.join(dir, 'report.csv');
  const r = await inProcess('batch', folder, '--out', csv);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('共 4 个工作簿');
  expect(r.stdout).toContain('通过 2');
  expect(r.stdout).toContain('有错误 1');
  expect(r.stdout).toContain('无法校验 1');
  const text = await fs.readFile(csv, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('文件,单位,年度,表套,识别表数,缺少的表,错误,警告,提示,状态');
  // Four workbooks, and the lock file and notes.txt listed as skipped with their reason.
  expect(lines).toHaveLength(7);
  expect(lines.find((l) => l.includes('~$a-通过'))).toMatch(/,跳过：.*临时文件$/);
  expect(lines.find((l) => l.includes('notes.txt'))).toMatch(/,跳过：不是工作簿（\.txt 文件/);
  expect(lines.find((l) => l.includes('c-有错'))).toMatch(/,有错误$/);
  expect(lines.find((l) => l.includes('/a-通过'))).toMatch(/,13,,0,0,\d+,通过$/);
  expect(lines.find((l) => l.includes('d-坏文件'))).toMatch(/无法校验：/);
});

test('JSON report holds the per-file reports', async () => {
  const out = path.join(dir, 'report.json');
  await inProcess('batch', folder, '--out', out);
  const reports = JSON.parse(await fs.readFile(out, 'utf8'));
  expect(reports).toHaveLength(6);
  const named = (n: string) => reports.find((x: { file: string }) => path.basename(x.file) === n);
  expect(named('a-通过.xlsx').summary).toEqual({ errors: 0, warnings: 0, infos: expect.any(Number) });
  expect(named('d-坏文件.xlsx')).toEqual({ file: expect.stringContaining('d-坏文件'), error: expect.any(String) });
  expect(named('notes.txt')).toEqual({ file: expect.stringContaining('notes.txt'), skipped: expect.stringContaining('不是工作簿') });
});

test('the bundled CLI runs the batch on worker threads with the same result', async () => {
  const cli = path.join(dir, 'cli.js');
  await build({ entryPoints: ['src/cli/main.ts'], outfile: cli, bundle: true, platform: 'node', target: 'node20', external: ['exceljs', 'mammoth', 'docx'], logLevel: 'silent', nodePaths: [path.resolve('node_modules')] });
  const csv = path.join(dir, 'workers.csv');
  const r = await run(process.execPath, [cli, 'batch', folder, '--out', csv], { env: { ...process.env, NODE_PATH: path.resolve('node_modules') } }).catch(
    (e: { code: number; stdout: string }) => ({ stdout: e.stdout, code: e.code }),
  );
  expect((r as { code?: number }).code).toBe(1);
  expect(r.stdout).toContain('共 4 个工作簿');
  const lines = (await fs.readFile(csv, 'utf8')).trim().split('\r\n');
  expect(lines).toHaveLength(7);
  // A generous guard for a loaded machine (bundling plus worker start-up), not a speed goal.
}, 120_000);

test('old .xls and WPS .et files are listed as 无法校验 with how to save them as .xlsx', async () => {
  const old = path.join(dir, '旧格式');
  await fs.mkdir(old);
  await fs.writeFile(path.join(old, 'e-旧版.xls'), cfb('Workbook'));
  await fs.writeFile(path.join(old, 'f-WPS.et'), cfb('Workbook'));
  const out = path.join(dir, 'old.json');
  const r = await inProcess('batch', old, '--out', out);
  expect(r.stdout).toContain('共 2 个工作簿');
  const reports = JSON.parse(await fs.readFile(out, 'utf8'));
  expect(reports.map((x: { error: string }) => x.error)).toEqual([expect.stringContaining('另存为'), expect.stringContaining('另存为')]);
  expect(reports[0].error).toContain('.et');
});

test('an empty folder or a wrong --out name is a clear usage problem', async () => {
  const empty = path.join(dir, 'empty');
  await fs.mkdir(empty, { recursive: true });
  expect((await inProcess('batch', empty)).code).toBe(2);
  expect((await inProcess('batch', folder, '--out', 'x.txt')).code).toBe(2);
});
