import { StatsDb } from '../lib/stats/db.ts';
import { drainOutbox } from '../lib/stats/ingest.ts';
import { POLICY_CACHE_KEY, readPolicyWithin } from '../lib/stats/policy.ts';
import { OUTBOX_PREFIX } from '../lib/stats/outbox.ts';
import { createCatalogueService } from '../lib/catalogue/service.ts';
import { OPEN_PALETTE, PALETTE_COMMAND, SITE_TEACH, type TaughtRule } from '../lib/messaging/protocol.ts';
import { saveTaught, storageIo } from '../lib/sites/store.ts';
import { MANAGED_MIRROR_KEY } from '../lib/sites/types.ts';
import { wakeTab } from '../lib/wake/inject.ts';

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
    // A page where nothing looked like a form yet has only stage 0, which hears no message: load the recogniser
    // (the shortcut grants activeTab); it opens the palette once it recognises the form the user is in.
    await wakeTab(tab.id);
    await browser.tabs.sendMessage(tab.id, { type: OPEN_PALETTE }).catch(() => undefined);
  });

  // The organisation's site presets, copied to storage.local so every page reads them in one quick call
  // (Chromium answers storage.managed only once policies are loaded). Only the three site keys, as the policy has them.
  const mirrorPolicy = async () => {
    let raw: Record<string, unknown> = {};
    try {
      raw = await browser.storage.managed.get(['siteRules', 'sitesOff', 'disabledRules']);
    } catch {
      raw = {}; // no policy (Firefox rejects the call without one)
    }
    const next = { siteRules: raw.siteRules ?? [], sitesOff: raw.sitesOff ?? [], disabledRules: raw.disabledRules ?? [] };
    const now = (await browser.storage.local.get(MANAGED_MIRROR_KEY))[MANAGED_MIRROR_KEY];
    // Written only when it changed: every write makes each open page rescan.
    if (JSON.stringify(now) !== JSON.stringify(next)) await browser.storage.local.set({ [MANAGED_MIRROR_KEY]: next });
  };
  void mirrorPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void mirrorPolicy();
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
