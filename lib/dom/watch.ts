import { deepTarget } from './events.ts';
import { CANDIDATE_SELECTOR, findCandidates, looksLikeFormPage, recognise, type Overrides, type Recognition, type RecognisedField } from '../forms/locate.ts';
import { ATTR_FIELD, ATTR_FORM, ATTR_ISSUES } from './attrs.ts';
import { editableFrameBody } from './frames.ts';
import { OPT_OUT_ATTR } from '../forms/protected.ts';
import { measure } from './perf-marks.ts';

export interface WatchCallbacks {
  /** Called after every scan whose result differs from the previous one (null = no form any more). */
  onChange(rec: Recognition | null): void;
}

/** What the user taught about this page (lib/sites), asked for on every scan with the page's text fields. */
export type OverridesFor = (candidates: HTMLElement[]) => Overrides | null;

/**
 * Keeps the data-skjemahjelp-* attributes in step with the live DOM: scans once, then rescans (debounced)
 * when the page adds or removes editable elements or when focus lands on an editor we have not classified.
 * On a page without candidates this costs one querySelectorAll plus a MutationObserver that only looks at
 * added/removed nodes.
 */
export class FormWatcher {
  private rec: Recognition | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  private readonly byEl = new Map<HTMLElement, RecognisedField>();
  /** Same-origin iframes we listen to (load) and the child document we observe in each. */
  private readonly frames = new Map<HTMLIFrameElement, { doc: Document | null; observer: MutationObserver | null }>();

  constructor(
    private readonly doc: Document,
    private cb: WatchCallbacks,
    private readonly debounceMs = 150,
    private readonly overrides?: OverridesFor,
  ) {}

  /** Hands the watcher over to the overlay once it has loaded (the recogniser runs before it exists). */
  setCallbacks(cb: WatchCallbacks): void {
    this.cb = cb;
  }

  start(): void {
    this.scan();
    const win = this.doc.defaultView;
    if (!win) return;
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, OBSERVE);
    this.doc.addEventListener('focusin', this.onFocusIn, true);
  }

  stop(): void {
    this.observer?.disconnect();
    for (const [frame, w] of this.frames) {
      frame.removeEventListener('load', this.onFrameLoad);
      w.observer?.disconnect();
    }
    this.frames.clear();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    clearTimeout(this.timer);
  }

  /** Stops and takes back every attribute it set (the extension was switched off for the site). */
  clear(): void {
    this.stop();
    for (const el of this.byEl.keys()) {
      el.removeAttribute(ATTR_FIELD);
      el.removeAttribute(ATTR_ISSUES);
    }
    this.byEl.clear();
    this.doc.documentElement.removeAttribute(ATTR_FORM);
    if (this.rec) {
      this.rec = null;
      this.cb.onChange(null);
    }
  }

  get recognition(): Recognition | null {
    return this.rec;
  }

  fieldFor(el: Element | null): RecognisedField | undefined {
    let n: Element | null = el;
    while (n) {
      const f = this.byEl.get(n as HTMLElement);
      if (f) return f;
      n = n.parentElement;
    }
    // Focus on an editor's iframe (the page sees the <iframe>, the editable is its body).
    if (el?.tagName === 'IFRAME') {
      const body = editableFrameBody(el as HTMLIFrameElement);
      if (body) return this.byEl.get(body);
    }
    return undefined;
  }

  /**
   * Same-origin iframes may become rich-text editors after they load (TinyMCE sets its body editable then):
   * rescan on their load, and on editability changes inside them. Typing inside adds no candidates, so it
   * does not rescan.
   */
  private watchFrames(): void {
    const list = this.doc.getElementsByTagName('iframe');
    if (list.length === 0 && this.frames.size === 0) return;
    const live = new Set<HTMLIFrameElement>();
    for (let i = 0; i < list.length; i++) {
      const frame = list[i]!;
      live.add(frame);
      let w = this.frames.get(frame);
      if (!w) {
        frame.addEventListener('load', this.onFrameLoad);
        this.frames.set(frame, (w = { doc: null, observer: null }));
      }
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument;
      } catch {
        doc = null;
      }
      if (doc && doc !== w.doc && doc.defaultView) {
        w.observer?.disconnect();
        w.doc = doc;
        w.observer = new doc.defaultView.MutationObserver((records) => this.onMutations(records));
        w.observer.observe(doc, OBSERVE);
      }
    }
    for (const [frame, w] of this.frames)
      if (!live.has(frame)) {
        frame.removeEventListener('load', this.onFrameLoad);
        w.observer?.disconnect();
        this.frames.delete(frame);
      }
  }

  private onFrameLoad = () => this.schedule();

  private onFocusIn = (e: Event) => {
    const t = deepTarget(e);
    if (t && !this.fieldFor(t) && t.matches?.(CANDIDATE_SELECTOR)) this.schedule();
  };

  /**
   * Editors that own their editable's attributes take ours off when they re-render them (CKEditor 5 does on
   * every focus change): put them back at once, with their last value. A page that keeps removing them wins
   * after a while (no fight).
   */
  private restore(r: MutationRecord): boolean {
    if (r.attributeName !== ATTR_FIELD && r.attributeName !== ATTR_ISSUES) return false;
    const el = r.target as HTMLElement;
    const f = this.byEl.get(el);
    if (f && r.oldValue !== null && !el.hasAttribute(r.attributeName)) {
      const now = Date.now();
      let b = this.restored.get(el);
      if (!b || now - b.since > 1000) this.restored.set(el, (b = { since: now, n: 0 }));
      if (++b.n <= MAX_RESTORES_PER_SECOND) el.setAttribute(r.attributeName, r.attributeName === ATTR_FIELD ? f.key : r.oldValue);
    }
    return true;
  }
  private readonly restored = new WeakMap<HTMLElement, { since: number; n: number }>();

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) if (r.type === 'attributes') this.restore(r);
    if (this.timer) return;
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.attributeName === ATTR_FIELD || r.attributeName === ATTR_ISSUES) continue;
        return this.schedule();
      }
      for (const n of Array.from(r.addedNodes)) if (mayHoldField(n)) return this.schedule();
      for (const n of Array.from(r.removedNodes)) if (n.nodeType === 1 && (this.byEl.size > 0 || mayHoldField(n))) return this.schedule();
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.scan();
    }, this.debounceMs);
  }

  /** Re-runs recognition and reconciles attributes with the current elements. */
  scan(): void {
    const t0 = performance.now();
    try {
      this.scanNow();
    } finally {
      // Only in benchmark builds: the page's timeline is readable by the page (lib/dom/perf-marks.ts).
      measure('skjemahjelp:scan', t0);
    }
  }

  private scanNow(): void {
    this.watchFrames();
    const candidates = findCandidates(this.doc);
    const taught = this.overrides?.(candidates) ?? null;
    const rec = candidates.length || taught?.form || looksLikeFormPage(this.doc) ? recognise(this.doc, candidates, taught) : null;
    const root = this.doc.documentElement;
    const next = new Map<HTMLElement, RecognisedField>();
    for (const f of rec?.fields ?? []) next.set(f.el, f);
    // Elements that stopped being fields (or were replaced) lose our attributes.
    for (const el of this.byEl.keys())
      if (!next.has(el)) {
        el.removeAttribute(ATTR_FIELD);
        el.removeAttribute(ATTR_ISSUES);
      }
    for (const [el, f] of next) {
      if (el.getAttribute(ATTR_FIELD) !== f.key) el.setAttribute(ATTR_FIELD, f.key);
      if (f.field.freeText && !el.hasAttribute(ATTR_ISSUES)) el.setAttribute(ATTR_ISSUES, '0');
    }
    if (rec) {
      if (root.getAttribute(ATTR_FORM) !== rec.form.id) root.setAttribute(ATTR_FORM, rec.form.id);
    } else if (root.hasAttribute(ATTR_FORM)) root.removeAttribute(ATTR_FORM);
    const changed = !sameRecognition(this.rec, rec);
    this.byEl.clear();
    for (const [el, f] of next) this.byEl.set(el, f);
    this.rec = rec;
    if (changed) this.cb.onChange(rec);
  }
}

const MAY_HOLD = `${CANDIDATE_SELECTOR}, iframe`;
/** Structure, editability, and our own attributes (to put back what an editor takes off). */
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeOldValue: true,
  // The opt-out attribute (lib/forms/protected.ts) takes effect without waiting for another change.
  attributeFilter: ['contenteditable', 'role', ATTR_FIELD, ATTR_ISSUES, OPT_OUT_ATTR],
};
/** An element whose page strips our attributes faster than this is left alone (no tug of war). */
const MAX_RESTORES_PER_SECOND = 20;

function mayHoldField(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return el.matches(MAY_HOLD) || (el.firstElementChild !== null && el.querySelector(MAY_HOLD) !== null);
}

function sameRecognition(a: Recognition | null, b: Recognition | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.form.id !== b.form.id || a.fields.length !== b.fields.length) return false;
  return a.fields.every((f, i) => f.el === b.fields[i]!.el && f.key === b.fields[i]!.key);
}
