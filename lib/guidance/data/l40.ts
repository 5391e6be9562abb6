import type { GuidanceEntry } from '../schema.ts';
import { S } from '../sources.ts';

/**
 * Guidance for the L40 legeerklæring, written to the doctor. Keyed by field id (without the "l40." prefix);
 * labels come from the form definition. Every field of lib/forms/defs/l40.ts must have an entry (tested).
 */
export const l40Guidance: Record<string, GuidanceEntry> = {
  '1.1': {
    hint: 'Fullt navn slik det står i folkeregisteret. Dobbeltsjekk mot journalen.',
    details:
      'Erklæringen går bare til Nav, med kopi til pasienten. Navnet må stemme med fødselsnummeret, ellers kan erklæringen bli liggende eller havne i feil sak.',
    sources: [S.l40Blankett],
  },
  '1.2': {
    hint: '11 siffer. Kontroller mot journal eller legitimasjon – en feil her sender erklæringen til feil person.',
    details:
      'Fødselsnummeret er nøkkelen Nav bruker for å koble erklæringen til riktig sak. Skriv det uten mellomrom eller med ett mellomrom etter de seks første sifrene. Ved D-nummer: bruk D-nummeret.',
    good: '010190 12345',
    poor: '01.01.90',
    sources: [S.l40Blankett],
  },
  '1.3': {
    hint: 'Et nummer Nav kan nå pasienten på, hvis de trenger å avklare noe direkte med pasienten.',
    details:
      'Nav følger opp pasienten selv. Et riktig telefonnummer gjør at spørsmål om aktivitet og tiltak kan tas med pasienten uten at du må være mellomledd.',
    sources: [S.l40Blankett],
  },
  '1.4': {
    hint: 'Navnet på fastlegen, også når det er du. Nav bruker det til å vite hvem som følger pasienten over tid.',
    details:
      'Fastlegen er den Nav vanligvis går i dialog med om sykefraværet. Er erklæringen skrevet av en annen lege, hjelper det Nav å vite hvem de skal kontakte for oppfølging og dialogmøter.',
    sources: [S.l40Blankett, S.tidligDialog],
  },
  '1.5': {
    hint: 'Skriv konkret yrke og stilling, f.eks. «renholder, 80 % stilling» – ikke bare «ansatt» eller «arbeider».',
    details:
      'Yrket er utgangspunktet når Nav vurderer om funksjonen din beskriver passer med kravene i arbeidet. En presis yrkestittel (gjerne med stillingsprosent) gjør at Nav kan slå opp typiske krav og sammenligne. Beskriv kravene i punkt 5.3.',
    good: 'Hjelpepleier i hjemmetjenesten, 75 % stilling',
    poor: 'Ansatt i kommunen',
    sources: [S.l40Blankett, S.arbeidsoppgaver],
  },
  '1.6': {
    hint: 'Arbeidsgiverens navn slik det står i arbeidsavtalen. Står pasienten uten arbeid, skriv det.',
    details:
      'Nav bruker arbeidsgiveropplysningene til å følge opp tilrettelegging og dialogmøter. Er pasienten uten arbeidsgiver, får Nav vite at vurderingen må gjøres mot annet arbeid enn en nåværende jobb.',
    sources: [S.l40Blankett, S.legensAnsvar],
  },
  '1.7': {
    hint: 'Arbeidsstedets adresse. Oppgi den adressen pasienten faktisk jobber på hvis den er en annen.',
    details: 'Adressen hjelper Nav å identifisere riktig virksomhet og avdeling når tilrettelegging skal følges opp med arbeidsgiver.',
    sources: [S.l40Blankett],
  },
  '2.1': {
    hint: 'Hoveddiagnose med kode (ICPC-2 eller ICD-10). Diagnosen alene sier lite – funksjonen beskriver du i punkt 5.',
    details:
      'Nav trenger diagnosen som medisinsk grunnlag, men vedtaket avgjøres av hvordan sykdommen påvirker funksjonen. Velg den diagnosen som best forklarer den nedsatte funksjonen, ikke bare den siste du kodet.',
    good: 'L86 Ryggsyndrom med utstråling',
    poor: 'Sykdom',
    sources: [S.l40Blankett, S.tynnLegeerklaering],
  },
  '2.2': {
    hint: 'Bidiagnoser som påvirker funksjonen eller behandlingen. Utelat det som ikke har betydning for arbeidsevnen.',
    details:
      'Ta med tilstander som forklarer noe av funksjonsnedsettelsen eller gjør behandlingen vanskeligere. Opplysninger uten betydning for saken er overskuddsinformasjon – del bare det som er nødvendig.',
    sources: [S.dataminimering, S.ftrl214],
  },
  '2.4': {
    hint: 'Dato for når pasienten ble helt arbeidsufør (dd.mm.åååå).',
    details:
      'Datoen viser når arbeidsuførheten startet og er utgangspunktet for Navs frister og oppfølging. Er pasienten delvis i arbeid, forklar det i punkt 5.',
    sources: [S.ftrl84, S.l40Blankett],
  },
  '2.5': {
    hint: 'Kort sykehistorie: når det startet, forløp, hva som er prøvd av behandling og med hvilken effekt.',
    details:
      'Nav Forvaltning og Trygderetten ser etter hva som er gjennomgått av behandling og hva det har gitt. Skriv forløpet kort og i klart språk, med tidspunkter. Ikke lim inn hele epikriser; oppsummer det som er relevant for funksjonen og ta med dato og kilde for spesialisterklæringer du bygger på.',
    good: 'Korsryggsmerter siden mars 2025. Fysioterapi 12 timer, noe bedring. MR 05.06.25: prolaps L5/S1. Vurdert av ortoped 20.08.25, ikke operasjonsindikasjon.',
    poor: 'Se vedlagte epikriser.',
    sources: [S.tynnLegeerklaering, S.trElementer, S.huskelisteLege],
  },
  '2.6': {
    hint: 'Dato for undersøkelsen og dine funn. Skill objektive funn fra det pasienten forteller.',
    details:
      'Trygderetten spør hva som er dokumentert og hva som er funn. Oppgi dato, relevante kliniske funn og resultater av prøver eller tester. Når objektive funn er få, si det, og beskriv hva vurderingen bygger på.',
    good: '12.09.25: Nedsatt fleksjon i lumbalcolumna, fingre–gulv 40 cm. Lasègue positiv 50° høyre. Normal kraft.',
    poor: 'Vondt i ryggen.',
    sources: [S.trElementer, S.legensAnsvar],
  },
  '3.3': {
    hint: 'Hvilke undersøkelser er planlagt, og når? Oppgi tidspunkt eller ventetid.',
    details:
      'Nav planlegger oppfølging og tiltak etter når svar fra utredningen kan ventes. Skriv hva som skal utredes, hvor og når. Vurder om arbeidsrettet aktivitet kan skje parallelt med utredningen – ventetid trenger ikke bety passivitet.',
    good: 'Henvist revmatolog 02.09.25, forventet time innen 8 uker. Blodprøver tas om 4 uker.',
    poor: 'Videre utredning.',
    sources: [S.planPrognose, S.parallelt],
  },
  '3.4': {
    hint: 'Planlagt behandling med tidspunkt og varighet, f.eks. «fysioterapi 2 ganger i uka i 12 uker».',
    details:
      'Syfo-veiledere savner ofte behandlingsplanen. Beskriv hva som skal gjøres, hvor ofte, hvor lenge og hva du forventer at det gir. Forskning støtter at behandling og arbeidsrettet aktivitet går parallelt – si om behandlingen lar seg kombinere med delvis arbeid.',
    good: 'Kognitiv terapi hos psykolog ukentlig i 12 uker fra oktober. Sertralin 50 mg, effekt vurderes om 6 uker. Behandlingen kan kombineres med 50 % arbeid.',
    poor: 'Fortsetter behandling.',
    sources: [S.planPrognose, S.aktivitetskrav8, S.parallelt],
  },
  '3.5': {
    hint: 'Hva ble resultatet av forrige plan? Si hva som virket, hva som ikke gjorde det, og hva som endres.',
    details:
      'For AAP og uføretrygd er det avgjørende om hensiktsmessig behandling er prøvd og om den gir realistisk bedring. Beskriv effekten av tidligere utredning og behandling, og hvorfor planen eventuelt endres.',
    good: 'Fysioterapi i 10 uker ga bedre gangdistanse (fra 200 m til 1 km), men fortsatt smerter ved sitting over 30 min. Går over til gruppetrening.',
    poor: 'Uendret.',
    sources: [S.realistiskBedring, S.nokProvd, S.ftrl125],
  },
  '3.6': {
    hint: 'Når gir det mening at Nav spør igjen? Knytt det til noe konkret, f.eks. svar på utredning eller avsluttet behandling.',
    details:
      'Nav bør be om nye opplysninger når noe nytt er å melde. Oppgi et tidspunkt eller en hendelse. Da slipper du unødvendige forespørsler, og Nav kan planlegge oppfølgingen.',
    good: 'Etter poliklinisk time hos revmatolog, ca. desember 2025.',
    poor: 'Ved behov.',
    sources: [S.spissBestilling, S.planPrognose],
  },
  '3.7': {
    hint: 'Hvis mer behandling ikke er aktuelt: begrunn hvorfor, og si hva det betyr for funksjonen fremover.',
    details:
      'Ved uføretrygd er det et vilkår at hensiktsmessig behandling er gjennomført, og Trygderetten krever realistiske muligheter for bedring for at behandling skal regnes som hensiktsmessig. Skriv hva som er prøvd, hvorfor videre behandling ikke forventes å bedre funksjonen, og på hvilket grunnlag.',
    good: 'Har gjennomført tverrfaglig rehabilitering (2024) og to medikamentforsøk uten effekt. Ortoped 03/25: ingen kirurgisk behandling å tilby. Forventer ikke bedring av funksjonen ved mer behandling.',
    poor: 'Ferdigbehandlet.',
    sources: [S.ftrl125, S.realistiskBedring, S.behandlingTiltak125],
  },
  '4.2': {
    hint: 'Foreslå gjerne konkrete tiltak: tilrettelegging, arbeidsutprøving, kurs – og hvorfor de passer.',
    details:
      'Nav ser at leger som kjenner tiltakene foreslår dem selv, og at det gjør oppfølgingen raskere. Skriv hvilke tiltak du mener er realistiske ut fra funksjonen, og om pasienten selv har ideer (jobbliste). Er du i tvil, skriv det og be om råd.',
    good: 'Foreslår arbeidsutprøving i lett lagerarbeid 3 timer/dag med gradvis opptrapping. Pasienten ønsker selv å prøve kontorarbeid.',
    poor: 'Nav vurderer.',
    sources: [S.tvilOgTiltak, S.jobbliste],
  },
  '4.3': {
    hint: 'Hvis tiltak passer: hvilke begrensninger må tas hensyn til? Hvis ikke: hvorfor ikke, medisinsk?',
    details:
      'Beskriv begrensninger konkret (hva, hvor mye, hvor lenge), så tiltaket kan tilpasses. Mener du at tiltak ikke er aktuelt nå, begrunn det medisinsk og si når det kan bli aktuelt. Mener du at Navs tiltak er uhensiktsmessige eller skadelige for pasienten, be om dialogmøte.',
    good: 'Tåler ikke løft over 5 kg eller arbeid over skulderhøyde. Bør ha mulighet for pause hver time. Tiltak med kundekontakt frarådes de neste 3 månedene pga. angst.',
    poor: 'Ikke aktuelt.',
    sources: [S.huskelisteLege, S.vanskeligInfo, S.syfoFunksjon],
  },
  '5.1': {
    hint: 'Hvordan gir sykdommen seg utslag i hverdagen og mot arbeid? Hva kan pasienten – hvor mye, hvor lenge, hvor ofte?',
    details:
      'Nav trenger din vurdering av om og hvordan sykdommen forklarer den nedsatte funksjonen. Beskriv konkret hva pasienten klarer og ikke klarer, med mål (kg, minutter, meter, timer per dag) og eksempler fra dagliglivet og arbeid. Skill symptomer fra funksjon: «smerter» er et symptom, «kan sitte 30 min før pause» er funksjon. Den vanligste formuleringen, «kan ikke løfte tungt», gir Nav for lite å bygge på. Gi din egen medisinske vurdering, ikke generell kunnskap om diagnosen. Norsk funksjonsskjema, fylt ut sammen med pasienten, kan være et nyttig utgangspunkt.',
    good: 'Kan løfte inntil 5 kg fra bordhøyde, ikke fra gulv. Sitter 30 min før hun må reise seg, går ca. 1 km. Konsentrasjon holder ca. 1 time; trenger pauser. Klarer lett husarbeid.',
    poor: 'Kan ikke løfte tungt. Mye smerter.',
    sources: [S.huskelisteLege, S.syfoFunksjon, S.symptomVsFunksjon, S.kanIkkeLofte, S.funksjonBro, S.funksjonsskjema],
  },
  '5.2': {
    hint: 'Beskriv kort arbeidssituasjonen hvis ingen av avkryssingene passer, f.eks. «student» eller «selvstendig næringsdrivende».',
    details:
      'Nav trenger å vite hva pasienten vurderes opp mot. Er pasienten uten arbeid, skal funksjonen vurderes mot annet aktuelt arbeid, ikke bare den siste jobben.',
    good: 'Selvstendig næringsdrivende frisør, jobber alene',
    poor: 'Annet',
    sources: [S.l40Blankett, S.ethvertYrke],
  },
  '5.3': {
    hint: 'Hva gjør pasienten på jobb, og hva krever det? F.eks. løft, stående arbeid, skift, kundekontakt, tempo.',
    details:
      'Nav sammenligner funksjonen med kravene i arbeidet. Beskriv typiske oppgaver og de kravene som betyr noe for denne pasienten: fysiske (løft, stå, gå, arbeidsstillinger), psykiske (tempo, ansvar, konflikter), arbeidstid og skift. Bruk gjerne det pasienten forteller om arbeidsplassen.',
    good: 'Renholder på sykehus, 100 %. Går og står hele dagen, løfter bøtter og sekker opp til 15 kg, mye arbeid med armene over skulderhøyde. Dag- og kveldsvakter.',
    poor: 'Fysisk arbeid.',
    sources: [S.legensAnsvar, S.arbeidsoppgaver, S.bareEgetYrke],
  },
  '5.6.1': {
    hint: 'Hvilke konkrete oppgaver i jobben kan pasienten ikke gjøre nå – og hvilke kan pasienten fortsatt gjøre?',
    details:
      'Knytt begrensningene til oppgavene du beskrev i 5.3. Skriv hva pasienten ikke kan, hvor grensen går (vekt, tid, frekvens), og hva som fortsatt går. Det gir Nav og arbeidsgiver grunnlag for tilrettelegging og gradering.',
    good: 'Kan ikke bære sekker over 5 kg eller jobbe med armene over skulderhøyde. Kan gjøre lett renhold (tørke støv, rydde) inntil 4 timer/dag med pauser.',
    poor: 'Kan ikke jobbe.',
    sources: [S.l40Blankett, S.syfoFunksjon, S.legensAnsvar],
  },
  '5.6.2': {
    hint: 'Hvilke hensyn gjelder for annet arbeid? Tenk bredere enn dagens jobb: hva slags arbeid kan passe, og hva må unngås?',
    details:
      'Nav skal vurdere arbeidsevnen opp mot ethvert yrke, ikke bare nåværende jobb, men legene beskriver ofte bare dagens yrke. Beskriv hvilke typer arbeid eller arbeidsforhold pasienten kan fungere i, og hvilke belastninger som må unngås. Konkrete eksempler hjelper, f.eks. stillesittende arbeid med mulighet for å variere stilling.',
    good: 'Kan fungere i lett, variert arbeid, f.eks. kontor- eller resepsjonsarbeid, med mulighet for å veksle mellom å sitte og stå. Bør unngå tunge løft over 5 kg og nattarbeid.',
    poor: 'Ingen.',
    sources: [S.ethvertYrke, S.bareEgetYrke, S.ethvertYrkeAev],
  },
  '6.2': {
    hint: 'Anslå hvor lenge sykdommen varer, f.eks. «3–6 måneder» eller «varig». Usikkert? Si hva det avhenger av.',
    details:
      'Nav planlegger oppfølging og ytelser etter forventet varighet. Et anslag med forbehold er mer nyttig enn «ukjent». Skriv gjerne hva som avgjør prognosen, f.eks. svar på utredning eller effekt av behandling.',
    good: 'Ca. 6 måneder, avhengig av effekt av behandlingen',
    poor: 'Ukjent',
    sources: [S.planPrognose, S.kompleksitet],
  },
  '6.3': {
    hint: 'Hvor lenge vil funksjonen være nedsatt? Dette kan være kortere eller lengre enn selve sykdommen.',
    details:
      'Funksjonsnedsettelsen kan bedres før sykdommen er borte, eller vare etter at den er behandlet. Gi et anslag i uker, måneder eller år, eller «varig», og si hva som kan endre det.',
    good: 'Gradvis bedring over 3–4 måneder',
    poor: 'Vet ikke',
    sources: [S.planPrognose, S.l40Blankett],
  },
  '6.4': {
    hint: 'Hvor lenge vil arbeidsevnen være nedsatt? Gi et anslag, gjerne med en plan for gradvis opptrapping.',
    details:
      'Anslaget påvirker hvilke tiltak og ytelser Nav vurderer. Skriv for eksempel «50 % i 2 måneder, deretter opptrapping» eller «varig». Nav vurderer selve arbeidsevnen, men ditt anslag er et viktig grunnlag.',
    good: 'Delvis nedsatt i ca. 3 måneder; forventer full arbeidsevne innen sommeren 2026',
    poor: 'Usikker',
    sources: [S.planPrognose, S.rolledeling],
  },
  '7.1': {
    hint: 'Hvor mye av den nedsatte arbeidsevnen skyldes sykdommen, og hvor mye andre forhold? Begrunn vurderingen.',
    details:
      'Sykdom må være hovedårsaken til nedsatt funksjon for AAP og uføretrygd, og Nav må skille helse fra sosiale forhold. Gi din vurdering av sammenhengen, og nevn andre forhold (arbeidsmiljø, livssituasjon) som spiller inn – kort og uten å bryte taushetsplikten unødig.',
    good: 'Smertene og den nedsatte bevegeligheten forklarer det meste av funksjonsnedsettelsen. Konflikt på arbeidsplassen bidrar, men er ikke hovedårsaken.',
    poor: 'Stor betydning.',
    sources: [S.huskelisteLege, S.arsakssammenheng, S.arsakskrav, S.hovedarsak],
  },
  '8.1': {
    hint: 'Andre opplysninger som er nødvendige for saken – f.eks. motivasjon, mestringstro eller egne ønsker. Ikke lim inn journalen.',
    details:
      'Skjemaet spør ikke om trivsel og motivasjon for arbeid, men det kan være viktig. Skriv det som har betydning for arbeidsevnen og oppfølgingen, og unngå overskuddsinformasjon som hele epikriser. Er du i tvil om noe, skriv det og be Nav om dialog.',
    good: 'Pasienten er motivert for å komme tilbake og ønsker å prøve gradert arbeid. Ønsker dialogmøte med arbeidsgiver.',
    poor: 'Se journal.',
    sources: [S.trivselMotivasjon, S.overskudd, S.dataminimering, S.ftrl214],
  },
  '10.1': {
    hint: 'Pasienten får kopi av erklæringen. Skriv her bare hvis noe av medisinske grunner ikke bør gjøres kjent for pasienten.',
    details:
      'L40 går til Nav med pasienten i kopi. Hvis noe bør holdes tilbake av medisinske grunner, si hva og hvorfor. Ved vanskelig informasjon kan det være bedre å be om dialogmøte.',
    good: 'Nei, ingenting trenger å holdes tilbake.',
    sources: [S.l40Blankett, S.vanskeligInfo],
  },
  '11.1': {
    hint: 'Datoen du signerer. Nav og Trygderetten ser på hvor gammel erklæringen er.',
    details:
      'Alder på erklæringer brukes når Nav og Trygderetten vurderer hva de kan bygge på. Oppgi dato for signering, og dato for undersøkelse i punkt 2.6.',
    sources: [S.trElementer],
  },
  '11.4': {
    hint: 'Et direktenummer Nav kan ringe for korte avklaringer.',
    details:
      'Både leger og veiledere mener direkte telefonkontakt gjør samarbeidet enklere. En kort telefon kan avklare et spørsmål som ellers hadde blitt en ny skriftlig forespørsel.',
    sources: [S.telefon],
  },
};
