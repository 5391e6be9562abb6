import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, FIXTURES, launch, startServer, type Browser, type FixtureServer } from './harness.ts';

/**
 * Records every request while each fixture page is loaded and used (typing, the badge, the hint card), once in
 * Chromium with the extension and once without. The extension must add no request: apart from loading its own
 * overlay bundle from its installed package (chrome-extension://<session id>/overlay.js, on form pages only), the two
 * lists are identical, and the extension's service worker makes none. (Some fixture pages themselves ask for a web font
 * from Nav's CDN through Aksel's CSS; that request is the page's, it shows up in both runs, and the closed
 * network here refuses it.)
 */

interface FixtureCase {
  file: string;
  form: string | null;
  frame: string | null;
  ready: string | null;
  typeInto: string | null;
}
const cases: FixtureCase[] = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));

let server: FixtureServer;
let ext: Browser;
let plain: BrowserContext;
let plainDir: string;

beforeAll(async () => {
  server = await startServer();
  ext = await launch();
  plainDir = mkdtempSync(join(tmpdir(), 'skjemahjelp-plain-'));
  plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await ext?.close();
  await plain?.close();
  rmSync(plainDir, { recursive: true, force: true });
  await server?.close();
});

async function exercise(context: BrowserContext, c: FixtureCase): Promise<string[]> {
  const urls: string[] = [];
  const page = await context.newPage();
  // Chromium serves a use_dynamic_url file by redirecting the dynamic URL to the fixed one inside the browser:
  // that second request is marked, so the test can tell it from a load of the fixed URL itself.
  page.on('request', (r) => {
    const from = r.redirectedFrom()?.url();
    urls.push((from?.startsWith('chrome-extension://') ? `redirect-from-dynamic:` : '') + r.url().replace(server.url, ''));
  });
  await page.goto(`${server.url}/${c.file}`);
  if (c.ready) await page.waitForFunction(c.ready, null, { timeout: 10_000 });
  const target = c.frame ? ((await (await page.waitForSelector(c.frame)).contentFrame()) ?? page) : page;
  await page.waitForTimeout(400);
  if (c.typeInto) {
    await target.locator(c.typeInto).click();
    await page.keyboard.type('Kan gå 500 meter, tåler ikke stress.');
    const badge = target.locator('[data-sh-badge]');
    if (await badge.isVisible().catch(() => false)) await badge.click();
  } else {
    const any = target.locator('textarea, input[type=text]').first();
    if (await any.count()) {
      await any.click();
      await page.keyboard.type('Hei');
    }
  }
  await page.waitForTimeout(400);
  await page.close();
  return urls.sort();
}

describe('privacy: the extension makes no request', () => {
  it.each(cases)('$file', async (c) => {
    const all = await exercise(ext.context, c);
    const without = await exercise(plain, c);
    // The only extra load allowed is the extension's own code bundle from its installed package (never the
    // network): the overlay, imported once a form is recognised, through Chromium's per-session dynamic id
    // (use_dynamic_url), never through the fixed extension id.
    const ownish = (u: string) => /^(redirect-from-dynamic:)?chrome-extension:\/\//.test(u);
    const dynamic = (u: string) => /^chrome-extension:\/\/[0-9a-f-]{36}\/overlay\.js$/.test(u);
    const served = (u: string) => u === `redirect-from-dynamic:chrome-extension://${ext.extensionId}/overlay.js`;
    expect(all.filter(ownish).every((u) => dynamic(u) || served(u)), all.filter(ownish).join()).toBe(true);
    expect(all.filter(served).length).toBeLessThanOrEqual(all.filter(dynamic).length);
    // A page without a form does not even load it.
    if (!c.form) expect(all.filter(ownish)).toEqual([]);
    expect(all.filter((u) => !ownish(u))).toEqual(without);
  });

  it('its service worker made no request during the whole run', () => {
    expect(ext.requests.length).toBeGreaterThan(0); // the recorder works
    expect(ext.requests.filter((r) => r.fromServiceWorker || (r.url.startsWith('chrome-extension://') && r.frameUrl === null))).toEqual([]);
  });
});
