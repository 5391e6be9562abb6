import { deepTarget } from './events.ts';
import { CANDIDATE_SELECTOR, findCandidates, looksLikeFormPage, recognise, type Recognition, type RecognisedField } from '../forms/locate.ts';
import { ATTR_FIELD, ATTR_FORM, ATTR_ISSUES } from './attrs.ts';
import { OPT_OUT_ATTR } from '../forms/protected.ts';
import { measure } from './perf-marks.ts';

export interface WatchCallbacks {
  /** Called after every scan whose result differs from the previous one (null = no form any more). */
  onChange(rec: Recognition | null): void;
}

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

  constructor(
    private readonly doc: Document,
    private cb: WatchCallbacks,
    private readonly debounceMs = 150,
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
    // The opt-out attribute (lib/forms/protected.ts) takes effect without waiting for another change.
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'role', OPT_OUT_ATTR] });
    this.doc.addEventListener('focusin', this.onFocusIn, true);
  }

  stop(): void {
    this.observer?.disconnect();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    clearTimeout(this.timer);
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
    return undefined;
  }

  private onFocusIn = (e: Event) => {
    const t = deepTarget(e);
    if (t && !this.fieldFor(t) && t.matches?.(CANDIDATE_SELECTOR)) this.schedule();
  };

  private onMutations(records: MutationRecord[]): void {
    if (this.timer) return;
    for (const r of records) {
      if (r.type === 'attributes') return this.schedule();
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
    const candidates = findCandidates(this.doc);
    const rec = candidates.length || looksLikeFormPage(this.doc) ? recognise(this.doc, candidates) : null;
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

function mayHoldField(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return el.matches(CANDIDATE_SELECTOR) || (el.firstElementChild !== null && el.querySelector(CANDIDATE_SELECTOR) !== null);
}

function sameRecognition(a: Recognition | null, b: Recognition | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.form.id !== b.form.id || a.fields.length !== b.fields.length) return false;
  return a.fields.every((f, i) => f.el === b.fields[i]!.el && f.key === b.fields[i]!.key);
}
