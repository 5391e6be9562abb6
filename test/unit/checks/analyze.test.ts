import { describe, expect, it } from 'vitest';
import { analyze, limitationsByArea } from '../../../lib/checks/index.ts';

const stmt = (text: string, needle: string) => {
  const an = analyze(text);
  const at = text.indexOf(needle);
  const st = an.statements.find((s) => s.start <= at && at < s.end);
  if (!st) throw new Error(`no statement for ${needle}`);
  return st;
};

describe('sentences', () => {
  it('does not split after abbreviations or ordinals, but does after a missing space before a capital', () => {
    const an = analyze('Pas. kan gå ca. 20 min, f.eks. til butikken. Pause hver 20. minutt.Har artrose.');
    expect(an.sentences.map((s) => an.text.slice(s.start, s.end))).toEqual([
      'Pas. kan gå ca. 20 min, f.eks. til butikken.',
      'Pause hver 20. minutt.',
      'Har artrose.',
    ]);
  });
  it('treats list lines as separate sentences', () => {
    const an = analyze('Funksjon:\n- løfte: inntil 5 kg\n- gå: 300 m');
    expect(an.sentences).toHaveLength(3);
  });
});

describe('negation and its scope', () => {
  it('negates the clause after "kan ikke" / "kan ikkje" / "klarer ikke" / "tåler ikke" / "unngå"', () => {
    for (const t of ['Kan ikke løfte kasser.', 'Kan ikkje lyfte kasser.', 'Klarer ikke å gå i trapper.', 'Tåler ikke støy.', 'Bør unngå løft.']) {
      const an = analyze(t);
      expect(an.statements[0]!.negated, t).toBe(true);
      expect(an.statements[0]!.capacity, t).toBe(false);
    }
  });
  it('ends at "men" and at a new verb after "og"', () => {
    const t = 'Kan ikke løfte kasser, men kan gå 2 km og kan sitte 1 time.';
    expect(stmt(t, 'løfte').negated).toBe(true);
    expect(stmt(t, 'gå 2 km').negated).toBe(false);
    expect(stmt(t, 'gå 2 km').capacity).toBe(true);
    expect(stmt(t, 'sitte').negated).toBe(false);
  });
  it('carries over a comma list of activities', () => {
    const t = 'Kan ikke løfte tungt, stå lenge eller gå langt.';
    expect(stmt(t, 'stå').negated).toBe(true);
  });
  it('reads a measured threshold as an implied capacity', () => {
    const st = stmt('Kan ikke løfte over 5 kg.', 'løfte');
    expect(st.negated).toBe(true);
    expect(st.limited).toBe(true);
    expect(st.capacity).toBe(true);
  });
  it('"uten problemer" is positive', () => {
    expect(stmt('Går 2 km uten problemer.', 'Går').capacity).toBe(true);
  });
});

describe('quantities', () => {
  const q = (t: string) => analyze(t).quantities.map((x) => ({ v: x.value, max: x.max, u: x.unit, c: x.unitClass, text: x.text }));
  it('reads ranges, fractions, approximations and ordinals', () => {
    expect(q('Kan løfte 2-3 kg')).toEqual([{ v: 2, max: 3, u: 'kg', c: 'weight', text: '2-3 kg' }]);
    expect(q('Kan gå ½ time')).toEqual([{ v: 0.5, max: undefined, u: 't', c: 'time', text: '½ time' }]);
    expect(q('Sitter ca. 20 min')[0]).toMatchObject({ v: 20, u: 'min', c: 'time' });
    expect(q('pause hver 20. minutt')[0]).toMatchObject({ v: 20, u: 'min' });
    expect(q('Går 1,5 km')[0]).toMatchObject({ v: 1.5, u: 'km', c: 'distance' });
    expect(q('20–30 min')[0]).toMatchObject({ v: 20, max: 30 });
  });
  it('reads all unit families', () => {
    const t = 'løft 10 kg, 45 minutter, 2 timer, 300 meter, 2 km, 3 etasjer, 4 ganger per dag, 50 %, 60 prosent, innen 3 måneder, 6 uker';
    expect(q(t).map((x) => x.c)).toEqual(['weight', 'time', 'time', 'distance', 'distance', 'floors', 'frequency', 'percent', 'percent', 'period', 'period']);
  });
  it('reads nynorsk units and number words', () => {
    expect(q('Kan sitje 2 timar')[0]).toMatchObject({ v: 2, u: 't' });
    expect(q('minst eitt år')[0]).toMatchObject({ v: 1, u: 'år', c: 'period' });
    expect(q('4 veker')[0]).toMatchObject({ v: 4, c: 'period' });
    expect(q('ein halvtime')[0]).toMatchObject({ v: 30, u: 'min' });
  });
  it('reads glued units and ignores bare numbers', () => {
    expect(q('maks 5kg')[0]).toMatchObject({ v: 5, u: 'kg' });
    // Visual acuity measures sight (blind set 63's ophthalmologist); a lab value measures no function.
    expect(q('HbA1c 58 og BT 140/90')).toEqual([]);
    expect(q('Visus 0,3 og HbA1c 58').map((x) => x.u)).toEqual(['visus']);
  });
  it('uses UTF-16 offsets into the original text', () => {
    const t = '🙂 Går 200 m';
    const x = analyze(t).quantities[0]!;
    expect(t.slice(x.start, x.end)).toBe('200 m');
  });
});

describe('durations', () => {
  const d = (t: string) => analyze(t).durations.length > 0;
  it('finds prognosis and future periods', () => {
    expect(d('Forventet bedring innen 3 måneder.')).toBe(true);
    expect(d('Venta betring innan 4 veker.')).toBe(true);
    expect(d('Tilstanden er varig.')).toBe(true);
    expect(d('Usikker prognose, ny vurdering om 8 uker.')).toBe(true);
    expect(d('Ingen løft de neste 4 ukene.')).toBe(true);
  });
  it('ignores history and routine intervals', () => {
    expect(d('Smerter siste 6 måneder.')).toBe(false);
    expect(d('Følges opp hver 3. måned.')).toBe(false);
    expect(d('Operert for 2 år siden.')).toBe(false);
  });
});

describe('areas', () => {
  it('tags statements with function areas', () => {
    const an = analyze('Kan løfte 5 kg. Kan sitte 30 min. Klarer ikke å konsentrere seg. Tåler ikke kundekontakt. Orker 3 timer aktivitet.');
    expect(an.areas).toEqual(expect.arrayContaining(['lift', 'sit', 'cognitive', 'social', 'endurance']));
  });
  it('limitationsByArea reports limited and measured per area with evidence', () => {
    const r = limitationsByArea('Kan ikke løfte tungt. Kan gå 500 m. Klarer ikkje å konsentrere seg meir enn 15 min.');
    expect(r.lift).toMatchObject({ limited: true, measured: false });
    expect(r.mobility).toMatchObject({ limited: false, measured: true, quantities: ['500 m'] });
    expect(r.cognitive).toMatchObject({ limited: true, measured: true, quantities: ['15 min'] });
    expect(r.lift!.evidence[0]).toContain('løfte tungt');
    expect(r.hands).toBeUndefined();
  });
  it('detects nynorsk', () => {
    expect(analyze('Ho klarar ikkje å gå langt, men kan sitje.').nynorsk).toBe(true);
    expect(analyze('Hun klarer ikke å gå langt, men kan sitte.').nynorsk).toBe(false);
  });
});

describe('«tåler dårlig» reads as a limitation', () => {
  it('marks stress as limited in bokmål and nynorsk', async () => {
    const { limitationsByArea } = await import('../../../lib/checks/analyze.ts');
    expect(limitationsByArea('Tåler dårlig stress og tidspress.').stress?.limited).toBe(true);
    expect(limitationsByArea('Toler dårleg stress.').stress?.limited).toBe(true);
  });
});

describe('idioms that look like functions', () => {
  it('«om gangen», «denne gangen» is an instance, not the gait; «gangen er ustø» is', () => {
    expect(stmt('Hun klarer én oppgave om gangen i ca 45 min.', 'oppgave').areas).not.toContain('mobility');
    expect(stmt('Denne gangen ble hun sliten etter 2 timer.', 'sliten').areas).not.toContain('mobility');
    expect(stmt('Gangen er ustø.', 'Gangen').areas).toContain('mobility');
  });
});

describe('idioms and history', () => {
  it('«lagt vekt på» stresses, it is no weight; «i mange år» is history, not an amount', () => {
    expect(stmt('Det har vi lagt stor vekt på.', 'vekt').limited).toBe(false);
    expect(stmt('Han har gått langrenn i mange år.', 'langrenn').vague).toBe(false);
    expect(stmt('Kan ikke løfte vekt over 5 kg.', 'vekt').areas).toContain('lift');
    expect(stmt('Kan ikke gå langt.', 'gå').vague).toBe(true);
  });
  it('vague amounts on the work alone are marked as such; a limiting word or a capacity verb is the person', () => {
    expect(stmt('Høyt tidspress, ofte alene hos bruker.', 'tidspress').amountOnly).toBe(true);
    expect(stmt('Tunge løft av pasienter.', 'løft').amountOnly).toBe(true);
    expect(stmt('Tåler dårlig tunge løft.', 'løft').amountOnly).toBe(false);
    expect(stmt('Redusert utholdenhet.', 'utholdenhet').amountOnly).toBe(false);
    expect(stmt('Kan ikke løfte tungt.', 'løfte').amountOnly).toBe(false);
  });
});

describe('absolute restrictions of a circumstance', () => {
  it('not alone, not at heights (nynorsk too), not on evening shifts: complete, not vague', () => {
    for (const [t, n] of [
      ['Ikkje arbeid i høgda eller ved maskiner.', 'høgda'],
      ['Skal ikkje jobbe åleine på kveldsvakt.', 'kveldsvakt'],
      ['Kan ikke være alene med ukjente.', 'alene'],
    ] as const) {
      const st = stmt(t, n);
      expect([st.absolute, st.vague], t).toEqual([true, false]);
    }
    expect(stmt('Kan ikke være lenge alene med ukjente.', 'alene').vague).toBe(true);
  });
});

describe('reasons after a complete restriction', () => {
  it('what follows «pga», «på grunn av», «fordi» after a complete restriction is its reason; after a verdict it is not', () => {
    for (const t of [
      'Kan ikke kjøre truck pga nedsatt rotasjon i nakken.',
      'Kan ikke kjøre bil på grunn av redusert syn.',
      'Kan ikke arbeide i høyden fordi hun har nedsatt balanse.',
    ]) {
      expect(
        analyze(t).statements.filter((s) => s.vague),
        t,
      ).toEqual([]);
    }
    expect(analyze('Kan ikke jobbe pga nedsatt utholdenhet.').statements.some((s) => s.vague)).toBe(true);
    expect(analyze('Kan ikke løfte tungt pga ryggsmerter.').statements.some((s) => s.vague)).toBe(true);
  });
});

describe('open questions and comparatives', () => {
  it('«vurdering av om ho kan belaste kneet», «usikkert om han tåler skift» ask; they state no limit and no capacity', () => {
    for (const [t, n] of [
      ['Kontroll hjå ortoped med vurdering av om ho kan belaste kneet fullt.', 'belaste'],
      ['Usikkert om han tåler skiftarbeid.', 'tåler'],
    ] as const) {
      const st = stmt(t, n);
      expect([st.limited, st.capacity], t).toEqual([false, false]);
    }
    expect(stmt('Hun kan ikke løfte tungt, vi skal vurdere om det bedres.', 'løfte').vague).toBe(true);
  });
  it('a comparative after a full stop on the same line points at the measure before it', () => {
    expect(stmt('Gange: ca 500 m i eget tempo. Går hun lenger blir hun liggende neste dag.', 'lenger').vague).toBe(false);
    expect(stmt('Gange er tungt. Går hun lenger blir hun liggende neste dag.', 'lenger').vague).toBe(true);
  });
});

describe('a kind of work', () => {
  it('«stilling med mindre kundekontakt», «uten tungt fysisk arbeid» name a kind of work, like «lett arbeid»', () => {
    expect(stmt('Yrker: egen stilling med mindre kundekontakt, testing.', 'stilling').light).toBe(true);
    expect(stmt('Mål: nytt arbeid, uten tungt fysisk arbeid.', 'tungt').light).toBe(true);
    expect(stmt('Kan ikke løfte tungt.', 'tungt').light).toBe(false);
  });
});

describe('«gå over»', () => {
  it('pain that «ikke har gått over» has not passed; «gå over gata» is walking', () => {
    expect(stmt('Har hatt sterke bekkenleddsmerter som ikke har gått over.', 'gått').areas).not.toContain('mobility');
    expect(stmt('Kan ikke gå over gata alene.', 'gå').areas).toContain('mobility');
  });
});

describe('ranges and reported speech', () => {
  it('«4–5 timar» is one range, not two clauses; «Fastlegen skriv at …» reports, it is not writing', () => {
    const an = analyze('Ho søv dårleg, ca 4–5 timar per natt.');
    expect(an.statements.map((s) => an.text.slice(s.start, s.end))).toEqual(['Ho søv dårleg', 'ca 4–5 timar per natt']);
    expect(stmt('Fastlegen skriv at ho har redusert uthald.', 'uthald').areas).not.toContain('hands');
    expect(stmt('Kan ikke skrive på tastatur.', 'skrive').areas).toContain('hands');
  });
});

describe('more idioms and reasons', () => {
  it('«lang erfaring», «om lag», «varierende sittende/stående», «held ut» read as they are meant', () => {
    expect(stmt('Bruker har fagbrev og lang erfaring med kundebehandling.', 'erfaring').limited).toBe(false);
    expect(stmt('Ho kan auke til 70 % stilling om lag 2–3 månader etter oppstart.', 'stilling').limited).toBe(false);
    expect(stmt('Passende: dagtid, varierende sittende/stående.', 'varierende').limited).toBe(false);
    expect(stmt('Held ut ca 2 undervisningstimar før hovudverk.', 'Held').areas).toEqual(['endurance']);
    expect(stmt('Har kort tid før hun blir sliten.', 'kort').vague).toBe(true);
  });
  it('«av omsyn til …» and «etter» an illness give the reason for a complete restriction', () => {
    expect(
      analyze('Han kan ikkje vere borte frå land meir enn 2 døgn, av omsyn til tett oppfølging av litiumbehandling.').statements.some((s) => s.vague),
    ).toBe(false);
    expect(analyze('Kan ikke kjøre bil etter synsfeltutfall.').statements.some((s) => s.vague)).toBe(false);
    expect(analyze('Kan ikke løfte tungt etter operasjonen.').statements.some((s) => s.vague)).toBe(true);
    expect(analyze('Kan ikke løfte tungt, av hensyn til ryggen.').statements.some((s) => s.vague)).toBe(true);
  });
});

describe("a job's demands", () => {
  it('«Jobben krever løft av 15–25 kg, ca 800 løft per skift» measures the job, so it does not answer «nedsatt løfteevne»', () => {
    const an = analyze('Jobben krever løft av kolli 15–25 kg, ca 800–1000 løft per skift. Pas. har nedsatt løfteevne.');
    expect(an.statements.filter((s) => s.demand).length).toBe(2);
    expect(an.statements.filter((s) => s.demand).every((s) => !s.capacity && !s.limited)).toBe(true);
    expect(stmt(an.text, 'nedsatt').vague).toBe(true);
    expect(stmt('Kan løfte 10 kg. Pas. har nedsatt løfteevne.', 'nedsatt').vague).toBe(false);
  });
  it('a comparison with the demand is answered by it', () => {
    expect(stmt('Barnehage krev løft av born (10-15 kg).\n- SFO: mindre løft, meir ståande.', 'mindre').vague).toBe(false);
  });
});

describe('states and times', () => {
  it('«trett og ukonsentrert på dagtid» is a limitation of concentration and stamina; «noen ganger» is times, not walking', () => {
    const st = stmt('Hun er trett og ukonsentrert på dagtid.', 'trett');
    expect([st.limited, st.vague]).toEqual([true, true]);
    expect(st.areas).toContain('cognitive');
    expect(stmt('Han strever noen ganger med å finne ord i telefonsamtaler.', 'strever').areas).not.toContain('mobility');
  });
});

describe('kinds of work excluded, pages, headings over restrictions', () => {
  it('«kan ikkje utføre repeterande knivarbeid», «ikke repeterende arbeid med armene» exclude a kind of work completely', () => {
    for (const [t, n] of [
      ['Ho kan ikkje utføre repeterande knivarbeid.', 'knivarbeid'],
      ['Ikke repeterende arbeid med armene.', 'armene'],
    ] as const) {
      const st = stmt(t, n);
      expect([st.absolute, st.vague], t).toEqual([true, false]);
    }
    expect(stmt('Tåler dårlig repeterende arbeid.', 'repeterende').vague).toBe(true);
  });
  it('«etter ei halv side» measures writing; «må ta omsyn til at han:» is answered by the restrictions listed under it', () => {
    expect(stmt('Håndskrift utover en halv A4-side blir ujevn og vanskelig å lese.', 'ujevn').vague).toBe(false);
    expect(stmt('Ved val av anna arbeid må ein ta omsyn til at han:\n• ikkje kan køyre bil\n• ikkje kan arbeide i høgda', 'omsyn').vague).toBe(false);
    expect(stmt('Må ta omsyn til ryggen.', 'omsyn').vague).toBe(true);
  });
});

describe("a veileder's wording", () => {
  it('«ingen kognitive eller psykiske begrensninger» is positive; «i dårlig lys» is a circumstance; «lyses ut», «lage» are no light and no limit', () => {
    expect(stmt('Hun har ingen kognitive eller psykiske begrensninger.', 'begrensninger').limited).toBe(false);
    expect(stmt('Hun ser ikke i mørke eller i dårlig lys.', 'ser').vague).toBe(false);
    expect(stmt('Tåler dårlig støy.', 'støy').vague).toBe(true);
    expect(stmt('Det lyses ut mange slike stillinger i regionen.', 'lyses').limited).toBe(false);
    expect(stmt('Vi kaller inn til dialogmøte for å lage en turnusplan.', 'lage').limited).toBe(false);
  });
});

describe('compared with before, events and what is not a function', () => {
  it('«makter ikke lenger det hun klarte før», «ikke i samme grad som før», «ikke tilstrekkelig overskudd» need a measure; «kan ikke kjøre bil» does not', () => {
    expect(stmt('Hun makter ikke lenger det hun klarte før.', 'makter').vague).toBe(true);
    expect(stmt('Han makter ikke å bære bøtter mellom etasjene i samme grad som før.', 'bære').vague).toBe(true);
    expect(stmt('Hun har ikke tilstrekkelig overskudd til å jobbe gradert.', 'overskudd').vague).toBe(true);
    expect(stmt('Ho orkar ikkje like mykje som før.', 'orkar').vague).toBe(true);
    expect(stmt('Hun kan ikke kjøre bil.', 'kjøre').vague).toBe(false);
    expect(stmt('Han klarer ikke å løfte barn.', 'løfte').vague).toBe(false);
  });
  it('a lost job, licence or limb is an event; a lost grip is a limitation', () => {
    expect(stmt('Han mistet lagerjobben i fjor.', 'mistet').limited).toBe(false);
    expect(stmt('Hun har mista to jobbar dei siste åra.', 'mista').limited).toBe(false);
    expect(stmt('Du mistet venstre underben i en arbeidsulykke.', 'mistet').limited).toBe(false);
    expect(stmt('Han mister grepet om verktøy.', 'mister').vague).toBe(true);
  });
  it("help with CV and job search is Nav's support, help with personal hygiene is a limitation", () => {
    expect(stmt('Han trenger hjelp med CV og jobbsøk.', 'hjelp').limited).toBe(false);
    expect(stmt('Han trenger hjelp med personlig hygiene.', 'hjelp').vague).toBe(true);
  });
  it('a requirement said with a noun is a demand; narrowing the choice of jobs is about work', () => {
    expect(stmt('Norsk på B1 er ofte et krav.', 'krav').limited).toBe(false);
    expect(stmt('Skriftlig norsk på A2 begrenser hvilke jobber du kan søke på.', 'begrenser').limited).toBe(false);
  });
  it('«begrensningene er førerkort og høydearbeid» names the limits', () => {
    expect(stmt('Begrensningene er førerkort og høydearbeid.', 'Begrensningene').vague).toBe(false);
  });
  it('a measure a few words before «før du ble tungpusten» is the threshold; watts on an ergometer measure endurance', () => {
    expect(stmt('Du klarte 100 W på sykkel før du ble tungpusten.', 'tungpusten').vague).toBe(false);
    expect(stmt('Redusert arbeidskapasitet, 150 watt på ergometer.', 'Redusert').measured).toBe(true);
  });
  it('body weight is not a load lifted', () => {
    expect(stmt('Har gått ned 8 kg.', 'ned').measured).toBe(false);
    expect(stmt('Kan ikke løfte vekt over 5 kg.', 'vekt').measured).toBe(true);
  });
  it('«første gang på lenge», «ingen ytelse fra Nav», «kan ikke få en jobb» are no limits of function', () => {
    expect(stmt('Det er første gang på lenge at hun er i jobb.', 'lenge').limited).toBe(false);
    expect(stmt('Hun har ingen ytelse fra Nav.', 'ytelse').limited).toBe(false);
    expect(stmt('Redusert fysisk ytelse.', 'ytelse').vague).toBe(true);
    expect(stmt('Vi vurderer at han ikke kan få eller beholde en ordinær jobb.', 'få').vague).toBe(false);
  });
});

describe('time perspective', () => {
  it('how long a treatment lasts is not when work is possible', () => {
    const an = analyze('Det er planlagt vidare hormonbehandling i fem år. Det er venta at ho vil bli betre etter kvart.');
    expect(an.durations.filter((d) => d.kind === 'time')).toEqual([]);
    const an2 = analyze('Forventer full arbeidsførhet innen 3 måneder.');
    expect(an2.durations.some((d) => d.kind === 'time')).toBe(true);
  });
});

describe('blind set 10 classes', () => {
  it('«avgrensar kor mykje ho får til» limits an amount without saying it', () => {
    expect(stmt('Trøyttbarheit avgrensar kor mykje ho får til.', 'avgrensar').vague).toBe(true);
    expect(stmt('Smertene begrenser hvor lenge han holder ut.', 'begrenser').vague).toBe(true);
  });
  it('a condition («ved varig nedsatt funksjon:») or a procedure («lav fremre reseksjon») is no limitation', () => {
    expect(stmt('Aktuelle yrker ved varig nedsatt funksjon: kjøkkensjef.', 'nedsatt').limited).toBe(false);
    expect(stmt('Operert med lågt fremre reseksjon.', 'lågt').limited).toBe(false);
    expect(stmt('Redusert funksjon ved løft.', 'Redusert').vague).toBe(true);
  });
  it('hours of sleep in brackets do not answer the tiredness next to them', () => {
    expect(stmt('Hun har dårlig søvn (3–4 t per natt) og lite energi på dagtid.', 'energi').vague).toBe(true);
  });
  it('dizziness and stiffness are symptoms; decibels measure a noise limit', () => {
    expect(stmt('Svimmel og hodepine etter hjernerystelse.', 'Svimmel').limited).toBe(false);
    expect(analyze('Må ha hørselsvern i all støy over 80 dB.').quantities.map((q) => q.unit)).toEqual(['dB']);
  });
  it("a follow-up programme's length is no time perspective; «ny vurdering om 6 uker» is", () => {
    const times = (t: string) => analyze(t).durations.filter((d) => d.kind === 'time').length;
    expect(times('Følges med CT og CEA hver 6. måned i 3 år.')).toBe(0);
    expect(times('Ny vurdering etter PET-CT og onkologkontroll om ca 6 uker.')).toBe(1);
  });
  it('a job title or a shift ties a text to work', () => {
    expect(analyze('Sveisar på verft, 2-skift 06–14 / 14–22.').hasWork).toBe(true);
  });
});

describe('blind set 11 classes', () => {
  it('«gå tilbake til», «gå opp i 50 %» are no walking; «gå opp trapper» is', () => {
    expect(stmt('Han kan gå tilbake til lettare oppgåver utan arbeid over skulderhøgd innan 3 mnd.', 'oppgåver').vague).toBe(false);
    expect(stmt('Hun skal gå opp i 50 % stilling.', 'opp').areas).not.toContain('mobility');
    expect(stmt('Hun klarer å gå opp trapper.', 'trapper').areas).toContain('mobility');
  });
  it('a demand goes on into a bare «ikke …» after it', () => {
    expect(stmt('Krever enkel muntlig norsk, ikke lesing av lange tekster.', 'lesing').limited).toBe(false);
    expect(stmt('Jobben krever løft, men han kan ikke løfte mye.', 'kan ikke').vague).toBe(true);
  });
  it('«så lenge ho står på dosen» is a condition; «de store barna» a kind of child; the work capacity limited is a conclusion', () => {
    expect(stmt('Kan ikkje køyre bil i arbeidet så lenge ho står på noverande dose.', 'køyre').vague).toBe(false);
    expect(stmt('Hun orker ikke stå så lenge.', 'stå').vague).toBe(true);
    expect(stmt('Påkledning av de store barna og planleggingsarbeid.', 'store').limited).toBe(false);
    expect(stmt('Arbeidsevnen er nedsatt for tidligere lagerarbeid.', 'nedsatt').vague).toBe(false);
  });
  it('«i perioden» answers the period the question names; a treatment that starts in January does not', () => {
    const times = (t: string) => analyze(t).durations.filter((d) => d.kind === 'time').length;
    expect(times('Ingen auke forventa i perioden.')).toBe(1);
    expect(times('Henvist til kognitiv terapi fra januar.')).toBe(0);
    expect(times('Forventer å være tilbake fra januar.')).toBe(1);
  });
  it('«redusert allmenntilstand» is an unmeasured limitation', () => {
    expect(stmt('Redusert allmenntilstand.', 'Redusert').vague).toBe(true);
  });
});

describe('blind set 12 classes', () => {
  it('a complete limit on one activity does not answer a vague one on another', () => {
    const t = 'Kan ikke gå i ujevnt terreng på byggeplassen over lengre tid eller bære armering, knestående arbeid går ikke.';
    expect(stmt(t, 'ujevnt').vague).toBe(true);
  });
  it('«krav til …», «krav om …» is what the job requires; «problemer med krav til tempo» is the person', () => {
    expect(stmt('Mye skriving, krav til lange perioder med konsentrert skjermarbeid.', 'krav').limited).toBe(false);
    expect(stmt('Hun har problemer med krav til tempo.', 'problemer').vague).toBe(true);
  });
  it('«ein del av arbeidet» is a part, «klarer en del husarbeid» an amount', () => {
    expect(stmt('Løfting er ein del av arbeidet.', 'del').limited).toBe(false);
    expect(stmt('Klarer en del husarbeid.', 'Klarer').vague).toBe(true);
  });
  it('«i løpet av november», «i midten av april» are times', () => {
    const times = (t: string) => analyze(t).durations.filter((d) => d.kind === 'time').length;
    expect(times('Forventer økning til 60 prosent i løpet av november.')).toBe(1);
    expect(times('Ny vurdering i midten av april.')).toBe(1);
  });
});

describe('blind set 13 classes', () => {
  it('items under «kan han ikke:» are what he cannot do; «X: nei» rules X out', () => {
    const an = analyze('I nåværende arbeid kan han ikke:\n• arbeide i ovnshallen med støv og røyk\n• gå nattskift');
    const items = an.statements.filter((s) => s.negated);
    expect(items.length).toBe(2);
    expect(items.every((s) => s.absolute && !s.vague)).toBe(true);
    expect(stmt('Kjøring av gravemaskin: NEI.', 'gravemaskin').absolute).toBe(true);
    const plain = analyze('Pasienten er 45 år.\n- løfter 10 kg\n- går 2 km');
    expect(plain.statements.some((s) => s.negated)).toBe(false);
  });
  it('«gå nattskift», «gå i turnus» are shifts, not walking', () => {
    expect(stmt('Kan ikke gå nattskift.', 'nattskift').areas).not.toContain('mobility');
  });
  it("narrowing the options for work, the writer's own thinking and «å bedre» are no limitation of the person", () => {
    expect(stmt('Norsk på B1-nivå, noe som begrenser mulighetene for kontorarbeid.', 'begrenser').limited).toBe(false);
    expect(stmt('Men vi må nok tenke litt på hva slags arbeid som er lurt.', 'tenke').limited).toBe(false);
    expect(stmt('Vi meiner han orkar lite arbeid.', 'orkar').vague).toBe(true);
    expect(stmt('Behandling forventes ikke å bedre de kognitive utfallene.', 'kognitive').limited).toBe(false);
  });
});

describe('kinds of work ruled out', () => {
  it('«tåler ikke skranke/telefonvakt», «ikkje arbeid der …» rule out a kind of work; «jobb med mye kundekontakt» stays vague', () => {
    expect(stmt('Tåler ikke skranke/telefonvakt med publikum.', 'skranke').vague).toBe(false);
    expect(stmt('Bør ikkje ha arbeid der munnleg kommunikasjon er sikkerheitskritisk.', 'arbeid').vague).toBe(false);
    expect(stmt('Bør ikke ha jobb med mye kundekontakt.', 'mye').vague).toBe(true);
  });
});

describe('blind set 14 classes', () => {
  it("an amount in a description of the job does not answer the person's limitation", () => {
    const t = 'Renholder, vasker ca 25 rom per dag, mye gange (ca 10 km/dag). Hun har ikke lenger krefter til dette.';
    expect(stmt(t, 'krefter').vague).toBe(true);
  });
  it('a test percentile measures the function tested', () => {
    expect(stmt('Test viser redusert prosesseringshastighet (20. persentil).', 'redusert').measured).toBe(true);
  });
});

describe('blind set 15 classes', () => {
  it('a measured posture answers a limitation that names no posture («begrenses av smerter i hofta: etter 4 timer stående …»)', () => {
    const t = 'Begrenses av smerter i hø hofte: etter 4 timer stående blir han halt.';
    expect(stmt(t, 'Begrenses').vague).toBe(false);
    expect(stmt('Går kort. Kan stå 4 timer.', 'Går').vague).toBe(true);
  });
  it('«den første timen» is a duration; «utan tidspress» a complete condition, «uten mye stress» not', () => {
    expect(stmt('Hun er trøtt den første timen etter et anfall.', 'trøtt').vague).toBe(false);
    expect(stmt('To timar på verkstaden, utan tidspress.', 'utan').vague).toBe(false);
    expect(stmt('Uten mye stress.', 'stress').vague).toBe(true);
  });
});

describe('set 15 classes, second part', () => {
  it("a verbal noun takes its verb's area; an age is no time perspective; a dose started «fra mars» is no time either", () => {
    expect(stmt('Tåler ikke mye løfting.', 'løfting').areas).toContain('lift');
    const times = (t: string) => analyze(t).durations.filter((d) => d.kind === 'time').length;
    expect(times('Pasienten er nu 63 år. Lite trolig med bedring.')).toBe(0);
    expect(times('Forventes å vare i 2 år.')).toBe(1);
    expect(times('Økt Escitalopram til 20 mg fra mars.')).toBe(0);
  });
});

describe('pace', () => {
  it('«jobber saktere enn de andre» is a limitation of pace; with «halvparten av normalt tempo» it is measured', () => {
    expect(stmt('Han jobber saktere enn de andre.', 'saktere').vague).toBe(true);
    expect(stmt('Han jobber saktere enn før, ca halvparten av normalt tempo.', 'saktere').vague).toBe(false);
  });
});

describe('blind set 16 classes', () => {
  it("what set an illness off, a denial, the job market, a language, the workplace's options and a licence class are no limitations", () => {
    expect(stmt('Depresjon, utløst av samlivsbrudd og stort arbeidspress.', 'stort').limited).toBe(false);
    expect(stmt('Det er ikke noe i samtalene som tyder på helsemessige begrensninger.', 'begrensninger').limited).toBe(false);
    expect(stmt('Helseutfordringen hans er ikke nedsatt funksjon.', 'nedsatt').limited).toBe(false);
    expect(stmt('Rullebladet kan gjøre det vanskelig å få jobb i enkelte bransjer.', 'vanskelig').limited).toBe(false);
    expect(stmt('Han snakker lite norsk.', 'snakker').limited).toBe(false);
    expect(stmt('Elektriker, 12-timers skift, ingen kortere vakter mulig.', 'kortere').limited).toBe(false);
    expect(stmt('Førerkortforskriften: ikke gruppe 2.', 'gruppe').limited).toBe(false);
    expect(stmt('Jeg trenger noe å stå opp til.', 'stå').limited).toBe(false);
  });
  it("…while the person's own limits in the same words stay vague", () => {
    expect(stmt('Han har språkvansker etter slaget og snakker lite.', 'snakker').vague).toBe(true);
    expect(stmt('Kan ikke jobbe kortere vakter.', 'kortere').vague).toBe(true);
    expect(stmt('Han klarer ikke å stå lenge.', 'stå').vague).toBe(true);
  });
});

describe('blind set 17 classes', () => {
  it("a share of the job, an observer's «over tid», the size of a firm, what the employer lacks and what a drug may cause are no limitations", () => {
    expect(stmt('Han kan ikke jobbe med tak, og det er en stor del av tømrerarbeidet.', 'stor').limited).toBe(false);
    expect(stmt('Fastlegen bekrefter at dette stemmer med det han har sett over tid.', 'sett').limited).toBe(false);
    expect(stmt('Aktuelle yrker er produksjonsarbeid i mindre bedrifter.', 'mindre').limited).toBe(false);
    expect(stmt('Har ikkje tilgang på lettare oppgåver hjå arbeidsgivar.', 'tilgang').limited).toBe(false);
    expect(stmt('Prednisolon kan gi søvnvanskar dei første vekene.', 'søvnvanskar').limited).toBe(false);
    expect(stmt('Han klarer mindre enn før.', 'mindre').vague).toBe(true);
  });
  it('a time of day measures when a state passes («trøtt om morgenen, fungerer fra ca kl 9»)', () => {
    expect(stmt('Trøtt om morgenen men fungerer fra ca kl 9.', 'Trøtt').vague).toBe(false);
  });
});

describe('blind set 48 classes', () => {
  it('the family is no measure («Gift, tre barn»); children at work still are', () => {
    const measured = (t: string) => analyze(t).statements.some((s) => s.measured);
    expect(measured('Gift, tre barn.')).toBe(false);
    expect(measured('Har 3 barn.')).toBe(false);
    expect(measured('Passer 5 barn i barnehagen.')).toBe(true);
  });
});

describe('blind set 57 classes', () => {
  it('«legges vekt på» is to emphasise, not a weight lifted', () => {
    const areas = (t: string) => analyze(t).statements.flatMap((s) => s.areas);
    expect(areas('Det legges vekt på at han har fagbrev.')).toEqual([]);
    expect(areas('Kan ikke løfte vekt over 10 kg.')).toContain('lift');
  });
});

describe('blind set 86 classes', () => {
  const areas = (t: string) => analyze(t).statements.flatMap((s) => s.areas);
  it('«i løpet av» is during, not running; guests are people at work', () => {
    expect(areas('Inntil 10–15 gjester i løpet av ei vakt.')).not.toContain('mobility');
    expect(areas('Inntil 10–15 gjester i løpet av ei vakt.')).toContain('social');
    expect(areas('Han kan ikke løpe etter bussen.')).toContain('mobility');
  });
  it('«gått heim midt i vakta» is leaving work; a distance or a time makes it a walk', () => {
    expect(areas('Ho har gått heim midt i vakta tre gonger.')).not.toContain('mobility');
    expect(areas('Går hjem fra jobben, ca 2 km.')).toContain('mobility');
    expect(stmt('Prøvde full vakt, måtte gå hjem etter ca 5 t.', 'gå hjem').measured).toBe(true);
  });
  it('«to–tre dagar i veka» is one range of number words, not two clauses', () => {
    const an = analyze('Rekk å lage middag to–tre dagar i veka.');
    expect(an.statements).toHaveLength(1);
    expect(an.statements[0]!.quantities.map((q) => [q.value, q.max])).toContainEqual([2, 3]);
  });
});

describe('checks set 146 classes', () => {
  it('a purpose clause («slik at han ikke blir verre») is what an arrangement is for, not a limit', () => {
    expect(analyze('Arbeidet bør tilrettelegges slik at han ikke blir verre.').statements.some((s) => s.absolute)).toBe(false);
    expect(analyze('Arbeidet bør tilrettelegges, han kan ikke klatre i stige.').statements.some((s) => s.absolute)).toBe(true);
  });
});

describe('checks set 194 classes', () => {
  it('an ICD-10 code with its subcategory («F33.1») is one word, not the end of a sentence', () => {
    const an = analyze('Diagnoser F32.1 og M54.5. Hun har vondt i ryggen.');
    expect(an.sentences).toHaveLength(2);
    expect(an.statements[0]!.end).toBe('Diagnoser F32.1 og M54.5'.length);
  });
});

describe('the area of movement in a named arm', () => {
  it('set 198: «bevegelighet i venstre arm» is the arms, not getting about; «bevegelighet» alone stays mobility', () => {
    expect(stmt('Har nedsatt bevegelighet i venstre arm.', 'bevegelighet').areas).toEqual(['hands']);
    expect(stmt('Nedsatt mobilitet i skulderen.', 'mobilitet').areas).toContain('hands');
    expect(stmt('Har nedsatt bevegelighet etter hofteoperasjonen.', 'bevegelighet').areas).toContain('mobility');
  });
});

describe('attending treatment', () => {
  it('set 202: «går no på hormonbehandling», «går fortsatt til fysioterapi» attend treatment, not walking', () => {
    expect(stmt('Går no på hormonbehandling.', 'Går').functional).toBe(false);
    expect(stmt('Hun går fortsatt til fysioterapi.', 'går').functional).toBe(false);
    expect(stmt('Hun går fortsatt til butikken.', 'går').functional).toBe(true);
  });
});
