import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filterOptions, type FieldOption, type PickSession, type PickState } from '../../lib/sites/pick.ts';

const MAX_SHOWN = 80;

/** The «Pek ut felt» UI: an instruction bar while pointing, the list of form fields once a field is chosen. */
export function PickUi({
  session,
  options,
  describe,
  currentKey,
}: {
  session: PickSession;
  options: FieldOption[];
  /** What the page shows about a field (its label words), for the screen-reader announcement. */
  describe: (el: HTMLElement) => string;
  currentKey: (el: HTMLElement) => string | null;
}) {
  const [state, setState] = useState<PickState>(session.state);
  useEffect(() => session.subscribe(setState), [session]);
  if (state.step === 'closed') return null;
  if (state.step === 'choosing' || state.step === 'saving')
    return <Chooser session={session} options={options} el={state.el} busy={state.step === 'saving'} describe={describe} currentKey={currentKey} />;
  if (state.step === 'done' || state.step === 'error') return <Result session={session} state={state} />;
  return <PointBar session={session} state={state} describe={describe} />;
}

function PointBar({
  session,
  state,
  describe,
}: {
  session: PickSession;
  state: Extract<PickState, { step: 'pointing' }>;
  describe: (el: HTMLElement) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const count = session.host.candidates().length;
  const el = session.highlighted();
  const announce = el ? `Felt ${state.index + 1} av ${count}: ${describe(el) || 'uten etikett'}` : '';
  const onKey = (e: KeyboardEvent) => {
    const k = e.key;
    let handled = true;
    if (k === 'ArrowDown' || k === 'ArrowRight') move(1);
    else if (k === 'ArrowUp' || k === 'ArrowLeft') move(-1);
    else if ((k === 'Enter' || k === ' ') && e.target === ref.current) session.select();
    else if (k === 'Escape') session.close();
    else handled = false;
    if (handled) e.preventDefault();
  };
  const move = (dir: 1 | -1) => session.move(dir)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  return (
    <div class="tp-bar" role="dialog" aria-label="Pek ut felt" data-tp-bar="" tabIndex={-1} ref={ref} onKeyDown={onKey}>
      <p class="tp-title">Pek ut felt</p>
      {count === 0 ? (
        <p>Fant ingen skrivefelt på denne siden.</p>
      ) : (
        <p>Klikk på feltet Skjemahjelp skal lære. Med tastaturet: piltastene velger felt, Enter tar det valgte, Esc avbryter.</p>
      )}
      <p class="tp-live" role="status" aria-live="polite" data-tp-announce="">
        {announce}
      </p>
      <div class="tp-buttons">
        <button type="button" onClick={() => move(-1)} disabled={!count}>
          Forrige felt
        </button>
        <button type="button" onClick={() => move(1)} disabled={!count}>
          Neste felt
        </button>
        <button type="button" class="tp-primary" data-tp-select="" disabled={!el} onClick={() => session.select()}>
          Velg dette feltet
        </button>
        <button type="button" onClick={() => session.close()}>
          Avbryt
        </button>
      </div>
    </div>
  );
}

function Chooser({
  session,
  options,
  el,
  busy,
  describe,
  currentKey,
}: {
  session: PickSession;
  options: FieldOption[];
  el: HTMLElement;
  busy: boolean;
  describe: (el: HTMLElement) => string;
  currentKey: (el: HTMLElement) => string | null;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => filterOptions(options, query), [options, query]);
  const now = currentKey(el);
  const nowOption = now ? options.find((o) => o.key === now) : undefined;
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    list.current?.querySelector(`#tp-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const pick = (o: FieldOption | undefined) => {
    if (o && !busy) void session.choose(o);
  };
  const onKey = (e: KeyboardEvent) => {
    const n = Math.min(shown.length, MAX_SHOWN);
    let handled = true;
    if (e.key === 'ArrowDown') setActive((a) => Math.min(n - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Home' && e.ctrlKey) setActive(0);
    else if (e.key === 'End' && e.ctrlKey) setActive(n - 1);
    else if (e.key === 'Enter') pick(shown[active]);
    else if (e.key === 'Escape') session.back();
    else handled = false;
    if (handled) e.preventDefault();
  };
  // Tab stays inside the dialog (it is modal).
  const trap = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const box = e.currentTarget as HTMLElement;
    const items = [...box.querySelectorAll<HTMLElement>('input, button:not([disabled])')];
    const root = box.getRootNode() as ShadowRoot;
    const i = items.indexOf(root.activeElement as HTMLElement);
    const next = items[(i + (e.shiftKey ? -1 : 1) + items.length) % items.length];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  return (
    <div class="tp-dialog" role="dialog" aria-modal="true" aria-labelledby="tp-h" data-tp-chooser="" onKeyDown={trap}>
      <h2 id="tp-h">Hvilket skjemafelt er dette?</h2>
      <p class="tp-muted">
        Feltet: «{describe(el) || 'uten etikett'}»{nowOption ? ` · Skjemahjelp tror nå: ${nowOption.tag}` : ''}. Regelen lagrer bare hva siden viser om feltet,
        aldri teksten i det.
      </p>
      <label for="tp-search" class="tp-label">
        Søk etter skjemafelt
      </label>
      <input
        id="tp-search"
        ref={input}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="tp-list"
        aria-autocomplete="list"
        aria-activedescendant={shown.length ? `tp-opt-${active}` : undefined}
        autocomplete="off"
        placeholder="F.eks. 5.1, funksjon, yrker, sykehistorie"
        value={query}
        disabled={busy}
        data-tp-search=""
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKey}
      />
      <div id="tp-list" role="listbox" aria-label="Skjemafelt" ref={list} class="tp-list">
        {shown.slice(0, MAX_SHOWN).map((o, i) => (
          // The combobox pattern: focus stays in the search box (aria-activedescendant) and the arrow keys there
          // move the active option, so an option is neither focusable nor handles keys itself.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
          // biome-ignore lint/a11y/useFocusableInteractive: aria-activedescendant pattern
          <div
            key={o.key ?? 'none'}
            id={`tp-opt-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'tp-opt tp-active' : 'tp-opt'}
            data-tp-option={o.key ?? 'none'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            <span class="tp-tag">{o.tag}</span> {o.label}
          </div>
        ))}
      </div>
      {shown.length === 0 && (
        <p class="tp-muted" role="status">
          Ingen felt passer. Prøv et annet ord.
        </p>
      )}
      {shown.length > MAX_SHOWN && <p class="tp-muted">… skriv mer for å finne flere ({shown.length - MAX_SHOWN} til)</p>}
      <div class="tp-buttons">
        <button type="button" disabled={busy} onClick={() => session.back()}>
          Tilbake
        </button>
        <button type="button" disabled={busy} onClick={() => session.close()}>
          Avbryt
        </button>
      </div>
    </div>
  );
}

function Result({ session, state }: { session: PickSession; state: Extract<PickState, { step: 'done' | 'error' }> }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
    if (state.step === 'done') {
      const t = setTimeout(() => session.close(), 8000);
      return () => clearTimeout(t);
    }
    return undefined;
  }, [state]);
  return (
    <div class={`tp-bar ${state.step === 'error' ? 'tp-error' : ''}`} role={state.step === 'error' ? 'alert' : 'status'} data-tp-result={state.step}>
      <p>{state.message}</p>
      <div class="tp-buttons">
        <button type="button" ref={ref} onClick={() => session.close()}>
          Lukk
        </button>
      </div>
    </div>
  );
}
