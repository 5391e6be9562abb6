import { browser } from 'wxt/browser';
import { FormWatcher } from '../lib/dom/watch.ts';

import type { RecognitionEngine } from '../lib/dom/watch.ts';

interface OverlayApi extends RecognitionEngine {
  startOverlay(watcher: FormWatcher): void;
}

/**
 * The content script on every page (declared in wxt.config.ts): recognises the form and keeps the
 * data-skjemahjelp-* attributes current. Small on purpose — the checks engine, guidance and UI (overlay.js) are
 * imported only once the cheap gates say a page may hold a form; recognise() itself and the form definitions
 * travel with them, so pages without a form never parse them. It is an unlisted script rather than a WXT content script
 * so that pages without a form pay for nothing else: no webextension-polyfill, no WXT content-script context
 * (its start-up events and listeners), and the extension API is touched only when a form is found or before a
 * re-scan (to notice that the extension was reloaded under the page).
 */
export default defineUnlistedScript(() => {
  let overlay: Promise<OverlayApi> | undefined;
  let started = false;
  const alive = () => !!browser?.runtime?.id;
  const load = () =>
    (overlay ??= import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js')).then(() => {
      const api = (globalThis as unknown as { __skjemahjelpOverlay?: OverlayApi }).__skjemahjelpOverlay;
      if (!api) throw new Error('overlay.js did not load');
      return api;
    })).catch((e: unknown) => {
      // Not loaded (e.g. the extension was updated under the page): try again next time; attributes stay.
      overlay = undefined;
      throw e;
    });
  const watcher = new FormWatcher(
    document,
    {
      onChange(rec) {
        if (!rec || started || !alive()) return;
        started = true;
        load().then(
          (api) => api.startOverlay(watcher),
          () => (started = false),
        );
      },
    },
    { alive, engine: load },
  );
  watcher.start();
});
