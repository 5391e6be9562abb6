import type { GuidanceEntry } from '../schema.ts';
import { S } from '../sources.ts';

/**
 * Guidance for the L1 sykmelding and its «utdypende opplysninger», written to the doctor. Keyed by field id
 * (without "l1."). Every field of lib/forms/defs/l1.ts must have an entry (tested).
 */
export const l1Guidance: Record<string, GuidanceEntry> = {
  '2.3': {
    hint: 'Konkret yrke/stilling i dette arbeidsforholdet, f.eks. «barnehageassistent, 60 %». Ikke bare «ansatt».',
    details:
      'Funksjon og arbeidsevne skal vurderes mot pasientens arbeidsoppgaver. En presis yrkestittel hjelper Nav og arbeidsgiver å se hva sykmeldingen gjelder, særlig når pasienten har flere arbeidsforhold.',
    good: 'Butikkmedarbeider (kasse og varepåfylling), 80 %',
    poor: 'Arbeider',
    sources: [S.legensAnsvar, S.arbeidsoppgaver],
  },
  '3.3.2': {
    hint: 'Beskriv kort hvilken lovfestet fraværsgrunn det gjelder og hvorfor den gir fravær – uten mer medisinsk detalj enn nødvendig.',
    details:
      'Sykmeldingen deles med arbeidsgiver. Oppgi det som er nødvendig for å forstå fraværet, og hold diagnoser og sensitive detaljer ute av det arbeidsgiver ser.',
    sources: [S.l1Blankett, S.arbeidsgiverTaushet, S.dataminimering],
  },
  '4.1': {
    hint: 'Hva kan arbeidsgiver tilrettelegge for at pasienten kan jobbe? Vær konkret: oppgaver, arbeidstid, hjelpemidler.',
    details:
      'Avventende sykmelding brukes når pasienten kan jobbe hvis arbeidsgiver tilrettelegger. Skriv konkrete forslag arbeidsgiver kan gjennomføre, gjerne fra pasientens egen jobbliste. Nav og samarbeidsgrupper oppfordrer til å bruke avventende eller gradert sykmelding når det er mulig.',
    good: 'Kan jobbe fullt om hun slipper tunge løft over 10 kg de neste 3 ukene og får sitte ved kassen deler av dagen.',
    poor: 'Må tilrettelegges.',
    sources: [S.graderAvvent, S.jobbliste, S.arbeidsgiver],
  },
  '4.3.1': {
    hint: 'Hvilke medisinske grunner hindrer arbeidsrelatert aktivitet nå? Begrunn særlig ved 100 %: hvorfor går ikke gradering?',
    details:
      'Ved åtte uker må sykmeldingen dokumentere medisinske grunner til at pasienten ikke kan være i arbeidsrelatert aktivitet. Nav savner begrunnelse for sykmeldingsgraden, særlig ved full sykmelding: hvorfor full sykmelding er nødvendig, hvorfor gradering ikke er mulig, og hvordan tilrettelegging er vurdert. Beskriv funksjon, ikke bare diagnose.',
    good: 'Akutt depresjon med søvnvansker og konsentrasjon under 15 min. Klarer ikke kundekontakt eller å følge en vaktplan nå. Gradering er vurdert, men ikke mulig de neste 2 ukene; ny vurdering 15.10.',
    poor: 'Syk.',
    sources: [S.aktivitetskrav8, S.gradBegrunnelse, S.l1Blankett, S.ftrl88],
  },
  '4.3.2': {
    hint: 'Hvilke forhold på arbeidsplassen hindrer aktivitet, og hva måtte endres for at pasienten kan jobbe?',
    details:
      'Noen leger kvier seg for å skrive at sykmeldingen har sammenheng med arbeidsplassen. Det er likevel nyttig for Nav og arbeidsgiver. Beskriv forholdene nøkternt og hva som kan gjøres, f.eks. andre oppgaver eller dialogmøte.',
    good: 'Arbeidet krever tunge løft som pasienten ikke tåler nå, og arbeidsgiver har ikke lettere oppgaver tilgjengelig. Dialogmøte ønskes for å se på andre oppgaver.',
    poor: 'Problemer på jobben.',
    sources: [S.gradBegrunnelse, S.legensAnsvar, S.tidligDialog],
  },
  '5.1': {
    hint: 'Hvilke hensyn må arbeidsgiver ta? Skriv funksjon og begrensninger konkret – ikke diagnose.',
    details:
      'Arbeidsgiver trenger å vite hva pasienten kan og ikke kan, og hvor lenge, for å kunne tilrettelegge. Arbeidsgiver har ikke krav på diagnose eller andre medisinske opplysninger. Gi funksjonsnivå og forventet varighet.',
    good: 'Bør ikke løfte over 5 kg eller stå mer enn 1 time av gangen de neste 4 ukene. Kan gjøre kontoroppgaver.',
    poor: 'Må skånes.',
    sources: [S.arbeidsgiver, S.arbeidsgiverTaushet],
  },
  '6.1.1': {
    hint: 'Er det sykdommen, utredningen eller behandlingen som hindrer mer aktivitet? Si hvilken, og hvordan det gir seg utslag.',
    details:
      'Nav spør for å vite om hindringen er medisinsk, og om den kan løses. Beskriv hvordan plagene påvirker funksjonen, ikke bare hvilke symptomer pasienten har. Kan behandling og arbeid kombineres, si det.',
    good: 'Behandlingen (strålebehandling 5 dager/uke) gir uttalt tretthet; orker 2–3 timer lett aktivitet per dag. Forventer økt aktivitet etter avsluttet behandling i uke 46.',
    poor: 'Ja.',
    sources: [S.symptomVsFunksjon, S.huskelisteLege, S.parallelt],
  },
  '6.1.2': {
    hint: 'Har behandlingen bedret arbeidsevnen? Si hva som er prøvd og hva det har gitt, gjerne med et mål.',
    details:
      'Nav bruker svaret til å vurdere om planen virker og om det trengs noe annet. Et konkret svar – «fra 2 til 4 timer arbeid per dag» – er mer nyttig enn «noe bedre».',
    good: 'Ja, noe. Etter 6 uker med fysioterapi klarer hun 4 timer arbeid per dag mot 2 timer tidligere.',
    poor: 'Litt.',
    sources: [S.planPrognose, S.realistiskBedring],
  },
  '6.1.3': {
    hint: 'Hva er videre plan for behandling, og når? Oppgi tiltak, hyppighet og tidspunkt.',
    details:
      'Syfo-veiledere etterlyser behandlingsplanen. Skriv hva som skal skje, når, og om det kan kombineres med delvis arbeid. Da kan Nav og arbeidsgiver planlegge opptrapping.',
    good: 'Fortsetter fysioterapi 2 ganger/uke i 6 uker. Kontroll hos meg om 4 uker for å vurdere økt gradering.',
    poor: 'Som før.',
    sources: [S.planPrognose, S.parallelt],
  },
  '6.1.4': {
    hint: 'Er det noe ved arbeidsforholdet som hindrer mer aktivitet? Beskriv hva, og hva som kan gjøres.',
    details:
      'Nav vil vite om tilrettelegging eller andre oppgaver kan gjøre det mulig å jobbe. Beskriv forholdene konkret og nøkternt, og foreslå gjerne dialogmøte.',
    good: 'Arbeidsgiver har ikke stillesittende oppgaver. Pasienten kan gjøre kontorarbeid 4 timer/dag om det finnes.',
    poor: 'Nei.',
    sources: [S.legensAnsvar, S.tidligDialog],
  },
  '6.1.5': {
    hint: 'Andre forhold som hindrer mer aktivitet, f.eks. omsorgsoppgaver eller livssituasjon? Del bare det som er nødvendig.',
    details:
      'For mange er det kombinasjonen av forhold som gjør det vanskelig å jobbe. Nav kan ha tiltak også for slike forhold, men del bare opplysninger som er nødvendige for saken.',
    sources: [S.sammensatt, S.dataminimering],
  },
  '6.2.1': {
    hint: 'Kort sykehistorie, symptomer og dine funn i dag. Skill funn fra det pasienten forteller.',
    details:
      'Kort og oppdatert: når det startet, hvordan det har gått, hva du finner nå. Nav trenger din medisinske vurdering, ikke generelle fakta om sykdommen eller hele epikriser.',
    good: 'Nakke-/skuldersmerter siden august. I dag: nedsatt rotasjon av nakken, palpasjonsømhet m. trapezius, normal nevrologi.',
    poor: 'Som tidligere beskrevet.',
    sources: [S.egenVurdering, S.trElementer, S.huskelisteLege],
  },
  '6.2.2': {
    hint: 'Hvordan påvirker sykdommen arbeidsevnen? Beskriv hva pasienten kan og ikke kan – med mål – i sitt arbeid.',
    details:
      'Dette er funksjonsbeskrivelsen Nav trenger. Knytt plagene til konkrete arbeidsoppgaver: hvor mye, hvor lenge, hvor ofte. Ta med hva pasienten fortsatt kan, og vurder om gradering eller tilrettelegging er mulig.',
    good: 'Klarer stillesittende arbeid ca. 4 timer/dag med pauser. Kan ikke løfte over 5 kg eller kjøre lastebil pga. nedsatt kraft i høyre arm.',
    poor: 'Redusert.',
    sources: [S.syfoFunksjon, S.huskelisteLege, S.symptomVsFunksjon, S.symptomtrykk, S.funksjonSjelden],
  },
  '6.2.3': {
    hint: 'Har behandlingen bedret arbeidsevnen? Si hva som er prøvd og hvilken effekt det har hatt.',
    details: 'Svaret viser om behandlingen virker og om noe bør endres. Oppgi behandlingen, varighet og effekt på funksjonen, gjerne målt.',
    good: 'Ja. 8 uker med samtaleterapi: sover bedre og holder konsentrasjonen ca. 1 time mot 15 min tidligere.',
    poor: 'Noe.',
    sources: [S.planPrognose, S.realistiskBedring],
  },
  '6.2.4': {
    hint: 'Pågående og planlagt henvisning, utredning og behandling – med tidspunkt.',
    details:
      'Nav bruker dette til å planlegge oppfølging og vurdere når arbeidsrettet aktivitet kan økes. Skriv hva som venter, når, og om pasienten kan jobbe delvis i mellomtiden.',
    good: 'Henvist ortoped, time 14.11. Fysioterapi 1 gang/uke. Kan arbeide 50 % mens hun venter.',
    poor: 'Venter på time.',
    sources: [S.planPrognose, S.parallelt],
  },
  '6.3.1': {
    hint: 'Aktivitetskravet: kort sykehistorie, symptomer og funn som forklarer hvorfor aktivitet ikke er mulig nå.',
    details:
      'Ved åtte uker skal Nav vurdere aktivitetskravet. Da må det fremgå hvilke medisinske grunner som hindrer arbeidsrelatert aktivitet. Skriv funn og vurdering – ikke bare diagnosen.',
    good: 'Operert for menisk 20.08. Fortsatt hevelse og nedsatt bøyning (90°). Kan ikke stå eller gå over 15 min.',
    poor: 'Kne.',
    sources: [S.aktivitetskrav8, S.ftrl88, S.l1Blankett],
  },
  '6.3.2': {
    hint: 'Hva er planlagt av utredning og behandling – og kan det kombineres med delvis arbeid? Svar ja/nei og begrunn.',
    details:
      'Nav ønsker parallelle løp: behandling og arbeidsrettet aktivitet samtidig gir ofte bedre resultat enn å vente. Oppgi plan og tidspunkt, og si konkret om og hvor mye pasienten kan jobbe i mellomtiden.',
    good: 'Opptrening hos fysioterapeut 2 ganger/uke i 8 uker. Kan kombineres med 40 % stillesittende arbeid.',
    poor: 'Behandles.',
    sources: [S.parallelt, S.aktivitetskrav8, S.graderingPerioder],
  },
  '6.4.1': {
    hint: 'Status ved 17 uker: kort sykehistorie, symptomer og funn i dag. Hva har endret seg siden sist?',
    details: 'Nav trenger en oppdatert status for å planlegge videre oppfølging. Fokuser på endringer og på hva som påvirker funksjonen nå.',
    good: 'Bedring siste 4 uker: går 2 km, sitter 45 min. Fortsatt smerter ved løft.',
    poor: 'Uendret.',
    sources: [S.l1Blankett, S.egenVurdering],
  },
  '6.4.2': {
    hint: 'Pågående og planlagt henvisning, utredning og behandling ved 17 uker, med tidspunkt.',
    details: 'Oppgi hva som pågår og hva som er planlagt, når, og hva du forventer av det. Si om det hindrer eller kan kombineres med arbeid.',
    good: 'Venter på MR 03.12. Fortsetter trening 2 ganger/uke; kan kombineres med 50 % arbeid.',
    poor: 'Utredes.',
    sources: [S.planPrognose, S.parallelt],
  },
  '6.4.3': {
    hint: 'Hva skal til for at pasienten kommer tilbake – i eget eller annet arbeid? Nevn behandling, tilrettelegging, tid.',
    details:
      'Syfo-veiledere etterlyser legens vurdering av hva som skal til for å komme tilbake i arbeid. Vurder både eget arbeid og annet arbeid dersom det ikke ser realistisk ut å komme tilbake til samme jobb. Plan B er verdt å tenke på tidlig.',
    good: 'Tilbake i eget arbeid med lettere oppgaver og gradvis opptrapping fra 40 % over 8 uker. Hvis ikke: annet arbeid uten tunge løft.',
    poor: 'Tid.',
    sources: [S.planPrognose, S.ethvertYrke, S.planB, S.jobbskifte],
  },
  '6.5.1': {
    hint: 'Status ved 39 uker: sykehistorie, symptomer og funn. Hvor står pasienten nå, og hva har endret seg?',
    details:
      'Ved 39 uker nærmer sykepengeperioden seg slutten, og Nav vurderer videre løp, f.eks. AAP. En kort, oppdatert status med funn gjør vurderingen tryggere.',
    sources: [S.l1Blankett, S.trElementer],
  },
  '6.5.2': {
    hint: 'Hvordan påvirker dette funksjons- og arbeidsevnen? Vær konkret: hva pasienten kan, hvor mye og hvor lenge.',
    details: 'Beskriv funksjonen med mål og eksempler fra dagliglivet og arbeid. Vurder også annet arbeid enn dagens jobb. Skill symptomer fra funksjon.',
    good: 'Kan utføre lett arbeid i 3–4 timer/dag med pauser. Tåler ikke løft over 5 kg eller langvarig stående arbeid.',
    poor: 'Nedsatt.',
    sources: [S.syfoFunksjon, S.ethvertYrke, S.symptomVsFunksjon],
  },
  '6.5.3': {
    hint: 'Pågående og planlagt henvisning, utredning og medisinsk behandling ved 39 uker – med tidspunkt.',
    details: 'Nav trenger å vite om mer behandling kan bedre arbeidsevnen, og når. Oppgi plan, tidspunkt og forventet effekt.',
    sources: [S.planPrognose, S.realistiskBedring],
  },
  '6.5.4': {
    hint: 'Kan arbeidsevnen bedres med behandling eller arbeidsrettet aktivitet? Hvordan, og innen hvilken tid?',
    details:
      'For AAP må arbeidsevnen kunne bedres gjennom behandling, tiltak eller oppfølging. Gi din vurdering av hva som kan gi bedring, og et tidsperspektiv (uker, måneder, år). Si også hvis du tror bedring er lite sannsynlig, og hvorfor.',
    good: 'Ja. Med fortsatt trening og arbeidsutprøving i lett arbeid forventer jeg 50 % arbeidsevne innen 6 måneder.',
    poor: 'Kanskje.',
    sources: [S.aapVilkar, S.ftrl115, S.planPrognose],
  },
  '6.6.1': {
    hint: 'Hva kan pasienten gjøre av eget arbeid nå eller snart? Nevn konkrete oppgaver og omfang.',
    details: 'Nav vil vite hva som fortsatt går. Nevn oppgaver pasienten kan gjøre, hvor mye (timer per dag, prosent) og fra når.',
    good: 'Kan gjøre kasse- og kontoroppgaver 4 timer/dag fra neste uke; ikke varemottak.',
    poor: 'Lite.',
    sources: [S.syfoFunksjon, S.gradBegrunnelse],
  },
  '6.6.2': {
    hint: 'Hvis ikke eget arbeid: hva slags annet arbeid kan pasienten gjøre? Gi eksempler på arbeidsoppgaver eller yrker.',
    details:
      'Nav vurderer arbeidsevnen mot annet arbeid enn dagens jobb. Beskriv hvilke typer oppgaver som passer funksjonen, og hva som må unngås. Konkrete eksempler gjør det mulig for Nav å vurdere aktuelle yrker.',
    good: 'Lett, variert arbeid med mulighet for å veksle mellom sitting og gange, f.eks. resepsjon eller kontor. Ikke tunge løft.',
    poor: 'Noe annet.',
    sources: [S.ethvertYrke, S.bareEgetYrke],
  },
  '6.6.3': {
    hint: 'Hvor stor betydning har sykdommen for den nedsatte arbeidsevnen, sammenlignet med andre forhold?',
    details: 'Nav må vite om sykdommen er hovedårsaken. Gi din vurdering og nevn kort andre forhold som spiller inn.',
    sources: [S.arsakssammenheng, S.hovedarsak, S.huskelisteLege],
  },
  'u7.1': {
    hint: 'Kort medisinsk oppsummering: hovedsymptomer, viktige funn og behandling så langt – det som forklarer funksjonen.',
    details:
      'Oppsummeringen gir Nav bakgrunnen for spørsmålene som følger. Hold den kort og relevant for arbeid; hele epikriser og detaljerte funn er overskuddsinformasjon. Hvordan tilstanden påvirker funksjonen hører hjemme i neste spørsmål.',
    good: 'Lumbago med utstråling til venstre bein siden august. Fysioterapi 2 ganger i uka, smertestillende ved behov. MR uten prolaps.',
    poor: 'Se journal.',
    sources: [S.l1Blankett, S.symptomVsFunksjon, S.overskudd],
  },
  'u7.2': {
    hint: 'Hvilke helsemessige begrensninger gjør gradert arbeid vanskelig? Si hvor mye: minutter, kg, timer, hvor ofte.',
    details:
      'Ved sju uker vil Nav vite hvorfor pasienten ikke kan jobbe gradert. Beskriv begrensningene konkret og målt (hvor lenge pasienten kan stå, sitte, konsentrere seg, løfte), og knytt dem til oppgavene i jobben. «Redusert utholdenhet» alene sier ikke hvor grensen går.',
    good: 'Tåler ikke å stå mer enn 15 min (kasse krever 3-timers økter). Konsentrasjon ca. 20 min før hodepine. Derfor ikke gradert nå; ny vurdering om 3 uker.',
    poor: 'Redusert funksjon, klarer ikke jobb.',
    sources: [S.gradBegrunnelse, S.syfoFunksjon, S.l1Blankett],
  },
  'u7.3': {
    hint: 'Hvilke medisinske hensyn bør arbeidsgiver ivareta når pasienten kommer tilbake? Konkret: oppgaver, mengder, tid.',
    details:
      'Skriv hensyn arbeidsgiver kan handle på: hva pasienten bør unngå og hvor mye hun tåler, uten diagnose eller medisinske detaljer. Ikke obligatorisk, men nyttig for en god tilbakeføring.',
    good: 'Ingen løft over 10 kg de første 4 ukene. Bør kunne sitte 10 min hver time. Kortere vakter (maks 6 t) i 2 uker.',
    poor: 'Må skånes.',
    sources: [S.arbeidsgiver, S.arbeidsgiverTaushet, S.jobbliste],
  },
  'u17.1': {
    hint: 'Kort oppdatering siden uke 7: hvordan har sykdommen og behandlingen utviklet seg?',
    details: 'Nav trenger utviklingen, ikke hele sykehistorien på nytt: hva er bedre eller verre, hvilken behandling er gitt og med hvilken effekt.',
    good: 'Smertene er redusert etter 8 uker fysioterapi; sover bedre. Ny MR i oktober uten forverring.',
    poor: 'Som før.',
    sources: [S.l1Blankett, S.planPrognose, S.overskudd],
  },
  'u17.2': {
    hint: 'Hvilke utfordringer gir helsen i arbeidet nå – og hva kan pasienten likevel mestre? Begge deler, med mål.',
    details:
      'Dette er oppfølgingens viktigste felt. Beskriv hvordan helsen begrenser arbeidet (hvor lenge, hvor mye, hvor ofte) og hva pasienten mestrer av oppgaver og arbeidstid. Restfunksjonen avgjør hvilke oppgaver og hvilken gradering som er mulig.',
    good: 'Klarer ikke å stå i kassen mer enn 1 time. Mestrer varepåfylling uten tunge løft (maks 8 kg) og kontorarbeid 4 timer/dag med pauser.',
    poor: 'Sliter fortsatt, redusert kapasitet.',
    sources: [S.syfoFunksjon, S.legensAnsvar, S.l1Blankett],
  },
  'u17.3': {
    hint: 'Hvilken utredning og behandling pågår eller er planlagt – og ventes den å gi mer arbeid? Når?',
    details: 'Gi plan og tidspunkt (henvisning, ventetid, behandlingsfrekvens) og din vurdering av om og når behandlingen ventes å øke arbeidsdeltakelsen.',
    good: 'Henvist DPS, første time 12.11. Samtaler hver 2. uke. Forventer økning fra 40 til 60 % innen 2 måneder.',
    poor: 'Behandling pågår.',
    sources: [S.planPrognose, S.parallelt, S.l1Blankett],
  },
  'u17.4': {
    hint: 'Er noe fortsatt uavklart, eller hindrer noe mer arbeid? Si hva, og hva som skal til.',
    details: 'Uavklarte forhold (utredning, arbeidsplass, sosiale forhold) hjelper Nav å planlegge oppfølgingen. Skriv «Nei» hvis ingenting er uavklart.',
    sources: [S.sammensatt, S.tidligDialog],
  },
  'u39.1': {
    hint: 'Kort oppdatering på sykdomsutviklingen og tilstanden nå.',
    details: 'Hva er endret siden sist, og hvordan er tilstanden i dag? Kort og relevant for arbeid.',
    good: 'Stabil siden juni. Fortsatt smerter ved belastning; sover 6–7 timer.',
    poor: 'Se tidligere.',
    sources: [S.l1Blankett, S.overskudd],
  },
  'u39.2': {
    hint: 'Hva kan pasienten realistisk mestre av arbeid nå (oppgaver, timer), og hvilke helseforhold begrenser det – hvor mye?',
    details:
      'Ved 39 uker vurderer Nav videre ytelser og tiltak. Beskriv hva pasienten realistisk kan gjøre (oppgaver, timer per dag, dager per uke) og hvilke helseforhold som setter grensen, med mål.',
    good: 'Kan mestre lett kontorarbeid 3 timer/dag, 4 dager/uke. Begrenses av konsentrasjon ca. 30 min om gangen og hodepine etter skjermarbeid over 1 time.',
    poor: 'Lite. Kroniske smerter.',
    sources: [S.syfoFunksjon, S.aapVilkar, S.l1Blankett],
  },
  'u39.3': {
    hint: 'Hvordan ventes helsen å utvikle seg de neste 3–6 månedene, og hva betyr det for arbeid? Gi et tidsanslag.',
    details:
      'Nav trenger en prognose med tid: bedring, stabil eller forverring, og når mer arbeid kan være realistisk. Også «usikkert, ny vurdering om 8 uker» er et svar; «bedring forventes» alene er ikke det.',
    good: 'Forventer gradvis bedring; 50 % innen 3 måneder og 80 % innen 6 måneder dersom rehabiliteringen går som planlagt.',
    poor: 'Bedring forventes.',
    sources: [S.planPrognose, S.kompleksitet, S.realistiskBedring],
  },
  'u39.4': {
    hint: 'Medisinske hensyn eller avklaringer Nav bør kjenne til i oppfølgingen?',
    details: 'F.eks. planlagt operasjon, behov for arbeidsutprøving, eller hensyn ved tiltak. Skriv «Nei» hvis ingen.',
    sources: [S.sammensatt, S.tvilOgTiltak],
  },
  '7.1': {
    hint: 'Hva bør arbeidsgiver tilrettelegge? Konkrete hensyn: oppgaver, arbeidstid, pauser, hjelpemidler.',
    details:
      'Tilrettelegging kombinert med gradert sykmelding hjelper mange tilbake i arbeid. Beskriv konkrete hensyn arbeidsgiver kan ta, gjerne fra pasientens egen jobbliste, uten å nevne diagnose.',
    good: 'Kortere vakter (4 timer), slippe nattevakt, mulighet for pause hver time, ingen løft over 10 kg.',
    poor: 'Tilrettelegging.',
    sources: [S.icitGradert, S.jobbliste, S.arbeidsgiver],
  },
  '7.2': {
    hint: 'Er det tiltak Nav bør vurdere? Foreslå gjerne konkret, f.eks. arbeidsutprøving, hjelpemidler eller kurs.',
    details:
      'Leger som kjenner Navs tiltak foreslår dem oftere, og det gjør oppfølgingen raskere. Skriv hva du tror kan hjelpe og hvorfor. Friskmelding til arbeidsformidling passer bare når pasienten ikke skal tilbake til arbeidsgiveren.',
    sources: [S.tvilOgTiltak, S.friskmeldingArbeidsformidling],
  },
  '7.3': {
    hint: 'Andre innspill til Nav – f.eks. tvil du har, eller forhold Nav bør kjenne til. Spør gjerne om råd.',
    details: 'Fastleger som skriver inn tvil og ber Nav om råd får ofte en bedre dialog. Hold det kort og saklig.',
    sources: [S.tvilOgTiltak],
  },
  '8.1': {
    hint: 'Ønsker du bistand fra Nav nå? Si konkret hva du trenger og hvorfor – da kan Nav svare raskere.',
    details:
      'Mange leger har forhold de vil drøfte før åtte uker. Skriv hva du ønsker (dialogmøte, råd, tiltak) og hvorfor det haster. Ved vanskelig informasjon: be om dialogmøte.',
    good: 'Ønsker tidlig dialogmøte: pasienten vil trolig ikke kunne gå tilbake til nåværende stilling.',
    poor: 'Ja.',
    sources: [S.tidligDialog, S.snarligDialog, S.vanskeligInfo, S.ftrl87a],
  },
  '9.1': {
    hint: 'Til arbeidsgiver: funksjonsnivå, hensyn og forventet varighet – aldri diagnose eller andre medisinske detaljer.',
    details:
      'Nav savner mer informasjon til arbeidsgiver om funksjonsnivå og prognose, så arbeidsgiver vet hva de kan forvente og hvordan de kan tilrettelegge. Arbeidsgiver har ikke krav på diagnose eller medisinske opplysninger. Skriv hva pasienten kan gjøre og hvor lenge du tror det varer.',
    good: 'Kan gjøre lette oppgaver 4 timer/dag. Forventer gradvis opptrapping over 4–6 uker.',
    poor: 'Pasienten har prolaps og tar smertestillende.',
    sources: [S.arbeidsgiver, S.arbeidsgiverTaushet],
  },
  '11.2': {
    hint: 'Begrunn hvorfor pasienten ikke kunne ivareta egne interesser tidligere, slik at tilbakedatering er rimelig.',
    details:
      'Ved tilbakedatering må Nav forstå hvorfor pasienten ikke tok kontakt før. Beskriv kort og konkret hva som hindret pasienten, uten mer medisinsk detalj enn nødvendig.',
    sources: [S.ftrl87, S.dataminimering],
  },
};
