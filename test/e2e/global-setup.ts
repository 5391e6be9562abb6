/**
 * Builds the editor fixture bundles (the real editors from npm, test/fixtures/forms/editors/src → build/,
 * git-ignored) before any e2e file runs. Skips the work when they are up to date.
 */
import { buildEditorFixtures } from '../fixtures/forms/editors/build.mjs';

export default async function setup(): Promise<void> {
  const r = await buildEditorFixtures();
  if (!r.skipped) console.log(`editor fixtures built in ${r.ms} ms`);
}
