import { expect, it } from 'vitest';
import { forEachBrowser, formOf, sleep, until } from './helpers.ts';
import type { Page } from './driver.ts';

/**
 * The content script in two stages (lib/wake/stage0.ts): a page that does not look like a form gets only stage 0
 * (wake.js), which touches no extension API, until the user starts to write in it or a form shows up later;
 * only then is the recogniser (recogniser.js) loaded. Both browsers; whether recogniser.js was loaded at all is
 * read from the page's requests in Chromium (Firefox's WebDriver BiDi reports no moz-extension:// loads), the
 * rest from the page in both.
 */
const loadedRecogniser = (page: Page) => page.requests.some((u) => /^chrome-extension:\/\/[^/]+\/recogniser\.js$/.test(u));

forEachBrowser('stage 0: the recogniser only when needed', (run) => {
  it('a page with one comment box gets no recognition work until the box is focused, and is then recognised', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.server.url}/wake/vedtak-enkelt.html`);
    // Well past document_idle and one check period of stage 0.
    await sleep(1500);
    expect(await formOf(page)).toBeNull();
    expect(await page.$('#begrunnelse').attr('data-skjemahjelp-field')).toBeNull();
    if (run.name === 'chromium') expect(loadedRecogniser(page)).toBe(false);
    // A search box is no place to write a form: still nothing.
    await page.$('#sok').click();
    await sleep(500);
    if (run.name === 'chromium') expect(loadedRecogniser(page)).toBe(false);
    expect(await formOf(page)).toBeNull();

    await page.$('#begrunnelse').click();
    expect(await until(async () => (await formOf(page)) === 'aev', 8000)).toBe(true);
    expect(await page.$('#begrunnelse').attr('data-skjemahjelp-field')).toBe('aev.begrunnelse');
    if (run.name === 'chromium') expect(loadedRecogniser(page)).toBe(true);
    // And the overlay works as on any form page: typing counts problems.
    await page.keyboard.type('Han kan ikke jobbe.');
    expect(await until(async () => /^\d+$/.test((await page.$('#begrunnelse').attr('data-skjemahjelp-issues')) ?? ''), 5000)).toBeTruthy();
    expect(page.errors).toEqual([]);
  });

  it('a form a page renders later by script is recognised without any focus', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.server.url}/wake/sen-form.html`);
    await sleep(700);
    // Nothing on the page looks like a form yet.
    if (run.name === 'chromium') expect(loadedRecogniser(page)).toBe(false);
    expect(await until(async () => (await formOf(page)) === 'aev', 8000)).toBe(true);
    expect(await until(async () => (await page.$('#mal').attr('data-skjemahjelp-field')) === 'aev.mal', 3000)).toBe(true);
    expect(await page.$('#helse').attr('data-skjemahjelp-field')).toBe('aev.helse');
    // Nobody focused anything.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('a page without a form never loads the recogniser until the user writes (contact form, log-in page)', async () => {
    for (const file of ['contact.html', 'login.html', 'news-article-l40.html']) {
      const page = await run.browser.newPage();
      await page.goto(`${run.server.url}/${file}`);
      await sleep(1200);
      expect(await formOf(page)).toBeNull();
      // The article's title names the L40: that page gets the recogniser at once (and its gates say «no form»).
      if (run.name === 'chromium') expect(loadedRecogniser(page), file).toBe(file === 'news-article-l40.html');
      if (file === 'login.html' && run.name === 'chromium') {
        // Its user-name box has the focus from the start (autofocus): the recogniser comes when the user types.
        await page.keyboard.type('ola');
        expect(await until(() => loadedRecogniser(page), 5000)).toBe(true);
      }
      await page.close();
    }
  });
});
