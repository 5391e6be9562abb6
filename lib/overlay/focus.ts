import { deepTarget, fromUser } from '../dom/events.ts';
import { hostFrame } from '../dom/frames.ts';
import type { Recognition } from '../forms/locate.ts';
import type { FormWatcher } from '../dom/watch.ts';
import type { OverlayStore } from './store.ts';

/**
 * Follows focus: the overlay belongs to the recognised field the user is in, stays while focus is inside our
 * own UI (the shadow host), and goes away when the user moves to anything else on the page.
 */
export function trackFocus(doc: Document, watcher: FormWatcher, store: OverlayStore, isOwnUi: (el: Element) => boolean): () => void {
  const onFocusIn = (e: FocusEvent) => {
    if (!fromUser(e)) return;
    const t = deepTarget(e);
    if (!t) return;
    if (isOwnUi(t)) return;
    const f = watcher.fieldFor(t);
    const cur = store.get().active;
    if (f) {
      if (cur?.el !== f.el || cur.key !== f.key) store.set({ active: f, cardOpen: false });
    } else if (cur) store.set({ active: null, cardOpen: false });
  };
  doc.addEventListener('focusin', onFocusIn, true);
  return () => doc.removeEventListener('focusin', onFocusIn, true);
}

/** After a rescan, keep the overlay on the same field even when the page replaced its element. */
export function followRecognition(store: OverlayStore, rec: Recognition | null, doc: Document): void {
  const cur = store.get().active;
  let active = null;
  if (rec) {
    active = (cur && rec.fields.find((f) => f.el === cur.el)) || null;
    // The page replaced the element, or the user focused a field before it was recognised.
    const a = doc.activeElement;
    active ??= rec.fields.find((f) => f.el === a || f.el.contains(a) || (a?.tagName === 'IFRAME' && hostFrame(f.el) === a)) ?? null;
  }
  const keepCard = !!active && !!cur && active.key === cur.key && store.get().cardOpen;
  store.set({ recognition: rec, active, cardOpen: keepCard });
}
