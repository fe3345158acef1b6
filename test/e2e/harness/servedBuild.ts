import { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { BuildSpec, ensureBuilt } from './builds';
import { serveFolder, StaticServer } from './staticServer';

export interface ServedBuild {
  server: StaticServer;
  browser: Browser;
}

/**
 * One build served and one Chromium for a whole test file: made (if stale), started before the
 * file's tests and closed after them. The fields are set once beforeAll has run.
 */
export function servedBuild(spec: BuildSpec): ServedBuild {
  const served = {} as ServedBuild;
  beforeAll(async () => {
    ensureBuilt(spec);
    served.server = await serveFolder(spec.folder);
    served.browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
