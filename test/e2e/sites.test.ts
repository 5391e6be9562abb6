/**
 * Teaching the extension a page it does not know, in the built extension in the system Chromium: «Pek ut felt»
 * from the action popup (mouse and keyboard), the rule surviving reload and re-render, export → remove → import,
 * a broken file refused with its line, the site switched off and on, and an organisation's managed policy written
 * to Chromium's policy folder (CI runs as root) in force and read-only.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION, formOf, launch, startServer, waitFor, type Browser, type FixtureServer } from './harness.ts';
import { driverPageOf } from './driver.ts';

// Evaluated in the extension's service worker.
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; storage: { local: { get(k: null): Promise<unknown> } } };

const PAGE = 'epj-dialekt-koder.html';
/** An element of «Pek ut felt», which lives in a closed shadow root the page (and Playwright's locators) cannot reach. */
const tp = (page: Page, selector: string) => driverPageOf(page).$(selector);
const row = (code: string) => `[data-row="${code}"]`;

async function fieldsOf(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => {
    const out: Record<string, string | null> = {};
    for (const el of document.querySelectorAll('[data-row]')) out[el.getAttribute('data-row')!] = el.getAttribute('data-skjemahjelp-field');
    return out;
  });
}

async function tabIdOf(b: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  const sw = b.context.serviceWorkers()[0]!;
  const id = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/** The action popup for the page's tab (opened as a page: a test cannot click the toolbar button). */
async function openPopup(b: Browser, page: Page): Promise<Page> {
  const id = await tabIdOf(b, page);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${id}`);
  await popup.locator('[data-popup-status], [data-popup-unavailable]').first().waitFor({ timeout: 8000 });
  return popup;
}

async function startPicking(b: Browser, page: Page): Promise<void> {
  const popup = await openPopup(b, page);
  await popup.click('[data-popup-pick]');
  // The popup's handler wakes the tab and then sends the message; closing the popup before that is done (as this
  // test did, where a real popup closes itself only at the end) lost the message under load.
  await tp(page, '[data-tp-bar]').waitFor('attached', 15_000);
  await popup.close();
  await page.bringToFront();
  await tp(page, '[data-tp-bar]').waitFor('visible', 8000);
}

/** Picks a field by mouse and waits until the search box has focus: keys typed before that would go nowhere. */
async function pickByMouse(page: Page, code: string): Promise<void> {
  await page.click(row(code));
  await tp(page, '[data-tp-chooser]').waitFor();
  await expect.poll(() => tp(page, '#tp-search').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement?.id)).toBe('tp-search');
}

let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('teaching a page nobody recognises', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
    expect(b.backgroundRequests()).toEqual([]);
  });

  it('points at fields by mouse and keyboard; the rules apply at once, survive reload and re-render, and never hold typed text', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.url}/${PAGE}`);
    await page.waitForFunction(() => (window as unknown as { __renders?: number }).__renders === 1);
    await page.waitForTimeout(600);
    expect(await formOf(page)).toBeNull();
    // Text typed before teaching must never end up in a rule.
    await page.fill(row('FB51'), 'Ola Nordmann løfter tunge kasser');

    // 1. Mouse: click the field, search the list, Enter. A click the page makes up picks nothing.
    await startPicking(b, page);
    await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      for (const type of ['mousedown', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    }, row('FB51'));
    await page.waitForTimeout(300);
    expect(await tp(page, '[data-tp-chooser]').count()).toBe(0);
    await pickByMouse(page, 'FB51');
    await page.keyboard.type('funksjonsevnen nedsatt');
    await expect.poll(() => tp(page, '[data-tp-option]').attr('data-tp-option')).toBe('l40.5.1');
    await page.keyboard.press('Enter');
    await tp(page, '[data-tp-result="done"]').waitFor();
    expect(await waitFor(async () => (await fieldsOf(page)).FB51 === 'l40.5.1', 5000)).toBe(true);
    expect(await formOf(page)).toBe('l40');
    await tp(page, '[data-tp-result] button').click();

    // 2. Keyboard only: arrows to the third field, Enter, type a number, arrow down to the option, Enter.
    await startPicking(b, page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => tp(page, '[data-tp-announce]').innerText()).toMatch(/^Felt 3 av 4: ig561/);
    await page.keyboard.press('Enter');
    await tp(page, '[data-tp-chooser]').waitFor();
    // Tab stays in the list dialog: search box → «Tilbake» → «Avbryt» → search box.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await tp(page, '#tp-search').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement?.id)).toBe('tp-search');
    // The page sees the host but not into it: nothing of the list, the search box or the buttons.
    expect(await page.evaluate(() => [!!document.querySelector('skjemahjelp-teach'), document.querySelector('skjemahjelp-teach')?.shadowRoot ?? null])).toEqual(
      [true, null],
    );
    await page.keyboard.type('5.6.1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await tp(page, '[data-tp-result="done"]').waitFor();
    await expect.poll(() => tp(page, '[data-tp-result] button').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.press('Enter'); // «Lukk» has focus
    await tp(page, '[data-tp-result]').waitFor('detached');

    // 3. A field that is no form field, and the job description (clicking an option).
    await startPicking(b, page);
    await pickByMouse(page, 'NOT');
    await page.keyboard.type('ikke et skjemafelt');
    await page.keyboard.press('Enter');
    await tp(page, '[data-tp-result="done"]').waitFor();
    await tp(page, '[data-tp-result] button').click();
    await startPicking(b, page);
    await pickByMouse(page, 'AK53');
    await page.keyboard.type('type arbeid krav');
    await tp(page, '[data-tp-option="l40.5.3"]').click();
    await tp(page, '[data-tp-result="done"]').waitFor();

    const want = { FB51: 'l40.5.1', AK53: 'l40.5.3', IG561: 'l40.5.6.1', NOT: null };
    expect(await waitFor(async () => JSON.stringify(await fieldsOf(page)) === JSON.stringify(want), 5000)).toBe(true);
    // The overlay runs on the taught fields: checks count problems as the user types.
    await page.click(row('IG561'));
    await page.keyboard.type('Kan ikke løfte tungt.');
    await expect.poll(() => page.getAttribute(row('IG561'), 'data-skjemahjelp-issues')).toMatch(/^[1-9]/);

    const stored = await b.context.serviceWorkers()[0]!.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).not.toMatch(/nordmann|kasser|tungt/i);

    // Reload: the rules are still in force.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __renders?: number }).__renders === 1);
    expect(await waitFor(async () => JSON.stringify(await fieldsOf(page)) === JSON.stringify(want), 8000)).toBe(true);
    // Re-render: new elements with new ids, found again.
    const before = await page.getAttribute(row('FB51'), 'id');
    await page.click('#last');
    expect(await page.getAttribute(row('FB51'), 'id')).not.toBe(before);
    expect(await waitFor(async () => JSON.stringify(await fieldsOf(page)) === JSON.stringify(want), 5000)).toBe(true);

    // The popup tells what was recognised and which rules are in force.
    const popup = await openPopup(b, page);
    expect(await popup.getAttribute('[data-popup-status] [data-popup-form]', 'data-popup-form')).toBe('l40');
    expect(await popup.getAttribute('[data-popup-fields]', 'data-popup-fields')).toBe('3');
    expect(await popup.getAttribute('[data-popup-rules]', 'data-popup-rules')).toBe('4');
    await popup.close();
    await page.close();
  });

  it('exports the rules, removes them, imports them again, and refuses a broken file with its line', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.url}/${PAGE}`);
    expect(await waitFor(async () => (await fieldsOf(page)).FB51 === 'l40.5.1', 8000)).toBe(true);
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('[data-sites-table]').waitFor();
    expect(await options.locator('[data-sites-table] tbody tr').count()).toBe(4);

    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-sites-export]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'skjemahjelp-sideregler', version: 1 });
    expect(file.rules).toHaveLength(4);
    expect(text).not.toMatch(/nordmann|kasser|tungt/i);

    // Remove every rule: the page is unknown again, at once.
    while ((await options.locator('[data-sites-remove]').count()) > 0) {
      const n = await options.locator('[data-sites-remove]').count();
      await options.locator('[data-sites-remove]').first().click();
      await expect.poll(() => options.locator('[data-sites-remove]').count()).toBe(n - 1);
    }
    await options.locator('[data-sites-empty]').waitFor();
    expect(await waitFor(async () => (await formOf(page)) === null && (await fieldsOf(page)).FB51 === null, 5000)).toBe(true);

    // A broken file: a Norwegian error naming the line, nothing imported.
    const broken = text.replace('"l40.5.3"', '"l40.5.33"');
    const badLine = broken.split('\n').findIndex((l) => l.includes('l40.5.33')) + 1;
    await options.setInputFiles('[data-sites-file]', { name: 'sideregler.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect.poll(() => options.getAttribute('[data-sites-status]', 'data-sites-status')).toBe('error');
    expect(await options.locator('[data-sites-status]').innerText()).toMatch(new RegExp(`linje ${badLine}.*ukjent skjemafelt.*Ingenting er endret`));
    expect(await options.locator('[data-sites-empty]').count()).toBe(1);

    // The exported file: everything back, and the page is taught again.
    await options.setInputFiles('[data-sites-file]', { name: 'sideregler.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => options.locator('[data-sites-status]').innerText()).toMatch(/Importert: 4 nye/);
    // The table follows the stored rules (storage.onChanged), a moment after the status line.
    await expect.poll(() => options.locator('[data-sites-table] tbody tr[data-source="imported"]').count()).toBe(4);
    expect(await waitFor(async () => (await fieldsOf(page)).IG561 === 'l40.5.6.1' && (await formOf(page)) === 'l40', 5000)).toBe(true);
    await options.close();
    await page.close();
  });

  it('switches the extension off and on for the site from the popup, remembered', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.url}/l40-semantic.html`);
    expect(await waitFor(async () => (await formOf(page)) === 'l40', 8000)).toBe(true);
    let popup = await openPopup(b, page);
    await popup.click('[data-popup-switch]');
    await expect.poll(() => popup.locator('[data-popup-msg]').innerText()).toMatch(/slått av/);
    expect(await waitFor(async () => (await formOf(page)) === null && (await page.locator('[data-skjemahjelp-field]').count()) === 0, 5000)).toBe(true);
    await popup.close();
    await page.reload();
    await page.waitForTimeout(800);
    expect(await formOf(page)).toBeNull();
    popup = await openPopup(b, page);
    expect(await popup.getAttribute('[data-popup-form]', 'data-popup-form')).toBe('off');
    expect(await popup.isChecked('[data-popup-switch]')).toBe(false);
    await popup.click('[data-popup-switch]');
    expect(await waitFor(async () => (await formOf(page)) === 'l40', 5000)).toBe(true);
    await popup.close();
    await page.close();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The organisation's policy: Chromium reads /etc/chromium/policies/managed/*.json at start-up (CI runs as root).

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/skjemahjelp-e2e-${process.pid}.json`;

function canWritePolicy(): boolean {
  if (process.env.CHROMIUM_PATH && process.env.CHROMIUM_PATH !== '/usr/bin/chromium') return false;
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Chromium's id for an unpacked extension: the first 32 hex digits of SHA-256 of its path, as letters a–p. */
function unpackedId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

describe.skipIf(!canWritePolicy())('a managed policy (Chromium policy folder)', () => {
  let b: Browser;
  /** Folders this test made (removed again, deepest first, when empty). */
  const created: string[] = [];
  const port = () => new URL(server.url).port;
  const epj = () => `http://epj.test:${port()}`;
  const off = () => `http://av.test:${port()}`;

  // A copy of the build at a path of its own, so the policy (keyed by the extension's id, which Chromium derives
  // from the path) reaches only this browser: every Chromium started while the file exists reads it, and e2e files
  // run two at a time.
  const copy = mkdtempSync(join(tmpdir(), 'skjemahjelp-policy-'));

  beforeAll(async () => {
    cpSync(EXTENSION, copy, { recursive: true });
    for (const dir of ['/etc/chromium', '/etc/chromium/policies', POLICY_DIR])
      if (!existsSync(dir)) {
        mkdirSync(dir);
        created.unshift(dir);
      }
    const rule = (id: string, code: string, field: string, index: number) => ({
      id,
      kind: 'field',
      origin: epj(),
      path: '/*',
      field,
      target: { tag: 'textarea', label: [code.toLowerCase()], index, count: 4 },
      createdAt: '2026-11-30T10:00:00.000Z',
    });
    const policy = {
      siteRules: [rule('r-org1', 'FB51', 'l40.5.1', 0), rule('r-org2', 'AK53', 'l40.5.3', 1), rule('r-org3', 'NOT', '', 3)],
      sitesOff: [off()],
      disabledRules: ['jargon'],
    };
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [unpackedId(copy)]: policy } } }));
    b = await launch({ extensionPath: copy, args: ['--host-resolver-rules=MAP *.test 127.0.0.1'] });
    expect(b.extensionId).toBe(unpackedId(copy));
  });

  afterAll(async () => {
    await b?.close();
    rmSync(POLICY_FILE, { force: true });
    rmSync(copy, { recursive: true, force: true });
    for (const dir of created) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  });

  it("applies the organisation's rules, shows them as such, and the user cannot change them", async () => {
    const page = await b.context.newPage();
    await page.goto(`${epj()}/${PAGE}`);
    expect(await waitFor(async () => (await fieldsOf(page)).FB51 === 'l40.5.1' && (await fieldsOf(page)).AK53 === 'l40.5.3', 10_000)).toBe(true);
    expect(await formOf(page)).toBe('l40');
    expect((await fieldsOf(page)).NOT).toBeNull();

    const popup = await openPopup(b, page);
    expect(await popup.locator('[data-popup-rules]').innerText()).toMatch(/3 \(3 fra virksomheten\)/);
    await popup.close();

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('[data-sites-table]').waitFor();
    const managed = options.locator('[data-sites-table] tbody tr[data-source="managed"]');
    expect(await managed.count()).toBe(3);
    expect(await managed.locator('button').count()).toBe(0);
    expect(await managed.first().innerText()).toMatch(/Virksomheten \(kan ikke endres\)/);
    expect(await options.locator('[data-sites-locked-checks]').innerText()).toMatch(/jargon/);
    expect(await options.locator(`[data-off-origin="${off()}"]`).innerText()).toMatch(/virksomheten/);
    expect(await options.locator(`[data-off-origin="${off()}"] button`).count()).toBe(0);
    await options.close();
    await page.close();
  });

  it('keeps the extension off where the organisation switched it off, and the switch is locked', async () => {
    const page = await b.context.newPage();
    await page.goto(`${off()}/l40-semantic.html`);
    await page.waitForTimeout(1000);
    expect(await formOf(page)).toBeNull();
    expect(await page.locator('[data-skjemahjelp-field]').count()).toBe(0);
    const popup = await openPopup(b, page);
    expect(await popup.getAttribute('[data-popup-form]', 'data-popup-form')).toBe('off');
    expect(await popup.isDisabled('[data-popup-switch]')).toBe(true);
    expect(await popup.locator('[data-popup-locked]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
