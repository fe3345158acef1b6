import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { buildWorkbook, SAMPLE_UNIT, UnitDescription, writeXlsx } from '../../fixtures/generator';
import { run } from './runCli';

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jsjy-generate-'));
  workbook = path.join(dir, 'sample-2023.xlsx');
  await writeXlsx(buildWorkbook(SAMPLE_UNIT), workbook);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, JSON.stringify(value, null, 2));
  return file;
}

/** The 巴州 sample's 2022 figures, as a user would type them (docs/prior-json.md). */
const PRIOR_JSON = {
  年度: 2022,
  收入支出总计: 1924.37,
  财政拨款收入支出总计: '1,924.37',
  一般公共预算财政拨款支出: 1924.37,
  三公经费: { 合计: 5.96, '因公出国（境）费': 0, 公务用车购置及运行维护费: 4.98, 公务接待费: 0.98 },
  机关运行经费: 183.53,
  行政单位: true,
  原因: { 收入支出总计变动: '部分项目进行调整，项目支出减少。' },
  数量: { 公务用车保有量: 1, 国内公务接待批次: 6, 国内公务接待人次: 91 },
  外事接待支出: 0,
};

describe('generate', () => {
  test('without --out it prints the 说明 as text', async () => {
    const r = await run('generate', workbook);
    // The text on stdout; what is left to fill and what was inferred on stderr, no warning.
    expect(r.stderr).toMatch(/^共 \d+ 处【请填写：…】待填写，可在数据文件中提供：收入支出总计、/);
    expect(r.stderr).toContain('提示：（一）机关运行经费支出情况：');
    expect(r.stderr).not.toContain('警告');
    expect(r.stdout).not.toContain('待填写，可在数据文件中提供');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。');
    expect(r.stdout).toContain('【请填写：增减情况（需2022年度收、支总计）】');
    expect(r.stdout).toContain('十、其他重要事项的情况说明');
  });

  test('--prior JSON fills last year figures, reasons and counts', async () => {
    const prior = await writeJson('prior.json', PRIOR_JSON);
    const r = await run('generate', workbook, '--prior', prior);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('与2022年度相比，收、支总计各减少35.32万元，下降1.84%。主要变动原因是部分项目进行调整，项目支出减少。');
    expect(r.stdout).toContain('与2022年度相比，财政拨款收、支总计各减少35.32万元，下降1.84%。');
    expect(r.stdout).toContain('机关运行经费支出222.18万元，比2022年度增加38.65万元，增长21.06%。');
    expect(r.stdout).toContain('国内公务接待6批次，91人次（不包括陪同人员），共计支出1.1万元。');
    expect(r.stdout).not.toContain('需2022年度收、支总计');
  });

  test('--prior with last year workbook takes its totals', async () => {
    // Last year: the same unit with 100万元 more 一般行政管理事务 project spending.
    const lastYear: UnitDescription = {
      ...SAMPLE_UNIT,
      year: 2022,
      items: SAMPLE_UNIT.items.map((i) => (i.code === '2010302' ? { ...i, gbProject: '722.51' } : i)),
      projectEconomic: { ...SAMPLE_UNIT.projectEconomic, '30227': '315' },
    };
    const priorBook = path.join(dir, 'sample-2022.xlsx');
    await writeXlsx(buildWorkbook(lastYear), priorBook);
    const r = await run('generate', workbook, '--prior', priorBook);
    expect(r.stderr).not.toContain('警告');
    expect(r.stdout).toContain('与2022年度相比，收、支总计各减少100万元，下降5.03%。');
    expect(r.stdout).toContain('与2022年度相比，一般公共预算财政拨款支出减少100万元，下降5.03%。');
    // Same 三公 both years.
    expect(r.stdout).toContain('完成预算的94.26%，与2022年度持平。');
    expect(r.stdout).toContain('因公出国（境）费支出决算与2022年度持平。');
  });

  test.each([[2023, '与本年相同'], [2024, '晚于本年'], [2021, '不是上一年度']])('last year\'s data of %i is refused with a Chinese message', async (year, says) => {
    const prior = await writeJson(`prior-${year}.json`, { ...PRIOR_JSON, 年度: year });
    const r = await run('generate', workbook, '--prior', prior);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`上年数据的年度（${year}年）${says}（本工作簿为2023年度决算），未生成说明。请选择2022年度`);
    expect(r.stdout + r.stderr).not.toMatch(/at \w+ \(/);
  });

  test('a workbook whose tables have errors: the text is written, stderr warns with the count', async () => {
    const broken = path.join(dir, 'broken-2023.xlsx');
    await writeXlsx(buildWorkbook(SAMPLE_UNIT, { plants: [{ table: 'T01', side: 'left', row: 'incomeTotal', column: 'amount', delta: '5' }] }), broken);
    const r = await run('generate', broken);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^警告：附表中有 [1-9]\d* 个错误，生成的说明会沿用这些数字/);
    expect(r.stdout).toContain('决算情况说明');
    expect((await run('generate', workbook)).stderr).not.toContain('警告');
  });

  test('--out .docx writes a well-formed Word document with the section titles as headings', async () => {
    const prior = await writeJson('prior-docx.json', PRIOR_JSON);
    const target = path.join(dir, '说明.docx');
    const r = await run('generate', workbook, '--prior', prior, '--out', target);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已生成决算情况说明：${target}`);
    expect(r.stdout).toMatch(/共 \d+ 处【请填写：…】待填写，可在数据文件中提供：.*预算\.一般公共预算财政拨款支出/);

    const zip = await JSZip.loadAsync(await fs.readFile(target));
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = await zip.file('word/document.xml')!.async('string');
    // Well-formed XML: the parser throws on any error.
    const parser = new SaxesParser();
    const paragraphs: { style: string | null; text: string }[] = [];
    let current: { style: string | null; text: string } | null = null;
    let inText = false;
    parser.on('opentag', (tag) => {
      if (tag.name === 'w:p') current = { style: null, text: '' };
      if (tag.name === 'w:pStyle' && current) current.style = String(tag.attributes['w:val']);
      if (tag.name === 'w:t') inText = true;
    });
    parser.on('text', (t) => {
      if (inText && current) current.text += t;
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'w:t') inText = false;
      if (tag.name === 'w:p' && current) paragraphs.push(current);
    });
    parser.write(xml).close();

    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算支出决算情况说明',
      '九、国有资本经营预算支出决算情况说明',
      '十、其他重要事项的情况说明',
    ]);
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain('（三）一般公共预算财政拨款支出决算具体情况');
    expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe('2023年度部门决算情况说明');
    expect(paragraphs.some((p) => p.style === null && p.text.startsWith('2023年度收、支总计均为1889.05万元。'))).toBe(true);
  });

  test('--out: what was inferred or reused is listed after the file, with the key that changes it', async () => {
    const { 行政单位: _admin, ...inputs } = PRIOR_JSON;
    const prior = await writeJson('prior-inferred.json', inputs);
    const target = path.join(dir, '说明-推断.txt');
    const r = await run('generate', workbook, '--prior', prior, '--out', target);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('提示：（一）机关运行经费支出情况：按行政单位写机关运行经费（即六中的公用经费合计）：表中有行政运行支出（2010301），无事业收入，单位名称以“办公室”结尾。如不是行政单位，请将“行政单位”改为“否”。（数据文件键：行政单位）');
    expect(r.stdout).toContain('提示：四、财政拨款收入支出决算总体情况说明：变动原因沿用一的原因；如不同，请为本节单独填写。（数据文件键：原因.财政拨款收入支出总计变动）');
    const text = await fs.readFile(target, 'utf8');
    expect(text).toContain('机关运行经费支出222.18万元，比2022年度增加38.65万元，增长21.06%。');
    expect(text).not.toContain('提示');
  });

  test('--out .txt writes the text', async () => {
    const target = path.join(dir, '说明.txt');
    const r = await run('generate', workbook, '--out', target, '--amounts', 'fixed');
    expect(r.code).toBe(0);
    expect(await fs.readFile(target, 'utf8')).toContain('2023年度收、支总计均为1889.05万元。');
    expect(await fs.readFile(target, 'utf8')).toContain('津贴补贴164.00万元');
  });

  test.each([
    ['a prior file of another kind', ['--prior', 'last.csv'], /上年数据文件应为 \.xlsx（上年度决算工作簿）或 \.json/],
    ['a missing prior file', ['--prior', '/nonexistent/prior.json'], /找不到文件/],
    ['an output that is not .docx/.txt', ['--out', 'x.pdf'], /--out 的文件名应以 \.docx 或 \.txt 结尾/],
    ['an unknown option value', ['--zero', 'maybe'], /选项 --zero 的值只能是/],
  ])('%s: one Chinese line, exit 2', async (_name, extra, message) => {
    const r = await run('generate', workbook, ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr.split('\n')[0]).toMatch(/^无法生成：/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  test('a JSON file with a typo or bad figure is refused in Chinese', async () => {
    const typo = await writeJson('typo.json', { 年度: 2022, 收支总计: 1 });
    let r = await run('generate', workbook, '--prior', typo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('输入文件有误：不认识的键“收支总计”');
    const bad = await writeJson('bad.json', { 收入支出总计: '一千' });
    r = await run('generate', workbook, '--prior', bad);
    expect(r.stderr).toContain('“收入支出总计”应为金额数字，不能是“一千”');
    const broken = path.join(dir, 'broken.json');
    await fs.writeFile(broken, '{ "年度": 2022,');
    r = await run('generate', workbook, '--prior', broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.json 不是有效的 JSON 文件：');
    // The parser's own (English) words are not shown.
    expect(r.stderr).not.toMatch(/Expected|Unexpected|position/);
    expect(r.stderr).toContain('第 1 行第 14 个字符附近');
  });

  test('docx is loaded only by generate --out .docx', async () => {
    const src = await fs.readFile(path.join(__dirname, '../../../src/cli/commands/generate.ts'), 'utf8');
    expect(src).not.toMatch(/from 'docx'/);
    expect(src).toMatch(/await import\('\.\/generateDocx'\)/);
  });
});
