import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, sleep, startServer, type E2EBrowser, type FixtureServer, type Page, type Target } from './driver.ts';
import { fixtureCases, forEachBrowser, type FixtureCase } from './helpers.ts';

/**
 * The extension makes no request. Every fixture page (in Firefox, a page of each kind: see FIREFOX_PAGES) is loaded
 * and used (typing, the badge, the hint card) in each browser twice: with the extension and in a second instance of the same browser without it. The requests
 * the browser reports for the page, and the paths the fixture server was asked for, must be the same; the only
 * extra load allowed is the extension's own overlay bundle from its installed package (on form pages only, where
 * the browser reports it: Chromium does, through the per-session dynamic id; Firefox's BiDi does not list
 * moz-extension:// loads, and the Firefox build lists nothing as web-accessible at all). In Chromium the
 * extension's service worker must make no request at all during the run; Firefox's BiDi does not report its
 * background page's requests, so that part is Chromium's alone. (Some fixture pages ask for a web font from
 * Nav's CDN through Aksel's CSS; that request is the page's, shows up in both runs, and the closed network
 * here refuses it.)
 */
const cases = fixtureCases();
/**
 * In Firefox, a page of each way the extension meets a page rather than every page (the suite's longest part, and CI
 * has fifteen minutes): what it sends does not depend on a page's layout, and Chromium, where the service worker's
 * requests are visible too, still goes through every page. These are: plain markup, a React app with Aksel, a
 * rich-text editor (ProseMirror), a frame, a shadow root, a late single-page app, and every page without a form.
 */
const FIREFOX_PAGES = /^(l40-semantic\.html|l1-syk-inn\.html#uke17|aev-tiptap\.html|l1-iframe-srcdoc\.html|l40-shadow-dom\.html|aev-spa-late\.html)$/;
// A renamed fixture must not drop out of the Firefox run unnoticed.
if (!process.env.FIXTURE_MANIFEST && cases.filter((c) => c.form && FIREFOX_PAGES.test(c.file)).length !== 6)
  throw new Error('privacy.test.ts: FIREFOX_PAGES names a fixture page that is no longer in the manifest');

forEachBrowser('privacy: the extension makes no request', (run) => {
  // The browser without the extension has a fixture server of its own, so the two can run side by side and
  // each server's log belongs to one browser.
  let plain: E2EBrowser;
  let plainServer: FixtureServer;
  beforeAll(async () => {
    plainServer = await startServer();
    plain = await launchBrowser(run.name, { extension: false });
  });
  afterAll(async () => {
    await plain?.close();
    await plainServer?.close();
  });

  async function exercise(browser: E2EBrowser, server: FixtureServer, c: FixtureCase): Promise<{ page: string[]; served: string[] }> {
    const servedFrom = server.served.length;
    const page: Page = await browser.newPage();
    await page.goto(`${server.url}/${c.file}`);
    if (c.ready) await page.waitForFunction(c.ready, 10_000);
    const target: Target = c.frame ? await page.frame(c.frame) : page;
    // With the extension on a form page, let it do all its work first: recognised, overlay bundle loaded.
    if (browser.withExtension && c.form) {
      await target.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
      await target.$('skjemahjelp-overlay').waitFor('attached', 10_000);
    }
    if (c.typeInto) {
      await target.$(c.typeInto).click();
      // Short: every key is a round trip to the browser, and one vague statement is enough to wake the checks.
      await page.keyboard.type('Tåler ikke stress.');
      const badge = target.$('[data-sh-badge]');
      if (await badge.visible().catch(() => false)) await badge.click();
    } else {
      const any = target.$('textarea, input[type=text]');
      if (await any.count()) {
        await any.click();
        await page.keyboard.type('Hei');
      }
    }
    // The page's own late loads (web fonts), then a moment for anything the extension might still send.
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await sleep(250);
    const requests = page.requests.map((u) => u.replace(server.url, ''));
    await page.close();
    await sleep(100);
    return { page: requests.sort(), served: server.served.slice(servedFrom).sort() };
  }

  // (Another manifest, FIXTURE_MANIFEST, goes through every page in both browsers: its pages are unknown here.)
  it.each(run.name === 'firefox' && !process.env.FIXTURE_MANIFEST ? cases.filter((c) => !c.form || FIREFOX_PAGES.test(c.file)) : cases)('$file', async (c) => {
    // Both at once (two browser processes, each with its own input): the suite runs twice, so this halves its time.
    const [withExt, without] = await Promise.all([exercise(run.browser, run.server, c), exercise(plain, plainServer, c)]);
    const own = run.browser.extensionOrigin!;
    expect(own).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/$/);
    // The only extra load allowed is the extension's own code bundle from its installed package. In Chromium it
    // is loaded through its per-session dynamic id (use_dynamic_url; the browser then serves it by an internal
    // redirect to the fixed id), so no page can load it from a fixed URL (hostile.test.ts tries).
    const ext = (u: string) => /^(chrome|moz)-extension:\/\//.test(u);
    // Two bundles: the recogniser (loaded by the content script's stage 0 on pages that look like a form or once the
    // user writes) and the overlay (on form pages).
    expect(withExt.page.filter((u) => ext(u) && !/^(chrome|moz)-extension:\/\/[^/]+\/(recogniser|overlay)\.js$/.test(u))).toEqual([]);
    if (run.name === 'chromium' && c.form)
      for (const file of ['recogniser', 'overlay'])
        expect(
          withExt.page.some((u) => new RegExp(`^chrome-extension://[0-9a-f-]{36}/${file}\\.js$`).test(u) && !u.startsWith(own)),
          file,
        ).toBe(true);
    // A page without a form does not even load the overlay.
    if (!c.form) expect(withExt.page.filter((u) => ext(u) && !/\/recogniser\.js$/.test(u))).toEqual([]);
    expect(withExt.page.filter((u) => !ext(u))).toEqual(without.page);
    expect(withExt.served).toEqual(without.served);
    // The recorder saw the page itself, so an empty list above would not pass by accident.
    expect(without.page.some((u) => u.startsWith(`/${c.file.split('#')[0]}`))).toBe(true);
  });

  it.runIf(run.name === 'chromium')('the service worker made no request during the whole run', () => {
    const background = run.browser.backgroundRequests();
    expect(background).not.toBeNull();
    expect(background).toEqual([]);
  });
});
