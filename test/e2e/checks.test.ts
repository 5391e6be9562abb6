import { describe, expect, it } from 'vitest';
import type { Page } from './driver.ts';
import { closePanel, forEachBrowser, openForm, openPanel, sleep, until, type Run } from './helpers.ts';

/**
 * The checks in every browser: underlines where the words are, the hover card and its quick fixes, inserts that
 * React registers and Ctrl+Z undoes, the contenteditable path (CSS Custom Highlight API), the problems panel,
 * F8, the Huskeliste following the text, the hint card switch and «Slå av regelen».
 */
const VAGUE = 'Pasienten kan ikke løfte tungt.';
const SPAN = 'kan ikke løfte tungt';

/** Moves the caret back into «tungt» and opens the fixes with Ctrl+. — the hover card for the problem. */
async function openFixesInsideSpan(page: Page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+.');
  const hover = page.$('[data-sh-hover="vague-quantity"]');
  await hover.waitFor('visible');
  return hover;
}

/** Where the span should be drawn, measured independently with canvas text metrics and the field's styles. */
function expectedSpanBox(page: Page, selector: string, prefix: string, span: string) {
  return page.evaluate(
    ({ sel, pre, sp }) => {
      const el = document.querySelector(sel) as HTMLTextAreaElement;
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const r = el.getBoundingClientRect();
      const left = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + ctx.measureText(pre).width;
      return { left, width: ctx.measureText(sp).width, top: r.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop) };
    },
    { sel: selector, pre: prefix, sp: span },
  );
}

const selection = (page: Page, sel: string) =>
  page.$(sel).evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd]);

async function typeVague(run: Run, page: Page, sel: string) {
  const field = page.$(sel);
  await field.fill('');
  await field.click();
  await page.keyboard.type(VAGUE);
  expect(await until(async () => (await field.attr('data-skjemahjelp-issues')) === '1'), `${run.name}: one issue counted`).toBe(true);
  return field;
}

forEachBrowser('checks', (run) => {
  describe('on a textarea (semantic L40)', () => {
    it('underlines exactly the vague words, counts the issue, and the quick fix can be undone', async () => {
      const page = await openForm(run, 'l40-semantic.html');
      const field = await typeVague(run, page, '#f-5-1');
      const line = page.$('[data-sh-underline="vague-quantity"][data-field="l40.5.1"]');
      await line.waitFor('attached');
      const box = (await until(() => line.box()))!;
      const want = await expectedSpanBox(page, '#f-5-1', VAGUE.slice(0, VAGUE.indexOf(SPAN)), SPAN);
      expect(Math.abs(box.x - want.left)).toBeLessThan(3);
      expect(Math.abs(box.width - want.width)).toBeLessThan(4);
      expect(box.y).toBeGreaterThan(want.top);

      // Hover the underline: the card explains and offers fixes.
      await page.mouse.move(box.x + box.width / 2, box.y - 4);
      const hover = page.$('[data-sh-hover="vague-quantity"]');
      await hover.waitFor('visible', 3000);
      expect((await hover.box())!.y, 'hover card sits below the underlined line').toBeGreaterThan(box.y);
      await page.$('[data-sh-hover="vague-quantity"] [data-sh-fix="0"]').click();

      const after = await field.text();
      expect(after).not.toBe(VAGUE);
      expect(after).toContain('__');
      const [caret] = await selection(page, '#f-5-1');
      expect(after.slice(caret!, caret! + 2)).toBe('__');
      expect(await until(async () => (await field.attr('data-skjemahjelp-issues')) === '0')).toBe(true);

      await page.keyboard.press('Control+z');
      expect(await until(async () => (await field.text()) === VAGUE)).toBe(true);
    });

    it('F8 selects the next problem, the problems panel lists it and clicking it selects the span; the Huskeliste follows', async () => {
      const page = await openForm(run, 'l40-semantic.html');
      const field = await typeVague(run, page, '#f-5-1');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      const [s, e] = await selection(page, '#f-5-1');
      expect(VAGUE.slice(s!, e!)).toBe(SPAN);

      await openPanel(page);
      const item = page.$('[data-sh-problem="vague-quantity"][data-field="l40.5.1"]');
      await item.waitFor('visible');
      await field.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 0));
      await item.click();
      const [s2, e2] = await selection(page, '#f-5-1');
      expect(VAGUE.slice(s2!, e2!)).toBe(SPAN);
      // A vague description ticks nothing; a measured one ticks «function with measures» and «what the patient can do».
      const done = (id: string) => page.$(`[data-sh-check="${id}"]`).attr('data-done');
      expect(await done('l40.funksjon-mal')).toBe('false');
      expect(await done('l40.kan')).toBe('false');
      await field.fill('');
      await field.click();
      await page.keyboard.type('Kan løfte inntil 5 kg fra gulv til bord, 10 ganger per dag. Kan gå 500 meter og sitte 30 minutter av gangen.');
      expect(await until(async () => (await done('l40.funksjon-mal')) === 'true' && (await done('l40.kan')) === 'true')).toBe(true);
      // Leave the panel folded, as it was: its state is remembered for the next pages.
      await closePanel(page);
    });
  });

  describe('on React-controlled and contenteditable fields', () => {
    it('a quick fix in the React sykmelding is registered by React and undone by Ctrl+Z', async () => {
      const page = await openForm(run, 'l1-react.html', 'window.__fixtureReady');
      const sel = 'textarea[name="utdypende.uke8.pavirkerArbeidsevne"]';
      const field = page.$(sel);
      await field.click();
      await page.keyboard.type(VAGUE);
      const id = await field.attr('id');
      const stateLen = () => page.$(`[data-state-for="${id}"]`).text();
      expect(await until(async () => (await stateLen()) === String(VAGUE.length))).toBe(true);
      const hover = await openFixesInsideSpan(page);
      expect(await hover.visible()).toBe(true);
      await page.$('[data-sh-hover="vague-quantity"] [data-sh-fix="0"]').click();
      const value = await field.text();
      expect(value).not.toBe(VAGUE);
      expect(await until(async () => (await stateLen()) === String(value.length))).toBe(true);
      await page.keyboard.press('Control+z');
      expect(await until(async () => (await field.text()) === VAGUE)).toBe(true);
      expect(await until(async () => (await stateLen()) === String(VAGUE.length))).toBe(true);
    });

    it('underlines a contenteditable AEV with the Highlight API and applies a fix there', async () => {
      const page = await openForm(run, 'aev-contenteditable.html');
      const ed = page.$('#ed-helse');
      await ed.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await page.keyboard.type(VAGUE);
      expect(await until(async () => (await ed.attr('data-skjemahjelp-issues')) === '1')).toBe(true);
      // The highlight is registered for the page's document and covers exactly the span.
      const ranges = () =>
        page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('skjemahjelp-warning');
          return h ? [...h].map((r) => r.toString()) : [];
        });
      expect(await until(async () => (await ranges()).includes(SPAN))).toBe(true);
      expect(await ranges()).toEqual([SPAN]);
      // The editor's own DOM is untouched: no spans were inserted.
      expect(await ed.evaluate((el) => el.querySelectorAll('span, mark').length)).toBe(0);

      await openFixesInsideSpan(page);
      await page.$('[data-sh-hover="vague-quantity"] [data-sh-fix="0"]').click();
      expect(await ed.text()).toContain('__');
      await page.keyboard.press('Control+z');
      expect(await until(async () => (await ed.text()).trim() === VAGUE)).toBe(true);
    });
  });

  describe('hint card', () => {
    it('opens on focus with the field guidance, can be switched off for the form and back on', async () => {
      const page = await openForm(run, 'l40-semantic.html');
      // (An open problems panel covers a hint card placed over it — reported on issue 11; the test above folds it.)
      await page.$('#f-5-3').click();
      const card = page.$('[data-sh-card]');
      await card.waitFor('visible');
      expect(await card.text()).toContain('5.3');
      await page.$('[data-sh-card] button', { hasText: /Ikke vis hjelpekort automatisk/ }).click();
      await card.waitFor('detached');
      // Another field of the same form: no card by itself, only the badge.
      await page.$('#f-5-1').click();
      const badge = page.$('[data-sh-badge]');
      await badge.waitFor('visible');
      expect(await badge.attr('data-field')).toBe('l40.5.1');
      await sleep(300);
      expect(await card.count()).toBe(0);
      // The badge still opens it, and from there it can be switched back on.
      await badge.click();
      await card.waitFor('visible');
      await page.$('[data-sh-card] button', { hasText: /Vis hjelpekort automatisk igjen/ }).click();
      await page.$('#f-2-5').click();
      await card.waitFor('visible');
      expect(await card.text()).toContain('2.5');
    });
  });

  // Last in this browser: the rule is switched off for every page of the browser until the options page turns
  // it on again, and each file has a browser of its own.
  describe('«Slå av regelen»', () => {
    it('removes the problem, says where to switch it on again, is remembered on reload; the options page switches it on', async () => {
      const page = await openForm(run, 'l40-semantic.html');
      await typeVague(run, page, '#f-5-1');
      await openFixesInsideSpan(page);
      await page.$('[data-sh-hover="vague-quantity"] button', { hasText: 'Slå av regelen' }).click();
      expect(await until(async () => (await page.$('[data-sh-underline="vague-quantity"]').count()) === 0)).toBe(true);
      expect(await page.$('.sh-notice').text()).toMatch(/slått av.*innstillinger.*Sjekker og hjelpekort/);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
      await page.$('#f-5-1').click();
      await page.keyboard.type(VAGUE);
      // The checker has read the new text (another rule, «too short», now speaks: the vague one hid it)…
      expect(await until(async () => (await page.$('[data-sh-underline]').count()) > 0)).toBe(true);
      // …and the switched-off rule is not among its underlines.
      expect(await page.$('[data-sh-underline="vague-quantity"]').count()).toBe(0);

      // Firefox's WebDriver BiDi does not navigate to moz-extension:// pages; the options page is the same there.
      if (run.name !== 'chromium') return;
      const options = await run.browser.newPage();
      await options.goto(`${run.browser.extensionOrigin}options.html`);
      await options.$('[data-checks-off] [data-rule="vague-quantity"] button').click();
      expect(await until(async () => (await options.$('[data-checks-none]').count()) === 1)).toBe(true);
      await options.close();
      // The open form follows at once: the vague phrase is underlined again.
      await page.bringToFront();
      expect(await until(async () => (await page.$('[data-sh-underline="vague-quantity"]').count()) > 0)).toBe(true);
    });
  });
});
