import { useEffect, useState } from 'preact/hooks';
import { type Status, StatusLine } from '../options/parts.tsx';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings/parse.ts';

/** What the options page needs to know about a rule: its id and the short message the user saw in the page. */
export interface RuleSummary {
  id: string;
  message: string;
}

export interface CheckSettingsProps {
  rules: readonly RuleSummary[];
  /** Raw stored settings (anything; parsed and repaired here). */
  load(): Promise<unknown>;
  save(settings: Settings): Promise<void>;
  /** Calls back when the stored settings change elsewhere (a page switched a rule off); returns an unsubscribe. */
  onChange(fn: () => void): () => void;
  /** Rules the organisation switched off (managed policy): shown, never switchable here. */
  locked(): Promise<readonly string[]>;
}

const FORM_NAMES: Record<Settings['guidanceOff'][number], string> = {
  l40: 'Legeerklæring ved arbeidsuførhet (L40)',
  l1: 'Sykmelding (L1)',
  aev: 'Arbeidsevnevurdering',
};

/**
 * options.html «Sjekker og hjelpekort»: the rules the user switched off with «Slå av regelen» in a page, each
 * with «Slå på igjen» (the only way back), and where the hint card opens on focus. Ids and flags only.
 */
export function CheckSettings(p: CheckSettingsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locked, setLocked] = useState<readonly string[]>([]);
  const [status, setStatus] = useState<Status | null>(null);

  const reload = async () => {
    const { settings: s, problems } = parseSettings(await p.load().catch(() => undefined));
    setSettings(s);
    if (problems.length > 0) {
      // Repaired once and written back, as the content script does.
      await p.save(s).catch(() => undefined);
      setStatus({ text: 'Noen lagrede innstillinger var ugyldige og er satt tilbake til standard.', kind: 'error' });
    }
  };

  useEffect(() => {
    void reload();
    p.locked().then(setLocked, () => setLocked([]));
    return p.onChange(() => void reload());
  }, []);

  if (!settings)
    return (
      <section aria-labelledby="h-checks">
        <h2 id="h-checks">Sjekker og hjelpekort</h2>
        <p>Laster …</p>
      </section>
    );

  const write = async (next: Settings, done: string) => {
    setSettings(next);
    try {
      await p.save(next);
      setStatus({ text: done, kind: 'ok' });
    } catch {
      setStatus({ text: 'Innstillingen kunne ikke lagres. Prøv igjen.', kind: 'error' });
      await reload();
    }
  };

  const known = new Map(p.rules.map((r) => [r.id, r.message]));
  const off = settings.disabledRules;
  const enable = (ids: readonly string[]) =>
    write(
      { ...settings, disabledRules: off.filter((x) => !ids.includes(x)) },
      ids.length === 1 ? 'Sjekken er slått på igjen.' : 'Alle sjekkene er slått på igjen.',
    );

  return (
    <section aria-labelledby="h-checks">
      <h2 id="h-checks">Sjekker og hjelpekort</h2>
      <h3>Sjekker du har slått av</h3>
      {off.length === 0 ? (
        <p data-checks-none="">Alle sjekkene er på. En sjekk du slår av med «Slå av regelen» i et skjema, vises her.</p>
      ) : (
        <>
          <ul class="checks-off" data-checks-off="">
            {off.map((id) => (
              <li key={id} data-rule={id}>
                <span>{known.get(id) ?? `Sjekk som ikke finnes i denne versjonen (${id})`}</span>{' '}
                <button type="button" aria-label={`Slå på igjen: ${known.get(id) ?? id}`} onClick={() => void enable([id])}>
                  Slå på igjen
                </button>
              </li>
            ))}
          </ul>
          {off.length > 1 && (
            <button type="button" data-checks-all-on="" onClick={() => void enable(off)}>
              Slå på alle
            </button>
          )}
        </>
      )}
      {locked.length > 0 && (
        <p class="hint" data-checks-locked="">
          Slått av av virksomheten (kan ikke endres her): {locked.map((id) => known.get(id) ?? id).join('; ')}.
        </p>
      )}

      <h3>Hjelpekort</h3>
      <fieldset>
        <legend>Vis hjelpekortet når et felt får fokus i</legend>
        {(Object.keys(FORM_NAMES) as Settings['guidanceOff']).map((form) => (
          <label key={form} class="check">
            <input
              type="checkbox"
              data-guidance-form={form}
              checked={!settings.guidanceOff.includes(form)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                const guidanceOff = on ? settings.guidanceOff.filter((f) => f !== form) : [...settings.guidanceOff, form];
                void write({ ...settings, guidanceOff }, on ? 'Hjelpekortet vises igjen.' : 'Hjelpekortet vises ikke lenger ved fokus.');
              }}
            />{' '}
            {FORM_NAMES[form]}
          </label>
        ))}
      </fieldset>
      <p class="hint">Merket ved feltet viser hjelpen uansett. Problemlisten åpnes med Alt+Shift+P.</p>
      {(settings.hintCollapsed || off.length > 0 || settings.guidanceOff.length > 0) && (
        <button
          type="button"
          data-checks-reset=""
          onClick={() => void write({ ...DEFAULT_SETTINGS, panelCollapsed: settings.panelCollapsed }, 'Sjekker og hjelpekort er tilbakestilt.')}
        >
          Tilbakestill sjekker og hjelpekort
        </button>
      )}
      <StatusLine status={status} name="checks" />
    </section>
  );
}
