/** The element an event really happened on, also inside open shadow roots (where e.target is the host). */
export function deepTarget(e: Event): Element | null {
  const p = e.composedPath?.()[0] as Node | undefined;
  const t = (p ?? e.target) as Node | null;
  return t && t.nodeType === 1 ? (t as Element) : null;
}

/**
 * True for input from the person at the keyboard, false for an event a page script made up (dispatchEvent,
 * el.click()). Browsers set `isTrusted` on every event and a page cannot fake it; test DOMs (happy-dom) leave it
 * undefined, which counts as user input so component tests can drive the UI. Focus moved by a page's own
 * el.focus() is trusted — the browser dispatches it — which is why focus alone never changes anything that
 * matters (settings, text, the database).
 */
export function fromUser(e: Event): boolean {
  return e.isTrusted !== false;
}

/** Events that can make our UI act: clicks, keys, text input, clipboard, drag and drop, form submission. */
const ACTING_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'paste',
  'cut',
  'copy',
  'drop',
] as const;

/**
 * Stops every made-up event inside one of our shadow roots before any handler in it runs (capture phase on
 * the root comes first), so no button, key or field of the overlay or the palette acts on a page script's
 * event — whatever a handler forgets to check. `allow` lets our own forwarded copies of trusted events through.
 */
export function guardRoot(root: ShadowRoot | Element, allow: (e: Event) => boolean = () => false): () => void {
  const stop = (e: Event) => {
    if (!fromUser(e) && !allow(e)) {
      e.stopImmediatePropagation();
      e.preventDefault();
    }
  };
  for (const t of ACTING_EVENTS) root.addEventListener(t, stop, true);
  return () => {
    for (const t of ACTING_EVENTS) root.removeEventListener(t, stop, true);
  };
}
