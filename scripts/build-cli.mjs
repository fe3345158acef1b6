// Bundles the command line into dist/cli.js. Heavy libraries stay external and are required
// only by the commands that use them, so `check` starts fast.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['exceljs', 'mammoth', 'docx'],
  logLevel: 'warning',
});
