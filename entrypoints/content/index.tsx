import { render } from 'preact';
import { FormWatcher } from '../../lib/dom/watch.ts';
import { OverlayStore } from '../../components/overlay/store.ts';
import { Overlay } from '../../components/overlay/Overlay.tsx';
import { OVERLAY_CSS } from '../../components/overlay/styles.ts';
import { followRecognition, trackFocus } from '../../components/overlay/controller.ts';
import { createStatsClient } from '../../lib/stats/client.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    const t0 = performance.now();
    const store = new OverlayStore();
    const stats = createStatsClient((m) => browser.runtime.sendMessage(m));
    ctx.addEventListener(window, 'pagehide', () => stats.flush());
    let ui: Awaited<ReturnType<typeof createShadowRootUi>> | undefined;
    let mounting = false;

    // The UI is only created once a form is recognised: pages without one get nothing added.
    const ensureUi = async () => {
      if (ui || mounting) return;
      mounting = true;
      ui = await createShadowRootUi(ctx, {
        name: 'skjemahjelp-overlay',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: OVERLAY_CSS,
        isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'cut', 'copy'],
        onMount(container, _shadow, host) {
          host.setAttribute('data-skjemahjelp-ui', '');
          render(<Overlay store={store} />, container);
        },
        onRemove() {
          if (ui) render(null, ui.uiContainer);
        },
      });
      ui.mount();
      mounting = false;
    };

    let lastActive: string | null = null;
    let lastCard = false;
    store.subscribe((s) => {
      const key = s.active?.key ?? null;
      const form = s.recognition?.form.id;
      if (key && form && key !== lastActive) stats.track({ kind: 'field_assisted', form, field: key });
      if (key && form && s.cardOpen && !lastCard) stats.track({ kind: 'guidance_opened', form, field: key });
      lastActive = key;
      lastCard = s.cardOpen;
    });
    const watcher = new FormWatcher(document, {
      onChange(rec) {
        followRecognition(store, rec, document);
        if (rec) {
          stats.track({ kind: 'form_recognised', form: rec.form.id });
          void ensureUi();
        }
      },
    });
    watcher.start();
    const stopFocus = trackFocus(document, watcher, store, (el) => !!ui && (el === ui.shadowHost || ui.shadowHost.contains(el)));
    // A field that already has focus when we recognise it (autofocus) gets its badge at once.
    const first = watcher.fieldFor(document.activeElement);
    if (first) store.set({ active: first });
    performance.measure?.('skjemahjelp:init', { start: t0, end: performance.now() });
    ctx.onInvalidated(() => {
      watcher.stop();
      stopFocus();
    });
  },
});
