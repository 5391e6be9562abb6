import { deepTarget } from './events.ts';
import { isLintable, lint, type Diagnostic, type LintResult } from '../checks/lint.ts';
import type { RecognisedField } from '../forms/locate.ts';
import { ATTR_ISSUES } from './attrs.ts';
import { isTextControl, readText } from './field-text.ts';

export interface FieldCheck {
  field: RecognisedField;
  text: string;
  result: LintResult;
  /** Diagnostics after the user's "Ignorer her" choices. */
  shown: Diagnostic[];
}

export interface CheckerHooks {
  onUpdate(el: HTMLElement, check: FieldCheck | undefined): void;
  /** Rules that appeared / disappeared in a field since its previous check (for statistics). */
  onRulesChanged?(field: RecognisedField, appeared: string[], disappeared: string[]): void;
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
 * Runs the checks engine on recognised free-text fields as the user types and keeps data-skjemahjelp-issues in
 * step. Checking is synchronous and reads the field's current text each time, so a result can never be for an
 * older text than the one on screen; during IME composition nothing is checked until the word is committed.
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
  disabledRules: readonly string[] = [];

  constructor(
    private readonly doc: Document,
    private readonly fieldFor: (el: Element | null) => RecognisedField | undefined,
    private readonly hooks: CheckerHooks,
  ) {}

  attach(): () => void {
    return this.listen(this.doc);
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
        const next = this.check(field);
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
        this.hooks.onUpdate(el, undefined);
      }
    for (const f of fields) this.check(f);
    this.observe(fields);
  }

  check(field: RecognisedField): FieldCheck | undefined {
    if (!field.field.freeText || !isLintable(field.key)) return undefined;
    const text = readText(field.el);
    const prev = this.checks.get(field.el);
    if (prev && prev.text === text && prev.field.key === field.key) return prev;
    const result = lint(text, field.key, { disabledRules: this.disabledRules });
    const shown = result.diagnostics.filter((d) => !this.ignored.has(this.ignoreKey(field.key, d, text)));
    const check: FieldCheck = { field, text, result, shown };
    this.checks.set(field.el, check);
    const n = String(countIssues(shown));
    if (field.el.getAttribute(ATTR_ISSUES) !== n) field.el.setAttribute(ATTR_ISSUES, n);
    if (this.hooks.onRulesChanged) {
      const before = new Set(prev?.shown.map((d) => d.rule) ?? []);
      const after = new Set(shown.map((d) => d.rule));
      const appeared = [...after].filter((r) => !before.has(r));
      const disappeared = prev ? [...before].filter((r) => !after.has(r)) : [];
      if (appeared.length || disappeared.length) this.hooks.onRulesChanged(field, appeared, disappeared);
    }
    this.hooks.onUpdate(field.el, check);
    return check;
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
