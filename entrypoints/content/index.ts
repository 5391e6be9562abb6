import { FormWatcher } from '../../lib/dom/watch.ts';
import { measure } from '../../lib/dom/perf-marks.ts';

type StartOverlay = typeof import('../../components/overlay/start.tsx').startOverlay;

/**
 * Always-on part: recognise the form and keep the data-skjemahjelp-* attributes current. Small on purpose —
 * the checks engine, guidance and UI (overlay.js) are imported only once a supported form is recognised.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    const t0 = performance.now();
    let loading = false;
    const watcher = new FormWatcher(document, {
      onChange(rec) {
        if (!rec || loading) return;
        loading = true;
        import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js'))
          .then(() => {
            const api = (globalThis as unknown as { __skjemahjelpOverlay?: { startOverlay: StartOverlay } }).__skjemahjelpOverlay;
            if (api && ctx.isValid) api.startOverlay(ctx, watcher);
          })
          .catch(() => {
            // The overlay could not load (e.g. the extension was updated under the page): the attributes stay.
            loading = false;
          });
      },
    });
    watcher.start();
    measure('skjemahjelp:init', t0);
    ctx.onInvalidated(() => watcher.stop());
  },
});
