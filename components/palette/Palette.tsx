import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { YrkeHit } from '../../lib/catalogue/search.ts';
import type { CompareResponse, NoteView } from '../../lib/messaging/protocol.ts';
import { useRouted } from '../overlay/route.ts';
import { VERDICT_LABEL, areaSummary, countVerdicts, keyAction, move, type PaletteAction } from '../../lib/palette/model.ts';

/** What the palette UI needs from its controller (index.tsx); kept small so it can be rendered in tests. */
export interface PaletteUiProps {
  initialQuery: string;
  /** Human description of where «Sett inn» writes, or null when there is no recognised field. */
  targetLabel: string | null;
  /** True when the target is not a field the insert text is written for (see lib/forms/roles.ts). */
  targetUnusual: boolean;
  /** Set when the target's editor cannot be written to safely (its name): «Sett inn» is off, «Kopier» stays. */
  targetCopyOnly?: string | null;
  search(query: string): Promise<YrkeHit[]>;
  compare(code: string): Promise<CompareResponse | null>;
  getNote(code: string): Promise<NoteView | null>;
  saveNote(code: string, text: string): Promise<{ ok: boolean; note?: NoteView | null; error?: string }>;
  /** Codes with a note and whose it is, for the marks in the list. */
  noteCodes(): Promise<Record<string, NoteView['source']>>;
  insert(hit: YrkeHit, text: string): Promise<boolean> | void;
  copy(text: string): Promise<boolean>;
  close(): void;
  onSearched(): void;
}

const CONDITION_LABELS: Record<string, string> = {
  shift: 'Skift/turnus/natt',
  outdoor: 'Utendørs/kulde',
  noise: 'Støy',
  heights: 'Arbeid i høyden',
  driving: 'Bilkjøring/førerkort',
  alone: 'Alenearbeid',
  customer: 'Kundekontakt',
};
const LEVEL_WORD = ['sjelden', 'av og til', 'ofte', 'vanlig/avgjørende'];

function Bar({ level }: { level: number | null }) {
  return (
    <span class="pl-bar" aria-hidden="true">
      {[1, 2, 3].map((n) => (
        <i key={n} class={level != null && level >= n ? 'on' : ''} />
      ))}
    </span>
  );
}

function where(el: Element | null): 'search' | 'list' | 'note' | 'other' {
  if (!el) return 'other';
  if (el.hasAttribute('data-pl-search')) return 'search';
  if (el.hasAttribute('data-pl-list')) return 'list';
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return 'note';
  return 'other';
}

type Status = { text: string; kind: 'ok' | 'error' } | null;

/** The own description of one yrke; keyed by code so switching yrke starts fresh. */
function NoteBox(p: Pick<PaletteUiProps, 'getNote' | 'saveNote'> & { code: string; onStatus(s: Status): void; onSaved(n: NoteView | null): void }) {
  const [note, setNote] = useState<NoteView | null | undefined>(undefined);
  const [draft, setDraft] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // The focused button disappears when the box switches mode; focus must stay in the palette (Escape, Tab).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    boxRef.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  useRouted(noteRef, 'input', (_e, t) => setDraft((t as HTMLTextAreaElement).value));
  const mode = (d: string | null, next: string) => {
    focusNext.current = next;
    setDraft(d);
  };
  useEffect(() => {
    let live = true;
    p.getNote(p.code).then(
      (n) => live && setNote(n),
      () => live && setNote(null),
    );
    return () => {
      live = false;
    };
  }, []);
  const label = note?.source === 'imported' ? 'Beskrivelse fra kontoret (importert)' : 'Egen beskrivelse';
  const save = async () => {
    // Read the field itself: a render may still be pending for the last keystroke.
    const r = await p.saveNote(p.code, noteRef.current?.value ?? draft ?? '');
    if (!r.ok) {
      p.onStatus({ text: r.error ?? 'Kunne ikke lagre.', kind: 'error' });
      return;
    }
    setNote(r.note ?? null);
    p.onSaved(r.note ?? null);
    mode(null, '[data-pl-note-edit], [data-pl-note-new]');
    p.onStatus({ text: r.note ? 'Egen beskrivelse lagret.' : 'Egen beskrivelse slettet.', kind: 'ok' });
  };
  return (
    <>
      <h4>{label}</h4>
      <div class="pl-note" ref={boxRef} data-pl-note={note ? note.source : note === null ? 'none' : 'loading'}>
        {note && draft === null ? (
          <>
            <div class="pl-note-label">
              {label} · {note.source === 'own' ? 'skrevet av deg' : 'importert fra fil'} {note.updatedAt.slice(0, 10)}
            </div>
            <p data-pl-note-text="" style="white-space:pre-wrap">
              {note.text}
            </p>
            <button type="button" class="pl-btn pl-sec" data-pl-note-edit="" onClick={() => mode(note.text, '[data-pl-note-input]')}>
              Endre
            </button>
          </>
        ) : draft === null ? (
          <button type="button" class="pl-btn pl-sec" data-pl-note-new="" onClick={() => mode('', '[data-pl-note-input]')}>
            Skriv egen beskrivelse
          </button>
        ) : (
          <>
            <label class="pl-note-label" for="pl-note-input">
              Egen beskrivelse av yrket (ikke opplysninger om personer). Tom tekst sletter.
            </label>
            <textarea ref={noteRef} id="pl-note-input" data-pl-note-input="" value={draft} />
            <div style="display:flex;gap:6px;margin-top:4px">
              <button type="button" class="pl-btn" data-pl-note-save="" onClick={() => void save()}>
                Lagre
              </button>
              <button type="button" class="pl-btn pl-sec" onClick={() => mode(null, '[data-pl-note-edit], [data-pl-note-new]')}>
                Avbryt
              </button>
            </div>
          </>
        )}
      </div>
    </>
  );
}

export function PaletteUi(p: PaletteUiProps) {
  const [query, setQuery] = useState(p.initialQuery);
  const [hits, setHits] = useState<YrkeHit[]>([]);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const [cmp, setCmp] = useState<CompareResponse | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [marks, setMarks] = useState<Record<string, NoteView['source']>>({});
  const seq = useRef(0);
  const searched = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const hit = active >= 0 ? (hits[active] ?? null) : null;

  useEffect(() => {
    inputRef.current?.focus();
    if (p.initialQuery) inputRef.current?.select();
    p.noteCodes().then(
      (m) => setMarks(m ?? {}),
      () => undefined,
    );
  }, []);

  // Search as you type; a slow answer to an older query must not overwrite a newer one.
  useEffect(() => {
    const n = ++seq.current;
    const q = query.trim();
    if (!q) {
      setHits([]);
      setActive(-1);
      return;
    }
    setSearching(true);
    const t = setTimeout(() => {
      p.search(q).then(
        (r) => {
          if (n !== seq.current) return;
          setHits(r);
          setActive(r.length ? 0 : -1);
          setSearching(false);
          if (!searched.current) {
            searched.current = true;
            p.onSearched();
          }
        },
        () => {
          if (n !== seq.current) return;
          setSearching(false);
          setStatus({ text: 'Søket feilet. Prøv igjen, eller last inn siden på nytt.', kind: 'error' });
        },
      );
    }, 60);
    return () => clearTimeout(t);
  }, [query]);

  // Compare and own note for the active hit.
  useEffect(() => {
    setCmp(null);
    if (!hit) return;
    let live = true;
    p.compare(hit.code).then(
      (c) => live && setCmp(c),
      () => live && setCmp(null),
    );
    return () => {
      live = false;
    };
  }, [hit?.code]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const insertText = cmp && hit && cmp.code === hit.code ? cmp.insertText : null;

  const run = async (a: PaletteAction) => {
    if (a === 'close') p.close();
    else if (a === 'insert') {
      if (!hit || !insertText) return;
      if (!p.targetLabel || p.targetCopyOnly) {
        setStatus({
          text: p.targetCopyOnly ? 'Feltet kan ikke endres trygt av Skjemahjelp. Bruk «Kopier».' : 'Ingen skjemafelt å sette inn i. Bruk «Kopier».',
          kind: 'error',
        });
        return;
      }
      void p.insert(hit, insertText);
    } else if (a === 'copy') {
      if (!insertText) return;
      const ok = await p.copy(insertText);
      setStatus(ok ? { text: 'Kopiert til utklippstavlen.', kind: 'ok' } : { text: 'Kunne ikke kopiere.', kind: 'error' });
    } else if (a) setActive((i) => move(i, hits.length, a));
  };

  // Keys and input come through the key guard's router (components/overlay/route.ts) with the focused element.
  const onKeyDown = (e: KeyboardEvent, target: Element): boolean => {
    const focused = target as HTMLElement;
    if (e.key === 'Tab') {
      // Focus stays inside the palette while it is open.
      const all = [...(dialogRef.current?.querySelectorAll<HTMLElement>('input, textarea, button:not([disabled]), [tabindex="0"]') ?? [])];
      if (!all.length) return false;
      e.preventDefault();
      const i = focused ? all.indexOf(focused) : -1;
      all[(i + (e.shiftKey ? -1 : 1) + all.length) % all.length]!.focus();
      return true;
    }
    const a = keyAction(e, where(focused));
    if (!a) return false;
    e.preventDefault();
    void run(a);
    return true;
  };
  useRouted<KeyboardEvent>(dialogRef, 'keydown', onKeyDown);
  useRouted(inputRef, 'input', (_e, t) => setQuery((t as HTMLInputElement).value));

  const counts = useMemo(() => (cmp ? countVerdicts(cmp.areas) : null), [cmp]);
  const optId = (i: number) => `pl-opt-${i}`;

  return (
    <div class="pl-backdrop" onMouseDown={(e) => e.target === e.currentTarget && p.close()}>
      <div class="pl-dialog" role="dialog" aria-modal="true" aria-labelledby="pl-title" ref={dialogRef} data-pl-dialog="">
        <div class="pl-head">
          <h2 id="pl-title">Yrkessøk</h2>
          <span class="pl-keys" id="pl-keys">
            ↑/↓ velg · Enter sett inn · Ctrl+Enter kopier · Tab videre · Esc lukk
          </span>
        </div>
        <input
          ref={inputRef}
          class="pl-search"
          data-pl-search=""
          type="text"
          role="combobox"
          aria-label="Søk etter yrke eller STYRK-kode"
          aria-describedby="pl-keys"
          aria-expanded={hits.length > 0}
          aria-controls="pl-list"
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optId(active) : undefined}
          placeholder="Søk etter yrke, f.eks. hjelpepleier eller 5321"
          autocomplete="off"
          spellcheck={false}
          value={query}
        />
        <div class="pl-body">
          <ul
            id="pl-list"
            class="pl-list"
            role="listbox"
            aria-label="Treff"
            tabindex={0}
            ref={listRef}
            data-pl-list=""
            aria-activedescendant={active >= 0 ? optId(active) : undefined}
          >
            {hits.map((h, i) => (
              <li
                id={optId(i)}
                key={h.code + i}
                role="option"
                class="pl-opt"
                aria-selected={i === active}
                data-code={h.code}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => setActive(i)}
              >
                <span class="pl-t">{h.navTitle || h.title}</span>
                <span class="pl-c">{h.code}</span>
                {marks[h.code] ? (
                  <span class="pl-own" data-pl-own={marks[h.code]}>
                    {marks[h.code] === 'own' ? '• egen beskrivelse' : '• kontorets beskrivelse'}
                  </span>
                ) : null}
                {h.matchKind !== 'title' ? (
                  <span class="pl-m" data-pl-why={h.matchKind}>
                    {h.why}
                  </span>
                ) : null}
              </li>
            ))}
            {!hits.length && query.trim() && !searching ? (
              <li class="pl-empty" role="presentation" data-pl-none>
                Ingen treff. Prøv et kortere ord, eller skriv hva personen gjør («kjører truck», «vasker på sykehus»).
              </li>
            ) : null}
            {!query.trim() ? (
              <li class="pl-empty" role="presentation">
                Skriv yrke, arbeidsplass eller kode.
              </li>
            ) : null}
          </ul>
          <section class="pl-preview" tabindex={0} aria-label="Forhåndsvisning" data-pl-preview={hit?.code ?? ''}>
            {hit ? (
              <>
                <h3>{hit.navTitle || hit.title}</h3>
                <div class="pl-sub">
                  STYRK-08 {hit.code} · {hit.title}
                  {hit.category?.[1] ? ` · ${hit.category[1]}` : ''}
                </div>
                {!hit.complete ? <p class="pl-note-missing">Katalogen har bare tittel og kode for denne gruppen ennå.</p> : null}
                {hit.description ? <p>{hit.description}</p> : null}
                {hit.tasks.length ? (
                  <>
                    <h4>Typiske oppgaver</h4>
                    <ul>
                      {hit.tasks.slice(0, 8).map((t) => (
                        <li key={t}>{t}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {hit.education ? (
                  <>
                    <h4>Utdanning</h4>
                    <p>{hit.education}</p>
                  </>
                ) : null}
                <h4 id="pl-demands-h">Krav per funksjonsområde, sammenlignet med dokumentasjonen</h4>
                {cmp && cmp.code === hit.code ? (
                  <>
                    <p class="pl-sub" data-pl-documented={cmp.documented ? 'yes' : 'no'}>
                      {cmp.documented
                        ? 'Sammenlignet med funksjonsbeskrivelsen på siden.'
                        : 'Fant ingen beskrevne begrensninger på siden – viser bare yrkets krav.'}
                    </p>
                    {counts ? (
                      <div class="pl-summary" aria-hidden="true">
                        <span>{counts.conflict} konflikt</span>
                        <span>{counts.uncertain} usikre</span>
                        <span>{counts.compatible} forenlige</span>
                      </div>
                    ) : null}
                    <ul class="pl-areas" aria-labelledby="pl-demands-h">
                      {cmp.areas.map((a) => (
                        <li key={a.area} class="pl-area" tabindex={0} data-area={a.area} data-verdict={a.verdict} data-demand={a.demand ?? ''} title={a.reason}>
                          <span aria-hidden="true">
                            {a.label}
                            {a.limited ? <span class="pl-lim"> • begrenset</span> : null}
                          </span>
                          <Bar level={a.demand} />
                          <span class="pl-verdict" aria-hidden="true">
                            {VERDICT_LABEL[a.verdict]}
                          </span>
                          <span class="pl-why" aria-hidden="true">
                            {a.reason}
                          </span>
                          {/* Shown over the list on hover/focus without reflowing it, so rows do not jump under the pointer. */}
                          <span class="pl-tip" aria-hidden="true">
                            {a.reason}
                          </span>
                          <span class="pl-sr">{areaSummary(a)}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p class="pl-sub">Sammenligner …</p>
                )}
                {hit.conditions ? (
                  <>
                    <h4>Arbeidsforhold</h4>
                    <ul>
                      {Object.entries(hit.conditions)
                        .filter(([, c]) => c.level >= 1)
                        .sort((x, y) => y[1].level - x[1].level)
                        .map(([k, c]) => (
                          <li key={k}>
                            <b>{CONDITION_LABELS[k] ?? k}</b> ({LEVEL_WORD[c.level]}): {c.reason}
                          </li>
                        ))}
                    </ul>
                  </>
                ) : null}
                <NoteBox
                  key={hit.code}
                  code={hit.code}
                  getNote={p.getNote}
                  saveNote={p.saveNote}
                  onStatus={setStatus}
                  onSaved={(n) =>
                    setMarks((m) => {
                      const next = { ...m };
                      if (n) next[hit.code] = n.source;
                      else delete next[hit.code];
                      return next;
                    })
                  }
                />
              </>
            ) : (
              <p class="pl-sub">Velg et yrke for å se oppgaver, utdanning og krav.</p>
            )}
          </section>
        </div>
        <div class="pl-foot">
          <span class="pl-target" data-pl-target="">
            {p.targetLabel && p.targetCopyOnly
              ? `${p.targetLabel} bruker en redigerer (${p.targetCopyOnly}) som Skjemahjelp ikke kan skrive i trygt – bruk «Kopier» og lim inn selv.`
              : p.targetLabel
                ? `Settes inn i: ${p.targetLabel}${p.targetUnusual ? ' (teksten er skrevet for feltene om arbeid og yrker)' : ''}`
                : 'Ingen skjemafelt valgt – bruk «Kopier».'}
          </span>
          <button
            type="button"
            class="pl-btn"
            data-pl-insert=""
            disabled={!insertText || !p.targetLabel || !!p.targetCopyOnly}
            onClick={() => void run('insert')}
          >
            Sett inn
          </button>
          <button type="button" class="pl-btn pl-sec" data-pl-copy="" disabled={!insertText} onClick={() => void run('copy')}>
            Kopier
          </button>
          <button type="button" class="pl-btn pl-sec" data-pl-close="" onClick={() => p.close()}>
            Lukk
          </button>
        </div>
        <div class="pl-status" role="status" aria-live="polite" data-pl-status="" data-kind={status?.kind ?? ''}>
          {status?.text ?? ''}
        </div>
      </div>
    </div>
  );
}
