/**
 * Chromium-only launcher with Playwright's own objects, for the browser benchmarks (bench/*) and the Chromium
 * tests that need Playwright's locators, zoom, CDP, the service worker or browser arguments directly (keyboard,
 * a11y, display, sites with its managed policy). Tests that
 * run in both browsers use the browser-neutral driver (driver.ts) and helpers (helpers.ts).
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { CHROME_EXTENSION, CHROMIUM_PATH, launchChromium, until } from './driver.ts';

export { ROOT, startServer, until as waitFor, type FixtureServer } from './driver.ts';
export { extensionUi } from './ui.ts';
export const EXTENSION = CHROME_EXTENSION;
export const CHROMIUM = CHROMIUM_PATH;

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** Requests made outside any page (the extension's service worker). */
  backgroundRequests(): string[];
  close(): Promise<void>;
}

/** Launches the system Chromium with the built extension loaded (Playwright persistent context). */
export async function launch(opts: { headless?: boolean; extensionPath?: string; args?: string[] } = {}): Promise<Browser> {
  const b = await launchChromium({ headless: opts.headless, extensionPath: opts.extensionPath, args: opts.args });
  if (b.native.kind !== 'playwright' || !b.native.extensionId) throw new Error('Chromium with the extension expected');
  return {
    context: b.native.context,
    extensionId: b.native.extensionId,
    backgroundRequests: () => b.backgroundRequests() ?? [],
    close: () => b.close(),
  };
}

/** The form the extension recognised in a document (data-skjemahjelp-form), or null. */
export function formOf(page: Page | Frame): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-skjemahjelp-form'));
}

/**
 * Statistics are stored only once the organisation's policy (storage.managed) is known; until then they wait
 * in the outbox. Right after the browser starts, Chromium's managed area can stay unanswered for the first
 * worker's whole life (seen here on most runs). A test that counts what arrives starts once the extension has
 * read its policy once (it keeps a copy in storage.local): stats.html reads the policy too, and keeps the copy.
 */
export async function statsPolicyKnown(b: Browser): Promise<boolean> {
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/stats.html`);
  try {
    type Local = { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } };
    const known = async () => 'skjemahjelp:policy-cache' in (await ext.evaluate(async () => (globalThis as unknown as Local).chrome.storage.local.get(null)));
    for (let i = 0; i < 3 && !(await until(known, 8000, 250)); i++) await ext.reload();
    return await known();
  } finally {
    await ext.close();
  }
}
