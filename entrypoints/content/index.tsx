import { render } from 'preact';
import { OverlayStore } from '../../components/overlay/store.ts';
import { Overlay } from '../../components/overlay/Overlay.tsx';
import { CHECKS_CSS, OVERLAY_CSS } from '../../components/overlay/styles.ts';
import { FormSession, SETTINGS_KEY } from '../../components/overlay/session.ts';
import { createStatsClient } from '../../lib/stats/client.ts';
import { createPalette, PALETTE_TAG } from '../../components/palette/index.tsx';
import { OPEN_PALETTE, YRKE_SEARCH } from '../../components/palette/protocol.ts';
import { findPersonText, findTarget, shouldOpenHere } from '../../components/palette/page.ts';

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
      (el) =>
        (!!ui && (el === ui.shadowHost || el.getRootNode() === ui.shadow || ui.shadowHost.contains(el))) ||
        el.localName === PALETTE_TAG ||
        (el.getRootNode() as ShadowRoot).host?.localName === PALETTE_TAG,
    );
    // The yrke palette: opened by the extension shortcut (background → OPEN_PALETTE) or from the hint card.
    const palette = createPalette({
      doc: document,
      target: () => findTarget(document, store.get().active?.el ?? null),
      personText: () => findPersonText(document),
      search: (query, limit) => browser.runtime.sendMessage({ type: YRKE_SEARCH, query, limit }),
      send: (m) => browser.runtime.sendMessage(m),
      track: (e) => stats.track(e),
    });
    session.openPalette = () => palette.open();
    browser.runtime.onMessage.addListener((m: unknown) => {
      if ((m as { type?: string })?.type === OPEN_PALETTE && shouldOpenHere(document)) palette.open();
      return undefined;
    });
    session.start();
    performance.measure?.('skjemahjelp:init', { start: t0, end: performance.now() });
    ctx.onInvalidated(() => session.stop());
  },
});
