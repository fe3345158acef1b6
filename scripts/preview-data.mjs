// Converts the bundled sample workbook to JSON grids for the browser preview, with the CLI's own
// reader (src/cli/xlsx/readXlsx.ts), so the browser never parses xlsx. Output:
// build/preview/sample-grids.json (build/ is git-ignored; webpack imports it in preview mode).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join, resolve } from 'path';
import { fileURLToPath } from 'url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_XLSX = join(root, 'samples/sample-2023.xlsx');
export const SAMPLE_JSON = join(root, 'build/preview/sample-grids.json');

/** Bundles the reader to a temporary CommonJS file (exceljs stays external) and loads it. */
async function loadReader() {
  const outfile = join(root, 'build/preview/readXlsx.cjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'src/cli/xlsx/readXlsx.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['exceljs'],
    logLevel: 'warning',
  });
  const require = createRequire(import.meta.url);
  const mod = require(outfile);
  rmSync(outfile, { force: true });
  return mod.readXlsx;
}

export async function writeSampleJson() {
  const readXlsx = await loadReader();
  const grids = await readXlsx(readFileSync(SAMPLE_XLSX));
  mkdirSync(dirname(SAMPLE_JSON), { recursive: true });
  writeFileSync(SAMPLE_JSON, JSON.stringify({ source: 'samples/sample-2023.xlsx', grids }));
  return { sheets: grids.length, file: SAMPLE_JSON };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { sheets, file } = await writeSampleJson();
  console.log(`preview data: ${sheets} sheets -> ${file}`);
}
