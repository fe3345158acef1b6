import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

export const REPO = join(__dirname, '..', '..', '..');

/** A build the e2e tests serve: made once, reused while it is newer than everything it is made from. */
export interface BuildSpec {
  readonly name: string;
  /** npm script that makes it. */
  readonly script: string;
  /** Folder served by the static server. */
  readonly folder: string;
  /** The page that must exist after the build. */
  readonly page: string;
  /** Files and folders the build reads (relative to the repository). */
  readonly inputs: readonly string[];
}

const SHARED_INPUTS = ['src', 'webpack.config.js', 'package.json', 'tsconfig.json', 'assets', 'manifest.xml'];

/** The add-in as deployed: dist/taskpane.html with the production CSP, office.js from the CDN. */
export const ADDIN_BUILD: BuildSpec = {
  name: 'add-in',
  script: 'build:addin',
  folder: join(REPO, 'dist'),
  page: 'taskpane.html',
  inputs: SHARED_INPUTS,
};

/** The browser preview: the pane over the fake Excel host and the bundled sample (docs/taskpane.md). */
export const PREVIEW_BUILD: BuildSpec = {
  name: 'preview',
  script: 'build:preview',
  folder: join(REPO, 'dist-preview'),
  page: 'preview.html',
  inputs: [...SHARED_INPUTS, 'scripts', 'samples/sample-2023.xlsx'],
};

/** The offline web version (npm run build:web → dist/web/index.html; docs/wps.md). */
export const WEB_BUILD: BuildSpec = {
  name: 'web',
  script: 'build:web',
  folder: join(REPO, 'dist', 'web'),
  page: 'index.html',
  inputs: SHARED_INPUTS,
};

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the page exists and is newer than every input. */
export function isFresh(spec: BuildSpec): boolean {
  const page = join(spec.folder, spec.page);
  if (!existsSync(page)) return false;
  const built = statSync(page).mtimeMs;
  return spec.inputs.every((input) => newestMtime(join(REPO, input)) <= built);
}

/**
 * Builds unless a fresh build exists. E2E_REBUILD=1 always builds; E2E_REUSE_BUILD=1 takes any
 * existing build as it is (for iterating on the tests themselves). Throws with the build's output on failure.
 */
export function ensureBuilt(spec: BuildSpec): { rebuilt: boolean } {
  const exists = existsSync(join(spec.folder, spec.page));
  if (process.env.E2E_REBUILD !== '1' && (isFresh(spec) || (exists && process.env.E2E_REUSE_BUILD === '1'))) return { rebuilt: false };
  try {
    execFileSync('npm', ['run', '--silent', spec.script], { cwd: REPO, stdio: 'pipe', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm run ${spec.script} failed (${spec.name}):\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
  if (!existsSync(join(spec.folder, spec.page))) throw new Error(`npm run ${spec.script} made no ${spec.page} in ${spec.folder}`);
  return { rebuilt: true };
}
