import { FormWatcher } from '../../lib/dom/watch.ts';
import { findCandidates } from '../../lib/forms/locate.ts';
import { PICK_START, SITE_STATUS, SITE_TEACH, createSender, messageType } from '../../lib/messaging/protocol.ts';
import { SiteRules, inDocumentOrder } from '../../lib/sites/runtime.ts';
import { MANAGED_MIRROR_KEY, SITES_KEY, type SiteStatus } from '../../lib/sites/types.ts';
import { measure } from '../../lib/dom/perf-marks.ts';

/** The extension's own lazily loaded bundles (web_accessible_resources), run in this isolated world. */
function loadBundle(path: '/overlay.js' | '/teach.js'): Promise<unknown> {
  return import(/* @vite-ignore */ browser.runtime.getURL(path));
}

type OverlayApi = { startOverlay: typeof import('../../components/overlay/start.tsx').startOverlay };
type TeachApi = { startPick: typeof import('../../components/sites/start.tsx').startPick };

/**
 * Always-on part: read the site rules, recognise the form and keep the data-skjemahjelp-* attributes current.
 * Small on purpose — the checks engine, guidance and UI (overlay.js) are imported only once a supported form is
 * recognised, and the «Pek ut felt» UI (teach.js) only when the user asks for it from the action popup.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    const t0 = performance.now();
    const top = window.top === window;
    // One storage read for the rules and the policy's copy (both asked for in the same turn by SiteRules.load).
    let reading: Promise<Record<string, unknown>> | null = null;
    const readSites = () => {
      if (!reading) {
        reading = browser.storage.local.get([SITES_KEY, MANAGED_MIRROR_KEY]);
        const done = () => (reading = null);
        reading.then(done, done);
      }
      return reading;
    };
    const sites = new SiteRules({
      getLocal: async () => (await readSites())[SITES_KEY],
      getMirror: async () => (await readSites())[MANAGED_MIRROR_KEY],
      getManaged: () => browser.storage.managed.get(),
      onChange: (fn) =>
        browser.storage.onChanged.addListener((changes, area) => {
          if (area === 'managed' || (area === 'local' && (changes[SITES_KEY] || changes[MANAGED_MIRROR_KEY]))) fn(area === 'managed' ? 'managed' : 'local');
        }),
    });
    const here = () => ({ origin: location.origin, pathname: location.pathname });
    const send = createSender((m) => browser.runtime.sendMessage(m));

    let watcher: FormWatcher | null = null;
    let overlay: { stop(): void } | null = null;
    let loading = false;
    const start = () => {
      watcher = new FormWatcher(
        document,
        {
          onChange(rec) {
            if (!rec || loading || overlay) return;
            loading = true;
            loadBundle('/overlay.js')
              .then(() => {
                const api = (globalThis as unknown as { __skjemahjelpOverlay?: OverlayApi }).__skjemahjelpOverlay;
                if (api && ctx.isValid && watcher) overlay = api.startOverlay(ctx, watcher, () => sites.managed.disabledRules);
              })
              .catch(() => {
                // The overlay could not load (e.g. the extension was updated under the page): the attributes stay.
              })
              .finally(() => (loading = false));
          },
        },
        150,
        (candidates) => sites.overrides(here(), candidates),
      );
      watcher.start();
    };
    const stop = () => {
      overlay?.stop();
      overlay = null;
      watcher?.clear();
      watcher = null;
    };

    void sites.load().then(() => {
      if (!ctx.isValid) return;
      if (!sites.offHere(location.origin).off) start();
      measure('skjemahjelp:init', t0);
    });
    // A rule taught, edited, imported or removed, the site switched on or off, a new policy: applies at once.
    sites.follow(() => {
      if (!ctx.isValid) return;
      const off = sites.offHere(location.origin).off;
      if (off) stop();
      else if (!watcher) start();
      else watcher.scan();
    });

    const status = (): SiteStatus => {
      const rec = watcher?.recognition ?? null;
      const rules = sites.rulesHere(here());
      const off = sites.offHere(location.origin);
      return {
        origin: location.origin,
        path: location.pathname,
        form: rec?.form.id ?? null,
        single: !!rec?.single,
        fields: rec?.fields.length ?? 0,
        rulesInForce: rules.length,
        managedRules: rules.filter((r) => r.source === 'managed').length,
        off: off.off,
        offByPolicy: off.byPolicy,
        candidates: findCandidates(document).length,
      };
    };
    browser.runtime.onMessage.addListener((m: unknown) => {
      const type = messageType(m);
      if (type === SITE_STATUS) {
        const s = status();
        // Every frame gets the question; the one showing a form answers first, the top page answers for the tab
        // when no frame has a form (a little later, so a form in a frame wins).
        if (s.form) return Promise.resolve(s);
        if (top) return new Promise((r) => setTimeout(() => r(status()), 150));
        return undefined;
      }
      if (type === PICK_START) {
        const candidates = inDocumentOrder(findCandidates(document));
        if (!top && candidates.length === 0) return undefined;
        loadBundle('/teach.js')
          .then(() => {
            const api = (globalThis as unknown as { __skjemahjelpTeach?: TeachApi }).__skjemahjelpTeach;
            api?.startPick({
              doc: document,
              candidates: () => inDocumentOrder(findCandidates(document)),
              current: (el) => watcher?.fieldFor(el)?.key ?? null,
              form: () => watcher?.recognition?.form.id ?? null,
              // The background validates and stores the rule (zod stays out of the page).
              save: (rule) => send({ type: SITE_TEACH, rule }),
            });
          })
          .catch(() => undefined);
        return undefined;
      }
      return undefined;
    });
    ctx.onInvalidated(() => watcher?.stop());
  },
});
