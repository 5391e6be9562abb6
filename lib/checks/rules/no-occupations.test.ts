import { describe, expect, it } from 'vitest';
import { has, severity } from './_test-utils.ts';

describe('no-occupations: the field asks which occupations are realistic', () => {
  it('flags work in general, wishes without a kind of work and «no occupation now»', () => {
    expect(severity('Lett arbeid. Tilpasset stilling.', 'no-occupations', 'aev.yrker')).toBe('warning');
    expect(has('Yrker som tar hensyn til helsen hans. Han er åpen for det meste.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Bruker er ikke aktuell for noen yrker nå.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Brukar ønskjer seg noko praktisk, men veit ikkje kva.', 'no-occupations', 'aev.yrker')).toBe(true);
  });
  it('accepts a named occupation or a concrete kind of work, in either written standard', () => {
    expect(has('Renholder på dagtid, kantinemedarbeider.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Sjåføryrket er uaktuelt; lagerarbeid med løft under 10 kg er aktuelt.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Aktuelt med kontorarbeid eller resepsjon, sittande inntil 4 timar.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Kan kjøre varebil og sortere post.', 'no-occupations', 'aev.yrker')).toBe(false);
  });
  it('leaves a reference to the reference rule, and is not asked of other fields', () => {
    expect(has('Se CV og tidligere vurdering.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Se CV og tidligere vurdering.', 'reference', 'aev.yrker')).toBe(true);
    expect(has('Lett arbeid. Tilpasset stilling.', 'no-occupations', 'aev.vurdering')).toBe(false);
  });
  it('a Nav measure names no occupation («må prøves ut i tiltak»)', () => {
    expect(has('Ikke avklart ennå – må prøves ut i tiltak.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Lagerarbeid, prøves ut i tiltak først.', 'no-occupations', 'aev.yrker')).toBe(false);
  });

  it('set 84: the job ruled out and a Nav measure name no realistic occupation', () => {
    expect(
      has('Brukar kan ikkje gå attende til tidlegare yrke som snikkar. Andre yrke må vurderast i samband med arbeidsutprøving.', 'no-occupations', 'aev.yrker'),
    ).toBe(true);
    expect(has('Han kan ikke gå tilbake til tømrerfaget. Andre yrker er ikke vurdert ennå, det avventer arbeidstrening.', 'no-occupations', 'aev.yrker')).toBe(
      true,
    );
    expect(has('Kan ikke gå tilbake til jobben som sjåfør. Aktuelt med lager, plukk og pakk.', 'no-occupations', 'aev.yrker')).toBe(false);
  });
  it('set 117: titles by their heads («frokostvert», «kontrollør», «romstuepike», «vaskeri», «byggvareutsalg») are occupations', () => {
    expect(has('Aktuelt fremover: frokostvert, linlager/vaskeri med sortering, og kontrollør på housekeeping.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Byggvareutsalg (kundeservice/kasse), kontrollør/befaring for byggfirma.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Byggvareutsalg (kundeservice/kasse), kontrollør/befaring for byggfirma.', 'symptoms-only', 'aev.yrker')).toBe(false);
    // «-vert» is no title in «motivert», nor «-lager» in «plager».
    expect(has('Bruker er motivert og ønsker å jobbe. Vi ser på muligheter videre.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Hun har restplager og er usikker. Vi ser på muligheter videre.', 'no-occupations', 'aev.yrker')).toBe(true);
  });
  it('set 117: the rush hour («lunsjrushet») is no substance use', () => {
    expect(has('Aktuelt: kafé og kiosk, men ikke i lunsjrushet. Hun klarer 2 timer med kundekontakt.', 'symptoms-only', 'aev.yrker')).toBe(false);
  });
  it('set 126: what is excluded names no work to do, nor does a job ruled out in the clause after it', () => {
    expect(has('Noe praktisk. Ikke kundekontakt.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Noe praktisk, f.eks. lager. Ikke kundekontakt.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Sjåfør, men det er ikke realistisk nå. Noe rolig på deltid.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Sjåfør, men bare korte turer. Noe rolig på deltid.', 'no-occupations', 'aev.yrker')).toBe(false);
  });
  it('set 175: jobs talked about in the meeting name none («Vi har snakka om fleire yrke»)', () => {
    expect(has('Vi har snakka om fleire yrke. Ho er usikker på kva ho vil.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Vi har snakka om butikk og lager. Ho er usikker på kva ho vil.', 'no-occupations', 'aev.yrker')).toBe(false);
  });

  it('set 227: what Nav works on next («vi jobber videre med dette») is no occupation', () => {
    expect(has('Hun er usikker på hva hun vil. Noe med mennesker kanskje. Vi jobber videre med dette i neste møte.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Hun er usikker på hva hun vil. Vi jobber videre med praksis i barnehage som assistent.', 'no-occupations', 'aev.yrker')).toBe(false);
  });

  it('set 229: a Nav measure and where it is held («arbeidstrening i skjermet virksomhet») name no occupation', () => {
    expect(has('Ikke aktuelt med ordinært arbeid nå. Eventuelt arbeidstrening i skjermet virksomhet.', 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has('Ikke aktuelt med ordinært arbeid nå. Eventuelt arbeidstrening som kantinemedarbeider.', 'no-occupations', 'aev.yrker')).toBe(false);
  });

  it('set 258: a developer as a compound head («systemutvikler») is an occupation', () => {
    expect(has('Systemutvikler/tester. Hjemmekontor 3 av 5 dager.', 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Noe med data. Hjemmekontor 3 av 5 dager.', 'no-occupations', 'aev.yrker')).toBe(true);
  });

  it('set 277: work the person has done («har jobbet som bonde i hjemlandet») names no occupation realistic now', () => {
    const t = 'Bruker har ingen formell utdanning. Han har jobbet som bonde i hjemlandet.';
    expect(has(`${t} Det er vanskelig å finne yrker som passer for ham.`, 'no-occupations', 'aev.yrker')).toBe(true);
    expect(has(`${t} Aktuelt: gartneri eller parkarbeid i kommunen.`, 'no-occupations', 'aev.yrker')).toBe(false);
    expect(has('Han har jobbet som bonde og kan gå tilbake til det.', 'no-occupations', 'aev.yrker')).toBe(false);
  });
});
