import { browser } from 'wxt/browser';
import { FormWatcher } from '../lib/dom/watch.ts';
import { measure } from '../lib/dom/perf-marks.ts';
import { findCandidates, mayHaveCandidates } from '../lib/forms/locate.ts';
import { OPEN_PALETTE, PICK_START, SITE_STATUS, SITE_TEACH, createSender, messageType } from '../lib/messaging/protocol.ts';
import { sitesGate, type SitesGate } from '../lib/sites/gate.ts';
import { inDocumentOrder } from '../lib/sites/runtime.ts';
import { MANAGED_MIRROR_KEY, SITES_KEY, type SiteStatus } from '../lib/sites/types.ts';
import { WAKE_KEY, type WakeState } from '../lib/wake/stage0.ts';

import type { RecognitionEngine } from '../lib/dom/watch.ts';
import type { SiteEnv, SiteRules } from '../lib/sites/runtime.ts';

/** What overlay.js hands over (entrypoints/overlay.ts). */
interface OverlayApi extends RecognitionEngine {
  startOverlay(watcher: FormWatcher, lockedRules: () => readonly string[]): { stop(): void; openPalette(): void };
  /** The site rules parsed and applied (they need the form definitions, which overlay.js carries). */
  siteRules(env: SiteEnv): SiteRules;
}
type TeachApi = { startPick: typeof import('../components/sites/start.tsx').startPick };

/** How long the page waits for storage.managed when the background has not mirrored the policy yet (SiteRules.load). */
const MANAGED_WAIT_MS = 250;
/** Marks the recogniser as running in this isolated world: imported by stage 0 and injected by the popup, it runs once. */
const RUNNING_KEY = Symbol.for('skjemahjelp.recogniser');
/** The palette shortcut pressed before a form was recognised opens the palette if one is recognised this soon. */
const PALETTE_WAIT_MS = 5000;

/**
 * Stage 1 of the content script: loaded by stage 0 (entrypoints/wake.ts, the content script on every page and
 * frame) when a page looks like a form or the user starts to write in it, or injected by the action popup or the
 * palette shortcut (lib/wake/inject.ts). It reads the site rules, recognises the form and keeps the
 * data-skjemahjelp-* attributes current, answers the action popup (SITE_STATUS) and starts «Pek ut felt»
 * (PICK_START, teach.js). Runs once per isolated world, however it arrived.
 *
 * Small on purpose — the checks engine, guidance and UI (overlay.js) are imported only once the cheap gates say a
 * page may hold a form (or site rules cover the page); recognise(), the form definitions and the parsing of site
 * rules travel with them, so pages without a form never parse them. It is an unlisted script rather than a WXT
 * content script so that pages without a form pay for nothing else: no webextension-polyfill, no WXT
 * content-script context (its start-up events and listeners). It uses the browser's own extension object
 * (`browser` in Firefox, `chrome` in Chromium; wxt.config.ts), only for calls that are the same in both:
 * promise-returning storage.local.get / storage.managed.get / runtime.sendMessage, runtime.getURL, runtime.id,
 * storage.onChanged, and runtime.onMessage answered through sendResponse (Chromium's `chrome` does not take a
 * promise returned from a listener). The site rules cost one storage.local read per page.
 */
export default defineUnlistedScript(() => {
  const t0 = performance.now();
  const g = globalThis as unknown as Record<symbol, unknown>;
  if (g[RUNNING_KEY]) return;
  g[RUNNING_KEY] = true;
  // Why stage 0 loaded us; injected (popup, shortcut) before or without stage 0: 'asked', and stage 0 stands down.
  let wake = g[WAKE_KEY] as WakeState | undefined;
  if (!wake) g[WAKE_KEY] = wake = { reason: 'asked', stop: () => undefined };
  wake.stop();
  wake.reason ??= 'asked';
  // The user is writing (or asked from the popup): the first scan looks at every candidate.
  const thorough = wake.reason === 'focus' || wake.reason === 'asked';
  const top = window.top === window;
  const here = () => ({ origin: location.origin, pathname: location.pathname });
  const alive = () => {
    try {
      return !!browser?.runtime?.id;
    } catch {
      return false; // Firefox throws on a dead wrapper once the add-on is gone
    }
  };

  // The stored rules and the policy's copy, in one storage call, kept until storage says they changed.
  let stored: Promise<Record<string, unknown>> | null = null;
  const readSites = () =>
    (stored ??= browser.storage.local.get([SITES_KEY, MANAGED_MIRROR_KEY]).then(
      (v) => v as Record<string, unknown>,
      (): Record<string, unknown> => ({}),
    ));
  let managedRead: Promise<unknown> | null = null;
  const readManaged = () => (managedRead ??= browser.storage.managed.get().then((v) => v as unknown));
  const env: SiteEnv = {
    getLocal: async () => (await readSites())[SITES_KEY],
    getMirror: async () => (await readSites())[MANAGED_MIRROR_KEY],
    getManaged: readManaged,
    // Changes are followed below, once for the gate and the parsed rules together.
    onChange: () => undefined,
  };

  let gate: SitesGate = { off: false, byPolicy: false, rules: 0 };
  /** The gate from the stored values; the policy from storage.managed only while the background has no copy. */
  const readGate = async (): Promise<SitesGate> => {
    const got = await readSites();
    let policy = got[MANAGED_MIRROR_KEY];
    if (policy === undefined) {
      const managed = readManaged().catch(() => undefined);
      policy = await Promise.race([managed, new Promise<undefined>((r) => setTimeout(() => r(undefined), MANAGED_WAIT_MS))]);
      // A late policy applies when it arrives.
      if (policy === undefined)
        void managed.then((m) => {
          if (m !== undefined) void onSitesChanged();
        });
    }
    return sitesGate(got[SITES_KEY], policy, here());
  };

  let overlay: Promise<OverlayApi> | undefined;
  let sites: SiteRules | null = null;
  let sitesLoaded: Promise<unknown> | null = null;
  const load = () =>
    (overlay ??= import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js')).then(async () => {
      const api = (globalThis as unknown as { __skjemahjelpOverlay?: OverlayApi }).__skjemahjelpOverlay;
      if (!api) throw new Error('overlay.js did not load');
      if (!sites) {
        sites = api.siteRules(env);
        // A policy that arrives late (no copy yet) is applied when it comes.
        sites.follow(() => watcher?.scan());
        sitesLoaded = sites.load(MANAGED_WAIT_MS);
      }
      await sitesLoaded;
      return api;
    })).catch((e: unknown) => {
      // Not loaded (e.g. the extension was updated under the page): try again next time; attributes stay.
      overlay = undefined;
      throw e;
    });

  let watcher: FormWatcher | null = null;
  let ui: { stop(): void; openPalette(): void } | null = null;
  let starting = false;
  let paletteAsked = -Infinity;
  /** Resolves once the site rules were read (and the first scan started, unless the site is off). */
  let gateRead: () => void = () => undefined;
  const gateReady = new Promise<void>((r) => (gateRead = r));
  const start = () => {
    const w = new FormWatcher(
      document,
      {
        onChange(rec) {
          if (!rec || ui || starting || !alive()) return;
          starting = true;
          load()
            .then((api) => {
              if (watcher !== w || !alive()) return;
              ui = api.startOverlay(w, () => sites?.managed.disabledRules ?? []);
              if (performance.now() - paletteAsked < PALETTE_WAIT_MS) ui.openPalette();
            })
            .catch(() => undefined)
            .finally(() => (starting = false));
        },
      },
      {
        alive,
        engine: load,
        taught: () => gate.rules > 0,
        overrides: (candidates) => sites?.overrides(here(), candidates) ?? null,
      },
    );
    watcher = w;
    w.start(thorough);
  };
  const stop = () => {
    ui?.stop();
    ui = null;
    watcher?.clear();
    watcher = null;
  };

  /** A rule taught, edited, imported or removed, the site switched on or off, a new policy: applies at once. */
  const onSitesChanged = async () => {
    gate = await readGate();
    if (sites) await sites.load(MANAGED_WAIT_MS);
    if (!alive()) return;
    if (gate.off) stop();
    else if (!watcher) start();
    else watcher.scan();
  };

  void readGate().then((got) => {
    gate = got;
    if (!got.off) start();
    gateRead();
    measure('skjemahjelp:init', t0);
  });
  /** The rules read and the first scan done (at most ~1 s): what the popup asks about, right after injecting us. */
  const settled = async () => {
    await gateReady;
    for (let i = 0; i < 20 && watcher?.busy; i++) await new Promise((r) => setTimeout(r, 50));
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') managedRead = null;
    else if (area !== 'local' || (!changes[SITES_KEY] && !changes[MANAGED_MIRROR_KEY])) return;
    stored = null;
    void onSitesChanged();
  });

  const status = (s: SiteRules | null): SiteStatus => {
    const rec = watcher?.recognition ?? null;
    const rules = s?.rulesHere(here()) ?? [];
    return {
      origin: location.origin,
      path: location.pathname,
      form: rec?.form.id ?? null,
      single: !!rec?.single,
      fields: rec?.fields.length ?? 0,
      rulesInForce: rules.length,
      managedRules: rules.filter((r) => r.source === 'managed').length,
      off: gate.off,
      offByPolicy: gate.byPolicy,
      candidates: findCandidates(document).length,
    };
  };
  const send = createSender((m) => browser.runtime.sendMessage(m));
  browser.runtime.onMessage.addListener((m: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const type = messageType(m);
    if (type === SITE_STATUS) {
      // Every frame gets the question; the one showing a form answers first, the top page answers for the tab
      // when no frame has a form (a little later, so a form in a frame wins). A page that recognised a form has
      // the rules parsed already; the top page without one loads them now (the user opened the popup). A frame
      // that has only just loaded us (the popup injected us) answers once its first scan is done.
      const answer = () => {
        if (watcher?.recognition) {
          void load().then(
            () => sendResponse(status(sites)),
            () => sendResponse(status(null)),
          );
          return;
        }
        if (!top) return;
        const later = new Promise((r) => setTimeout(r, 150));
        void load()
          .catch(() => undefined)
          .then(() => later)
          .then(() => sendResponse(status(sites)));
      };
      if (watcher?.recognition || (watcher && !watcher.busy)) {
        answer();
        return watcher.recognition || top ? true : undefined;
      }
      // Not settled yet: keep the channel open. A frame without a form that is not the top never answers (the
      // first answer from any frame is the one the popup gets).
      if (!top && !mayHaveCandidates(document)) return undefined;
      void settled().then(answer);
      return true;
    }
    if (type === OPEN_PALETTE) {
      // The overlay (once up) opens the palette itself; before that, open it when a form is recognised soon.
      if (!ui) paletteAsked = performance.now();
      return undefined;
    }
    if (type === PICK_START) {
      const candidates = inDocumentOrder(findCandidates(document));
      if (!top && candidates.length === 0) return undefined;
      import(/* @vite-ignore */ browser.runtime.getURL('/teach.js'))
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
});
