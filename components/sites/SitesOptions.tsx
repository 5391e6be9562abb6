import { useEffect, useRef, useState } from 'preact/hooks';
import { JsonFileInput, type Status, StatusLine } from '../options/parts.tsx';
import { FORMS } from '../../lib/forms/defs/index.ts';
import { fieldDisplayName, formDisplayName } from '../../lib/forms/roles.ts';
import type { FormId } from '../../lib/forms/schema.ts';
import type { ManagedSites, RuleSource, SiteRule, SitesState } from '../../lib/sites/types.ts';

type Row = SiteRule & { source: RuleSource };

export interface SitesOptionsProps {
  load(): Promise<{ state: SitesState; managed: ManagedSites }>;
  /** Calls fn when the rules change elsewhere (taught in a page, the policy updated). */
  onChange(fn: () => void): void;
  remove(id: string): Promise<void>;
  update(id: string, patch: { path?: string; field?: string | null; form?: FormId }): Promise<void>;
  importText(text: string): Promise<{ added: number; replaced: number }>;
  exportRules(rules: SiteRule[]): void;
  setOff(origin: string, off: boolean): Promise<void>;
}

const SOURCE: Record<RuleSource, string> = { own: 'Egen', imported: 'Importert', managed: 'Virksomheten' };

function what(r: Row): string {
  if (r.kind === 'page') return `Hele siden er ${formDisplayName(r.form)}`;
  return r.field ? `Feltet er ${fieldDisplayName(r.field)}` : 'Ikke et skjemafelt';
}

function marks(r: Row): string {
  if (r.kind === 'page') return '–';
  const t = r.target;
  const parts = [t.label.length ? `«${t.label.join(' ')}»` : 'uten etikett'];
  if (t.name) parts.push(`name=${t.name}`);
  if (t.id) parts.push(`id=${t.id}`);
  parts.push(`felt ${t.index + 1} av ${t.count}`);
  return parts.join(' · ');
}

/**
 * Options: the site rules (own, imported, the organisation's) — list, edit, remove, export and import — and the
 * sites where Skjemahjelp is switched off. The organisation's rules are shown as such and cannot be changed.
 */
export function SitesOptions(p: SitesOptionsProps) {
  const [data, setData] = useState<{ state: SitesState; managed: ManagedSites } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const reload = () => p.load().then(setData);
  useEffect(() => {
    void reload();
    p.onChange(() => void reload());
  }, []);

  if (!data)
    return (
      <section aria-labelledby="h-sites">
        <h2 id="h-sites">Sideregler</h2>
        <p>Laster …</p>
      </section>
    );
  const rows: Row[] = [...data.managed.rules.map((r) => ({ ...r, source: 'managed' as const })), ...data.state.rules];
  const own = data.state.rules;

  const onImport = async (file: File) => {
    setStatus(null);
    try {
      const r = await p.importText(await file.text());
      setStatus({ text: `Importert: ${r.added} nye, ${r.replaced} erstattet.`, kind: 'ok' });
    } catch (e) {
      setStatus({ text: e instanceof Error && e.message ? e.message : 'Importen feilet. Ingenting er endret.', kind: 'error' });
    }
    await reload();
  };

  return (
    <section aria-labelledby="h-sites">
      <h2 id="h-sites">Sideregler</h2>
      <p class="lead">
        Sider Skjemahjelp ikke kjenner, eller felt den tar feil av, lærer du med «Pek ut felt» i knappen på verktøylinjen. En regel gjelder nettstedet og sidene
        som passer mønsteret (<code>*</code> står for hva som helst). Regler husker bare hva siden viser om feltet – etikett, navn og plassering – aldri teksten
        i det.
      </p>
      <div class="toolbar">
        <button
          type="button"
          data-sites-export=""
          onClick={() => {
            p.exportRules(own);
            setStatus({ text: `Eksporterte ${own.length} ${own.length === 1 ? 'regel' : 'regler'}.`, kind: 'ok' });
          }}
        >
          Eksporter sideregler
        </button>
        <button type="button" data-sites-import="" onClick={() => fileRef.current?.click()}>
          Importer sideregler
        </button>
        <JsonFileInput inputRef={fileRef} name="sites" onFile={(f) => void onImport(f)} />
      </div>
      <StatusLine status={status} name="sites" />
      {rows.length === 0 ? (
        <p data-sites-empty="">Ingen sideregler ennå.</p>
      ) : (
        <table class="notes" data-sites-table="">
          <thead>
            <tr>
              <th scope="col">Nettsted</th>
              <th scope="col">Sider</th>
              <th scope="col">Regel</th>
              <th scope="col">Kjennetegn</th>
              <th scope="col">Kilde</th>
              <th scope="col">
                <span class="sr-only">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) =>
              editing === r.id && r.source !== 'managed' ? (
                <EditRow
                  key={r.id}
                  rule={r}
                  onCancel={() => setEditing(null)}
                  onSave={async (patch) => {
                    try {
                      await p.update(r.id, patch);
                      setEditing(null);
                      setStatus({ text: 'Regelen er endret.', kind: 'ok' });
                      await reload();
                    } catch (e) {
                      setStatus({ text: e instanceof Error ? e.message : 'Endringen kunne ikke lagres.', kind: 'error' });
                    }
                  }}
                />
              ) : (
                <tr key={r.id} data-rule-id={r.id} data-source={r.source}>
                  <td>{r.origin}</td>
                  <td>
                    <code>{r.path}</code>
                  </td>
                  <td>{what(r)}</td>
                  <td class="hint">{marks(r)}</td>
                  <td>
                    {SOURCE[r.source]}
                    {r.source === 'managed' ? ' (kan ikke endres)' : ''}
                  </td>
                  <td>
                    {r.source !== 'managed' && (
                      <span style="display:flex;gap:.4rem">
                        <button type="button" aria-label={`Endre regelen for ${r.origin}${r.path}: ${what(r)}`} onClick={() => setEditing(r.id)}>
                          Endre
                        </button>
                        <button
                          type="button"
                          class="danger"
                          data-sites-remove=""
                          aria-label={`Slett regelen for ${r.origin}${r.path}: ${what(r)}`}
                          onClick={async () => {
                            await p.remove(r.id);
                            setStatus({ text: 'Regelen er slettet.', kind: 'ok' });
                            await reload();
                          }}
                        >
                          Slett
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}

      <h3>Skjemahjelp er slått av på</h3>
      {data.state.off.length + data.managed.off.length === 0 ? (
        <p class="hint">Ingen nettsteder. Slå av og på per nettsted i knappen på verktøylinjen.</p>
      ) : (
        <ul data-sites-off="">
          {data.managed.off.map((o) => (
            <li key={o} data-off-origin={o}>
              {o} <span class="hint">(av virksomheten, kan ikke slås på)</span>
            </li>
          ))}
          {data.state.off.map((o) => (
            <li key={o} data-off-origin={o}>
              {o}{' '}
              <button
                type="button"
                onClick={async () => {
                  await p.setOff(o, false);
                  await reload();
                }}
              >
                Slå på igjen
              </button>
            </li>
          ))}
        </ul>
      )}
      {data.managed.disabledRules.length > 0 && (
        <p class="hint" data-sites-locked-checks="">
          Sjekker slått av av virksomheten: {data.managed.disabledRules.join(', ')}.
        </p>
      )}
    </section>
  );
}

function EditRow({
  rule,
  onSave,
  onCancel,
}: {
  rule: Row;
  onSave: (p: { path?: string; field?: string | null; form?: FormId }) => void;
  onCancel: () => void;
}) {
  const [path, setPath] = useState(rule.path);
  const [target, setTarget] = useState(rule.kind === 'page' ? rule.form : (rule.field ?? ''));
  return (
    <tr data-rule-id={rule.id} data-editing="">
      <td>{rule.origin}</td>
      <td>
        <label class="sr-only" for={`path-${rule.id}`}>
          Sider (mønster)
        </label>
        <input id={`path-${rule.id}`} value={path} onInput={(e) => setPath((e.currentTarget as HTMLInputElement).value)} />
      </td>
      <td colSpan={3}>
        <label class="sr-only" for={`target-${rule.id}`}>
          {rule.kind === 'page' ? 'Skjema' : 'Skjemafelt'}
        </label>
        <select id={`target-${rule.id}`} value={target} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
          {rule.kind === 'page'
            ? FORMS.map((f) => (
                <option key={f.id} value={f.id}>
                  {formDisplayName(f.id)}
                </option>
              ))
            : [
                <option key="" value="">
                  Ikke et skjemafelt
                </option>,
                ...FORMS.flatMap((f) =>
                  f.fields.map((x) => (
                    <option key={`${f.id}.${x.id}`} value={`${f.id}.${x.id}`}>
                      {fieldDisplayName(`${f.id}.${x.id}`)} – {x.label.slice(0, 60)}
                    </option>
                  )),
                ),
              ]}
        </select>
      </td>
      <td>
        <span style="display:flex;gap:.4rem">
          <button type="button" onClick={() => onSave(rule.kind === 'page' ? { path, form: target as FormId } : { path, field: target || null })}>
            Lagre
          </button>
          <button type="button" onClick={onCancel}>
            Avbryt
          </button>
        </span>
      </td>
    </tr>
  );
}
