import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { build } from 'esbuild';
import { buildWorkbook, SAMPLE_UNIT, writeXlsx } from '../../fixtures/generator';
import { narrativeDocx, PARAGRAPHS } from './narrativeFiles';
import { run } from './runCli';

// Reading generated workbooks takes seconds when the whole suite shares two cores: a hang guard, not a speed goal.
jest.setTimeout(60_000);

const exec = promisify(execFile);
let dir: string;
let workbooks: string;
let narratives: string;

/**
 * a: a .docx 说明 with the planted 65%; b: a right .txt 说明; c: no 说明; d: a 说明 that is not a
 * Word file; 孤儿.txt: a 说明 with no workbook.
 */
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-batch-narr-'));
  workbooks = path.join(dir, '工作簿');
  narratives = path.join(dir, '说明');
  await fs.mkdir(workbooks);
  await fs.mkdir(narratives);
  for (const name of ['a-有说明', 'b-文本说明', 'c-无说明', 'd-坏说明']) await writeXlsx(buildWorkbook(SAMPLE_UNIT), path.join(workbooks, `${name}.xlsx`));
  await fs.writeFile(path.join(narratives, 'a-有说明.docx'), await narrativeDocx());
  await fs.writeFile(path.join(narratives, 'a-有说明.txt'), 'the .docx is preferred over this');
  await fs.writeFile(path.join(narratives, 'b-文本说明.TXT'), PARAGRAPHS.slice(0, 3).join('\n'));
  await fs.writeFile(path.join(narratives, 'd-坏说明.docx'), 'not a Word file');
  await fs.writeFile(path.join(narratives, '~$a-有说明.docx'), 'Word lock file');
  await fs.writeFile(path.join(narratives, '孤儿.txt'), PARAGRAPHS.join('\n'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function csvRows(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1).trim().split('\r\n').map((l) => l.split(','));
}

function expectCsv(rows: string[][]) {
  expect(rows[0]).toEqual(['文件', '单位', '年度', '表套', '识别表数', '缺少的表', '错误', '警告', '提示', '状态', '说明文件', '说明数字', '已核对', '无从核对']);
  const byName = (n: string) => rows.find((r) => r[0].includes(n))!;
  const a = byName('a-有说明');
  expect(a.slice(9, 11)).toEqual(['有错误', 'a-有说明.docx']);
  expect(Number(a[6])).toBe(1);
  expect(Number(a[11])).toBeGreaterThanOrEqual(8);
  expect(Number(a[12])).toBeGreaterThan(0);
  // The figures nothing can confirm (counts, 完成预算 with no budget), as in the JSON summary.
  expect(a[13]).toMatch(/^\d+$/);
  expect(Number(a[12]) + Number(a[13])).toBeLessThanOrEqual(Number(a[11]));
  const b = byName('b-文本说明');
  expect(b.slice(9, 11)).toEqual(['通过', 'b-文本说明.TXT']);
  expect(Number(b[11])).toBeGreaterThan(0);
  // Checked alone, and said so; no coverage figures.
  expect(byName('c-无说明').slice(9)).toEqual(['通过', '无（仅校验附表）', '', '', '']);
  // The bad 说明 is that file's reason; the batch went on.
  const d = byName('d-坏说明');
  expect(d[9]).toMatch(/^无法校验：说明“d-坏说明\.docx”：说明文件不是 Word \.docx 文档/);
  expect(d.slice(10)).toEqual(['d-坏说明.docx', '', '', '']);
}

test('--narratives pairs same-named 说明, checks the rest alone, reports a bad 说明 as that file\'s reason', async () => {
  const csv = path.join(dir, 'report.csv');
  const r = await run('batch', workbooks, '--narratives', narratives, '--out', csv);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('共 4 个工作簿');
  expect(r.stdout).toContain('通过 2，有警告 0，有错误 1，无法校验 1');
  expect(r.stdout).toContain('其中 3 个与同名说明一并校验，1 个没有同名说明（仅校验附表）。');
  expect(r.stdout).toContain('以下说明没有同名工作簿，未校验：孤儿.txt');
  expectCsv(csvRows(await fs.readFile(csv, 'utf8')));
});

test('JSON: each report names its 说明 and carries figures/verified and spans when it had one', async () => {
  const out = path.join(dir, 'report.json');
  await run('batch', workbooks, '--narratives', narratives, '--out', out);
  const reports = JSON.parse(await fs.readFile(out, 'utf8'));
  expect(reports.map((x: { narrativeFile: string | null }) => x.narrativeFile && path.basename(x.narrativeFile))).toEqual([
    'a-有说明.docx',
    'b-文本说明.TXT',
    null,
    'd-坏说明.docx',
  ]);
  expect(reports[0].summary).toEqual({ errors: 1, warnings: 0, infos: expect.any(Number), figures: expect.any(Number), verified: expect.any(Number), unverifiable: expect.any(Number) });
  expect(reports[0].summary.unverifiable).toBeLessThanOrEqual(reports[0].summary.figures - reports[0].summary.verified);
  expect(reports[0].findings.find((f: { severity: string }) => f.severity === 'error').narrative.quote).toBe('65%');
  expect(reports[2].summary).not.toHaveProperty('figures');
  expect(reports[3]).toEqual({ file: expect.stringContaining('d-坏说明'), narrativeFile: expect.any(String), error: expect.stringContaining('说明“d-坏说明.docx”') });
});

test('without --narratives the reports keep their old columns and keys', async () => {
  const csv = path.join(dir, 'plain.csv');
  await run('batch', workbooks, '--out', csv);
  const rows = csvRows(await fs.readFile(csv, 'utf8'));
  expect(rows[0]).toHaveLength(10);
  expect(rows.slice(1).every((r) => r[9] === '通过')).toBe(true);
});

test('a missing 说明 folder is a clear message, exit 2', async () => {
  const r = await run('batch', workbooks, '--narratives', path.join(dir, '没有这个文件夹'));
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('无法打开说明文件夹');
});

test('the bundled CLI reads the 说明 on worker threads (mammoth required there) with the same CSV', async () => {
  const cli = path.join(dir, 'cli.js');
  // The bundle keeps `import('mammoth')`, and ESM resolution ignores NODE_PATH: give it a node_modules beside it.
  const link = path.join(dir, 'node_modules');
  await fs.symlink(path.resolve('node_modules'), link, 'dir');
  try {
    await build({ entryPoints: ['src/cli/main.ts'], outfile: cli, bundle: true, platform: 'node', target: 'node20', external: ['exceljs', 'mammoth', 'docx'], logLevel: 'silent' });
    const csv = path.join(dir, 'workers.csv');
    const code = await exec(process.execPath, [cli, 'batch', workbooks, '--narratives', narratives, '--out', csv]).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(code).toBe(1);
    expectCsv(csvRows(await fs.readFile(csv, 'utf8')));
  } finally {
    // Removed before afterAll so that nothing could ever walk into the real node_modules.
    await fs.unlink(link);
  }
  // A generous guard for a loaded machine (bundling plus worker start-up), not a speed goal.
}, 120_000);

test('--details names a 说明 rule by its Chinese title, as a table rule is', async () => {
  const out = path.join(dir, 'details.csv');
  await run('batch', workbooks, '--narratives', narratives, '--details', '--out', out);
  const text = await fs.readFile(out, 'utf8');
  const narrativeRows = text.split('\r\n').filter((l) => l.includes('narrative-share'));
  expect(narrativeRows.length).toBeGreaterThan(0);
  for (const l of narrativeRows) expect(l).toContain('说明：占比与金额不符（narrative-share）');
});

test('a file whose only errors are in its 说明: the summary still says where to look (the first 说明 error)', async () => {
  const r = await run('batch', workbooks, '--narratives', narratives);
  const block = r.stdout.slice(r.stdout.indexOf('a-有说明'));
  expect(block).toMatch(/首要疑点：说明：“[^”]+” 应为 /);
});
