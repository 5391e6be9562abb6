import { deepTarget, fromUser } from '../dom/events.ts';
import type { Diagnostic } from '../checks/lint.ts';
import type { FieldCheck } from '../dom/checker.ts';
import { getSelectionOffsets, selectRange } from '../dom/field-text.ts';
import type { Rect } from '../dom/geometry.ts';
import type { RecognisedField } from '../forms/locate.ts';
import type { OverlayStore } from './store.ts';

export interface KeyDeps {
  store: OverlayStore;
  fieldFor(el: Element | null): RecognisedField | undefined;
  checkFor(el: HTMLElement): FieldCheck | undefined;
  anchorFor(field: RecognisedField, d: Diagnostic): Rect;
}

/**
 * F8 / Shift+F8 (next/previous problem) and Ctrl+. (fixes at the caret) — only while the caret is in a
 * recognised field, so the page keeps its own shortcuts everywhere else.
 */
export class KeyController {
  constructor(private readonly d: KeyDeps) {}

  onKeyDown(e: KeyboardEvent): void {
    // A page script's made-up F8 or Ctrl+. must not move the caret or open fixes (issue 13, finding 1).
    if (!fromUser(e)) return;
    const field = this.d.fieldFor(deepTarget(e));
    if (!field) return;
    const isF8 = e.key === 'F8' && !e.ctrlKey && !e.altKey && !e.metaKey;
    const isFixes = e.key === '.' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
    if (!isF8 && !isFixes) return;
    e.preventDefault();
    e.stopPropagation();
    if (isF8) this.gotoProblem(field, e.shiftKey ? -1 : 1);
    else this.openFixesAtCaret(field);
  }

  /** All problems of the form in reading order. */
  problems(): { field: RecognisedField; d: Diagnostic }[] {
    const rec = this.d.store.get().recognition;
    if (!rec) return [];
    const out: { field: RecognisedField; d: Diagnostic }[] = [];
    for (const f of rec.fields) for (const d of this.d.checkFor(f.el)?.shown ?? []) out.push({ field: f, d });
    return out;
  }

  gotoProblem(from: RecognisedField, dir: 1 | -1): void {
    const all = this.problems();
    if (all.length === 0) return;
    const rec = this.d.store.get().recognition!;
    const fi = rec.fields.findIndex((f) => f.el === from.el);
    const caret = getSelectionOffsets(from.el)?.start ?? 0;
    const pos = (p: { field: RecognisedField; d: Diagnostic }) => rec.fields.findIndex((f) => f.el === p.field.el) * 1e7 + p.d.start;
    const here = fi * 1e7 + caret;
    const next = dir === 1 ? all.find((p) => pos(p) > here) ?? all[0]! : [...all].reverse().find((p) => pos(p) < here) ?? all[all.length - 1]!;
    this.select(next.field, next.d.start, next.d.end);
  }

  openFixesAtCaret(field: RecognisedField): void {
    const check = this.d.checkFor(field.el);
    const sel = getSelectionOffsets(field.el);
    if (!check || !sel) return;
    const d = check.shown.find((x) => sel.start >= x.start && sel.start <= x.end);
    if (!d) return;
    this.d.store.set({ hover: { field, diag: d, anchor: this.d.anchorFor(field, d), viaKeyboard: true } });
  }

  select(field: RecognisedField, start: number, end: number): void {
    selectRange(field.el, start, end);
    this.d.store.set({ active: field });
  }
}
