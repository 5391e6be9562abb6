import { useMemo } from 'preact/hooks';
import { evaluateChecklist } from '../../lib/guidance/index.ts';
import { countIssues, type FieldCheck } from '../../lib/dom/checker.ts';
import type { Recognition } from '../../lib/forms/locate.ts';
import { formDisplayName } from '../../lib/forms/roles.ts';
import type { OverlayActions } from '../../lib/overlay/store.ts';

const SEVERITY_ICON = { error: '⛔', warning: '⚠', info: 'ℹ', hint: '·' } as const;

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
  const checklist = useMemo(() => {
    const texts: Record<string, string> = {};
    for (const f of recognition.fields) {
      const c = checks.get(f.el);
      if (c) texts[f.key] = c.text;
      else if ('value' in f.el) texts[f.key] = (f.el as HTMLTextAreaElement).value;
    }
    return evaluateChecklist(recognition.form.id, texts);
  }, [recognition, checks, version]);
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
            <h3>Problemer – {formDisplayName(recognition.form.id)}</h3>
            {groups.length === 0 && <p class="sh-muted">Ingen problemer funnet så langt.</p>}
            {groups.map(({ f, c }) => (
              <div class="sh-group">
                <div class="sh-group-title">
                  {f.field.number ? `${f.field.number} ` : ''}
                  {f.field.label}
                </div>
                <ul>
                  {c.shown.map((d) => (
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
