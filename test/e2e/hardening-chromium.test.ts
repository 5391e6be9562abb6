import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUi, formOf, launch, startServer, statsPolicyKnown, waitFor, type Browser, type FixtureServer } from './harness.ts';
import { FORMS } from '../../lib/forms/defs/index.ts';
import { RULES } from '../../lib/checks/index.ts';
import { addDays, localDay, type AggregateRow } from '../../lib/stats/schema.ts';
import { toJsonExport } from '../../lib/stats/transfer.ts';

/**
 * Issue 13 in Chromium (findings 5, 8, 9): statistics that must survive a stopped service worker, a statistics
 * page that must not freeze or get stuck on bad data, and messages that must be Norwegian and must not repeat
 * a file's content. Chromium only: the service worker is stopped over CDP, and stats.html / options.html are
 * extension pages that Firefox's BiDi cannot open. (Finding 6, fields never touched, runs in both browsers in
 * hostile.test.ts.) Set EXTENSION_PATH to run it against
 * another build (e.g. the one before the fixes, to see each case fail).
 */
let server: FixtureServer;
let b: Browser;
let tmp: string;

beforeAll(async () => {
  server = await startServer();
  b = await launch({ extensionPath: process.env.EXTENSION_PATH });
  tmp = mkdtempSync(join(tmpdir(), 'skjemahjelp-hardening-'));
});
afterAll(async () => {
  await b?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function extensionPage(path: string): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/${path}`);
  return p;
}

/** The extension's own API in one of its pages (typed loosely: the test runs in Node). */
type ChromeApi = { storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };

/** Own counts per metric, read straight from the extension's IndexedDB (from an extension page). */
async function ownCounts(): Promise<Record<string, number>> {
  const p = await extensionPage('options.html');
  try {
    return await p.evaluate(async () =>
      // Never create the database here (an empty one would be in the way of the extension's own upgrade).
      !(await indexedDB.databases()).some((d) => d.name === 'skjemahjelp-stats')
        ? {}
        : new Promise<Record<string, number>>((resolve, reject) => {
            const req = indexedDB.open('skjemahjelp-stats');
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains('aggregates')) {
                db.close();
                return resolve({});
              }
              const all = db.transaction('aggregates').objectStore('aggregates').getAll();
              all.onsuccess = () => {
                const out: Record<string, number> = {};
                for (const r of all.result as { metric: string; count: number }[]) out[r.metric] = (out[r.metric] ?? 0) + r.count;
                db.close();
                resolve(out);
              };
              all.onerror = () => reject(all.error);
            };
            req.onerror = () => reject(req.error);
          }),
    );
  } finally {
    await p.close();
  }
}

async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // A message from the page in flight can wake the worker again right after the stop (seen on a loaded 2-core machine):
  // stop it again until it is down, which is still a stop in the middle of the visit.
  const running = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    return (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  };
  // (Up to 30 s: on a 2-core machine busy with other work the worker has taken more than 10 s to go down.)
  await expect.poll(running, { timeout: 30_000, interval: 250 }).toBe(false);
  await cdp.detach();
}

function diff(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) if (v !== (before[k] ?? 0)) out[k] = v - (before[k] ?? 0);
  return out;
}

describe('statistics across service-worker stops (finding 5)', () => {
  beforeAll(async () => expect(await statsPolicyKnown(b), 'the extension read its managed policy').toBe(true));

  /** One visit: recognise, focus 5.1, type a vague sentence, leave the tab — optionally stopping the worker. */
  async function visit(stops: 'none' | 'before-close' | 'during-and-before-close'): Promise<Record<string, number>> {
    const before = await ownCounts();
    const page = await b.context.newPage();
    await page.goto(`${server.url}/l40-semantic.html`);
    expect(await waitFor(() => formOf(page), 5000)).toBe('l40');
    await page.locator('skjemahjelp-overlay').waitFor({ state: 'attached' });
    await page.locator('#f-5-1').click();
    await page.keyboard.type('Pasienten kan ikke løfte tungt.');
    if (stops === 'during-and-before-close') {
      // Let the first batch go, stop the worker, keep working: the next batch has to wake it again.
      await page.waitForTimeout(2000);
      await stopServiceWorker(page);
      await page.locator('#f-5-3').click();
      await page.keyboard.type('Lagerarbeid med løft.');
    }
    if (stops !== 'none') await stopServiceWorker(page);
    await page.close({ runBeforeUnload: true });
    const arrived = async () => {
      const got = diff(await ownCounts(), before);
      return (got.form_recognised ?? 0) >= 1 && (got.field_assisted ?? 0) >= (stops === 'during-and-before-close' ? 2 : 1);
    };
    // Normally the outbox change wakes the worker within a second. Under a loaded CI machine, Chromium has been
    // seen to drop that wake-up event for a worker stopped over CDP; the batch then waits in storage.local
    // until the worker next starts (start-up drains it). That still loses nothing, so the test then starts the
    // worker the way any other event would (a runtime message) and compares what arrives.
    if (!(await waitFor(arrived, 15_000, 500))) {
      console.warn(`[hardening] ${stops}: no statistics 15 s after the tab closed; starting the worker with a message`);
      const ext = await extensionPage('options.html');
      try {
        await ext.evaluate(() =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
            .sendMessage({ type: 'skjemahjelp:ping' })
            .catch(() => undefined),
        );
      } finally {
        await ext.close();
      }
      await waitFor(arrived, 15_000, 500);
    }
    // A last look after things settle: nothing more arrives, nothing twice.
    await new Promise((r) => setTimeout(r, 1000));
    return diff(await ownCounts(), before);
  }

  it('a tab closed while the worker is stopped loses nothing (compared with a control visit)', async () => {
    const control = await visit('none');
    expect(control.form_recognised, 'control run counted the visit').toBe(1);
    expect(control.problem_shown).toBeGreaterThan(0);
    const stopped = await visit('before-close');
    expect(stopped).toEqual(control);
  }, 150_000);

  it('stopping the worker in the middle of a visit and again before closing loses nothing', async () => {
    const got = await visit('during-and-before-close');
    expect(got.form_recognised).toBe(1);
    expect(got.field_assisted).toBe(2); // 5.1 and 5.3, each once
    expect(got.guidance_opened).toBe(2);
  }, 150_000);
});

/** A member's export with `days` days × every L40 free-text field × every rule: about 130 bytes a row. */
function bigExport(days: number, id: string): string {
  const today = localDay();
  const fields = FORMS.find((f) => f.id === 'l40')!
    .fields.filter((f) => f.freeText)
    .map((f) => `l40.${f.id}`);
  const rows: AggregateRow[] = [];
  for (let d = 0; d < days; d++)
    for (const field of fields) for (const r of RULES) rows.push({ day: addDays(today, -d), metric: 'problem_shown', form: 'l40', field, dim: r.id, count: 1 });
  return toJsonExport({ installationId: id, teamLabel: 'Stort team', rows, today });
}

async function importPaths(stats: Page, paths: string[]): Promise<string> {
  const [chooser] = await Promise.all([stats.waitForEvent('filechooser'), stats.getByRole('button', { name: 'Importer', exact: true }).click()]);
  await chooser.setFiles(paths);
  const result = stats.getByTestId('import-result');
  await result.waitFor({ timeout: 30_000 });
  return result.innerText();
}

describe('stats.html with large and damaged data (finding 8)', () => {
  it('refuses a 50 MB file at once with a Norwegian message, and changes nothing', async () => {
    const stats = await extensionPage('stats.html');
    try {
      await stats.getByRole('button', { name: 'Importer', exact: true }).waitFor();
      const path = join(tmp, 'femti.json');
      const row = '{"day":"2026-11-20","metric":"form_recognised","form":"l40","field":"","dim":"","count":1},';
      const head =
        '{"format":"skjemahjelp-statistikk","version":1,"installationId":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","teamLabel":null,"exportedAt":"2026-11-20","rows":[';
      writeFileSync(path, head + row.repeat(Math.ceil((50 * 1024 * 1024) / row.length)).slice(0, -1) + ']}');
      const text = await importPaths(stats, [path]);
      expect(text).toMatch(/femti\.json: ikke importert – ingenting er endret\s+Filen er for stor \(50 MB\)\. Skjemahjelp importerer filer på inntil 25 MB/);
      expect(await stats.getByRole('region', { name: 'Importerte eksporter' }).count()).toBe(0);
    } finally {
      await stats.close();
    }
  });

  it('checks a large allowed file in a worker, with progress, and imports it', async () => {
    const stats = await extensionPage('stats.html');
    try {
      await stats.getByRole('button', { name: 'Importer', exact: true }).waitFor();
      const path = join(tmp, 'stor.json');
      const text = bigExport(300, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
      expect(text.length).toBeGreaterThan(5_000_000);
      writeFileSync(path, text);
      // Every status the page shows while it works.
      await stats.evaluate(() => {
        const seen: string[] = ((window as unknown as { __statuses: string[] }).__statuses = []);
        const el = document.querySelector('[data-testid="status"]')!;
        new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
      });
      const worker = stats.waitForEvent('worker', { timeout: 30_000 });
      const result = await importPaths(stats, [path]);
      expect((await worker).url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/assets\/import-worker-[\w-]+\.js$/);
      expect(result).toMatch(/stor\.json: importert\s+Importert \d+ rader\./);
      const statuses = await stats.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
      expect(
        statuses.some((s) => /^Kontrollerer filen – [1-9]0 % …$/.test(s)),
        statuses.join(' | '),
      ).toBe(true);
    } finally {
      await stats.close();
    }
  });

  it('a retention of 1e308 and a label with bidi characters in the database: the page loads, says what it repaired once, and the export is clean', async () => {
    let stats = await extensionPage('stats.html');
    await stats.getByRole('button', { name: 'Eksporter JSON', exact: true }).waitFor();
    await stats.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('skjemahjelp-stats');
          req.onsuccess = () => {
            const tx = req.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ key: 'retentionDays', value: 1e308 });
            tx.objectStore('meta').put({ key: 'teamLabel', value: 'Kari\u202E Nordmann 01019012345' });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await stats.close();
    stats = await extensionPage('stats.html');
    try {
      const notice = stats.getByTestId('repair-notice');
      await notice.waitFor({ timeout: 10_000 });
      expect(await notice.innerText()).toMatch(/oppbevaringstiden \(satt til ett år\).*teametiketten \(fjernet\)/);
      expect(await notice.innerText()).not.toMatch(/Kari|Nordmann|01019012345/);
      const [dl] = await Promise.all([stats.waitForEvent('download'), stats.getByRole('button', { name: 'Eksporter JSON', exact: true }).click()]);
      const { readFileSync } = await import('node:fs');
      const json = readFileSync((await dl.path())!, 'utf8');
      expect(JSON.parse(json).teamLabel).toBeNull();
      expect(json).not.toMatch(/1e\+308|\u202E|01019012345/);
      await stats.reload();
      await stats.getByRole('button', { name: 'Eksporter JSON', exact: true }).waitFor();
      expect(await stats.getByTestId('repair-notice').count()).toBe(0); // repaired once, not on every load
    } finally {
      await stats.close();
    }
  });
});

describe('messages (finding 9)', () => {
  it('the notes import answers in Norwegian and never shows what the file holds', async () => {
    const options = await extensionPage('options.html');
    try {
      const status = options.locator('[data-notes-status]');
      const cases = [
        { format: 'skjemahjelp-yrkesbeskrivelser', version: 2, exportedAt: '2026-11-20T10:00:00.000Z', notes: [] },
        { format: 'skjemahjelp-yrkesbeskrivelser', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', notes: [], 'Kari Nordmann 01019012345': 1 },
        { format: 'skjemahjelp-yrkesbeskrivelser', version: 1, exportedAt: 'Kari Nordmann', notes: [] },
      ];
      for (const [i, c] of cases.entries()) {
        await options
          .locator('[data-notes-file]')
          .setInputFiles({ name: `notater-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(c)) });
        await expect.poll(() => status.getAttribute('data-notes-status')).toBe('error');
        const text = await status.innerText();
        expect(text).toMatch(/^Filen kan ikke importeres: .*Ingenting er endret\.$/);
        expect(text).not.toMatch(/Invalid|Unrecognized|expected|Kari|Nordmann|01019012345/i);
        await options.reload();
      }
    } finally {
      await options.close();
    }
  });

  it('the corrupt-settings notice repairs storage, so it does not come back on the next page', async () => {
    // Written from the service worker: options.html repairs corrupt settings itself as soon as it opens.
    const ext = b.context.serviceWorkers()[0]!;
    await ext.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({
        'skjemahjelp:settings': { version: 1, hintCollapsed: 'ja', disabledRules: 'alle', panelCollapsed: true },
      }),
    );
    const notice = (p: Page) => extensionUi(p, b.extensionId).locator('.sh-notice');
    const page = await b.context.newPage();
    await page.goto(`${server.url}/l40-semantic.html`);
    expect(await waitFor(() => formOf(page), 5000)).toBe('l40');
    await notice(page).waitFor({ timeout: 10_000 });
    expect(await notice(page).innerText()).toMatch(/innstillinger var ødelagt og er satt tilbake/);
    const stored = await ext.evaluate(
      async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('skjemahjelp:settings'))['skjemahjelp:settings'],
    );
    expect(stored).toMatchObject({ version: 1, hintCollapsed: false, disabledRules: [], panelCollapsed: true });
    await page.reload();
    expect(await waitFor(() => formOf(page), 5000)).toBe('l40');
    await page.locator('skjemahjelp-overlay').waitFor({ state: 'attached' });
    await page.locator('#f-5-1').click(); // the overlay is fully up (hint card on focus)
    await extensionUi(page, b.extensionId).locator('[data-sh-card]').waitFor();
    expect(await notice(page).count()).toBe(0);
    await page.close();
  });
});
