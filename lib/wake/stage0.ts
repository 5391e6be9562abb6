/**
 * Stage 0 of the content script (entrypoints/wake.ts): what every page and frame pays for the extension when it
 * holds no form. It touches no extension API (the first touch sets up the extension bindings of the isolated
 * world, ≈ 0.5–1 ms: bench/content/README.md) and walks the document at most once per look. It
 * loads the recogniser (stage 1, entrypoints/recogniser.ts) at once when the page looks like a form, and
 * otherwise the moment the user starts to write in a text field or a page that keeps changing comes to look
 * like a form. It shares its content script with the key guard (lib/overlay/keyguard.ts), which must run at
 * document_start: one content script per page and frame, because each costs a fixed amount of its own. Kept
 * free of imports on purpose: its whole build is a few hundred bytes.
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
 * Whether the document has at least two <textarea>s: the tag collection read to its second item, one walk of
 * the document at most. Not querySelector, nor anything else that hands back an element on a page with fewer:
 * the first element wrapper made in the content script's world costs more than the walk on most pages
 * (bench/content/gates.ts). Not kept either: a live collection is brought up to date by the page's every change
 * while it lives.
 */
export function hasTwoTextareas(doc: Document): boolean {
  return doc.getElementsByTagName('textarea').item(1) !== null;
}

/**
 * Installs stage 0 in a window and calls `load` once (with the reason) when stage 1 is needed. Runs at
 * document_start (beside the key guard, in the same content script) but looks only once the document is parsed:
 * in a task of its own queued at DOMContentLoaded as it reaches the window, i.e. after the document's own
 * DOMContentLoaded handlers (at once if the document is no longer loading). Then:
 * - at once, when the title names a supported form (`title`, derived from the form definitions at build time)
 *   or the page has at least two <textarea>s (hasTwoTextareas);
 * - on the first `focusin` on a writable field, or the first `input` in one (a field that had the focus before
 *   stage 0 looked wakes it only when the user types; so does one the browser focuses by `autofocus`, which may
 *   come after the look): two passive window capture listeners;
 * - when a page that changes comes to look like a form: a MutationObserver (childList only) that disconnects
 *   on its first record and looks again LATE_CHECK_MS later, so a page that changes all the time costs one
 *   observer callback and one look per period.
 * Installed again in the same world (the content script run again after document.open() erased the window's
 * listeners), it adds back what was erased.
 */
export function installWake(win: Window & typeof globalThis, title: RegExp, load: (reason: WakeReason) => void): WakeState {
  const g = globalThis as unknown as Record<symbol, (WakeState & { rearm?(): void }) | undefined>;
  const existing = g[WAKE_KEY];
  if (existing) {
    existing.rearm?.();
    return existing;
  }
  const doc = win.document;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let looked = false;

  const looksLikeForm = () => title.test(doc.title) || hasTwoTextareas(doc);
  const onFocus = (e: Event) => {
    const el = (e.composedPath()[0] as Element | undefined) ?? null;
    // Focus the browser gives on its own (autofocus) is not the user starting to write; typing there is.
    if (isWritable(el) && !(e.type === 'focusin' && el!.hasAttribute('autofocus'))) wake('focus');
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
  const onReady = (e: Event) => {
    // A page's own made-up DOMContentLoaded does not decide when stage 0 looks.
    if (!e.isTrusted) return;
    win.removeEventListener('DOMContentLoaded', onReady);
    // In a task of its own, as document_idle scripts run: DOMContentLoaded often comes in the parser's last task,
    // which on a large page is already long, and the look (a walk of the document) would only make it longer.
    timer = setTimeout(look, 0);
  };
  const look = () => {
    timer = undefined;
    looked = true;
    if (state.reason) return;
    if (looksLikeForm()) return wake('form');
    arm();
    observer ??= new win.MutationObserver(onMutations);
    watch();
  };
  // Adding the same listener again is a no-op, so this is safe to repeat.
  const arm = () => {
    if (state.reason) return;
    if (!looked) {
      if (timer !== undefined) return; // the look is queued
      if (doc.readyState === 'loading') win.addEventListener('DOMContentLoaded', onReady);
      else look();
      return;
    }
    win.addEventListener('focusin', onFocus, listen);
    win.addEventListener('input', onFocus, listen);
  };
  const stop = () => {
    win.removeEventListener('DOMContentLoaded', onReady);
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
  const state: WakeState & { rearm(): void } = { reason: null, stop, rearm: arm };
  g[WAKE_KEY] = state;
  arm();
  return state;
}
