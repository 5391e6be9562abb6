import type { GuidanceEntry } from '../schema.ts';
import { S } from '../sources.ts';

/**
 * Guidance for the arbeidsevnevurdering, written to the Nav-veileder. Keyed by field id (without "aev.").
 * Every field of lib/forms/defs/aev.ts must have an entry (tested).
 */
export const aevGuidance: Record<string, GuidanceEntry> = {
  mal: {
    hint: 'Hva vil brukeren selv, og hvordan vurderer brukeren egen arbeidsevne og muligheten for å komme i jobb?',
    details:
      'Brukerens egne forventninger og mestringstro sier mye om hvor realistisk en retur er, og hvilken oppfølging som trengs. Gjengi brukerens mål og vurdering med brukerens egne ord der det passer, og skill det tydelig fra din egen vurdering.',
    good: 'Ønsker å jobbe med mennesker, helst i barnehage. Tror selv hun kan klare 50 % innen et år, men er usikker på om ryggen tåler å løfte barn.',
    poor: 'Bruker ønsker jobb.',
    sources: [S.egneForventninger, S.navlov14a],
  },
  helse: {
    hint: 'Oppsummer helse og funksjon fra legeopplysningene: hva brukeren kan og ikke kan, med kilde og dato.',
    details:
      'Arbeidsevnen skal vurderes ut fra helse og funksjon slik det er dokumentert. Skriv hva legeerklæringen (med dato) sier om funksjon – gjerne med mål – og hva brukeren selv forteller. Diagnosen alene er ikke nok. Mangler funksjonsbeskrivelse, be legen om den med spissede spørsmål heller enn hele journaler. Har du drøftet saken med rådgivende lege, skriv hva rådet var.',
    good: 'Legeerklæring 12.09.25: kan løfte inntil 5 kg, sitte 30 min om gangen, gå ca. 1 km. Konsentrasjon holder ca. 1 time. Bruker bekrefter dette.',
    poor: 'Bruker har ryggplager og depresjon.',
    sources: [S.tynnLegeerklaering, S.funksjonBro, S.trElementer, S.rolMuntlig, S.ftrl115],
  },
  sosialt: {
    hint: 'Livssituasjon og sosiale forhold som påvirker muligheten for arbeid. Skill dem fra helseforholdene.',
    details:
      'For mange er det en kombinasjon av forhold som gjør arbeid vanskelig. Beskriv det som har betydning for arbeid og oppfølging (bosituasjon, omsorgsansvar, økonomi, nettverk). For AAP og uføretrygd må det komme frem hva som skyldes helse og hva som skyldes sosiale forhold. Ta bare med det som er nødvendig.',
    good: 'Aleneforsørger for to barn (6 og 9 år), har ikke bil. Kan ikke ta arbeid før kl. 08 eller etter kl. 16.',
    poor: 'Vanskelig livssituasjon.',
    sources: [S.sammensatt, S.arsakskrav],
  },
  kompetanse: {
    hint: 'Utdanning, kurs, sertifikater og arbeidserfaring – med årstall og omfang. Hva kan brukeren ta med seg videre?',
    details:
      'Alder, evner, utdanning og yrkesbakgrunn avgjør hvilke tiltak og hvilket arbeid som er aktuelt. Skriv konkret: fagbrev, førerkort, språk, datakunnskaper, og hvilke oppgaver brukeren har hatt. Overførbar kompetanse er grunnlaget for å foreslå aktuelle yrker.',
    good: 'Fagbrev i helsearbeiderfaget (2012). 10 år som helsefagarbeider i hjemmetjenesten. Førerkort klasse B. Gode norskkunnskaper, grunnleggende data.',
    poor: 'Har jobbet i helse.',
    sources: [S.behandlingTiltak125, S.ftrl125],
  },
  yrker: {
    hint: 'Nevn minst 2–3 konkrete yrker og sammenlign kravene med brukerens funksjon – ikke generelle yrkesbeskrivelser.',
    details:
      'En vanlig svakhet er at AEV-en ikke vurderer konkret hva slags arbeid som kunne vært aktuelt. Nevn konkrete yrker (gjerne med STYRK-kode) og vurder for hvert yrke om kravene passer med brukerens dokumenterte begrensninger: hva passer, hva passer ikke, og hvorfor. Unngå innlimte, generelle yrkesbeskrivelser («klipp og lim») uten kobling til brukeren.',
    good: 'Resepsjonist (4226): stillesittende med mulighet for å gå, lite løft – passer funksjonen. Lagermedarbeider (4321): tunge løft – passer ikke. Kundesentermedarbeider (4222): passer hvis hun tåler telefon 4 t/dag.',
    poor: 'Bruker kan ha mange yrker. En resepsjonist tar imot besøkende, svarer på telefon og har ansvar for …',
    sources: [S.ikkeKonkretArbeid, S.klippOgLim, S.ethvertYrkeAev, S.ftrl115],
  },
  arbeidsmarked: {
    hint: 'Hvordan er arbeidsmarkedet der brukeren bor for de aktuelle yrkene? Ledige stillinger, avstand, pendling.',
    details:
      'Saksbehandleren som fatter vedtaket sitter ofte i et annet fylke og kjenner ikke det lokale arbeidsmarkedet. Beskriv konkret: etterspørsel i yrkene du har vurdert, typiske arbeidsgivere, reisevei og om pendling eller flytting er realistisk. Det avgjør også om tiltak som er prøvd har vært tilstrekkelige.',
    good: 'I kommunen er det jevnlig ledige stillinger som butikkmedarbeider og i renhold, få kontorstillinger. Nærmeste by med flere kontorjobber er 45 min unna med buss; bruker har ikke bil.',
    poor: 'Arbeidsmarkedet er godt.',
    sources: [S.fjernSaksbehandler, S.lokaltArbeidsmarked, S.behandlingTiltak125],
  },
  tiltak: {
    hint: 'Hvilke tiltak og hvilken behandling er prøvd – når, hvor lenge, og med hvilket resultat?',
    details:
      'Nav Forvaltning spør: er arbeidsevnen godt nok utprøvd, og er nok behandling prøvd? Skriv for hvert tiltak og hver behandling hva som ble gjort, hvorfor, når og hva utfallet ble. Det gjør at neste veileder og saksbehandler kan bygge videre, og hindrer at brukeren erklæres ferdig avklart på svakt grunnlag.',
    good: 'Arbeidsutprøving i butikk jan–apr 2025, 3 t/dag: klarte oppgavene, men fikk økte smerter ved stående arbeid. Fysioterapi 20 timer i 2024 uten varig bedring. Kognitiv terapi pågår.',
    poor: 'Har vært på tiltak.',
    sources: [S.nokProvd, S.dokumentasjonForsokt, S.ferdigAvklart, S.ftrl125],
  },
  vurdering: {
    hint: 'Knytt sammen helse → funksjon → arbeidsevne: hvordan påvirker begrensningene arbeid i de aktuelle yrkene? Begrunn.',
    details:
      'Vurderingen må vise sammenhengen mellom helse, funksjon og arbeidsevne, og skille helse fra sosiale forhold. Si om arbeidsevnen er nedsatt, hvor mye (for AAP: minst halvparten), og hvorfor – med henvisning til opplysningene over. Skriv ned helhetsinntrykket fra møtene; det som ikke står i teksten, ser ikke saksbehandleren. Unngå standardtekst uten individuell vurdering, og bruk klart språk.',
    good: 'På grunn av ryggsmertene tåler hun ikke løft over 5 kg eller stående arbeid over 1 time. Det utelukker tidligere arbeid som renholder, men ikke stillesittende arbeid som resepsjonist. Samlet vurderer jeg arbeidsevnen som nedsatt med ca. 50 %, fordi hun i dag bare klarer 4 timer lett arbeid per dag.',
    poor: 'Arbeidsevnen er nedsatt.',
    sources: [S.arsakskrav, S.halvparten, S.helhetsinntrykk, S.begrunnelseStandard, S.alminneligPerson, S.ftrl115, S.ftrl1113],
  },
  innsatsbehov: {
    hint: 'Konklusjon og innsatsbehov (standard, situasjonsbestemt, spesielt tilpasset, varig tilpasset) – begrunnet.',
    details:
      'Vurderingen av bistandsbehov er hjemlet i Nav-loven § 14 a og danner grunnlaget for AAP-saken. Konklusjonen må henge sammen med vurderingen over. Skriv hvilket innsatsbehov du konkluderer med og hvorfor, og hva som er neste steg i aktivitetsplanen. Ved «varig tilpasset innsats» eller «ferdig avklart»: vis at behandling og tiltak er tilstrekkelig prøvd.',
    good: 'Spesielt tilpasset innsats: arbeidsevnen er nedsatt med minst halvparten, men kan bedres med arbeidsutprøving i stillesittende arbeid og fortsatt behandling. Neste steg: arbeidsutprøving som resepsjonist fra januar.',
    poor: 'Behov for bistand.',
    sources: [S.navLoven14a, S.aapHovedvilkar, S.innsatsbehov, S.ferdigAvklart, S.navlov14a, S.ftrl116],
  },
  begrunnelse: {
    hint: 'Hele vurderingen i ett felt: mål, helse → funksjon (med mål) → arbeidsevne, konkrete yrker, arbeidsmarked, begrunnet konklusjon og innsatsbehov.',
    details:
      'I § 14 a-vedtaket skrives hele arbeidsevnevurderingen som én begrunnelse. Den leses av bruker, beslutter og eventuelt klageinstans, så alle ledd må stå der: brukerens mål og egen vurdering, hvordan helsen gir målte begrensninger, hva det betyr for konkrete yrker i det lokale arbeidsmarkedet, hva som er prøvd, og hvorfor du konkluderer som du gjør. Huskelisten leser delene fra teksten.',
    good: 'Mål: resepsjonist. Tåler ikke løft over 5 kg eller å stå over 30 min, men sitter 1 time. Renhold er derfor ikke aktuelt; resepsjonist og kundeservice er det, med ledige stillinger lokalt. Arbeidsevnen er nedsatt fordi hun klarer 4 timer lett arbeid per dag. Spesielt tilpasset innsats.',
    poor: 'Bruker har nedsatt arbeidsevne og trenger oppfølging fra Nav.',
    sources: [S.navLoven14a, S.ikkeKonkretArbeid, S.funksjonBro, S.begrunnelseStandard, S.rodTekst, S.navlov14a],
  },
};
