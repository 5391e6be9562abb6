import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUi, launch, startServer, waitFor, type Browser, type FixtureServer } from './harness.ts';
import { longText } from '../../bench/typing/page.ts';

/**
 * A 100,000-character 5.1 with a vague phrase in nearly every sentence (≈ 1,200 problems). The overlay measures
 * underlines only for what is in view and moves problems with the text between engine runs; this checks that
 * what it draws is still right: every squiggle in view sits exactly where the words are (compared with an
 * independent single-text mirror built by the test in the page), after scrolling and typing, and the issue
 * count follows the text.
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

describe('a 100,000-character field', () => {
  it('draws the underlines in view where the words are, after scrolling and typing, and keeps the count', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/huge/index.html`);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-skjemahjelp-form') === 'l40');
      await page.evaluate((t) => {
        const el = document.getElementById('f51') as HTMLTextAreaElement;
        el.focus();
        el.select();
        document.execCommand('insertText', false, t);
      }, longText(100_000));
      const field = page.locator('#f51');
      expect(await waitFor(async () => Number(await field.getAttribute('data-skjemahjelp-issues')) > 500, 30_000)).toBe(true);
      const initial = Number(await field.getAttribute('data-skjemahjelp-issues'));

      // To the middle, caret at a paragraph start there, and type a vague phrase.
      await page.evaluate(() => {
        const el = document.getElementById('f51') as HTMLTextAreaElement;
        const at = el.value.indexOf('\n\n', el.value.length / 2) + 2;
        el.setSelectionRange(at, at);
        el.blur();
        el.focus();
      });
      await page.keyboard.press('Home');
      await page.keyboard.type('Kan ikke løfte tungt. ');
      expect(await waitFor(async () => Number(await field.getAttribute('data-skjemahjelp-issues')) > initial, 10_000)).toBe(true);
      await page.waitForTimeout(300); // the next frame after the check

      const check = async () => {
        // Our UI is in a closed shadow root: read through CDP in the content script's world (ui.ts).
        const squiggles = await extensionUi(page, browser.extensionId)
          .locator('[data-sh-underline][data-field="l40.5.1"]')
          .evaluateAll((els) =>
            els.map((s) => {
              const r = s.getBoundingClientRect();
              return { left: r.left, top: r.top, width: r.width };
            }),
          );
        // Only what is in view (and a margin) is drawn: a few dozen, not a thousand.
        expect(squiggles.length).toBeGreaterThan(5);
        expect(squiggles.length).toBeLessThan(200);
        // Independent reference: one text node with the field's styles, scrolled like it; the boxes of every
        // «tungt» / «lenge» / … the extension may flag are compared by position.
        const reference = await page.evaluate(() => {
          const el = document.getElementById('f51') as HTMLTextAreaElement;
          const cs = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const div = document.createElement('div');
          for (const k of [
            'fontFamily',
            'fontSize',
            'fontWeight',
            'lineHeight',
            'letterSpacing',
            'wordSpacing',
            'paddingTop',
            'paddingRight',
            'paddingBottom',
            'paddingLeft',
            'borderTopWidth',
            'borderRightWidth',
            'borderBottomWidth',
            'borderLeftWidth',
          ] as const)
            div.style[k] = cs[k];
          Object.assign(div.style, {
            position: 'fixed',
            left: `${r.left}px`,
            top: `${r.top}px`,
            width: `${el.clientWidth + parseFloat(cs.borderLeftWidth) * 2}px`,
            height: `${el.clientHeight + parseFloat(cs.borderTopWidth) * 2}px`,
            boxSizing: 'border-box',
            borderStyle: 'solid',
            borderColor: 'transparent',
            overflow: 'hidden',
            whiteSpace: 'pre-wrap',
            visibility: 'hidden',
          });
          const node = document.createTextNode(el.value + '\u200b');
          div.append(node);
          document.body.append(div);
          div.scrollTop = el.scrollTop;
          const boxes: { left: number; top: number }[] = [];
          const range = document.createRange();
          const re = /\S+/g;
          for (let m = re.exec(el.value); m; m = re.exec(el.value)) {
            range.setStart(node, m.index);
            range.setEnd(node, m.index + 1);
            const b = range.getBoundingClientRect();
            if (b.bottom > r.top && b.top < r.bottom) boxes.push({ left: b.left, top: b.top });
          }
          div.remove();
          return boxes;
        });
        for (const s of squiggles) {
          // Each squiggle starts at the start of a word of the reference layout and sits on its line.
          const hit = reference.find((b) => Math.abs(b.left - s.left) < 1.5 && s.top > b.top && s.top - b.top < 30);
          expect(hit, `squiggle at ${s.left},${s.top} matches a word`).toBeTruthy();
        }
      };
      await check();
      // Scroll by a page: the underlines follow.
      await page.evaluate(() => (document.getElementById('f51')!.scrollTop += 900));
      await page.waitForTimeout(300);
      await check();
    } finally {
      await page.close();
    }
  });
});
