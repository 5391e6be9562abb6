import { StatsDb } from '../lib/stats/db.ts';
import { ingestMessage } from '../lib/stats/ingest.ts';
import { readPolicy } from '../lib/stats/policy.ts';
import { STATS_MESSAGE } from '../lib/stats/client.ts';
import { createCatalogueService } from '../lib/catalogue/service.ts';
import { OPEN_PALETTE, PALETTE_COMMAND, SITE_TEACH, type TaughtRule } from '../lib/messaging/protocol.ts';
import { saveTaught, storageIo } from '../lib/sites/store.ts';

export default defineBackground(() => {
  let db: StatsDb | undefined;
  // Writes are chained so batches from several tabs are added one after another.
  let queue: Promise<unknown> = Promise.resolve();

  // The yrke catalogue is parsed and indexed on the first palette message, not at start-up.
  const catalogue = createCatalogueService();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return catalogue.handle(message);
  });

  // The shortcut (manifest `commands`, changeable in the browser's extension shortcuts) opens the palette in
  // the active tab; every frame gets it and the one holding the focused or recognised form answers.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== PALETTE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id == null) return;
    await browser.tabs.sendMessage(tab.id, { type: OPEN_PALETTE }).catch(() => undefined);
  });

  // A rule the user taught in a page («Pek ut felt»): validated (zod) and stored here, never in the page.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== SITE_TEACH) return undefined;
    const rule = (message as { rule?: TaughtRule }).rule;
    let from: string | null = null;
    try {
      const u = new URL(sender.url ?? '');
      from = u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
    } catch {
      from = null;
    }
    // A page may only teach rules for its own site.
    if (!rule || (from && rule.origin !== from)) return Promise.resolve({ ok: false, error: 'Regelen gjelder et annet nettsted enn siden.' });
    return saveTaught(storageIo(browser.storage.local), rule).then(
      () => ({ ok: true }),
      () => ({ ok: false, error: 'Regelen kunne ikke lagres: den er ikke gyldig.' }),
    );
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== STATS_MESSAGE) return undefined;
    db ??= new StatsDb();
    const open = db;
    const job = queue.then(async () => {
      const policy = await readPolicy(() => browser.storage.managed.get());
      const r = await ingestMessage(open, message, policy);
      return { ok: r !== null };
    });
    queue = job.catch(() => undefined);
    return job.catch(() => ({ ok: false }));
  });
});
