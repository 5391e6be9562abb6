import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type ImportRecord,
  type RepairedSetting,
  type StatsDb,
  RETENTION_CHOICES,
  deleteAll,
  listImports,
  ownRows,
  prune,
  pruneDaily,
  readSettings,
  saveSettings,
} from '../../lib/stats/db.ts';
import { type Effective, type Policy, effectiveSettings, readPolicy } from '../../lib/stats/policy.ts';
import { PERIOD_PRESETS, type Period, type PresetId, buildDashboard, presetPeriod } from '../../lib/stats/dashboard.ts';
import { type AggregateRow, FORM_LABELS, METRIC_LABELS, isValidDay, localDay, mergeRows } from '../../lib/stats/schema.ts';
import { type CheckOptions, type ImportCheck, MAX_IMPORT_BYTES, checkImport, toCsv, toJsonExport, tooLargeMessage } from '../../lib/stats/transfer.ts';
import { removeImport, storeImport } from '../../lib/stats/team.ts';
import { normalizeTeamLabel, teamLabelProblem } from '../../lib/stats/vocabulary.ts';
import { packedRowCount, unpackRows } from '../../lib/stats/packed.ts';
import { Dashboard } from './Dashboard.tsx';

/** Reads and checks one chosen file; stats.html passes one that runs in a worker (entrypoints/stats). */
export type CheckFile = (file: Blob, opts: CheckOptions) => Promise<ImportCheck>;

export interface StatsAppProps {
  db: StatsDb;
  getPolicy: () => Promise<Record<string, unknown>>;
  today?: () => string;
  checkFile?: CheckFile;
}

/** On this page's own thread: for tests and as the fallback when a worker cannot start. */
export const checkOnMainThread: CheckFile = async (file, opts) => checkImport(await file.text(), opts);

const REPAIRED_LABEL: Record<RepairedSetting, string> = {
  installationId: 'installasjons-id-en (en ny er laget)',
  enabled: 'valget om å samle statistikk (satt til av – slå det på igjen om du vil)',
  retentionDays: 'oppbevaringstiden (satt til ett år)',
  teamLabel: 'teametiketten (fjernet)',
};

interface Loaded {
  settings: Effective;
  own: AggregateRow[];
  imports: ImportRecord[];
}

interface FileOutcome {
  name: string;
  ok: boolean;
  lines: string[];
}

function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const retentionLabel = (d: number) => (d % 365 === 0 ? `${d / 365} år` : `${Math.round(d / 30)} måneder`);

export function StatsApp({ db, getPolicy, today = localDay, checkFile = checkOnMainThread }: StatsAppProps) {
  const [data, setData] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [repairNotice, setRepairNotice] = useState<string | null>(null);
  const [policy, setPolicy] = useState<Policy>({});
  const [view, setView] = useState<'own' | 'team'>('own');
  const [preset, setPreset] = useState<PresetId | 'egen'>('12m');
  const [custom, setCustom] = useState<{ from: string; to: string }>(() => ({ from: presetPeriod('3m', today()).from!, to: today() }));
  const [status, setStatus] = useState('');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [labelDraft, setLabelDraft] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = async (p: Policy = policy, keepDraft = false): Promise<Loaded> => {
    // Settings first: they are checked and repaired on read, so the clean-up below never sees a broken value.
    const { settings: s, repaired } = await readSettings(db);
    if (repaired.length)
      setRepairNotice(
        `Noen lagrede innstillinger for statistikken var ødelagt og er rettet: ${repaired.map((k) => REPAIRED_LABEL[k]).join('; ')}. Tallene er beholdt.`,
      );
    await pruneDaily(db, today());
    const eff = effectiveSettings(s, p);
    const [own, imports] = await Promise.all([ownRows(db), listImports(db)]);
    const loaded = { settings: eff, own, imports };
    setData(loaded);
    if (!keepDraft) setLabelDraft(eff.teamLabel ?? '');
    return loaded;
  };

  useEffect(() => {
    void (async () => {
      try {
        const p = await readPolicy(getPolicy);
        setPolicy(p);
        await reload(p);
      } catch {
        // Never leave the page at «Laster statistikk …»: say what happened and what the user can do.
        setLoadError('Statistikken kunne ikke leses. Last inn siden på nytt. Hjelper ikke det, kan «Slett all statistikk» under gi en ny start.');
      }
    })();
    // The service worker keeps counting while this tab is open; show fresh numbers when the user comes back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload(undefined, true);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const period: Period = useMemo(() => {
    if (preset !== 'egen') return presetPeriod(preset, today());
    const from = isValidDay(custom.from) ? custom.from : null;
    const to = isValidDay(custom.to) ? custom.to : today();
    return { from, to };
  }, [preset, custom.from, custom.to]);

  const sets = useMemo(() => (data ? (view === 'team' ? [data.own, ...data.imports.map((i) => i.rows)] : [data.own]) : []), [data, view]);
  const model = useMemo(() => buildDashboard(sets, period), [sets, period]);

  // The landmark and the level-one heading are there from the first paint, also while the database opens.
  if (!data)
    return (
      <main>
        <h1>Skjemahjelp – bruksstatistikk</h1>
        {loadError ? (
          <>
            <p role="alert" data-testid="load-error">
              {loadError}
            </p>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await deleteAll(db);
                await db.meta.clear();
                location.reload();
              }}
            >
              Slett all statistikk
            </button>
          </>
        ) : (
          <p role="status">Laster statistikk …</p>
        )}
      </main>
    );
  const { settings, imports } = data;

  const inPeriod = (r: AggregateRow) => r.day <= period.to && (period.from === null || r.day >= period.from);
  // Exports read the database again so they hold what is stored now, not what the page loaded earlier.
  const exportCsv = async () => {
    const fresh = await reload(undefined, true);
    const current = view === 'team' ? [fresh.own, ...fresh.imports.map((i) => unpackRows(i.rows))] : [fresh.own];
    const rows = mergeRows(...current.map((s) => s.filter(inPeriod)));
    download(`skjemahjelp-statistikk-${view === 'team' ? 'team-' : ''}${today()}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
    setStatus(`Eksporterte ${rows.length} rader som CSV.`);
  };
  const exportJson = async () => {
    const fresh = await reload(undefined, true);
    // Always this browser's own numbers: a merged file imported elsewhere would count the team twice.
    const s = fresh.settings;
    const json = toJsonExport({ installationId: s.installationId, teamLabel: s.teamLabel, rows: fresh.own, today: today() });
    download(`skjemahjelp-statistikk-${today()}.json`, json, 'application/json');
    setStatus(`Eksporterte ${fresh.own.length} rader som JSON.`);
  };
  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const out: FileOutcome[] = [];
    const list = Array.from(files);
    const { retentionDays } = (await readSettings(db)).settings;
    for (const [i, f] of list.entries()) {
      const which = list.length > 1 ? `fil ${i + 1} av ${list.length}` : 'filen';
      setStatus(`Kontrollerer ${which} …`);
      if (f.size > MAX_IMPORT_BYTES) {
        // Refused before it is read: a huge file must not tie up the page.
        out.push({ name: f.name, ok: false, lines: [tooLargeMessage(f.size)] });
        continue;
      }
      let shown = -1;
      const check = await checkFile(f, {
        today: today(),
        retentionDays,
        onProgress: (x) => {
          const pct = Math.floor(x * 10) * 10;
          if (pct === shown || pct >= 100) return;
          shown = pct;
          setStatus(`Kontrollerer ${which} – ${pct} % …`);
        },
      }).catch((): ImportCheck => ({ ok: false, errors: ['Filen kunne ikke leses. Prøv igjen.'] }));
      const r = check.ok ? await storeImport(db, check.file, today()) : check;
      out.push({ name: f.name, ok: r.ok, lines: r.ok ? [r.message] : r.errors });
    }
    setOutcomes(out);
    const good = out.filter((o) => o.ok).length;
    setStatus(`${good} av ${out.length} filer importert.`);
    if (good > 0) setView('team');
    if (fileInput.current) fileInput.current.value = '';
    await reload();
  };
  const setEnabled = async (on: boolean) => {
    // Show the new state at once: the checkbox is controlled, and waiting for the database would make it
    // spring back for a moment after the click.
    setData((d) => (d ? { ...d, settings: { ...d.settings, enabled: on } } : d));
    await saveSettings(db, { enabled: on });
    setStatus(on ? 'Statistikk er slått på.' : 'Statistikk er slått av. Ingenting nytt lagres.');
    await reload();
  };
  const setRetention = async (days: number) => {
    await saveSettings(db, { retentionDays: days });
    await prune(db, days, today());
    await reload();
    setStatus(`Statistikk lagres nå i ${retentionLabel(days)}.`);
  };
  const saveLabel = async () => {
    const v = labelDraft.trim();
    if (v === '') {
      await saveSettings(db, { teamLabel: null });
    } else {
      const label = normalizeTeamLabel(v);
      const problem = teamLabelProblem(label);
      if (problem) {
        setStatus(`${problem} Teametiketten er ikke lagret.`);
        return;
      }
      await saveSettings(db, { teamLabel: label });
    }
    setStatus('Teametiketten er lagret.');
    await reload();
  };
  const doDelete = async () => {
    await deleteAll(db);
    setConfirmDelete(false);
    setOutcomes([]);
    setStatus('All statistikk og alle importerte filer er slettet.');
    await reload();
  };

  return (
    <main>
      <header>
        <h1>Skjemahjelp – bruksstatistikk</h1>
        <p class="lead">
          Tall for teamet om bruken av Skjemahjelp: hvor ofte skjemaer får hjelp, hvilke problemer som vises og rettes, og yrkesoppslag. Bare antall per dag
          lagres – aldri tekst fra skjemaene, aldri nettadresser, aldri hvem som skrev. Tallene er ment for å forbedre verktøyet og skrivingen, ikke for å måle
          enkeltpersoners produksjon.
        </p>
        {repairNotice && (
          <p class="notice" role="note" data-testid="repair-notice">
            {repairNotice}
          </p>
        )}
        {!settings.enabled && (
          <p class="notice" role="note">
            Statistikk er slått av{settings.lockedEnabled ? ' av virksomheten din' : ''}. Ingenting nytt lagres.
          </p>
        )}
      </header>

      <section class="toolbar" aria-label="Visning og eksport">
        <fieldset>
          <legend>Visning</legend>
          <label>
            <input type="radio" name="view" checked={view === 'own'} onChange={() => setView('own')} /> Mine tall
          </label>
          <label>
            <input type="radio" name="view" checked={view === 'team'} onChange={() => setView('team')} /> Teamet (meg + {imports.length} importert
            {imports.length === 1 ? '' : 'e'})
          </label>
        </fieldset>
        <div class="period">
          <label>
            Periode{' '}
            <select value={preset} onChange={(e) => setPreset((e.currentTarget as HTMLSelectElement).value as PresetId | 'egen')}>
              {PERIOD_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
              <option value="egen">Velg datoer</option>
            </select>
          </label>
          {preset === 'egen' && (
            <>
              <label>
                Fra <input type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: (e.currentTarget as HTMLInputElement).value })} />
              </label>
              <label>
                Til <input type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: (e.currentTarget as HTMLInputElement).value })} />
              </label>
            </>
          )}
        </div>
        <div class="actions">
          <button type="button" onClick={() => void exportCsv()}>
            Eksporter CSV
          </button>
          <button type="button" onClick={() => void exportJson()}>
            Eksporter JSON
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Importer
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            multiple
            hidden
            aria-hidden="true"
            tabIndex={-1}
            data-testid="import-input"
            onChange={(e) => void onFiles((e.currentTarget as HTMLInputElement).files)}
          />
        </div>
      </section>

      <div role="status" aria-live="polite" class="status" data-testid="status">
        {status}
      </div>
      {outcomes.length > 0 && (
        <section class="outcomes" aria-label="Resultat av import" data-testid="import-result">
          <ul>
            {outcomes.map((o, i) => (
              <li key={i} class={o.ok ? 'ok' : 'error'}>
                {/* An alert inside the item: a list item itself cannot take role=alert. */}
                <div role={o.ok ? undefined : 'alert'}>
                  <strong>
                    {o.name}: {o.ok ? 'importert' : 'ikke importert – ingenting er endret'}
                  </strong>
                  <ul>
                    {o.lines.map((l, j) => (
                      <li key={j}>{l}</li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Dashboard model={model} />

      {imports.length > 0 && (
        <section aria-labelledby="members-t">
          <h2 id="members-t">Importerte eksporter</h2>
          <p>Teamvisningen summerer disse med dine egne tall. Medlemmene vises bare med en tilfeldig id, og tallene deles ikke opp per person.</p>
          <table>
            <thead>
              <tr>
                <th scope="col">Anonym id</th>
                <th scope="col">Team</th>
                <th scope="col">Eksportert</th>
                <th scope="col">Rader</th>
                <th scope="col">
                  <span class="sr-only">Handling</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {imports.map((r) => (
                <tr key={r.hash}>
                  <td>{r.installationId.slice(0, 8)}</td>
                  <td>{r.teamLabel ?? '–'}</td>
                  <td>{r.exportedAt}</td>
                  <td>{packedRowCount(r.rows)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Fjern import ${r.installationId.slice(0, 8)}`}
                      onClick={async () => {
                        await removeImport(db, r.hash);
                        setStatus('Importen er fjernet.');
                        await reload();
                      }}
                    >
                      Fjern
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="privacy-t" class="privacy">
        <h2 id="privacy-t">Personvern og innstillinger</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            disabled={settings.lockedEnabled}
            onChange={(e) => void setEnabled((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Samle bruksstatistikk i denne nettleseren
          {settings.lockedEnabled && <span class="locked"> (slått av av virksomheten)</span>}
        </label>
        <label>
          Slett statistikk eldre enn{' '}
          <select value={settings.retentionDays} onChange={(e) => void setRetention(Number((e.currentTarget as HTMLSelectElement).value))}>
            {[...new Set([...RETENTION_CHOICES, settings.retentionDays])].map((d) => (
              <option key={d} value={d}>
                {retentionLabel(d)}
                {d === 365 ? ' (standard)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Teametikett (valgfri, følger med JSON-eksporten){' '}
          <input
            type="text"
            maxLength={60}
            value={labelDraft}
            disabled={settings.lockedTeamLabel}
            onInput={(e) => setLabelDraft((e.currentTarget as HTMLInputElement).value)}
          />
          {settings.lockedTeamLabel && <span class="locked"> (satt av virksomheten)</span>}
        </label>
        {!settings.lockedTeamLabel && (
          <button type="button" onClick={() => void saveLabel()}>
            Lagre teametikett
          </button>
        )}

        <details>
          <summary>Hva er lagret?</summary>
          <p>
            For hver dag: hvor mange ganger en hendelse skjedde, med skjema (L40, L1, AEV), feltnummer, regel-id, yrkeskode eller poengintervall. Ikke
            klokkeslett, ikke tekst, ikke nettadresser, ikke navn. I tillegg en tilfeldig installasjons-id ({settings.installationId}) som bare skiller
            eksporter fra hverandre, og innstillingene over.
          </p>
          <p>
            Egne tall: {data.own.length} rader. Importerte eksporter: {imports.length} ({imports.reduce((s, i) => s + packedRowCount(i.rows), 0)} rader).
          </p>
          <StoredTable rows={data.own} />
        </details>

        {!confirmDelete ? (
          <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
            Slett all statistikk
          </button>
        ) : (
          <div role="group" aria-label="Bekreft sletting" class="confirm">
            <p>Slette alle egne tall og alle importerte eksporter? Dette kan ikke angres.</p>
            <button type="button" class="danger" onClick={() => void doDelete()}>
              Ja, slett alt
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Avbryt
            </button>
          </div>
        )}
      </section>
    </main>
  );
}

function StoredTable({ rows }: { rows: AggregateRow[] }) {
  const shown = [...rows].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)).slice(0, 200);
  if (!shown.length) return <p>Ingen egne tall er lagret.</p>;
  return (
    <table data-testid="stored">
      <caption>De siste {shown.length} radene som er lagret</caption>
      <thead>
        <tr>
          <th scope="col">Dato</th>
          <th scope="col">Hendelse</th>
          <th scope="col">Skjema</th>
          <th scope="col">Felt</th>
          <th scope="col">Detalj</th>
          <th scope="col">Antall</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r, i) => (
          <tr key={i}>
            <td>{r.day}</td>
            <td>{METRIC_LABELS[r.metric]}</td>
            <td>{r.form ? FORM_LABELS[r.form] : '–'}</td>
            <td>{r.field || '–'}</td>
            <td>{r.dim || '–'}</td>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
