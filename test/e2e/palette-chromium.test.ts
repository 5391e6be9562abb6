import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import { browsersToRun, launchChromium, startServer, until, type E2EBrowser, type FixtureServer, type Page } from './driver.ts';
import { openForm, PERSON, pl, searchAndPick, type Run } from './helpers.ts';

/**
 * Chromium only, and why: these open the palette the way the shortcut does — the background sends
 * skjemahjelp/open-palette to the active tab — which needs code run in the extension's own context
 * (here its service worker). Firefox's WebDriver BiDi reaches neither the add-on's background page nor its
 * pages (navigating to moz-extension:// is refused), and synthetic keys never reach browser shortcuts (in
 * Chromium neither: Alt+Shift+Y via Playwright does nothing). The clipboard test needs Chromium's permission
 * grant, and own descriptions need options.html, downloads and file inputs. The palette's search, preview,
 * insert and undo run in both browsers in palette.test.ts.
 */
const chromium = browsersToRun().includes('chromium');

let server: FixtureServer;
let browser: E2EBrowser;
let context: BrowserContext;
const run: Run = {
  name: 'chromium',
  get browser() {
    return browser;
  },
  get server() {
    return server;
  },
};

beforeAll(async () => {
  if (!chromium) return;
  server = await startServer();
  browser = await launchChromium(process.env.PALETTE_EXT ? { extensionPath: process.env.PALETTE_EXT } : {});
  if (browser.native.kind !== 'playwright') throw new Error('not chromium');
  context = browser.native.context;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pw = (page: Page): PwPage => {
  if (page.native.kind !== 'playwright') throw new Error('not chromium');
  return page.native.page;
};

/** What the manifest command's handler does: send the open message to the active tab. */
async function sendOpen(page: Page): Promise<void> {
  await page.bringToFront();
  const sw = context.serviceWorkers()[0]!;
  // Same query as the background's onCommand handler (the extension has no tabs permission, so no URLs).
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    await c.tabs.sendMessage(tab!.id!, { type: 'skjemahjelp/open-palette' });
  });
}

async function openPalette(page: Page): Promise<void> {
  await sendOpen(page);
  await pl(page, '[data-pl-search]').waitFor('visible');
}

const paletteCount = (page: Page) => page.evaluate(() => document.querySelectorAll('skjemahjelp-palette').length);

describe.runIf(chromium)("yrke palette through the shortcut's message [chromium only]", () => {
  it('opens where the focus is and inserts at the caret', async () => {
    const page = await openForm(run, 'l40-semantic.html');
    try {
      await page.$('#f-5-1').fill(PERSON);
      const f53 = page.$('#f-5-3');
      await f53.click();
      await page.keyboard.type('Har arbeidet i hjemmetjenesten.');
      const before = await f53.text();
      await openPalette(page);
      expect(await pl(page, '[data-pl-target]').text()).toMatch(/L40 5\.3/);
      await searchAndPick(page, page, 'hjelpepleier', '5321');
      await page.keyboard.press('Enter');
      expect(await until(async () => (await paletteCount(page)) === 0)).toBe(true);
      expect((await f53.text()).startsWith(before + '\n\nAktuelt yrke: Helsefagarbeidere (STYRK-08 5321).')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('Ctrl+Enter copies the text «Sett inn» would insert and leaves the field alone', async () => {
    const page = await openForm(run, 'l40-semantic.html');
    try {
      const f53 = page.$('#f-5-3');
      await f53.fill('Renhold på sykehus.');
      await f53.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(3, 7));
      await openPalette(page);
      await searchAndPick(page, page, 'renholder', '9112');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.keyboard.press('Control+Enter');
      expect(await until(async () => (await pl(page, '[data-pl-status]').text()) === 'Kopiert til utklippstavlen.')).toBe(true);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Aktuelt yrke: .*\(STYRK-08 9112\)\.\n/);
      await page.keyboard.press('Escape');
      expect(await until(async () => (await paletteCount(page)) === 0)).toBe(true);
      expect(await f53.text()).toBe('Renhold på sykehus.');
    } finally {
      await page.close();
    }
  });

  it('React sykmelding: the insert is registered in React state and Ctrl+Z undoes it', async () => {
    const page = await openForm(run, 'l1-react.html', 'window.__fixtureReady');
    try {
      const field = page.$('textarea[name="utdypende.uke8.pavirkerArbeidsevne"]');
      await field.click();
      await page.keyboard.type('Kan ikke stå lenge.');
      const id = await field.attr('id');
      const stateLen = () => page.$(`[data-state-for="${id}"]`).text();
      expect(await until(async () => (await stateLen()) === '19')).toBe(true);
      await openPalette(page);
      await searchAndPick(page, page, 'lagerarbeider', '4321');
      await page.keyboard.press('Enter');
      expect(await until(async () => (await paletteCount(page)) === 0)).toBe(true);
      const value = await field.text();
      expect(value).toMatch(/^Kan ikke stå lenge\.\n\nAktuelt yrke: .*\(STYRK-08 4321\)/);
      expect(await until(async () => (await stateLen()) === String(value.length))).toBe(true);
      await page.keyboard.press('Control+z');
      expect(await until(async () => (await field.text()) === 'Kan ikke stå lenge.')).toBe(true);
      expect(await until(async () => (await stateLen()) === '19')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('the open message reaches every frame; only the focused frame with the form opens it', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/l1-iframe-srcdoc.html`);
      const frame = await page.frame('#skjemaramme');
      await frame.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
      await frame.$('#u624').click();
      await page.keyboard.type('Plan: gradert.');
      await sendOpen(page);
      await pl(frame, '[data-pl-search]').waitFor('visible');
      expect(await paletteCount(page)).toBe(0);
      expect(await pl(frame, '[data-pl-target]').text()).toMatch(/sykmelding 6\.2\.4/);
      await page.keyboard.press('Escape');
      expect(await until(async () => (await frame.evaluate(() => document.querySelectorAll('skjemahjelp-palette').length)) === 0)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('own descriptions: saved in the palette and shown as own; exported, a bad file refused, imported', async () => {
    const page = await openForm(run, 'l40-semantic.html');
    const optionsUrl = `${browser.extensionOrigin}options.html`;
    try {
      await page.$('#f-5-3').click();
      await openPalette(page);
      await searchAndPick(page, page, 'renholder', '9112');
      await pl(page, '[data-pl-note-new]').click();
      await pl(page, '[data-pl-note-input]').fill('Kontorrenhold her er mest kveld og tidlig morgen.');
      await pl(page, '[data-pl-note-save]').click();
      await pl(page, '[data-pl-note="own"]').waitFor('visible');
      expect(await pl(page, '[data-pl-note="own"]').text()).toMatch(/Egen beskrivelse[\s\S]*Kontorrenhold her er mest kveld/);
      await page.keyboard.press('Escape');

      // options.html: Playwright directly (downloads and file inputs).
      const opts = await context.newPage();
      await opts.goto(optionsUrl);
      await opts.locator('tr[data-code="9112"]').waitFor();
      expect(await opts.getByRole('heading', { name: 'Om' }).count()).toBe(1);
      expect(await opts.locator('main').innerText()).toMatch(/SSB[\s\S]*ILO[\s\S]*ESCO[\s\S]*NAV/);
      expect(await opts.getByRole('link', { name: /bruksstatistikken/ }).getAttribute('href')).toMatch(/stats\.html$/);

      const dl = opts.waitForEvent('download');
      await opts.getByRole('button', { name: 'Eksporter beskrivelser' }).click();
      const file = await (await dl).path();
      const exported = JSON.parse(readFileSync(file!, 'utf8'));
      expect(exported.format).toBe('skjemahjelp-yrkesbeskrivelser');
      expect(exported.notes).toEqual([expect.objectContaining({ code: '9112', text: 'Kontorrenhold her er mest kveld og tidlig morgen.' })]);

      // A bad file: one valid note and one with an unknown code. Nothing may change.
      const dir = mkdtempSync(join(tmpdir(), 'pl-notes-'));
      const bad = join(dir, 'bad.json');
      writeFileSync(
        bad,
        JSON.stringify({
          ...exported,
          notes: [
            { code: '5321', text: 'Ny.', updatedAt: exported.exportedAt },
            { code: '0002', text: 'x', updatedAt: exported.exportedAt },
          ],
        }),
      );
      await opts.locator('[data-notes-file]').setInputFiles(bad);
      await expect.poll(() => opts.locator('[data-notes-status]').getAttribute('data-notes-status')).toBe('error');
      expect(await opts.locator('[data-notes-status]').innerText()).toMatch(/kode 0002.*finnes ikke i yrkeskatalogen.*Ingenting er endret/);
      expect(await opts.locator('tr[data-code]').count()).toBe(1);

      // Delete, then import the export: the note is back, marked as imported, and the palette shows it.
      await opts.getByRole('button', { name: 'Slett beskrivelsen for 9112' }).click();
      await opts.locator('[data-notes-empty]').waitFor();
      await opts.locator('[data-notes-file]').setInputFiles(file!);
      await expect.poll(() => opts.locator('[data-notes-status]').innerText()).toMatch(/1 nye/);
      expect(await opts.locator('tr[data-code="9112"]').innerText()).toMatch(/Importert/);
      await opts.close();

      await pw(page).bringToFront();
      await page.$('#f-5-3').click();
      await openPalette(page);
      await searchAndPick(page, page, 'renholder', '9112');
      await pl(page, '[data-pl-note="imported"]').waitFor('visible');
      expect(await pl(page, '[role=option][data-code="9112"] [data-pl-own]').text()).toBe('• kontorets beskrivelse');
      expect(await pl(page, '[data-pl-note="imported"]').text()).toMatch(/importert[\s\S]*Kontorrenhold/i);
    } finally {
      await page.close();
    }
  });
});
