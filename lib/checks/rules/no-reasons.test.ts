import { describe, expect, it } from 'vitest';
import { has, severity } from './_test-utils.ts';

describe('no-reasons: a conclusion without its reasons', () => {
  it('flags a bare legal conclusion in the AEV', () => {
    expect(severity('Arbeidsevnen er nedsatt med minst 50 %.', 'no-reasons', 'aev.vurdering')).toBe('warning');
    expect(has('Vilkårene i § 11-5 er oppfylt. Spesielt tilpasset innsats.', 'no-reasons', 'aev.begrunnelse')).toBe(true);
    expect(has('Spesielt tilpasset innsats.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });
  it('accepts a conclusion that rests on function', () => {
    const t = 'Arbeidsevnen er nedsatt med minst 50 % fordi hun bare tåler 4 timer lett arbeid per dag og ikke kan løfte over 5 kg.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(false);
  });
  it('is not asked of the doctor', () => {
    expect(has('Arbeidsevnen er nedsatt.', 'no-reasons', 'l40.5.1')).toBe(false);
  });
  it('does not take «før hun kan jobbe igjen» for a reason: being able to work is the conclusion again', () => {
    const t = 'Bruker har redusert arbeidsevne pga helse. Hun har fått god behandling. Vi mener hun trenger mer tid før hun kan jobbe igjen.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has('Standard innsats. Ortoped har friskmeldt uten restriksjoner.', 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });
  it('does not take «vil ikke kunne komme i arbeid» or treatment without effect for reasons', () => {
    expect(has('Varig tilpasset innsats. Bruker er 100 % ufør og vil ikke kunne komme i arbeid.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    const t = 'Hun har diagnosene F41.1 og F12.2 og har fått behandling over lang tid uten bedring. Nav vurderer at hun ikke er i stand til å jobbe nå.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has('Bruker vil ikke kunne komme i arbeid fordi hun ikke tåler å sitte mer enn 10 minutter.', 'no-reasons', 'aev.vurdering')).toBe(false);
  });
  it('asks for the assessment when the text holds only diagnoses and findings', () => {
    const t = 'Brukar har diabetes type 1 med ustabilt blodsukker (HbA1c 78), nevropati i føtene og retinopati.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(t, 'no-reasons', 'l40.5.1')).toBe(false);
  });
  it('«kroppen spiller ikke på lag» (the team, not «låg») is no capacity and no reason', () => {
    const t = 'Bruker har store helseplager. Hun er motivert, men kroppen spiller ikke på lag. Arbeidsevnen vurderes som betydelig nedsatt.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
  });
  it('«i sitt yrke» is the possessive, not sitting: a verdict with only diagnoses before it has no reasons', () => {
    const t = 'Bruker har diabetes og artrose i knærne. Sett i sammenheng vurderes han som ikke arbeidsfør i sitt yrke som taxisjåfør.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has('Han kan ikke sitte mer enn 20 min, og vurderes som ikke arbeidsfør i sitt yrke som taxisjåfør.', 'no-reasons', 'aev.vurdering')).toBe(false);
  });

  it('sets 70, 71 and 75: standard innsats with a job to return to or no help needed is reasoned', () => {
    expect(
      has(
        'Standard innsats. Hun har jobb å gå tilbake til og har selv funnet løsning med leder (80 % dagtid i 3 mnd). Ingen behov for tiltak fra Nav utover ordinær oppfølging.',
        'no-reasons',
        'aev.innsatsbehov',
      ),
    ).toBe(false);
    expect(has('Standard innsats.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    expect(has('Spesielt tilpasset innsats. Ingen behov for tiltak nå.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });

  it('set 77: what cannot yet be said about what the person can manage is no reason («for tidleg å seie noko om kva ho kan klare»)', () => {
    expect(
      has(
        'Nav vurderer at arbeidsevna er nedsett med minst 50 %. Brukar er motivert, men det er for tidleg å seie noko om kva ho kan klare.',
        'no-reasons',
        'aev.vurdering',
      ),
    ).toBe(true);
    expect(has('Nav vurderer at arbeidsevna er nedsett med minst 50 %. Ho kan klare 4 timar kontorarbeid om dagen.', 'no-reasons', 'aev.vurdering')).toBe(
      false,
    );
  });

  it('set 80: «p.t.» may end a sentence — «ikke arbeidsfør p.t. Sammensatt problematikk …» is a verdict and a list, no reason', () => {
    expect(
      has(
        'Vurd: bruker er ikke arbeidsfør p.t. Sammensatt problematikk (rygg, psyke, rus i familien). Lang vei til arbeid. AAP.',
        'no-reasons',
        'aev.vurdering',
      ),
    ).toBe(true);
  });
  it('set 92: health said outright not to limit work is the reason for a need that lies elsewhere', () => {
    const t = (h: string) =>
      `Situasjonsbestemt innsats. Han er 18 år og slutta på vg1 i haust${h}. Treng hjelp til å finne lærlingplass, samtale kvar 2. veke.`;
    expect(has(t(' og har ingen helseplager som avgrensar arbeid – fråværet kom av at han mista motivasjonen'), 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has(t(' og har ingen jobb – fråværet kom av at han mista motivasjonen'), 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });
  it('set 97: any health word compound denied to limit work («ingen helseavgrensingar som hindrar arbeid») is a reason', () => {
    const t = 'Situasjonsbestemt innsats. Ho har ingen helseavgrensingar som hindrar arbeid. Ho treng hjelp til CV og jobbsøking.';
    expect(has(t, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has('Situasjonsbestemt innsats. Ho treng hjelp til CV og jobbsøking.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });
  it('set 101: «fysisk frisk» with no illness named anywhere is a reason for a need outside health; with an illness it is not', () => {
    const t = (h: string) =>
      `Situasjonsbestemt innsats. Rusfri 2 år, ${h} og har fagbrev som mekaniker, men har 4 års hull i CV etter soning. Trenger hjelp med CV.`;
    expect(has(t('fysisk frisk'), 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has(t('bor hos mor'), 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    expect(has(t('fysisk frisk, men alvorlig depresjon,'), 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });
  it('set 104: standard innsats with a job the employer has offered has its reason', () => {
    const t = (h: string) =>
      `Standard innsats er tilstrekkeleg: Kjetil ${h} som trafikkleiar frå 1. juli i 100 %, og han treng berre informasjon frå Nav om sjukepengar fram til då. Ingen tiltak.`;
    expect(has(t('har arbeidsgjevar som har tilbode han arbeid'), 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has(t('ønskjer arbeid'), 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });
  it('set 104: tasks still to be found («treng hjelp til å finne oppgåver som passar») are no reason; tasks that suit her are', () => {
    const t = (h: string) => `Behov for arbeidsretta bistand. Arne ønskjer å halde fram hjå arbeidsgjevar og ${h}. Situasjonsbestemt innsats.`;
    expect(has(t('treng hjelp til å finne oppgåver som passar'), 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    expect(has(t('lette kontoroppgåver 4 timar dagleg passar han godt'), 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });
  it('set 115: «har ressursar til å klare anna arbeid» is the conclusion in general words, not its reason', () => {
    const t = (h: string) => `Brukar kan ikkje gå tilbake som tømrar slik det ser ut no. Han er motivert. Arbeidsevna er nedsett, men ${h}.`;
    expect(has(t('han har ressursar til å klare anna arbeid'), 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(t('han har kapasitet til arbeid'), 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(t('han har krefter til å løfte 10 kg og stå 2 timar'), 'no-reasons', 'aev.vurdering')).toBe(false);
  });
  it('set 115: «for å ikke få tilbakefall» is what the help should prevent, not a trouble the person is free of', () => {
    const t = (h: string) => `Spesielt tilpasset innsats. Bruker er i en sårbar fase og trenger tett oppfølging ${h}. Arbeidstrening videre.`;
    expect(has(t('for å ikke få tilbakefall'), 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    expect(has(t('for ikkje å få tilbakefall'), 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    // Said as a fact, it is something she manages.
    expect(has(t('og har ikke fått tilbakefall på 6 mnd med 3 dager i uka i butikk'), 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });
  it('set 117: a need that depends on the situation at work, with a job and an employer who will adapt, has its reason', () => {
    const t = (h: string) =>
      `Behov: dialog med arbeidsgiver om omplassering til inspektør, evt tilretteleggingstilskudd. Ingen tiltaksplass. Konklusjon: Situasjonsbestemt innsats – ${h}.`;
    expect(has(t('hun har jobb og arbeidsgiver som vil tilrettelegge'), 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    // A need named with nothing behind it still lacks its reason.
    expect(has('Situasjonsbestemt innsats. Bruker trenger oppfølging videre.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });
  it("set 122: Nav's help not needed is the conclusion, no reason («treng ikkje arbeidsretta tiltak»)", () => {
    expect(has('Brukar er 100 % ufør etter vår vurdering og treng ikkje arbeidsretta tiltak. Varig tilpassa innsats.', 'no-reasons', 'aev.innsatsbehov')).toBe(
      true,
    );
    expect(has('Varig tilpassa innsats. Han går maks 100 m og må liggje 2 timar kvar dag.', 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });
  it('set 126: a recovery foreseen and the job ruled out again are no reasons for the verdict', () => {
    expect(has('Arbeidsevnen er nedsatt nå, men vi regner med at han blir helt frisk. Han har god motivasjon.', 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has('Arbeidsevnen er nedsatt nå, men han går 3 km daglig og blir helt frisk.', 'no-reasons', 'aev.vurdering')).toBe(false);
    const t = 'Bruker har ryggplager som gjør at han ikke kan fortsette som sjåfør i full stilling. Han er motivert.';
    expect(has(`${t} Arbeidsevnen vurderes som nedsatt.`, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(`${t} Han tåler å sitte 30 min. Arbeidsevnen vurderes som nedsatt.`, 'no-reasons', 'aev.vurdering')).toBe(false);
  });
  it("set 126: the person's network is no reason; an employer who will adapt is the reason for a situational need, in nynorsk too", () => {
    expect(has('Arbeidsevna er nedsett no. Ho har eit godt nettverk rundt seg.', 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(
      has('Situasjonsbestemt innsats. Ho har ein arbeidsgjevar som vil leggje til rette, med opptrapping frå 20 til 50 %.', 'no-reasons', 'aev.innsatsbehov'),
    ).toBe(false);
  });

  it('set 149: «ikke behov for andre arbeidsrettede tiltak» beside a situational need is its reason', () => {
    const t = 'Situasjonsbestemt innsats. Hun har en fast stilling på lageret og trenger hjelp til opptrapping fra 3 til 6 t/dag.';
    expect(has(`${t} Ikke behov for andre arbeidsrettede tiltak.`, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has('Situasjonsbestemt innsats. Trenger hjelp til opptrapping fra 3 til 6 t/dag.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });

  it('set 151: «fordi hun har jobb» and «arbeidsgiver har tilrettelagt» are the reasons for a situational need', () => {
    const t = 'Hun er sykmeldt 60 %. Konklusjon: situasjonsbestemt innsats,';
    expect(has(`${t} fordi hun har jobb, tilrettelegging og forventet bedring.`, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has(`${t} og forventet bedring.`, 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });

  it('set 159: whether a body part gets better is the course, no reason for the need', () => {
    const t = 'Han har behov for bistand til å komme i nytt arbeid. Situasjonsbestemt innsats, ev. spesielt tilpasset';
    expect(has(`${t} hvis skulderen ikke blir bedre.`, 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    expect(has(`${t} fordi han ikke kan løfte armen over skulderhøyde.`, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });

  it('set 164: work sessions limited to a measured length are a reason', () => {
    const t = 'Konklusjon: behov for spesielt tilpasset innsats. Begrunnelse:';
    expect(has(`${t} hodeskaden begrenser arbeidsøktene til rundt 30 min.`, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has(`${t} hun har ingen fagbrev og har ikke jobbet på åtte år.`, 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });

  it('set 182: «gå av» is retiring, not walking — no reason for the conclusion', () => {
    expect(has('Hjartesvikt. Han har ingen utdanning og ønskjer å gå av. Arbeidsevna er nedsett med minst 50 %.', 'no-reasons', 'aev.begrunnelse')).toBe(true);
    expect(has('Hjartesvikt. Han går 200 m før han må stoppe. Arbeidsevna er nedsett med minst 50 %.', 'no-reasons', 'aev.begrunnelse')).toBe(false);
  });

  it('set 188: «uten at det gikk» is how something turned out, not walking — no reason for the conclusion', () => {
    expect(has('Ryggsmerter. Prøvde 50 % i mai uten at det gikk. Etter vår vurdering er arbeidsevnen nedsatt.', 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has('Ryggsmerter. Går 2 km før pause. Etter vår vurdering er arbeidsevnen nedsatt.', 'no-reasons', 'aev.vurdering')).toBe(false);
  });

  it('set 192: «arbeid i noen form» is work of any kind, no stamina of the body («form»)', () => {
    expect(has('Hun er ikke arbeidsfør og vil ikke bli det. Arbeid i noen form er ikke aktuelt.', 'no-reasons', 'aev.vurdering')).toBe(true);
  });

  it('set 199: only wishes and surroundings («vil gjerne i jobb, er motivert, har god støtte») give the need no reason', () => {
    expect(has('Brukeren vil gjerne ut i arbeid snarest. Hun er positiv og har et godt nettverk.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    const fn = 'Hun går 2 km og løfter 10 kg, men tåler ikke mer enn 4 timer arbeid om dagen.';
    expect(has(`${fn} Hun er positiv og har et godt nettverk.`, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });

  it('set 203: «gå hjemme» is staying at home, no walking — a conclusion beside it still has no reason', () => {
    const t = 'Hun sier «jeg vil ikke gå hjemme». Jeg vurderer at arbeidsevnen er nedsatt pga helsa.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(`${t} Hun går 2 km og sitter 1 time før hun må reise seg.`, 'no-reasons', 'aev.vurdering')).toBe(false);
  });

  it('set 219: to «stå i» a kind of work is to hold a job, not to stand — the reasons are still missing', () => {
    expect(
      has('Trenger tett oppfølging og behandling for rus før han kan stå i vanlig arbeid. Spesielt tilpasset innsats.', 'no-reasons', 'aev.innsatsbehov'),
    ).toBe(true);
  });

  it('set 254: health said not to be the obstacle is a reason — the need has its cause outside health', () => {
    const text =
      'Du er 23 år og har ikke fullført videregående. Helsa er ikke hovedhinderet: astmaen er godt behandlet. Det du trenger er hjelp til å fullføre fagene. Konklusjon: situasjonsbestemt innsats.';
    expect(has(text, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(
      has('Du er 23 år og har astma. Det du trenger er hjelp til å fullføre fagene. Konklusjon: spesielt tilpasset innsats.', 'no-reasons', 'aev.innsatsbehov'),
    ).toBe(true);
  });

  it('set 268: sessions held with a service («6 samtaler med jobbspesialist») are no function measured', () => {
    const text = 'Han er 31 år og har hatt AAP i ett år. Han har hatt 6 samtaler med jobbspesialist. Vi anbefaler videre tiltak. Situasjonsbestemt innsats.';
    expect(has(text, 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    const clients =
      'Han er 31 år og har hatt AAP i ett år. I arbeidstreningen tok han 6 samtaler med kunder per dag. Vi anbefaler videre tiltak. Situasjonsbestemt innsats.';
    expect(has(clients, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });

  it('set 271: the clinician’s follow-up and treatment hours received are no function of the person', () => {
    const text = 'Bruker har PTSD og diabetes type 2. Hun går til psykolog hver 14. dag. Fastlegen følger opp diabetes. Hun har fått fysioterapi i 10 timer.';
    expect(has(text, 'no-reasons', 'aev.vurdering')).toBe(true);
    const own = 'Bruker har PTSD og diabetes type 2. Hun går til psykolog hver 14. dag. Hun klarer ikke å følge opp avtaler med Nav.';
    expect(has(own, 'no-reasons', 'aev.vurdering')).toBe(false);
  });

  it('set 271: «trenger ikke arbeidsrettet innsats» is the support Nav gives, not something the person manages', () => {
    expect(has('Bruker er ufør og trenger ikke arbeidsrettet innsats. Varig tilpasset innsats.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    const measured = 'Bruker klarer 4 timer lagerarbeid per dag og trenger ikke arbeidsrettet innsats. Standard innsats.';
    expect(has(measured, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });

  it('set 280: the lowest need with «trenger ikke bistand utover vanlig oppfølging» has its reason', () => {
    const t = 'Standard innsats. Bruker er i 100 % arbeid fra 01.10.';
    expect(has(`${t} Trenger ikke bistand utover vanlig oppfølging.`, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
    expect(has(`${t} Trenger bistand.`, 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });

  it('set 284: «ikke realistisk at hun kommer tilbake i arbeid» is the verdict, whatever body part its reason names', () => {
    const verdict = 'Hun er 61 år. Med artrose i begge knær er det ikke realistisk at hun kommer tilbake i jobb. Hun er ikke arbeidsfør.';
    expect(has(verdict, 'no-reasons', 'aev.begrunnelse')).toBe(true);
    const reasoned = 'Hun er 61 år. Med artrose i begge knær kan hun ikke stå mer enn 15 min, så det er ikke realistisk at hun kommer tilbake i jobb.';
    expect(has(reasoned, 'no-reasons', 'aev.begrunnelse')).toBe(false);
  });

  it('set 285: a bare count in brackets after what happened counts the events, no capacity', () => {
    expect(has('Kneskade høyre side (2 ganger). Nedsatt arbeidsevne på grunn av helse.', 'no-reasons', 'aev.begrunnelse')).toBe(true);
    expect(has('Kneskade høyre side. Går 2 km. Nedsatt arbeidsevne på grunn av helse.', 'no-reasons', 'aev.begrunnelse')).toBe(false);
  });

  it('set 287: «ikke klar for ordinært arbeid» is the verdict, whatever area its reason names', () => {
    const end = 'Anbefaler AAP og at hun får tiltak når hun er mer stabil.';
    const cause = `Bruker har behov for bistand fra Nav. Pga. alkoholproblemer og dårlig psykisk helse er hun ikke klar for ordinært arbeid. ${end}`;
    expect(has(cause, 'no-reasons', 'aev.innsatsbehov')).toBe(true);
    const measured = `Bruker har behov for bistand fra Nav. Hun tåler 30 min i butikken før panikk, så hun er ikke klar for ordinært arbeid. ${end}`;
    expect(has(measured, 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });

  it('set 289: «noen gang» is ever, no walking — a verdict with diagnoses alone stays without reasons', () => {
    const t = 'Brukeren er etter vår vurdering ikke arbeidsfør nå og det er uklart om han noen gang blir det. Han har flere diagnoser.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
    const walk = 'Brukeren er etter vår vurdering ikke arbeidsfør nå fordi han går bare 100 m før han må stoppe. Han har flere diagnoser.';
    expect(has(walk, 'no-reasons', 'aev.vurdering')).toBe(false);
  });

  it('set 290: «helsen er uendret» is the course, no capacity behind a verdict', () => {
    const t = 'Han er 61 år og har vært på AAP i 3 år. Helsen er uendret, jf. tidligere vurderinger. Han har ingen restarbeidsevne. Varig tilpasset innsats.';
    expect(has(t, 'no-reasons', 'aev.begrunnelse')).toBe(true);
    const walk =
      'Han er 61 år og har vært på AAP i 3 år. Han går 200 m før han må stoppe. Helsen er uendret. Han har ingen restarbeidsevne. Varig tilpasset innsats.';
    expect(has(walk, 'no-reasons', 'aev.begrunnelse')).toBe(false);
  });

  it('set 318: how good the labour market is, is no reason from health to work', () => {
    const t = 'Rapport fra tiltaksarrangør foreligger. Bruker har nedsatt arbeidsevne. Vilkårene for AAP etter § 11-5 er oppfylt.';
    expect(has(`${t} Arbeidsmarkedet er godt i regionen.`, 'no-reasons', 'aev.begrunnelse')).toBe(true);
    expect(has(`${t} Hun klarer 4 timer kassearbeid.`, 'no-reasons', 'aev.begrunnelse')).toBe(false);
  });

  it('set 319: stays in treatment, counted, are no capacity behind a verdict', () => {
    const t = 'Bruker er 45 år og har hatt rusproblemer i mange år. Hepatitt C. Han er ikke arbeidsfør nå.';
    expect(has(`${t} Han har vært på avrusning tre ganger.`, 'no-reasons', 'aev.begrunnelse')).toBe(true);
    expect(has(`${t} Han går 3 km tre ganger i uka.`, 'no-reasons', 'aev.begrunnelse')).toBe(false);
  });

  it('set 356: how long the way to work takes is the surroundings, no capacity behind a verdict', () => {
    const t = 'Brukar har store helseplager og har vore sjukmeld i snart eitt år. Vi vurderer arbeidsevna som nedsett.';
    expect(has(`${t} Lang reiseveg (1,5 t kvar veg med ferje) gjer det ikkje lettare.`, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(`${t} Pendler 2 timer hver vei.`, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(`${t} Han går 2 km før han må kvile.`, 'no-reasons', 'aev.vurdering')).toBe(false);
  });

  it('set 363: what the person can do once treatment is over is no capacity behind the verdict', () => {
    const t = 'Bruker har gode ressurser, men helsa står i veien for arbeid nå.';
    expect(has(`${t} Han trenger mer behandling før han kan begynne i arbeidstrening.`, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has(`${t} Han klarer 2 timer lett arbeid per dag, mer gir økte smerter.`, 'no-reasons', 'aev.vurdering')).toBe(false);
  });
});
