/** The preview build: its own folder and page, no office.js, a CSP that allows nothing but its origin. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { PLANTED_MISTAKES, withPlantedMistakes } from '../../../src/preview/plantedMistakes';
import { checkWorkbook } from '../../../src/core/check';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

const repoRoot = join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded by its path
const configModule = require(join(repoRoot, 'webpack.config.js'));

test('env.preview builds preview.html into dist-preview/ with a self-only CSP', async () => {
  for (const mode of ['development', 'production']) {
    const config = await configModule({ WEBPACK_BUILD: true, preview: true }, { mode });
    expect(config.mode).toBe(mode);
    expect(config.entry).toEqual({ preview: './src/preview/index.tsx' });
    expect(config.output.path).toBe(join(repoRoot, 'dist-preview'));
    const pages = config.plugins.filter((p: { constructor: { name: string } }) => p.constructor.name === 'HtmlWebpackPlugin');
    expect(pages.map((p: { userOptions: { filename: string } }) => p.userOptions.filename)).toEqual(['preview.html']);
    const csp: string = pages[0].userOptions.templateParameters.contentSecurityPolicy;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('https:');
    expect(csp).not.toContain('unsafe-eval');
    expect(String(config.devtool)).not.toContain('eval');
  }
});

test('preview.html loads nothing from another origin; the add-in page still loads office.js from the CDN', () => {
  const preview = readFileSync(join(repoRoot, 'src/preview/preview.html'), 'utf8');
  expect([...preview.matchAll(/(?:src|href)="(https?:[^"]+)"/g)]).toEqual([]);
  expect(preview).not.toContain('office.js"');
  const taskpane = readFileSync(join(repoRoot, 'src/taskpane/taskpane.html'), 'utf8');
  expect(taskpane).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
});

test('?sample=mistakes: the planted cells give errors, a warning and notices on the sample workbook', () => {
  // The generator's SAMPLE_UNIT is what samples/sample-2023.xlsx holds, sheet names included.
  const grids = buildWorkbook(SAMPLE_UNIT).grids;
  for (const m of PLANTED_MISTAKES) expect(grids.map((g) => g.name)).toContain(m.sheet);
  const { summary } = checkWorkbook(withPlantedMistakes(grids));
  // 4 errors since the rounding allowance counts only non-zero terms (收入决算表 C9 is its row's only figure).
  expect(summary).toEqual({ errors: 4, warnings: 1, infos: 3 });
  expect(checkWorkbook(grids).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
});
