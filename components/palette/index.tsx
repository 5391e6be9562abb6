/**
 * The yrke palette: entry point the content script wires in. Mounts its own shadow-root host on open and
 * removes it on close, so pages without an open palette carry nothing of it. The catalogue, comparison and
 * own notes live in the background (lib/catalogue/service.ts); this module only renders and inserts.
 */
import { render } from 'preact';
import type { YrkeHit } from '../../lib/catalogue/search.ts';
import type { StatsEvent } from '../../lib/stats/client.ts';
import { getSelectionOffsets, readText, selectRange } from '../../lib/dom/field-text.ts';
import { copyText } from '../../lib/dom/clipboard.ts';
import { detectEditor, writeText } from '../../lib/dom/editors.ts';
import { guardRoot } from '../../lib/dom/events.ts';
import { PaletteUi } from './Palette.tsx';
import { PALETTE_CSS } from './styles.ts';
import { formOfKey, framedInsert, isIntendedTarget } from '../../lib/palette/model.ts';
import { installKeyGuard } from '../../lib/overlay/keyguard.ts';
import { routeEvent } from '../overlay/route.ts';
import { fieldDisplayName } from '../../lib/forms/roles.ts';
import { NOTE_CODES, NOTE_GET, NOTE_SAVE, YRKE_COMPARE, YRKE_SEARCH, type CompareResponse, type Send } from '../../lib/messaging/protocol.ts';

export interface PaletteHost {
  doc: Document;
  /** The recognised field the insert goes to (focused when opened), or null. */
  target(): { el: HTMLElement; key: string } | null;
  /** The documented limitations text on the page ('' if none). */
  personText(): string;
  /** Typed messages to the background (catalogue, comparison, own notes). */
  send: Send;
  track(e: StatsEvent): void;
  /** Shows a one-off notice on the page (Norwegian). */
  notice?(text: string): void;
}

export interface Palette {
  open(initialQuery?: string): void;
  close(): void;
  isOpen(): boolean;
  /** The open palette's closed shadow root (for the content script's own code and unit tests), or null. */
  root(): ShadowRoot | null;
}

export const PALETTE_TAG = 'skjemahjelp-palette';
const SEARCH_LIMIT = 30;
/** Events that must not reach the page's (or the checks overlay's) listeners while the palette has them. */
const ISOLATED = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'cut', 'copy', 'focusin', 'focusout'];

export function createPalette(host: PaletteHost): Palette {
  const doc = host.doc;
  let el: HTMLElement | null = null;
  /** The palette's root: closed, so only this reference reaches it (the page gets null from el.shadowRoot). */
  let root: ShadowRoot | null = null;
  let target: { el: HTMLElement; key: string } | null = null;
  let sel: { start: number; end: number } | null = null;
  const compareCache = new Map<string, Promise<CompareResponse | null>>();
  let mountPoint: HTMLElement | null = null;
  let unguard: (() => void) | undefined;

  const unmount = () => {
    if (!el) return;
    unguard?.();
    render(null, mountPoint!);
    el.remove();
    el = null;
    root = null;
    compareCache.clear();
  };

  const close = (restore = true) => {
    if (!el) return;
    unmount();
    if (restore && target?.el.isConnected) {
      // Back to the field with the caret where it was.
      if (sel) selectRange(target.el, sel.start, sel.end);
      else target.el.focus();
    }
  };

  /** Writes the text at the caret through the field's editor; false (palette left open) when it could not. */
  const insert = async (hit: YrkeHit, text: string): Promise<boolean> => {
    const t = target;
    if (!t?.el.isConnected || !detectEditor(t.el).writable) return false;
    const existing = readText(t.el);
    const end0 = existing.replace(/\s+$/, '').length;
    const start = sel?.start ?? end0;
    const end = sel?.end ?? end0;
    unmount();
    const res = await writeText(t.el, start, end, framedInsert(existing, start, end, text));
    if (!res.ok) {
      host.notice?.(
        res.reason === 'moved'
          ? 'Teksten i feltet endret seg før yrkesbeskrivelsen kunne settes inn. Prøv igjen.'
          : res.reason === 'altered'
            ? 'Redigereren endret den innsatte teksten på sin egen måte. Kontroller feltet; Ctrl+Z angrer.'
            : 'Redigereren i feltet tok ikke imot teksten. Åpne yrkessøket igjen, bruk «Kopier» og lim inn selv.',
      );
      return false;
    }
    host.track({ kind: 'yrke_inserted', form: formOfKey(t.key), field: t.key, code: hit.code });
    return true;
  };

  return {
    isOpen: () => !!el,
    root: () => root,
    close: () => close(true),
    open(initialQuery = '') {
      if (el) {
        mountPoint?.querySelector<HTMLInputElement>('[data-pl-search]')?.focus();
        return;
      }
      target = host.target();
      sel = target ? getSelectionOffsets(target.el) : null;
      el = doc.createElement(PALETTE_TAG);
      el.setAttribute('data-skjemahjelp-ui', '');
      // Closed: the palette shows own notes and can insert text; nothing of it may be reachable from the page.
      const shadow = (root = el.attachShadow({ mode: 'closed' }));
      const style = doc.createElement('style');
      style.textContent = PALETTE_CSS;
      const mount = doc.createElement('div');
      mount.setAttribute('data-pl-mount', '');
      shadow.append(style, mount);
      mountPoint = mount;
      for (const type of ISOLATED) el.addEventListener(type, (e) => e.stopPropagation());
      // Nothing in the palette (insert, save a note, copy) acts on a page script's made-up event.
      guardRoot(shadow);
      // Keys stop at window in the capture phase, before the page's own listeners (lib/overlay/keyguard.ts).
      unguard = installKeyGuard(doc.defaultView as Window & typeof globalThis).addRoot(el, shadow, (e, t) => routeEvent(e, t, shadow));
      (doc.body ?? doc.documentElement).appendChild(el);
      const personText = host.personText();
      const formId = formOfKey(target?.key);
      render(
        <PaletteUi
          initialQuery={initialQuery}
          targetLabel={target ? fieldDisplayName(target.key) : null}
          targetUnusual={!!target && !isIntendedTarget(target.key)}
          targetCopyOnly={target && !detectEditor(target.el).writable ? detectEditor(target.el).label : null}
          search={(q) => host.send({ type: YRKE_SEARCH, query: q, limit: SEARCH_LIMIT })}
          compare={(code) => {
            let p = compareCache.get(code);
            if (!p) compareCache.set(code, (p = host.send({ type: YRKE_COMPARE, code, personText })));
            return p;
          }}
          getNote={(code) => host.send({ type: NOTE_GET, code })}
          saveNote={(code, text) => host.send({ type: NOTE_SAVE, code, text })}
          noteCodes={() => host.send({ type: NOTE_CODES })}
          insert={insert}
          copy={(text) => copyText(doc, text, shadow)}
          close={() => close(true)}
          onSearched={() => host.track({ kind: 'yrke_searched', form: formId })}
        />,
        mount,
      );
      // Focus now, not in an effect: keys typed right after the shortcut belong in the search box.
      shadow.querySelector<HTMLInputElement>('[data-pl-search]')?.focus();
    },
  };
}
