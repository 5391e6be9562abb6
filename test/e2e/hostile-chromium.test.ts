import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUi, formOf, launch, startServer, waitFor, type Browser, type FixtureServer } from './harness.ts';

/**
 * Issue 13, finding 1: a page's own script must reach nothing of the extension. The fixture
 * (test/fixtures/forms/hardening/hostile-l40.html) records everything a page can observe from the moment it
 * starts, and offers every attack the probe used: read the UI's shadow roots, press its buttons, make up the keys
 * and pointer moves it reacts to, replay WXT's «content-script-started» kill switch, load overlay.js from the
 * extension's fixed URL, look for the extension id. The user's own settings and own yrke description must come
 * out unchanged, the page must have seen none of them, and the extension must keep working — each negative next
 * to a control that shows the real user can do the same thing. Chromium: the assertions about our UI need
 * the CDP access of test/e2e/ui.ts. The fixture itself runs in any browser (see ui.ts about Firefox).
 */
const NOTE = 'Hemmelig kontornotat om renholdere – bare for brukeren.';

let server: FixtureServer;
let b: Browser;
beforeAll(async () => {
  server = await startServer();
  b = await launch({ extensionPath: process.env.EXTENSION_PATH });
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

type Chrome = {
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

/** Runs `fn` in an extension page (options.html): the extension's own storage and messages. */
async function inExtension<R>(fn: (c: Chrome, arg: string) => Promise<R>, arg = ''): Promise<R> {
  const p = await b.context.newPage();
  try {
    await p.goto(`chrome-extension://${b.extensionId}/options.html`);
    return await p.evaluate(([src, a]) => new Function('c', 'a', `return (${src})(c, a)`)((globalThis as unknown as { chrome: Chrome }).chrome, a), [
      fn.toString(),
      arg,
    ] as const);
  } finally {
    await p.close();
  }
}

const userState = () =>
  inExtension(async (c) => ({
    settings: (await c.storage.local.get('skjemahjelp:settings'))['skjemahjelp:settings'] ?? null,
    note: await c.runtime.sendMessage({ type: 'skjemahjelp/yrke-note-get', code: '9112' }),
  }));

async function openPalette(page: Page): Promise<void> {
  await page.bringToFront();
  const sw = b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
  await sw.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }
    ).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    await c.tabs.sendMessage(tab!.id!, { type: 'skjemahjelp/open-palette' });
  });
}

describe('a hostile page reaches nothing of the extension', () => {
  let page: Page;
  let before: Awaited<ReturnType<typeof userState>>;
  const ui = () => extensionUi(page, b.extensionId);
  const hostile = <R>(name: string, ...args: unknown[]) =>
    page.evaluate(([n, a]) => (window as unknown as { hostile: Record<string, (...x: unknown[]) => unknown> }).hostile[n as string]!(...(a as unknown[])), [
      name,
      args,
    ] as const) as Promise<R>;

  beforeAll(async () => {
    // The user's own description (what the probe read and overwrote through the open palette).
    await inExtension((c, text) => c.runtime.sendMessage({ type: 'skjemahjelp/yrke-note-save', code: '9112', text }), NOTE);
    page = await b.context.newPage();
    await page.goto(`${server.url}/hardening/hostile-l40.html`);
    expect(await waitFor(() => formOf(page), 8000)).toBe('l40');
    await page.locator('#f51').click();
    await page.keyboard.type('Pasienten kan ikke løfte tungt.');
    expect(await waitFor(async () => (await page.locator('#f51').getAttribute('data-skjemahjelp-issues')) === '1')).toBe(true);
    await ui().locator('[data-sh-underline]').first().waitFor({ state: 'attached' });
    before = await userState();
    await hostile('setId', b.extensionId); // what a site could know: the store listing's public id
  });

  it('cannot read the overlay: its shadow root is closed and nothing of it serialises', async () => {
    const r = await hostile<{ hosts: string[]; roots: unknown[]; texts: string[]; attach: string[] }>('readUi');
    expect(r.hosts).toContain('skjemahjelp-overlay');
    expect(r.roots.every((x) => x === null)).toBe(true);
    expect(r.texts).toEqual([]);
    expect(r.attach.every((x) => x === 'NotSupportedError')).toBe(true);
    // Control: the user sees the overlay's text (through the test's CDP access, not the page's).
    expect(await ui().locator('[data-sh-panel]').innerText()).toMatch(/problem/);
  });

  it('made-up keys and pointer moves open nothing and move nothing', async () => {
    expect(await hostile<{ changed: boolean }>('syntheticKeys')).toEqual({ changed: false });
    await hostile('syntheticMouse');
    expect(await ui().locator('[data-sh-hover]').count()).toBe(0);
    expect(await page.locator('skjemahjelp-palette').count()).toBe(0);
    // (The control — the user's own Ctrl+. opening the fixes — is the last test, after every attack.)
  });

  it("clicking and keying at the extension's hosts changes no setting and inserts nothing", async () => {
    const value = await page.locator('#f51').inputValue();
    expect(await hostile<number>('clickOurs')).toBeGreaterThan(0);
    expect(await page.locator('#f51').inputValue()).toBe(value);
    expect(await userState()).toEqual(before);
  });

  it("replaying WXT's «content-script-started» does not switch the extension off", async () => {
    await hostile('killSwitch');
    await page.locator('#f51').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Kan ikke stå lenge.');
    // Still checking as the user types: the issue count follows the new text.
    expect(await waitFor(async () => (await page.locator('#f51').getAttribute('data-skjemahjelp-issues')) === '2', 5000)).toBe(true);
    expect(await ui().locator('[data-sh-underline]').count()).toBeGreaterThanOrEqual(2);
  });

  it("cannot load overlay.js (or anything else) from the extension's fixed URL", async () => {
    expect(await hostile<string[]>('fetchOurs')).toEqual([]);
  });

  it("the palette shows the user's own description to the user, and the page never sees it", async () => {
    await page.locator('#f53').click();
    await openPalette(page);
    const pl = (sel: string) => ui().locator(sel, { host: 'skjemahjelp-palette' });
    await pl('[data-pl-search]').waitFor();
    await page.keyboard.type('renholder');
    await pl('[role=option][data-code="9112"]').waitFor();
    while ((await pl('[role=option][aria-selected=true]').getAttribute('data-code')) !== '9112') await page.keyboard.press('ArrowDown');
    await pl('[data-pl-note="own"]').waitFor();
    expect(await pl('[data-pl-note="own"]').innerText()).toContain(NOTE); // control: the user sees it
    const r = await hostile<{ roots: unknown[]; texts: string[] }>('readUi');
    expect(r.roots.every((x) => x === null)).toBe(true);
    expect(r.texts).toEqual([]);
    expect(await hostile<number>('clickOurs')).toBeGreaterThan(0);
    await hostile('syntheticKeys');
    expect(await hostile<string[]>('findTraces', ['Hemmelig kontornotat'])).toEqual([]);
    // The page took the focus (it may: it is its document); the user closes the palette with its button.
    await pl('[data-pl-close]').click();
    await expect.poll(() => page.locator('skjemahjelp-palette').count()).toBe(0);
    expect(await userState()).toEqual(before);
  });

  it("never learns the extension id or sees its traces; the extension keeps no data in the page's origin", async () => {
    expect(await hostile<string[]>('findTraces')).toEqual([]);
    expect((await hostile<string[]>('databases')).filter((n) => /skjemahjelp/i.test(n))).toEqual([]);
    // Control: the page does see what the product promises to show it — the observable contract.
    expect(await page.locator('#f51').getAttribute('data-skjemahjelp-field')).toBe('l40.5.1');
  });

  it("after all of it, the user's own Ctrl+. in a vague phrase still opens the fixes (control for the made-up keys)", async () => {
    await page.locator('#f51').click();
    await page.keyboard.press('Control+Home');
    const at = (await page.locator('#f51').inputValue()).indexOf('tungt');
    for (let i = 0; i < at + 2; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+.');
    await ui().locator('[data-sh-hover]').waitFor({ state: 'visible' });
    expect(await userState()).toEqual(before);
  });
});
