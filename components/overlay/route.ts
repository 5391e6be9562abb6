import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keys and input inside our shadow roots are taken by the key guard at window, in the capture phase, so the page
 * never sees them (lib/overlay/keyguard.ts) — and so they never reach our elements as DOM events either. The
 * guard hands the original (trusted) event to routeEvent, which calls the handlers registered with useRouted
 * from the focused element outwards, like bubbling. A handler returns true to stop it there.
 *
 * Why not re-dispatch a copy inside the root: Firefox does not deliver untrusted events to listeners that a
 * content script added, so a copy never reaches Preact's handlers there.
 */
type Handler = (e: Event, target: Element) => boolean | void;
const handlers = new WeakMap<Element, Map<string, { current: Handler }>>();

export function routeEvent(e: Event, target: Element, root: ShadowRoot): void {
  for (let n: Node | null = target; n && n !== root; n = n.parentNode) {
    const h = handlers.get(n as Element)?.get(e.type);
    if (h && h.current(e, target) === true) return;
  }
}

/** Like onKeyDown / onInput on the element in ref, for the events the key guard routes. */
export function useRouted<E extends Event>(ref: { current: Element | null }, type: 'keydown' | 'input', fn: (e: E, target: Element) => boolean | void): void {
  const latest = useRef<Handler>(fn as Handler);
  latest.current = fn as Handler;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let m = handlers.get(el);
    if (!m) handlers.set(el, (m = new Map()));
    m.set(type, latest);
    return () => {
      if (m!.get(type) === latest) m!.delete(type);
    };
  });
}
