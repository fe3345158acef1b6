import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/check';
import { EXPLANATIONS_SETTING, explain, withExplanation, EMPTY_EXPLANATIONS, ExplanationRecord } from '../../../src/core/findings/explanations';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { inflateNode } from '../../../src/cli/xlsx/readXlsx';
import zlib from 'zlib';
import { findSetting, readWebExtensionSettings } from '../../../src/xlsx/webExtensionSettings';
import { listEntries, rawData } from '../../../src/zip/directory';
import { writeZip, ZipPart } from '../../../src/zip/write';
import { buildWorkbook, SAMPLE_UNIT, xlsxBuffer } from '../../fixtures/generator';
import { panePart, withParts } from '../../fixtures/webExtension';
import { run } from './runCli';

/*
 * 已说明 through the command line: the task pane saves its explanations in the workbook's document
 * settings, which Office writes into the .xlsx as xl/webextensions/webextension1.xml. These tests
 * add such a part to a generated workbook, as Excel would after the pane ran, and check it.
 */

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-explain-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const AT = '2026-12-02T10:00:00.000Z';
const NOTE = '按省厅文件，科目名称使用简称';

/** The sample with 2010301 named 机关服务 (a class-names warning); `wrongName: false` leaves it right. */
async function workbook(wrongName = true): Promise<Buffer> {
  const wb = buildWorkbook(SAMPLE_UNIT);
  if (wrongName) {
    const sheet = wb.sheets.find((s) => s.name === '收入决算表')!;
    const row = sheet.rows.find((r) => r.includes('行政运行'))!;
    row[row.indexOf('行政运行')] = '机关服务';
  }
  return xlsxBuffer(wb);
}

async function recordFor(xlsx: Buffer): Promise<ExplanationRecord> {
  const result = checkWorkbook(await readXlsx(xlsx));
  const warning = result.findings.find((f) => f.rule === 'class-names')!;
  return withExplanation(EMPTY_EXPLANATIONS, explain(warning, NOTE, '张三', AT));
}

async function save(name: string, data: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, data);
  return file;
}

describe('webextension settings reader', () => {
  test('reads our add-in’s settings JSON-decoded; a workbook without the part has none', async () => {
    const plain = await workbook();
    const record = await recordFor(plain);
    const settings = await readWebExtensionSettings(withParts(plain, panePart(record)), inflateNode);
    expect(settings.damaged).toBe(0);
    expect(settings.parts.map((p) => p.part)).toEqual(['xl/webextensions/webextension1.xml', 'xl/webextensions/webextension2.xml']);
    expect(findSetting(settings, EXPLANATIONS_SETTING)).toEqual({ value: record, unreadable: false });
    expect(findSetting(settings, 'Office.AutoShowTaskpaneWithDocument').value).toBe(true);
    expect(await readWebExtensionSettings(plain, inflateNode)).toEqual({ parts: [], damaged: 0 });
  });

  test('a damaged part is counted, never thrown', async () => {
    const plain = await workbook();
    const settings = await readWebExtensionSettings(withParts(plain, { 'xl/webextensions/webextension1.xml': '<we:webextension><we:properties>' }), inflateNode);
    expect(settings).toEqual({ parts: [], damaged: 1 });
  });

  test('hostile parts: a DTD (entity expansion) and a part inflating far past its declared size are refused, not expanded', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><we:webextension><we:properties><we:property name="jsjy.explanations" value="&b;"/></we:properties></we:webextension>';
    const withDtd = withParts(await workbook(), { 'xl/webextensions/webextension1.xml': bomb });
    expect(await readWebExtensionSettings(withDtd, inflateNode)).toEqual({ parts: [], damaged: 1 });

    // 20 MB of XML deflated, declared as 100 bytes: inflating stops just past the declared size.
    const big = Buffer.from(`<we:webextension><we:properties>${'<we:property name="x" value="1"/>'.repeat(600_000)}</we:properties></we:webextension>`);
    const bytes = new Uint8Array(await workbook());
    const parts: ZipPart[] = listEntries(bytes).map((e) => ({ name: e.name, method: e.method, crc: e.crc, size: e.size, data: rawData(bytes, e) }));
    parts.push({ name: 'xl/webextensions/webextension1.xml', method: 8, crc: 0, size: 100, data: zlib.deflateRawSync(big) });
    expect(await readWebExtensionSettings(writeZip(parts), inflateNode)).toEqual({ parts: [], damaged: 1 });
  });
});

describe('check reads the explanations the pane saved in the workbook', () => {
  test('text and JSON: the warning is 已说明 with note, by and at, and is not an open warning', async () => {
    const plain = await workbook();
    const file = await save('explained.xlsx', withParts(plain, panePart(await recordFor(plain))));
    const text = await run('check', file);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('结果：0 个错误，0 个警告（另有 1 个警告已说明）');
    expect(text.stdout).toContain('【已说明】1 个');
    expect(text.stdout).toContain(`已说明：${NOTE}（张三，2026-12-02）`);
    expect(text.stdout).not.toContain('【警告】');

    const json = JSON.parse((await run('check', file, '--format', 'json')).stdout);
    const finding = json.findings.find((f: { rule: string }) => f.rule === 'class-names');
    expect(finding.severity).toBe('warning');
    expect(finding.explained).toEqual({ note: NOTE, by: '张三', at: AT });
    expect(json.summary).toMatchObject({ errors: 0, warnings: 0, explained: 1 });
    expect(json.unusedExplanations).toBeUndefined();
  });

  test('without the setting the same workbook reports the warning as open', async () => {
    const r = await run('check', await save('open.xlsx', await workbook()), '--format', 'json');
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ errors: 0, warnings: 1, infos: expect.any(Number) });
    expect(json.findings.some((f: { explained?: unknown }) => f.explained)).toBe(false);
  });

  test('an explanation whose warning was corrected is listed as unused, the check is clean', async () => {
    const record = await recordFor(await workbook());
    const file = await save('corrected.xlsx', withParts(await workbook(false), panePart(record)));
    const text = await run('check', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('【未采用的说明】1 条');
    expect(text.stdout).toContain('问题已不再出现');
    const json = JSON.parse((await run('check', file, '--format', 'json')).stdout);
    expect(json.unusedExplanations).toEqual([expect.objectContaining({ rule: 'class-names', note: NOTE, reason: 'gone' })]);
    expect(json.summary.explained).toBeUndefined();
  });

  test('a setting that is not JSON: a one-line notice, the check runs as without it', async () => {
    const file = await save('damaged.xlsx', withParts(await workbook(), panePart(null, '{not json')));
    const r = await run('check', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('工作簿中保存的说明有 1 条无法读取，已忽略。');
    expect(r.stdout).toContain('【警告】1 个');
  });

  test('--annotate: 校验结果 lists the warning as 已说明 with the note', async () => {
    const plain = await workbook();
    const file = await save('to-annotate.xlsx', withParts(plain, panePart(await recordFor(plain))));
    const out = path.join(dir, 'annotated.xlsx');
    const r = await run('check', file, '--annotate', out);
    expect(r.code).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const sheet = copy.getWorksheet('校验结果')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (typeof v === 'object' && v !== null ? (v as { text?: string }).text ?? '' : String(v ?? '')))));
    expect(rows[1][0]).toContain('0 个警告（另有 1 个警告已说明）');
    const explained = rows.find((r) => r[1] === '警告（已说明）')!;
    expect(explained[3]).toContain(`已说明：${NOTE}（张三，2026-12-02）`);
    // The explained warning colours nothing.
    const names = copy.getWorksheet('收入决算表')!;
    expect(names.getCell('B8').fill).toEqual((await loadOriginal(plain)).getWorksheet('收入决算表')!.getCell('B8').fill);
  });

  test('--explanations file.json adds a record; a file that is not JSON is refused in Chinese', async () => {
    const plain = await workbook();
    const file = await save('no-part.xlsx', plain);
    const records = await save('records.json', Buffer.from(JSON.stringify(await recordFor(plain))));
    const r = await run('check', file, '--explanations', records, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ warnings: 0, explained: 1 });

    const bad = await save('bad.json', Buffer.from('{oops'));
    const refused = await run('check', file, '--explanations', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('说明记录 bad.json 不是有效的 JSON');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);

    // A folder where the record was expected: the message asks for the .json, not for a workbook.
    const folder = await run('check', file, '--explanations', dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('是文件夹，请指定说明记录的 .json 文件');
    expect(folder.stderr).not.toContain('.xlsx');
  });

  test('batch counts a warning explained in the workbook as explained', async () => {
    const plain = await workbook();
    const inbox = path.join(dir, 'inbox');
    await fs.mkdir(inbox);
    await fs.writeFile(path.join(inbox, '甲单位.xlsx'), withParts(plain, panePart(await recordFor(plain))));
    const out = path.join(dir, 'batch.json');
    const r = await run('batch', inbox, '--out', out);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(report.summary).toMatchObject({ warnings: 0, explained: 1 });
    // The summary CSV: no open warning, so the file passes; --details names the explanation.
    const csv = path.join(dir, 'batch.csv');
    await run('batch', inbox, '--out', csv);
    const [header, row] = (await fs.readFile(csv, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    expect(row[header.indexOf('警告')]).toBe('0');
    expect(row[header.indexOf('状态')]).toBe('通过');
    const details = path.join(dir, 'details.csv');
    await run('batch', inbox, '--out', details, '--details');
    const text = await fs.readFile(details, 'utf8');
    expect(text).toContain('警告（已说明）');
    expect(text).toContain(`已说明：${NOTE}（张三，2026-12-02）`);
  });
});

async function loadOriginal(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb;
}
