import { describe, expect, it } from 'vitest';
import { has } from './_test-utils.ts';

describe('global-verdict: a conclusion on work capacity instead of function', () => {
  it.each([
    'Kan ikke jobbe.',
    'Pasienten er 100 % arbeidsufør.',
    'Er ikkje arbeidsfør no.',
    'Ute av stand til å arbeide.',
    'Kan ikke utføre noe arbeid nå.',
    'Kan ikke jobbe i det hele tatt.',
    'Kan ikke gå på jobb nå.',
    'Kan ikkje vere i arbeid.',
    'Har ingen arbeidsevne.',
    'Han har nedsatt arbeidsevne.',
    'Pasienten klarer ikke å utføre sitt arbeid som sykepleier.',
    'Kan ikke utføre arbeidsoppgavene sine.',
    'Kan ikke gjøre jobben sin som helsefagarbeider.',
    'Kan ikkje gjere jobben sin som lærar i noverande tilstand.',
  ])('flags %s', (t) => expect(has(t, 'global-verdict')).toBe(true));

  it.each([
    'Kan ikke jobbe mer enn 4 timer per dag.',
    'Kan ikke arbeide med armene over hodet.',
    'Kan ikke arbeide i høyden.',
    'Er ikke arbeidsufør, men trenger tilrettelegging.',
    'Kan ikke gå på jobb før kl. 10 pga. morgenstivhet.',
    'Kan ikke være i arbeid med mye støy over 2 timer.',
    'Har arbeidsevne i lett kontorarbeid.',
    'Klarer ikke å utføre arbeidsoppgavene som krever løft over 10 kg.',
  ])('accepts %s', (t) => expect(has(t, 'global-verdict')).toBe(false));

  it('does not apply where the field asks for a conclusion with its reasons (AEV vurdering)', () => {
    expect(has('Bruker er arbeidsufør i dag, og arbeidsevnen er nedsatt med over halvparten.', 'global-verdict', 'aev.vurdering')).toBe(false);
  });

  it('«ikkje eigna for arbeid», «for syk til å jobbe» are verdicts; fit for a named task, or too tired for a named task, is not', () => {
    for (const t of [
      'Pas. er ikkje eigna for arbeid og bør søkje uføretrygd.',
      'Bruker er for syk til å jobbe og det er ikke aktuelt nå.',
      'Er ikke egnet til arbeid.',
    ])
      expect(has(t, 'global-verdict'), t).toBe(true);
    for (const t of ['Er egnet for arbeid med pauser hver time.', 'Blir for sliten til å gå mer enn 300 m.']) expect(has(t, 'global-verdict'), t).toBe(false);
  });

  it('a verdict bounded to episodes says when, so it is specific', () => {
    expect(has('Anfall varer 12–24 t. Under anfall kan ho ikkje gjere noko arbeid.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('På dårlige dager kan han ikke jobbe.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Hun kan ikke jobbe.', 'global-verdict', 'l1.u7.2')).toBe(true);
  });
  it('graded work refused as such, or too ill for it, is a verdict; never having worked is history', () => {
    expect(has('Pga abstinens og dårlig søvn er pasienten ikke i stand til å jobbe gradert på nåværende tidspunkt.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Utbrenthet. For utmattet til å jobbe gradert nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('24 år, cannabisavhengighet. Aldri vært i ordinært arbeid.', 'global-verdict', 'l40.5.1')).toBe(false);
    expect(has('Har ikke vært i arbeid siden 2019.', 'global-verdict', 'l40.5.1')).toBe(false);
    // Still a verdict now.
    expect(has('Kan ikke være i arbeid.', 'global-verdict', 'l40.5.1')).toBe(true);
  });
  it('the whole present job is a verdict however it is named («fungere i noverande stilling som sjukepleiar»)', () => {
    expect(has('Kan ikkje fungere i noverande stilling som sjukepleiar.', 'global-verdict', 'l40.5.6.1')).toBe(true);
    expect(has('Kan ikke fungere i nåværende stilling.', 'global-verdict', 'l40.5.1')).toBe(true);
    // A posture is not a job.
    expect(has('Kan ikke sitte i samme stilling over 20 min.', 'global-verdict', 'l40.5.1')).toBe(false);
  });
  it('a verdict as the whole answer to a time question is a verdict too; the benefit named as a plan is not', () => {
    expect(has('Nei. Pas. er varig ufør.', 'global-verdict', 'l1.6.5.4')).toBe(true);
    expect(has('Forventer ingen endring. Pasienten er etter min vurdering varig arbeidsufør.', 'global-verdict', 'l1.u39.3')).toBe(true);
    expect(has('Held truleg 40 % i kantina t.o.m. sommaren, deretter ny vurd. Ev. AAP/uføre.', 'global-verdict', 'l1.u39.3')).toBe(false);
  });
  it('numbered days of a cycle or a course bound the verdict («Syklusdag 1-3 klarer hun ikke å være på jobb»)', () => {
    expect(has('Mestrer 3-4 undervisningstimer per dag. Syklusdag 1-3 klarer hun ikke å være på jobb i det hele tatt.', 'global-verdict', 'l1.u39.2')).toBe(
      false,
    );
    expect(has('Klarer ikke å være på jobb i det hele tatt.', 'global-verdict', 'l1.u39.2')).toBe(true);
  });
  it('what follows from a measured load is no verdict («to møter samme dag gjør at hun ikke får gjort annet arbeid»)', () => {
    expect(has('Ett møte per dag på inntil 1 time går greit; to møter samme dag gjør at hun ikke får gjort annet arbeid.', 'global-verdict', 'aev.helse')).toBe(
      false,
    );
    expect(has('Hun får ikke gjort annet arbeid.', 'global-verdict', 'aev.helse')).toBe(true);
  });
  it('set 87: «vurdering av uføre» is a process named as a plan, not a verdict', () => {
    expect(has('Forventer ikke økt arbeidsdeltakelse neste 3–6 mnd. Anbefaler AAP og vurdering av uføre.', 'global-verdict', 'l1.u39.3')).toBe(false);
    expect(has('Forventer ikke økt arbeidsdeltakelse neste 3–6 mnd. Han er ufør.', 'global-verdict', 'l1.u39.3')).toBe(true);
  });
  it('set 91: a body part ruled out for all work («kan ikke bruke hø hånd til noe arbeid») is the limit, not a verdict', () => {
    expect(has('Kan ikke bruke hø hånd til noe arbeid – han er høyrehendt.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Kan ikke gjøre noe arbeid nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Hun er ikke i stand til å gå på jobb nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
  });
  it('set 121: work in any grade ruled out is still a verdict («Klarer ikke gradert arbeid nå»)', () => {
    expect(has('Svimmel og kvalm HELE tiden. Klarer ikke gradert arbeid nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Greier ikkje gradert arbeid no.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Klarer ikke gradert arbeid over 4 timer per dag.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });
  it('set 123: graded work ruled out, bare («Ikkje aktuelt med gradering no», «Gradering ikke aktuelt»), is the conclusion', () => {
    expect(has('Alvorleg depressiv episode. Står på venteliste DPS. Ikkje aktuelt med gradering no.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('NYHA III, EF 25 %. Gradering ikke aktuelt.', 'global-verdict', 'l1.u7.2')).toBe(true);
    // Bounded, or following from the tasks said first, it says when or why.
    expect(has('Lagerjobben har ingen sittende oppgaver, så gradering er ikke mulig før ca uke 10.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Gradering ikke mulig før MR er gjort.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Ingen stillesittende oppgaver hos arbeidsgiver -> gradering ikke mulig nå.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });
  it('set 126: «arbeidsevnen er (varig) nedsatt» said predicatively is the verdict, unless the text says what the person can do', () => {
    expect(has('Nei. Arbeidsevnen er varig nedsatt. Pasienten bør søke uføretrygd.', 'global-verdict', 'l1.6.5.4')).toBe(true);
    expect(has('Nei. Arbeidsevnen er varig nedsatt, går maks 100 m før dyspné.', 'global-verdict', 'l1.6.5.4')).toBe(false);
    expect(has('Nei. Arbeidsevnen er nedsatt for tungt arbeid.', 'global-verdict', 'l1.6.5.4')).toBe(false);
  });
  it('set 130: an adaptation ruled out in the job («Hjemmekontor ikke mulig i hans jobb») is no verdict on the person', () => {
    expect(has('Går 280 m med 2 stopp. Hjemmekontor ikke mulig i hans jobb.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Går 280 m med 2 stopp. Kan ikke gjøre sin jobb.', 'global-verdict', 'l1.u7.2')).toBe(true);
  });
  it('set 173: graded work ruled out in a clause of its own («at hun ikke greier delvis arbeid enno»), and all of the former work ruled out without naming any of it', () => {
    expect(has('Kvalme og svimmelhet gjør at hun ikke greier delvis arbeid ennå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Kvalme og svimmelhet gjør at hun ikke greier delvis arbeid over 3 timer.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Han klarar ikkje noko av det han gjorde tidlegare.', 'global-verdict', 'l40.5.6.1')).toBe(true);
    expect(has('Hun makter ingenting av det hun jobbet med før.', 'global-verdict', 'l40.5.6.1')).toBe(true);
    expect(has('Han klarar det han gjorde tidlegare, i økter på 2 timar.', 'global-verdict', 'l40.5.6.1')).toBe(false);
  });
  it('set 174: graded sick leave or work named in full and ruled out, bare, is the verdict; after function said with measures it is their summary', () => {
    expect(has('Gradert sjukmelding ikkje aktuelt grunna nedsett allmenntilstand etter cellegift.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Det er ikke aktuelt med gradert arbeid nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    const t = 'Blir tungpustet etter ca 150 m gange. Kan ikke kjøre truck før kardiolog har vurdert.';
    expect(has(`${t} Gradert arbeid ikke mulig fordi lageret ikke har oppgaver uten truck.`, 'global-verdict', 'l1.u7.2')).toBe(false);
  });
  it('set 177: graded work ruled out as not expedient («ikke hensiktsmessig»), however spelt («graderet»), is the verdict', () => {
    expect(has('Gradert sykmelding er ikke hensiktsmessig nå pga sykdommens alvor.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Graderet arbeid ikkje tilrådeleg.', 'global-verdict', 'l1.u7.2')).toBe(true);
  });

  it('set 183: not ready for work is the verdict; what the workplace has to offer is not', () => {
    expect(has('Hun er ikke klar for arbeid ennå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Ikkje moden for gradert arbeid no.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Han er klar for arbeid fra mandag.', 'global-verdict', 'l1.u7.2')).toBe(false);
    const t = 'Svimmel ved hodebevegelser, kan ikke kjøre truck eller gå i stige.';
    expect(has(`${t} Butikken har ikke annet arbeid for ham, derfor ikke gradert nå.`, 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has(`${t} Han kan ikke ha annet arbeid.`, 'global-verdict', 'l1.u7.2')).toBe(true);
  });

  it('set 193: grading ruled out as not advisable («ikke forsvarlig med gradering») or after a try («… forsøkt, men ikke mulig»)', () => {
    expect(has('Hyppige anfall siste uke. Ikke forsvarlig med gradering nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Gradering forsøkt, men ikke mulig.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Gradering vurdert, men ikke mulig før etter operasjonen 12.03.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 198: a feeling about working («ikkje redd for å jobbe», «har ikke lyst til å jobbe») is no verdict on capacity', () => {
    expect(has('Går 45 min daglig. Han sier han ikke er redd for å jobbe, bare for å få nytt infarkt.', 'global-verdict', 'l40.5.1')).toBe(false);
    expect(has('Går 45 min daglig. Hun har ikke lyst til å jobbe i butikken igjen.', 'global-verdict', 'l40.5.1')).toBe(false);
    expect(has('Går 45 min daglig. Han er ikke i stand til å jobbe.', 'global-verdict', 'l40.5.1')).toBe(true);
  });

  it('set 200: grading ruled out after a dash that follows a task ruled out, or for the period named, is no bare verdict', () => {
    const t = 'Gipset venstre arm i 6 uker. Han er truckfører og kan ikke kjøre truck med en arm';
    expect(has(`${t} – gradering ikke mulig.`, 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Gipset venstre arm i 6 uker. Gradering ikke mulig i denne perioden.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Gipset venstre arm i 6 uker. Gradering ikke mulig.', 'global-verdict', 'l1.u7.2')).toBe(true);
  });

  it('set 201: graded work tried and failed («har hittil ikke latt seg gjennomføre», «har ikkje fungert») is the verdict, bare', () => {
    expect(has('Svimmel og hodepine etter hjernerystelse. Gradert arbeid har så langt ikke latt seg gjennomføre.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Vondt i nakken. Gradering har ikkje fungert.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Vondt i nakken. Gradering har fungert godt, 50 % fra mandag.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 204: pain too strong for work as such («for sterke til at han kan jobbe») is the verdict; for a task it is a limit', () => {
    expect(has('Smertene i nakken er for sterke til at hun kan jobbe nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Smertene i nakken er for sterke til at hun kan løfte barna.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 206: work of any kind ruled out («noen form for arbeid», «nokon slags arbeid») is the verdict', () => {
    expect(has('Hun vil etter min vurdering ikke kunne utføre noen form for arbeid i overskuelig framtid.', 'global-verdict', 'l40.5.6.2')).toBe(true);
    expect(has('Han klarer ikkje nokon slags arbeid no.', 'global-verdict', 'l40.5.6.2')).toBe(true);
    expect(has('Hun kan ikke utføre noen form for arbeid med armene over skulderhøyde.', 'global-verdict', 'l40.5.6.2')).toBe(false);
  });

  it('set 219: graded leave or going back ruled out bare is a verdict, unless function is said before it', () => {
    expect(has('Hun har ME, og det gjør at gradering ikke er mulig nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Gradert ikke mulig pga smerter.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Retur til tidligere jobb er ikke realistisk.', 'global-verdict', 'l1.u7.3')).toBe(true);
    expect(has('Går maks 50 m med krykker og kan ikke bære noe. Gradert ikke mulig pga smerter.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Retur til tidligere jobb er realistisk om 2 mnd, da med 50 % og uten løft over 15 kg.', 'global-verdict', 'l1.u7.3')).toBe(false);
  });

  it('set 221: full work ruled out is answered where the text measures how much work the person manages', () => {
    expect(has('Smerter gjør at hun ikke klarer full jobb. Mestrer kontorarbeid ca 5 timer per dag, 3 dager i uka.', 'global-verdict', 'l1.u17.2')).toBe(false);
    expect(has('Smerter gjør at hun ikke klarer full jobb. Mestrer kontorarbeid.', 'global-verdict', 'l1.u17.2')).toBe(true);
  });

  it('set 225: what the employer («Arb.giver») has to offer is no verdict on the person', () => {
    expect(has('Kan ikke kjøre gaffeltruck. Arb.giver har ikke annet arbeid nå.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Kan ikke kjøre gaffeltruck. Han kan ikke ha annet arbeid.', 'global-verdict', 'l1.u7.2')).toBe(true);
  });

  it('set 233: by how much the work capacity is reduced («nedsatt med minst 50 %») is the conclusion itself', () => {
    expect(has('Arbeidsevnen er nedsatt med minst 50 %.', 'global-verdict', 'l1.u39.2')).toBe(true);
    expect(has('Arbeidsevna er nedsett med meir enn 50 % no.', 'global-verdict', 'l1.u39.2')).toBe(true);
    expect(has('Arbeidsevnen er nedsatt med 50 %. Går 2 km, løfter 10 kg.', 'global-verdict', 'l1.u39.2')).toBe(false);
  });

  it('set 241: a place put first restricts the work; «slik situasjonen er nå» is «nå»', () => {
    expect(has('I bakeriet vil hun ikke kunne jobbe, heller ikke på sikt.', 'global-verdict', 'l1.u39.3')).toBe(false);
    expect(has('Som sveiser kan han ikke jobbe.', 'global-verdict', 'l1.u39.3')).toBe(false);
    // A state or a time put first restricts nothing.
    expect(has('I nåværende situasjon kan hun ikke jobbe.', 'global-verdict', 'l1.u39.3')).toBe(true);
    expect(has('I dag kan hun ikke jobbe.', 'global-verdict', 'l1.u39.3')).toBe(true);
    expect(has('Klarer ikke gradert arbeid slik situasjonen er nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Kan ikke jobbe slik han gjorde før.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 242: graded work with its noun left out («klarer ikkje gradert no») is the bare verdict too', () => {
    expect(has('Store smerter, klarer ikkje gradert no.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Klarer ikke gradert nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    // After function said with measures it is the writer's summary of them.
    expect(has('Går 2 km, løfter 10 kg. Klarer ikke gradert nå.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Klarer ikke gradert uten tilrettelegging av løft over 5 kg.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 244: a risk denied at ordinary work («ikkje smitte ved vanleg arbeid») is no verdict on the person', () => {
    expect(has('Viral last umåleleg på behandling, ikkje smitte ved vanleg arbeid.', 'global-verdict', 'l1.u7.3')).toBe(false);
    expect(has('Det er ingen risiko ved vanlig arbeid.', 'global-verdict', 'l1.u7.3')).toBe(false);
    expect(has('Kan ikke være i vanlig arbeid.', 'global-verdict', 'l1.u7.3')).toBe(true);
  });

  it('set 259: «orker ikke jobbe noe nå» is work as such ruled out, «noe» as «at all»', () => {
    expect(has('Aktiv RA, pga mye smerter og stivhet i hender og føtter orker ikke jobbe noe nå', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Kan ikke jobbe noe særlig med armene over hodet.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 261: when to try again is a follow-up, not a bound on graded work ruled out', () => {
    const retry = 'Angst og søvnvansker. Gradert arbeid ikke hensiktsmessig nå, prøver igjen om et par uker.';
    expect(has(retry, 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Angst og søvnvansker. Gradert arbeid ikke hensiktsmessig før om et par uker.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 262: a company named by its trade («Busselskapet har ikkje anna arbeid») offers no work — no verdict on the person', () => {
    const bus = 'Kan ikkje køyre buss. Busselskapet har ikkje anna arbeid (kontor/planlegging) han kan gjere delvis.';
    expect(has(bus, 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Kan ikkje køyre buss. Han kan ikkje gjere anna arbeid.', 'global-verdict', 'l1.u7.2')).toBe(true);
  });

  it('set 266: «ikkje arbeidsfør» after three or more measures of function is the writer’s conclusion from them', () => {
    const list =
      'Postcovid sidan hausten 2022.\n- klarar ca 1,5 t samanhengande skjermarbeid, må så kvile 30–45 min\n- går tur 20 min på flatt\n- i klasserom med 25 elevar held ho ut 15–20 min\n- totalt ca 3 t aktivitet per dag\nHo er ikkje arbeidsfør som lærar no.';
    expect(has(list, 'global-verdict', 'l40.5.1')).toBe(false);
    expect(has('Postcovid med fatigue og kognitive vanskar. Ho er ikkje arbeidsfør som lærar no.', 'global-verdict', 'l40.5.1')).toBe(true);
  });

  it('set 267: «varig ute av arbeidslivet» rules out work as such for good; the history «har vært ute av» does not', () => {
    const text = 'Ingenting. Varig ute av arbeidslivet pga alvorlig KOLS, bør vurderes for uføretrygd.';
    expect(has(text, 'global-verdict', 'l1.u39.2')).toBe(true);
    expect(has('Går 200 m på flatt. Permanent ute av arbeid etter min vurdering.', 'global-verdict', 'l1.u39.2')).toBe(true);
    expect(has('Går 200 m på flatt. Har vært ute av arbeidslivet i 3 år.', 'global-verdict', 'l1.u39.2')).toBe(false);
  });

  it('set 268: the conclusion put first, with function measured or ruled out twice right after it, is a heading for its reasons', () => {
    const text =
      'Mestrer ikke arbeid nå. Etter hjerneslaget kan han ikke bruke høyre hånd. Han går ca 100 m med stokk før han må hvile. Jobben som snekker krever begge hender hele dagen.';
    expect(has(text, 'global-verdict', 'l1.u39.2')).toBe(false);
    expect(has('Mestrer ikke arbeid nå. Etter hjerneslaget har han mye plager og er sliten.', 'global-verdict', 'l1.u39.2')).toBe(true);
  });

  it('set 274: «uføre bør vurderast» is the benefit to be assessed, no verdict on the person', () => {
    const t = 'Gangdistanse redusert frå ca 1 km til ca 100 m sidan juni.';
    expect(has(`${t} Han bør over på AAP og uføre bør vurderast.`, 'global-verdict', 'l1.u39.3')).toBe(false);
    expect(has(`${t} Han er ufør.`, 'global-verdict', 'l1.u39.3')).toBe(true);
  });

  it('set 278: other work ruled out bare with the work named first («Annet yrke neppe aktuelt») is the verdict', () => {
    expect(has('Annet arbeid er ikke aktuelt, han er 61 år.', 'global-verdict', 'l40.5.6.2')).toBe(true);
    // Bounded, or beside function said with measures, it is not.
    expect(has('Anna arbeid er ikkje realistisk før operasjonen.', 'global-verdict', 'l40.5.6.2')).toBe(false);
    expect(has('Løft maks 5 kg, går 200 m. Annet arbeid er ikke aktuelt.', 'global-verdict', 'l40.5.6.2')).toBe(false);
  });

  it('set 285: «varig nedsatt arbeidsevne bør vurderes» is what is still to be assessed, not the conclusion', () => {
    const t = 'Usikker prognose. Ny kontroll om 3 mnd.';
    expect(has(`${t} Uten bedring bør varig nedsatt arbeidsevne da vurderes.`, 'global-verdict', 'l1.u39.3')).toBe(false);
    expect(has(`${t} Han har varig nedsatt arbeidsevne.`, 'global-verdict', 'l1.u39.3')).toBe(true);
  });

  it('set 286: «klarar ikkje ha gradert arbeid» is work in any grade, with a light verb between', () => {
    expect(has('Klarar ikkje ha gradert arbeid no.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Klarer ikke være i gradert jobb.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Klarar ikkje ha nattvakter no.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 296: an adaptation ruled out with a copula between («Hjemmekontor er ikke mulig i hans stilling») is no verdict', () => {
    const sit = 'Tåler å sitte maks 20 min før han må reise seg.';
    expect(has(`${sit} Hjemmekontor er ikke mulig i hans stilling.`, 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has(`${sit} Tilrettelegging var ikke mulig på arbeidsplassen.`, 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has(`${sit} Arbeid er ikke mulig i hans stilling.`, 'global-verdict', 'l1.u7.2')).toBe(true);
  });

  it('set 307: a course of treatment bounds «ikkje aktuelt med arbeid» as an episode does', () => {
    const plan = '- cellegift kur 4 av 6, siste ca 20.12\n- deretter stråling 5 v\n';
    expect(has(`${plan}- under strålinga ikkje aktuelt med arbeid\n- ventar oppstart gradert (20-40 %) tidlegast mars`, 'global-verdict', 'l1.u17.3')).toBe(
      false,
    );
    expect(has(`${plan}- ikkje aktuelt med arbeid\n- ventar oppstart gradert (20-40 %) tidlegast mars`, 'global-verdict', 'l1.u17.3')).toBe(true);
  });

  it('set 318: «ikkje forsvarleg» as a clause of its own rules out the work the field asks about', () => {
    expect(has('Store plager, ikkje forsvarleg.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Sterke smerter. Ikke mulig nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Store plager, ikkje forsvarleg å køyre truck.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Ikke aktuelt. Plagene går over etter fødsel.', 'global-verdict', 'l40.5.6.2')).toBe(false);
  });

  it('set 323: «ikke aktuelt med gradert» rules graded leave out bare, its noun left out', () => {
    expect(has('Ikke aktuelt med gradert. Pas. 100 % sykmeldt under hele behandlingsperioden.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Ikkje aktuelt med gradert no.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Ikke aktuelt med gradert før tidligst uke 10.', 'global-verdict', 'l1.u7.2')).toBe(false);
    expect(has('Går 200 m før han må stoppe. Ikkje aktuelt med gradert no.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 327: «på noverande tidspunkt» after a verdict is «now», not a bound', () => {
    expect(has('Smerter og utmatting gjer at ho ikkje toler delvis arbeid på noverande tidspunkt.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Hun klarer ikke å jobbe på nåværende tidspunkt.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Hun klarer ikke å jobbe på lageret på nåværende tidspunkt.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 330: «Ikke klar for gradering», bare, is the verdict on graded work', () => {
    const dx = 'Hørselstap etter plutselig døvhet hø. øre. Tinnitus. ';
    expect(has(`${dx}Ikke klar for gradering.`, 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has(`${dx}Ikkje moden for gradering enno.`, 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has(`${dx}Ikke klar for gradering før MR er tatt.`, 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 335: «Ikke mulig pga hudsykdom» — a reason naming only the illness leaves the conclusion bare', () => {
    expect(has('Ikke mulig pga hudsykdom.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Ikkje mogleg grunna kreftbehandlinga.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Ikke mulig pga smerter ved løfting.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 340: «ikke i stand til gradert arbeid» is unable to work graded, in other words', () => {
    expect(has('Pga operasjonen er pas. ikke i stand til gradert arbeid nå.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Pga operasjonen er pas. ikke i stand til å løfte over 5 kg.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 366: not fit for graded, its noun left out, is the same verdict', () => {
    const t = 'Vondt i nakken og sover dårlig.';
    expect(has(`${t} Ikkje moden for gradert no.`, 'global-verdict', 'l1.u7.2')).toBe(true);
    // The person's own feeling is no verdict.
    expect(has(`${t} Kjenner seg ikkje klar for gradert.`, 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 367: too tired for work, in nynorsk «trøytt», is too ill for work as such', () => {
    expect(has('Søv dårleg. Han er for trøytt til å arbeide.', 'global-verdict', 'l1.u7.2')).toBe(true);
    expect(has('Søv dårleg. Han er for trøytt til å køyre lastebil lenger enn 2 timar.', 'global-verdict', 'l1.u7.2')).toBe(false);
  });

  it('set 380: «klarar ikkje vera på jobb», nynorsk with no «å», is the same conclusion as «klarer ikke å være på jobb»', () => {
    const f = 'l1.u7.2';
    expect(has('Angst og depresjon, klarar ikkje vera på jobb no.', 'global-verdict', f)).toBe(true);
    expect(has('Depresjon. Ho kan ikkje fungera i jobben no.', 'global-verdict', f)).toBe(true);
  });
});
