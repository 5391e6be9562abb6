import { PageYield } from './yield.ts';
import { deepTarget } from './events.ts';
import {
  CANDIDATE_SELECTOR,
  editableHosts,
  findCandidates,
  textControls,
  type Overrides,
  type Recognition,
  type RecognisedField,
  type recogniseSteps,
} from '../forms/locate.ts';
import { probeCandidates, probePasses, singleMayPass, titleStrength, type ProbeResult } from '../forms/probe.ts';
import { ATTR_FIELD, ATTR_FORM, ATTR_ISSUES } from './attrs.ts';
import { editableFrameBody } from './frames.ts';
import { measure } from './perf-marks.ts';
import { OPT_OUT_ATTR } from '../forms/protected.ts';

export interface WatchCallbacks {
  /** Called after every scan whose result differs from the previous one (null = no form any more). */
  onChange(rec: Recognition | null): void;
}

/**
 * recognise() and the form definitions it needs. The recogniser on every page does not carry them: it loads them
 * (with the overlay) only when the probe says a page may hold a form (entrypoints/recogniser.ts).
 */
export interface RecognitionEngine {
  recogniseSteps: typeof recogniseSteps;
}

/** What the user taught about this page (lib/sites), asked for on every scan with the page's text fields. */
export type OverridesFor = (candidates: HTMLElement[]) => Overrides | null;

export interface WatchOptions {
  /** Gives the engine, at once or when it has loaded. */
  engine: () => RecognitionEngine | Promise<RecognitionEngine>;
  /** Asked before every re-scan; false once the extension has been reloaded or removed under the page. */
  alive?: () => boolean;
  /** Work done in one task before yielding to the page, ms. */
  sliceMs?: number;
  /** Shortest time between the end of one scan and the start of the next, ms. */
  minGapMs?: number;
  /**
   * Site rules (lib/sites) for this page: when `taught()` says the user or the organisation taught something here,
   * the cheap gates are skipped (a taught page may have no wording any form uses) and recognise() gets every
   * candidate with what `overrides` makes of them. `overrides` is asked only once the engine has loaded.
   */
  taught?: () => boolean;
  overrides?: OverridesFor;
}

/** Yielded by a scan that needs the recognition engine before it can go on. */
const NEED_ENGINE = 1;

/** A scan costing c ms is followed by at least DUTY × c ms without scanning: scans take ≤ 1/(1+DUTY) of the time. */
const DUTY = 4;
/** Even a page that rebuilds continuously is re-scanned at least this often. */
const MAX_GAP_MS = 1000;

interface Want {
  /** Query contenteditable/role=textbox hosts (a walk of the DOM) even if the cheap signals do not ask for it. */
  editables: boolean;
  /** Focus landed on a field we do not know: look everywhere (editables, shadow roots), through the same gates. */
  thorough: boolean;
}

/**
 * Keeps the data-skjemahjelp-* attributes in step with the live DOM.
 *
 * Cost on pages without a form is what matters most (the recogniser runs on every page), so a scan goes in
 * stages and stops as soon as a stage says «no form here»:
 *  1. text controls from the live tag collections and the title/first <h1> (no walk of the DOM beyond the
 *     browser's tag index);
 *  2. the probe (lib/forms/probe.ts): do at least two candidates have label evidence that could match free-text
 *     fields of one form? Editing hosts (contenteditable, role=textbox: an attribute query, i.e. a walk) are
 *     only looked for when the title names a form, a text control already matched, or the page just added one;
 *  3. recognise() itself, in slices of a few milliseconds (recogniseSteps), so a 200-field form never blocks the
 *     page for long. Besides two probed fields, recognise() also runs for a single candidate that could be a
 *     whole-form field (the § 14 a «Begrunnelse») when its label or the page's headings name the form, and on
 *     every scan of a page the site rules cover (`taught`: a taught page may use no wording any form knows).
 * The thorough scan on focus goes through the same gates (over every candidate, shadow roots included), so a page
 * without a form never loads overlay.js, not even when the user types in one of its fields. The price: a page
 * whose title names a form but whose fields all have new wording (recognised by meaning in locate.ts) and pass
 * no probe is not recognised by the recogniser; the user can teach it (site rules skip the gates).
 * Shadow roots are walked only when the title or first heading names a form strongly («Legeerklæring ved
 * arbeidsuførhet», a form number). Focus on an unknown text field triggers a thorough scan (once per change of
 * the DOM), which finds the rare form the cheap stages let pass.
 *
 * Re-scans follow mutations that can matter (added or removed text fields, editing hosts, our recognised
 * elements leaving the page) and focus on unknown fields. They are throttled, not debounced: the first request
 * after a quiet spell scans at once (next task), later ones wait at most max(minGap, DUTY × last scan cost)
 * (≤ 1 s) after the previous scan, however often the page rebuilds.
 */
export class FormWatcher {
  private rec: Recognition | null = null;
  private observer: MutationObserver | undefined;
  private readonly byEl = new Map<HTMLElement, RecognisedField>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private job: Generator<typeof NEED_ENGINE | void, Recognition | null, void> | null = null;
  private engine: RecognitionEngine | null = null;
  private jobWant: Want | null = null;
  private pending: Want | null = null;
  private lastEnd = -Infinity;
  private lastCost = 0;
  private jobCost = 0;
  /** Bumped for every mutation that can matter; a thorough scan is done at most once per value. */
  private epoch = 0;
  private thoroughEpoch = -1;
  private stopped = false;
  private readonly later: PageYield;
  private wake = 0;
  private readonly sliceMs: number;
  private readonly minGapMs: number;
  /** Same-origin iframes we listen to (load) and the child document we observe in each. */
  private readonly frames = new Map<HTMLIFrameElement, { doc: Document | null; observer: MutationObserver | null }>();
  private readonly restored = new WeakMap<HTMLElement, { since: number; n: number }>();

  constructor(
    private readonly doc: Document,
    private cb: WatchCallbacks,
    private readonly opts: WatchOptions,
  ) {
    this.sliceMs = opts.sliceMs ?? 8;
    this.minGapMs = opts.minGapMs ?? 30;
    this.later = new PageYield(doc);
  }

  /** Hands the watcher over to the overlay once it has loaded (the recogniser runs before it exists). */
  setCallbacks(cb: WatchCallbacks): void {
    this.cb = cb;
  }

  /**
   * Starts watching. `thorough`: the first scan looks at every candidate (editors and shadow roots too) through the
   * gates, as on focus in an unknown field — the recogniser was loaded because the user started to write.
   */
  start(thorough = false): void {
    const win = this.doc.defaultView;
    if (win) {
      this.observer = new win.MutationObserver((records) => this.onMutations(records));
      this.observer.observe(this.doc.documentElement, OBSERVE);
    }
    this.doc.addEventListener('focusin', this.onFocusIn, true);
    // The first scan starts now, in this task; a large form continues in later slices.
    this.begin({ editables: thorough, thorough });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    for (const [frame, w] of this.frames) {
      frame.removeEventListener('load', this.onFrameLoad);
      w.observer?.disconnect();
    }
    this.frames.clear();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.job = null;
    this.later.close();
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

  /** Scans again soon (a site rule changed): throttled like any other request, and without the cheap gates' doubt. */
  scan(): void {
    this.epoch++;
    this.request({ editables: true, thorough: false });
  }

  get recognition(): Recognition | null {
    return this.rec;
  }

  /** True while a scan is under way or waiting to run (tests and the benchmark wait for quiet). */
  get busy(): boolean {
    return !!this.job || !!this.timer;
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
   * does not rescan. No iframe on the page: one look at a live tag collection.
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

  private onFrameLoad = () => {
    this.epoch++;
    this.request({ editables: true, thorough: false });
  };

  /**
   * Editors that own their editable's attributes take ours off when they re-render them (CKEditor 5 does on
   * every focus change): put them back at once, with their last value. A page that keeps removing them wins
   * after a while (no fight). True for a record about our own attributes (nothing to re-scan for).
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

  private onFocusIn = (e: Event) => {
    const t = deepTarget(e);
    if (!t || this.fieldFor(t) || !t.matches?.(CANDIDATE_SELECTOR)) return;
    // The page may have replaced a recognised field (re-render) or shows one the cheap stages did not look at.
    this.request({ editables: true, thorough: this.thoroughEpoch !== this.epoch });
  };

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    let editables = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        if (this.restore(r)) continue;
        const el = r.target as HTMLElement;
        // The opt-out attribute (lib/forms/protected.ts) may sit on any element around the fields.
        if (r.attributeName === OPT_OUT_ATTR || this.byEl.has(el) || el.matches(CANDIDATE_SELECTOR)) relevant = editables = true;
        continue;
      }
      for (let i = 0; i < r.addedNodes.length; i++) {
        const kind = fieldKind(r.addedNodes[i]!);
        if (kind) {
          relevant = true;
          if (kind === 'editable') editables = true;
        }
      }
      // Removed text fields change the outcome only where a form is recognised.
      if (this.rec && !relevant) for (let i = 0; i < r.removedNodes.length && !relevant; i++) if (fieldKind(r.removedNodes[i]!)) relevant = true;
    }
    if (!relevant && this.byEl.size > 0) for (const el of this.byEl.keys()) if (!el.isConnected) relevant = true;
    if (!relevant) return;
    this.epoch++;
    this.request({ editables, thorough: false });
  }

  /** Asks for a scan: at once (next task) after a quiet spell, otherwise when the throttle allows. */
  private request(want: Want): void {
    if (this.stopped) return;
    this.pending = this.pending ? { editables: this.pending.editables || want.editables, thorough: this.pending.thorough || want.thorough } : want;
    if (this.job || this.timer) return; // a running scan re-requests when it ends; a timer is already set
    const gap = Math.min(MAX_GAP_MS, Math.max(this.minGapMs, DUTY * this.lastCost));
    const wait = Math.max(0, this.lastEnd + gap - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.stopped || !this.pending) return;
      if (this.opts.alive && !this.opts.alive()) return this.stop();
      const w = this.pending;
      this.pending = null;
      this.begin(w);
    }, wait);
  }

  private begin(want: Want): void {
    if (want.thorough) this.thoroughEpoch = this.epoch;
    this.jobWant = want;
    this.job = this.scanSteps(want);
    this.jobCost = 0;
    this.step();
  }

  /** Runs the current scan for one slice, then yields to the page (or waits for the engine to load). */
  private step(): void {
    const job = this.job;
    if (!job || this.stopped) return;
    const t0 = performance.now();
    const deadline = t0 + this.sliceMs;
    let r = job.next();
    while (!r.done && r.value !== NEED_ENGINE && performance.now() < deadline) r = job.next();
    this.jobCost += performance.now() - t0;
    // Only in benchmark builds: the page's timeline is readable by the page (lib/dom/perf-marks.ts).
    measure('skjemahjelp:scan', t0);
    if (!r.done) {
      if (r.value === NEED_ENGINE && !this.engine) this.loadEngine(job);
      else this.yieldThenStep();
      return;
    }
    this.job = null;
    this.lastEnd = performance.now();
    this.lastCost = this.jobCost;
    const rec = this.onlyConnected(r.value);
    this.apply(rec);
    if (this.pending) {
      const w = this.pending;
      this.pending = null;
      this.request(w);
    }
  }

  private loadEngine(job: NonNullable<FormWatcher['job']>): void {
    const got = this.opts.engine();
    const resume = (e: RecognitionEngine) => {
      this.engine = e;
      if (this.job === job) this.step();
    };
    if ('then' in got) {
      got.then(resume, () => {
        // The engine could not load (extension updated under the page): give up this scan, keep watching.
        if (this.job === job) this.job = null;
      });
    } else resume(got);
  }

  /** Continues in a new task right after the page's pending work; only the latest continuation runs. */
  private yieldThenStep(): void {
    const id = ++this.wake;
    this.later.soon(() => {
      if (this.wake !== id) return;
      this.wake++;
      this.step();
    });
  }

  /** Drops fields whose element left the page while the scan ran, and scans again for what replaced them. */
  private onlyConnected(rec: Recognition | null): Recognition | null {
    if (!rec || rec.fields.every((f) => f.el.isConnected)) return rec;
    this.request(this.jobWant ?? { editables: false, thorough: false });
    const fields = rec.fields.filter((f) => f.el.isConnected);
    return fields.some((f) => f.field.freeText) ? { ...rec, fields } : null;
  }

  /** The staged scan (see the class comment); yields between small pieces of work. */
  private *scanSteps(want: Want): Generator<typeof NEED_ENGINE | void, Recognition | null, void> {
    const doc = this.doc;
    this.watchFrames();
    // A page the user taught (or one the organisation's rules cover): no gates, every candidate.
    if (this.opts.taught?.()) return yield* this.recognise(findCandidates(doc));
    // Focus on a text field we do not know: every candidate, in shadow roots too, through the same gates.
    if (want.thorough) return yield* this.gated(findCandidates(doc, true));
    const controls = textControls(doc);
    let probe: ProbeResult = controls.length ? yield* probeCandidates(controls) : { counts: [], named: [] };
    // Once the probe passes, recognise() gets every candidate, editors included, as it always did.
    if (probePasses(probe.counts)) return yield* this.recognise([...controls, ...editableHosts(doc)]);
    // Editing hosts need an attribute query (a walk of the DOM): only when the page names a form, a text control
    // matched, a form is already recognised, or the page has just added an editor.
    const title = titleStrength(doc);
    let found = controls;
    if (title > 0 || want.editables || probe.counts.some((n) => n > 0) || this.rec) {
      yield;
      const hosts = editableHosts(doc);
      if (hosts.length) {
        found = [...controls, ...hosts];
        probe = yield* probeCandidates(found);
        if (probePasses(probe.counts)) return yield* this.recognise(found);
      }
    }
    // A form written whole in one field (the AEV in a § 14 a «Begrunnelse») named by its label or the page.
    if (singleMayPass(doc, probe)) return yield* this.recognise(found);
    // A page whose title names a form strongly but shows (almost) no fields: they may live in shadow roots (a
    // walk of the DOM, only on such pages), through the same gates.
    if (title >= 1 && found.length < 3) {
      yield;
      const deep = findCandidates(doc, true);
      if (deep.length > found.length) return yield* this.gated(deep);
    }
    return null;
  }

  /** recognise() on these candidates when the probe (or the single-field rule) leaves it a chance, else null. */
  private *gated(found: HTMLElement[]): Generator<typeof NEED_ENGINE | void, Recognition | null, void> {
    const probe = yield* probeCandidates(found);
    if (probePasses(probe.counts) || singleMayPass(this.doc, probe)) return yield* this.recognise(found);
    return null;
  }

  private *recognise(found: HTMLElement[]): Generator<typeof NEED_ENGINE | void, Recognition | null, void> {
    while (!this.engine) yield NEED_ENGINE;
    const overrides = this.opts.overrides?.(found) ?? null;
    return yield* this.engine.recogniseSteps(this.doc, found, overrides);
  }

  /** Reconciles the attributes with a scan's result and tells the listener when it changed. */
  private apply(rec: Recognition | null): void {
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

/**
 * Whether a node added to or removed from the page is or holds a text field ('editable' for editing hosts and
 * iframes, which may hold an editor's editable body).
 */
function fieldKind(n: Node): 'control' | 'editable' | null {
  if (n.nodeType !== 1) return null;
  const el = n as Element;
  if (el.matches(CANDIDATE_SELECTOR)) return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? 'control' : 'editable';
  if (el.tagName === 'IFRAME') return 'editable';
  if (el.firstElementChild === null) return null;
  if (el.querySelector(EDITABLE_SELECTOR)) return 'editable';
  return el.querySelector(CANDIDATE_SELECTOR) ? 'control' : null;
}

const EDITABLE_SELECTOR = '[contenteditable=""], [contenteditable="true" i], [contenteditable="plaintext-only" i], [role="textbox"], iframe';

/** Structure, editability, the opt-out, and our own attributes (to put back what an editor takes off). */
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

function sameRecognition(a: Recognition | null, b: Recognition | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.form.id !== b.form.id || a.fields.length !== b.fields.length) return false;
  return a.fields.every((f, i) => f.el === b.fields[i]!.el && f.key === b.fields[i]!.key);
}
