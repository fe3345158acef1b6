import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readNarrativeFile } from '../../../src/cli/narrative/readNarrative';
import { buildWorkbook, SAMPLE_UNIT, writeXlsx } from '../../fixtures/generator';
import { narrativeDocx, PARAGRAPHS, RIGHT, WRONG } from './narrativeFiles';
import { run } from './runCli';

// Reading generated workbooks takes seconds when the whole suite shares two cores: a hang guard, not a speed goal.
jest.setTimeout(60_000);

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  narrative?: { start: number; end: number; quote: string };
}

let dir: string;
let workbook: string;
let txt: string;
let docx: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-narrative-'));
  workbook = path.join(dir, '部门决算.xlsx');
  await writeXlsx(buildWorkbook(SAMPLE_UNIT), workbook);
  txt = path.join(dir, '说明.txt');
  await fs.writeFile(txt, PARAGRAPHS.join('\r\n') + '\r\n', 'utf8');
  docx = path.join(dir, '说明.docx');
  await fs.writeFile(docx, await narrativeDocx());
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every span points at its quote in the text as read, and the planted 65% is the one error. */
async function expectSpans(file: string) {
  const r = await run('check', workbook, '--narrative', file, '--format', 'json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout);
  const text = await readNarrativeFile(file);
  const spans = (report.findings as JsonFinding[]).filter((f) => f.narrative);
  expect(spans.length).toBeGreaterThan(0);
  for (const f of spans) expect(text.slice(f.narrative!.start, f.narrative!.end)).toBe(f.narrative!.quote);
  const errors = spans.filter((f) => f.severity === 'error');
  expect(errors.map((f) => f.narrative!.quote)).toEqual(['65%']);
  // The error sits inside the wrong sentence; nothing in the right sentence is an error.
  const wrongAt = text.indexOf(WRONG);
  expect(errors[0].narrative!.start).toBeGreaterThanOrEqual(wrongAt);
  expect(errors[0].narrative!.end).toBeLessThanOrEqual(wrongAt + WRONG.length);
  const rightAt = text.indexOf(RIGHT);
  expect(spans.filter((f) => f.severity !== 'info' && f.narrative!.start >= rightAt && f.narrative!.end <= rightAt + RIGHT.length)).toEqual([]);
  expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: expect.any(Number), figures: expect.any(Number), verified: expect.any(Number), unverifiable: expect.any(Number) });
  expect(report.summary.figures).toBeGreaterThanOrEqual(8);
  expect(report.summary.verified).toBeGreaterThan(0);
  expect(report.summary.verified).toBeLessThanOrEqual(report.summary.figures);
  return { report, text };
}

describe('check --narrative', () => {
  test('.txt (CRLF lines): JSON spans index the text as read', async () => {
    const { text } = await expectSpans(txt);
    expect(text).toContain('\r\n');
  });

  test('.docx made by the docx package: the same finding, spans into mammoth text', async () => {
    await expectSpans(docx);
  });

  test('a right 说明 alone: exit 0 and the coverage in the summary', async () => {
    const right = path.join(dir, 'right.txt');
    await fs.writeFile(right, PARAGRAPHS.slice(0, 3).join('\n'));
    const r = await run('check', workbook, '--narrative', right, '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.figures).toBeGreaterThan(0);
  });

  test('text report: tables as before, then a 说明校验 block with quote, paragraph and coverage', async () => {
    const r = await run('check', workbook, '--narrative', docx);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('识别到 13 张附表');
    expect(r.stdout).toContain('各表数据相互一致。');
    const block = r.stdout.slice(r.stdout.indexOf('【说明校验】'));
    expect(block.startsWith('【说明校验】说明.docx')).toBe(true);
    expect(block).toMatch(/说明中共识别数字 \d+ 个，已核对 \d+ 个（[\d.]+%），无从核对 \d+ 个（数量、未列预算的完成率）。/);
    // The section path, the paragraph and the clause around the figure (issue 11 §7).
    expect(block).toMatch(/错误 1 个：\n1\. .*（[一二三四五六七八九十（）]+，第 5 段：“[^”]*65%[^”]*”）/);
  });

  test('check without --narrative prints no 说明 block and no figures', async () => {
    const r = await run('check', workbook, '--format', 'json');
    expect(JSON.parse(r.stdout).summary).not.toHaveProperty('figures');
    expect((await run('check', workbook)).stdout).not.toContain('说明校验');
  });
});

describe('reading a .txt 说明', () => {
  test('a UTF-8 BOM is not part of the text', async () => {
    const f = path.join(dir, 'bom.txt');
    await fs.writeFile(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RIGHT, 'utf8')]));
    expect(await readNarrativeFile(f)).toBe(RIGHT);
  });

  test('GBK/GB18030 bytes are read silently, with the same findings as UTF-8', async () => {
    const f = path.join(dir, 'gbk.txt');
    // Node cannot encode GB18030; gb18030() below finds each character's bytes by decoding.
    const bytes = gb18030(PARAGRAPHS.join('\n'));
    expect(bytes.equals(Buffer.from(PARAGRAPHS.join('\n'), 'utf8'))).toBe(false);
    await fs.writeFile(f, bytes);
    expect(await readNarrativeFile(f)).toBe(PARAGRAPHS.join('\n'));
    const r = await run('check', workbook, '--narrative', f, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.filter((x: JsonFinding) => x.severity === 'error').map((x: JsonFinding) => x.narrative?.quote)).toEqual(['65%']);
  });

  test('UTF-16 (Notepad "Unicode") is read', async () => {
    const f = path.join(dir, 'utf16.txt');
    await fs.writeFile(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RIGHT, 'utf16le')]));
    expect(await readNarrativeFile(f)).toBe(RIGHT);
  });

  test('bytes that are neither UTF-8 nor GB18030: a Chinese message, exit 2', async () => {
    const f = path.join(dir, 'garbage.txt');
    await fs.writeFile(f, Buffer.from([0x31, 0xff, 0xff, 0x80, 0x32]));
    const r = await run('check', workbook, '--narrative', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('编码无法识别');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('an empty or blank 说明, a missing file, a folder', async () => {
    const empty = path.join(dir, 'empty.txt');
    await fs.writeFile(empty, '');
    expect((await run('check', workbook, '--narrative', empty)).stderr).toContain('说明文件是空的');
    const blank = path.join(dir, 'blank.txt');
    await fs.writeFile(blank, ' \r\n\u3000\n');
    expect((await run('check', workbook, '--narrative', blank)).stderr).toContain('说明中没有文字');
    expect((await run('check', workbook, '--narrative', path.join(dir, 'nope.txt'))).stderr).toContain('找不到说明文件');
    const folder = path.join(dir, 'folder.txt');
    await fs.mkdir(folder);
    expect((await run('check', workbook, '--narrative', folder)).stderr).toContain('是文件夹');
  });

  test('a Word file renamed to .txt says so', async () => {
    const f = path.join(dir, 'renamed.txt');
    await fs.writeFile(f, await narrativeDocx());
    const r = await run('check', workbook, '--narrative', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('内容不是文本');
  });

  test('other extensions are refused in Chinese, .doc with its own advice', async () => {
    for (const [name, words] of [['说明.pdf', '不能是“.pdf”文件'], ['说明.doc', '另存为 .docx'], ['说明', '无扩展名']]) {
      const f = path.join(dir, name);
      await fs.writeFile(f, RIGHT);
      const r = await run('check', workbook, '--narrative', f);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^无法校验：说明/);
      expect(r.stderr).toContain(words);
    }
  });
});

/** GB18030 bytes of a string, found by decoding: Node can decode GB18030 but not encode it. */
function gb18030(s: string): Buffer {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, number[]>();
  for (const ch of new Set(s)) {
    if (ch.charCodeAt(0) < 0x80) continue;
    table.set(ch, findGb(decoder, ch));
  }
  return Buffer.from([...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

function findGb(decoder: TextDecoder, ch: string): number[] {
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      try {
        if (decoder.decode(Uint8Array.from([a, b])) === ch) return [a, b];
      } catch {
        // not a valid pair
      }
    }
  }
  throw new Error(`no two-byte GB18030 code for ${ch}`);
}

describe('a 说明 alone (no workbook)', () => {
  test('check --narrative 说明.docx: the text-internal checks run, the report says no tables were compared', async () => {
    const r = await run('check', '--narrative', docx);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the planted 65% is wrong by the text's own figures
    expect(r.stdout).toContain('未提供决算附表：只核对了说明本身');
    expect(r.stdout).not.toContain('识别到');
    expect(r.stdout).toContain('【说明校验】说明.docx');
  });

  test('JSON: "tables": [], tablesCompared false, findings with context and place', async () => {
    const r = await run('check', '--narrative', txt, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.tables).toEqual([]);
    expect(report.tablesCompared).toBe(false);
    expect(report.summary.figures).toBeGreaterThan(0);
    const wrong = report.findings.filter((f: JsonFinding) => f.severity === 'error');
    expect(wrong.map((f: JsonFinding) => f.narrative!.quote)).toEqual(['65%']);
    const n = wrong[0].narrative as { context: string; place: string };
    expect(n.context).toContain('65%');
    expect(n.context.length).toBeLessThanOrEqual(60);
    expect(n.place).toMatch(/^[一二三四五六七八九十]/);
  });

  test('--annotate without a workbook is refused in Chinese', async () => {
    const r = await run('check', '--narrative', txt, '--annotate', path.join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--annotate 需要工作簿');
  });
});
