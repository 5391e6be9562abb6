import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION, FIREFOX_EXTENSION, type Page } from './driver.ts';
import { forEachBrowser, openForm, PERSON, pl, searchAndPick, until } from './helpers.ts';

/**
 * The yrke palette in every browser, opened the way a person does without the shortcut: the «Slå opp yrke»
 * button on the hint card of a yrke/work field. Search, preview with verdicts against the page's documented
 * limitations, the focus trap, insert at the caret that Ctrl+Z undoes (textarea and contenteditable), Escape
 * back to the field. The shortcut path and what needs extension pages are in palette-chromium.test.ts.
 */
/** Focuses a yrke/work field and opens the palette from its hint card («Slå opp yrke»). */
async function openFromHintCard(page: Page, key: string): Promise<void> {
  const button = page.$('[data-sh-open-palette]');
  if (!(await until(() => button.visible(), 2000))) await page.$(`[data-sh-badge][data-field="${key}"]`).click();
  await button.click();
  await pl(page, '[data-pl-search]').waitFor('visible');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SKJEMAHJELP-PALETTE');
}

const paletteCount = (page: Page) => page.evaluate(() => document.querySelectorAll('skjemahjelp-palette').length);

forEachBrowser('yrke palette', (run) => {
  it('manifest declares the shortcut command and the options page', () => {
    const dir = run.name === 'chromium' ? CHROME_EXTENSION : FIREFOX_EXTENSION;
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.commands['open-yrke-palette'].suggested_key.default).toBe('Alt+Shift+Y');
    expect(m.options_ui.page).toBe('options.html');
  });

  it('L40: compares with 5.1, inserts into 5.3 at the caret, Ctrl+Z undoes, keys stay out of the page', async () => {
    const page = await openForm(run, 'l40-semantic.html');
    await page.$('#f-5-1').fill(PERSON);
    const f53 = page.$('#f-5-3');
    await f53.click();
    await page.keyboard.type('Har arbeidet i hjemmetjenesten.');
    const before = await f53.text();
    // Nothing of the palette is in the page until it is opened.
    expect(await paletteCount(page)).toBe(0);
    await openFromHintCard(page, 'l40.5.3');
    expect(await pl(page, '[data-pl-target]').text()).toMatch(/L40 5\.3/);
    await page.evaluate(() => {
      const w = window as unknown as { __keys: string[] };
      w.__keys = [];
      document.addEventListener('keydown', (e) => w.__keys.push(e.key));
      window.addEventListener('keyup', (e) => w.__keys.push('up:' + e.key));
    });
    await searchAndPick(page, page, 'hjelpepleier', '5321');

    // Every demand area has a verdict; lifting and stress conflict with the documented limits, sitting fits.
    // The palette's shadow root is closed: the driver reaches it (roots.ts), the page cannot.
    const areas = await pl(page, '[data-pl-preview="5321"]').evaluate((preview) =>
      [...preview.querySelectorAll('[data-area]')].map((e) => [
        e.getAttribute('data-area'),
        e.getAttribute('data-verdict'),
        e.querySelectorAll('.pl-bar i.on').length,
        e.getAttribute('data-demand'),
      ]),
    );
    expect(areas).toHaveLength(9);
    const by = Object.fromEntries(areas.map((a) => [a[0], a]));
    expect(by.lift![1]).toBe('conflict');
    expect(by.stress![1]).toBe('conflict');
    expect(by.sit![1]).toBe('compatible');
    for (const a of areas) expect(String(a[2])).toBe(a[3]);
    expect(await pl(page, '[data-area=lift]').attr('title')).toMatch(/dokumentert og målt \(5 kg\)/);
    expect(await pl(page, '[data-pl-documented]').attr('data-pl-documented')).toBe('yes');
    expect(await pl(page, '[data-pl-preview]').text()).toMatch(/Typiske oppgaver[\s\S]*Utdanning/);
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);

    // Tab moves through the palette and never out of it.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SKJEMAHJELP-PALETTE');
    }
    await pl(page, '[data-pl-search]').evaluate((el) => el.focus());

    await page.keyboard.press('Enter');
    expect(await until(async () => (await paletteCount(page)) === 0)).toBe(true);
    const after = await f53.text();
    expect(after.startsWith(before + '\n\nAktuelt yrke: Helsefagarbeidere (STYRK-08 5321).')).toBe(true);
    expect(after).toMatch(/i konflikt med dokumenterte begrensninger: Løfte\/bære[^\n]*Psykisk belastning/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-5-3');
    await page.keyboard.press('Control+z');
    expect(await until(async () => (await f53.text()) === before)).toBe(true);
  });

  it('Escape closes and puts focus and the selection back in the field, which is left alone', async () => {
    const page = await openForm(run, 'l40-semantic.html');
    const f53 = page.$('#f-5-3');
    await f53.fill('Renhold på sykehus.');
    await f53.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(3, 7));
    await openFromHintCard(page, 'l40.5.3');
    // An activity, not a title: the hit says why it matched.
    await searchAndPick(page, page, 'vasker på sykehus', '9112');
    expect(await pl(page, '[role=option][data-code="9112"] [data-pl-why]').text()).toMatch(/^aktivitet: vaske .*sykehus/);
    await page.keyboard.press('Escape');
    expect(await until(async () => (await paletteCount(page)) === 0)).toBe(true);
    expect(
      await f53.evaluate((el) => [document.activeElement === el, (el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd]),
    ).toEqual([true, 3, 7]);
    expect(await f53.text()).toBe('Renhold på sykehus.');
  });

  it('§ 14 a draft: the whole AEV in one field — compared with its own text, inserted there, registered by React', async () => {
    const page = await openForm(run, 'aev-14a-vedtak.html', '!!document.querySelector(\'[data-q="begrunnelse"] textarea\')');
    const field = page.$('[data-q="begrunnelse"] textarea:not([aria-hidden])');
    expect(await field.attr('data-skjemahjelp-field')).toBe('aev.begrunnelse');
    await field.click();
    await page.keyboard.type(PERSON);
    const id = await field.attr('id');
    const stateLen = () => page.$(`[data-state-for="${id}"]`).text();
    expect(await until(async () => (await stateLen()) === String(PERSON.length))).toBe(true);
    await openFromHintCard(page, 'aev.begrunnelse');
    await searchAndPick(page, page, 'hjelpepleier', '5321');
    // The limitations come from the same field (its role in the form definition), so lifting conflicts.
    expect(await pl(page, '[data-area=lift]').attr('data-verdict')).toBe('conflict');
    expect(await pl(page, '[data-pl-target]').text()).toMatch(/AEV: Begrunnelse/);
    await page.keyboard.press('Enter');
    expect(await until(async () => (await paletteCount(page)) === 0)).toBe(true);
    const value = await field.text();
    expect(value.startsWith(`${PERSON}\n\nAktuelt yrke: Helsefagarbeidere (STYRK-08 5321).`)).toBe(true);
    expect(await until(async () => (await stateLen()) === String(value.length))).toBe(true);
    // The side message to the decision maker is no AEV field and got nothing.
    expect(await page.$('[data-q="beslutterMelding"] textarea:not([aria-hidden])').text()).toBe('');
    await page.keyboard.press('Control+z');
    expect(await until(async () => (await field.text()) === PERSON)).toBe(true);
  });

  it('AEV contenteditable: compares with the helse editor and inserts into the yrker editor', async () => {
    const page = await openForm(run, 'aev-contenteditable.html');
    await page.$('#ed-helse').click();
    await page.keyboard.type(PERSON);
    const ed = page.$('#ed-yrker');
    await ed.click();
    await openFromHintCard(page, 'aev.yrker');
    await searchAndPick(page, page, 'hjelpepleier', '5321');
    expect(await pl(page, '[data-area=lift]').attr('data-verdict')).toBe('conflict');
    expect(await pl(page, '[data-pl-target]').text()).toMatch(/AEV: Aktuelle yrker/);
    await page.keyboard.press('Enter');
    expect(await until(async () => /Aktuelt yrke: Helsefagarbeidere \(STYRK-08 5321\)/.test(await ed.text()))).toBe(true);
    expect(await ed.text()).toMatch(/Kravene er veiledende/);
    // The helse editor was only read.
    expect((await page.$('#ed-helse').text()).trim()).toBe(PERSON);
    await page.keyboard.press('Control+z');
    expect(await until(async () => (await ed.text()).trim() === '')).toBe(true);
  });
});
