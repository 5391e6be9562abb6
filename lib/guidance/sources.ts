/**
 * Named references used by the guidance data. Kept in one place so a line range is checked once against the
 * seed file and every field cites it the same way. Seed numbers refer to /work/shared/seeds/<nnn>_*.txt
 * (physical line numbers of those files); laws are cited by paragraph only where they are the real basis.
 */
import type { Source } from './schema.ts';

const seed = (label: string, doc: string, from: number, to: number): Source => ({
  label,
  ref: `seed ${doc}, linje ${from}–${to}`,
});
const law = (label: string): Source => ({ label, ref: 'lovdata' });

export const S = {
  // 001 – Informasjonsutveksling mellom Nav og sykmelder (2025)
  legensAnsvar: seed('Legens ansvar for funksjonsvurderingen, vurdert mot arbeidsoppgaver og tilrettelegging', '001', 302, 328),
  syfoFunksjon: seed('Syfo-veiledere: hva pasienten kan, konkret påvirkning, konkrete eksempler', '001', 1512, 1522),
  ethvertYrke: seed('Syfo-veiledere: vurdering opp mot ethvert yrke, ikke bare nåværende jobb', '001', 1520, 1524),
  egenVurdering: seed('Syfo-veiledere: legens egne medisinske vurderinger, ikke generelle fakta', '001', 1522, 1524),
  gradBegrunnelse: seed('Syfo-veiledere: begrunnelse for sykmeldingsgraden, særlig ved 100 %', '001', 1526, 1532),
  planPrognose: seed('Syfo-veiledere: behandlingsplan, prognose, varighet og veien tilbake', '001', 1534, 1538),
  arbeidsgiver: seed('Syfo-veiledere: funksjonsnivå og prognose til arbeidsgiver', '001', 1538, 1546),
  aktivitetskrav8: seed('Legeerklæring ved åtte uker: medisinske grunner mot arbeidsrelatert aktivitet', '001', 1548, 1556),
  klartSprak: seed('Syfo-veiledere: klarere språk og mindre fagspråk', '001', 1556, 1558),
  symptomVsFunksjon: seed('Skill symptombeskrivelse fra hvordan symptomene påvirker funksjon', '001', 1559, 1567),
  spissBestilling: seed('Koordinerende rådgivende overlege: presise spørsmål, ellers «alt og ingenting»', '001', 1569, 1575),
  l1Blankett: seed('Sykmeldingsblanketten (L1/L4): formål, mottakere, aktivitetskravet, 7/17/39 uker', '001', 1937, 1961),
  l40Blankett: seed('Legeerklæring ved arbeidsuførhet (L40): formål og innhold', '001', 1963, 1977),
  rolledeling: seed('Legen uttaler seg om funksjon, Nav om arbeidsevne', '001', 2499, 2505),
  huskelisteLege: seed('Huskeliste til fastleger (Kristiansand)', '001', 3317, 3325),
  funksjonsskjema: seed('Nav oppfordrer til å bruke Norsk funksjonsskjema', '001', 3275, 3279),
  graderAvvent: seed('Kristiansand: forsøk gradert eller avventende sykmelding når det er mulig', '001', 3299, 3307),
  vanskeligInfo: seed('Be om dialogmøte ved formidling av vanskelig informasjon', '001', 3291, 3293),
  snarligDialog: seed('Avkryssing for snarlig dialog gir raskere svar fra Nav', '001', 1119, 1123),
  tidligDialog: seed('Leger har ofte forhold å drøfte før åtte uker', '001', 1821, 1830),
  tvilOgTiltak: seed('Ringerike: forslag til tiltak og spørsmål om råd i sykmeldingen', '001', 4024, 4034),
  jobbliste: seed('Jobblisten: tiltak pasienten selv mener gjør arbeid mulig', '001', 4042, 4054),
  graderingPerioder: seed('Flere perioder med gradering i samme sykmelding (opptrapping)', '001', 4618, 4626),
  icitGradert: seed('ICIT: gradert sykmelding foretrekkes, tilpasning på arbeidsplassen', '001', 4063, 4078),
  trivselMotivasjon: seed('Trivsel og motivasjon for å være i jobb mangler i blanketten', '001', 1927, 1935),
  arsakssammenheng: seed('Legen skal kartlegge årsakssammenhengene i problematikken', '001', 1242, 1249),
  dataminimering: seed('Rådgivende lege: del det som er nødvendig for saken (ftrl. § 21-4), dataminimering', '001', 1894, 1904),
  overskudd: seed('Overskuddsinformasjon: mer enn tillatt eller nødvendig', '001', 5434, 5441),
  arbeidsoppgaver: seed('Oppfølgingsplan med konkret informasjon om arbeidsoppgaver', '001', 4010, 4016),
  telefon: seed('Direkte telefonkontakt mellom lege og Nav-veileder ses som nyttig', '001', 4725, 4735),
  friskmeldingArbeidsformidling: seed('Friskmelding til arbeidsformidling foreslås der det ikke er aktuelt', '001', 2914, 2920),

  // 002 – NTNU Samfunnsforskning, oppfølging langs helseaksen (2024)
  aapVilkar: seed('AAP: minst 50 % nedsatt arbeidsevne som kan bedres; veileder gjør arbeidsevnevurderingen', '002', 688, 694),
  funksjonSjelden: seed('Under halvparten av sykmeldingene beskriver funksjon eller psykososiale forhold', '002', 3942, 3955),
  symptomtrykk: seed('Nyttig helseinformasjon: symptomtrykk og påvirkning på arbeidsfunksjon', '002', 4110, 4123),
  parallelt: seed('Rådgivende overlege: behandling og arbeidsrettet aktivitet parallelt', '002', 2098, 2113),
  arbeidsgiverTaushet: seed('Arbeidsgiver har ikke krav på diagnose eller medisinske opplysninger', '002', 2240, 2265),
  egneForventninger: seed('Egen vurdering av arbeidsevne og forventninger til retur predikerer retur', '002', 4096, 4109),
  kompleksitet: seed('Fastlege: ønsker å kunne si om saken er kompleks, og om prognosen', '002', 2745, 2768),
  dokumentasjonForsokt: seed('God dokumentasjon: hvilke vurderinger, hva som er forsøkt, hvorfor, utfall', '002', 4429, 4436),
  jobbskifte: seed('Jobbskiftere: karriereveiledning og utprøving av annet arbeid', '002', 2885, 2914),
  planB: seed('Arbeidsgiver: «Har man en plan B?» ved 26 uker', '002', 1756, 1773),
  sammensatt: seed('Sammensatte utfordringer og psykososiale forhold som påvirker retur', '002', 3960, 3976),
  forMangeOrd: seed('Beslutterteam: retur for «for mange ord»', '002', 1925, 1934),

  // 003 – Nicolaisen, «A'en i arbeidsevnevurderingen» (2015)
  kanIkkeLofte: seed('Vanligste formulering i funksjonsboksen: «bruker kan ikke løfte tungt»', '003', 415, 433),
  bareEgetYrke: seed('Legene beskriver ofte funksjon kun opp mot brukerens eget yrke', '003', 26, 33),
  ethvertYrkeAev: seed('AEV: arbeidsevnen vurdert opp mot «ethvert yrke»', '003', 36, 60),
  klippOgLim: seed('«Klipp og lim» av generelle yrkesbeskrivelser uten relevans for brukeren', '003', 357, 383),
  funksjonBro: seed('God funksjonsbeskrivelse binder diagnose og arbeidsevne sammen', '003', 387, 407),

  // 004 – SINTEF, klager og omgjøringer i Nav (2016)
  tynnLegeerklaering: seed('Nav Forvaltning: tynn legeerklæring, lite funksjonsvurdering og behandling', '004', 4504, 4517),
  trElementer: seed('Trygderetten: hva er dokumentert, hva er funn, hvor gamle er erklæringene', '004', 7540, 7550),
  ikkeKonkretArbeid: seed('Mangelfull AEV: ikke vurdert konkret hva slags arbeid som kunne vært aktuelt', '004', 8396, 8402),
  arsakskrav: seed('Kap. 12: direkte årsakssammenheng mellom helse og inntektsevne', '004', 8555, 8560),
  hovedarsak: seed('Sykdom som hovedårsak til nedsatt funksjon og inntektsevne', '004', 6804, 6810),
  behandlingTiltak125: seed('§ 12-5: hensiktsmessig behandling og arbeidsrettede tiltak; alder, utdanning, pendle/flytte', '004', 8515, 8526),
  realistiskBedring: seed('Trygderetten: behandling må gi realistiske muligheter for bedring', '004', 7316, 7323),
  nokProvd: seed('«Er arbeidsevnen godt nok utprøvd? Har man prøvd nok behandling?»', '004', 4462, 4466),
  lokaltArbeidsmarked: seed('Lokale arbeidsmarkeds- og tiltaksforhold avgjør hva som er tilstrekkelig forsøkt', '004', 3048, 3071),
  fjernSaksbehandler: seed('Saksbehandler i et annet fylke kjenner ikke det lokale arbeidsmarkedet', '004', 295, 306),
  innsatsbehov: seed('Nav-kontoret konkluderer om behov for tilpasset innsats', '004', 4426, 4430),
  navLoven14a: seed('Bistandsbehov, arbeidsevnevurdering og aktivitetsplan hjemlet i Nav-loven § 14 a', '004', 8445, 8454),
  aapHovedvilkar: seed('§ 11-5 som hovedinngangsvilkår, oppsummert i AEV og aktivitetsplan', '004', 4296, 4302),
  halvparten: seed('§ 11-5 og § 11-13: nedsatt med minst halvparten', '004', 8342, 8355),
  aapFormal: seed('Kap. 11: arbeidsevnen nedsatt så personen hindres i å beholde eller skaffe arbeid', '004', 8246, 8253),
  ferdigAvklart: seed('For tidlig «ferdig avklart» med svakt grunnlag', '004', 4412, 4417),
  begrunnelseStandard: seed('Rene standardtekster uten individuell vurdering', '004', 5223, 5229),
  rodTekst: seed('Begrunnelse uteblir der skjemaet ikke ber om den', '004', 5056, 5062),
  alminneligPerson: seed('Skriv så en alminnelig, oppegående person forstår', '004', 5096, 5101),
  helhetsinntrykk: seed('Helhetsinntrykket fra møtene må skrives ned; én telefon kan snu en sak', '004', 4492, 4503),
  rolMuntlig: seed('«Drøftet med rådgivende overlege» uten skriftlig uttalelse gir lite', '004', 6888, 6897),

  // Legal bases
  ftrl84: law('Folketrygdloven § 8-4 (arbeidsuførhet)'),
  ftrl87: law('Folketrygdloven § 8-7 (dokumentasjon av arbeidsuførhet)'),
  ftrl87a: law('Folketrygdloven § 8-7 a (Navs oppfølging av sykmeldte)'),
  ftrl88: law('Folketrygdloven § 8-8 (medvirkning; arbeidsrelatert aktivitet senest innen 8 uker)'),
  ftrl115: law('Folketrygdloven § 11-5 (nedsatt arbeidsevne)'),
  ftrl116: law('Folketrygdloven § 11-6 (behov for bistand til å skaffe seg eller beholde arbeid)'),
  ftrl1113: law('Folketrygdloven § 11-13 (nedsatt arbeidsevne med minst halvparten)'),
  ftrl125: law('Folketrygdloven § 12-5 (hensiktsmessig behandling og arbeidsrettede tiltak)'),
  ftrl214: law('Folketrygdloven § 21-4 (innhenting av opplysninger)'),
  navlov14a: law('Nav-loven § 14 a (vurdering av behov for bistand)'),
} as const satisfies Record<string, Source>;
