import { describe, expect, it } from 'vitest';
import {
  buildActivityIndex,
  buildObjectIndex,
  matchObjects,
  parseRule,
  readQuery,
  ruleProblems,
  scoreActivities,
  stems,
  typedWithAeoa,
  verbLexicon,
  Q_EXACT,
  Q_HEAD,
  Q_MODIFIER,
  type ActivityToken,
} from '../../../lib/catalogue/activity.ts';
import { normalize } from '../../../lib/catalogue/fold.ts';
import { createSearcher, loadCatalogue } from '../../../lib/catalogue/search.ts';

const lex = verbLexicon();
const lemmas = (form: string) => lex.forms.get(normalize(form)) ?? [];
const read = (q: string) => readQuery(normalize(q).split(' '), lex, typedWithAeoa(q, normalize(q).split(' ').length) ?? undefined);
const roles = (q: string) => read(q).map((t) => `${t.text}:${t.role}${t.lemmas.length ? '=' + t.lemmas[0] : ''}`);

describe('verb lexicon', () => {
  it('knows every tense, bokmål and nynorsk, of weak and strong verbs', () => {
    for (const f of ['kjøre', 'kjører', 'kjørte', 'kjørt', 'køyrer', 'køyrde', 'køyrt']) expect(lemmas(f), f).toContain('kjøre');
    for (const f of ['vasker', 'vasket', 'vaska', 'vaskar']) expect(lemmas(f), f).toContain('vaske');
    for (const f of ['legger', 'la', 'lagt', 'legg']) expect(lemmas(f), f).toContain('legge');
    for (const f of ['skjærer', 'skar', 'skjer']) expect(lemmas(f), f).toContain('skjære');
    for (const f of ['tar', 'tok', 'tek', 'teke']) expect(lemmas(f), f).toContain('ta');
    for (const f of ['fylte', 'fylt']) expect(lemmas(f), f).toContain('fylle');
    // «skru» ends in no -e, so its forms are listed: «skrur på jagerfly».
    for (const f of ['skrur', 'skrudde', 'skrudd']) expect(lemmas(f), f).toContain('skru');
    expect(lex.forms.get('skrur_sammen')).toContain('skru_sammen');
    for (const f of ['brygger', 'avtjener', 'avtente']) expect(lemmas(f), f).toBeDefined();
  });
  it('knows the nynorsk church verbs and «holde» (held, halde)', () => {
    expect(lex.forms.get(normalize('spelar'))).toContain('spille');
    expect(lex.forms.get(normalize('døyper'))).toContain('døpe');
    expect(lex.forms.get(normalize('preikar'))).toContain('preke');
    expect(lex.forms.get(normalize('held'))).toContain('holde');
    // «holde» says nothing alone: it reads as little until search.ts finds what it is done to.
    expect(read('held kyrkja')[0]!.role).toBe('little');
  });
  it('gives a particle verb every form of its base verb', () => {
    expect(lex.forms.get('legg_inn')).toContain('legge_inn');
    expect(lex.forms.get('la_inn')).toContain('legge_inn');
    expect(lex.forms.get('delte_ut')).toContain('dele_ut');
  });
});

describe('reading a query', () => {
  it('reads «lager» as making before an object and as a warehouse after a preposition', () => {
    expect(roles('lager mat')).toEqual(['lager:verb=lage', 'mat:word']);
    expect(roles('jobber på lager')).toEqual(['jobber:little', 'pa:little', 'lager:word']);
    expect(roles('lagde mat i kantina')[0]).toBe('lagde:verb=lage');
  });
  it('reads the word after a verb as its object, and joins known particles', () => {
    expect(roles('flyr fly')).toEqual(['flyr:verb=fly', 'fly:word']);
    expect(roles('vasker opp')).toEqual(['vasker:verb=vaske_opp', 'opp:particle']);
    expect(roles('deler ut posten')).toEqual(['deler:verb=dele_ut', 'ut:particle', 'posten:word']);
    expect(roles('vasker på sykehus')).toEqual(['vasker:verb=vaske', 'pa:little', 'sykehus:word']);
  });
  it('reads «gå» before «i» or «på» as being there, and keeps it before an object («går med aviser», «går vakt»)', () => {
    expect(roles('går i heimesjukepleien')[0]).toBe('gar:little');
    expect(roles('gikk på lageret')[0]).toBe('gikk:little');
    expect(roles('går vakt')[0]).toBe('gar:verb=gå');
    expect(roles('gikk med aviser')[0]).toBe('gikk:verb=gå');
  });
  it('drops the subjunctions that start a clause («passer på at det ikkje blir bråk»)', () => {
    expect(roles('passer på at det ikkje blir bråk')).toEqual([
      'passer:verb=passe_på',
      'pa:particle',
      'at:little',
      'det:little',
      'ikkje:little',
      'blir:little',
      'brak:word',
    ]);
  });
  it('drops verbs that say nothing about the job, but not a word typed with æ/ø/å that folds into one', () => {
    expect(roles('står i kassa')).toEqual(['star:little', 'i:little', 'kassa:word']);
    expect(roles('klipper hår')).toEqual(['klipper:verb=klippe', 'har:word']);
    expect(roles('har klipt')[0]).toBe('har:little');
  });
});

describe('time phrases', () => {
  it('reads «før/etter skolen», «etter jobb», «i ferien» as when, not where', () => {
    expect(roles('gikk med aviser før skolen')).toEqual(['gikk:verb=gå', 'med:little', 'aviser:word', 'for:little', 'skolen:little']);
    expect(roles('gikk med aviser for skolen').at(-1)).toBe('skolen:little');
    expect(roles('vasker biler etter jobb').at(-1)).toBe('jobb:little');
    expect(roles('vaskar trapper etter skuletid').at(-1)).toBe('skoletid:little');
    expect(roles('plukket jordbær i sommerferien').at(-1)).toBe('sommerferien:little');
    expect(roles('jobba på kiosken i helgane').at(-1)).toBe('helgane:little');
    // The same nouns are places after other prepositions.
    expect(roles('kjører barn til skolen').at(-1)).toBe('skolen:word');
    expect(roles('vaskar på skulen').at(-1)).toBe('skolen:word');
  });
  it('finds the newspaper route in «gå med aviser», whatever time it was', () => {
    const real = createSearcher(loadCatalogue());
    expect(real.search('gikk med aviser før skolen', 1)[0]!.code).toMatch(/^(9621|9510)$/);
    expect(real.search('går med avisa om morgonen', 1)[0]!.code).toMatch(/^(9621|9510)$/);
    expect(real.search('gikk med reklame etter skoletid', 1)[0]!.code).toBe('9510');
  });
});

describe('objects', () => {
  const idx = buildObjectIndex(['kontor', 'kasse', 'buss', 'restaurant', 'soppel', 'aker', 'sykehjem']);
  const match = (w: string, knownHead?: (w: string) => boolean) => {
    const out = new Map<number, number>();
    matchObjects(normalize(w), idx, false, out, { knownHead });
    return Object.fromEntries([...out].map(([id, q]) => [idx.objects[id], q]));
  };
  it('matches inflections, a compound head and a compound modifier, in that order of strength', () => {
    expect(match('kontorer')).toEqual({ kontor: Q_EXACT });
    expect(match('kassa')).toEqual({ kasse: Q_EXACT });
    expect(match('sjukeheimen')).toEqual({ sykehjem: Q_EXACT });
    expect(match('rutebuss')).toEqual({ buss: Q_HEAD });
    expect(match('hotellrestauranten')).toEqual({ restaurant: Q_HEAD });
    expect(match('søppeldunker')).toEqual({ soppel: Q_MODIFIER });
  });
  it('finds no object of three letters behind a head of four in -e (kebabsj|appe is no «app»)', () => {
    const apps = buildObjectIndex(['app', 'buss']);
    const out = new Map<number, number>();
    matchObjects('kebabsjappe', apps, false, out);
    expect(out.size).toBe(0);
    matchObjects('matappen', apps, false, out);
    expect([...out.keys()].map((id) => apps.objects[id])).toEqual(['app']);
  });
  it('takes the longest known head: no åker inside pizzabaker', () => {
    expect(match('pizzabaker')).toEqual({ aker: Q_HEAD });
    expect(match('pizzabaker', (w) => w === 'baker')).toEqual({});
  });
  it('stems without inventing words', () => {
    expect(stems('hjemmet')).toContain('hjem');
    expect(stems('lageret')).toContain('lager');
  });
  it('finds a noun in -er behind its contracted plural or definite form (tigrene, sentre, teatret), not behind an agent noun', () => {
    expect(stems('tigrene')).toContain('tiger');
    expect(stems('sentrene')).toContain('senter');
    expect(stems('teatret')).toContain('teater');
    // «tømmrer» is a typo of tømrer, not timber.
    expect(stems('tommrer')).not.toContain('tommer');
  });
  it('reads a nynorsk -ar noun in the definite form as the -er word (snurparen → snurper)', () => {
    expect(stems('snurparen')).toContain('snurper');
    expect(stems('tralaren')).toContain('traler');
  });
  it('finds a Latin neuter in -um behind its inflected forms (laboratoriet, museene, akvarier), not in other nouns', () => {
    expect(stems('laboratoriet')).toContain('laboratorium');
    expect(stems('museene')).toContain('museum');
    expect(stems('akvarier')).toContain('akvarium');
    expect(stems('kjokkenet')).not.toContain('kjokkenum');
  });
});

describe('rules', () => {
  it('has no problems in any rule of the shipped catalogue (a verb the lexicon lacks would silently match nothing)', () => {
    const problems = loadCatalogue().entries.flatMap((e) => ruleProblems(e.activities ?? [], lex).map((p) => `${e.code}: ${p}`));
    expect(problems).toEqual([]);
  });
  it('parses verbs, objects, workplaces and context objects, and reports bad rules', () => {
    expect(parseRule('kjøre: truck ~lager')).toMatchObject({ verbs: ['kjøre'], objects: ['truck', 'lager'], any: false });
    expect([...parseRule('*: sykehjem ~skranke')!.context]).toEqual(['skranke']);
    expect(ruleProblems(['kjøre truck', 'flyge: drage', '*:'], lex)).toEqual([
      'aktivitet «kjøre truck» mangler «:»',
      'aktivitet «flyge: drage»: ukjent verb «flyge» (legg det til i lib/catalogue/activity.ts)',
      'aktivitet «*:»: «*» uten objekter',
    ]);
  });
  it('scores a verb with its object above either alone, and a place alone in between; context needs company', () => {
    const idx = buildActivityIndex([
      ['kjøre: truck gaffeltruck', '*: ~terminal'],
      ['vaske rengjøre: kontor sykehus', '*: renhold'],
      ['vaske: klær tøy', '*: vaskeri'],
    ]);
    const score = (q: string) => {
      const toks: ActivityToken[] = read(q)
        .filter((t) => t.role === 'verb' || t.role === 'word')
        .map((t) => ({ text: t.text, role: t.role as 'verb' | 'word', lemmas: t.lemmas, typing: false, parts: true }));
      const out = new Float64Array(3 * toks.length);
      const why = scoreActivities(idx, toks, out);
      return [0, 1, 2].map((e) => Array.from(out.slice(e * toks.length, (e + 1) * toks.length)).reduce((a, b) => a + b, 0) / toks.length).concat(why.size);
    };
    const [truck, clean, laundry] = score('vasker på sykehuset');
    expect(clean).toBeGreaterThan(laundry!);
    expect(truck).toBe(0);
    const [t1] = score('kjørte truck');
    const [t2] = score('kjørte');
    expect(t1).toBeGreaterThan(t2!);
    expect(score('terminalen')[0]).toBe(0);
    expect(score('vaskeri')[2]).toBeGreaterThan(score('vasker')[2]!);
  });
  it('knows the bare stem of a weak verb and the Trøndelag plural «-an» («kjør tømmer», «vaske kontoran»)', () => {
    const lex = verbLexicon();
    expect(lex.forms.get('kjor')).toContain('kjøre');
    expect(lex.forms.get('broyt')).toContain('brøyte');
    expect(stems('kontoran')).toContain('kontor');
  });
});
