import type { ElementHandle, Frame, JSHandle, Page } from 'playwright-core';
import type { Browser, FixtureServer } from '../harness.ts';
import type { EditorDriver, Surface } from './body.ts';

/** The shared editor body's driver for Chromium: playwright-core with the built extension (harness.launch). */
export function playwrightDriver(browser: Browser, server: FixtureServer): EditorDriver {
  let page: Page | null = null;
  const surface = (t: Page | Frame): Surface & { target: Page | Frame } => ({
    target: t,
    run: <T>(js: string) => t.evaluate(js) as Promise<T>,
  });
  return {
    async open(file, frame) {
      page = await browser.context.newPage();
      await page.goto(`${server.url}/${file}`);
      await page.waitForFunction('window.__fixtureReady', null, { timeout: 20_000 });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'), null, { timeout: 15_000 });
      const top = surface(page);
      if (!frame) return { top, editor: top };
      const f = await (await page.waitForSelector(frame)).contentFrame();
      if (!f) throw new Error(`no frame ${frame}`);
      return { top, editor: surface(f) };
    },
    press: (key) => page!.keyboard.press(key),
    type: (text) => page!.keyboard.type(text),
    async click(s, selector) {
      const t = (s as Surface & { target: Page | Frame }).target;
      const handle: JSHandle = await t.evaluateHandle(`window.__sht.deep(${JSON.stringify(selector)})`);
      const el = handle.asElement() as ElementHandle | null;
      if (!el) throw new Error(`nothing matches ${selector}`);
      await el.click();
    },
    async close() {
      await page?.close();
      page = null;
    },
  };
}
