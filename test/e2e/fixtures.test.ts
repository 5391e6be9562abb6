import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { FIXTURES, extensionUi, formOf, launch, openPanel, startServer, waitFor, type Browser, type FixtureServer, type UiLocator } from './harness.ts';
import { checklistItems, evaluateChecklist, guidanceFor } from '../../lib/guidance/index.ts';

interface FixtureCase {
  file: string;
  kind: string;
  form: 'l40' | 'l1' | 'aev' | null;
  frame: string | null;
  ready: string | null;
  fields: Record<string, string>;
  notFields: string[];
  typeInto: string | null;
  react: boolean;
}

const cases: FixtureCase[] = JSON.parse(readFileSync(process.env.FIXTURE_MANIFEST ?? join(FIXTURES, 'manifest.json'), 'utf8'));

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  // The extension's service worker never touches the network (the full request comparison is in privacy.test.ts).
  expect(browser.requests.filter((r) => r.fromServiceWorker)).toEqual([]);
});

async function open(c: FixtureCase): Promise<{ page: Page; target: Page | Frame }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${c.file}`);
  if (c.ready) await page.waitForFunction(c.ready, null, { timeout: 10_000 });
  let target: Page | Frame = page;
  if (c.frame) {
    const handle = await page.waitForSelector(c.frame);
    const f = await handle.contentFrame();
    if (!f) throw new Error(`no frame for ${c.frame}`);
    target = f;
  }
  return { page, target };
}

/** Our UI in the frame that holds the form (closed shadow roots, reached through CDP: test/e2e/ui.ts). */
function ours(page: Page, target: Page | Frame, selector: string): UiLocator {
  return extensionUi(page, browser.extensionId).locator(selector, { frame: target === page ? undefined : (target as Frame) });
}

async function attr(target: Page | Frame, selector: string, name: string): Promise<string | null> {
  return target.locator(selector).getAttribute(name, { timeout: 2000 });
}

describe.each(cases.filter((c) => c.form))('$file ($kind)', (c) => {
  it(`is recognised as ${c.form} with the right field ids`, async () => {
    const { page, target } = await open(c);
    try {
      expect(await waitFor(async () => (await formOf(target)) === c.form, 8000)).toBe(true);
      // Let a late re-render settle, then compare every field.
      await waitFor(async () => {
        for (const [sel, key] of Object.entries(c.fields)) if ((await attr(target, sel, 'data-skjemahjelp-field')) !== key) return false;
        return true;
      }, 5000);
      const got: Record<string, string | null> = {};
      for (const sel of Object.keys(c.fields)) got[sel] = await attr(target, sel, 'data-skjemahjelp-field');
      expect(got).toEqual(c.fields);
      for (const sel of c.notFields) expect(await attr(target, sel, 'data-skjemahjelp-field'), sel).toBeNull();
      if (c.typeInto) expect(await attr(target, c.typeInto, 'data-skjemahjelp-issues')).toMatch(/^\d+$/);
    } finally {
      await page.close();
    }
  });

  it.runIf(!!c.typeInto)('shows a badge beside the focused field that never covers it, follows scrolling and keeps its keys', async () => {
    const { page, target } = await open(c);
    try {
      await waitFor(async () => (await formOf(target)) === c.form, 8000);
      await page.evaluate(() => {
        (window as unknown as { __keys: number }).__keys = 0;
        document.addEventListener('keydown', () => (window as unknown as { __keys: number }).__keys++);
      });
      const field = target.locator(c.typeInto!);
      await field.scrollIntoViewIfNeeded();
      await field.click();
      await page.keyboard.type('Kan gå 500 meter');
      const badge = ours(page, target, '[data-sh-badge]');
      await badge.waitFor({ state: 'visible', timeout: 5000 });
      expect(await badge.getAttribute('data-field')).toBe(c.fields[c.typeInto!]);
      const fb = (await field.boundingBox())!;
      const bb = (await badge.boundingBox())!;
      const overlap = bb.x < fb.x + fb.width && fb.x < bb.x + bb.width && bb.y < fb.y + fb.height && fb.y < bb.y + bb.height;
      expect(overlap, `badge ${JSON.stringify(bb)} over field ${JSON.stringify(fb)}`).toBe(false);

      // Scroll the page: the badge moves with the field.
      const before = { dy: bb.y - fb.y };
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(150);
      const fb2 = (await field.boundingBox())!;
      const bb2 = (await badge.boundingBox())!;
      if (fb2.y !== fb.y) expect(Math.abs(bb2.y - fb2.y - before.dy)).toBeLessThan(2);

      // The hint card opens by itself on focus (unless folded away); its keys never reach the page.
      const card = ours(page, target, '[data-sh-card]');
      if (!(await card.isVisible())) await badge.click();
      await card.waitFor({ state: 'visible' });
      const cb = (await card.boundingBox())!;
      const fb3 = (await field.boundingBox())!;
      const cardOverField = cb.x < fb3.x + fb3.width && fb3.x < cb.x + cb.width && cb.y < fb3.y + fb3.height && fb3.y < cb.y + cb.height;
      expect(cardOverField, 'hint card covers the field').toBe(false);
      await card.locator('button').first().focus();
      const keysBefore = await page.evaluate(() => (window as unknown as { __keys: number }).__keys);
      await page.keyboard.press('a');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => (window as unknown as { __keys: number }).__keys)).toBe(keysBefore);
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
    } finally {
      await page.close();
    }
  });
});

describe.each(cases.filter((c) => c.form && c.typeInto))('Huskeliste on $file', (c) => {
  it('shows the form\'s checklist and follows what is typed, as the engine reads the page', async () => {
    const { page, target } = await open(c);
    try {
      await waitFor(async () => (await formOf(target)) === c.form, 8000);
      const key = c.fields[c.typeInto!]!;
      const good = guidanceFor(key)?.good;
      expect(good, `guidance example for ${key}`).toBeTruthy();
      const field = target.locator(c.typeInto!);
      await field.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await page.keyboard.type(good!.replace(/\s+/g, ' ').slice(0, 400));
      await openPanel(extensionUi(page, browser.extensionId), target === page ? undefined : (target as Frame));
      const items = ours(page, target, '[data-sh-check]');
      await items.first().waitFor({ state: 'visible' });
      expect(await items.count()).toBe(checklistItems(c.form!).length);
      // What the engine says about the texts on the page right now…
      const texts: Record<string, string> = await target.evaluate(`(() => {
        const out = {};
        const visit = (root) => {
          for (const el of root.querySelectorAll('[data-skjemahjelp-field]'))
            out[el.getAttribute('data-skjemahjelp-field')] = 'value' in el ? el.value : el.innerText;
          for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
        };
        visit(document);
        return out;
      })()`);
      const want = evaluateChecklist(c.form!, texts).filter((x) => x.done).map((x) => x.item.id).sort();
      // …is what the panel shows.
      const shown = await waitFor(async () => {
        const got = (await (ours(page, target, '[data-sh-check][data-done="true"]')).evaluateAll((els) => els.map((e) => e.getAttribute('data-sh-check')!))).sort();
        return JSON.stringify(got) === JSON.stringify(want) ? got : null;
      }, 3000);
      expect(shown).toEqual(want);
    } finally {
      await page.close();
    }
  });
});

describe.each(cases.filter((c) => !c.form))('negative: $file ($kind)', (c) => {
  it('is not recognised and the extension adds nothing to the DOM', async () => {
    const { page, target } = await open(c);
    try {
      const editable = target.locator('textarea, input[type=text], [contenteditable]').first();
      if (await editable.count()) await editable.click();
      await page.waitForTimeout(800);
      expect(await formOf(target)).toBeNull();
      const added = await target.evaluate(() => ({
        attrs: document.querySelectorAll('[data-skjemahjelp-field], [data-skjemahjelp-issues]').length,
        hosts: document.querySelectorAll('skjemahjelp-overlay').length,
      }));
      expect(added).toEqual({ attrs: 0, hosts: 0 });
    } finally {
      await page.close();
    }
  });
});
