import type { Diagnostic } from '../checks/lint.ts';
import type { FieldCheck } from '../dom/checker.ts';
import type { Rect } from '../dom/geometry.ts';
import type { Recognition, RecognisedField } from '../forms/locate.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/parse.ts';

/** An underline drawn over a text control, in viewport coordinates: the hover hit-tests against these. */
export interface UnderlineBox extends Rect {
  check: FieldCheck;
  index: number;
}

export interface HoverState {
  field: RecognisedField;
  diag: Diagnostic;
  /** Where the underlined span is, in viewport coordinates. */
  anchor: Rect;
  /** Opened from the keyboard (Ctrl+.): focus goes into the card. */
  viaKeyboard: boolean;
}

export interface OverlayState {
  recognition: Recognition | null;
  /** The recognised field the user is working in (kept while focus is inside our own UI). */
  active: RecognisedField | null;
  /** The hint card beside the active field is open. */
  cardOpen: boolean;
  /** Bumped whenever check results change (the checks map is mutated in place). */
  checksVersion: number;
  checks: ReadonlyMap<HTMLElement, FieldCheck>;
  hover: HoverState | null;
  panelOpen: boolean;
  settings: Settings;
  /** A one-off notice (Norwegian), e.g. repaired settings. */
  notice: string | null;
  /** What the polite live region says; seq changes even when the text repeats, so it is announced again. */
  announce: { text: string; seq: number } | null;
  /** Where the view should move focus once it has rendered (set by the keyboard shortcuts). */
  focusTo: { to: FocusTarget; seq: number } | null;
  /** The problems panel was opened by the keyboard shortcut: Escape folds it again. */
  panelByKey: boolean;
  /**
   * Fields whose editor cannot be written to safely (a recognised editor we have no write path for, or one that
   * refused or altered a write): element → why, in Norwegian. Their fixes are offered as «Kopier».
   */
  copyOnly: ReadonlyMap<HTMLElement, string>;
}

/** Our cards a keyboard shortcut can move focus into. */
export type FocusTarget = 'hover' | 'problems' | 'checklist' | 'card';

/** Minimal observable state shared by the content-script wiring and the Preact overlay. */
export class OverlayStore {
  private state: OverlayState = {
    recognition: null,
    active: null,
    cardOpen: false,
    checksVersion: 0,
    checks: new Map(),
    hover: null,
    panelOpen: false,
    settings: DEFAULT_SETTINGS,
    notice: null,
    announce: null,
    focusTo: null,
    panelByKey: false,
    copyOnly: new Map(),
  };
  private readonly listeners = new Set<(s: OverlayState) => void>();

  get(): OverlayState {
    return this.state;
  }

  set(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  subscribe(fn: (s: OverlayState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** What the overlay can ask the content script to do. */
export interface OverlayActions {
  applyFix(field: RecognisedField, diag: Diagnostic, fixIndex: number): void;
  /** «Kopier» for a fix in a field we cannot write to: copies the replacement text; resolves to success. */
  copyFix(field: RecognisedField, diag: Diagnostic, fixIndex: number): Promise<boolean>;
  ignore(field: RecognisedField, diag: Diagnostic): void;
  disableRule(rule: string): void;
  select(field: RecognisedField, start: number, end: number): void;
  /** Focuses the first of these fields that is on the page. */
  focusField(fieldKeys: readonly string[]): void;
  updateSettings(patch: Partial<Settings>): void;
  /** Opens the yrke palette for the active field. */
  openPalette(): void;
  /** Closes the hover card and puts focus back in the field, with the caret where it was. */
  back(): void;
  /** Says something through the polite live region. */
  announce(text: string): void;
}
