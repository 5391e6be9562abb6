import { StatsDb } from '../lib/stats/db.ts';
import { drainOutbox } from '../lib/stats/ingest.ts';
import { POLICY_CACHE_KEY, readPolicyWithin } from '../lib/stats/policy.ts';
import { OUTBOX_PREFIX } from '../lib/stats/outbox.ts';
import { createCatalogueService } from '../lib/catalogue/service.ts';
import { OPEN_PALETTE, PALETTE_COMMAND } from '../lib/messaging/protocol.ts';

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

  // Statistics arrive through storage.local (lib/stats/outbox.ts), which survives a tab closing while this
  // worker is stopped. A change to the outbox wakes the worker; start-up drains whatever a stopped worker left.
  let retry: ReturnType<typeof setTimeout> | undefined;
  let cached = '';
  const drain = () => {
    db ??= new StatsDb();
    const open = db;
    queue = queue
      .then(async () => {
        const policy = await readPolicyWithin({
          managed: () => browser.storage.managed.get(),
          readCache: async () => (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY],
          writeCache: async (p) => {
            if (JSON.stringify(p) === cached) return;
            cached = JSON.stringify(p);
            await browser.storage.local.set({ [POLICY_CACHE_KEY]: p });
          },
        });
        // Policy unknown: keep the outbox and try again shortly.
        if (!policy) {
          clearTimeout(retry);
          retry = setTimeout(drain, 5000);
          return;
        }
        await drainOutbox(browser.storage.local as never, open, policy);
      })
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.entries(changes).some(([k, c]) => k.startsWith(OUTBOX_PREFIX) && c.newValue !== undefined)) drain();
  });
  drain();

});
