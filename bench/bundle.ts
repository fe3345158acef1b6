/**
 * Task-pane bundle size: a production webpack build into a temp folder (dist/ is left alone).
 * "Initial" is the JS that taskpane.html loads by <script>; "total" adds every other .js chunk.
 * Sizes are gzip (zlib level 9) of each file, summed.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';

export interface BundleFigures {
  readonly initialKb: number;
  readonly totalKb: number;
  readonly initialFiles: readonly string[];
}

export async function measureBundle(outDir: string): Promise<BundleFigures> {
  const webpack = path.join(__dirname, '..', 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  execFileSync(process.execPath, [webpack, '--mode', 'production', '--output-path', outDir], {
    cwd: path.join(__dirname, '..'),
    stdio: 'ignore',
  });
  // Minified HTML leaves attributes unquoted: <script defer src=taskpane.js>.
  const gz = async (f: string) => gzipSync(await fs.readFile(path.join(outDir, f)), { level: 9 }).length / 1024;
  const html = await fs.readFile(path.join(outDir, 'taskpane.html'), 'utf8');
  const initialFiles = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  const allJs = await listJs(outDir);
  let initialKb = 0;
  for (const f of initialFiles) initialKb += await gz(f);
  // Other entries' bundles (the ribbon commands) are not the pane's.
  let totalKb = 0;
  for (const f of allJs) if (!/^(commands|cli)\.js$/.test(f)) totalKb += await gz(f);
  return { initialKb, totalKb, initialFiles };
}

async function listJs(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.posix.join(prefix, e.name);
    if (e.isDirectory()) out.push(...(await listJs(dir, rel)));
    else if (e.name.endsWith('.js')) out.push(rel);
  }
  return out;
}
