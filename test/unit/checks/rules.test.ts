import { describe, expect, it } from 'vitest';
import { RULES, RuleDefSchema, lint, ruleApplies } from '../../../lib/checks/index.ts';
import { FORMS } from '../../../lib/forms/defs/index.ts';

const rules = (text: string, field = 'l40.5.1') => lint(text, field).diagnostics.map((d) => d.rule);
const has = (text: string, rule: string, field = 'l40.5.1') => rules(text, field).includes(rule);

describe('RULES as data', () => {
  it('every rule validates against the schema and has unique ids', () => {
    for (const r of RULES) expect(() => RuleDefSchema.parse(r)).not.toThrow();
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  it('cites its source with line references and applies to at least one real field', () => {
    const keys = FORMS.flatMap((f) => f.fields.map((x) => `${f.id}.${x.id}`));
    for (const r of RULES) {
      expect(r.source).toMatch(/seed 00\d, linje \d+/);
      expect(keys.some((k) => ruleApplies(r, k)), r.id).toBe(true);
      for (const sel of r.fields) if (sel !== 'functional' && sel !== 'long') expect(keys, `${r.id}: ${sel}`).toContain(sel);
    }
  });
  it('functional fields get the full set, other long fields only generic rules, short fields nothing', () => {
    expect(RULES.filter((r) => ruleApplies(r, 'l40.5.1')).length).toBeGreaterThanOrEqual(7);
    expect(RULES.filter((r) => ruleApplies(r, 'l40.2.5')).map((r) => r.id).sort()).toEqual(['reference', 'too-short']);
    expect(RULES.filter((r) => ruleApplies(r, 'l40.1.5'))).toEqual([]);
    expect(RULES.filter((r) => ruleApplies(r, 'nope.1'))).toEqual([]);
  });
});

describe('empty and short text', () => {
  it('does not nag an empty field', () => {
    expect(lint('', 'l40.5.1')).toEqual({ score: 0, dimensions: [], diagnostics: [] });
    expect(lint('   \n ', 'l40.5.1').diagnostics).toEqual([]);
  });
  it('under ~3 words gives at most too-short', () => {
    expect(rules('Dårlig.')).toEqual(['too-short']);
    expect(rules('Nedsatt funksjon')).toEqual(['too-short']);
  });
  it('unknown and short fields give nothing', () => {
    expect(lint('Kan ikke løfte tungt.', 'l40.1.5').diagnostics).toEqual([]);
    expect(lint('Kan ikke løfte tungt.', 'xx.1').diagnostics).toEqual([]);
  });
  it('"Nei" is a valid answer in a non-functional field', () => {
    expect(rules('Nei.', 'l40.10.1')).toEqual([]);
    expect(rules('x', 'l40.2.5')).toEqual(['too-short']);
  });
});

describe('vague-quantity', () => {
  it.each([
    'Pasienten kan ikke løfte tungt og har smerter i ryggen.',
    'Kan ikkje lyfte tungt eller stå lenge.',
    'Bør unngå tunge løft.',
    'Tåler ikke belastende arbeid over tid.',
    'Kan ikke gå langt.',
    'KAN IKKE LØFTE TUNGT',
    'bør ikke sitte lenge foran PC',
    'Unngå fysisk krevende arbeid.',
    'Blir sliten etter kort tid.',
  ])('flags %s', (t) => expect(has(t, 'vague-quantity')).toBe(true));
  it.each([
    'Kan ikke løfte tungt, dvs. over 5 kg.',
    'Kan ikke løfte tungt. Maks 5 kg.',
    'Kan ikkje stå lenge, maks 20 min om gongen.',
    'Kan gå langt, ca. 5 km.',
    'Kan løfte 10 kg fra gulv.',
    'Unngå tunge løft over 15 kg.',
  ])('accepts qualified or concrete %s', (t) => expect(has(t, 'vague-quantity')).toBe(false));
  it('needs a compatible measure: kilometres do not qualify lifting', () => {
    expect(has('Kan ikke løfte tungt, men kan gå 2 km.', 'vague-quantity')).toBe(true);
  });
  it('reports the phrase span, the area and a message quoting it', () => {
    const t = 'Pas. kan ikke løfte tungt.';
    const d = lint(t, 'l40.5.1').diagnostics.find((x) => x.rule === 'vague-quantity')!;
    expect(t.slice(d.start, d.end)).toBe('løfte tungt');
    expect(d.area).toBe('lift');
    expect(d.message).toContain('løfte tungt');
    expect(d.why).toMatch(/Nav/);
  });
});

describe('global-verdict', () => {
  it.each(['Kan ikke jobbe.', 'Pasienten er 100 % arbeidsufør.', 'Er ikkje arbeidsfør no.', 'Ute av stand til å arbeide.', 'Kan ikke utføre noe arbeid nå.', 'Kan ikke jobbe i det hele tatt.'])(
    'flags %s',
    (t) => expect(has(t, 'global-verdict')).toBe(true),
  );
  it.each(['Kan ikke jobbe mer enn 4 timer per dag.', 'Kan ikke arbeide med armene over hodet.', 'Kan ikke arbeide i høyden.', 'Er ikke arbeidsufør, men trenger tilrettelegging.'])(
    'accepts specific %s',
    (t) => expect(has(t, 'global-verdict')).toBe(false),
  );
  it('does not apply where Nav itself assesses work capacity (AEV vurdering)', () => {
    expect(has('Bruker er arbeidsufør i dag, og arbeidsevnen er nedsatt med over halvparten.', 'global-verdict', 'aev.vurdering')).toBe(false);
  });
});

describe('symptoms-only', () => {
  it('flags diagnosis and symptom lists', () => {
    expect(has('Depresjon og angst. Søvnvansker og nedstemthet siste halvår. Bruker sertralin.', 'symptoms-only')).toBe(true);
    expect(has('Angst og depresjon, moderat episode.', 'symptoms-only', 'l40.5.6.1')).toBe(true);
  });
  it('accepts a description of function, and replaces the other whole-text rules', () => {
    expect(has('Depresjon. Klarer ikke å konsentrere seg mer enn 15 min.', 'symptoms-only')).toBe(false);
    expect(rules('Depresjon og angst. Søvnvansker og nedstemthet siste halvår. Bruker sertralin.')).toEqual(['symptoms-only']);
  });
});

describe('no-capacity', () => {
  it('flags only limitations', () => {
    expect(has('Klarer ikke å gå i trapper. Klarer ikke å bære handleposer. Varig.', 'no-capacity')).toBe(true);
  });
  it('accepts a stated or implied capacity', () => {
    expect(has('Klarer ikke å gå i trapper, men kan gå 500 m på flatt. Varig.', 'no-capacity')).toBe(false);
    expect(has('Kan ikke løfte over 5 kg eller stå mer enn 20 min. Varig.', 'no-capacity')).toBe(false);
  });
  it('does not apply to 5.6.1, which asks what the patient cannot do', () => {
    expect(has('Kan ikke løfte pasienter eller utføre forflytninger alene.', 'no-capacity', 'l40.5.6.1')).toBe(false);
  });
});

describe('no-duration', () => {
  it('flags a description without time perspective', () => {
    expect(has('Kan gå 500 m og sitte 30 min. Kan løfte 5 kg.', 'no-duration')).toBe(true);
  });
  it('accepts prognosis or a future period', () => {
    expect(has('Kan gå 500 m og sitte 30 min. Forventet bedring innen 3 mnd.', 'no-duration')).toBe(false);
    expect(has('Kan gå 500 m og sitte 30 min. Tilstanden er varig.', 'no-duration')).toBe(false);
  });
  it('does not count history as prognosis', () => {
    expect(has('Kan gå 500 m og sitte 30 min. Smerter siste 6 måneder.', 'no-duration')).toBe(true);
  });
});

describe('reference', () => {
  it.each(['Se epikrise.', 'Som tidligere beskrevet har hun smerter.', 'Viser til tidligere erklæringer.', 'Uendret, se forrige legeerklæring.', 'Sjå vedlagt epikrise.', 'Se punkt 5.1.'])(
    'flags %s',
    (t) => expect(has(t, 'reference')).toBe(true),
  );
  it.each(['Klarer ikke å se skjermen mer enn 20 min.', 'MR viser prolaps.', 'Han har tidligere jobbet som snekker.'])('accepts %s', (t) =>
    expect(has(t, 'reference')).toBe(false),
  );
  it('applies to other long fields too, and then replaces too-short', () => {
    expect(rules('Se epikrise.', 'l40.2.5')).toEqual(['reference']);
  });
});

describe('no-work-relation', () => {
  it('flags 5.6.1 text that only describes daily life', () => {
    expect(has('Klarer ikke å gå i butikken alene eller ta buss.', 'no-work-relation', 'l40.5.6.1')).toBe(true);
  });
  it('accepts work tasks and occupations', () => {
    expect(has('Klarer ikke å stå i kassen mer enn 1 time.', 'no-work-relation', 'l40.5.6.1')).toBe(false);
    expect(has('Lagermedarbeider, løfter kasser på 5-20 kg.', 'no-work-relation', 'l40.5.3')).toBe(false);
  });
  it('is not applied to 5.1', () => {
    expect(has('Klarer ikke å gå i butikken alene eller ta buss.', 'no-work-relation', 'l40.5.1')).toBe(false);
  });
});

describe('jargon', () => {
  it('flags dense specialist language, with plain-language fixes', () => {
    const r = lint('Pos. Lasègue ve. ved 40 grader, hypestesi L5-dermatom, nedsatt ekstensjon i lumbalcolumna. Kan sitte 30 min.', 'l40.5.1');
    const j = r.diagnostics.filter((d) => d.rule === 'jargon');
    expect(j.length).toBeGreaterThanOrEqual(3);
    expect(j.every((d) => d.severity === 'hint')).toBe(true);
    expect(j.some((d) => d.fixes?.[0]?.replacement === 'nedsatt følelse')).toBe(true);
  });
  it('tolerates a single term', () => {
    expect(has('Kan ikke stå mer enn 20 min pga. plantar fasciitt. Kan sitte normalt. Bedring innen 4 uker.', 'jargon')).toBe(false);
  });
});

describe('too-short', () => {
  it('flags a few words in a functional field', () => {
    expect(rules('Nedsatt funksjon.')).toEqual(['too-short']);
  });
  it('gives way to a span warning (one clear problem)', () => {
    expect(rules('Kan ikke løfte tungt.')).toEqual(['vague-quantity']);
  });
});

describe('not drowning the user', () => {
  it('reports a concrete, complete description as clean', () => {
    expect(rules('Kan løfte inntil 5 kg fra bord til hylle, 3 ganger i timen. Kan gå 500 m og sitte 30 min. Forventet bedring innen 3 mnd.')).toEqual([]);
  });
  it('can be told to skip rules', () => {
    const t = 'Kan ikke løfte tungt og har smerter i ryggen hele dagen.';
    expect(lint(t, 'l40.5.1', { disabledRules: ['vague-quantity'] }).diagnostics.map((d) => d.rule)).not.toContain('vague-quantity');
  });
  it('diagnostics are sorted and inside the text', () => {
    const t = 'Kan ikke jobbe. Kan ikke løfte tungt og har smerter hele tiden. Se epikrise.';
    const ds = lint(t, 'l40.5.1').diagnostics;
    for (let i = 1; i < ds.length; i++) expect(ds[i]!.start).toBeGreaterThanOrEqual(ds[i - 1]!.start);
    for (const d of ds) expect(d.start >= 0 && d.end <= t.length && d.start <= d.end).toBe(true);
  });
});

describe('more wordings doctors use', () => {
  it.each(['Kan ikke gå på jobb nå.', 'Kan ikkje vere i arbeid.', 'Klarer ikke å fungere i arbeidslivet i det hele tatt.', 'Har ingen arbeidsevne.'])(
    'global verdict: %s',
    (t) => expect(has(t, 'global-verdict')).toBe(true),
  );
  it.each(['Kan ikke gå på jobb før kl. 10 pga. morgenstivhet.', 'Kan ikke være i arbeid med mye støy over 2 timer.'])('not a bare verdict: %s', (t) =>
    expect(has(t, 'global-verdict')).toBe(false),
  );
  it.each(['Bør unngå mye stillesitting og tunge tak.', 'Tåler ikke å stå over lengre tid.', 'Klarar ikkje tunge lyft.'])('vague: %s', (t) =>
    expect(has(t, 'vague-quantity')).toBe(true),
  );
});

describe('elliptic contrast', () => {
  it.each(['Kan gå, men ikke langt.', 'Kan sitje, men ikkje lenge.', 'Kan løfte litt, men ikke tungt.'])('vague: %s', (t) =>
    expect(has(t, 'vague-quantity')).toBe(true),
  );
  it('is qualified by a measure', () => expect(has('Kan gå, men ikke langt (maks 300 m).', 'vague-quantity')).toBe(false));
});

describe('reference and verdict wordings', () => {
  it.each(['Ref. epikrise fra sykehuset.', 'Det vises til tidligere erklæring.', 'Funksjonen er beskrevet i vedlagt epikrise.', 'Henviser til journalnotat.', 'Vennligst se vedlegg.'])(
    'reference: %s',
    (t) => expect(has(t, 'reference')).toBe(true),
  );
  it.each(['Pasienten klarer ikke å utføre sitt arbeid som sykepleier.', 'Han har nedsatt arbeidsevne.', 'Kan ikke utføre arbeidsoppgavene sine.'])(
    'verdict: %s',
    (t) => expect(has(t, 'global-verdict')).toBe(true),
  );
  it.each(['Har arbeidsevne i lett kontorarbeid.', 'Klarer ikke å utføre arbeidsoppgavene som krever løft over 10 kg.'])('not a verdict: %s', (t) =>
    expect(has(t, 'global-verdict')).toBe(false),
  );
  it('vague spans include the noun: "stå i lengre perioder", "lange arbeidsdager"', () => {
    const t = 'Kan ikke stå i lengre perioder og tåler ikke lange arbeidsdager.';
    const spans = lint(t, 'l40.5.1').diagnostics.filter((d) => d.rule === 'vague-quantity').map((d) => t.slice(d.start, d.end));
    expect(spans).toEqual(['stå i lengre perioder', 'lange arbeidsdager']);
  });
});

describe('capacity without an amount', () => {
  it.each(['Orker lite og må hvile mye.', 'Tåler lite belastning.', 'Har kort gangdistanse.'])('vague: %s', (t) => expect(has(t, 'vague-quantity')).toBe(true));
  it('is qualified by a measure', () => expect(has('Orker lite, ca. 2 timer aktivitet per dag.', 'vague-quantity')).toBe(false));
});

describe('rule data', () => {
  it('equals what the zod schema makes of the authored input (runtime defaults match the schema)', async () => {
    const { RULE_INPUTS } = await import('../../../lib/checks/rules.ts');
    expect(RULE_INPUTS.map((r) => RuleDefSchema.parse(r))).toEqual([...RULES]);
  });
});
