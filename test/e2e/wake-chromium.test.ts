/**
 * Chromium only: the action popup on a page where the recogniser never loaded (stage 0 only, lib/wake/stage0.ts).
 * Stage 0 hears no message, so the popup injects the recogniser into the tab (lib/wake/inject.ts) under
 * `activeTab`, which the browser grants when the user clicks the toolbar button. A test cannot click the toolbar,
 * so it does what the click does over CDP (`Extensions.triggerAction`, which needs --enable-unsafe-extension-debugging
 * and a pipe connection, as Playwright uses): the real popup opens and the grant is made. The popup's own window
 * cannot be driven from Playwright, so its page (popup.html?tab=…, as sites.test.ts opens it) is then opened beside
 * it and works under the same grant — and, as the control, shows nothing before the grant. Firefox's WebDriver
 * BiDi cannot open moz-extension:// pages at all (README).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formOf, launch, startServer, waitFor, type Browser, type FixtureServer } from './harness.ts';
import { driverPageOf } from './driver.ts';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

let server: FixtureServer;
let b: Browser;
beforeAll(async () => {
  server = await startServer();
  b = await launch({ args: ['--enable-unsafe-extension-debugging'] });
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const loadedRecogniser = (urls: string[]) => urls.some((u) => /^chrome-extension:\/\/[^/]+\/recogniser\.js$/.test(u));

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const sw = b.context.serviceWorkers()[0]!;
  const id = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/** What a click on the toolbar button does: the real popup opens for the page's tab and activeTab is granted. */
async function clickToolbarButton(page: Page): Promise<void> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}

async function openPopupPage(page: Page): Promise<Page> {
  const id = await tabIdOf(page);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${id}`);
  await popup.locator('[data-popup-status], [data-popup-unavailable]').first().waitFor({ timeout: 8000 });
  return popup;
}

describe('the popup where the recogniser never loaded [chromium]', () => {
  it('answers the status question and starts «Pek ut felt» once the toolbar button grants the tab', async () => {
    const page = await b.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/contact.html`);
    await page.waitForTimeout(1200);
    expect(loadedRecogniser(requests)).toBe(false);

    // Control: without the grant the popup cannot reach the page (only stage 0 runs there, and it listens to nothing).
    let popup = await openPopupPage(page);
    expect(await popup.locator('[data-popup-unavailable]').count()).toBe(1);
    await popup.close();

    await clickToolbarButton(page);
    popup = await openPopupPage(page);
    await popup.locator('[data-popup-status]').waitFor({ timeout: 8000 });
    expect(await popup.getAttribute('[data-popup-form]', 'data-popup-form')).toBe('none');
    expect(await popup.locator('[data-popup-origin]').innerText()).toContain('127.0.0.1');
    expect(await popup.isDisabled('[data-popup-pick]')).toBe(false);
    // Injected, not imported by stage 0: no page request for it, and the page still shows no form.
    expect(loadedRecogniser(requests)).toBe(false);
    expect(await formOf(page)).toBeNull();

    // «Pek ut felt»: the picker comes up on the page.
    await popup.click('[data-popup-pick]');
    // (The popup's handler wakes the tab, then sends the message: closing the popup first could lose it under load.)
    await driverPageOf(page).$('[data-tp-bar]').waitFor('attached', 15_000);
    await popup.close();
    await page.bringToFront();
    await driverPageOf(page).$('[data-tp-bar]').waitFor('visible', 8000);
    await page.keyboard.press('Escape');
    expect(await waitFor(async () => (await driverPageOf(page).$('[data-tp-bar]').count()) === 0, 5000)).toBe(true);
    await page.close();
  });
});
