import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionUi, launch, startServer, waitFor, type Browser, type FixtureServer } from './harness.ts';

/**
 * The yrke palette in the real browser: opened the way the shortcut opens it (the background sends
 * skjemahjelp/open-palette to the active tab), search, preview with verdicts against the page's 5.1 text,
 * insert that React registers and Ctrl+Z undoes, the contenteditable AEV, own descriptions through the
 * palette and options.html (export, import, a bad file). PALETTE_EXT may point at a private build.
 */
const PERSON = 'Pasienten kan ikke løfte mer enn 5 kg. Tåler ikke stress og tidspress. Kan sitte 2 timer.';

let server: FixtureServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(process.env.PALETTE_EXT ? { extensionPath: process.env.PALETTE_EXT } : {});
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string, ready?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${file}`);
  if (ready) await page.waitForFunction(ready, null, { timeout: 10_000 });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
  return page;
}

/** What the manifest command's handler does: send the open message to the active tab. */
async function openPalette(page: Page): Promise<void> {
  await page.bringToFront();
  const sw = browser.context.serviceWorkers()[0]!;
  // Same query as the background's onCommand handler (the extension has no tabs permission, so no URLs).
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    await c.tabs.sendMessage(tab!.id!, { type: 'skjemahjelp/open-palette' });
  });
  await pl(page, '[data-pl-search]').waitFor({ state: 'visible', timeout: 5000 });
}

/** Inside the palette's closed shadow root (reached through CDP: test/e2e/ui.ts). */
const pl = (page: Page, sel: string, frame?: import('playwright-core').Frame) =>
  extensionUi(page, browser.extensionId).locator(sel, { host: 'skjemahjelp-palette', frame });
const ours = (page: Page, sel: string) => extensionUi(page, browser.extensionId).locator(sel, { host: 'skjemahjelp-overlay' });

async function searchAndPick(page: Page, query: string, code: string): Promise<void> {
  await page.keyboard.type(query);
  await pl(page, `[role=option][data-code="${code}"]`).waitFor({ timeout: 10_000 });
  for (let i = 0; i < 10 && (await pl(page, '[role=option][aria-selected=true]').getAttribute('data-code')) !== code; i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await pl(page, '[role=option][aria-selected=true]').getAttribute('data-code')).toBe(code);
  await pl(page, `[data-pl-preview="${code}"] [data-area=lift]`).waitFor({ timeout: 5000 });
  await expect.poll(() => pl(page, '[data-pl-insert]').isEnabled()).toBe(true);
}

describe('yrke palette', () => {
  it('manifest declares the shortcut command and the options page', () => {
    const dir = process.env.PALETTE_EXT ?? join(import.meta.dirname, '../../.output/chrome-mv3');
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.commands['open-yrke-palette'].suggested_key.default).toBe('Alt+Shift+Y');
    expect(m.options_ui.page).toBe('options.html');
  });

  it('L40: compares with 5.1, inserts into 5.3 at the caret, Ctrl+Z undoes, keys stay out of the page', async () => {
    const page = await open('l40-semantic.html');
    try {
      await page.locator('#f-5-1').fill(PERSON);
      const f53 = page.locator('#f-5-3');
      await f53.click();
      await page.keyboard.type('Har arbeidet i hjemmetjenesten.');
      const before = await f53.inputValue();
      await page.evaluate(() => {
        const w = window as unknown as { __keys: string[] };
        w.__keys = [];
        document.addEventListener('keydown', (e) => w.__keys.push(e.key));
        window.addEventListener('keyup', (e) => w.__keys.push('up:' + e.key));
      });
      // Nothing of the palette is in the page until it is opened.
      expect(await page.locator('skjemahjelp-palette').count()).toBe(0);
      await openPalette(page);
      await searchAndPick(page, 'hjelpepleier', '5321');

      // Every demand area has a verdict; lifting and stress conflict with the documented limits, sitting fits.
      const areas = await pl(page, '[data-pl-preview="5321"] [data-area]').evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-area'), e.getAttribute('data-verdict'), e.querySelectorAll('.pl-bar i.on').length, e.getAttribute('data-demand')]));
      expect(areas).toHaveLength(9);
      const by = Object.fromEntries(areas.map((a) => [a[0], a]));
      expect(by.lift![1]).toBe('conflict');
      expect(by.stress![1]).toBe('conflict');
      expect(by.sit![1]).toBe('compatible');
      for (const a of areas) expect(String(a[2])).toBe(a[3]);
      expect(await pl(page, '[data-area=lift]').getAttribute('title')).toMatch(/dokumentert og målt \(5 kg\)/);
      expect(await pl(page, '[data-pl-documented]').getAttribute('data-pl-documented')).toBe('yes');
      expect(await pl(page, '[data-pl-preview]').textContent()).toMatch(/Typiske oppgaver[\s\S]*Utdanning/);
      expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);

      // Tab moves through the palette and never out of it.
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SKJEMAHJELP-PALETTE');
      }
      await pl(page, '[data-pl-search]').focus();

      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('skjemahjelp-palette').count()).toBe(0);
      const after = await f53.inputValue();
      expect(after.startsWith(before + '\n\nAktuelt yrke: Helsefagarbeidere (STYRK-08 5321).')).toBe(true);
      expect(after).toMatch(/i konflikt med dokumenterte begrensninger: Løfte\/bære[^\n]*Psykisk belastning/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-5-3');
      await page.keyboard.press('Control+z');
      await expect.poll(() => f53.inputValue()).toBe(before);
    } finally {
      await page.close();
    }
  });

  it('opens from the field\'s hint card («Slå opp yrke») and inserts into that field', async () => {
    const page = await open('l40-semantic.html');
    try {
      const f53 = page.locator('#f-5-3');
      await f53.click();
      await page.keyboard.type('Butikk.');
      const button = ours(page, '[data-sh-open-palette]');
      if (!(await waitFor(() => button.isVisible(), 2000))) await ours(page, '[data-sh-badge][data-field="l40.5.3"]').click();
      await button.click();
      await pl(page, '[data-pl-search]').waitFor();
      expect(await pl(page, '[data-pl-target]').innerText()).toMatch(/L40 felt 5\.3/);
      await searchAndPick(page, 'butikkmedarbeider', '5223');
      await page.keyboard.press('Enter');
      await expect.poll(() => f53.inputValue()).toMatch(/^Butikk\.\n\nAktuelt yrke: .*\(STYRK-08 5223\)/);
    } finally {
      await page.close();
    }
  });

  it('Ctrl+Enter copies; Escape closes and puts focus and caret back in the field', async () => {
    const page = await open('l40-semantic.html');
    try {
      const f53 = page.locator('#f-5-3');
      await f53.fill('Renhold på sykehus.');
      await f53.evaluate((el: HTMLTextAreaElement) => { el.focus(); el.setSelectionRange(3, 7); });
      await openPalette(page);
      await searchAndPick(page, 'renholder', '9112');
      // Ctrl+Enter copies the same text «Sett inn» would insert, and leaves the field alone.
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => pl(page, '[data-pl-status]').innerText()).toBe('Kopiert til utklippstavlen.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Aktuelt yrke: .*\(STYRK-08 9112\)\.\n/);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('skjemahjelp-palette').count()).toBe(0);
      expect(await f53.evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.selectionStart, el.selectionEnd])).toEqual([true, 3, 7]);
      expect(await f53.inputValue()).toBe('Renhold på sykehus.');
    } finally {
      await page.close();
    }
  });

  it('React sykmelding: the insert is registered in React state and Ctrl+Z undoes it', async () => {
    const page = await open('l1-react.html', 'window.__fixtureReady');
    try {
      const field = page.locator('textarea[name="utdypende.uke8.pavirkerArbeidsevne"]');
      await field.click();
      await page.keyboard.type('Kan ikke stå lenge.');
      const id = await field.getAttribute('id');
      const stateLen = () => page.locator(`[data-state-for="${id}"]`).textContent();
      await expect.poll(stateLen).toBe('19');
      await openPalette(page);
      await searchAndPick(page, 'lagerarbeider', '4321');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('skjemahjelp-palette').count()).toBe(0);
      const value = await field.inputValue();
      expect(value).toMatch(/^Kan ikke stå lenge\.\n\nAktuelt yrke: .*\(STYRK-08 4321\)/);
      await expect.poll(stateLen).toBe(String(value.length));
      await page.keyboard.press('Control+z');
      await expect.poll(() => field.inputValue()).toBe('Kan ikke stå lenge.');
      await expect.poll(stateLen).toBe('19');
    } finally {
      await page.close();
    }
  });

  it('AEV contenteditable: compares with the helse editor and inserts into the yrker editor', async () => {
    const page = await open('aev-contenteditable.html');
    try {
      await page.locator('#ed-helse').click();
      await page.keyboard.type(PERSON);
      const ed = page.locator('#ed-yrker');
      await ed.click();
      await openPalette(page);
      await searchAndPick(page, 'hjelpepleier', '5321');
      expect(await pl(page, '[data-area=lift]').getAttribute('data-verdict')).toBe('conflict');
      expect(await pl(page, '[data-pl-target]').innerText()).toMatch(/arbeidsevnevurdering, yrker/);
      await page.keyboard.press('Enter');
      await expect.poll(() => ed.innerText()).toMatch(/Aktuelt yrke: Helsefagarbeidere \(STYRK-08 5321\)/);
      expect(await ed.innerText()).toMatch(/Kravene er veiledende/);
      // The helse editor was only read.
      expect((await page.locator('#ed-helse').innerText()).trim()).toBe(PERSON);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await ed.innerText()).trim()).toBe('');
    } finally {
      await page.close();
    }
  });

  it('the open message reaches every frame; only the focused frame with the form opens it', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/l1-iframe-srcdoc.html`);
      const frame = page.frameLocator('#skjemaramme');
      const f = page.frames().find((x) => x !== page.mainFrame())!;
      await f.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
      await frame.locator('#u624').click();
      await page.keyboard.type('Plan: gradert.');
      await page.bringToFront();
      const sw = browser.context.serviceWorkers()[0]!;
      await sw.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
        const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
        await c.tabs.sendMessage(tab!.id!, { type: 'skjemahjelp/open-palette' });
      });
      await pl(page, '[data-pl-search]', f).waitFor({ timeout: 5000 });
      expect(await page.locator('skjemahjelp-palette').count()).toBe(0);
      expect(await pl(page, '[data-pl-target]', f).innerText()).toMatch(/sykmelding felt 6\.2\.4/);
      await page.keyboard.press('Escape');
      await expect.poll(() => frame.locator('skjemahjelp-palette').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('own descriptions: saved in the palette and shown as own; exported, a bad file refused, imported', async () => {
    const page = await open('l40-semantic.html');
    const optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
    try {
      await page.locator('#f-5-3').click();
      await openPalette(page);
      await searchAndPick(page, 'renholder', '9112');
      await pl(page, '[data-pl-note-new]').click();
      await pl(page, '[data-pl-note-input]').fill('Kontorrenhold her er mest kveld og tidlig morgen.');
      await pl(page, '[data-pl-note-save]').click();
      await pl(page, '[data-pl-note="own"]').waitFor();
      expect(await pl(page, '[data-pl-note="own"]').innerText()).toMatch(/Egen beskrivelse[\s\S]*Kontorrenhold her er mest kveld/);
      await page.keyboard.press('Escape');

      const opts = await browser.context.newPage();
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
      writeFileSync(bad, JSON.stringify({ ...exported, notes: [{ code: '5321', text: 'Ny.', updatedAt: exported.exportedAt }, { code: '0002', text: 'x', updatedAt: exported.exportedAt }] }));
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

      await page.locator('#f-5-3').click();
      await openPalette(page);
      await searchAndPick(page, 'renholder', '9112');
      await pl(page, '[data-pl-note="imported"]').waitFor();
      expect(await pl(page, '[role=option][data-code="9112"] [data-pl-own]').innerText()).toBe('• kontorets beskrivelse');
      expect(await pl(page, '[data-pl-note="imported"]').innerText()).toMatch(/importert[\s\S]*Kontorrenhold/i);
    } finally {
      await page.close();
    }
  });
});
