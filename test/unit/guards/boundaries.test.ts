import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries in .dependency-cruiser.cjs (run on the real tree by `npm run lint:deps`) fail on a
 * violation: here they run on test/fixtures/boundaries, a tree that breaks each rule once, and must name
 * exactly those breaks.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'test/fixtures/boundaries');
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));

async function violations(): Promise<string[]> {
  const { tsConfig: _unused, ...options } = config.options;
  const result = await cruise(['lib', 'components', 'entrypoints'], { ...options, baseDir: FIXTURE, ruleSet: { forbidden: config.forbidden }, validate: true });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('import boundaries (dependency-cruiser)', () => {
  it('report every deliberate violation in the fixture tree, and nothing that is allowed', async () => {
    const got = await violations();
    const zod = got.filter((v) => v.startsWith('content-bundles-without-zod-or-dexie:'));
    expect(got.filter((v) => !zod.includes(v))).toEqual([
      'components-not-to-entrypoints: components/view.tsx → entrypoints/background.ts',
      'lib-not-to-ui: lib/core.ts → components/view.tsx',
    ]);
    // The content script reaches zod through lib/settings.ts: one violation, naming zod.
    expect(zod).toHaveLength(1);
    expect(zod[0]).toMatch(/^content-bundles-without-zod-or-dexie: entrypoints\/recogniser\.ts → .*node_modules\/zod\//);
    // The clean overlay entry (only lib/clean.ts) is not reported.
    expect(got.some((v) => v.includes('entrypoints/overlay.ts'))).toBe(false);
  });
});
