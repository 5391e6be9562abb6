import { afterEach, describe, expect, it } from 'vitest';
import { FORMS } from '../../../lib/forms/defs/index.ts';
import { checklistItems, evaluateChecklist, setYrkeRecognizer, type ChecklistState } from '../../../lib/guidance/index.ts';

const byId = (states: ChecklistState[]) => Object.fromEntries(states.map((s) => [s.item.id, s]));
const doneIds = (states: ChecklistState[]) =>
  states
    .filter((s) => s.done)
    .map((s) => s.item.id)
    .sort();

describe('checklist items', () => {
  for (const form of FORMS) {
    it(`${form.id}: every item points at existing fields`, () => {
      const keys = new Set(form.fields.map((f) => `${form.id}.${f.id}`));
      const items = checklistItems(form.id);
      expect(items.length).toBeGreaterThanOrEqual(4);
      for (const item of items) {
        expect(item.form).toBe(form.id);
        expect(item.fields.length).toBeGreaterThan(0);
        for (const f of item.fields) expect(keys.has(f), `${item.id} → ${f}`).toBe(true);
        expect(item.label.length).toBeGreaterThan(5);
        expect(item.help.length).toBeGreaterThan(10);
      }
    });
    it(`${form.id}: an empty form has nothing done`, () => {
      expect(doneIds(evaluateChecklist(form.id, {}))).toEqual([]);
    });
  }
});

describe('L40 Huskeliste', () => {
  const good = {
    'l40.5.1':
      'Pga. prolaps med utstråling til høyre ben kan hun løfte inntil 5 kg fra bordhøyde, men ikke fra gulvet. ' +
      'Sitter 30 min før hun må reise seg, går ca. 1 km i rolig tempo. Klarer lett husarbeid med pauser.',
    'l40.5.3': 'Renholder på sykehus, 100 %. Går og står hele dagen, bærer bøtter og sekker opp til 15 kg, dag- og kveldsvakter.',
    'l40.5.6.1': 'Kan ikke bære sekker over 5 kg eller vaske gulv med mopp mer enn 15 min av gangen.',
    'l40.5.6.2': 'Kan fungere i lett, variert arbeid med mulighet for å veksle mellom å sitte og stå, f.eks. kontorarbeid eller resepsjon.',
    'l40.3.4': 'Fysioterapi 2 ganger i uka i 12 uker fra oktober. Kontroll hos ortoped i januar.',
    'l40.6.4': 'Ca. 6 måneder',
    'l40.7.1': 'Smertene forklarer det meste av funksjonsnedsettelsen; konflikt på jobben bidrar lite.',
  };
  const poor = {
    'l40.5.1': 'Bruker kan ikke løfte tungt. Mye smerter.',
    'l40.5.3': 'Fysisk arbeid.',
    'l40.5.6.1': 'Kan ikke jobbe.',
    'l40.5.6.2': 'Ingen.',
    'l40.3.4': 'Fortsetter.',
    'l40.6.4': 'Ukjent',
    'l40.7.1': 'Stor.',
  };

  it('a complete, concrete L40 ticks every item', () => {
    const states = evaluateChecklist('l40', good);
    expect(states.filter((s) => !s.done).map((s) => s.item.id)).toEqual([]);
    const s = byId(states);
    expect(s['l40.funksjon-mal']!.evidenceField).toBe('l40.5.1');
    expect(s['l40.annet-arbeid']!.evidenceField).toBe('l40.5.6.2');
    expect(s['l40.prognose']!.evidenceField).toBe('l40.6.4');
  });

  it('the typical thin L40 («kan ikke løfte tungt») ticks nothing', () => {
    expect(doneIds(evaluateChecklist('l40', poor))).toEqual([]);
  });

  it('limitations only (no capacity) leave «hva pasienten kan» open; a measured threshold says what the patient can', () => {
    const only = byId(evaluateChecklist('l40', { 'l40.5.1': 'Kan ikke kjøre bil. Klarer ikke å gå i trapper. Tåler ikkje kulde.' }));
    expect(only['l40.kan']!.done).toBe(false);
    // The checks engine reads «ikke over 5 kg» as «can lift up to 5 kg» (its no-capacity rule agrees).
    const s = byId(evaluateChecklist('l40', { 'l40.5.1': 'Kan ikke løfte over 5 kg. Klarer ikke å sitte mer enn 20 min. Tåler ikkje kulde.' }));
    expect(s['l40.funksjon-mal']!.done).toBe(true);
    expect(s['l40.kan']!.done).toBe(true);
  });

  it('understands nynorsk', () => {
    const s = byId(
      evaluateChecklist('l40', {
        'l40.5.1': 'Ho klarar å gå om lag 2 km og kan sitje ein halvtime før ho må ta pause.',
        'l40.6.3': 'Truleg 3 månader',
      }),
    );
    expect(s['l40.funksjon-mal']!.done).toBe(true);
    expect(s['l40.kan']!.done).toBe(true);
    expect(s['l40.prognose']!.done).toBe(true);
  });

  it('modal «kan være» is not a capacity statement', () => {
    const s = byId(evaluateChecklist('l40', { 'l40.5.1': 'Det kan være at plagene skyldes stress. Kan ikke jobbe nå.' }));
    expect(s['l40.kan']!.done).toBe(false);
  });

  it('a reasoned «no further treatment» counts as a treatment plan', () => {
    const s = byId(
      evaluateChecklist('l40', {
        'l40.3.7': 'Har gjennomført tverrfaglig rehabilitering og to medikamentforsøk uten effekt, derfor ikke mer å tilby.',
      }),
    );
    expect(s['l40.behandlingsplan']!.done).toBe(true);
    expect(s['l40.behandlingsplan']!.evidenceField).toBe('l40.3.7');
  });

  it('durations like «innen sommeren» and «varig» count, «god» does not', () => {
    const at = (t: string) => byId(evaluateChecklist('l40', { 'l40.6.4': t }))['l40.prognose']!.done;
    expect(at('Forventer full arbeidsevne innen sommeren')).toBe(true);
    expect(at('Varig')).toBe(true);
    expect(at('3–6 mnd')).toBe(true);
    expect(at('God')).toBe(false);
    expect(at('Uavklart')).toBe(false);
  });
});

describe('L1 Huskeliste', () => {
  const good = {
    'l1.4.3.1':
      'Alvorlig depresjon med søvnvansker; konsentrasjonen holder under 15 min, og hun klarer ikke kundekontakt nå. ' +
      'Gradert sykmelding er vurdert, men ikke mulig de neste 2 ukene fordi hun ikke klarer å følge en vaktplan.',
    'l1.6.1.3': 'Samtaleterapi hos psykolog ukentlig fra neste uke. Kontroll hos meg om 3 uker, ny vurdering av gradering.',
    'l1.9.1': 'Kan gjøre lette oppgaver 4 timer/dag uten kundekontakt. Forventer gradvis opptrapping over 4–6 uker.',
  };
  const poor = {
    'l1.4.3.1': 'Syk.',
    'l1.6.1.3': 'Som før.',
    'l1.9.1': 'Pasienten har depresjon.',
  };

  it('a reasoned 100 % sykmelding with plan and employer info ticks every item', () => {
    const states = evaluateChecklist('l1', good);
    expect(states.filter((s) => !s.done).map((s) => s.item.id)).toEqual([]);
  });

  it('a bare sykmelding ticks nothing', () => {
    expect(doneIds(evaluateChecklist('l1', poor))).toEqual([]);
  });

  it('grade reason needs more than the diagnosis', () => {
    const s = byId(evaluateChecklist('l1', { 'l1.4.3.1': 'Lumbago med utstråling. 100 % sykmeldt.' }));
    expect(s['l1.grad']!.done).toBe(false);
    const s2 = byId(
      evaluateChecklist('l1', {
        'l1.4.3.1': 'Lumbago med utstråling; tåler ikke å stå mer enn 10 min, og arbeidsgiver har ingen lettere oppgaver. Derfor 100 %.',
      }),
    );
    expect(s2['l1.grad']!.done).toBe(true);
  });

  it('activity requirement can be met by answering the «delvis arbeid» question', () => {
    const s = byId(
      evaluateChecklist('l1', { 'l1.6.3.2': 'Opptrening hos fysioterapeut 2 ganger/uke i 8 uker. Kan kombineres med 40 % stillesittende arbeid.' }),
    );
    expect(s['l1.aktivitetskrav']!.done).toBe(true);
    expect(s['l1.aktivitetskrav']!.evidenceField).toBe('l1.6.3.2');
    expect(s['l1.behandling']!.done).toBe(true);
  });

  it('employer message with only a diagnosis is not what the employer needs', () => {
    const s = byId(evaluateChecklist('l1', { 'l1.9.1': 'Pasienten har prolaps i korsryggen og bruker smertestillende.' }));
    expect(s['l1.arbeidsgiver']!.done).toBe(false);
  });
});

describe('AEV Huskeliste', () => {
  const good = {
    'aev.mal': 'Ønsker å jobbe med mennesker, helst i resepsjon. Tror selv hun kan klare 50 % innen et år.',
    'aev.helse': 'Legeerklæring 12.09.25: kan løfte inntil 5 kg og sitte 30 min om gangen. Fysioterapi i 2024 uten varig bedring.',
    'aev.yrker':
      'Resepsjonist (4226): stillesittende med mulighet for å gå, lite løft – passer. ' +
      'Lagermedarbeider (STYRK 4321): tunge løft – passer ikke. Kundesentermedarbeider: passer hvis hun tåler telefon 4 timer.',
    'aev.arbeidsmarked':
      'I kommunen er det jevnlig ledige stillinger i butikk og renhold, få kontorjobber. Nærmeste by er 45 min unna med buss; hun har ikke bil.',
    'aev.tiltak': 'Arbeidsutprøving i butikk jan–apr 2025, 3 timer/dag: klarte oppgavene, men fikk økte smerter ved stående arbeid. Kognitiv terapi pågår.',
    'aev.vurdering':
      'På grunn av ryggsmertene tåler hun ikke løft over 5 kg eller stående arbeid over 1 time. Det utelukker tidligere arbeid som renholder, ' +
      'men ikke stillesittende arbeid. Samlet vurderer jeg arbeidsevnen som nedsatt med ca. 50 %, fordi hun i dag klarer 4 timer lett arbeid per dag.',
    'aev.innsatsbehov': 'Spesielt tilpasset innsats. Neste steg er arbeidsutprøving i resepsjon.',
  };
  const poor = {
    'aev.mal': 'Bruker ønsker jobb.',
    'aev.helse': 'Bruker har ryggplager og depresjon.',
    'aev.yrker': 'En resepsjonist tar imot besøkende, svarer på telefon og registrerer gjester. Arbeidet krever god service og IT-kunnskaper.',
    'aev.arbeidsmarked': 'Arbeidsmarkedet er godt.',
    'aev.tiltak': 'Har vært på tiltak.',
    'aev.vurdering': 'Arbeidsevnen er nedsatt.',
    'aev.innsatsbehov': 'Behov for hjelp.',
  };

  it('a concrete AEV ticks every item', () => {
    const states = evaluateChecklist('aev', good);
    expect(states.filter((s) => !s.done).map((s) => s.item.id)).toEqual([]);
    expect(byId(states)['aev.yrker']!.note).toMatch(/^[3-9] yrker gjenkjent: 4226, 4321, kundesentermedarbeider/);
  });

  it('a «klipp og lim» AEV with one generic yrke description ticks nothing', () => {
    expect(doneIds(evaluateChecklist('aev', poor))).toEqual([]);
  });

  it('counts distinct yrker: a title next to its code and a later bare mention count once', () => {
    const one = byId(evaluateChecklist('aev', { 'aev.yrker': 'Resepsjonist (4226) er aktuelt. Som resepsjonist kan hun sitte.' }));
    expect(one['aev.yrker']!.done).toBe(false);
    const two = byId(evaluateChecklist('aev', { 'aev.yrker': 'Aktuelt: jobb som vekter, eller butikkmedarbeider på dagtid.' }));
    expect(two['aev.yrker']!.done).toBe(true);
  });

  it('recognises bare STYRK codes only in code context, never years', () => {
    const years = byId(evaluateChecklist('aev', { 'aev.yrker': 'I 2019 og 2021 var hun sykmeldt, og i 2023 igjen.' }));
    expect(years['aev.yrker']!.done).toBe(false);
    const codes = byId(evaluateChecklist('aev', { 'aev.yrker': 'Vurdert mot STYRK 5223 og STYRK 9112.' }));
    expect(codes['aev.yrker']!.done).toBe(true);
  });

  it('verbs and generic words are not yrker («samarbeider», «medarbeider», «arbeidsgiver»)', () => {
    const s = byId(
      evaluateChecklist('aev', {
        'aev.yrker': 'Hun samarbeider godt med arbeidsgiveren og utarbeider planer sammen med veileder og lege.',
      }),
    );
    expect(s['aev.yrker']!.done).toBe(false);
  });

  it('tiltak without any result is not enough', () => {
    const s = byId(evaluateChecklist('aev', { 'aev.tiltak': 'Arbeidsutprøving og fysioterapi.' }));
    expect(s['aev.tiltak']!.done).toBe(false);
  });

  it('links health → function → work only when a reason ties them together', () => {
    const noReason = byId(evaluateChecklist('aev', { 'aev.vurdering': 'Ryggsmerter. Kan sitte 30 min. Arbeid som resepsjonist.' }));
    expect(noReason['aev.kobling']!.done).toBe(false);
    const linked = byId(evaluateChecklist('aev', { 'aev.vurdering': 'Ryggsmertene gjør at hun ikke tåler løft, derfor passer ikke lagerarbeid.' }));
    expect(linked['aev.kobling']!.done).toBe(true);
  });

  it('understands nynorsk innsatsbehov and local market', () => {
    const s = byId(
      evaluateChecklist('aev', {
        'aev.innsatsbehov': 'Varig tilpassa innsats, fordi arbeidsevna er sterkt nedsett.',
        'aev.arbeidsmarked': 'Det er få ledige jobbar i bygda, og ho må pendle 40 minutt til byen.',
      }),
    );
    expect(s['aev.innsatsbehov']!.done).toBe(true);
    expect(s['aev.arbeidsmarked']!.done).toBe(true);
  });
});

describe('setYrkeRecognizer', () => {
  afterEach(() => setYrkeRecognizer(undefined));

  it('lets the catalogue recognise yrker the built-in list does not know', () => {
    const texts = { 'aev.yrker': 'Vurdert: sommelier og kranselagsmaker.' };
    expect(byId(evaluateChecklist('aev', texts))['aev.yrker']!.done).toBe(false);
    setYrkeRecognizer((text) =>
      [...text.matchAll(/sommelier|kranselagsmaker/g)].map((m) => ({
        key: m[0],
        text: m[0],
        start: m.index!,
        end: m.index! + m[0].length,
      })),
    );
    expect(byId(evaluateChecklist('aev', texts))['aev.yrker']!.done).toBe(true);
    setYrkeRecognizer(undefined);
    expect(byId(evaluateChecklist('aev', texts))['aev.yrker']!.done).toBe(false);
  });
});

describe('guidance examples and Huskeliste agree', () => {
  // The hint card's good examples should satisfy the Huskeliste and the poor ones should not: if either the
  // examples or the detectors drift, this fails.
  for (const form of FORMS) {
    it(`${form.id}: good examples tick every item, poor examples none`, async () => {
      const { GUIDANCE_DATA } = await import('../../../lib/guidance/index.ts');
      const good: Record<string, string> = {};
      const poor: Record<string, string> = {};
      for (const [id, g] of Object.entries(GUIDANCE_DATA[form.id])) {
        if (g.good) good[`${form.id}.${id}`] = g.good;
        if (g.poor) poor[`${form.id}.${id}`] = g.poor;
      }
      expect(
        evaluateChecklist(form.id, good)
          .filter((s) => !s.done)
          .map((s) => s.item.id),
      ).toEqual([]);
      expect(doneIds(evaluateChecklist(form.id, poor))).toEqual([]);
    });
  }
});

describe('capacity statements', () => {
  const cap = (t: string) => byId(evaluateChecklist('l40', { 'l40.5.1': t }))['l40.kan']!.done;
  it.each([
    ['Kan sitte 30 min før pause.', true],
    ['Kan ikke løfte tungt, men kan gå turer på 1 km.', true],
    ['Klarer lett husarbeid.', true],
    ['Tåler å stå en halvtime.', true],
    ['Ho klarar å gå til butikken.', true],
    ['Kan ikke løfte tungt.', false],
    ['Klarer ikke å sitte.', false],
    ['Kan hun ikke gjøre noe?', false],
    ['Ho klarar ikkje å konsentrere seg.', false],
    ['Dette kan skyldes stress.', false],
    ['Det kan bli bedre.', false],
  ])('%s → %s', (text, expected) => expect(cap(text)).toBe(expected));
});

describe('more realistic phrasings', () => {
  it('«går maks 200 meter» states what the patient can do', () => {
    const s = byId(evaluateChecklist('l40', { 'l40.5.1': 'Nedsatt gangfunksjon, går maks 200 meter før hvile.' }));
    expect(s['l40.kan']!.done).toBe(true);
    expect(s['l40.funksjon-mal']!.done).toBe(true);
  });
  it('«100 % sykmeldt pga. smerter» is not yet a reason for the grade', () => {
    const s = byId(evaluateChecklist('l1', { 'l1.4.3.1': 'Er 100 % sykmeldt pga. smerter i ryggen.' }));
    expect(s['l1.grad']!.done).toBe(false);
  });
  it('kinds of work named by the veileder count as concrete alternatives', () => {
    const s = byId(evaluateChecklist('aev', { 'aev.yrker': 'Vurdert mot kontorarbeid og kundeservice; lagerarbeid passer ikke.' }));
    expect(s['aev.yrker']!.done).toBe(true);
    expect(s['aev.yrker']!.note).toMatch(/^3 yrker/);
  });
});

describe('recognizerFromTitles (catalogue plug-in)', () => {
  afterEach(() => setYrkeRecognizer(undefined));
  const entries = [
    { code: '4224', title: 'Hotellresepsjonister', synonyms: ['resepsjonist', 'nattportier'] },
    { code: '4226', title: 'Resepsjonister (ekskl. hotell)', synonyms: ['resepsjonsmedarbeider'] },
    { code: '8322', title: 'Bil-, drosje- og varebilførere', synonyms: ['drosjesjåfør', 'taxisjåfør'] },
  ];

  it('maps titles (singular or plural), split compound titles and synonyms to codes', async () => {
    const { recognizerFromTitles } = await import('../../../lib/guidance/index.ts');
    const rec = recognizerFromTitles(entries);
    const keys = (t: string) => rec(t).map((h) => h.key);
    expect(keys('Vurdert som resepsjonist.')).toEqual(['4226']); // the official title wins over another entry's synonym
    expect(keys('Nattportier eller hotellresepsjonist')).toEqual(['4224', '4224']);
    expect(keys('drosjeførere og bilfører, også taxisjåfør')).toEqual(['8322', '8322', '8322']);
    expect(keys('Kode 4226 og 1234, i 2019')).toEqual(['4226']);
  });

  it('plugged in, counts distinct catalogue entries rather than words', async () => {
    const { recognizerFromTitles } = await import('../../../lib/guidance/index.ts');
    setYrkeRecognizer(recognizerFromTitles(entries));
    const same = byId(evaluateChecklist('aev', { 'aev.yrker': 'Drosjesjåfør eller taxisjåfør.' }));
    expect(same['aev.yrker']!.done).toBe(false);
    const two = byId(evaluateChecklist('aev', { 'aev.yrker': 'Drosjesjåfør eller resepsjonsmedarbeider.' }));
    expect(two['aev.yrker']!.done).toBe(true);
  });
});

describe('false friends', () => {
  it('«siden 2015» is a time, not a reason', () => {
    const s = byId(evaluateChecklist('l40', { 'l40.5.1': 'Kroniske smerter i korsrygg og nakke siden 2015, sykmeldt i 3 måneder.' }));
    expect(s['l40.arsak']!.done).toBe(false);
    expect(s['l40.funksjon-mal']!.done).toBe(false); // a duration of illness is not a measure of function
  });
  it('a short-term infection with a clear medical hindrance meets the activity requirement item', () => {
    const s = byId(evaluateChecklist('l1', { 'l1.4.3.1': 'Influensa med høy feber, sengeliggende; kan ikke jobbe de neste 5 dagene.' }));
    expect(s['l1.aktivitetskrav']!.done).toBe(true);
  });
  it('a broken-off tiltak is a result too', () => {
    const s = byId(evaluateChecklist('aev', { 'aev.tiltak': 'Deltok på AMO-kurs høsten 2024, men avbrøt etter 3 uker pga. smerter. Går til fysioterapeut.' }));
    expect(s['aev.tiltak']!.done).toBe(true);
  });
});

describe('AEV Huskeliste, the whole assessment in one field (§ 14 a «Begrunnelse»)', () => {
  // One text holding every part, as a veileder writes it in the decision draft.
  const whole =
    'Hun ønsker selv å jobbe med mennesker, helst i resepsjon, og tror hun kan klare 50 % innen et år. ' +
    'Legeerklæring 12.09.25: på grunn av ryggsmerter kan hun løfte inntil 5 kg og sitte 30 min om gangen. ' +
    'Arbeidsutprøving i butikk jan–apr 2025, 3 timer/dag: klarte oppgavene, men fikk økte smerter ved stående arbeid. Fysioterapi pågår. ' +
    'Aktuelle yrker: resepsjonist (4226) passer, lagermedarbeider (4321) passer ikke på grunn av løft, kundesentermedarbeider kan passe. ' +
    'I kommunen er det jevnlig ledige stillinger i butikk, få kontorjobber; nærmeste by er 45 min unna med buss. ' +
    'Samlet vurderer jeg arbeidsevnen som nedsatt, fordi hun i dag klarer 4 timer lett arbeid per dag. ' +
    'Hun har behov for spesielt tilpasset innsats.';

  it('reads every part from the one field', () => {
    const states = evaluateChecklist('aev', { 'aev.begrunnelse': whole });
    expect(states.filter((s) => !s.done).map((s) => s.item.id)).toEqual([]);
    expect(states.every((s) => s.evidenceField === 'aev.begrunnelse')).toBe(true);
  });

  it('leaves the parts that are missing from the text open', () => {
    const noMarket = whole.replace(/I kommunen[^.]*\. /, '');
    const noGoal = whole.replace(/^Hun ønsker[^.]*\. /, '');
    expect(byId(evaluateChecklist('aev', { 'aev.begrunnelse': noMarket }))['aev.arbeidsmarked']!.done).toBe(false);
    expect(byId(evaluateChecklist('aev', { 'aev.begrunnelse': noGoal }))['aev.mal']!.done).toBe(false);
    expect(doneIds(evaluateChecklist('aev', { 'aev.begrunnelse': 'Bruker har behov for hjelp.' }))).toEqual([]);
  });
});
