import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUi, launch, openPanel, startServer, waitFor, type Browser, type FixtureServer } from './harness.ts';

/**
 * The checks in the real browser: underlines where the words are, the hover card and its quick fixes,
 * inserts that React registers and Ctrl+Z undoes, the contenteditable path, the problems panel and F8.
 */
const VAGUE = 'Pasienten kan ikke løfte tungt.';
const SPAN = 'kan ikke løfte tungt';

let server: FixtureServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The extension's UI in a page (closed shadow roots, reached through CDP: test/e2e/ui.ts). */
const ui = (page: Page) => extensionUi(page, browser.extensionId);

async function open(file: string, ready?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${file}`);
  if (ready) await page.waitForFunction(ready, null, { timeout: 10_000 });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
  return page;
}

/** Moves the caret back into «tungt» and opens the fixes with Ctrl+. — the hover card for the problem. */
async function openFixesInsideSpan(page: Page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+.');
  const hover = ui(page).locator('[data-sh-hover="vague-quantity"]');
  await hover.waitFor({ state: 'visible' });
  return hover;
}

/** Where the span should be drawn, measured independently with canvas text metrics and the field's styles. */
async function expectedSpanBox(page: Page, selector: string, prefix: string, span: string) {
  return page.evaluate(
    ([sel, pre, sp]) => {
      const el = document.querySelector(sel) as HTMLTextAreaElement;
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const r = el.getBoundingClientRect();
      const left = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + ctx.measureText(pre!).width;
      return { left, width: ctx.measureText(sp!).width, top: r.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop) };
    },
    [selector, prefix, span] as const,
  );
}

describe('checks on a textarea (semantic L40)', () => {
  it('underlines exactly the vague words, counts the issue, and the quick fix can be undone', async () => {
    const page = await open('l40-semantic.html');
    try {
      const field = page.locator('#f-5-1');
      await field.click();
      await field.fill('');
      await page.keyboard.type(VAGUE);
      expect(await waitFor(async () => (await field.getAttribute('data-skjemahjelp-issues')) === '1')).toBe(true);

      const u = ui(page);
      const line = u.locator('[data-sh-underline="vague-quantity"][data-field="l40.5.1"]');
      await line.first().waitFor({ state: 'attached' });
      const box = (await line.first().boundingBox())!;
      const want = await expectedSpanBox(page, '#f-5-1', VAGUE.slice(0, VAGUE.indexOf(SPAN)), SPAN);
      expect(Math.abs(box.x - want.left)).toBeLessThan(3);
      expect(Math.abs(box.width - want.width)).toBeLessThan(4);
      expect(box.y).toBeGreaterThan(want.top);

      // Hover the underline: the card explains and offers fixes.
      await page.mouse.move(box.x + box.width / 2, box.y - 4);
      const hover = u.locator('[data-sh-hover="vague-quantity"]');
      await hover.waitFor({ state: 'visible', timeout: 3000 });
      const hb = (await hover.boundingBox())!;
      expect(hb.y, 'hover card sits below the underlined line').toBeGreaterThan(box.y);
      await hover.locator('[data-sh-fix="0"]').click();

      const after = await field.inputValue();
      expect(after).not.toBe(VAGUE);
      expect(after).toContain('__');
      const caret = await field.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
      expect(after.slice(caret!, caret! + 2)).toBe('__');
      expect(await waitFor(async () => (await field.getAttribute('data-skjemahjelp-issues')) === '0')).toBe(true);

      await page.keyboard.press('Control+z');
      expect(await waitFor(async () => (await field.inputValue()) === VAGUE)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('F8 selects the next problem, the problems panel lists it and clicking it selects the span', async () => {
    const page = await open('l40-semantic.html');
    try {
      const field = page.locator('#f-5-1');
      await field.click();
      await field.fill('');
      await page.keyboard.type(VAGUE);
      await page.keyboard.press('Home');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      const sel = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
      expect(VAGUE.slice(sel[0]!, sel[1]!)).toBe(SPAN);

      const u = ui(page);
      await openPanel(u);
      const item = u.locator('[data-sh-problem="vague-quantity"][data-field="l40.5.1"]');
      await item.waitFor({ state: 'visible' });
      await field.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
      await item.click();
      const sel2 = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
      expect(VAGUE.slice(sel2[0]!, sel2[1]!)).toBe(SPAN);
      // The Huskeliste follows the text: a vague description ticks nothing, a measured one ticks
      // «function with measures» and «what the patient can do».
      const done = (id: string) => u.locator(`[data-sh-check="${id}"]`).getAttribute('data-done');
      expect(await done('l40.funksjon-mal')).toBe('false');
      expect(await done('l40.kan')).toBe('false');
      await field.fill('');
      await field.click();
      await page.keyboard.type('Kan løfte inntil 5 kg fra gulv til bord, 10 ganger per dag. Kan gå 500 meter og sitte 30 minutter av gangen.');
      expect(await waitFor(async () => (await done('l40.funksjon-mal')) === 'true' && (await done('l40.kan')) === 'true')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('«Slå av regelen» removes the problem and is remembered on reload', async () => {
    const page = await open('l40-semantic.html');
    try {
      const field = page.locator('#f-5-1');
      await field.click();
      await field.fill('');
      await page.keyboard.type(VAGUE);
      const hover = await openFixesInsideSpan(page);
      await hover.getByRole('menuitem', { name: 'Slå av regelen' }).click();
      expect(await waitFor(async () => (await ui(page).locator('[data-sh-underline="vague-quantity"]').count()) === 0)).toBe(true);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
      await page.locator('#f-5-1').fill(VAGUE);
      await page.waitForTimeout(300);
      // Control: the overlay is up on the reloaded page (the hint card opened on focus), so a count of 0 means something.
      await page.locator('#f-5-1').click();
      await ui(page).locator('[data-sh-card]').waitFor({ state: 'visible' });
      expect(await ui(page).locator('[data-sh-underline="vague-quantity"]').count()).toBe(0);
    } finally {
      await page.close();
      const sw = browser.context.serviceWorkers()[0]!;
      await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('skjemahjelp:settings'));
    }
  });
});

describe('checks on React-controlled and contenteditable fields', () => {
  it('a quick fix in the React sykmelding is registered by React and undone by Ctrl+Z', async () => {
    const page = await open('l1-react.html');
    try {
      const sel = 'textarea[name="utdypende.uke8.pavirkerArbeidsevne"]';
      const field = page.locator(sel);
      await field.click();
      await page.keyboard.type(VAGUE);
      const id = await field.getAttribute('id');
      const stateLen = () => page.locator(`[data-state-for="${id}"]`).textContent();
      expect(await waitFor(async () => (await stateLen()) === String(VAGUE.length))).toBe(true);
      const hover = await openFixesInsideSpan(page);
      await hover.locator('[data-sh-fix="0"]').click();
      const value = await field.inputValue();
      expect(value).not.toBe(VAGUE);
      expect(await waitFor(async () => (await stateLen()) === String(value.length))).toBe(true);
      await page.keyboard.press('Control+z');
      expect(await waitFor(async () => (await field.inputValue()) === VAGUE)).toBe(true);
      expect(await waitFor(async () => (await stateLen()) === String(VAGUE.length))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('underlines a contenteditable AEV with the Highlight API and applies a fix there', async () => {
    const page = await open('aev-contenteditable.html');
    try {
      const ed = page.locator('#ed-helse');
      await ed.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await page.keyboard.type(VAGUE);
      expect(await waitFor(async () => (await ed.getAttribute('data-skjemahjelp-issues')) === '1')).toBe(true);
      // The highlight is registered for the page's document and covers exactly the span.
      const ranges = () =>
        page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('skjemahjelp-warning');
          return h ? [...h].map((r) => r.toString()) : [];
        });
      expect(await waitFor(async () => (await ranges()).includes(SPAN))).toBe(true);
      expect(await ranges()).toEqual([SPAN]);
      // The editor's own DOM is untouched: no spans were inserted.
      expect(await ed.evaluate((el) => el.querySelectorAll('span, mark').length)).toBe(0);

      const hover = await openFixesInsideSpan(page);
      await hover.locator('[data-sh-fix="0"]').click();
      const text = await ed.innerText();
      expect(text).toContain('__');
      await page.keyboard.press('Control+z');
      expect(await waitFor(async () => (await ed.innerText()).trim() === VAGUE)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('hint card', () => {
  it('opens on focus with the field guidance, can be switched off for the form and back on', async () => {
    const page = await open('l40-semantic.html');
    try {
      await page.locator('#f-5-3').click();
      const u = ui(page);
      const card = u.locator('[data-sh-card]');
      await card.waitFor({ state: 'visible' });
      expect(await card.textContent()).toContain('5.3');
      await card.getByRole('button', { name: /Ikke vis hjelpekort automatisk/ }).click();
      await card.waitFor({ state: 'detached' });
      // Another field of the same form: no card by itself, only the badge.
      await page.locator('#f-5-1').click();
      const badge = u.locator('[data-sh-badge]');
      await badge.waitFor({ state: 'visible' });
      expect(await badge.getAttribute('data-field')).toBe('l40.5.1');
      await page.waitForTimeout(300);
      expect(await card.count()).toBe(0);
      // The badge still opens it, and from there it can be switched back on.
      await badge.click();
      await card.waitFor({ state: 'visible' });
      await card.getByRole('button', { name: /Vis hjelpekort automatisk igjen/ }).click();
      await page.locator('#f-2-5').click();
      await card.waitFor({ state: 'visible' });
      expect(await card.textContent()).toContain('2.5');
    } finally {
      await page.close();
    }
  });
});
