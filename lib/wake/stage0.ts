/**
 * Stage 0 of the content script (entrypoints/wake.ts): what every page and frame pays for the extension when it
 * holds no form. It touches no extension API (the first touch sets up the extension bindings of the isolated
 * world, ≈ 0.5–1 ms: bench/content/README.md) and walks no more of the DOM than one tag collection does. It
 * loads the recogniser (stage 1, entrypoints/recogniser.ts) at once when the page looks like a form, and
 * otherwise the moment the user starts to write in a text field or a page that keeps changing comes to look
 * like a form. Kept free of imports on purpose: its whole build is a few hundred bytes.
 */

/** Why stage 1 was loaded: it scans every candidate at once (`thorough`) when the user is in a field. */
export type WakeReason = 'form' | 'focus' | 'late' | 'asked';

/** Shared through the isolated world's global, so stage 1 (loaded later, or injected by the popup) finds it. */
export interface WakeState {
  reason: WakeReason | null;
  /** Stops watching (stage 1 has taken over). */
  stop(): void;
}

export const WAKE_KEY = Symbol.for('skjemahjelp.wake');

/** After a mutation, the page is looked at again this much later (one look per period, however busy the page). */
export const LATE_CHECK_MS = 1000;

/**
 * Whether a focused element is a field the user may write in: a textarea, a text input (no type or
 * type=text, as locate.ts's candidates), an editing host (contenteditable, designMode) or role=textbox. An
 * <iframe> counts too: focus going into an editor's frame.
 */
export function isWritable(el: Element | null): boolean {
  if (el?.nodeType !== 1) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'IFRAME') return true;
  if (tag === 'INPUT') {
    const t = el.getAttribute('type');
    return t === null || t === '' || t.toLowerCase() === 'text';
  }
  return (el as HTMLElement).isContentEditable || el.getAttribute('role') === 'textbox';
}

/**
 * Installs stage 0 in a window and calls `load` once (with the reason) when stage 1 is needed:
 * - at once, when the title names a supported form (`title`, derived from the form definitions at build time)
 *   or the page has at least two <textarea>s (the live tag collection, read only to its second item);
 * - on the first `focusin` on a writable field, or the first `input` in one (a field that had the focus before
 *   stage 0 ran — autofocus, as on most log-in pages — wakes it only when the user types): two passive window
 *   capture listeners;
 * - when a page that changes comes to look like a form: a MutationObserver (childList only) that disconnects
 *   on its first record and looks again LATE_CHECK_MS later, so a page that changes all the time costs one
 *   observer callback and one look per period.
 */
export function installWake(win: Window & typeof globalThis, title: RegExp, load: (reason: WakeReason) => void): WakeState {
  const g = globalThis as unknown as Record<symbol, WakeState | undefined>;
  const existing = g[WAKE_KEY];
  if (existing) return existing;
  const doc = win.document;
  const areas = doc.getElementsByTagName('textarea');
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const looksLikeForm = () => title.test(doc.title) || areas.item(1) !== null;
  const onFocus = (e: Event) => {
    const path = e.composedPath();
    if (isWritable((path[0] as Element | undefined) ?? null)) wake('focus');
  };
  const listen = { capture: true, passive: true };
  const watch = () => observer?.observe(doc, { childList: true, subtree: true });
  const onMutations = () => {
    observer?.disconnect();
    timer = setTimeout(() => {
      timer = undefined;
      if (state.reason) return;
      if (looksLikeForm()) wake('late');
      else watch();
    }, LATE_CHECK_MS);
  };
  const stop = () => {
    win.removeEventListener('focusin', onFocus, true);
    win.removeEventListener('input', onFocus, true);
    observer?.disconnect();
    observer = null;
    clearTimeout(timer);
  };
  const wake = (reason: WakeReason) => {
    if (state.reason) return;
    state.reason = reason;
    stop();
    load(reason);
  };
  const state: WakeState = { reason: null, stop };
  g[WAKE_KEY] = state;

  if (looksLikeForm()) wake('form');
  else {
    win.addEventListener('focusin', onFocus, listen);
    win.addEventListener('input', onFocus, listen);
    observer = new win.MutationObserver(onMutations);
    watch();
  }
  return state;
}
