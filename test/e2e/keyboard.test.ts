import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, startServer, waitFor, type Browser, type FixtureServer } from './harness.ts';
import { ExtUi } from './ext-ui.ts';

/**
 * Keyboard only, in the real browser with the built extension: every step is a key press (no clicks, no
 * programmatic focus), the extension's UI is read through the content script's isolated world (ext-ui.ts,
 * works with closed shadow roots), and what a screen reader hears is read from the polite live region.
 */
const VAGUE = 'Pasienten kan ikke løfte tungt.';
const SPAN = 'kan ikke løfte tungt';

let server: FixtureServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  // A11Y_EXT may point at another build (e.g. one from before this work, to see these tests fail there).
  browser = await launch(process.env.A11Y_EXT ? { extensionPath: process.env.A11Y_EXT } : {});
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fixture page with a script of the page's own, first in <head>, that listens in the capture phase on window
 * like Nav's sykmelding app (Alt+N = «submit»), and records every key and input event the page gets.
 */
async function openWithPageListeners(file: string): Promise<{ page: Page; ui: ExtUi }> {
  const page = await browser.context.newPage();
  const url = `${server.url}/${file}?page-listeners`;
  await page.route(url, async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(
      /<head>/i,
      `<head><script>
        window.__seen = []; window.__submitted = 0;
        for (const t of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'])
          window.addEventListener(t, (e) => window.__seen.push(t + ':' + (e.key ?? e.inputType ?? '')), true);
        window.addEventListener('keydown', (e) => { if (e.altKey && (e.key === 'n' || e.key === 'N')) window.__submitted++; }, true);
      </script>`,
    );
    await route.fulfill({ response: res, body: html });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
  const ui = await ExtUi.attach(page, browser.extensionId);
  return { page, ui };
}

async function open(file: string): Promise<{ page: Page; ui: ExtUi }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${file}`);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
  return { page, ui: await ExtUi.attach(page, browser.extensionId) };
}

/** Presses Tab until the page element with this id has focus (keyboard only, bounded). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

const selection = (page: Page, sel: string) =>
  page.locator(sel).evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.selectionStart, el.selectionEnd, el.value] as const);

/** Page-world events recorded by the page's own capture listener, minus bare modifier presses. */
const seenKeys = (page: Page) => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.filter((k) => !/:(Control|Alt|Shift|Meta)$/.test(k)));
/** The focused element inside our UI shows a focus ring (outline). */
const ringOnFocused = (h: import('./ext-ui.ts').Helper) => {
  const a = h.active();
  if (!a || !h.inUi(a)) return false;
  const cs = getComputedStyle(a);
  return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
};
const clearSeen = (page: Page) => page.evaluate(() => ((window as unknown as { __seen: string[] }).__seen = []));

describe('keyboard only', () => {
  it('check → F8 (announced) → Ctrl+. menu → fix → Ctrl+Z, with the counts announced after a pause', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await tabTo(page, 'f-5-1');
      await page.keyboard.type(VAGUE);
      const field = page.locator('#f-5-1');
      expect(await waitFor(async () => (await field.getAttribute('data-skjemahjelp-issues')) === '1')).toBe(true);
      // The count is said once typing has paused.
      await ui.waitLive(/^1 problem i 5\.1\.$/);

      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      const [focused, s, e] = await selection(page, '#f-5-1');
      expect(focused).toBe(true);
      expect(VAGUE.slice(s!, e!)).toBe(SPAN);
      // F8 says the message and the words concerned.
      const said = await ui.waitLive(/Problem 1 av 1/);
      expect(said).toContain(`«${SPAN}»`);

      // Ctrl+. — focus goes into the fix menu at once, ↓/↑ move in it.
      await page.keyboard.press('Control+.');
      const first = await ui.until('focus in the fix menu', (h) => {
        const d = h.describe(h.active());
        return d?.inUi && d.role === 'menuitem' ? d : null;
      });
      expect(first.data['data-sh-fix']).toBe('0');
      expect(said).toContain(await ui.eval((h) => h.one('[data-sh-hover] .sh-msg')?.textContent ?? ''));
      await page.keyboard.press('ArrowDown');
      expect((await ui.focused())?.role).toBe('menuitem');
      expect((await ui.focused())?.data['data-sh-fix']).not.toBe('0');
      expect(await ui.eval(ringOnFocused), 'visible focus in the menu').toBe(true);
      await page.keyboard.press('End');
      expect((await ui.focused())?.data['data-sh-disable']).toBe('');
      await page.keyboard.press('Home');
      expect((await ui.focused())?.data['data-sh-fix']).toBe('0');
      await page.keyboard.press('Enter');

      // The fix is in, the caret sits in the template's first blank, and it is announced.
      await expect.poll(() => field.inputValue()).toContain('__');
      const [inField, caret, , value] = await selection(page, '#f-5-1');
      expect(inField).toBe(true);
      expect(value.slice(caret!, caret! + 2)).toBe('__');
      await ui.waitLive(/^Satt inn: .+Ctrl\+Z angrer\.$/);
      expect(await ui.count('[data-sh-hover]')).toBe(0);

      await page.keyboard.press('Control+z');
      await expect.poll(() => field.inputValue()).toBe(VAGUE);
    } finally {
      await page.close();
    }
  });

  it('the first Ctrl+. on a page focuses the fix menu; Escape closes it with the caret back where it was', async () => {
    for (const [file, sel] of [
      ['l40-semantic.html', '#f-5-1'],
      ['aev-contenteditable.html', '#ed-helse'],
    ] as const) {
      const { page, ui } = await open(file);
      try {
        await tabTo(page, sel.slice(1));
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Delete');
        await page.keyboard.type(VAGUE);
        await expect.poll(() => page.locator(sel).getAttribute('data-skjemahjelp-issues')).toBe('1');
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
        const caretBefore = await page.evaluate(() => {
          const s = getSelection()!;
          const el = document.activeElement as HTMLTextAreaElement;
          return 'selectionStart' in el ? el.selectionStart : s.focusOffset;
        });
        await page.keyboard.press('Control+.');
        const f = await ui.until('focus in the menu', (h) => {
          const d = h.describe(h.active());
          return d?.inUi && d.role === 'menuitem' ? d : null;
        });
        expect(f.inUi, file).toBe(true);
        // ArrowDown moves in the menu, not the caret in the field.
        await page.keyboard.press('ArrowDown');
        expect((await ui.focused())?.role).toBe('menuitem');
        await page.keyboard.press('Escape');
        await ui.waitGone('[data-sh-hover]');
        const after = await page.evaluate(() => {
          const s = getSelection()!;
          const el = document.activeElement as HTMLTextAreaElement;
          return [el.id, 'selectionStart' in el ? el.selectionStart : s.focusOffset] as const;
        });
        expect(after, file).toEqual([sel.slice(1), caretBefore]);
      } finally {
        await page.close();
      }
    }
  });

  it("the keys the extension handles never reach the page's capture-phase window listeners (Alt+N «submit» included)", async () => {
    const { page, ui } = await openWithPageListeners('l40-semantic.html');
    try {
      await tabTo(page, 'f-5-1');
      await page.keyboard.type('Kan ikke løfte tungt.');
      await expect.poll(() => page.locator('#f-5-1').getAttribute('data-skjemahjelp-issues')).not.toBe('0');
      // The page does see what is typed into its own field.
      expect((await seenKeys(page)).length).toBeGreaterThan(0);
      await clearSeen(page);

      await page.keyboard.press('F8');
      await page.keyboard.press('Shift+F8');
      await page.keyboard.press('Control+.');
      await ui.until('menu focused', (h) => h.describe(h.active())?.role === 'menuitem');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+Shift+P');
      await ui.until('panel focused', (h) => !!h.active()?.closest('[data-sh-panel]'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      const inField = await seenKeys(page);
      // Tab between the page's fields is the page's business.
      await tabTo(page, 'f-5-3');
      await clearSeen(page);
      await page.keyboard.press('Alt+Shift+H');
      await ui.until('hint card focused', (h) => !!h.active()?.closest('[data-sh-card]'));
      // Into the palette from the hint card's «Slå opp yrke», by Tab and Enter.
      for (let i = 0; i < 10 && !(await ui.eval((h) => h.active()?.hasAttribute('data-sh-open-palette'))); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator('skjemahjelp-palette').waitFor({ state: 'attached' });
      await page.keyboard.type('butikkmedarbeider');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Alt+n');
      await page.keyboard.press('Escape');
      await page.locator('skjemahjelp-palette').waitFor({ state: 'detached' });

      expect(inField).toEqual([]);
      expect(await seenKeys(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __submitted: number }).__submitted)).toBe(0);
      // Control: outside our UI and our keys, the page's own shortcut still works.
      await page.keyboard.press('Alt+n');
      expect(await page.evaluate(() => (window as unknown as { __submitted: number }).__submitted)).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('palette → insert, keyboard only: Alt+Shift+H, Tab to «Slå opp yrke», search, ↓, Enter, Ctrl+Z', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await tabTo(page, 'f-5-3');
      await page.keyboard.type('Butikk.');
      await page.keyboard.press('Alt+Shift+H');
      const card = await ui.until('hint card focused', (h) => h.describe(h.active()));
      expect(card.role).toBe('dialog');
      for (let i = 0; i < 10 && !(await ui.eval((h) => h.active()?.hasAttribute('data-sh-open-palette'))); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const search = await ui.until('palette search focused', (h) => {
        const d = h.describe(h.active());
        return d?.data['data-pl-search'] !== undefined ? d : null;
      });
      expect(search.role).toBe('combobox');
      await page.keyboard.type('butikkmedarbeider');
      await ui.until('a hit for 5223', (h) => !!h.one('[role=option][data-code="5223"]'), undefined, 10_000);
      for (let i = 0; i < 10 && (await ui.attr('[role=option][aria-selected=true]', 'data-code')) !== '5223'; i++) await page.keyboard.press('ArrowDown');
      await ui.until('insert enabled', (h) => !(h.one('[data-pl-insert]') as HTMLButtonElement | null)?.disabled, undefined, 10_000);
      await page.keyboard.press('Enter');
      const f53 = page.locator('#f-5-3');
      await expect.poll(() => f53.inputValue()).toMatch(/^Butikk\.\n\nAktuelt yrke: .*\(STYRK-08 5223\)/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-5-3');
      await page.keyboard.press('Control+z');
      await expect.poll(() => f53.inputValue()).toBe('Butikk.');
    } finally {
      await page.close();
    }
  });

  it('Alt+Shift+P reaches the problems list and the Huskeliste; Enter selects, Escape returns with the caret', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await tabTo(page, 'f-5-1');
      await page.keyboard.type('Kan ikke løfte tungt og kan ikke stå lenge. Kan gå 2 km. Varig.');
      await expect.poll(() => page.locator('#f-5-1').getAttribute('data-skjemahjelp-issues')).toBe('2');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+Shift+P');
      const first = await ui.until('first problem focused', (h) => {
        const a = h.active();
        return a?.matches('[data-sh-problem]') ? { text: a.textContent, list: !!a.closest('ul'), item: !!a.closest('li') } : null;
      });
      expect(first.list && first.item).toBe(true);
      // A proper list: the screen reader gets list semantics with a name.
      expect(await ui.eval((h) => h.one('[data-sh-panel] ul.sh-problems')?.getAttribute('aria-labelledby'))).toBeTruthy();
      expect(await ui.eval(ringOnFocused), 'visible focus in the problems list').toBe(true);
      await page.keyboard.press('ArrowDown');
      const second = await ui.eval((h) => h.active()?.textContent ?? '');
      expect(second).not.toBe(first.text);
      expect(second).toContain('stå lenge');
      // Tab goes on to the Huskeliste (one stop per list).
      await page.keyboard.press('Tab');
      expect(await ui.eval((h) => !!h.active()?.closest('[data-sh-check]'))).toBe(true);
      expect(await ui.eval(ringOnFocused), 'visible focus in the Huskeliste').toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await ui.eval((h) => h.active()?.closest('[data-sh-check]')?.getAttribute('data-sh-check'))).toBeTruthy();
      // Escape: back in the field, caret where it was (start), and the panel folds again.
      await page.keyboard.press('Escape');
      expect(await selection(page, '#f-5-1').then((s) => s.slice(0, 3))).toEqual([true, 0, 0]);
      expect(await ui.attr('[data-sh-panel] .sh-panel-head', 'aria-expanded')).toBe('false');

      // Enter on a problem selects its words in the field.
      await page.keyboard.press('Alt+Shift+P');
      await ui.until('problem focused', (h) => !!h.active()?.matches('[data-sh-problem]'));
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const [inField, s, e, v] = await selection(page, '#f-5-1');
      expect(inField).toBe(true);
      expect(v.slice(s!, e!)).toBe('kan ikke stå lenge');
    } finally {
      await page.close();
    }
  });

  it('hint card by Alt+Shift+H: focus order inside, Tab from its end back to the field, Escape closes', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await tabTo(page, 'f-5-1');
      await page.keyboard.type('Kan gå 500 meter.');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Alt+Shift+H');
      expect((await ui.until('card focused', (h) => h.describe(h.active())))?.data['data-sh-card']).toBe('');
      // Every stop in the card, in order, each visibly focused (an outline or a box shadow).
      const stops: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const d = await ui.eval((h) => {
          const a = h.active();
          if (!a || !h.inUi(a)) return null;
          const cs = getComputedStyle(a);
          return { name: (a.getAttribute('aria-label') ?? a.textContent ?? '').trim(), ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 };
        });
        if (!d) break;
        expect(d.ring, `visible focus on «${d.name}»`).toBe(true);
        stops.push(d.name);
      }
      expect(stops.slice(0, 3)).toEqual(['Fold sammen (huskes)', 'Lukk', 'Mer']);
      // Past the last stop: back in the field with the caret where it was.
      expect(await selection(page, '#f-5-1').then((s) => s.slice(0, 3))).toEqual([true, 16, 16]);
      await page.keyboard.press('Alt+Shift+H');
      await ui.until('card focused', (h) => !!h.active()?.closest('[data-sh-card]'));
      await page.keyboard.press('Escape');
      await ui.waitGone('[data-sh-card]');
      expect(await selection(page, '#f-5-1').then((s) => s.slice(0, 3))).toEqual([true, 16, 16]);
    } finally {
      await page.close();
    }
  });

  it('nothing traps focus: Tab from the last field goes through our UI and out of the page', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await tabTo(page, 'f-11-4');
      await page.keyboard.type('Ingen merknader.');
      const where: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const w = await ui.eval((h) => {
          const a = h.active();
          return !a || a === document.body ? 'outside' : h.inUi(a) ? 'ui' : 'page';
        });
        where.push(w);
        if (w === 'outside') break;
      }
      expect(where).toContain('outside');
    } finally {
      await page.close();
    }
  });

  it("announces a field's count once after a burst of typing, never per keystroke, and leaves the page DOM alone", async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await tabTo(page, 'f-5-1');
      await ui.eval((h) => {
        const w = globalThis as unknown as { __said: string[] };
        w.__said = [];
        new MutationObserver(() => {
          const t = h.one('[data-sh-live]')?.textContent ?? '';
          if (t) w.__said.push(t);
        }).observe(h.one('[data-sh-live]')!, { childList: true, subtree: true, characterData: true });
      });
      // Counts change mid-way (0 → 1 → 2) while the typing goes on without a pause.
      await page.keyboard.type('Kan ikke løfte tungt og kan ikke stå lenge. Kan gå 2 km. Varig.');
      await expect.poll(() => page.locator('#f-5-1').getAttribute('data-skjemahjelp-issues')).toBe('2');
      await ui.waitLive(/^2 problemer i 5\.1\.$/);
      expect(await ui.eval(() => (globalThis as unknown as { __said: string[] }).__said)).toEqual(['2 problemer i 5.1.']);

      // F8 and its announcement change nothing in the page's DOM.
      await page.evaluate(() => {
        const w = window as unknown as { __mut: number };
        w.__mut = 0;
        new MutationObserver((m) => (w.__mut += m.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      const said = await ui.waitLive(/Problem \d+ av \d+/);
      expect(said).toContain('løfte tungt');
      expect(await page.evaluate(() => (window as unknown as { __mut: number }).__mut)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
