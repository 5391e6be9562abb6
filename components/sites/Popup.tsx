import { useEffect, useState } from 'preact/hooks';
import { FORMS } from '../../lib/forms/defs/index.ts';
import { formDisplayName } from '../../lib/forms/roles.ts';
import type { FormId } from '../../lib/forms/schema.ts';
import { suggestPath } from '../../lib/sites/match.ts';
import type { SiteStatus, TaughtRule } from '../../lib/sites/types.ts';

export interface PopupProps {
  /** What the page in the active tab reports, or null when it cannot be asked (browser pages, not loaded yet). */
  status(): Promise<SiteStatus | null>;
  setOff(origin: string, off: boolean): Promise<void>;
  markPage(rule: Extract<TaughtRule, { kind: 'page' }>): Promise<void>;
  startPick(): Promise<void>;
  openOptions(): void;
}

/**
 * The action popup: what was recognised on this page (form, number of fields, rules in force), Skjemahjelp on or off
 * for the site (remembered), «Pek ut felt», marking the whole page as a form, and the way to the site rules.
 */
export function Popup(p: PopupProps) {
  const [s, setS] = useState<SiteStatus | null | undefined>(undefined);
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);
  const [form, setForm] = useState<FormId | ''>('');
  const refresh = () => p.status().then(setS, () => setS(null));
  useEffect(() => {
    void refresh();
  }, []);

  // The heading is there from the first paint, so a screen reader (and axe) finds the page's title while the tab is asked.
  if (s === undefined)
    return (
      <main>
        <h1>Skjemahjelp</h1>
        <p role="status">Leser siden …</p>
      </main>
    );
  if (s === null)
    return (
      <main>
        <h1>Skjemahjelp</h1>
        <p data-popup-unavailable="">Skjemahjelp virker ikke på denne siden, eller siden er ikke ferdig lastet. Last inn siden på nytt og prøv igjen.</p>
        <p>
          <button type="button" class="link" onClick={() => p.openOptions()}>
            Innstillinger og sideregler
          </button>
        </p>
      </main>
    );

  const toggle = async (on: boolean) => {
    try {
      await p.setOff(s.origin, !on);
      setMsg({ text: on ? 'Skjemahjelp er slått på for nettstedet.' : 'Skjemahjelp er slått av for nettstedet. Det huskes.' });
      setTimeout(() => void refresh(), 300);
    } catch {
      setMsg({ text: 'Valget kunne ikke lagres.', error: true });
    }
  };
  const mark = async () => {
    if (!form) return;
    const path = suggestPath(s.path);
    try {
      await p.markPage({ kind: 'page', origin: s.origin, path, form });
      setMsg({ text: `Siden er merket som ${formDisplayName(form)}. Gjelder ${s.origin}${path}.` });
      setTimeout(() => void refresh(), 400);
    } catch {
      setMsg({ text: 'Siden kunne ikke merkes.', error: true });
    }
  };

  return (
    <main>
      <h1>Skjemahjelp</h1>
      <p class="origin" data-popup-origin="">
        {s.origin}
      </p>
      <div class="status" role="status" data-popup-status="">
        {s.off ? (
          <p data-popup-form="off">Skjemahjelp er slått av på dette nettstedet.</p>
        ) : s.form ? (
          <p data-popup-form={s.form}>
            Gjenkjent: <strong>{formDisplayName(s.form)}</strong> ·{' '}
            <span data-popup-fields={s.fields}>
              {s.fields} {s.fields === 1 ? 'felt' : 'felt'}
            </span>
            {s.single ? ' (hele vurderingen i ett felt)' : ''}
          </p>
        ) : (
          <p data-popup-form="none">Ingen skjema gjenkjent på siden.</p>
        )}
        <p data-popup-rules={s.rulesInForce}>
          Sideregler i kraft: {s.rulesInForce}
          {s.managedRules ? ` (${s.managedRules} fra virksomheten)` : ''}
        </p>
      </div>
      <div class="switch">
        <input
          id="site-on"
          type="checkbox"
          role="switch"
          aria-checked={!s.off}
          checked={!s.off}
          disabled={s.offByPolicy}
          data-popup-switch=""
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="site-on">Skjemahjelp på {new URL(s.origin).host}</label>
      </div>
      {s.offByPolicy && (
        <p class="note" data-popup-locked="">
          Slått av av virksomheten. Du kan ikke slå det på her.
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" data-popup-pick="" disabled={s.off} onClick={() => void p.startPick()}>
          Pek ut felt
        </button>
        <span class="note">Lær Skjemahjelp et felt på denne siden.</span>
      </div>
      <div class="row">
        <label for="mark-form">Merk hele siden som</label>
        <select
          id="mark-form"
          value={form}
          disabled={s.off}
          data-popup-mark-form=""
          onChange={(e) => setForm((e.currentTarget as HTMLSelectElement).value as FormId | '')}
        >
          <option value="">velg skjema …</option>
          {FORMS.map((f) => (
            <option key={f.id} value={f.id}>
              {formDisplayName(f.id)}
            </option>
          ))}
        </select>
        <button type="button" disabled={!form || s.off} data-popup-mark="" onClick={() => void mark()}>
          Merk siden
        </button>
      </div>
      <p class={`msg ${msg?.error ? 'error' : ''}`} role="status" aria-live="polite" data-popup-msg="">
        {msg?.text ?? ''}
      </p>
      <p>
        <button type="button" class="link" data-popup-options="" onClick={() => p.openOptions()}>
          Administrer sideregler
        </button>
      </p>
    </main>
  );
}
