// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../lib/forms/locate.ts';
import { isProtectedField, isSecretAutocomplete } from '../../../lib/forms/protected.ts';

/**
 * Issue 13, finding 6: fields carrying L40 labels but marked as payment (autocomplete cc-number), one-time code
 * or aria-hidden got field ids and underlines. Such fields, and fields the page opts out with
 * data-skjemahjelp="off", are never fields; other tools' opt-outs and spellcheck="false" change nothing.
 */
const L40 = (attrs: Record<string, string> = {}) => {
  const a = (id: string) => (attrs[id] ? ` ${attrs[id]}` : '');
  return `<h1>Legeerklæring ved arbeidsuførhet</h1>
    <label for="f51">5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom</label><textarea id="f51"${a('f51')}></textarea>
    <label for="f53">5.3 Beskriv kort type arbeid og hvilke krav som stilles</label><textarea id="f53"${a('f53')}></textarea>
    <label for="f561">5.6.1 Hva kan pasienten ikke gjøre i det nåværende arbeid?</label><textarea id="f561"${a('f561')}></textarea>
    <label for="f562">5.6.2 Hvilke andre hensyn må eventuelt tas ved valg av annet yrke/arbeid?</label><textarea id="f562"${a('f562')}></textarea>`;
};
function fields(html: string): Record<string, string> | null {
  document.title = '';
  document.documentElement.removeAttribute('data-skjemahjelp');
  document.body.innerHTML = html;
  const r = recognise(document);
  return r ? Object.fromEntries(r.fields.map((f) => [f.el.id, f.key])) : null;
}

describe('fields that are never touched', () => {
  it('a plain L40 is recognised (control)', () => {
    expect(fields(L40())).toEqual({ f51: 'l40.5.1', f53: 'l40.5.3', f561: 'l40.5.6.1', f562: 'l40.5.6.2' });
  });

  it('payment, one-time-code and password autocomplete fields get no field id', () => {
    for (const ac of ['cc-number', 'billing cc-csc', 'section-a shipping cc-name', 'one-time-code', 'current-password', 'new-password', 'username webauthn']) {
      const got = fields(L40({ f51: `autocomplete="${ac}"` }));
      expect(got?.f51, ac).toBeUndefined();
      expect(got?.f53, ac).toBe('l40.5.3');
    }
    expect(fields(L40({ f53: 'name="kortnummer"' }))?.f53).toBeUndefined();
    expect(fields(L40({ f53: 'name="engangskode"' }))?.f53).toBeUndefined();
  });

  it('a field hidden by its own markup gets no field id; a region hidden for a moment keeps its fields', () => {
    expect(fields(L40({ f51: 'aria-hidden="true"' }))?.f51).toBeUndefined();
    expect(fields(L40({ f51: 'hidden' }))?.f51).toBeUndefined();
    expect(fields(L40({ f51: 'inert' }))?.f51).toBeUndefined();
    // A dialog library hides everything behind the dialog: the fields stay recognised.
    expect(fields(`<div aria-hidden="true">${L40()}</div>`)).toMatchObject({ f51: 'l40.5.1', f53: 'l40.5.3' });
  });

  it('data-skjemahjelp="off" on the field, around it, on the whole page, or on a web component host', () => {
    expect(fields(L40({ f51: 'data-skjemahjelp="off"' }))?.f51).toBeUndefined();
    expect(fields(`<section data-skjemahjelp="OFF">${L40()}</section>`)).toBeNull();
    document.body.innerHTML = L40();
    document.documentElement.setAttribute('data-skjemahjelp', 'off');
    expect(recognise(document)).toBeNull();
    document.documentElement.removeAttribute('data-skjemahjelp');
    const host = document.createElement('div');
    host.setAttribute('data-skjemahjelp', 'off');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="inner"></textarea>';
    expect(isProtectedField(root.querySelector('textarea')!)).toBe(true);
  });

  it('spellcheck="false" and other tools\' opt-outs do not switch the checks off', () => {
    const others =
      'spellcheck="false" data-gramm="false" data-gramm_editor="false" data-enable-grammarly="false" data-lt-active="false" autocomplete="off" translate="no"';
    expect(fields(L40({ f51: others, f53: others }))).toEqual({ f51: 'l40.5.1', f53: 'l40.5.3', f561: 'l40.5.6.1', f562: 'l40.5.6.2' });
  });

  it('reads autocomplete tokens, not substrings', () => {
    expect(isSecretAutocomplete('cc-exp-month')).toBe(true);
    expect(isSecretAutocomplete('organization-title')).toBe(false);
    expect(isSecretAutocomplete('off')).toBe(false);
  });
});
