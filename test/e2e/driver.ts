/**
 * MINIMAL STAND-IN. The browser-neutral e2e driver is built on branch `platform` (test/e2e/driver.ts there);
 * this file only provides the part of its interface that test/e2e/editors.test.ts uses, with the same names
 * and signatures, so the editor body runs on this branch too. When the branches are merged, the platform
 * version replaces this file as a whole.
 *
 * Chromium: playwright-core with the system Chromium and the built extension (harness.launch).
 * Firefox: puppeteer-core 24 over WebDriver BiDi with Debian's firefox-esr, the built extension installed as a
 * temporary add-on (engineering note 9).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame as PwFrame, JSHandle as PwJSHandle, Page as PwPage } from 'playwright-core';
import type { Browser as PpBrowser, Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { launch as launchChromiumHarness, ROOT, startServer, type FixtureServer } from './harness.ts';

export { ROOT, startServer, type FixtureServer };
export const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type BrowserName = 'chromium' | 'firefox';

/** The browsers to run, from E2E_BROWSERS (comma-separated; default both). */
export function browsersToRun(): BrowserName[] {
  const want = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
  for (const w of want) if (w !== 'chromium' && w !== 'firefox') throw new Error(`E2E_BROWSERS: unknown browser «${w}»`);
  return want as BrowserName[];
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until fn returns a truthy value or the time is up; returns the last value. */
export async function until<T>(fn: () => Promise<T> | T, timeoutMs = 5000, stepMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await fn();
  while (!last && Date.now() < end) {
    await sleep(stepMs);
    last = await fn();
  }
  return last;
}

/** One element, found when used: CSS in the document and in every open shadow root. */
export interface Element {
  readonly selector: string;
  click(): Promise<void>;
}

/** A document: the top page or a frame inside it. */
export interface Target {
  $(selector: string): Element;
  evaluate<R, A = undefined>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R>;
  waitForFunction(fn: string | (() => unknown), timeoutMs?: number): Promise<void>;
}

export interface Page extends Target {
  goto(url: string): Promise<void>;
  /** The document inside the iframe matching selector (waits for it). */
  frame(selector: string): Promise<Target>;
  keyboard: {
    type(text: string): Promise<void>;
    /** One key or a chord such as 'Control+a', 'Control+.'. */
    press(chord: string): Promise<void>;
  };
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
}

/** Both libraries' frames evaluate strings and return element handles with click(). */
interface AnyFrame {
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  evaluateHandle(fn: string): Promise<PwJSHandle | import('puppeteer-core').JSHandle>;
}

const DEEP = `(function (sel) {
  function find(root) {
    var hit = root.querySelector(sel);
    if (hit) return hit;
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) if (all[i].shadowRoot) { var h = find(all[i].shadowRoot); if (h) return h; }
    return null;
  }
  return find(document);
})`;

class FrameTarget implements Target {
  constructor(protected readonly nativeFrame: () => AnyFrame) {}

  $(selector: string): Element {
    const frame = this.nativeFrame;
    return {
      selector,
      async click() {
        const found = await until(() => frame().evaluate(`!!${DEEP}(${JSON.stringify(selector)})`), 5000);
        if (!found) throw new Error(`${selector}: not attached`);
        const handle = await frame().evaluateHandle(`${DEEP}(${JSON.stringify(selector)})`);
        const el = handle.asElement() as unknown as { click(): Promise<void> } | null;
        if (!el) throw new Error(`${selector}: not an element`);
        try {
          await el.click();
        } finally {
          await handle.dispose();
        }
      },
    };
  }

  async evaluate<R, A>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R> {
    return (await this.nativeFrame().evaluate(fn, arg)) as R;
  }

  async waitForFunction(fn: string | (() => unknown), timeoutMs = 10_000): Promise<void> {
    const expr = typeof fn === 'string' ? fn : `(${fn.toString()})()`;
    const ok = await until(() => this.nativeFrame().evaluate(`(function () { try { return !!(${expr}); } catch (e) { return false; } })()`).catch(() => false), timeoutMs);
    if (!ok) throw new Error(`waitForFunction timed out after ${timeoutMs} ms: ${String(fn).slice(0, 120)}`);
  }
}

function parseChord(chord: string): { modifiers: string[]; key: string } {
  if (chord.length === 1) return { modifiers: [], key: chord };
  const parts = chord.split('+');
  return { key: parts.pop() || '+', modifiers: parts.filter(Boolean) };
}

async function launchChromium(opts: LaunchOptions): Promise<E2EBrowser> {
  const b = await launchChromiumHarness({ headless: opts.headless });
  return {
    name: 'chromium',
    async newPage() {
      const page: PwPage = await b.context.newPage();
      const t = new FrameTarget(() => page.mainFrame() as unknown as AnyFrame);
      return Object.assign(t, {
        goto: async (url: string) => void (await page.goto(url)),
        async frame(selector: string) {
          const handle = await page.waitForSelector(selector, { state: 'attached' });
          const f = await until(() => handle.contentFrame(), 5000);
          if (!f) throw new Error(`no frame in ${selector}`);
          return new FrameTarget(() => f as PwFrame as unknown as AnyFrame);
        },
        keyboard: { type: (text: string) => page.keyboard.type(text), press: (chord: string) => page.keyboard.press(chord) },
        close: () => page.close(),
      });
    },
    close: () => b.close(),
  };
}

async function launchFirefox(opts: LaunchOptions): Promise<E2EBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error(`Firefox extension not built at ${FIREFOX_EXTENSION} – run npm run build:firefox first`);
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: opts.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  return {
    name: 'firefox',
    async newPage() {
      const page: PpPage = await browser.newPage();
      await page.bringToFront();
      const t = new FrameTarget(() => page.mainFrame() as unknown as AnyFrame);
      type Key = Parameters<PpPage['keyboard']['press']>[0];
      return Object.assign(t, {
        goto: async (url: string) => void (await page.goto(url)),
        async frame(selector: string) {
          const handle = await page.waitForSelector(selector, { timeout: 10_000 });
          const f = await until(() => handle!.contentFrame(), 5000);
          if (!f) throw new Error(`no frame in ${selector}`);
          return new FrameTarget(() => f as PpFrame as unknown as AnyFrame);
        },
        keyboard: {
          type: (text: string) => page.keyboard.type(text),
          async press(chord: string) {
            const { modifiers, key } = parseChord(chord);
            for (const m of modifiers) await page.keyboard.down(m as Key);
            try {
              await page.keyboard.press(key as Key);
            } finally {
              for (const m of modifiers.reverse()) await page.keyboard.up(m as Key);
            }
          },
        },
        close: () => page.close(),
      });
    },
    close: () => browser.close(),
  };
}

export function launchBrowser(name: BrowserName, opts: LaunchOptions = {}): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}
