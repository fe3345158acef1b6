/**
 * Hostile .docx 说明 files, each generated here: every one is refused before or by mammoth with
 * one Chinese line (exit 2), never a stack trace. The per-test timeout is a guard against a hang
 * (a bomb inflated in full would take minutes and gigabytes), not a speed goal.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DOCX_LIMITS } from '../../../src/cli/narrative/docxPackage';
import { NARRATIVE_MESSAGES as M } from '../../../src/cli/narrative/NarrativeReadError';
import { narrativeFromBytes, readNarrativeFile, TEXT_LIMITS } from '../../../src/cli/narrative/readNarrative';
import { listEntries, rewriteZip } from '../../../src/cli/xlsx/zip';
import { buildWorkbook, SAMPLE_UNIT, writeXlsx, xlsxBuffer } from '../../fixtures/generator';
import { narrativeDocx } from './narrativeFiles';
import { run } from './runCli';

// Reading generated workbooks takes seconds when the whole suite shares two cores: a hang guard, not a speed goal.
jest.setTimeout(60_000);

const GUARD_MS = 60_000;
const DOCUMENT = 'word/document.xml';

let dir: string;
let workbook: string;
let valid: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-hostile-'));
  workbook = path.join(dir, '决算.xlsx');
  await writeXlsx(buildWorkbook(SAMPLE_UNIT), workbook);
  valid = await narrativeDocx();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The valid .docx with word/document.xml replaced. */
function withDocument(content: Buffer | string): Buffer {
  return rewriteZip(valid, listEntries(valid), new Map([[DOCUMENT, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')]]));
}

/** Rewrites the uncompressed size the central directory declares for an entry (it lies). */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  // The central directory follows the data, so the last occurrence of the name is its entry there.
  const at = out.lastIndexOf(Buffer.from(name, 'utf8')) - 46;
  expect(out.readUInt32LE(at)).toBe(0x02014b50);
  out.writeUInt32LE(size, at + 24);
  return out;
}

async function mammothText(docx: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

/** An OLE compound file (what Word writes for an encrypted .docx or a .doc) holding a stream name. */
function oleWith(stream: string): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(504), Buffer.from(`${stream}\0`, 'utf16le'), Buffer.alloc(1024)]);
}

async function refused(name: string, bytes: Buffer, message: string) {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  const r = await run('check', workbook, '--narrative', file);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`无法校验：${message}\n`);
  return r;
}

test('the valid .docx is read (so the refusals below are about the damage)', async () => {
  const file = path.join(dir, 'valid.docx');
  await fs.writeFile(file, valid);
  expect(await readNarrativeFile(file)).toContain('基本支出1197.54万元');
});

test('not a zip', async () => {
  await refused('text.docx', Buffer.from('这不是 Word 文档'), M.notDocx);
}, GUARD_MS);

test('a truncated zip', async () => {
  await refused('truncated.docx', valid.subarray(0, Math.floor(valid.length / 2)), M.corruptZip);
}, GUARD_MS);

test('a zip without word/document.xml, and an Excel workbook renamed to .docx', async () => {
  const renamed = Buffer.from(valid.toString('latin1').split(DOCUMENT).join('word/documenX.xml'), 'latin1');
  expect(listEntries(renamed).map((e) => e.name)).not.toContain(DOCUMENT);
  await refused('no-document.docx', renamed, M.noDocument);
  await refused('workbook.docx', await xlsxBuffer(buildWorkbook(SAMPLE_UNIT)), M.xlsxAsDocx);
}, GUARD_MS);

test('a zip bomb: a 64 MB document.xml of repeated text compressed a thousandfold', async () => {
  const huge = Buffer.alloc(64 * 1024 * 1024, '<w:p><w:r><w:t>1889.05</w:t></w:r></w:p>');
  const bomb = withDocument(huge);
  expect(bomb.length).toBeLessThan(1024 * 1024);
  await refused('bomb.docx', bomb, M.bomb);
}, GUARD_MS);

test('a bomb whose zip directory lies about the size is stopped while inflating', async () => {
  const bomb = declareSize(withDocument(Buffer.alloc(64 * 1024 * 1024, ' ')), DOCUMENT, 1000);
  expect(listEntries(bomb).find((e) => e.name === DOCUMENT)!.size).toBe(1000);
  await refused('lying-bomb.docx', bomb, M.bomb);
}, GUARD_MS);

test('a document.xml over the size limit (limit lowered for the test, ratio kept normal)', async () => {
  const saved = DOCX_LIMITS.documentXmlBytes;
  DOCX_LIMITS.documentXmlBytes = 1000;
  try {
    await refused('large.docx', valid, M.tooLarge(`正文解压后 ${(listEntries(valid).find((e) => e.name === DOCUMENT)!.size / 1024 / 1024).toFixed(1)} MB`));
  } finally {
    DOCX_LIMITS.documentXmlBytes = saved;
  }
}, GUARD_MS);

test('an encrypted .docx (OLE container) and a legacy .doc named .docx', async () => {
  await refused('encrypted.docx', oleWith('EncryptionInfo'), M.encrypted);
  await refused('legacy.docx', oleWith('WordDocument'), M.doc);
}, GUARD_MS);

test('broken XML in document.xml: mammoth fails, the user reads one Chinese line', async () => {
  const broken = withDocument('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>未闭合');
  await expect(mammothText(broken)).rejects.toThrow();
  const r = await refused('broken.docx', broken, M.unreadable);
  expect(r.stderr).not.toMatch(/\bat\s|Error:/);
}, GUARD_MS);

test('a .docx whose text is beyond the limit (limit lowered for the test; the .txt case below is full size)', async () => {
  const saved = TEXT_LIMITS.chars;
  TEXT_LIMITS.chars = 50;
  try {
    await expect(narrativeFromBytes(valid, '.docx')).rejects.toMatchObject({ name: 'NarrativeReadError', code: 'too-large' });
    const length = (await mammothText(valid)).length;
    expect(length).toBeGreaterThan(50);
    await refused('long.docx', valid, M.tooLarge(`${length} 字`));
  } finally {
    TEXT_LIMITS.chars = saved;
  }
}, GUARD_MS);

test('a .txt over two million characters is refused the same way', async () => {
  await refused('long.txt', Buffer.from('a'.repeat(2_500_000)), M.tooLarge('250 万字'));
}, GUARD_MS);
