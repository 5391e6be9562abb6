import { deepTarget, fromUser } from '../dom/events.ts';
import { Checker, countIssues } from '../dom/checker.ts';
import { copyText } from '../dom/clipboard.ts';
import { detectEditor, writeText } from '../dom/editors.ts';
import { selectRange } from '../dom/field-text.ts';
import { hostFrame } from '../dom/frames.ts';
import { clearHighlights, updateHighlights } from '../dom/highlights.ts';
import type { FormWatcher } from '../dom/watch.ts';
import type { Recognition, RecognisedField } from '../forms/locate.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from '../settings/parse.ts';
import { formOfKey } from '../forms/roles.ts';
import type { StatsClient } from '../stats/client.ts';
import { HoverController } from './hover.ts';
import { caretOf, countPhrase, fieldName, KeyController } from './keys.ts';
import { installKeyGuard } from './keyguard.ts';
import { followRecognition, trackFocus } from './focus.ts';
import type { OverlayActions, OverlayStore, UnderlineBox } from './store.ts';

/** Quiet time after the last keystroke before a field's new problem count is announced. */
export const QUIET_MS = 1200;

export interface SettingsIo {
  load(): Promise<unknown>;
  save(s: Settings): Promise<void>;
  onChange(fn: (raw: unknown) => void): void;
}

/**
 * The content-script runtime for one document once a form is recognised: takes over the recogniser's
 * watcher, runs the checks, keeps the overlay's state, loads settings and wires the hover and keyboard
 * controllers. No JSX: the entrypoint mounts the Preact views and passes browser APIs in.
 */
export class FormSession {
  readonly watcher: FormWatcher;
  readonly checker: Checker;
  private readonly hover: HoverController;
  private readonly keys: KeyController;
  private cleanups: (() => void)[] = [];
  private settingsLoaded = false;
  /** Set by the entrypoint once the yrke palette exists. */
  openPalette: (() => void) | null = null;
  /** The field and caret focus came from, for Escape. */
  private returnTo: { field: RecognisedField; sel: { start: number; end: number } | null } | null = null;
  /** Problem count last announced (or seen on focus) per field, and the quiet timer after typing. */
  private spoken = new Map<HTMLElement, number>();
  private quiet: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly store: OverlayStore,
    private readonly stats: StatsClient,
    private readonly settingsIo: SettingsIo,
    private readonly onFirstRecognition: () => void,
    private readonly isOwnUi: (el: Element) => boolean,
    /** Created and started by the always-on recogniser; the session takes it over. */
    watcher: FormWatcher,
    /** Check rules switched off by the organisation's policy (cannot be switched on by the user). */
    private readonly lockedRules: () => readonly string[] = () => [],
  ) {
    this.checker = new Checker(doc, (el) => this.watcher.fieldFor(el), {
      onUpdate: () => this.publishChecks(),
      onRulesChanged: (f, appeared, disappeared) => {
        const form = formOfKey(f.key)!; // recognised keys always name a form
        for (const rule of appeared) this.stats.track({ kind: 'problem_shown', form, field: f.key, rule });
        for (const rule of disappeared) this.stats.track({ kind: 'problem_resolved', form, field: f.key, rule });
      },
    });
    this.watcher = watcher;
    const fieldFor = (el: Element | null) => this.watcher.fieldFor(el);
    const checkFor = (el: HTMLElement) => this.checker.checks.get(el);
    this.hover = new HoverController({ doc, store, fieldFor, checkFor, isOwnUi });
    this.keys = new KeyController({
      store,
      fieldFor,
      checkFor,
      anchorFor: (f, d) => this.hover.anchorFor(f, d),
      remember: (field, sel) => (this.returnTo = { field, sel }),
      announce: (text) => this.actions.announce(text),
    });
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
    this.syncCopyOnly(rec.fields);
    if (!this.settingsLoaded) void this.loadSettings();
    this.checker.sync(rec.fields);
    this.syncFrameDocs(rec.fields);
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
    // Keys are taken in the capture phase on window by the key guard, before the page's own listeners.
    const guard = installKeyGuard(this.doc.defaultView as Window & typeof globalThis);
    guard.setFieldKeys((e) => this.keys.onKeyDown(e));
    const onMove = (e: MouseEvent) => this.hover.onMouseMove(e);
    const onFocusOut = (e: FocusEvent) => this.onFocusOut(e);
    this.doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
    this.doc.addEventListener('focusout', onFocusOut, true);
    this.cleanups.push(() => {
      guard.setFieldKeys(null);
      clearTimeout(this.quiet);
      this.doc.removeEventListener('mousemove', onMove, true);
      this.doc.removeEventListener('focusout', onFocusOut, true);
    });
    // Open the hint card when a field gets focus, unless the user folded it away or turned it off for the form.
    let lastKey: string | null = null;
    let lastCard = false;
    this.cleanups.push(
      this.store.subscribe((s) => {
        const key = s.active?.key ?? null;
        if (key && s.recognition && s.cardOpen && !lastCard) this.stats.track({ kind: 'guidance_opened', form: s.recognition.form.id, field: key });
        lastCard = s.cardOpen;
        if (key !== lastKey) {
          lastKey = key;
          // A field's count is announced when it changes, not when the user arrives in it.
          if (s.active) this.spoken.set(s.active.el, this.issuesOf(s.active.el));
          if (s.active && !s.panelOpen && !s.settings.panelCollapsed) queueMicrotask(() => this.store.set({ panelOpen: true }));
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
    this.syncFrameDocs(this.watcher.recognition?.fields ?? []);
  }

  private onKey = (e: KeyboardEvent) => this.keys.onKeyDown(e);
  private onMove = (e: MouseEvent) => this.hover.onMouseMove(e);
  private onFrameFocusOut = (e: FocusEvent) => this.onFocusOut(e);
  private frameDocs = new Map<Document, () => void>();

  /**
   * Fields in editor iframes (TinyMCE): their keys, pointer moves and focus changes happen in the child
   * document, so the same handlers listen there while such a field is recognised.
   */
  private syncFrameDocs(fields: readonly RecognisedField[]): void {
    if (!this.interactive) return;
    const docs = new Set(fields.map((f) => f.el.ownerDocument).filter((d) => d !== this.doc));
    for (const [d, off] of this.frameDocs)
      if (!docs.has(d)) {
        off();
        this.frameDocs.delete(d);
      }
    for (const d of docs) {
      if (this.frameDocs.has(d)) continue;
      d.addEventListener('keydown', this.onKey, true);
      d.addEventListener('mousemove', this.onMove, { passive: true, capture: true });
      d.addEventListener('focusout', this.onFrameFocusOut, true);
      // Focus moving into an iframe fires no focus event in the parent document: follow it in the child.
      const offFocus = trackFocus(d, this.watcher, this.store, this.isOwnUi);
      this.frameDocs.set(d, () => {
        offFocus();
        d.removeEventListener('keydown', this.onKey, true);
        d.removeEventListener('mousemove', this.onMove, true);
        d.removeEventListener('focusout', this.onFrameFocusOut, true);
      });
    }
  }

  /** Organisation's locked check rules changed (the policy was updated while the page is open). */
  refreshLockedRules(): void {
    this.applySettings(this.store.get().settings);
  }

  stop(): void {
    this.watcher.stop();
    this.checker.detach();
    for (const off of this.frameDocs.values()) off();
    this.frameDocs.clear();
    this.hover.stop();
    for (const c of this.cleanups.splice(0)) c();
    clearHighlights(this.doc);
  }

  private async loadSettings(): Promise<void> {
    this.settingsLoaded = true;
    try {
      const { settings, problems } = parseSettings(await this.settingsIo.load());
      this.applySettings(settings);
      if (problems.length) {
        this.store.set({ notice: 'Noen av Skjemahjelps innstillinger var ødelagt og er satt tilbake til standard. Resten er beholdt.' });
        // Write the repaired settings back, so the notice is shown once and not on every page load.
        await this.settingsIo.save(settings).catch(() => undefined);
      }
      this.settingsIo.onChange((raw) => this.applySettings(parseSettings(raw).settings));
    } catch {
      // Storage unavailable (e.g. the extension was reloaded): defaults apply.
    }
  }

  private applySettings(settings: Settings): void {
    const disabled = [...new Set([...settings.disabledRules, ...this.lockedRules()])];
    const rulesChanged = disabled.join() !== this.checker.disabledRules.join();
    this.checker.disabledRules = disabled;
    // A panel the user keeps open comes back once a field is in use (so it can sit clear of that field), not
    // over the page before anything is focused.
    const s = this.store.get();
    this.store.set({ settings, panelOpen: s.panelOpen || (!settings.panelCollapsed && !!s.active) });
    if (rulesChanged) {
      this.checker.recheckAll();
      this.publishChecks();
    }
  }

  private issuesOf(el: HTMLElement): number {
    const c = this.checker.checks.get(el);
    return c ? countIssues(c.shown) : 0;
  }

  /**
   * After a pause in typing (or after a fix, ignore or rule change), says how many problems the active field
   * has — only when that number changed since it was last said, so typing is not interrupted per keystroke.
   */
  private scheduleCount(): void {
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => {
      const f = this.store.get().active;
      if (!f?.el.isConnected) return;
      const n = this.issuesOf(f.el);
      if (this.spoken.get(f.el) === n) return;
      this.spoken.set(f.el, n);
      this.actions.announce(`${countPhrase(n).replace(/^i/, 'I')} i ${fieldName(f)}.`);
    }, QUIET_MS);
  }

  private publishChecks(): void {
    this.scheduleCount();
    updateHighlights(this.doc, this.checker.checks.values());
    const hover = this.store.get().hover;
    // A hover card whose problem is gone (fixed, ignored, edited away) closes.
    const still = hover && this.checker.checks.get(hover.field.el)?.shown.some((d) => d.rule === hover.diag.rule && d.start === hover.diag.start);
    this.store.set({ checks: this.checker.checks, checksVersion: this.store.get().checksVersion + 1, hover: still ? hover : null });
  }

  /** Fields in editors we recognise but cannot write to: their fixes are offered as «Kopier» from the start. */
  private syncCopyOnly(fields: readonly RecognisedField[]): void {
    const next = new Map<HTMLElement, string>();
    const cur = this.store.get().copyOnly;
    for (const f of fields) {
      const info = detectEditor(f.el);
      const known = cur.get(f.el);
      if (known) next.set(f.el, known);
      else if (!info.writable)
        next.set(f.el, `Feltet bruker redigereren ${info.label}, som Skjemahjelp ikke kan endre trygt. Kopier teksten og lim den inn selv.`);
    }
    if (next.size !== cur.size || [...next].some(([el, why]) => cur.get(el) !== why)) this.store.set({ copyOnly: next });
  }

  private markCopyOnly(el: HTMLElement, why: string): void {
    const next = new Map(this.store.get().copyOnly);
    next.set(el, why);
    this.store.set({ copyOnly: next, notice: why });
  }

  setUnderlineBoxes(b: UnderlineBox[]): void {
    this.hover.setUnderlineBoxes(b);
  }

  setPointerInHover(inside: boolean): void {
    this.hover.setPointerInCard(inside);
  }

  gotoProblem(from: RecognisedField, dir: 1 | -1): void {
    this.keys.gotoProblem(from, dir);
  }

  openFixesAtCaret(field: RecognisedField): void {
    this.keys.openFixesAtCaret(field);
  }

  select(field: RecognisedField, start: number, end: number): void {
    this.keys.select(field, start, end);
  }

  private onFocusOut(e: FocusEvent): void {
    if (!fromUser(e)) return;
    const field = this.watcher.fieldFor(deepTarget(e));
    if (!field) return;
    // Focus may be going into our own UI (a click on the badge or a card): Escape brings it back here.
    this.returnTo = { field, sel: caretOf(field.el) };
    const c = this.checker.checks.get(field.el);
    if (c?.text.trim()) this.stats.track({ kind: 'score_on_leave', form: formOfKey(field.key)!, field: field.key, score: c.result.score });
  }

  // ------------------------------------------------------------------ actions for the UI

  readonly actions: OverlayActions = {
    applyFix: (field, diag, i) => {
      const fix = diag.fixes?.[i];
      if (!fix) return;
      this.store.set({ hover: null });
      void writeText(field.el, fix.start, fix.end, fix.replacement, fix.cursor).then((res) => {
        if (res.ok) {
          this.stats.track({ kind: 'fix_applied', form: formOfKey(field.key)!, field: field.key, rule: diag.rule });
          this.actions.announce(`Satt inn: ${fix.title}. Ctrl+Z angrer.`);
        } else if (res.reason === 'altered') this.store.set({ notice: 'Redigereren endret rettingen på sin egen måte. Kontroller teksten; Ctrl+Z angrer.' });
        else if (res.reason === 'moved') this.store.set({ notice: 'Teksten endret seg før rettingen ble satt inn. Prøv igjen.' });
        else this.markCopyOnly(field.el, `Redigereren (${detectEditor(field.el).label}) tok ikke imot rettingen. Kopier teksten og lim den inn selv.`);
        this.checker.check(field);
      });
    },
    copyFix: async (_field, diag, i) => {
      const fix = diag.fixes?.[i];
      if (!fix) return false;
      return copyText(this.doc, fix.replacement, this.doc.body ?? this.doc.documentElement);
    },
    ignore: (field, diag) => {
      this.store.set({ hover: null });
      this.checker.ignore(field, diag);
      this.actions.back();
      this.actions.announce('Ignorert her.');
    },
    disableRule: (rule) => {
      this.store.set({ hover: null });
      const s = this.store.get().settings;
      this.actions.updateSettings({ disabledRules: [...new Set([...s.disabledRules, rule])] });
      this.actions.back();
      // The way back is in the options page; say where, on screen and to a screen reader.
      const where = 'Slå den på igjen i Skjemahjelps innstillinger, under «Sjekker og hjelpekort».';
      this.store.set({ notice: `Regelen er slått av i alle skjemaer. ${where}` });
      this.actions.announce(`Regelen er slått av. ${where}`);
    },
    select: (field, start, end) => this.select(field, start, end),
    focusField: (keys) => {
      const rec = this.store.get().recognition;
      const f = keys.map((k) => rec?.fields.find((x) => x.key === k)).find(Boolean);
      if (f) {
        const frame = hostFrame(f.el);
        (frame ?? f.el).scrollIntoView({ block: 'center' });
        frame?.focus({ preventScroll: true });
        f.el.focus({ preventScroll: true });
        this.store.set({ active: f });
      } else this.store.set({ notice: 'Feltet finnes ikke på denne siden.' });
    },
    openPalette: () => this.openPalette?.(),
    back: () => {
      const s = this.store.get();
      if (s.hover) this.store.set({ hover: null });
      const r = this.returnTo?.field.el.isConnected ? this.returnTo : s.active ? { field: s.active, sel: null } : null;
      if (!r) return;
      if (r.sel) selectRange(r.field.el, r.sel.start, r.sel.end);
      else r.field.el.focus({ preventScroll: true });
    },
    announce: (text) => {
      this.store.set({ announce: { text, seq: (this.store.get().announce?.seq ?? 0) + 1 } });
    },
    updateSettings: (patch) => {
      const next = { ...this.store.get().settings, ...patch };
      this.applySettings(next);
      void this.settingsIo.save(next).catch(() => this.store.set({ notice: 'Innstillingen kunne ikke lagres. Den gjelder bare denne siden.' }));
    },
  };
}

export { SETTINGS_KEY };
