import { useEffect, useRef, useState } from 'preact/hooks';
import { JsonFileInput, type Status, StatusLine } from '../options/parts.tsx';
import { NOTE_MAX_CHARS, listNotes, saveNote, type NoteRow, type NotesDb } from '../../lib/notes/db.ts';
import { NotesImportError, buildExport, importNotes } from '../../lib/notes/transfer.ts';

/**
 * options.html: the palette shortcut, own yrke descriptions (list, delete, export, import), a link to the
 * statistics page and «Om» with the data sources' attribution. Everything is injected so it renders in tests.
 */
export interface OptionsProps {
  db: NotesDb;
  knownCodes(): Promise<ReadonlySet<string>>;
  /** Current palette shortcut as the browser reports it ('' when unset), or null when unknown. */
  shortcut(): Promise<string | null>;
  download(fileName: string, text: string): void;
  statsUrl: string;
  /** More sections (site rules), placed before «Bruksstatistikk». */
  children?: import('preact').ComponentChildren;
}

export function OptionsApp(p: OptionsProps) {
  const [notes, setNotes] = useState<NoteRow[] | null>(null);
  const [key, setKey] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const reload = () => listNotes(p.db).then(setNotes);

  useEffect(() => {
    void reload();
    p.shortcut().then(setKey, () => setKey(null));
  }, []);

  const onExport = async () => {
    const rows = await listNotes(p.db);
    const day = new Date().toISOString().slice(0, 10);
    p.download(`skjemahjelp-yrkesbeskrivelser-${day}.json`, JSON.stringify(buildExport(rows), null, 2));
    setStatus({ text: `Eksporterte ${rows.length} beskrivelse${rows.length === 1 ? '' : 'r'}.`, kind: 'ok' });
  };

  const onImport = async (file: File) => {
    setStatus(null);
    try {
      const r = await importNotes(p.db, await file.text(), await p.knownCodes());
      setStatus({ text: `Importert: ${r.added} nye, ${r.updated} oppdatert, ${r.kept} beholdt (dine egne eller nyere).`, kind: 'ok' });
    } catch (e) {
      setStatus({ text: e instanceof NotesImportError ? e.message : 'Importen feilet. Ingenting er endret.', kind: 'error' });
    }
    await reload();
  };

  return (
    <main>
      <h1>Skjemahjelp – innstillinger</h1>

      <section aria-labelledby="h-palette">
        <h2 id="h-palette">Yrkessøk</h2>
        <p>
          Åpne yrkessøket med <kbd data-shortcut="">{key || (key === '' ? 'ingen snarvei satt' : 'Alt+Shift+Y')}</kbd> når markøren står i et skjemafelt, eller
          fra merket ved feltet. Snarveien endres under nettleserens hurtigtaster for utvidelser (Chrome og Edge: <code>chrome://extensions/shortcuts</code>,
          Firefox: Tillegg → tannhjulet → Behandle hurtigtaster for utvidelser).
        </p>
      </section>

      <section aria-labelledby="h-keys">
        <h2 id="h-keys">Tastatur</h2>
        <p>Når markøren står i et skjemafelt Skjemahjelp kjenner igjen:</p>
        <table class="keys">
          <caption class="sr-only">Hurtigtaster i skjemafelt</caption>
          <thead>
            <tr>
              <th scope="col">Tast</th>
              <th scope="col">Gjør</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <kbd>F8</kbd> / <kbd>Shift+F8</kbd>
              </td>
              <td>Neste / forrige problem (leses opp for skjermleser)</td>
            </tr>
            <tr>
              <td>
                <kbd>Ctrl+.</kbd>
              </td>
              <td>Rettinger for problemet ved markøren, som en meny (piltastene velger, Enter setter inn)</td>
            </tr>
            <tr>
              <td>
                <kbd>Alt+Shift+P</kbd>
              </td>
              <td>Problemlisten og huskelisten (Tab eller Alt+Shift+P igjen bytter liste)</td>
            </tr>
            <tr>
              <td>
                <kbd>Alt+Shift+H</kbd>
              </td>
              <td>Veiledningen for feltet</td>
            </tr>
            <tr>
              <td>
                <kbd>Esc</kbd>
              </td>
              <td>Lukker og går tilbake til feltet med markøren der den var</td>
            </tr>
          </tbody>
        </table>
        <p>Antall problemer i feltet leses opp når du tar en pause i skrivingen.</p>
      </section>

      <section aria-labelledby="h-notes">
        <h2 id="h-notes">Egne yrkesbeskrivelser</h2>
        <p class="lead">
          Egne notater om yrker vises i yrkessøket, merket som dine. De lagres bare i denne nettleseren. Skriv om yrket og arbeidsplassene – aldri opplysninger
          om personer. Del med kontoret ved å eksportere en fil som kollegene importerer.
        </p>
        <div class="toolbar">
          <button type="button" onClick={() => void onExport()}>
            Eksporter beskrivelser
          </button>
          <button type="button" onClick={() => fileRef.current?.click()}>
            Importer beskrivelser
          </button>
          <JsonFileInput inputRef={fileRef} name="notes" onFile={(f) => void onImport(f)} />
        </div>
        <StatusLine status={status} name="notes" />
        {notes === null ? (
          <p>Laster …</p>
        ) : notes.length === 0 ? (
          <p data-notes-empty="">Ingen egne beskrivelser ennå. Skriv dem i yrkessøket.</p>
        ) : (
          <table class="notes" data-notes-table="">
            <thead>
              <tr>
                <th scope="col">Kode</th>
                <th scope="col">Beskrivelse</th>
                <th scope="col">Kilde</th>
                <th scope="col">Endret</th>
                <th scope="col">
                  <span class="sr-only">Handling</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {notes.map((n) => (
                <tr key={n.code} data-code={n.code}>
                  <td>{n.code}</td>
                  <td style="white-space:pre-wrap">{n.text}</td>
                  <td>{n.source === 'own' ? 'Egen' : 'Importert'}</td>
                  <td>{n.updatedAt.slice(0, 10)}</td>
                  <td>
                    <button
                      type="button"
                      class="danger"
                      aria-label={`Slett beskrivelsen for ${n.code}`}
                      onClick={async () => {
                        await saveNote(p.db, n.code, '');
                        await reload();
                      }}
                    >
                      Slett
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="hint">Hver beskrivelse kan ha inntil {NOTE_MAX_CHARS} tegn.</p>
      </section>

      {p.children}

      <section aria-labelledby="h-stats">
        <h2 id="h-stats">Bruksstatistikk</h2>
        <p>
          <a href={p.statsUrl}>Åpne bruksstatistikken</a> (bare tellinger, aldri tekst fra skjemaene).
        </p>
      </section>

      <section aria-labelledby="h-om">
        <h2 id="h-om">Om</h2>
        <p>Skjemahjelp arbeider bare lokalt i nettleseren. Yrkeskatalogen bygger på:</p>
        <ul>
          <li>Statistisk sentralbyrå (SSB): Standard for yrkesklassifisering (STYRK-08), fra Klass, brukt under NLOD / CC BY 4.0.</li>
          <li>
            Den internasjonale arbeidsorganisasjonen (ILO): ISCO-08 og beskrivelsene av yrkesgruppenes oppgaver, hentet via ESCO (Europakommisjonen).
            Oppgavetekstene er skrevet om med egne ord på norsk.
          </li>
          <li>NAV: yrkestitler og yrkeskategorier fra pam-styrk-yrkeskategori-mapper (MIT).</li>
        </ul>
        <p>
          Kravene per funksjonsområde er prosjektets veiledende vurderinger for yrkesgruppen, ikke offisielle krav fra SSB, ILO eller NAV, og må alltid sjekkes
          mot den konkrete arbeidsplassen.
        </p>
      </section>
    </main>
  );
}
