// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FORMS } from '../../../lib/forms/defs/index.ts';
import {
  documentsLimitations,
  fieldDisplayName,
  formDisplayName,
  formOfKey,
  formShortName,
  isYrkeInsertTarget,
  offersYrkeLookup,
} from '../../../lib/forms/roles.ts';
import { findPersonText, findTarget } from '../../../lib/palette/page.ts';

describe('roles derived from the form definitions', () => {
  it('names forms from FormDef', () => {
    expect(formShortName('l40')).toBe('L40');
    expect(formDisplayName('l40')).toBe('Legeerklæring ved arbeidsuførhet (L40)');
    expect(formDisplayName('l1')).toBe('Sykmelding');
    expect(formOfKey('aev.begrunnelse')).toBe('aev');
    expect(formOfKey('x.1')).toBeNull();
    expect(fieldDisplayName('l40.5.3')).toBe('L40 5.3');
    expect(fieldDisplayName('aev.yrker')).toBe('AEV: Aktuelle yrker og arbeidsoppgaver');
  });

  it('follows the roles and profiles in the definitions, for every field', () => {
    for (const form of FORMS)
      for (const f of form.fields) {
        const key = `${form.id}.${f.id}`;
        expect(documentsLimitations(key), key).toBe(f.roles.includes('limitations'));
        if (f.roles.includes('yrke-insert')) expect(isYrkeInsertTarget(key), key).toBe(true);
        if (f.roles.includes('yrke')) expect(offersYrkeLookup(key), key).toBe(true);
        if (!f.freeText) expect(isYrkeInsertTarget(key), key).toBe(false);
      }
    expect(isYrkeInsertTarget('l40.5.1')).toBe(false);
    expect(isYrkeInsertTarget('aev.begrunnelse')).toBe(true);
  });

  it('the palette finds its target and the person text through the roles', () => {
    document.body.innerHTML = `
      <textarea data-skjemahjelp-field="aev.begrunnelse">Kan løfte 5 kg.</textarea>
      <textarea data-skjemahjelp-field="aev.mal">Ønsker kontorjobb.</textarea>`;
    expect(findTarget(document)?.key).toBe('aev.begrunnelse');
    expect(findPersonText(document)).toBe('Kan løfte 5 kg.');
    document.body.innerHTML = `
      <textarea data-skjemahjelp-field="l40.5.1">Sitter 30 min.</textarea>
      <textarea data-skjemahjelp-field="l40.5.3">Renholder.</textarea>
      <textarea data-skjemahjelp-field="l40.5.6.1">Kan ikke bære 10 kg.</textarea>`;
    expect(findTarget(document)?.key).toBe('l40.5.3');
    expect(findPersonText(document)).toBe('Sitter 30 min.\n\nKan ikke bære 10 kg.');
  });
});
