import { describe, expect, it } from 'vitest';
import { has, severity } from './_test-utils.ts';

describe('no-duration', () => {
  it('notes a description without time perspective', () => {
    expect(has('Kan gå 500 m og sitte 30 min. Kan løfte 5 kg.', 'no-duration')).toBe(true);
  });
  it('accepts prognosis or a future period', () => {
    expect(has('Kan gå 500 m og sitte 30 min. Forventet bedring innen 3 mnd.', 'no-duration')).toBe(false);
    expect(has('Kan gå 500 m og sitte 30 min. Tilstanden er varig.', 'no-duration')).toBe(false);
  });
  it('does not count history as prognosis', () => {
    expect(has('Kan gå 500 m og sitte 30 min. Smerter siste 6 måneder.', 'no-duration')).toBe(true);
  });
  it('is a warning where the field asks for a time, and a prognosis word without a time is not one', () => {
    expect(severity('Bedring forventes etter hvert.', 'no-duration', 'l1.u39.3')).toBe('warning');
    expect(has('Forventer bedring på sikt.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Forventer 50 % arbeid innen 3 måneder.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Usikker prognose, ny vurdering om 8 uker.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Funksjonen vil gå ned dei neste månadene.', 'no-duration', 'l1.6.5.4')).toBe(false);
  });
  it('reads a date with a month name, a review week, a holiday and a half-year as times', () => {
    expect(has('Forventer økning til 50 % innen 15. mars.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Venter økning fra 1 september.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Usikkert. Kontroll veke 14.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Ingen økning før etter juleferien.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Lite endring venta neste halvår.', 'no-duration', 'l1.u39.3')).toBe(false);
    // A day and month with no future preposition or review before it is not a time for the plan.
    expect(has('Gikk på 1. mai-tog. Forventer bedring etter hvert.', 'no-duration', 'l1.u39.3')).toBe(true);
  });
  it('reads «v» for weeks and a week number after «ca» as times', () => {
    expect(has('Ventar effekt innan 6-8 v.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Plan om opptrapping til 60 % arbeid frå ca veke 26.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Han hadde vondt ca uke 10.', 'no-duration', 'l1.u17.3')).toBe(true);
  });
  it('reads the other abbreviations of months as a time', () => {
    expect(has('Realistisk tilbake i 50 % om ca 4 md, full stilling om 6 md.', 'no-duration', 'l1.6.5.4')).toBe(false);
    expect(has('Forventer arbeid igjen om 3 mdr.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Forventer arbeid igjen om 2–3 mndr.', 'no-duration', 'l1.u39.3')).toBe(false);
  });
  it('how long a state has lasted is no time ahead; a condition or a plan is', () => {
    expect(has('Avhaldande i 4 mnd. Det går betre, men han er framleis skjør.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Anfallsfri i 8 måneder, ellers uendret.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Når han har vore rusfri i 3 mnd, er planen arbeidsretta aktivitet.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Bør være stabil i 6 mnd før opptrapping.', 'no-duration', 'l1.u39.3')).toBe(false);
  });
  it('a season after a past verb is history, not a time ahead', () => {
    expect(has('Vanskelig å si. Han har hatt flere oppbluss i høst.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Han var dårlig i sommer, men forventes tilbake i arbeid i januar.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('a dated follow-up named by a compound («ortopedkontroll 14.06») is a time', () => {
    expect(has('Usikkert, avhenger av om ankelen må opereres på nytt. Ny vurdering etter ortopedkontroll 14.06.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Usikkert, avhenger av om ankelen må opereres på nytt.', 'no-duration', 'l1.u39.3')).toBe(true);
  });
  it('how long the sick leave has lasted («har nå vært sykmeldt i 39 uker») is history, not a time ahead', () => {
    const t = 'Pasienten har nå vært sykmeldt i 39 uker. Det er usikkert hvordan tilstanden vil utvikle seg.';
    expect(has(t, 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Har vore sjukmeld i 20 veker.', 'no-duration', 'l1.u39.3')).toBe(true);
    // Looking ahead it is a time.
    expect(has('Bør være sykmeldt i 4 uker til, deretter gradert.', 'no-duration', 'l1.u39.3')).toBe(false);
  });
  it('a month given roughly or as a bound is a time («realistisk ca juni», «tidligst august»)', () => {
    expect(has('Forventes å kunne øke til 3 vakter/uke, realistisk ca juni.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Forventes å kunne øke til 3 vakter/uke. Tidligst august.', 'no-duration', 'l1.u17.3')).toBe(false);
    // A month in the history is not a time ahead.
    expect(has('Har vært sykmeldt siden ca juni.', 'no-duration', 'l1.u17.3')).toBe(true);
  });
  it('an age is no time perspective («Kvinne 46 år», «Mann, 58 år»)', () => {
    expect(has('Kvinne 46 år. Kan gå 500 m og sitte 30 min.', 'no-duration', 'l40.5.1')).toBe(true);
    expect(has('Mann, 58 år. Kan gå 500 m og sitte 30 min.', 'no-duration', 'l40.5.1')).toBe(true);
    expect(has('Kan gå 500 m og sitte 30 min. Forventet varighet 1 år.', 'no-duration', 'l40.5.1')).toBe(false);
  });

  it('set 77: a date given roughly for a plan named before it is a time («Ny vurdering …, ca 1. juni»)', () => {
    expect(has('Usikker. Ny vurdering etter utskrivning fra døgnbehandling, ca 1. juni.', 'no-duration', 'l1.u39.3')).toBe(false);
    // A date in the history is not.
    expect(has('Usikker. Operert ca 1. juni.', 'no-duration', 'l1.u39.3')).toBe(true);
  });

  it('set 79: an age after an abbreviation («Pas. 58 år») is no time perspective', () => {
    expect(has('Pas. 58 år, hjerteinfarkt 12.09. Prognosen er usikker, men det forventes noe bedring.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Pas. 58 år. Forventes tilbake i full jobb om 3 mnd.', 'no-duration', 'l1.u39.3')).toBe(false);
  });
  it('set 118: «har jobba på verket i 38 år» is a working life told, no time ahead', () => {
    const t = 'Pas. er 61 år og har jobba på verket i 38 år. Ser ikkje for meg at han kjem tilbake i full stilling.';
    expect(has(t, 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has(`${t} Ny vurdering om 8 veker.`, 'no-duration', 'l1.u39.3')).toBe(false);
  });
  it('set 122: «de neste månedene» does not say how many — a prognosis without a time', () => {
    expect(has('Det forventes gradvis bedring de neste månedene, men det er vanskelig å anslå noe tidsperspektiv.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Forventar gradvis betring dei neste månadene.', 'no-duration', 'l1.u39.3')).toBe(true);
    // One named period, or a number, is a time.
    expect(has('Forventer ikke økt arbeidsevne utover dagens 50 % det neste året.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Forventer gradvis bedring, 100 % neste måned.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Forventer gradvis bedring de neste 3 månedene.', 'no-duration', 'l1.u39.3')).toBe(false);
  });
  it('set 123: no to «can treatment improve it?» because the illness progresses is its time perspective', () => {
    expect(has('Nei. Progredierande ALS, forventa gradvis forverring. Behandlinga er lindrande.', 'no-duration', 'l1.6.5.4')).toBe(false);
    expect(has('Nei, neppe. Progredierende MS med økende gangvansker, nå rullator.', 'no-duration', 'l1.6.5.4')).toBe(false);
    // A bare no, or a no without its reason, still lacks one.
    expect(has('Nei, arbeidsevna vil ikkje bli betre. Pasienten bør søkje uføretrygd.', 'no-duration', 'l1.6.5.4')).toBe(true);
    // Where the field asks when the person can work, progression alone is no time.
    expect(has('Usikker prognose. Progredierende sykdom.', 'no-duration', 'l1.u39.3')).toBe(true);
  });

  it('set 142: «ingen forventet bedring» is for good; «økt arbeid» is no October', () => {
    expect(has('Nei. Alvorlig hjertesvikt NYHA III–IV. Ingen forventet bedring.', 'no-duration', 'l1.6.5.4')).toBe(false);
    expect(has('Nei. Inga betring forventa.', 'no-duration', 'l1.6.5.4')).toBe(false);
    expect(has('Nei. Alvorlig hjertesvikt NYHA III–IV. Ingen bedring nå.', 'no-duration', 'l1.6.5.4')).toBe(true);
    const t = 'Venter på MR. Dette vil forhåpentligvis gi mulighet for';
    expect(has(`${t} økt arbeid etter hvert.`, 'no-duration', 'l1.u17.3')).toBe(true);
    expect(has(`${t} arbeid fra okt.`, 'no-duration', 'l1.u17.3')).toBe(false);
  });

  it('set 153: the end of a programme whose length the text gives is a time («etter avsluttet rehabilitering»)', () => {
    const end = 'Regner med 50 % arbeid etter avsluttet rehabilitering.';
    expect(has(`Deltar på arbeidsrettet rehabilitering 3 dager i uka i 6 uker. ${end}`, 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has(`Deltar på arbeidsrettet rehabilitering 3 dager i uka. ${end}`, 'no-duration', 'l1.u17.3')).toBe(true);
  });

  it('set 183: starting at once, or as soon as a condition is met, is a time', () => {
    const t = 'Nei, ikke med mer behandling. Stabil etter amputasjon.';
    expect(has(`${t} Kan starte straks arbeidsplassen er tilrettelagt.`, 'no-duration', 'l1.6.5.4')).toBe(false);
    expect(has(`${t} Kan starte når arbeidsplassen er tilrettelagt.`, 'no-duration', 'l1.6.5.4')).toBe(true);
  });

  it('set 186: a date written as one number after a planned examination («(ca 15.03)») is a time', () => {
    expect(has('Usikkert, avhenger av MR-undersøkelse etter operasjonen (ca 15.03). Ny vurdering etter MR.', 'no-duration', 'l1.u39.3')).toBe(false);
    expect(has('Usikkert, avhenger av MR-undersøkelse etter operasjonen. Ny vurdering etter MR.', 'no-duration', 'l1.u39.3')).toBe(true);
  });

  it('set 187: a new check-up named a few words before its date is a time', () => {
    expect(has('Utredet hos lungelege. Ny kontroll med spirometri 14.02. Er den normal, kan hun gå opp til 100 %.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Utredet hos lungelege. Spirometri 14.02 var normal. Kan gå opp til 100 %.', 'no-duration', 'l1.u17.3')).toBe(true);
  });

  it('set 190: a season after «om» with its article is every such season, no time ahead', () => {
    expect(has('Plagene er verst om vinteren og lettere om våren. Usikkert hvor lenge.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Plagene er verst om vinteren. Forventer tilbake i jobb til våren.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('set 192: how long a trouble or a treatment has gone on («har slitt med … i 15 år og brukt … i 10 år») is history', () => {
    expect(has('Han har slitt med ryggen i 15 år og brukt smertestillende i 10 år. Prognosen er usikker.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Han har slitt med ryggen i 15 år. Forventer tilbake i full jobb om 3 måneder.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('set 194: an adult age opening a sentence («58 år og tungt arbeid …») is the age, not a time ahead', () => {
    expect(has('Usikkert, avhenger av behandlingen. 58 år og tungt arbeid hele livet.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('1 år og 3 måneder til forventet full jobb.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('set 205: «ut over 6 uker» after a treatment is a bound ahead («beyond»), no length of the treatment', () => {
    expect(has('Operert med plate i ankelen 12.09. Det ventes ikke at behandlingen hindrer arbeid ut over 8 uker.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Operert med plate i ankelen 12.09. Fysioterapi over 8 uker.', 'no-duration', 'l1.u17.3')).toBe(true);
  });

  it('set 207: sick-listed «i 9 mnd no» (up to now) is history, no time ahead', () => {
    expect(has('Sykmeldt 100 % i 7 mnd nå. Har brukt mye av sykepengeperioden. Håper på bedring.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Sykmeldt 100 % i 7 mnd til, så ny vurdering.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('set 208: a date after a preposition and an approximation («fra ca 1. desember») is a time ahead', () => {
    expect(has('Fysioterapi 2 g/uke. Økning fra 50 til 80 % er realistisk fra ca. 15. mars.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Fysioterapi 2 g/uke. Økning fra 50 til 80 % er realistisk.', 'no-duration', 'l1.u17.3')).toBe(true);
  });

  it('set 212: a bound in months or years («(>12 mnd)») is a time ahead, not a measure', () => {
    expect(has('Nei, ikke i overskuelig fremtid (>6 mnd).', 'no-duration', 'l1.6.5.4')).toBe(false);
    expect(has('Nei, ikke i overskuelig fremtid.', 'no-duration', 'l1.6.5.4')).toBe(true);
  });

  it('set 213: a month right after what is planned or weighed («oppstart vurderast feb./mars») is a time', () => {
    expect(has('Står på cellegift. Gradvis tilbakeføring i arbeid vurderes april/mai.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Står på cellegift. Gradvis tilbakeføring i arbeid vurderes senere.', 'no-duration', 'l1.u17.3')).toBe(true);
  });

  it('set 228: the month of an operation done is no time perspective; one still to come is', () => {
    expect(has('Hofte operert i november. Bedring er ventet etter hvert.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Hofta blir operert i november. Betring er venta etter det.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('set 234: how long the person has been out of work is history, not the time perspective', () => {
    expect(has('Har nå vært ute av arbeid i 2 år. Noe bedring kan forventes på sikt.', 'no-duration', 'l1.6.5.4')).toBe(true);
    expect(has('Har vore borte frå jobben i 8 mnd. Betring venta.', 'no-duration', 'l1.6.5.4')).toBe(true);
    expect(has('Bør være ute av arbeid i 2 uker til. Bedring forventes.', 'no-duration', 'l1.6.5.4')).toBe(false);
  });

  it('set 239: how long the person has been ill («har vært syk i 2,5 år») is history, not the time perspective', () => {
    expect(has('Har vært syk i 3 år. Bedring kan komme, men vanskelig å si.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Har vore sjuk i 8 månader. Betring kan kome.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Vil nok være syk i 3 uker til. Bedring ventes etter det.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('set 243: no change expected is the time perspective «for good», as «varig» is', () => {
    expect(has('Bevegelsen i skulderen forventes ikke å endre seg. Tilrettelegging, ikke behandling.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Ingen bedring er ventet.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Ingen vesentleg endring er venta.', 'no-duration', 'l1.u17.3')).toBe(false);
    // Said without an expectation, or of the plan, it is none.
    expect(has('Dette vil ikke endre seg.', 'no-duration', 'l1.u17.3')).toBe(true);
    expect(has('Ingen endring i behandlingsplan.', 'no-duration', 'l1.u17.3')).toBe(true);
  });

  it('an age given with «på» («Kvinne på 45 år») is no time perspective', () => {
    expect(has('Kvinne på 45 år med kneplager, forventet bedring.', 'no-duration', 'l1.u39.3')).toBe(true);
    expect(has('Kvinne på 45 år med kneplager, forventet bedring innen 3 måneder.', 'no-duration', 'l1.u39.3')).toBe(false);
  });

  it('set 349: «i vår poliklinikk» is «our» clinic owning its noun, not the spring as a time', () => {
    expect(has('Trener i vår poliklinikk to ganger i uken. Forventer økt arbeidsdeltakelse etter hvert.', 'no-duration', 'l1.u17.3')).toBe(true);
    expect(has('Trener hos fysioterapeut to ganger i uken. Forventer økt arbeidsdeltakelse i vår.', 'no-duration', 'l1.u17.3')).toBe(false);
    expect(has('Trener hos fysioterapeut. I vår kan han trolig øke til 80 %.', 'no-duration', 'l1.u17.3')).toBe(false);
  });

  it('set 372: an improvement the writer does not expect is as it is now, for good — a time of its own', () => {
    const f = 'l1.u17.3';
    expect(has('Behandlingen er avsluttet; jeg forventer ikke at videre behandling bedrer arbeidsevnen.', 'no-duration', f)).toBe(false);
    expect(has('Ventar ikkje betring av arbeidsevna med meir behandling.', 'no-duration', f)).toBe(false);
    expect(has('Jeg forventer at videre behandling bedrer arbeidsevnen.', 'no-duration', f)).toBe(true);
  });

  it('set 380: a new assessment after a dated appointment with someone («etter time hos nevrolog 15.11») is a time', () => {
    const f = 'l1.u39.3';
    expect(has('Usikker prognose. Ny vurdering etter time hos revmatolog 03.02, da tar vi stilling til opptrapping.', 'no-duration', f)).toBe(false);
    expect(has('Uviss prognose. Ny vurdering etter timen hjå nevrolog 15.11.', 'no-duration', f)).toBe(false);
    expect(has('Usikker prognose. Var til time hos nevrolog 15.11.', 'no-duration', f)).toBe(true);
  });
});
