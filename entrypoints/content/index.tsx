import { render } from 'preact';
import { OverlayStore } from '../../components/overlay/store.ts';
import { Overlay } from '../../components/overlay/Overlay.tsx';
import { CHECKS_CSS, OVERLAY_CSS } from '../../components/overlay/styles.ts';
import { FormSession, SETTINGS_KEY } from '../../components/overlay/session.ts';
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

    const session: FormSession = new FormSession(
      document,
      store,
      stats,
      {
        load: async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
        save: (s) => browser.storage.local.set({ [SETTINGS_KEY]: s }),
        onChange: (fn) =>
          browser.storage.onChanged.addListener((changes, area) => {
            if (area === 'local' && changes[SETTINGS_KEY]) fn(changes[SETTINGS_KEY].newValue);
          }),
      },
      // The UI is only created once a form is recognised: pages without one get nothing added.
      async () => {
        if (ui || mounting) return;
        mounting = true;
        ui = await createShadowRootUi(ctx, {
          name: 'skjemahjelp-overlay',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          css: OVERLAY_CSS + CHECKS_CSS,
          isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'cut', 'copy'],
          onMount(container, _shadow, host) {
            host.setAttribute('data-skjemahjelp-ui', '');
            render(
              <Overlay
                store={store}
                actions={session.actions}
                onUnderlineBoxes={(b) => session.setUnderlineBoxes(b)}
                onHoverPointer={(inside) => session.setPointerInHover(inside)}
              />,
              container,
            );
          },
          onRemove() {
            if (ui) render(null, ui.uiContainer);
          },
        });
        ui.mount();
        mounting = false;
      },
      (el) => !!ui && (el === ui.shadowHost || el.getRootNode() === ui.shadow || ui.shadowHost.contains(el)),
    );
    session.start();
    performance.measure?.('skjemahjelp:init', { start: t0, end: performance.now() });
    ctx.onInvalidated(() => session.stop());
  },
});
