// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPalette, PALETTE_TAG, type Palette, type PaletteHost } from '../../../components/palette/index.tsx';
import { createCatalogueService } from '../../../lib/catalogue/service.ts';
import { NotesDb } from '../../../lib/notes/db.ts';
import type { StatsEvent } from '../../../lib/stats/client.ts';
import { createSender } from '../../../lib/messaging/protocol.ts';

/**
 * The palette against the real background service (catalogue, comparison, notes in fake IndexedDB), in
 * happy-dom: search, preview with verdicts, keyboard, insert at the remembered caret, own notes.
 */
const PERSON = 'Pasienten kan ikke løfte mer enn 5 kg. Tåler dårlig stress og tidspress.';
let service: ReturnType<typeof createCatalogueService>;
let notesDb: NotesDb;
beforeAll(() => {
  notesDb = new NotesDb('palette-test');
  service = createCatalogueService({ notes: () => notesDb });
});
afterEach(() => {
  document.body.innerHTML = '';
});

function setup(fieldHtml = '<textarea id="f53">Arbeidet som assistent.</textarea>', key = 'l40.5.3') {
  document.body.innerHTML = fieldHtml + '<button id="outside">x</button>';
  const el = document.body.firstElementChild as HTMLElement;
  const events: StatsEvent[] = [];
  const pageKeys: string[] = [];
  document.addEventListener('keydown', (e) => pageKeys.push(e.key));
  const host: PaletteHost = {
    doc: document,
    target: () => ({ el, key }),
    personText: () => PERSON,
    send: createSender((m) => service.handle(m)),
    track: (e) => events.push(e),
  };
  current = createPalette(host);
  return { el, events, pageKeys, palette: current };
}

// The palette's root is closed: the page (and document.querySelector(...).shadowRoot) cannot reach it.
let current: Palette | null = null;
const root = () => current?.root() ?? null;
const q = <T extends Element = HTMLElement>(sel: string) => root()?.querySelector<T>(sel) ?? null;
async function until<T>(fn: () => T, ms = 4000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let v = fn();
  while (!v && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 15));
    v = fn();
  }
  if (!v) throw new Error('timed out');
  return v as NonNullable<T>;
}
// The key guard acts only on the user's (trusted) events; happy-dom cannot make those, so the tests mark them.
const trusted = <T extends Event>(e: T): T => Object.defineProperty(e, 'isTrusted', { value: true });
function type(el: HTMLInputElement | HTMLTextAreaElement, text: string) {
  el.value = text;
  el.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
}
function key(el: Element, k: string, mods: KeyboardEventInit = {}) {
  el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...mods })));
}

describe('yrke palette', () => {
  it('its shadow root is closed: the page cannot reach inside', () => {
    const { palette } = setup();
    palette.open();
    expect(document.querySelector(PALETTE_TAG)).not.toBeNull();
    expect(document.querySelector(PALETTE_TAG)!.shadowRoot).toBeNull();
    expect(palette.root()!.querySelector('[data-pl-search]')).not.toBeNull();
    palette.close();
  });

  it('mounts on open, searches, previews demands with verdicts against the page text, and inserts at the caret', async () => {
    const { el, events, palette } = setup();
    const ta = el as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(ta.value.length, ta.value.length);
    expect(document.querySelector(PALETTE_TAG)).toBeNull();
    palette.open();
    expect(palette.isOpen()).toBe(true);
    const input = q<HTMLInputElement>('[data-pl-search]')!;
    expect(root()!.activeElement).toBe(input);
    type(input, 'hjelpepleier');
    await until(() => q('[role=option][data-code="5321"]'));
    expect(q('[role=option][aria-selected=true]')!.getAttribute('data-code')).toBe('5321');
    expect(events).toContainEqual({ kind: 'yrke_searched', form: 'l40' });

    const lift = await until(() => q('[data-area=lift]'));
    expect(lift.getAttribute('data-verdict')).toBe('conflict');
    expect(lift.getAttribute('title')).toMatch(/dokumentert/);
    expect(lift.querySelectorAll('.pl-bar i.on').length).toBe(Number(lift.getAttribute('data-demand')));
    expect(lift.querySelector('.pl-sr')!.textContent).toMatch(/^Løfte\/bære: .*Konflikt\./);
    expect(q('[data-area=sit]')!.getAttribute('data-verdict')).toBe('compatible');
    expect(q('[data-pl-preview]')!.textContent).toMatch(/Typiske oppgaver/);
    expect(q('[data-pl-documented]')!.getAttribute('data-pl-documented')).toBe('yes');

    // ↓ then ↑ moves the active row; the preview follows.
    key(input, 'ArrowDown');
    await until(() => q('[role=option][aria-selected=true]')?.getAttribute('data-code') !== '5321');
    key(input, 'ArrowUp');
    await until(() => q('[role=option][aria-selected=true]')?.getAttribute('data-code') === '5321');
    await until(() => !q<HTMLButtonElement>('[data-pl-insert]')!.disabled);

    key(input, 'Enter');
    expect(palette.isOpen()).toBe(false);
    expect(document.querySelector(PALETTE_TAG)).toBeNull();
    expect(ta.value.startsWith('Arbeidet som assistent.\n\nAktuelt yrke: ')).toBe(true);
    expect(ta.value).toMatch(/STYRK-08 5321/);
    expect(ta.value).toMatch(/i konflikt med dokumenterte begrensninger: .*Løfte\/bære/);
    // Inserts go through the field's editor adapter, which settles asynchronously.
    await until(() => events.some((e) => e.kind === 'yrke_inserted'));
    expect(events).toContainEqual({ kind: 'yrke_inserted', form: 'l40', field: 'l40.5.3', code: '5321' });
  });

  it('with no hit, says so and suggests a shorter word or what the person does', async () => {
    const { palette } = setup();
    palette.open();
    const input = q<HTMLInputElement>('[data-pl-search]')!;
    type(input, 'xqzvbnmkl');
    const none = await until(() => q('[data-pl-none]'));
    expect(none.textContent).toMatch(/^Ingen treff\. Prøv et kortere ord, eller skriv hva personen gjør/);
    expect(root()?.querySelectorAll('[role=option]').length).toBe(0);
    type(input, 'truckfører');
    await until(() => q('[role=option][data-code="8344"]'));
    expect(q('[data-pl-none]')).toBeNull();
    palette.close();
  });

  it('shows why each hit matched: the activity, the place or the synonym', async () => {
    const { palette } = setup();
    palette.open();
    const input = q<HTMLInputElement>('[data-pl-search]')!;
    type(input, 'kjørte truck på terminalen');
    const why = await until(() => q('[role=option][data-code="8344"] [data-pl-why]'));
    expect(why.getAttribute('data-pl-why')).toBe('activity');
    expect(why.textContent).toMatch(/^aktivitet: kjøre truck/);
    type(input, 'hjelpepleier');
    const syn = await until(() => q('[role=option][data-code="5321"] [data-pl-why="synonym"]'));
    expect(syn.textContent).toBe('synonym: hjelpepleier');
    palette.close();
  });

  it('keeps its keys from the page, traps Tab, and Escape returns focus and caret to the field', async () => {
    const { el, pageKeys, palette } = setup();
    const ta = el as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(3, 7);
    palette.open('sykepleier');
    const input = q<HTMLInputElement>('[data-pl-search]')!;
    expect(input.value).toBe('sykepleier');
    await until(() => q('[role=option]'));
    key(input, 'x');
    key(input, 'ArrowDown');
    expect(pageKeys).toEqual([]);

    // Tab from the last focusable wraps to the first; Shift+Tab from the first goes to the last.
    const dialog = q('[data-pl-dialog]')!;
    key(input, 'Tab', { shiftKey: true });
    const last = root()!.activeElement!;
    expect(last.hasAttribute('data-pl-close')).toBe(true);
    key(last, 'Tab');
    expect(root()!.activeElement).toBe(input);
    expect(dialog.contains(root()!.activeElement)).toBe(true);

    key(input, 'Escape');
    expect(palette.isOpen()).toBe(false);
    expect(document.activeElement).toBe(ta);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([3, 7]);
    expect(ta.value).toBe('Arbeidet som assistent.');
  });

  it('saves an own description, shows it labelled as own, and shows it again after reopening', async () => {
    const { palette } = setup();
    palette.open('9112');
    await until(() => q('[role=option][data-code="9112"]'));
    const newBtn = await until(() => q<HTMLButtonElement>('[data-pl-note-new]'));
    newBtn.click();
    const ta = await until(() => q<HTMLTextAreaElement>('[data-pl-note-input]'));
    type(ta, 'Kontorrenhold hos oss er mest kveldstid.');
    // Enter in the note field is a line break, not an insert.
    key(ta, 'Enter');
    expect(palette.isOpen()).toBe(true);
    q<HTMLButtonElement>('[data-pl-note-save]')!.click();
    await until(() => q('[data-pl-note="own"]') || q('[data-pl-status]')!.textContent);
    expect(q('[data-pl-status]')!.textContent).toBe('Egen beskrivelse lagret.');
    expect(q('[data-pl-note-text]')!.textContent).toBe('Kontorrenhold hos oss er mest kveldstid.');
    expect(q('[data-pl-note="own"]')!.textContent).toMatch(/Egen beskrivelse/);
    expect(q('[role=option][data-code="9112"] [data-pl-own]')!.getAttribute('data-pl-own')).toBe('own');
    palette.close();
    palette.open('9112');
    await until(() => q('[data-pl-note="own"]'));
    // Reopened: the list marks the yrke as having an own description.
    await until(() => q('[role=option][data-code="9112"] [data-pl-own="own"]'));
    expect((await notesDb.notes.get('9112'))!.source).toBe('own');
    palette.close();
  });

  it('without a field, offers only Kopier', async () => {
    document.body.innerHTML = '';
    const host: PaletteHost = {
      doc: document,
      target: () => null,
      personText: () => '',
      send: createSender((m) => service.handle(m)),
      track: () => undefined,
    };
    const palette = (current = createPalette(host));
    palette.open('lastebilsjåfør');
    await until(() => q('[data-area=lift]'));
    expect(q('[data-pl-documented]')!.getAttribute('data-pl-documented')).toBe('no');
    expect(q<HTMLButtonElement>('[data-pl-insert]')!.disabled).toBe(true);
    expect(q<HTMLButtonElement>('[data-pl-copy]')!.disabled).toBe(false);
    expect(q('[data-pl-target]')!.textContent).toMatch(/Ingen skjemafelt/);
    palette.close();
  });
});
