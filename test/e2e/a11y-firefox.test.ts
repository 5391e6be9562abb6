import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT, startServer, type FixtureServer } from './harness.ts';
import { AXE_SOURCE, formatViolations, type Violation } from './ext-ui.ts';

/**
 * axe-core in Firefox (Debian's firefox-esr, puppeteer-core over WebDriver BiDi, the Firefox build installed as
 * a temporary add-on): the overlay's states and the extension pages, 0 violations on our nodes.
 *
 * Our shadow roots are reached without the page's help and also when they are CLOSED: a BiDi sandbox (an
 * isolated world of the test's own, which the page cannot see) serialises our hosts with
 * `includeShadowTree: 'all'`, which hands out closed shadow roots too; host and root go back into the sandbox
 * as arguments, and axe runs there with `Element.prototype.shadowRoot` of the sandbox answering from that map.
 * Skipped when firefox-esr or the Firefox build is missing (FIREFOX_PATH can point elsewhere).
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'skjemahjelp@skjemahjelp.no';
const UUID = '5a1e7c1e-0000-4000-8000-00000000a11e';
const ready = existsSync(FIREFOX) && existsSync(join(BUILD, 'manifest.json'));

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  if (!ready) return;
  server = await startServer();
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(BUILD);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Bidi {
  send(method: string, params: object): Promise<{ result: { result?: RemoteValue; type?: string; exceptionDetails?: { text: string } } }>;
}
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

const bidi = () => (browser as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;
const SANDBOX = 'skjemahjelp-axe';

async function run(page: Page, method: 'script.evaluate' | 'script.callFunction', params: object): Promise<RemoteValue | undefined> {
  const r = await bidi().send(method, { target: { context: contextOf(page), sandbox: SANDBOX }, awaitPromise: true, ...params });
  if (r.result.type === 'exception') throw new Error(`in the sandbox: ${r.result.exceptionDetails?.text}`);
  return r.result.result;
}

/** Hands our hosts and their shadow roots (closed ones too, through BiDi's serialisation) to the sandbox. */
async function registerRoots(page: Page): Promise<void> {
  const hosts = await run(page, 'script.evaluate', {
    expression: `[...document.querySelectorAll('*')].filter((e) => e.hasAttribute('data-skjemahjelp-ui') && e.localName.startsWith('skjemahjelp-'))`,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    resultOwnership: 'root',
  });
  const list = (hosts?.value as { sharedId: string; value?: { shadowRoot?: { sharedId: string } } }[]) ?? [];
  expect(list.length, 'our UI is on the page').toBeGreaterThan(0);
  await run(page, 'script.evaluate', { expression: 'globalThis.__roots = new Map()', awaitPromise: false });
  for (const h of list) {
    const root = h.value?.shadowRoot;
    expect(root, 'BiDi hands out the shadow root').toBeTruthy();
    await run(page, 'script.callFunction', {
      functionDeclaration: '(host, root) => { globalThis.__roots.set(host, root); }',
      arguments: [{ sharedId: h.sharedId }, { sharedId: root!.sharedId }],
    });
  }
}

/** axe on our shadow roots (open or closed), from a BiDi sandbox, once `mustShow` is there. */
async function axeOverlay(page: Page, mustShow: string): Promise<Violation[]> {
  await run(page, 'script.evaluate', { expression: `if (!globalThis.axe) { ${AXE_SOURCE}\n }`, awaitPromise: false });
  // Polls until the state is rendered (the machine may be slow), re-reading our hosts each time.
  const end = Date.now() + 10_000;
  for (;;) {
    await registerRoots(page);
    const shown = await run(page, 'script.callFunction', {
      functionDeclaration: '(sel) => [...globalThis.__roots.values()].some((r) => !!r.querySelector(sel))',
      arguments: [{ type: 'string', value: mustShow }],
    });
    if (shown?.value === true) break;
    if (Date.now() > end) throw new Error(`${mustShow} is not shown`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const out = await run(page, 'script.callFunction', {
    functionDeclaration: `async () => {
      const roots = globalThis.__roots;
      const hosts = [...roots.keys()];
      const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { return roots.get(this) ?? desc.get.call(this); } });
      try {
        const rules = {};
        for (const r of axe.getRules(['experimental'])) rules[r.ruleId] = { enabled: true };
        const res = await axe.run({ include: hosts }, { rules, resultTypes: ['violations'], elementRef: true });
        const ours = (el) => !!el && hosts.some((h) => h === el || roots.get(h).contains(el));
        return JSON.stringify(res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.filter((n) => ours(n.element)).map((n) => ({ target: n.target, html: n.html.slice(0, 300), summary: n.failureSummary || '' })) }))
          .filter((v) => v.nodes.length));
      } finally { Object.defineProperty(Element.prototype, 'shadowRoot', desc); }
    }`,
    arguments: [],
  });
  return JSON.parse(String(out?.value));
}

const clean = (v: Violation[], state: string) => expect(v, `${state}:\n${formatViolations(v)}`).toEqual([]);

async function until(page: Page, fn: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(fn, { timeout, polling: 50 });
}

describe.skipIf(!ready)('axe in Firefox', () => {
  it('overlay: hint card, fix menu, problems panel, palette with a comparison', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/l40-semantic.html`);
      await until(page, 'document.documentElement.hasAttribute("data-skjemahjelp-form")');
      await page.focus('#f-5-1');
      await page.keyboard.type('Pasienten kan ikke løfte mer enn 5 kg. Kan ikke stå lenge.');
      await until(page, 'document.querySelector("#f-5-1").getAttribute("data-skjemahjelp-issues") !== "0"');
      await new Promise((r) => setTimeout(r, 400));
      clean(await axeOverlay(page, '[data-sh-card] .sh-dims'), 'hint card');

      // The fix menu by keyboard: End, back into «lenge», Ctrl+. .
      await page.keyboard.press('End');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.down('Control');
      await page.keyboard.press('.');
      await page.keyboard.up('Control');
      await new Promise((r) => setTimeout(r, 400));
      clean(await axeOverlay(page, '[data-sh-hover] [role=menu] [role=menuitem]'), 'fix menu');
      await page.keyboard.press('Escape');

      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('P');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await new Promise((r) => setTimeout(r, 400));
      clean(await axeOverlay(page, '[data-sh-panel].sh-open [data-sh-problem]'), 'problems panel');
      await page.keyboard.press('Escape');

      // The palette, from the 5.3 hint card.
      await page.focus('#f-5-3');
      await new Promise((r) => setTimeout(r, 400));
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('H');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await new Promise((r) => setTimeout(r, 300));
      // Card → «Fold sammen», «Lukk», «Mer», «Slå opp yrke …».
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until(page, '!!document.querySelector("skjemahjelp-palette")');
      await page.keyboard.type('hjelpepleier');
      await new Promise((r) => setTimeout(r, 2500));
      clean(await axeOverlay(page, '[data-pl-preview] [data-area][data-verdict]'), 'palette');
    } finally {
      await page.close();
    }
  });

  // options.html and stats.html are checked in Chromium only (a11y.test.ts): Firefox's WebDriver BiDi refuses to
  // navigate to moz-extension:// pages, and they are plain documents with the same markup in both browsers.
});
