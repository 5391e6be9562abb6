import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { evaluateChecklist } from '../../lib/guidance/index.ts';
import { countIssues, type FieldCheck } from '../../lib/dom/checker.ts';
import type { Recognition } from '../../lib/forms/locate.ts';
import type { OverlayActions } from '../../lib/overlay/store.ts';

const SEVERITY_ICON = { error: '⛔', warning: '⚠', info: 'ℹ', hint: '·' } as const;
const FORM_NAME = { l40: 'Legeerklæring (L40)', l1: 'Sykmelding', aev: 'Arbeidsevnevurdering' } as const;
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
    if (c) texts[f.key] = c.text;
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
 * Like VS Code's problems panel: every problem in the form grouped by field (click selects the span), and the
 * form's Huskeliste beside it (click goes to the field where an item belongs). Folded to a small pill by default.
 */
export function ProblemsPanel({
  recognition,
  checks,
  version,
  open,
  actions,
  onToggle,
}: {
  recognition: Recognition;
  checks: ReadonlyMap<HTMLElement, FieldCheck>;
  version: number;
  open: boolean;
  actions: OverlayActions;
  onToggle: () => void;
}) {
  const groups = useMemo(
    () => recognition.fields.map((f) => ({ f, c: checks.get(f.el) })).filter((g): g is { f: typeof g.f; c: FieldCheck } => !!g.c && g.c.shown.length > 0),
    [recognition, checks, version],
  );
  const checklist = useChecklist(recognition, checks, version);
  const issues = groups.reduce((n, g) => n + countIssues(g.c.shown), 0);
  const total = groups.reduce((n, g) => n + g.c.shown.length, 0);
  const done = checklist.filter((s) => s.done).length;

  return (
    <section class={`sh-panel ${open ? 'sh-open' : ''}`} aria-label="Skjemahjelp: problemer og huskeliste" data-sh-panel="">
      <button type="button" class="sh-panel-head" aria-expanded={open} onClick={onToggle} onMouseDown={(e) => e.preventDefault()}>
        <span class="sh-dot" aria-hidden="true" />
        <span data-sh-problem-count={issues}>
          {total === 0 ? 'Ingen problemer' : `${total} ${total === 1 ? 'problem' : 'problemer'}`}
        </span>
        <span class="sh-muted">
          · Huskeliste {done}/{checklist.length}
        </span>
        <span aria-hidden="true">{open ? '▾' : '▴'}</span>
      </button>
      {open && (
        <div class="sh-panel-body">
          <div class="sh-col">
            <h3>Problemer – {FORM_NAME[recognition.form.id]}</h3>
            {groups.length === 0 && <p class="sh-muted">Ingen problemer funnet så langt.</p>}
            {groups.map(({ f, c }) => (
              <div class="sh-group">
                <div class="sh-group-title">
                  {f.field.number ? `${f.field.number} ` : ''}
                  {f.field.label}
                </div>
                <ul>
                  {c.shown.slice(0, LIST_MAX).map((d) => (
                    <li>
                      <button
                        type="button"
                        class={`sh-problem sh-${d.severity}`}
                        data-sh-problem={d.rule}
                        data-field={f.key}
                        onClick={() => actions.select(f, d.start, d.end)}
                      >
                        <span aria-hidden="true">{SEVERITY_ICON[d.severity]}</span> {d.message}
                        <span class="sh-muted"> «{c.text.slice(d.start, Math.min(d.end, d.start + 40))}»</span>
                      </button>
                    </li>
                  ))}
                  {c.shown.length > LIST_MAX && (
                    <li class="sh-muted" data-sh-more={c.shown.length - LIST_MAX}>
                      … og {c.shown.length - LIST_MAX} til i dette feltet (F8 går gjennom alle)
                    </li>
                  )}
                </ul>
              </div>
            ))}
          </div>
          <div class="sh-col">
            <h3>Huskeliste</h3>
            <ul class="sh-checklist">
              {checklist.map((s) => (
                <li data-sh-check={s.item.id} data-done={s.done ? 'true' : 'false'}>
                  <button type="button" class="sh-check" title={s.item.help} onClick={() => actions.focusField(s.done && s.evidenceField ? [s.evidenceField] : s.item.fields)}>
                    <span aria-hidden="true">{s.done ? '✓' : '○'}</span> {s.item.label}
                  </button>
                </li>
              ))}
            </ul>
            <p class="sh-muted">F8 / Shift+F8: neste/forrige problem · Ctrl+.: rettinger</p>
          </div>
        </div>
      )}
    </section>
  );
}
