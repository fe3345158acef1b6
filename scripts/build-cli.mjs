// Bundles the command line into dist/cli.js (or the path given as the first argument, for tests).
// Heavy libraries stay external and are required only by the commands that use them, so `check`
// starts fast: exceljs for every command, mammoth only for a .docx 说明, docx only for
// `generate --out *.docx` (test/unit/cli/lazyModules.test.ts holds us to it).
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/cli.js';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['exceljs', 'mammoth', 'docx'],
  logLevel: 'warning',
});
