import { deepTarget } from '../../lib/dom/events.ts';
import type { Diagnostic } from '../../lib/checks/lint.ts';
import { Checker, type FieldCheck } from '../../lib/dom/checker.ts';
import { getSelectionOffsets, isTextControl, mapEditable, rangeFor, replaceRange, selectRange, textOffset } from '../../lib/dom/field-text.ts';
import { clearHighlights, updateHighlights } from '../../lib/dom/highlights.ts';
import type { Rect } from '../../lib/dom/geometry.ts';
import type { FormWatcher } from '../../lib/dom/watch.ts';
import type { Recognition, RecognisedField } from '../../lib/forms/locate.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings/parse.ts';
import type { StatsClient } from '../../lib/stats/client.ts';
import type { UnderlineBox } from '../checks/Underlines.tsx';
import { followRecognition, trackFocus } from './controller.ts';
import type { OverlayActions, OverlayStore } from './store.ts';

export interface SettingsIo {
  load(): Promise<unknown>;
  save(s: Settings): Promise<void>;
  onChange(fn: (raw: unknown) => void): void;
}

/**
 * Everything the content script does for one document once it runs: recognition, checks, the overlay's
 * state, hover and keyboard handling. The entrypoint only mounts the UI and passes browser APIs in.
 */
export class FormSession {
  readonly watcher: FormWatcher;
  readonly checker: Checker;
  private boxes: UnderlineBox[] = [];
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInHover = false;
  private cleanups: (() => void)[] = [];
  private settingsLoaded = false;
  /** Set by the entrypoint once the yrke palette exists. */
  openPalette: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly store: OverlayStore,
    private readonly stats: StatsClient,
    private readonly settingsIo: SettingsIo,
    private readonly onFirstRecognition: () => void,
    private readonly isOwnUi: (el: Element) => boolean,
    /** Created and started by the always-on recogniser; the session takes it over. */
    watcher: FormWatcher,
  ) {
    this.checker = new Checker(doc, (el) => this.watcher.fieldFor(el), {
      onUpdate: () => this.publishChecks(),
      onRulesChanged: (f, appeared, disappeared) => {
        const form = f.key.split('.')[0] as 'l40';
        for (const rule of appeared) this.stats.track({ kind: 'problem_shown', form, field: f.key, rule });
        for (const rule of disappeared) this.stats.track({ kind: 'problem_resolved', form, field: f.key, rule });
      },
    });
    this.watcher = watcher;
    watcher.setCallbacks({ onChange: (rec) => this.onRecognition(rec) });
  }

  private onRecognition(rec: Recognition | null): void {
    followRecognition(this.store, rec, this.doc);
    if (!rec) {
      this.checker.sync([]);
      clearHighlights(this.doc);
      return;
    }
    this.stats.track({ kind: 'form_recognised', form: rec.form.id });
    if (!this.settingsLoaded) void this.loadSettings();
    this.checker.sync(rec.fields);
    this.onFirstRecognition();
  }

  start(): void {
    // The recogniser has already scanned: take over its current result.
    this.onRecognition(this.watcher.recognition);
    if (!this.watcher.recognition) {
      // Pages without a form: only the watcher's observer stays. Everything else attaches on recognition.
      const stop = this.store.subscribe((s) => {
        if (s.recognition) {
          stop();
          this.attachInteractive();
        }
      });
      this.cleanups.push(stop);
    } else this.attachInteractive();
  }

  private interactive = false;
  private attachInteractive(): void {
    if (this.interactive) return;
    this.interactive = true;
    this.cleanups.push(this.checker.attach());
    this.cleanups.push(trackFocus(this.doc, this.watcher, this.store, this.isOwnUi));
    const onKey = (e: KeyboardEvent) => this.onKeyDown(e);
    const onMove = (e: MouseEvent) => this.onMouseMove(e);
    const onFocusOut = (e: FocusEvent) => this.onFocusOut(e);
    this.doc.addEventListener('keydown', onKey, true);
    this.doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
    this.doc.addEventListener('focusout', onFocusOut, true);
    this.cleanups.push(() => {
      this.doc.removeEventListener('keydown', onKey, true);
      this.doc.removeEventListener('mousemove', onMove, true);
      this.doc.removeEventListener('focusout', onFocusOut, true);
    });
    // Open the hint card when a field gets focus, unless the user folded it away or turned it off for the form.
    let lastKey: string | null = null;
    let lastCard = false;
    this.cleanups.push(
      this.store.subscribe((s) => {
        const key = s.active?.key ?? null;
        if (key && s.recognition && s.cardOpen && !lastCard)
          this.stats.track({ kind: 'guidance_opened', form: s.recognition.form.id, field: key });
        lastCard = s.cardOpen;
        if (key !== lastKey) {
          lastKey = key;
          if (key && s.recognition) {
            this.stats.track({ kind: 'field_assisted', form: s.recognition.form.id, field: key });
            const auto = !s.settings.hintCollapsed && !s.settings.guidanceOff.includes(s.recognition.form.id);
            if (auto && !s.cardOpen) queueMicrotask(() => this.store.set({ cardOpen: true }));
          }
        }
      }),
    );
    const first = this.watcher.fieldFor(this.doc.activeElement);
    if (first) this.store.set({ active: first });
  }

  stop(): void {
    this.watcher.stop();
    for (const c of this.cleanups.splice(0)) c();
    clearHighlights(this.doc);
  }

  private async loadSettings(): Promise<void> {
    this.settingsLoaded = true;
    try {
      const { settings, problems } = parseSettings(await this.settingsIo.load());
      this.applySettings(settings);
      if (problems.length)
        this.store.set({ notice: 'Noen av Skjemahjelps innstillinger var ødelagt og er satt tilbake til standard. Resten er beholdt.' });
      this.settingsIo.onChange((raw) => this.applySettings(parseSettings(raw).settings));
    } catch {
      // Storage unavailable (e.g. the extension was reloaded): defaults apply.
    }
  }

  private applySettings(settings: Settings): void {
    const rulesChanged = settings.disabledRules.join() !== this.checker.disabledRules.join();
    this.checker.disabledRules = settings.disabledRules;
    this.store.set({ settings, panelOpen: this.store.get().panelOpen || !settings.panelCollapsed });
    if (rulesChanged) {
      this.checker.recheckAll();
      this.publishChecks();
    }
  }

  private publishChecks(): void {
    updateHighlights(this.doc, this.checker.checks.values());
    const hover = this.store.get().hover;
    // A hover card whose problem is gone (fixed, ignored, edited away) closes.
    const still = hover && this.checker.checks.get(hover.field.el)?.shown.some((d) => d.rule === hover.diag.rule && d.start === hover.diag.start);
    this.store.set({ checks: this.checker.checks, checksVersion: this.store.get().checksVersion + 1, hover: still ? hover : null });
  }

  setUnderlineBoxes(b: UnderlineBox[]): void {
    this.boxes = b;
  }

  setPointerInHover(inside: boolean): void {
    this.pointerInHover = inside;
    if (!inside) this.scheduleHoverClose();
    else clearTimeout(this.hoverTimer);
  }

  private scheduleHoverClose(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      if (!this.pointerInHover && this.store.get().hover && !this.store.get().hover!.viaKeyboard) this.store.set({ hover: null });
    }, 350);
  }

  // ------------------------------------------------------------------ hover

  private onMouseMove(e: MouseEvent): void {
    const t = deepTarget(e);
    if (!t || this.isOwnUi(t)) return;
    const field = this.watcher.fieldFor(t);
    const check = field ? this.checker.checks.get(field.el) : undefined;
    const hit = field && check ? this.hitTest(field, check, e.clientX, e.clientY) : null;
    const cur = this.store.get().hover;
    if (hit) {
      clearTimeout(this.hoverTimer);
      if (!cur || cur.diag !== hit.diag) this.store.set({ hover: { field: field!, diag: hit.diag, anchor: hit.rect, viaKeyboard: false } });
    } else if (cur && !cur.viaKeyboard) this.scheduleHoverClose();
  }

  private hitTest(field: RecognisedField, check: FieldCheck, x: number, y: number): { diag: Diagnostic; rect: Rect } | null {
    if (isTextControl(field.el)) {
      for (const b of this.boxes)
        if (b.check === check && x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height + 3)
          return { diag: check.shown[b.index]!, rect: b };
      return null;
    }
    const doc = this.doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    let node: Node | null = null;
    let off = 0;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset: off } = p);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: off } = r);
    }
    if (!node) return null;
    const map = mapEditable(field.el);
    const at = textOffset(map, node, off);
    if (at < 0) return null;
    for (const d of check.shown)
      if (at >= d.start && at < d.end) {
        const rects = rangeFor(this.doc, map, d.start, d.end)?.getClientRects();
        const r = rects && Array.from(rects).find((q) => x >= q.left - 2 && x <= q.right + 2 && y >= q.top - 2 && y <= q.bottom + 4);
        if (r) return { diag: d, rect: { left: r.left, top: r.top, width: r.width, height: r.height } };
      }
    return null;
  }

  // ------------------------------------------------------------------ keyboard

  /** F8 / Shift+F8 / Ctrl+. — only while the caret is in a recognised field, so the page keeps its shortcuts. */
  private onKeyDown(e: KeyboardEvent): void {
    const field = this.watcher.fieldFor(deepTarget(e));
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
  private problems(): { field: RecognisedField; d: Diagnostic }[] {
    const rec = this.store.get().recognition;
    if (!rec) return [];
    const out: { field: RecognisedField; d: Diagnostic }[] = [];
    for (const f of rec.fields) for (const d of this.checker.checks.get(f.el)?.shown ?? []) out.push({ field: f, d });
    return out;
  }

  gotoProblem(from: RecognisedField, dir: 1 | -1): void {
    const all = this.problems();
    if (all.length === 0) return;
    const rec = this.store.get().recognition!;
    const fi = rec.fields.findIndex((f) => f.el === from.el);
    const caret = getSelectionOffsets(from.el)?.start ?? 0;
    const pos = (p: { field: RecognisedField; d: Diagnostic }) => rec.fields.findIndex((f) => f.el === p.field.el) * 1e7 + p.d.start;
    const here = fi * 1e7 + caret;
    const next = dir === 1 ? all.find((p) => pos(p) > here) ?? all[0]! : [...all].reverse().find((p) => pos(p) < here) ?? all[all.length - 1]!;
    this.select(next.field, next.d.start, next.d.end);
  }

  openFixesAtCaret(field: RecognisedField): void {
    const check = this.checker.checks.get(field.el);
    const sel = getSelectionOffsets(field.el);
    if (!check || !sel) return;
    const d = check.shown.find((x) => sel.start >= x.start && sel.start <= x.end);
    if (!d) return;
    this.store.set({ hover: { field, diag: d, anchor: this.anchorFor(field, d), viaKeyboard: true } });
  }

  private anchorFor(field: RecognisedField, d: Diagnostic): Rect {
    const box = this.boxes.find((b) => b.check.field.el === field.el && b.check.shown[b.index] === d);
    if (box) return box;
    if (!isTextControl(field.el)) {
      const r = rangeFor(this.doc, mapEditable(field.el), d.start, d.end)?.getBoundingClientRect();
      if (r && r.width) return { left: r.left, top: r.top, width: r.width, height: r.height };
    }
    const r = field.el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: Math.min(r.width, 200), height: 20 };
  }

  select(field: RecognisedField, start: number, end: number): void {
    selectRange(field.el, start, end);
    this.store.set({ active: field });
  }

  private onFocusOut(e: FocusEvent): void {
    const field = this.watcher.fieldFor(deepTarget(e));
    if (!field) return;
    const c = this.checker.checks.get(field.el);
    if (c && c.text.trim()) this.stats.track({ kind: 'score_on_leave', form: field.key.split('.')[0] as 'l40', field: field.key, score: c.result.score });
  }

  // ------------------------------------------------------------------ actions for the UI

  readonly actions: OverlayActions = {
    applyFix: (field, diag, i) => {
      const fix = diag.fixes?.[i];
      if (!fix) return;
      this.store.set({ hover: null });
      replaceRange(field.el, fix.start, fix.end, fix.replacement, fix.cursor);
      this.stats.track({ kind: 'fix_applied', form: field.key.split('.')[0] as 'l40', field: field.key, rule: diag.rule });
      this.checker.check(field);
    },
    ignore: (field, diag) => {
      this.store.set({ hover: null });
      this.checker.ignore(field, diag);
      field.el.focus({ preventScroll: true });
    },
    disableRule: (rule) => {
      this.store.set({ hover: null });
      const s = this.store.get().settings;
      this.actions.updateSettings({ disabledRules: [...new Set([...s.disabledRules, rule])] });
    },
    select: (field, start, end) => this.select(field, start, end),
    focusField: (keys) => {
      const rec = this.store.get().recognition;
      const f = keys.map((k) => rec?.fields.find((x) => x.key === k)).find(Boolean);
      if (f) {
        f.el.scrollIntoView({ block: 'center' });
        f.el.focus({ preventScroll: true });
        this.store.set({ active: f });
      } else this.store.set({ notice: 'Feltet finnes ikke på denne siden.' });
    },
    openPalette: () => this.openPalette?.(),
    updateSettings: (patch) => {
      const next = { ...this.store.get().settings, ...patch };
      this.applySettings(next);
      void this.settingsIo.save(next).catch(() => this.store.set({ notice: 'Innstillingen kunne ikke lagres. Den gjelder bare denne siden.' }));
    },
  };
}

export { SETTINGS_KEY };
