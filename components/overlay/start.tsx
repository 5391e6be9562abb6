import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayStore } from '../../lib/overlay/store.ts';
import { Overlay } from './Overlay.tsx';
import { CHECKS_CSS, OVERLAY_CSS } from './styles.ts';
import { FormSession, SETTINGS_KEY } from '../../lib/overlay/session.ts';
import { createStatsClient } from '../../lib/stats/client.ts';
import { createOutboxSender } from '../../lib/stats/outbox.ts';
import type { FormWatcher } from '../../lib/dom/watch.ts';
import { createPalette, PALETTE_TAG } from '../palette/index.tsx';
import { OPEN_PALETTE, createSender, messageType } from '../../lib/messaging/protocol.ts';
import { findPersonText, findTarget, shouldOpenHere } from '../../lib/palette/page.ts';
import { guardRoot } from '../../lib/dom/events.ts';
import { installKeyGuard } from '../../lib/overlay/keyguard.ts';
import { routeEvent } from './route.ts';

/**
 * Everything the extension does on a page once a form has been recognised: checks, hint cards, problems panel,
 * yrke palette, statistics. Loaded by the recogniser (entrypoints/content) only then, so pages without a form
 * never parse this code.
 */
export function startOverlay(
  ctx: ContentScriptContext,
  watcher: FormWatcher,
  /** Check rules the organisation switched off (managed policy), on top of the user's own choice. */
  lockedRules: () => readonly string[] = () => [],
): { stop(): void; openPalette(): void } {
  const store = new OverlayStore();
  const send = createSender((m) => browser.runtime.sendMessage(m));
  // Statistics go to the extension's storage, not a message: they survive the tab closing while the service
  // worker is stopped (lib/stats/outbox.ts). Flushed when the page is hidden or left.
  const stats = createStatsClient(createOutboxSender(browser.storage.local));
  ctx.addEventListener(window, 'pagehide', () => stats.flush());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') stats.flush();
  });
  let ui: Awaited<ReturnType<typeof createShadowRootUi>> | undefined;
  let mounting = false;
  let unguard: (() => void) | undefined;

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
    async () => {
      if (ui || mounting) return;
      mounting = true;
      ui = await createShadowRootUi(ctx, {
        name: 'skjemahjelp-overlay',
        // Closed: the page gets null from host.shadowRoot, so it can neither read nor press anything in it.
        mode: 'closed',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: OVERLAY_CSS + CHECKS_CSS,
        isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'cut', 'copy'],
        onMount(container, shadow, host) {
          host.setAttribute('data-skjemahjelp-ui', '');
          // No click, key or field in the overlay acts on a page script's made-up event.
          guardRoot(shadow);
          // Keys inside the overlay stop at window in the capture phase (lib/overlay/keyguard.ts).
          unguard = installKeyGuard(window).addRoot(host, shadow, (e, t) => routeEvent(e, t, shadow));
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
          unguard?.();
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
    watcher,
    lockedRules,
  );

  // The yrke palette: opened by the extension shortcut (background → OPEN_PALETTE) or from the hint card.
  const palette = createPalette({
    doc: document,
    // Only a field the recogniser found: the page could put data-skjemahjelp-field on any element itself.
    target: () => {
      const t = findTarget(document, store.get().active?.el ?? null);
      return t && session.watcher.fieldFor(t.el)?.el === t.el ? t : null;
    },
    personText: () => findPersonText(document),
    notice: (text) => store.set({ notice: text }),
    send,
    track: (e) => stats.track(e),
  });
  session.openPalette = () => palette.open();
  browser.runtime.onMessage.addListener((m: unknown) => {
    if (messageType(m) === OPEN_PALETTE && shouldOpenHere(document)) palette.open();
    return undefined;
  });
  session.start();
  ctx.onInvalidated(() => session.stop());
  return {
    // The palette shortcut pressed before the overlay was up (the recogniser was injected for it): open it now.
    openPalette() {
      if (shouldOpenHere(document)) palette.open();
    },
    // The extension was switched off for the site: everything it added goes.
    stop() {
      session.stop();
      palette.close();
      ui?.remove();
      ui = undefined;
    },
  };
}
