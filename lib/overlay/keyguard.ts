/**
 * Keeps the keys the extension handles away from the page — in the capture phase, before any of the page's
 * own listeners (Nav's sykmelding app binds Alt+N = submit on `window`, capture phase).
 *
 * Installed on `window` by a tiny document_start content script (entrypoints/keyguard.ts), so its listeners
 * are the first on the event path: window capture runs before everything else, and listeners on one target
 * run in the order they were added, so no page script can come before it. Two cases:
 *
 * - Events whose target is inside our own UI (the overlay's or the palette's shadow root): stopped at once
 *   (stopImmediatePropagation), so no page listener sees them. Trusted `keydown` and `input` events are then
 *   forwarded as a non-composed copy dispatched on the focused element inside our root, so our own handlers
 *   (Preact's onKeyDown/onInput) run and the copy never leaves the shadow root. preventDefault on the copy is
 *   applied to the original. Default actions (typing, Tab, Enter on a button) still happen.
 * - Keys in a page field that the overlay handles (F8, Shift+F8, Ctrl+., Alt+Shift+P/H, Escape when our card is
 *   open): the field handler decides; when it handles a key, the keydown and its keyup are consumed.
 *
 * Shares one instance per isolated world through a registry symbol, so the overlay (loaded later) finds it.
 */

const KEY = Symbol.for('skjemahjelp.keyguard');

const STOP = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'] as const;
const FORWARD = new Set(['keydown', 'input']);

export interface KeyGuard {
  /** One of our shadow roots (open or closed): events inside it never reach the page. */
  addRoot(host: Element, root: ShadowRoot): () => void;
  /** Handles keys typed in the page's fields; returns true when it handled (and so consumes) the key. */
  setFieldKeys(fn: ((e: KeyboardEvent) => boolean) | null): void;
  /** True for events from the user: trusted, or the guard's own forwarded copy of a trusted event. */
  isUserEvent(e: Event): boolean;
}

/**
 * For handlers that act only on user input: trusted events and the guard's forwarded copies. The guard is looked
 * up at call time because the document_start script and overlay.js each bundle this module.
 */
export function isUserEvent(e: Event): boolean {
  return e.isTrusted || !!(globalThis as unknown as Record<symbol, KeyGuard | undefined>)[KEY]?.isUserEvent(e);
}

function copyOf(e: Event, win: Window & typeof globalThis): Event | null {
  const base = { bubbles: true, cancelable: e.cancelable, composed: false };
  if (e.type === 'keydown') {
    const k = e as KeyboardEvent;
    return new win.KeyboardEvent('keydown', {
      ...base,
      key: k.key,
      code: k.code,
      location: k.location,
      repeat: k.repeat,
      isComposing: k.isComposing,
      ctrlKey: k.ctrlKey,
      shiftKey: k.shiftKey,
      altKey: k.altKey,
      metaKey: k.metaKey,
    });
  }
  if (e.type === 'input') {
    const i = e as InputEvent;
    return new win.InputEvent('input', { ...base, inputType: i.inputType, data: i.data, isComposing: i.isComposing });
  }
  return null;
}

export function installKeyGuard(win: Window & typeof globalThis): KeyGuard {
  const g = globalThis as unknown as Record<symbol, KeyGuard | undefined>;
  const existing = g[KEY];
  if (existing) return existing;

  const roots = new Map<Element, ShadowRoot>();
  /** Copies we dispatched ourselves (the page cannot add to this set). */
  const forwarded = new WeakSet<Event>();
  let fieldKeys: ((e: KeyboardEvent) => boolean) | null = null;
  /** Physical keys whose keydown we consumed in a field: their keyup is consumed too. */
  const held = new Set<string>();

  const rootOf = (e: Event): [Element, ShadowRoot] | null => {
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
      if (!FORWARD.has(e.type)) return;
      const [host, root] = own;
      const target = (root.activeElement as Element | null) ?? host;
      const copy = copyOf(e, win);
      if (!copy) return;
      forwarded.add(copy);
      target.dispatchEvent(copy);
      if (copy.defaultPrevented) e.preventDefault();
      return;
    }
    if (isKey && e.type === 'keydown' && fieldKeys && e.isTrusted && !k.isComposing && fieldKeys(k)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      held.add(k.code || k.key);
    }
  };
  for (const t of STOP) win.addEventListener(t, onEvent, true);
  // A keyup lost to another window must not swallow a later one.
  win.addEventListener('blur', () => held.clear());

  const guard: KeyGuard = {
    addRoot(host, root) {
      roots.set(host, root);
      return () => {
        if (roots.get(host) === root) roots.delete(host);
      };
    },
    setFieldKeys(fn) {
      fieldKeys = fn;
    },
    isUserEvent(e) {
      return e.isTrusted || forwarded.has(e);
    },
  };
  g[KEY] = guard;
  return guard;
}
