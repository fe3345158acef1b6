/**
 * manifest.xml: schema validity (against ../shared/manifest-schemas when present) and the
 * settings the add-in depends on — Excel API 1.9, ReadWriteDocument, zh-CN with an en-US
 * override, a Home-tab button that opens the task pane, and icons of the declared sizes.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { REQUIRED_EXCEL_API } from '../../../src/excel/limits';
import { el, readManifest, repoRoot, schemaDir, schemasPresent, validateManifest, xpath } from './manifestXml';
import { pngSize } from './png';

const DEV_ORIGIN = 'https://localhost:3000/';
const manifest = readManifest();

/** Maps a dev-server URL of the manifest to the source file webpack serves for it. */
function assetFile(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return join(repoRoot, url.slice(DEV_ORIGIN.length));
}

const hasSchemas = schemasPresent();
if (!hasSchemas) {
  console.log(`manifest.xml 的 XSD 校验已跳过：找不到 ${schemaDir}（schema validation skipped: folder absent）`);
}
(hasSchemas ? describe : describe.skip)('manifest.xml against the Office XML schemas', () => {
  test('validates against OfficeAppManifestV1_1.xsd', async () => {
    const result = await validateManifest(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('the validation rejects a manifest with an unknown permission (the check is real)', async () => {
    const broken = manifest.replace('<Permissions>ReadWriteDocument<', '<Permissions>ReadWriteAll<');
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.rawOutput).toContain('ReadWriteAll');
  });
});

describe('manifest.xml settings', () => {
  test('is a task-pane add-in for Excel workbooks with a GUID id', async () => {
    expect(await xpath(manifest, `string(/${el('OfficeApp')}/@*[local-name()='type'])`)).toBe('TaskPaneApp');
    expect(await xpath(manifest, `string(/${el('OfficeApp')}/${el('Id')})`)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(await xpath(manifest, `string(/${el('OfficeApp')}/${el('Hosts')}/${el('Host')}/@Name)`)).toBe('Workbook');
  });

  // The adapter calls getMergedAreasOrNullObject (ExcelApi 1.13); an older Excel must not load us.
  test('requires the ExcelApi version the adapter uses, and ReadWriteDocument', async () => {
    const set = `/${el('OfficeApp')}/${el('Requirements')}/${el('Sets')}/${el('Set')}[@Name='ExcelApi']`;
    expect(REQUIRED_EXCEL_API).toBe('1.13');
    expect(await xpath(manifest, `string(${set}/@MinVersion)`)).toBe(REQUIRED_EXCEL_API);
    expect(await xpath(manifest, `string(/${el('OfficeApp')}/${el('Permissions')})`)).toBe('ReadWriteDocument');
  });

  test('defaults to zh-CN and overrides names and labels for en-US', async () => {
    expect(await xpath(manifest, `string(/${el('OfficeApp')}/${el('DefaultLocale')})`)).toBe('zh-CN');
    expect(await xpath(manifest, `string(/${el('OfficeApp')}/${el('DisplayName')}/@DefaultValue)`)).toBe('决算校验');
    for (const name of ['DisplayName', 'Description']) {
      const english = await xpath(
        manifest,
        `string(/${el('OfficeApp')}/${el(name)}/${el('Override')}[@Locale='en-US']/@Value)`,
      );
      expect(english).toMatch(/[A-Za-z]{3}/);
    }
    // Every ribbon string (group label, button label, tooltip) has an en-US override.
    const strings = `//${el('Resources')}//${el('String')}`;
    const total = Number(await xpath(manifest, `count(${strings})`));
    const overridden = Number(
      await xpath(manifest, `count(${strings}[${el('Override')}[@Locale='en-US' and string-length(@Value) > 0]])`),
    );
    expect(total).toBeGreaterThanOrEqual(3);
    expect(overridden).toBe(total);
  });

  test('has a Home-tab button that opens the task pane at the default source location', async () => {
    const button = `//${el('OfficeTab')}[@id='TabHome']/${el('Group')}/${el('Control')}[@*[local-name()='type']='Button']`;
    const action = `${button}/${el('Action')}[@*[local-name()='type']='ShowTaskpane']`;
    expect(Number(await xpath(manifest, `count(${action})`))).toBe(1);
    const resid = await xpath(manifest, `string(${action}/${el('SourceLocation')}/@resid)`);
    const paneUrl = await xpath(manifest, `string(//${el('Urls')}/${el('Url')}[@id='${resid}']/@DefaultValue)`);
    expect(paneUrl).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(await xpath(manifest, `string(//${el('DefaultSettings')}/${el('SourceLocation')}/@DefaultValue)`)).toBe(paneUrl);
    const label = await xpath(manifest, `string(${button}/${el('Label')}/@resid)`);
    expect(await xpath(manifest, `string(//${el('ShortStrings')}/${el('String')}[@id='${label}']/@DefaultValue)`)).toBe(
      '决算校验',
    );
  });

  test('declares commands.html as the function file', async () => {
    const resid = await xpath(manifest, `string(//${el('FunctionFile')}/@resid)`);
    expect(await xpath(manifest, `string(//${el('Urls')}/${el('Url')}[@id='${resid}']/@DefaultValue)`)).toBe(
      `${DEV_ORIGIN}commands.html`,
    );
    expect(existsSync(join(repoRoot, 'src/commands/commands.html'))).toBe(true);
    expect(existsSync(join(repoRoot, 'src/taskpane/taskpane.html'))).toBe(true);
  });

  test.each([16, 32, 80])('ribbon icon of %i px points at a PNG of that size', async (size) => {
    const resid = await xpath(manifest, `string((//${el('Control')}//${el('Image')}[@size='${size}'])[1]/@resid)`);
    expect(resid).not.toBe('');
    const url = await xpath(manifest, `string(//${el('Images')}/${el('Image')}[@id='${resid}']/@DefaultValue)`);
    expect(pngSize(assetFile(url))).toEqual({ width: size, height: size });
  });

  test('store icons are 32 px and 64 px PNGs', async () => {
    const icon = await xpath(manifest, `string(/${el('OfficeApp')}/${el('IconUrl')}/@DefaultValue)`);
    const highRes = await xpath(manifest, `string(/${el('OfficeApp')}/${el('HighResolutionIconUrl')}/@DefaultValue)`);
    expect(pngSize(assetFile(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(highRes))).toEqual({ width: 64, height: 64 });
  });

  test('ships every template icon at its named size', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(repoRoot, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(pngSize(join(repoRoot, 'assets/logo-filled.png'))).toEqual({ width: 80, height: 80 });
  });
});

describe('manifest.xml for a real host (npm run build -- --env url=…)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded by its path
  const { manifestFor } = require(join(repoRoot, 'webpack.config.js')) as { manifestFor(xml: string, url?: string): string };

  test('has a SupportUrl on the add-in’s own host', async () => {
    expect(await xpath(manifest, `string(/${el('OfficeApp')}/${el('SupportUrl')}/@DefaultValue)`)).toBe(`${DEV_ORIGIN}support.html`);
    expect(existsSync(join(repoRoot, 'src/taskpane/support.html'))).toBe(true);
  });

  test('every dev-server URL is rebased onto the given https URL, nothing else changes', async () => {
    const deployed = manifestFor(manifest, 'https://addins.example.gov.cn/jsjy/');
    expect(deployed).not.toContain('localhost');
    expect(await xpath(deployed, `string(/${el('OfficeApp')}/${el('DefaultSettings')}/${el('SourceLocation')}/@DefaultValue)`)).toBe(
      'https://addins.example.gov.cn/jsjy/taskpane.html',
    );
    expect(await xpath(deployed, `string(/${el('OfficeApp')}/${el('SupportUrl')}/@DefaultValue)`)).toBe('https://addins.example.gov.cn/jsjy/support.html');
    expect(deployed.split('https://addins.example.gov.cn/jsjy/').length).toBe(manifest.split(DEV_ORIGIN).length);
    expect(manifestFor(manifest, undefined)).toBe(manifest);
    if (hasSchemas) expect((await validateManifest(deployed)).valid).toBe(true);
  });

  test('refuses a URL Office would not load, in Chinese', () => {
    expect(() => manifestFor(manifest, 'http://addins.example.gov.cn')).toThrow('必须以 https:// 开头');
    expect(() => manifestFor(manifest, 'not a url')).toThrow('不是有效的网址');
    expect(() => manifestFor(manifest, 'https://a.example/?x=1')).toThrow('不能带查询参数');
  });
});
