/**
 * Chromium-only launcher with Playwright's own objects, for the browser benchmarks (bench/*) and the Chromium
 * accessibility tests (keyboard, a11y, display) that need Playwright's locators, zoom or CDP directly. Tests that
 * run in both browsers use the browser-neutral driver (driver.ts) and helpers (helpers.ts).
 */
import type { BrowserContext } from 'playwright-core';
import { CHROME_EXTENSION, CHROMIUM_PATH, launchChromium } from './driver.ts';

export { FIXTURES, ROOT, startServer, until as waitFor, type FixtureServer } from './driver.ts';
export { extensionUi } from './ui.ts';
export const EXTENSION = CHROME_EXTENSION;
export const CHROMIUM = CHROMIUM_PATH;

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches the system Chromium with the built extension loaded (Playwright persistent context). */
export async function launch(opts: { headless?: boolean; extensionPath?: string } = {}): Promise<Browser> {
  const b = await launchChromium({ headless: opts.headless, extensionPath: opts.extensionPath });
  if (b.native.kind !== 'playwright' || !b.native.extensionId) throw new Error('Chromium with the extension expected');
  return {
    context: b.native.context,
    extensionId: b.native.extensionId,
    close: () => b.close(),
  };
}

/** The form the extension recognised in a document (data-skjemahjelp-form), or null. */
export function formOf(target: import('playwright-core').Page | import('playwright-core').Frame): Promise<string | null> {
  return target.evaluate(() => document.documentElement.getAttribute('data-skjemahjelp-form'));
}
