/**
 * Keeps the keys the extension handles away from the page — in the capture phase, before any of the page's
 * own listeners (Nav's sykmelding app binds Alt+N = submit on `window`, capture phase).
 *
 * Installed on `window` by the one document_start content script (entrypoints/wake.ts, before stage 0), so its listeners
 * are the first on the event path: window capture runs before everything else, and listeners on one target
 * run in the order they were added, so no page script can come before it. Two cases:
 *
 * - Events whose target is inside our own UI (the overlay's or the palette's shadow root): stopped at once
 *   (stopImmediatePropagation), so no page listener sees them. Trusted `keydown` and `input` events are then
 *   handed, as they are, to the root's router with the focused element inside the root (our handlers are
 *   registered there, components/overlay/route.ts). Default actions (typing, Tab, Enter on a button) still
 *   happen unless a handler prevents them. Synthetic events aimed at our UI are stopped and go nowhere.
 * - Keys in a page field that the overlay handles (F8, Shift+F8, Ctrl+., Alt+Shift+P/H, Escape when our card is
 *   open): the field handler decides; when it handles a key, the keydown and its keyup are consumed.
 *
 * Shares one instance per isolated world through a registry symbol, so the overlay (loaded later) finds it.
 */

const KEY = Symbol.for('skjemahjelp.keyguard');

const STOP = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'] as const;
const ROUTED = new Set(['keydown', 'input']);

/** Delivers a trusted keydown or input event taken inside a root to our own handlers. */
export type Router = (e: Event, target: Element) => void;

export interface KeyGuard {
  /** One of our shadow roots (open or closed): events inside it never reach the page, and go to `route`. */
  addRoot(host: Element, root: ShadowRoot, route: Router): () => void;
  /** Handles keys typed in the page's fields; returns true when it handled (and so consumes) the key. */
  setFieldKeys(fn: ((e: KeyboardEvent) => boolean) | null): void;
  /** Adds the listeners again where they were erased (document.open() on an about:blank frame erases the window's). */
  rearm(): void;
}

export function installKeyGuard(win: Window & typeof globalThis): KeyGuard {
  const g = globalThis as unknown as Record<symbol, KeyGuard | undefined>;
  const existing = g[KEY];
  if (existing) {
    existing.rearm();
    return existing;
  }

  const roots = new Map<Element, { root: ShadowRoot; route: Router }>();
  let fieldKeys: ((e: KeyboardEvent) => boolean) | null = null;
  /** Physical keys whose keydown we consumed in a field: their keyup is consumed too. */
  const held = new Set<string>();

  const rootOf = (e: Event): [Element, { root: ShadowRoot; route: Router }] | null => {
    if (!roots.size) return null;
    // At window, a closed root's internals are hidden from the path: the host stands for them.
    for (const n of e.composedPath()) {
      const r = roots.get(n as Element);
      if (r) return [n as Element, r];
    }
    return null;
  };

  const onEvent = (e: Event) => {
    const k = e as KeyboardEvent;
    const isKey = e.type.startsWith('key');
    // The keyup of a key we took, wherever focus has moved meanwhile (Escape or Enter return it to the field).
    if (e.type === 'keyup' && held.delete(k.code || k.key)) {
      e.stopImmediatePropagation();
      return;
    }
    const own = rootOf(e);
    if (own) {
      e.stopImmediatePropagation();
      if (!e.isTrusted) return;
      if (e.type === 'keydown') held.add(k.code || k.key);
      if (!ROUTED.has(e.type)) return;
      const [host, { root, route }] = own;
      // The element itself where the path shows it (open roots); for a closed root, the focused element in it.
      const first = e.composedPath()[0] as Node | undefined;
      route(e, first && first !== host && root.contains(first) ? (first as Element) : ((root.activeElement as Element | null) ?? host));
      return;
    }
    if (isKey && e.type === 'keydown' && fieldKeys && e.isTrusted && !k.isComposing && fieldKeys(k)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      held.add(k.code || k.key);
    }
  };
  const onBlur = () => held.clear();
  // Adding the same listener again is a no-op, so this is safe to repeat.
  const arm = () => {
    for (const t of STOP) win.addEventListener(t, onEvent, true);
    // A keyup lost to another window must not swallow a later one.
    win.addEventListener('blur', onBlur);
  };
  arm();

  const guard: KeyGuard = {
    addRoot(host, root, route) {
      const entry = { root, route };
      roots.set(host, entry);
      return () => {
        if (roots.get(host) === entry) roots.delete(host);
      };
    },
    setFieldKeys(fn) {
      fieldKeys = fn;
    },
    rearm: arm,
  };
  g[KEY] = guard;
  return guard;
}
