import { deepTarget, fromUser } from '../dom/events.ts';
import type { Diagnostic } from '../checks/lint.ts';
import type { FieldCheck } from '../dom/checker.ts';
import { getSelectionOffsets, isTextControl, selectRange } from '../dom/field-text.ts';
import type { Rect } from '../dom/geometry.ts';
import type { RecognisedField } from '../forms/locate.ts';
import type { FocusTarget, OverlayStore } from './store.ts';

export interface KeyDeps {
  store: OverlayStore;
  fieldFor(el: Element | null): RecognisedField | undefined;
  checkFor(el: HTMLElement): FieldCheck | undefined;
  anchorFor(field: RecognisedField, d: Diagnostic): Rect;
  /** Remembers the field and caret focus leaves, so Escape can put it back. */
  remember(field: RecognisedField, sel: { start: number; end: number } | null): void;
  announce(text: string): void;
}

/** The keys, as documented in lib/overlay/README.md and the problems panel. */
export const SHORTCUTS = {
  next: 'F8',
  previous: 'Shift+F8',
  fixes: 'Ctrl+.',
  panel: 'Alt+Shift+P',
  card: 'Alt+Shift+H',
} as const;

/** Where the caret is in a field, also once focus has left it (text controls keep their selection). */
export function caretOf(el: HTMLElement): { start: number; end: number } | null {
  if (isTextControl(el)) return { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  return getSelectionOffsets(el);
}

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.altKey && !e.metaKey;
const altShift = (e: KeyboardEvent, letter: string) =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === `Key${letter}` || e.key.toUpperCase() === letter);

/** The words a diagnostic is about, short enough to be read aloud. */
export function wordsOf(text: string, d: Diagnostic): string {
  const w = text.slice(d.start, d.end).replace(/\s+/g, ' ').trim();
  return w.length > 60 ? `${w.slice(0, 57)} …` : w;
}

/**
 * The problem at a caret offset: the narrowest one that holds it, so inside «tungt» of a sentence that also names no
 * work the vague phrase comes before the whole sentence.
 */
export function problemAt(shown: readonly Diagnostic[], caret: number): Diagnostic | undefined {
  let d: Diagnostic | undefined;
  for (const x of shown) if (caret >= x.start && caret <= x.end && (!d || x.end - x.start < d.end - d.start)) d = x;
  return d;
}

export function fieldName(f: RecognisedField): string {
  const l = f.field.label.length > 40 ? `${f.field.label.slice(0, 38)} …` : f.field.label;
  return f.field.number ?? l;
}

export function countPhrase(n: number): string {
  return n === 0 ? 'ingen problemer' : n === 1 ? '1 problem' : `${n} problemer`;
}

/**
 * Keys in a recognised field, called by the key guard in the capture phase before the page sees them:
 * F8 / Shift+F8 (next/previous problem, announced), Ctrl+. (fix menu at the caret, focused), Alt+Shift+P
 * (problems panel and Huskeliste, focused), Alt+Shift+H (the field's hint card, focused), Escape (closes a
 * hover card opened by the mouse). Everywhere else the page keeps its own shortcuts.
 */
export class KeyController {
  constructor(private readonly d: KeyDeps) {}

  /** Returns true when the key was ours (the guard then consumes it). */
  onKeyDown(e: KeyboardEvent): boolean {
    // A page script's made-up F8 or Ctrl+. must not move the caret or open fixes (issue 13, finding 1).
    if (!fromUser(e)) return false;
    const field = this.d.fieldFor(deepTarget(e));
    if (!field) return false;
    if (e.key === 'F8' && plain(e)) {
      this.gotoProblem(field, e.shiftKey ? -1 : 1);
      return true;
    }
    if (e.key === '.' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
      this.openFixesAtCaret(field);
      return true;
    }
    if (altShift(e, 'P')) {
      this.openPanel(field);
      return true;
    }
    if (altShift(e, 'H')) {
      this.openCard(field);
      return true;
    }
    if (e.key === 'Escape' && plain(e) && !e.shiftKey && this.d.store.get().hover) {
      this.d.store.set({ hover: null });
      return true;
    }
    return false;
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
    if (all.length === 0) {
      this.d.announce('Ingen problemer i skjemaet.');
      return;
    }
    const rec = this.d.store.get().recognition!;
    const fi = rec.fields.findIndex((f) => f.el === from.el);
    const sel = getSelectionOffsets(from.el);
    const caret = sel?.start ?? 0;
    const pos = (p: { field: RecognisedField; d: Diagnostic }) => rec.fields.findIndex((f) => f.el === p.field.el) * 1e7 + p.d.start;
    const here = fi * 1e7 + caret;
    // A problem that starts at the caret is next unless it is already the selection (F8 from the start of a text).
    const selected = (p: { field: RecognisedField; d: Diagnostic }) => p.field.el === from.el && sel?.start === p.d.start && sel?.end === p.d.end;
    const next =
      dir === 1
        ? (all.find((p) => pos(p) > here || (pos(p) === here && !selected(p))) ?? all[0]!)
        : ([...all].reverse().find((p) => pos(p) < here) ?? all[all.length - 1]!);
    this.select(next.field, next.d.start, next.d.end);
    const text = this.d.checkFor(next.field.el)?.text ?? '';
    const where = next.field.el === from.el ? '' : ` i ${fieldName(next.field)}`;
    const fixes = next.d.fixes?.length ? ' Ctrl+punktum viser rettinger.' : '';
    const words = wordsOf(text, next.d);
    // Messages often quote the words already; say them once.
    const about = words && !next.d.message.includes(words) ? ` – «${words}»` : '';
    this.d.announce(`${next.d.message}${about}. Problem ${all.indexOf(next) + 1} av ${all.length}${where}.${fixes}`);
  }

  openFixesAtCaret(field: RecognisedField): void {
    const check = this.d.checkFor(field.el);
    const sel = getSelectionOffsets(field.el);
    const d = check && sel ? problemAt(check.shown, sel.start) : undefined;
    if (!d) {
      this.d.announce('Ingen problemer ved markøren. F8 går til neste problem.');
      return;
    }
    this.d.remember(field, sel);
    // One card at a time beside the words (the hint card comes back with Alt+Shift+H).
    this.focusLater('hover', { hover: { field, diag: d, anchor: this.d.anchorFor(field, d), viaKeyboard: true }, cardOpen: false });
  }

  openPanel(field: RecognisedField): void {
    this.d.remember(field, caretOf(field.el));
    const s = this.d.store.get();
    const issues = this.problems().length;
    this.focusLater(issues ? 'problems' : 'checklist', { panelOpen: true, panelByKey: s.panelOpen ? s.panelByKey : true, hover: null });
  }

  openCard(field: RecognisedField): void {
    this.d.remember(field, caretOf(field.el));
    this.focusLater('card', { active: field, cardOpen: true, hover: null });
  }

  private focusLater(to: FocusTarget, patch: Parameters<OverlayStore['set']>[0]): void {
    const seq = (this.d.store.get().focusTo?.seq ?? 0) + 1;
    this.d.store.set({ ...patch, focusTo: { to, seq } });
  }

  select(field: RecognisedField, start: number, end: number): void {
    selectRange(field.el, start, end);
    this.d.store.set({ active: field });
  }
}
