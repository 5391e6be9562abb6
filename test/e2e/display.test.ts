import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, startServer, type Browser, type FixtureServer } from './harness.ts';
import { ExtUi, formatViolations } from './ext-ui.ts';

/**
 * The user's display settings, as far as Chromium can emulate them: 200 % zoom (the CSS viewport of a
 * 1280×900 window at 200 % is 640×450 — layout is the same, only device pixels differ), prefers-reduced-motion,
 * prefers-contrast: more and forced colours (Windows high contrast).
 */
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

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const inside = (a: Box, w: number, h: number) => a.left >= 0 && a.top >= 0 && a.left + a.width <= w + 0.5 && a.top + a.height <= h + 0.5;

async function open(file: string, size?: { width: number; height: number }): Promise<{ page: Page; ui: ExtUi }> {
  const page = await browser.context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(`${server.url}/${file}`);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
  return { page, ui: await ExtUi.attach(page, browser.extensionId) };
}

/** Rectangles of our boxes that are shown (null when absent or hidden). */
function boxes(ui: ExtUi) {
  return ui.eval((h) => {
    const r = (sel: string) => {
      const e = h.one(sel);
      if (!e || !h.visible(e)) return null;
      const b = e.getBoundingClientRect();
      return { left: b.left, top: b.top, width: b.width, height: b.height };
    };
    return { badge: r('[data-sh-badge]'), card: r('[data-sh-card]'), hover: r('[data-sh-hover]'), panel: r('[data-sh-panel]') };
  });
}

describe('200 % zoom: nothing covers the field or another card', () => {
  for (const id of ['f-1-5', 'f-5-1', 'f-5-6-1', 'f-8-1']) {
    it(`field #${id}: badge, hint card, fix menu and problems panel`, async () => {
      const W = 640;
      const H = 450;
      const { page, ui } = await open('l40-semantic.html', { width: W, height: H });
      try {
        const field = page.locator(`#${id}`);
        await field.focus();
        await page.keyboard.type('Kan ikke løfte tungt.');
        await ui.waitVisible('[data-sh-card]');
        await ui.waitVisible('[data-sh-badge]');
        const fieldBox = async () => (await field.evaluate((e) => e.getBoundingClientRect().toJSON())) as Box;
        // The fix menu belongs beside the underlined words: it may lie over other lines of a tall field, never
        // over the line with the words.
        const lineBox = () =>
          ui.eval((h, fid) => {
            const sq = h.one('[data-sh-underline]');
            if (!sq) return null;
            const b = sq.getBoundingClientRect();
            const lh = parseFloat(getComputedStyle(document.getElementById(fid)!).lineHeight) || 20;
            return { left: b.left, top: b.bottom - lh, width: b.width, height: lh };
          }, id);
        const check = async (what: string) => {
          const f = await fieldBox();
          const b = await boxes(ui);
          const shown = Object.entries(b).filter((e): e is [string, Box] => !!e[1]);
          for (const [name, box] of shown) {
            expect(inside(box, W, H), `${what}: ${name} inside the window ${JSON.stringify(box)}`).toBe(true);
            const under = name === 'hover' ? await lineBox() : f;
            expect(!!under && overlap(box, under), `${what}: ${name} ${JSON.stringify(box)} over ${JSON.stringify(under)}`).toBe(false);
          }
          for (const [i, [n1, b1]] of shown.entries())
            for (const [n2, b2] of shown.slice(i + 1))
              expect(overlap(b1, b2), `${what}: ${n1} ${JSON.stringify(b1)} over ${n2} ${JSON.stringify(b2)}`).toBe(false);
          return b;
        };
        await ui.until('card placed', (h) => h.one('[data-sh-card]')?.getAttribute('style')?.includes('visibility') === false);
        const first = await check('hint card');
        expect(first.card).not.toBeNull();

        // The fix menu (where the field is checked): beside the words, not on them or on the panel.
        if ((await field.getAttribute('data-skjemahjelp-issues')) !== '0') {
          await page.keyboard.press('ArrowLeft');
          await page.keyboard.press('ArrowLeft');
          await page.keyboard.press('ArrowLeft');
          await page.keyboard.press('Control+.');
          await ui.until('menu focused', (h) => h.describe(h.active())?.role === 'menuitem');
          const withHover = await check('fix menu');
          expect(withHover.hover).not.toBeNull();
          await page.keyboard.press('Escape');
        }

        // The problems panel opened, then the hint card again beside it.
        await page.keyboard.press('Alt+Shift+P');
        await ui.until('panel focused', (h) => !!h.active()?.closest('[data-sh-panel]'));
        await ui.until('panel open', (h) => h.one('[data-sh-panel] .sh-panel-head')?.getAttribute('aria-expanded') === 'true');
        await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
        await check('problems panel');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Alt+Shift+H');
        await ui.until('card focused', (h) => !!h.active()?.closest('[data-sh-card]'));
        await check('hint card after the panel');
      } finally {
        await page.close();
      }
    });
  }
});

describe('user preferences', () => {
  it('prefers-reduced-motion: the cards appear without animation (and with it when motion is fine)', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.locator('#f-5-1').focus();
      await ui.waitVisible('[data-sh-card]');
      expect(await ui.eval((h) => getComputedStyle(h.one('[data-sh-card]')!).animationName)).toBe('sh-fade');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await ui.eval((h) => getComputedStyle(h.one('[data-sh-card]')!).animationName)).toBe('none');
    } finally {
      await page.close();
    }
  });

  it('prefers-contrast: more — black text and 2 px borders, and still axe-clean', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await page.locator('#f-5-1').focus();
      await page.keyboard.type('Kan løfte inntil 5 kg. Kan ikke stå lenge.');
      await ui.waitVisible('[data-sh-card]');
      const look = () =>
        ui.eval((h) => {
          const c = getComputedStyle(h.one('[data-sh-card]')!);
          const m = h.one('[data-sh-card] .sh-muted');
          return { color: c.color, border: c.borderTopWidth, muted: m ? getComputedStyle(m).color : null };
        });
      const normal = await look();
      await page.emulateMedia({ contrast: 'more' });
      const more = await look();
      expect(normal.border).toBe('1px');
      expect(more.border).toBe('2px');
      expect(more.color).toBe('rgb(0, 0, 0)');
      expect(more.muted).not.toBe(normal.muted);
      const v = await ui.axe();
      expect(v, formatViolations(v)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('forced colours: underlines stay visible (dotted, in the Highlight colour), cards keep their borders, axe-clean', async () => {
    const { page, ui } = await open('l40-semantic.html');
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.locator('#f-5-1').focus();
      await page.keyboard.type('Pasienten kan ikke løfte tungt.');
      await ui.waitVisible('[data-sh-underline]');
      const look = await ui.eval((h) => {
        const u = getComputedStyle(h.one('[data-sh-underline]')!);
        const c = getComputedStyle(h.one('[data-sh-card]')!);
        return { style: u.borderBottomStyle, width: u.borderBottomWidth, image: u.backgroundImage, card: c.borderTopStyle };
      });
      expect(look).toEqual({ style: 'dotted', width: '3px', image: 'none', card: 'solid' });
      const v = await ui.axe();
      expect(v, formatViolations(v)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
