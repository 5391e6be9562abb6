import { describe, expect, it } from 'vitest';
import { explain } from './explain.ts';
import { lint } from './lint.ts';
import { isNynorsk } from './standard.ts';

describe('isNynorsk: the written standard a text is in', () => {
  it.each([
    'Angst og depresjon. Nedsett funksjon, dårleg søvn.',
    'Kontorarbeid 4 t/dag. Grensa er hovudverk som kjem etter ca 4 t skjerm.',
    'Brystkreft, cellegift kvar 3. veke. Kvalm og slapp store delar av tida.',
    'Jobbar i skisenteret om vinteren. Fysisk krevjande arbeid.',
    'Viser til epikrise frå sjukehuset og til førre legeerklæring.',
    'Forventar betring innan tre månader.',
    'Lektor på ungdomssteget, klassar på 25-28 elevar, mest ståande undervisning.',
  ])('nynorsk by its function words or its endings: %s', (t) => {
    expect(isNynorsk(t)).toBe(true);
  });
  it.each([
    'Nedsatt funksjon, dårlig søvn.',
    'Klarer ikke å løfte mer enn 5 kg fra gulv.',
    'Forventer bedring innen tre måneder.',
    'Mann 58 år, gardbruker. Har hatt ryggsmerter i mange år, forverret siste år.',
    'Bruker krykker, går maks 200 meter. Krevende å stå ved kassen.',
    'Usikker prognose.',
  ])('bokmål, or bokmål when nothing tells: %s', (t) => {
    expect(isNynorsk(t)).toBe(false);
  });
  it('words that only end like a nynorsk form do not count («ansvar», «merkbar», «kommentar»)', () => {
    expect(isNynorsk('Ansvar for kommentar, merkbar uklar')).toBe(false);
  });
});

describe('the written standard reaches what the user sees', () => {
  it('explain names nynorsk for a nynorsk note without «ikkje»', () => {
    const lines = explain('Kronisk smerte. Tåler lite belastning. Dårleg søvn, trøytt om dagen.', 'l40.5.1');
    expect(lines.find((l) => / ord, /.test(l))).toContain('nynorsk');
  });
  it('a fix appended to a nynorsk text is nynorsk', () => {
    const d = lint('Opptrening hjå fysioterapeut. Vanskeleg å spå.', 'l40.5.6.2').diagnostics;
    const fixes = d.flatMap((x) => x.fixes ?? []).map((f) => f.replacement);
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.join(' ')).toMatch(/ikkje/);
    expect(fixes.join(' ')).not.toMatch(/\bikke\b|\bminutter\b/);
  });
});
