import { deepTarget } from './events.ts';
import { isLintable, lint, lintSteps, type Diagnostic, type LintResult } from '../checks/lint.ts';
import type { RecognisedField } from '../forms/locate.ts';
import { ATTR_ISSUES } from './attrs.ts';
import { isTextControl, readText } from './field-text.ts';
import { diffRange } from './edit.ts';
import { PageYield } from './yield.ts';

export { diffRange };

export interface FieldCheck {
  field: RecognisedField;
  text: string;
  result: LintResult;
  /** Diagnostics after the user's "Ignorer her" choices. */
  shown: Diagnostic[];
  /**
   * The text changed since the engine last read it: the diagnostics are the previous ones moved with the edit
   * (those the edit touched are dropped) until the deferred check runs.
   */
  pending?: boolean;
  /** For a pending check: what the engine last reported (shown), for the statistics of appeared/resolved rules. */
  base?: Diagnostic[];
  /** For a pending check: the text the engine last read (what the Huskeliste reads until the check is done). */
  baseText?: string;
}

export interface CheckerHooks {
  onUpdate(el: HTMLElement, check: FieldCheck | undefined): void;
  /** Rules that appeared / disappeared in a field since its previous check (for statistics). */
  onRulesChanged?(field: RecognisedField, appeared: string[], disappeared: string[]): void;
}

export interface CheckerOptions {
  /** A check predicted to take longer than this (ms) does not run on the keystroke: see Checker. */
  inlineBudgetMs?: number;
  /** A deferred check runs once typing has paused this long (ms) … */
  idleMs?: number;
  /** … and at the latest this long (ms) after the first keystroke it waits for. */
  maxWaitMs?: number;
  /** A deferred check reads the text in slices of at most about this long (ms), yielding to the page between. */
  sliceMs?: number;
  /** Clock (tests). */
  now?: () => number;
}

/** 32-bit FNV-1a: lets "Ignorer her" recognise a span again without keeping its words. */
export function spanHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function countIssues(ds: readonly Diagnostic[]): number {
  let n = 0;
  for (const d of ds) if (d.severity === 'error' || d.severity === 'warning') n++;
  return n;
}

/**
 * Moves diagnostics (and their fixes) found in `before` over to the text after an edit: spans after the edit
 * shift, spans the edit touches are dropped (the next real check decides about them).
 */
export function shiftDiagnostics(ds: readonly Diagnostic[], edit: { start: number; end: number; delta: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of ds) {
    if (d.end <= edit.start) out.push(d);
    else if (d.start >= edit.end)
      out.push({
        ...d,
        start: d.start + edit.delta,
        end: d.end + edit.delta,
        fixes: d.fixes?.map((f) => ({ ...f, start: f.start + edit.delta, end: f.end + edit.delta })),
      });
  }
  return out;
}

/**
 * Runs the checks engine on recognised free-text fields as the user types and keeps data-skjemahjelp-issues in
 * step. During IME composition nothing is checked until the word is committed.
 *
 * Cost per keystroke does not grow with the text: a field whose check is predicted (from the engine's measured
 * speed on this page) to take longer than the inline budget is not checked on the keystroke. Its previous
 * diagnostics move with the edit at once (cheap arithmetic), and the engine reads the text again when typing
 * pauses (idleMs) or, while it goes on, at most every maxWaitMs. Small fields are checked at once, before the
 * next paint, so their underlines move in the same frame as the text. A deferred check reads the text in slices
 * of a few milliseconds (lintSteps), yielding to the page between them, so no long text blocks the page for the
 * whole read. A result is never shown on another text than the one it is for: one that finishes after the user
 * typed on is moved with the edit, like the diagnostics of a keystroke, and the next check is already waiting.
 */
export class Checker {
  readonly checks = new Map<HTMLElement, FieldCheck>();
  private composing = new WeakSet<EventTarget>();
  private pending = new Set<HTMLElement>();
  private frame = 0;
  /** Rich-text fields are also watched for DOM changes that come without an input event (undo, re-renders). */
  private observers = new Map<Document, MutationObserver>();
  private observed = new Set<HTMLElement>();
  private readonly ignored = new Set<string>();
  /** Last engine result per field key and text: a re-rendered field with the same text is not checked again. */
  private readonly byKey = new Map<string, { text: string; rules: string; result: LintResult }>();
  /** Deferred checks: element → timer, and when the first keystroke they wait for came. */
  private readonly deferred = new Map<HTMLElement, { timer: ReturnType<typeof setTimeout>; since: number }>();
  /** The engine's measured cost on this page, ms per character (texts ≥ 1,000 characters). */
  private msPerChar = 0.003;
  private readonly inlineBudgetMs: number;
  private readonly idleMs: number;
  private readonly maxWaitMs: number;
  private readonly sliceMs: number;
  private readonly now: () => number;
  /** Deferred checks under way, by field element: the engine's steps and the CPU time spent so far. */
  private readonly jobs = new Map<HTMLElement, { steps: Generator<void, LintResult, void>; spent: number }>();
  private readonly later: PageYield;
  disabledRules: readonly string[] = [];

  constructor(
    private readonly doc: Document,
    private readonly fieldFor: (el: Element | null) => RecognisedField | undefined,
    private readonly hooks: CheckerHooks,
    opts: CheckerOptions = {},
  ) {
    this.inlineBudgetMs = opts.inlineBudgetMs ?? 6;
    this.idleMs = opts.idleMs ?? 300;
    this.maxWaitMs = opts.maxWaitMs ?? 1500;
    this.sliceMs = opts.sliceMs ?? 8;
    this.now = opts.now ?? (() => performance.now());
    this.later = new PageYield(doc);
  }

  attach(): () => void {
    const off = this.listen(this.doc);
    return () => {
      off();
      for (const d of this.deferred.values()) clearTimeout(d.timer);
      this.deferred.clear();
      this.jobs.clear();
      this.later.close();
    };
  }

  /** Input and composition listeners on a document (ours, or an editor iframe's that holds a field). */
  private listen(doc: Document): () => void {
    const onInput = (e: Event) => {
      if ((e as InputEvent).isComposing || this.composing.has(e.target!)) return;
      this.schedule(deepTarget(e));
    };
    const onStart = (e: Event) => this.composing.add(e.target!);
    const onEnd = (e: Event) => {
      this.composing.delete(e.target!);
      this.schedule(deepTarget(e));
    };
    doc.addEventListener('input', onInput, true);
    doc.addEventListener('compositionstart', onStart, true);
    doc.addEventListener('compositionend', onEnd, true);
    return () => {
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('compositionstart', onStart, true);
      doc.removeEventListener('compositionend', onEnd, true);
    };
  }

  private frameListeners = new Map<Document, () => void>();

  /**
   * Coalesces the events of one input (input + composition end, framework re-dispatches) into one check per
   * field, run before the next paint so the underline moves in the same frame as the text.
   */
  schedule(target: Element | null): void {
    const f = this.fieldFor(target);
    if (!f) return;
    this.pending.add(f.el);
    if (this.frame) return;
    this.frame = 1;
    queueMicrotask(() => {
      this.frame = 0;
      const els = [...this.pending];
      this.pending.clear();
      for (const el of els) {
        const field = this.fieldFor(el);
        if (!field) continue;
        const prev = this.checks.get(field.el);
        const next = this.onEdit(field);
        // Same text, new DOM (an editor re-rendered its text nodes): ranges must be rebuilt on the new nodes.
        if (next && next === prev) this.hooks.onUpdate(field.el, next);
      }
    });
  }

  /** Watches the rich-text fields for DOM changes (an editor's undo, redo and re-renders fire no input event). */
  private observe(fields: readonly RecognisedField[]): void {
    const want = new Set(fields.filter((f) => f.field.freeText && !isTextControl(f.el)).map((f) => f.el));
    if (want.size === this.observed.size && [...want].every((el) => this.observed.has(el))) return;
    for (const o of this.observers.values()) o.disconnect();
    this.observers.clear();
    this.observed = want;
    // Fields inside editor iframes: their input and composition events happen in the child document.
    const docs = new Set([...want].map((el) => el.ownerDocument).filter((d) => d !== this.doc));
    for (const [d, off] of this.frameListeners)
      if (!docs.has(d)) {
        off();
        this.frameListeners.delete(d);
      }
    for (const d of docs) if (!this.frameListeners.has(d)) this.frameListeners.set(d, this.listen(d));
    for (const el of want) {
      const doc = el.ownerDocument;
      let o = this.observers.get(doc);
      if (!o) {
        const win = doc.defaultView;
        if (!win) continue;
        o = new win.MutationObserver((records) => {
          for (const r of records) {
            const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
            const f = this.fieldFor(target);
            // During IME composition the text is not final: the compositionend input checks it.
            if (f && !this.composing.has(f.el)) this.schedule(target);
          }
        });
        this.observers.set(doc, o);
      }
      o.observe(el, { childList: true, characterData: true, subtree: true });
    }
  }

  detach(): void {
    for (const off of this.frameListeners.values()) off();
    this.frameListeners.clear();
    for (const o of this.observers.values()) o.disconnect();
    this.observers.clear();
    this.observed.clear();
  }

  /** Checks every field of a (new) recognition and forgets elements that are gone. */
  sync(fields: readonly RecognisedField[]): void {
    const live = new Set(fields.map((f) => f.el));
    for (const el of [...this.checks.keys()])
      if (!live.has(el)) {
        this.checks.delete(el);
        this.cancelDeferred(el);
        this.hooks.onUpdate(el, undefined);
      }
    // Large texts wait for their own task: a form full of long texts never blocks the page in one go.
    for (const f of fields) {
      if (!this.lintable(f)) continue;
      const text = readText(f.el);
      if (this.cached(f, text) || !this.tooSlow(text)) this.check(f);
      else this.defer(f);
    }
    this.observe(fields);
  }

  /** An edit in a field: check now if that is cheap, otherwise move the old diagnostics and check later. */
  private onEdit(field: RecognisedField): FieldCheck | undefined {
    if (!this.lintable(field)) return undefined;
    const text = readText(field.el);
    const prev = this.checks.get(field.el);
    if (this.cached(field, text) || !this.tooSlow(text)) return this.check(field);
    // A long text with nothing to move yet (its first check is still under way, or the field changed role).
    if (!prev || prev.field.key !== field.key) return void this.defer(field);
    // Same text (a re-render): nothing to move; a pending field keeps waiting for its check.
    if (prev.text === text) {
      if (!prev.pending) return this.check(field);
      this.defer(field);
      return prev;
    }
    const edit = diffRange(prev.text, text);
    const moved = (ds: readonly Diagnostic[]) => shiftDiagnostics(ds, edit);
    const next: FieldCheck = {
      field,
      text,
      result: { ...prev.result, diagnostics: moved(prev.result.diagnostics) },
      shown: moved(prev.shown),
      pending: true,
      base: prev.base ?? prev.shown,
      baseText: prev.baseText ?? prev.text,
    };
    this.publish(field, next);
    this.defer(field);
    return next;
  }

  private lintable(field: RecognisedField): boolean {
    return field.field.freeText && isLintable(field.key);
  }

  private tooSlow(text: string): boolean {
    return text.length * this.msPerChar > this.inlineBudgetMs;
  }

  private cached(field: RecognisedField, text: string): boolean {
    const c = this.byKey.get(field.key);
    return !!c && c.text === text && c.rules === this.disabledRules.join();
  }

  private defer(field: RecognisedField): void {
    const el = field.el;
    const cur = this.deferred.get(el);
    const since = cur?.since ?? this.now();
    if (cur) clearTimeout(cur.timer);
    const wait = Math.max(0, Math.min(this.idleMs, since + this.maxWaitMs - this.now()));
    const timer = setTimeout(() => {
      this.deferred.delete(el);
      const f = this.fieldFor(el);
      if (!f || !el.isConnected) return;
      // Never mid-word in an IME composition: try again after it.
      if (this.composing.has(el)) return this.defer(f);
      this.checkInSlices(f);
    }, wait);
    this.deferred.set(el, { timer, since });
  }

  private cancelDeferred(el: HTMLElement): void {
    const d = this.deferred.get(el);
    if (d) clearTimeout(d.timer);
    this.deferred.delete(el);
    this.jobs.delete(el);
  }

  /** The engine over the field's text in slices of sliceMs, yielding to the page between them. */
  private checkInSlices(field: RecognisedField): void {
    if (!this.lintable(field)) return;
    const el = field.el;
    const text = readText(el);
    if (this.cached(field, text)) return void this.check(field);
    const rules = this.disabledRules.join();
    const job = { steps: lintSteps(text, field.key, { disabledRules: this.disabledRules }), spent: 0 };
    this.jobs.set(el, job);
    const step = () => {
      // Replaced by a newer check of the field, or the field was forgotten.
      if (this.jobs.get(el) !== job) return;
      const t0 = this.now();
      let r = job.steps.next();
      while (!r.done && this.now() - t0 < this.sliceMs) r = job.steps.next();
      job.spent += this.now() - t0;
      if (!r.done) return this.later.soon(step);
      this.jobs.delete(el);
      this.remember(field, text, rules, r.value, job.spent);
      const f = this.fieldFor(el);
      if (!f || !el.isConnected || f.key !== field.key || rules !== this.disabledRules.join()) return;
      const now = readText(el);
      if (now === text) return void this.check(f);
      // The user typed on while the engine read: its result, moved with the edits since, replaces the older one
      // until the next check (already waiting, unless the text changed without an input event).
      const check = this.accept(f, text, r.value, this.checks.get(el));
      const moved = (ds: readonly Diagnostic[]) => shiftDiagnostics(ds, diffRange(text, now));
      this.publish(f, {
        field: f,
        text: now,
        result: { ...r.value, diagnostics: moved(r.value.diagnostics) },
        shown: moved(check.shown),
        pending: true,
        base: check.shown,
        baseText: text,
      });
      if (!this.deferred.has(el)) this.defer(f);
    };
    step();
  }

  /** Runs the engine now (or reuses its result for the same field and text) and publishes the result. */
  check(field: RecognisedField): FieldCheck | undefined {
    if (!this.lintable(field)) return undefined;
    const text = readText(field.el);
    const prev = this.checks.get(field.el);
    if (prev && !prev.pending && prev.text === text && prev.field.key === field.key) return prev;
    this.cancelDeferred(field.el);
    const rules = this.disabledRules.join();
    let result: LintResult;
    const c = this.byKey.get(field.key);
    if (c && c.text === text && c.rules === rules) result = c.result;
    else {
      const t0 = this.now();
      result = lint(text, field.key, { disabledRules: this.disabledRules });
      const ms = this.now() - t0;
      this.remember(field, text, rules, result, ms);
    }
    const check = this.accept(field, text, result, prev);
    this.publish(field, check);
    return check;
  }

  /** Keeps the engine's result for the field and text, and learns its speed on this page from long texts. */
  private remember(field: RecognisedField, text: string, rules: string, result: LintResult, ms: number): void {
    if (text.length >= 1000) this.msPerChar = this.msPerChar * 0.5 + (ms / text.length) * 0.5;
    this.byKey.set(field.key, { text, rules, result });
  }

  /** The engine's result for a text, after the user's "Ignorer her" choices; reports rules that came and went. */
  private accept(field: RecognisedField, text: string, result: LintResult, prev: FieldCheck | undefined): FieldCheck {
    const shown = result.diagnostics.filter((d) => !this.ignored.has(this.ignoreKey(field.key, d, text)));
    const check: FieldCheck = { field, text, result, shown };
    if (this.hooks.onRulesChanged) {
      // Compared with the last engine result shown here, not with moved (pending) diagnostics.
      const before = new Set((prev?.base ?? prev?.shown)?.map((d) => d.rule) ?? []);
      const after = new Set(shown.map((d) => d.rule));
      const appeared = [...after].filter((r) => !before.has(r));
      const disappeared = prev ? [...before].filter((r) => !after.has(r)) : [];
      if (appeared.length || disappeared.length) this.hooks.onRulesChanged(field, appeared, disappeared);
    }
    return check;
  }

  private publish(field: RecognisedField, check: FieldCheck): void {
    this.checks.set(field.el, check);
    const n = String(countIssues(check.shown));
    if (field.el.getAttribute(ATTR_ISSUES) !== n) field.el.setAttribute(ATTR_ISSUES, n);
    this.hooks.onUpdate(field.el, check);
  }

  private ignoreKey(fieldKey: string, d: Diagnostic, text: string): string {
    return `${fieldKey}|${d.rule}|${spanHash(text.slice(d.start, d.end))}`;
  }

  /** "Ignorer her": this problem at this wording in this field, for as long as the page lives. */
  ignore(field: RecognisedField, d: Diagnostic): void {
    const c = this.checks.get(field.el);
    if (!c) return;
    this.ignored.add(this.ignoreKey(field.key, d, c.text));
    this.checks.delete(field.el);
    this.check(field);
  }

  recheckAll(): void {
    for (const c of [...this.checks.values()]) {
      this.checks.delete(c.field.el);
      this.check(c.field);
    }
  }
}
