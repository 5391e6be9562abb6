/**
 * Builds the editor and Aksel fixture bundles (the real editors from npm, test/fixtures/forms/editors/src → build/,
 * git-ignored) before any e2e file runs. Skips the work when they are up to date.
 */
import { existsSync } from 'node:fs';
import { buildFixtures } from '../fixtures/forms/build-fixtures.mjs';
import { buildEditorFixtures } from '../fixtures/forms/editors/build.mjs';
import { CHROMIUM_PATH, FIREFOX_PATH } from './driver.ts';

export default async function setup(): Promise<void> {
  // One clear stop before any file runs, instead of every e2e file failing on its own.
  const missing = [
    ['Chromium', CHROMIUM_PATH, 'chromium', 'CHROMIUM_PATH'],
    ['Firefox ESR', FIREFOX_PATH, 'firefox-esr', 'FIREFOX_PATH'],
  ].filter(([, path]) => !existsSync(path!));
  if (missing.length)
    throw new Error(
      `Ende-til-ende-testene trenger ${missing.map(([name, path]) => `${name} (${path})`).join(' og ')}, som mangler. ` +
        `Installer med «sudo apt-get install ${missing.map(([, , pkg]) => pkg).join(' ')}», eller pek på en annen ` +
        `installasjon med ${missing.map(([, , , env]) => env).join(' / ')}. (.ci/run installerer dem selv.)`,
    );
  const r = await buildEditorFixtures();
  if (!r.skipped) console.log(`editor fixtures built in ${r.ms} ms`);
  // Here, once, rather than in each file's first startServer(): files run two at a time and must not both write
  // the same bundles.
  await buildFixtures();
}
