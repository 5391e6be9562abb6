import { browser } from 'wxt/browser';
import { FormWatcher } from '../lib/dom/watch.ts';

type StartOverlay = (watcher: FormWatcher) => void;

/**
 * The content script on every page (declared in wxt.config.ts): recognises the form and keeps the
 * data-skjemahjelp-* attributes current. Small on purpose — the checks engine, guidance and UI (overlay.js) are
 * imported only once a supported form is recognised. It is an unlisted script rather than a WXT content script
 * so that pages without a form pay for nothing else: no webextension-polyfill, no WXT content-script context
 * (its start-up events and listeners), and the extension API is touched only when a form is found or before a
 * re-scan (to notice that the extension was reloaded under the page).
 */
export default defineUnlistedScript(() => {
  let loading = false;
  const alive = () => !!browser?.runtime?.id;
  const watcher = new FormWatcher(
    document,
    {
      onChange(rec) {
        if (!rec || loading || !alive()) return;
        loading = true;
        import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js'))
          .then(() => {
            const api = (globalThis as unknown as { __skjemahjelpOverlay?: { startOverlay: StartOverlay } }).__skjemahjelpOverlay;
            if (api && alive()) api.startOverlay(watcher);
          })
          .catch(() => {
            // The overlay could not load (e.g. the extension was updated under the page): the attributes stay.
            loading = false;
          });
      },
    },
    { alive },
  );
  watcher.start();
});
