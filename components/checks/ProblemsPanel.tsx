import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { evaluateChecklist } from '../../lib/guidance/index.ts';
import { countIssues, type FieldCheck } from '../../lib/dom/checker.ts';
import type { Recognition } from '../../lib/forms/locate.ts';
import { formDisplayName } from '../../lib/forms/roles.ts';
import type { OverlayActions } from '../../lib/overlay/store.ts';
import { SHORTCUTS, wordsOf } from '../../lib/overlay/keys.ts';
import { cardKeyDown, moveInList, noteEntry, useFocusRequest } from '../overlay/hooks.ts';
import { useRouted } from '../overlay/route.ts';

const SEVERITY_ICON = { error: '⛔', warning: '⚠', info: 'ℹ', hint: '·' } as const;
const SEVERITY_WORD = { error: 'Feil', warning: 'Advarsel', info: 'Info', hint: 'Tips' } as const;
/** Problems listed per field; the rest are counted (F8 reaches all of them). Keeps the panel's work bounded. */
const LIST_MAX = 100;
/** The Huskeliste reads every text of the form: it is evaluated when typing pauses, not on every keystroke. */
const CHECKLIST_IDLE_MS = 400;
const CHECKLIST_MAX_WAIT_MS = 2000;

type Checklist = ReturnType<typeof evaluateChecklist>;

function formTexts(recognition: Recognition, checks: ReadonlyMap<HTMLElement, FieldCheck>): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const f of recognition.fields) {
    const c = checks.get(f.el);
    // A long text the engine has yet to read again: its last reading, not a new analysis on this task.
    if (c) texts[f.key] = (c.pending && c.baseText) || c.text;
    else if ('value' in f.el) texts[f.key] = (f.el as HTMLTextAreaElement).value;
  }
  return texts;
}

/** The form's Huskeliste, evaluated at once for a new form and then when typing pauses (at most every 2 s while it goes on). */
function useChecklist(recognition: Recognition, checks: ReadonlyMap<HTMLElement, FieldCheck>, version: number): Checklist {
  const [state, setState] = useState<{ rec: Recognition; list: Checklist } | null>(null);
  const since = useRef<number | null>(null);
  const fresh = !state || state.rec !== recognition;
  const initial = useMemo(() => (fresh ? evaluateChecklist(recognition.form.id, formTexts(recognition, checks)) : null), [fresh, recognition]);
  const list = initial ?? state!.list;
  useEffect(() => {
    if (initial) {
      setState({ rec: recognition, list: initial });
      return;
    }
    since.current ??= Date.now();
    const wait = Math.max(0, Math.min(CHECKLIST_IDLE_MS, since.current + CHECKLIST_MAX_WAIT_MS - Date.now()));
    const t = setTimeout(() => {
      since.current = null;
      setState({ rec: recognition, list: evaluateChecklist(recognition.form.id, formTexts(recognition, checks)) });
    }, wait);
    return () => clearTimeout(t);
  }, [recognition, checks, version]);
  return list;
}

/**
 * Like VS Code's problems panel: every problem in the form grouped by field (Enter or a click selects the span),
 * and the form's Huskeliste beside it (goes to the field where an item belongs). Folded to a small pill by
 * default. By keyboard: Alt+Shift+P from a field opens it with focus on the first problem; ↑/↓/Home/End move
 * within a list, Tab goes from the problems to the Huskeliste (Alt+Shift+P there too), Escape goes back to the
 * field with the caret where it was.
 */
export function ProblemsPanel({
  recognition,
  checks,
  version,
  open,
  actions,
  focusTo,
  field,
  dock,
  maxHeight,
  onToggle,
  onEscape,
}: {
  recognition: Recognition;
  checks: ReadonlyMap<HTMLElement, FieldCheck>;
  version: number;
  open: boolean;
  actions: OverlayActions;
  focusTo: { to: string; seq: number } | null;
  /** The field the user works in (Tab from the panel goes back there when focus came from it). */
  field: HTMLElement | null;
  /** Bottom right, or top right when the field is down there; maxHeight keeps it off the field. */
  dock: 'top' | 'bottom';
  maxHeight: number | null;
  onToggle: () => void;
  /** Escape inside the panel: fold it again if the shortcut opened it. */
  onEscape: () => void;
}) {
  const boxRef = useRef<HTMLElement>(null);
  const problemsRef = useRef<HTMLUListElement>(null);
  const checklistRef = useRef<HTMLUListElement>(null);
  const groups = useMemo(
    () => recognition.fields.map((f) => ({ f, c: checks.get(f.el) })).filter((g): g is { f: typeof g.f; c: FieldCheck } => !!g.c && g.c.shown.length > 0),
    [recognition, checks, version],
  );
  const checklist = useChecklist(recognition, checks, version);
  const issues = groups.reduce((n, g) => n + countIssues(g.c.shown), 0);
  const total = groups.reduce((n, g) => n + g.c.shown.length, 0);
  const done = checklist.filter((s) => s.done).length;

  const stops = (list: HTMLElement | null) => [...(list?.querySelectorAll<HTMLElement>('button') ?? [])];
  // One Tab stop per list (roving): the item that had focus last, or the first.
  const rove = (list: HTMLElement | null) => {
    const items = stops(list);
    if (items.length && !items.some((b) => b.tabIndex === 0)) items[0]!.tabIndex = 0;
  };
  const focusFirst = (list: HTMLElement | null) => stops(list).find((b) => b.tabIndex === 0) ?? stops(list)[0];
  useFocusRequest(focusTo, 'problems', open, () => (groups.length ? focusFirst(problemsRef.current) : focusFirst(checklistRef.current)));
  useFocusRequest(focusTo, 'checklist', open, () => focusFirst(checklistRef.current));
  const listKeys = (e: KeyboardEvent, list: HTMLElement | null, other: HTMLElement | null): boolean => {
    if (moveInList(e, stops(list), false)) return true;
    // Alt+Shift+P again: to the other list.
    if (e.altKey && e.shiftKey && !e.ctrlKey && (e.code === 'KeyP' || e.key.toUpperCase() === 'P')) {
      const t = focusFirst(other);
      if (t) {
        e.preventDefault();
        t.focus();
        return true;
      }
    }
    return false;
  };
  useRouted<KeyboardEvent>(problemsRef, 'keydown', (e) => listKeys(e, problemsRef.current, checklistRef.current));
  useRouted<KeyboardEvent>(checklistRef, 'keydown', (e) => listKeys(e, checklistRef.current, problemsRef.current));
  useRouted<KeyboardEvent>(boxRef, 'keydown', (e) => cardKeyDown(e, boxRef.current, onEscape, () => actions.back()));

  let n = 0;
  return (
    <section
      ref={boxRef}
      class={`sh-panel ${open ? 'sh-open' : ''} ${dock === 'top' ? 'sh-dock-top' : ''}`}
      style={maxHeight ? { maxHeight: `${maxHeight}px` } : undefined}
      aria-label="Skjemahjelp: problemer og huskeliste"
      data-sh-panel=""
      onFocusIn={(e) => noteEntry(e, boxRef.current, field)}
    >
      <button type="button" class="sh-panel-head" aria-expanded={open} onClick={onToggle} onMouseDown={(e) => e.preventDefault()}>
        <span class="sh-dot" aria-hidden="true" />
        <span data-sh-problem-count={issues}>{total === 0 ? 'Ingen problemer' : `${total} ${total === 1 ? 'problem' : 'problemer'}`}</span>
        <span class="sh-muted">
          · Huskeliste {done}/{checklist.length}
        </span>
        <span aria-hidden="true">{open ? '▾' : '▴'}</span>
      </button>
      {open && (
        <div class="sh-panel-body">
          <div class="sh-col">
            <h3 id="sh-problems-h">Problemer – {formDisplayName(recognition.form.id)}</h3>
            {groups.length === 0 ? (
              <p class="sh-muted">Ingen problemer funnet så langt.</p>
            ) : (
              <ul
                class="sh-problems"
                aria-labelledby="sh-problems-h"
                ref={(el) => {
                  problemsRef.current = el;
                  rove(el);
                }}
              >
                {groups.map(({ f, c }) => (
                  <li class="sh-group" key={f.key}>
                    <span class="sh-group-title" id={`sh-g-${f.key}`}>
                      {f.field.number ? `${f.field.number} ` : ''}
                      {f.field.label}
                    </span>
                    <ul aria-labelledby={`sh-g-${f.key}`}>
                      {c.shown.slice(0, LIST_MAX).map((d) => {
                        const i = n++;
                        return (
                          <li key={`${d.rule}:${d.start}:${d.end}`}>
                            <button
                              type="button"
                              class={`sh-problem sh-${d.severity}`}
                              tabIndex={i === 0 ? 0 : -1}
                              data-sh-problem={d.rule}
                              data-field={f.key}
                              onFocus={(e) => {
                                for (const b of stops(problemsRef.current)) b.tabIndex = b === e.currentTarget ? 0 : -1;
                              }}
                              onClick={() => actions.select(f, d.start, d.end)}
                            >
                              <span aria-hidden="true">{SEVERITY_ICON[d.severity]}</span>
                              <span class="sh-sr">{SEVERITY_WORD[d.severity]}: </span> {d.message}
                              <span class="sh-muted"> «{wordsOf(c.text, d)}»</span>
                            </button>
                          </li>
                        );
                      })}
                      {c.shown.length > LIST_MAX && (
                        <li class="sh-muted" data-sh-more={c.shown.length - LIST_MAX}>
                          … og {c.shown.length - LIST_MAX} til i dette feltet (F8 går gjennom alle)
                        </li>
                      )}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div class="sh-col">
            <h3 id="sh-checklist-h">Huskeliste</h3>
            <ul
              class="sh-checklist"
              aria-labelledby="sh-checklist-h"
              ref={(el) => {
                checklistRef.current = el;
                rove(el);
              }}
            >
              {checklist.map((s, i) => (
                <li key={s.item.id} data-sh-check={s.item.id} data-done={s.done ? 'true' : 'false'}>
                  <button
                    type="button"
                    class="sh-check"
                    tabIndex={i === 0 ? 0 : -1}
                    title={s.item.help}
                    onFocus={(e) => {
                      for (const b of stops(checklistRef.current)) b.tabIndex = b === e.currentTarget ? 0 : -1;
                    }}
                    onClick={() => actions.focusField(s.done && s.evidenceField ? [s.evidenceField] : s.item.fields)}
                  >
                    <span aria-hidden="true">{s.done ? '✓' : '○'}</span> {s.item.label}
                    <span class="sh-sr">{s.done ? ' – oppfylt' : ' – mangler'}</span>
                  </button>
                </li>
              ))}
            </ul>
            <p class="sh-muted sh-keys">
              {SHORTCUTS.next}/{SHORTCUTS.previous} neste/forrige · {SHORTCUTS.fixes} rettinger · {SHORTCUTS.panel} hit · {SHORTCUTS.card} veiledning · Esc
              tilbake
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
