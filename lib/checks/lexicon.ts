/**
 * Word classes for the analysis, bokmål and nynorsk side by side. The lexicon names classes of words — function
 * areas, activities, capacities, limiting words, units — never vague phrases: the analysis finds a vague
 * statement by its structure (a limiting word governing a function), so wordings nobody listed are found too.
 *
 * Lookup, per folded token, memoised:
 * 1. closed-class words (negation, modal verbs, degree words …) by exact folded form;
 * 2. open-class words by stem (stem.ts), so every inflection of an entry matches: «redusert», «reduserte»,
 *    «reduseres»; «utholdenhet», «utholdenheten»; «vanskar», «vanskane»;
 * 3. entries ending in «*» by prefix of the folded form (minimum 3 letters);
 * 4. compounds by their head: «belastningstoleranse», «arbeidskapasitet», «konsentrasjonsvansker»,
 *    «gangdistanse» take the class of their last part, and the area of their first part.
 */
import { FUNCTION_AREAS, type FunctionArea } from './areas.ts';
import { foldLetters } from './fold.ts';
import { stem } from './stem.ts';

const AREAS = FUNCTION_AREAS;

/** Main flags (bits 0..8 are the function areas, in FUNCTION_AREAS order). */
export const F = {
  ACT: 1 << 9, // a concrete activity, posture or task: løfte, stå, kjøre bil, kundekontakt, skjermarbeid
  FN: 1 << 10, // an abstract function or capacity: kapasitet, utholdenhet, konsentrasjon, funksjon, energi
  LOADA: 1 << 11, // an abstract load to tolerate: stress, press, belastning, krav, tempo
  LOADC: 1 << 12, // a concrete exposure: kulde, støv, vibrasjon, nattarbeid, høyder
  CAPV: 1 << 13, // capacity verb: kan, klarer, orker, tåler, mestrer
  NEG: 1 << 14,
  LIMADJ: 1 << 15, // limiting degree word: redusert, nedsatt, begrenset, svekket, dårlig, lav
  DIFN: 1 << 16, // difficulty noun: vansker, problemer, utfordringer, begrensninger
  DIFV: 1 << 17, // difficulty verb: sliter, strever, plages, mister
  DIFP: 1 << 18, // difficulty predicate: vanskelig, krevende, umulig, belastende
  STATE: 1 << 19, // a state that limits: sliten, trøtt, utmattet, overveldet, tungpustet
  VQ: 1 << 20, // vague amount: tungt, lenge, langt, mye, lite, noe, kort, over tid
  WORK: 1 << 21,
  VERDICT: 1 << 22,
  SYMPT: 1 << 23,
  DUR: 1 << 24,
  THRESH: 1 << 25,
  POSW: 1 << 26,
  AUX: 1 << 27,
  JARGON: 1 << 30,
} as const;

/** Secondary flags. */
export const G = {
  HIST: 1 << 0,
  FAST: 1 << 1, // fort, raskt, lett (før en tilstand: «blir fort sliten»)
  COUNTN: 1 << 2, // countable units of a task or of people: personer, elever, oppgaver, kolli
  REFW: 1 << 3,
  SLEEP: 1 << 4,
  HEAVY: 1 << 5,
  LONG: 1 << 6,
  MUCH: 1 << 7,
  LITTLE: 1 << 8,
  SHORT: 1 << 9,
  INTENS: 1 << 10, // betydelig, sterkt, svært, markert: a degree, never a measure
  TASKN: 1 << 11, // objects of concrete work: pasienter, varer, barn, kasse, samlebånd
  PER: 1 << 12, // per, pr, hver, kvar, i (timen)
  REST: 1 << 13, // hvile, pause, restitusjon: needs that limit («må hvile ofte»)
  NEED: 1 << 14, // trenger, treng, må, behøver
  GENERIC: 1 << 15, // funksjon, funksjonsevne, funksjonsnivå: function without an area
  HEALTH: 1 << 16,
  DEMAND: 1 << 17, // krever, krav, belastende (what a job asks)
  ABSTRACT: 1 << 18, // an activity that is a capacity rather than a task: konsentrere, planlegge, fungere
  LIGHT: 1 << 19, // lett, enkel: «lett arbeid», «enkle oppgaver» say what kind, not how much
  VERDICTW: 1 << 20, // jobbe, arbeide, arbeid, jobb as the object of a verdict
  CONSIDER: 1 << 21, // hensyn, omsyn, tilrettelegging, forsiktighet: advice that says nothing until it is specific
  KINDADJ: 1 << 22, // repeterende, statisk, ensformig: a kind of work, an amount only when allowed
} as const;

// A plain object, not a Map: a property read with the area as a constant costs next to nothing.
const AREA_BITS = Object.fromEntries(AREAS.map((a, i) => [a, 1 << i])) as Record<FunctionArea, number>;
/** The area's bit in a statement's flags (looked up: it is asked for on nearly every word). */
export function areaBit(a: FunctionArea): number {
  return AREA_BITS[a];
}
export const AREA_MASK = (1 << AREAS.length) - 1;

const A = (...as: FunctionArea[]) => as.reduce((s, a) => s | areaBit(a), 0);

type Entry = [main: number, aux: number, words: string];

// Open-class words (looked up by stem) and «*» prefixes. Nouns that head compounds are listed in HEADS too.
const OPEN: Entry[] = [
  // lift
  [A('lift') | F.ACT, 0, 'løfte løft lyfte lyft bære bærer bæring trekke trekker skyve skyver dytte trille triller handleposer byrder byrde tak* lass bæretur'],
  [A('lift'), G.TASKN, 'vekt vekter kasser kasse* kolli paller pall sekker sekk søppelsekker gjenstander'],
  // mobility
  [
    A('mobility') | F.ACT,
    0,
    'går gikk gjekk gått gåing gange gangen gåtur gåturer tur turer spasere spasertur stå står sto stod stått stående ståande ståing stilleståande stillestående trapp trapper trappegang trappetrinn etasje etasjer knele knestående huke huk bøye bøyer bøying bøyd foroverbøyd foroverbøygd foroverbøyde foroverbøygde foroverlent foroverlente vri vrir vridning klatre klatring stige stiger sykle sykling løpe løping jogge bevege beveger bevegelse bevegelser forflytte forflytning forflytning* gangavstand gåavstand gangdistanse gangdistansen gangtid terreng utmark snu',
  ],
  [A('mobility') | F.FN, 0, 'balanse bevegelighet mobilitet gangfunksjon gangevne koordinasjon gangevne ganglengde grovmotorikk'],
  [A('mobility'), G.TASKN, 'bein beina beinet ben benet knær kne hofte hofter rygg ryggen nakke nakken føtter fot foten'],
  // sit
  [A('sit') | F.ACT, 0, 'sitte sitter sitting sitje sitjing sit sittende sitjande stillesitting stillesittende stillesitjande'],
  // hands / arms
  [
    A('hands') | F.ACT,
    0,
    'gripe griper grip grep grepet gripearbeid finmotorikk tastatur taste tasting datamus holde holder halde held hold kneppe åpne skru skrue skrutrekker håndverktøy verktøy skrive skriving pc pc-arbeid håndskrift handskrift håndskriften handskrifta',
  ],
  [A('hands') | F.FN, 0, 'grepsstyrke grepskraft kraft styrke muskelkraft muskelstyrke finmotorikken armkraft'],
  [
    A('hands'),
    G.TASKN,
    'hånd hånda hånden hender hendene hand handa hendar hendene arm armer armen armene armane fingre fingrene finger fingrar handledd skulder skulderen skuldre skuldrene albue albuen skulderhøyde skulderhøgd hodehøyde hovudhøgd',
  ],
  // senses
  [
    A('senses') | F.ACT,
    0,
    'høre hører oppfatte oppfatter oppfattar oppfatta oppfattet lytte lytter snakke snakker prate tale kjøre kjører kjøring bilkjøring køyre køyrer køyring kjøretur kjøreturer skjermarbeid skjerm skjermtid skjermbruk stemmebruk stemmebruken telefonere samband sambandet intercom høyttaler høyttalere høgtalar høgtalarar callingsystem',
  ],
  [A('senses') | F.FN, 0, 'syn synet hørsel høyrsel tale talen stemme'],

  // cognitive
  [
    A('cognitive') | F.ACT,
    0,
    'konsentrere konsentrerer fokusere fokuserer fokusert fokuserte lese leser lesing huske husker glemme glemmer gløyme planlegge planlegging planlegg* forberede forbereder forberedelse forberedelser førebu førebur førebuing strukturere følge multitask* problemløs* igangsetting igangsetjing tenke tenker regne rekne lesing teori*',
  ],
  [
    A('cognitive') | F.FN,
    0,
    'konsentrasjon konsentrasjonsevne hukommelse hukomelse minne minnet oppmerksomhet merksemd fokus oversikt oversikten struktur tempo arbeidstempo initiativ prosessering prosesseringshastighet kognisjon kognitiv kognitivt kognitive eksekutiv eksekutive mental mentalt konsentrasjonen hukommelsen merksemda arbeidsminne korttidsminne hukommelsesfunksjon læringsevne orienteringsevne beslutningsevne problemløsning planleggingsevne arbeidsminnet mental kapasitet tankeevne tenkeevne oppfatning oppfattelse språk språket',
  ],
  // stress
  [
    A('stress') | F.LOADA,
    0,
    'stress stresset stressen press presset tidspress arbeidspress arbeidsmengde arbeidsmengden arbeidsmengda arbeidsmengd belastning belastninger belasting krav kravene forventninger frister tidsfrister uro konflikt konflikter konfliktar kritikk endringer endringar omstilling uforutsigbarhet uforutsette uforutsigbare',
  ],
  [A('stress') | F.ACT, 0, 'håndtere handtere'],
  [
    A('stress') | F.FN,
    0,
    'stresstoleranse stresstolerant stresstolerante psyke psykisk psykiske psykososial tålmodighet tålmodigheten tålmod tolmod tolmodet frustrasjonstoleranse',
  ],
  // social
  [
    A('social') | F.ACT,
    0,
    'samarbeid samarbeide samarbeider samhandling samhandle samtale samtaler kundekontakt kundebehandling publikumskontakt pasientkontakt brukerkontakt brukarkontakt elevkontakt foreldrekontakt kontakt undervise underviser undervisning kommunikasjon kommunisere presentasjon presentasjoner telefon telefonen telefonar telefoner telefonsamtale telefonsamtalar ringe ringer ringje',
  ],
  [
    A('social'),
    G.COUNTN,
    'kunde kunder kundar kundane gjest gjester gjestar gjestene gjestane publikum mennesker menneske menneske* folk personer person elever elevar elev klasse klassen gruppe grupper gruppa team teamet deltakere deltakarar ukjente folkemengde folkemengder forsamling forsamlinger forsamlingar auditorium auditorier auditoriet auditoria',
  ],
  [
    A('social') | F.FN,
    0,
    'sosial sosialt sosiale relasjoner relasjonar fungering samspill samspillet samspel samspelet samhandling samhandlinga samhandlingen',
  ],
  // endurance
  [
    A('endurance') | F.FN,
    0,
    'utholdenhet uthald uthaldet energi energinivå overskudd overskot krefter kondisjon kondis kondisen form dagsform arbeidskapasitet kapasitet kapasiteten reservekapasitet restitusjon restitusjonstid utholdende yteevne orka pågangsmot tiltakskraft initiativ drivkraft arbeidskraft yteevne ytelse dagsformen aktivitetsnivå aktivitetsnivået funksjonsnivå allmenntilstand allmenntilstanden almenntilstand allmenntilstanda',
  ],
  [
    A('endurance') | F.ACT,
    0,
    'oppegående oppegåande husarbeid gjøremål aktivitet aktiviteter aktiv arbeidsdag arbeidsdagen arbeidsdagar halvdag halvdagen halvdager halvdagar halvdagene halvdagane arbeidstid økt økter økta økten øktene øktene øktane arbeidsøkt arbeidsøkter arbeidsøkta arbeidsøkten arbeidsøktene arbeidsøktar arbeidsøktane',
  ],
  // Household and service tasks are concrete activities too («vaskar skular», «klarer å støvsuge 10 min»).
  [
    F.ACT,
    0,
    'vaske vasker vaskar vaska vasket vasking rengjøre rengjør rengjøring reingjere reingjer støvsuge støvsuger støvsugar støvsuging rydde rydder ryddar rydding moppe mopper moppar mopping matlaging servere serverer serverar servering oppvask gulvvask golvvask gulvvasken golvvasken storvask storvasken grovvask grovvasken',
  ],
  // A trade's handwork named as a task («klipp med saks over ca 30 min», «hårvask og farging», «sveising over hodet»).
  [A('hands') | F.ACT, 0, 'klippe klipping klipp hårklipp hårklipping hårvask hårvasking farging blekning sveising sveisearbeid'],
  // Visits to the toilet («hyppige toalettbesøk», «toalettbesøk 6–8 ganger daglig»): what the day at work must make room
  // for, as often as it is said (going there and emptying a stoma bag: see analyze).
  [F.ACT, 0, 'toalettbesøk toalettbesøka toalettbesøkene toalettbesøkane dobesøk'],
  // Operating a machine or a counter («betjener sag og truck», «betjene kassa»).
  [F.ACT, 0, 'betjene betjener betjenar betjente betjening betjeninga betjeningen'],
  [F.WORK, 0, 'kontrollør kontrollørar inspektør inspektørar vaskeri vaskeriet housekeeping stuepike linlager linlageret'],
  // Hosts as titles («frokostvert», «måltidsvert»); not «-vert» at large, which ends «motivert».
  [F.WORK, 0, 'frokostvert matvert måltidsvert kinovert hotellvert postvert butikkvert bussvert resepsjonsvert vertskap vertinne'],
  // A quarry is a workplace, not a fracture («steinbrudd», «larvikittbrudd»).
  [
    F.WORK,
    0,
    'steinhugger steinhoggar steinhuggar steinbrudd steinbruddet larvikittbrudd larvikittbruddet skiferbrudd skiferbruddet kalkbrudd kalkbruddet pukkverk pukkverket',
  ],
  [A('endurance'), G.REST, 'hvile hviler kvile kviler pause pauser pausar pausen hvilepause'],
  // generic function / capacity words (no area of their own)
  [
    F.FN,
    G.GENERIC,
    'fysisk fysiske funksjon funksjonen funksjonsevne funksjonsnivå funksjonsnivået fungering evne evner ressurser toleranse tåleevne belastbarhet belastbar belastbare robust robuste belastningsevne belastningstoleranse belastningsgrense funksjonsførhet mestring mestringsevne',
  ],
  // concrete exposures
  [
    F.LOADC,
    0,
    'kulde kaldt varme støv støy lyd lys sterkt_lys sollys dagslys utendørs utandørs utearbeid utendørsarbeid vibrasjon vibrasjoner nattarbeid nattevakt nattevakter natt skift skiftarbeid nattskift nattskiftet nattskifta turnus kveldsvakt kveldsvakter kveldsarbeid alene aleine åleine høyde høyder høgd høgda høgde høgder stillas tronge rom væte fukt røyk lukt kjemikalier allergener pollen uvær uver regnvær snøvær',
  ],
  // work
  [
    F.WORK,
    0,
    'lærer lærar lærere lærarar sykepleier sjukepleiar snekker snekkar tømrer elektriker frisør kokk postbud vaktmester vaktmeister sjåfør bonde fisker fiskar renholder reinhaldar sekretær selger seljar konsulent assistent hjelpepleier helsefagarbeider helsefagarbeidar butikkmedarbeider kassamedarbeider lagermedarbeider servitør bussjåfør lastebilsjåfør arbeid* jobb* yrke* stilling* oppgave* oppgåve* arbeidsoppgave* arbeidsplass* arbeidsgiver* arbeidsgjevar* vakt* kontor* lager* skranke* kasse* kassa* sentralbord* maskin* elev* undervis* barnehage* byggeplass* samlebånd* montering* produksjon* renhold* reinhald* hjemmebesøk* heimebesøk* kundeservice sveiser sveisar mekaniker mekanikar montør operatør verft* oppdrett* røkter røktar skift skiftet skifta yrkesaktiv* sykmeld* sjukmeld* nattarbeid* skiftarbeid* bransje* kantine* resepsjon* plukk* saksbehandl* ansatt* tiltak* butikk* fjøs* gard* verksted* pasient* bebo* bebuar*',
  ],
  [
    0,
    G.TASKN,
    'motorsag motorsaga motorsagen førerkort førarkort sertifikat truckførerbevis pasienter pasientane pasientene beboere bebuarar brukere barn born barna borna kolli paller kasse kassa samlebånd truck gulv gulvet golv golvet hyller hylla stillas stige bil bilen buss bussen lastebil traktor båt fjøs dyr kyr',
  ],
  // limitations
  [
    F.LIMADJ,
    0,
    'redusert reduserte nedsatt nedsette nedsett begrenset begrensa avgrenset avgrensa begrens avgrens reduser minimer svekket svekka svekkede dårlig dårligere dårleg dårlegare svak svakt svake minimal mangelfull ustabil ustabilt varierende varierande variabel variabelt variable uforutsigbar påvirket påverka preget prega sårbar sårbare sårbarhet sårbarheit innskrenket hemmet hemma innskrenka svakere svakare skjør skjøre ustabile ujevn ujamn ujevnt ujamt ujamne ujevne nedsettelse nedsetjing redusering sviktende sviktande',
  ],
  [
    F.DIFN,
    0,
    'vansker vanske vanskar problem problemer problema utfordring utfordringer utfordringar begrensning begrensninger avgrensing avgrensingar besvær funksjonsnedsettelse funksjonsnedsetting funksjonssvikt svikt utfall symptomforverring funksjonstap tap vanskene utfordringane utfordringene problema problemene problema vanskane besværet',
  ],
  [F.DIFV, 0, 'sliter slit strever strevar mister mistar misser glipper kjemper kjempar snubler snublar strever strevde sleit slet kjemper'],
  [
    F.DIFP,
    0,
    'vanskelig vanskeleg umulig umogleg problematisk slitsomt slitsom belastende belastande utfordrende tungvint vanskeligere vanskelegare tungt_å slitsamt utfordrende utfordrande krevende_for problemfylt',
  ],
  [
    F.STATE,
    0,
    'sliten slitne utsliten trøtt trøytt trøtthet trøyttleik trøttleik slitenhet utmattet utmatta utkjørt overveldet overvelda overstimulert overstimulerte overstimulerast overstimuleres stresset stressa tungpustet tungpusta andpusten kvalm anspent engstelig irritabel uoversiktlig utslitt utslitne utkjørte slitne trøytte matt kraftløs kraftlaus andpusta ustø skjelven trett trette uopplagt uopplagd energiløs energilaus',
  ],
  // States that name their function: «ukonsentrert» is about concentration.
  [
    A('cognitive') | F.STATE,
    0,
    'ukonsentrert ukonsentrerte ufokusert ufokuserte glemsk glemske gløymsk gløymske glemsom distré forvirret forvirra forvirrede desorientert',
  ],
  // «kjenner seg klossete i finarbeid»: the hands' precision, a degree that asks how much.
  [A('hands') | F.STATE, 0, 'klossete klosset klossat klumsete klumset klønete kløna keitete'],
  // other
  [
    F.VERDICT,
    0,
    'arbeidsufør arbeidsuføre arbeidsuførhet arbeidsuførheit arbeidsudyktig arbeidsfør arbeidsdyktig ufør uføre arbeidsevne arbeidsevna arbeidsevnen restarbeidsevne inntektsevne',
  ],
  [
    F.DUR,
    0,
    'varigheit kronisk* permanent* midlertidig* mellombels forbigående prognose* forvent* ventes ventet ventar venta opptrapp* friskmeld* fremover framover fremtid* framtid* livsvarig vedvarende vedvarande',
  ],
  [
    F.SYMPT,
    G.HEALTH,
    'skade skader skadar skaden skadene skadane funn funnet følelse følelsen følsomhet kjensle sensibilitet smert* vondt vond verk verking hovudverk hodepine depresj* depressiv* angst* panikk* plage* diagnos* sykdom* sjukdom* kvalme slapp* svimmel* nedstemt* migrene artrose* prolaps kreft* infarkt diabetes hypertensjon astma kols fraktur brudd operert operasjon behandl* medisin* cellegift* ischialgi lumbago myalgi radikulopati utbrent* utmatt* fatigue fatig* stivhet morgonstivheit morgenstivhet anfall epilepsi hjerneslag blodtrykk overvekt parestesi* suicid* ptsd adhd dysleksi dyskalkuli utviklingshemm* revma* artritt fibromyalgi utstråling symptom* lidelse* liding* infeksjon* covid sertralin rusbruk rusbruken rusmisbruk rusmisbruket rusproblem rusproblemer rusproblema rusproblemene rusavhengighet rusavhengigheit alkoholmisbruk alkoholisme sovemedisin sovemedisiner sovemedisinar sovetablett sovetabletter sovetablettar sovepiller fasciitt betennelse nummenhet nummenheit tinnitus svimmelhet',
  ],
  [
    0,
    G.SLEEP | G.HEALTH,
    'søvn* sove sover sov søv søvnvansker søvnproblemer våkne våkner våknet våkna vakne vaknar vakna oppvåkning* oppvakning* uthvilt uthvila utkvilt utkvila uthvilte',
  ],
  [
    F.JARGON,
    0,
    'lasègue lasegue hypestesi dermatom* ekstensjon* fleksjon* abduksjon* quadriceps supraspinatus deltoideus lumbalcolumna columna ischialgi radikulopati paravertebral myalgi palpasjonsøm bilat si-ledd residiverende lumbago mikrodiskektomi diskektomi persisterende parestesi* ejeksjonsfraksjon pci hba1c hypertensjon anamnestisk affektiv distymi anhedoni psykomotorisk cervikal* lumbal* torakal* idiopatisk kontusjon distorsjon epikondylitt tendinitt tendinose impingement subakromial kapsulitt polynevropati nevropati hemiparese afasi ataksi dysartri dyspné dyspne takykardi synkope vertigo parese atrofi postoperativ postop preop hypotyreose nrs vas adl slr',
  ],
  [0, G.DEMAND, 'krever krevde kravet krav stiller'],
  [
    0,
    G.ABSTRACT,
    'konsentrere konsentrerer fokusere planlegge planlegging strukturere tenke følge håndtere handtere fungere fungerer samarbeide samarbeid samhandle samhandling kommunisere kommunikasjon multitasking problemløsning aktivitet aktiviteter gjøremål bevege bevegelse bevegelser mestre igangsetting igangsetjing',
  ],
];

// Closed-class words, matched by exact folded form (stemming would merge «ikke» with unrelated words), and
// short open-class words whose stems collide after folding («låg» and «lager», «møte» and «mot», «kolleger»
// and «kols», «bere» and «ber», «varer» and «var»).
const CLOSED: Entry[] = [
  [A('lift') | F.ACT, 0, 'bere berer bering bører børe dra drar bera'],
  // «isolerer seg»: withdraws from people, a social limit.
  [A('social') | F.LIMADJ, 0, 'isolerer isolerar isolere isolera isolerte isolert'],
  // «personlig stell», «personleg hygiene»: personal, not people — the stemmer takes «-lig» off to «person».
  [0, 0, 'personlig personlige personligt personleg personlege personlegt'],
  [A('lift'), G.TASKN, 'varene'],
  // «ingen rus»: substance use, by its exact forms — the stemmer would take «rushet» (the rush) to «rus».
  [F.SYMPT, G.HEALTH, 'rus rusen'],
  // «betjener sag og truck»: a saw, by its exact forms (not «sage», to say).
  [0, G.TASKN, 'sag saga sagen'],
  // Gear of fishing and fish farming, handled with the hands («handtere not, fôrslange eller hov», «knyte tau»).
  [0, G.TASKN, 'not nota nøter nøtene tau tauet tauverk fôrslange fôrslanger hov garn garnet line liner'],
  // «hjertesvikt», «nyresvikt»: an organ failing is a diagnosis, not a limit of the person's function.
  [F.SYMPT, 0, 'hjertesvikt hjertesvikten nyresvikt nyresvikten leversvikt leversvikten lungesvikt respirasjonssvikt hjartesvikt hjartesvikten'],
  // «blir fort irritert», «er blitt trøyttare»: limiting states by their exact forms — the stemmer would make
  // «irriterende gasser» of «irritert».
  [F.STATE, 0, 'trøttere trøyttare slitnere slitnare'],
  // «sliter med konsentrasjonen», nynorsk «slit med …»: struggles — the stemmer takes them to «sliten», tired.
  [F.DIFV, 0, 'sliter slit slet sleit'],
  [A('social') | F.STATE, 0, 'irritert irriterte lettirritert lettirritabel oppfarende'],
  // «i løpet av ei vakt», «lagt opp løpet»: the course of something, not running.
  [0, 0, 'løpet løpa'],
  // «er svært slapp i periodar»: listless, a limiting state by its exact form («slappe av» is to relax).
  [F.STATE, 0, 'slapp'],
  // «kvalme», «kvalmen»: the symptom, nausea — the stemmer takes it to «kvalm», a limiting state.
  [F.SYMPT, G.HEALTH, 'kvalme kvalmen'],
  // «to tilbakefall av depresjonen etter nattevakter»: a relapse is the illness coming back, a symptom.
  [F.SYMPT, G.HEALTH, 'tilbakefall tilbakefallet tilbakefalla tilbakefallene'],
  // «kraftige og langvarige blødingar»: bleeding, a symptom («kraftige» then says how bad, no strength of a hand).
  [F.SYMPT, G.HEALTH, 'blødning blødningen blødninger blødningene bløding blødinga blødingar blødingane blødningar blødningane'],
  // «får hjartebank når ho står»: palpitations, a symptom that an activity may set off.
  [F.SYMPT, G.HEALTH, 'hjertebank hjartebank hjerteklapp hjarteklapp palpitasjoner palpitasjonar'],
  // «arbeidet sitt», «huset sitt»: the possessive — the stemmer takes it to «sit», sits.
  [0, 0, 'sitt'],
  // «synes», «syns», «synast»: to think or seem — the stemmer takes them to «syn», sight.
  [0, 0, 'synes syns synast synst syntes syntest syntast'],
  // «mindre effektiv enn før», «redusert effektivitet»: how much work gets done, by its exact forms.
  [A('endurance') | F.FN, 0, 'effektiv effektivt effektive effektivitet effektiviteten effektiviteta'],
  // «lar seg ikkje skjerme», «skjerming for støy»: to shield, the verb and its noun — not a screen («skjerm»).
  [0, 0, 'skjerme skjermes skjermast skjerming skjerminga skjermingen'],
  // «hendelsen», «hendinga»: an event, not the hands the prefix «hend-» would make of it.
  [0, 0, 'hendelse hendelsen hendelser hendelsene hending hendinga hendingar hendingane'],
  // «dyspné ved gange»: shortness of breath, a symptom as «tungpust» is.
  [F.SYMPT, G.HEALTH, 'dyspné dyspne dyspnoe dyspnø dyspnè'],
  [A('mobility') | F.ACT, 0, 'gå'],
  [A('social') | F.ACT, 0, 'møte møter møtet møta'],
  [A('social'), G.COUNTN, 'kolleger kollegaer kollegar kollega kollegane kollegene'],
  [F.LIMADJ, 0, 'lav lave lavt låg lågt låge'],
  // «jobber saktere enn de andre»: a slower pace, limited and not measured.
  [A('cognitive') | F.LIMADJ, 0, 'saktere saktare langsommere langsommare tregere tregare seinare'],
  [F.DIFP, 0, 'krevende krevjande'],
  [F.DIFV, 0, 'plages plagast plaget plaga'],
  [F.DUR, 0, 'varig varige varighet varigheit'],
  [
    F.CAPV,
    0,
    'kan klarer klare klarar klart klara greier greie greidd greid greiar orker orke orkar orket tåler tålte toler tole tol mestrer mestre meistrar meistre mestra mestret mestrar meistrer meistra fungerer fungere fungerar fungert makter maktar makte takler taklar takle takla taklet evner kunne klarte klarer',
  ],
  [
    F.NEG,
    0,
    // («inte», «inget»: Swedish, as Swedish-trained doctors in Norway sometimes write.)
    'ikke ikkje ikk ike ikkj ikkke ingen inga ingenting intet aldri uten utan verken korkje unngå unngår unngås unngast unngåes fraråder frarår frarådes frarådast frarådet frarådd slipper slippe sleppe inte inget',
  ],
  [F.NEG, 0, 'neppe'],
  [F.LIMADJ, 0, 'knapt dårlig dårligere dårleg dårlegare dårlige dårlege'],
  [F.THRESH, 0, 'over mer meir utover inntil opptil maks maksimalt høyst max under mindre fra frå flere fleire'],
  [
    F.POSW,
    0,
    'normalt normal normale ubegrenset ubegrensa greit fint bra godt egnet egna passer passar uproblematisk problemfritt problemfri upåfallande upåfallende intakt intakte full fullt uendret ok',
  ],
  [F.AUX, 0, 'har er blir må bør trenger treng får hadde var vil skal vert'],
  [F.VQ, G.HEAVY, 'tung tungt tunge tyngre tyngste'],
  [F.VQ, G.LONG, 'lenge lengre lenger langt lange lang langvarig langvarige langvarig lengste'],
  // («Unngå unødig belastning»: an amount beyond what is needed, which is not said.)
  [F.VQ, G.MUCH, 'mye mykje mange mykkje myje hyppig hyppige ofte høyt høgt stor stort store særlig mycke mycket unødig unødige unødvendig unødvendige'],
  [F.VQ, G.LITTLE, 'lite litt noe noko få enkelte nokre noen mindre lavere lågare'],
  [F.VQ, G.SHORT, 'kort korte kortere kortare'],
  [
    0,
    G.INTENS,
    'betydelig betydeleg sterkt sterk svært veldig markert klart tydelig tydeleg moderat uttalt alvorlig alvorleg kraftig vesentlig vesentleg noe noko lett litt ganske fortsatt framleis helt heilt totalt',
  ],
  [0, G.FAST, 'fort raskt rask lett snart tidlig tidleg fortare raskere raskare'],
  [0, G.HIST, 'siste sist siden sidan tidligere tidlegare'],
  [0, G.PER, 'per pr hver kvar hvert kvart'],
  [0, G.NEED, 'trenger treng må behøver behøvde'],
  [0, G.REFW, 'se sjå jf jfr viser vises henviser henvises visast ref'],
  [0, G.LIGHT, 'lett lette lettere lettare enkel enkle enklere enklare'],
  [0, G.CONSIDER, 'hensyn omsyn forsiktighet forsiktig varsam skånsomt skånes'],
  [F.VQ, G.MUCH | G.KINDADJ, 'repeterende repeterande repetitive repetitivt ensformig ensformige statisk statiske'],
  [0, G.VERDICTW, 'jobbe jobba arbeide arbeida arbeid jobb jobben arbeidet arbeidslivet gradering graderast graderes sykmelding sjukmelding sykemelding'],
];

/** Compound heads: a long word ending in one of these takes its class (and its first part's area). */
const HEADS: Entry[] = [
  // («stressmestring», «stressmeistring»: managing a load, its area from the first part.)
  [
    F.FN,
    G.GENERIC,
    'kapasitet evne evna toleranse toleransen funksjon funksjonen nivå nivået styrke kraft krefter belastbarhet utholdenhet uthald mestring meistring',
  ],
  [F.DIFN, 0, 'vansker vanskar problemer problem utfordringer utfordringar svikt utfall begrensninger'],
  // «korttidshukommelse», «langtidsminnet», «arbeidsoppmerksomhet»: which part of memory or attention is meant, the
  // first part narrowing it; the function stays cognitive.
  [A('cognitive') | F.FN, 0, 'hukommelse minne oppmerksomhet merksemd konsentrasjon'],
  // «slagverktøy», «elektroverktøy», «vibrasjonsverktøy»: a kind of tool is still a tool in the hands.
  [A('hands') | F.ACT, 0, 'verktøy verktøyet'],
  // «løfterestriksjon maks 10 kg»: a restriction on an activity names that activity (bare «restriksjonen» is no limit).
  // («pasientforflytning», «sengeforflytting»: moving someone is an activity, whoever is moved.)
  [
    F.ACT,
    0,
    'arbeid arbeidet løft løfting sitting ståing samtaler møte møter restriksjon restriksjoner restriksjonar forflytning forflytninger forflytningar forflytting',
  ],
  [F.LOADA, 0, 'press stress belastning belastninger krav'],
  // «armvolum», «leggvolumet»: how swollen a limb is — a finding, not a function of the arm.
  [F.SYMPT, G.HEALTH, 'volum volumet'],
];

const byStem = new Map<string, [number, number]>();
const byForm = new Map<string, [number, number]>();
const byClosed = new Map<string, [number, number]>();
const byPrefix = new Map<string, [number, number]>();
const heads: { h: string; fl: [number, number] }[] = [];
let maxPrefix = 3;
let built = false;

function add(map: Map<string, [number, number]>, key: string, a: number, b: number): void {
  const cur = map.get(key);
  if (cur) {
    cur[0] |= a;
    cur[1] |= b;
  } else map.set(key, [a, b]);
}

// Built on first use: the recogniser's bundle never needs it; pages with a form build it once.
function build(): void {
  built = true;
  for (const [a, b, words] of OPEN)
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      const f = foldLetters(w.replace(/_/g, ' '));
      if (f.endsWith('*')) {
        const k = f.slice(0, -1);
        add(byPrefix, k, a, b);
        if (k.length > maxPrefix) maxPrefix = k.length;
      } else {
        add(byStem, stem(f), a, b);
        add(byForm, f, a, b);
      }
    }
  for (const [a, b, words] of CLOSED) for (const w of words.split(/\s+/)) if (w) add(byClosed, foldLetters(w), a, b);
  for (const [a, b, words] of HEADS) for (const w of words.split(/\s+/)) if (w) heads.push({ h: stem(foldLetters(w)), fl: [a, b] });
  heads.sort((x, y) => y.h.length - x.h.length);
}

const WORK_SUFFIXES = [
  'arbeider',
  'arbeidar',
  'medarbeider',
  'medarbeidar',
  'pleier',
  'pleiar',
  'assistent',
  'sjafor',
  'forer',
  'operator',
  'laerer',
  'laerar',
  'konsulent',
  'vakt',
  'vakter',
  'arbeid',
  'jobb',
  'stilling',
  'selger',
  'seljar',
  'leder',
  'leiar',
  'tekniker',
  'ingenior',
  'fagarbeider',
  'fagarbeidar',
  'sveiser',
  'sveisar',
  'montor',
  'mekaniker',
  'mekanikar',
  'snekker',
  'snekkar',
  'elektriker',
  'sekretaer',
  'betjent',
  // «røkter på oppdrettsanlegg», «dyrerøktar»: a keeper is a job.
  'rokter',
  'roktar',
  // «kontrollør/befaring», «hotellresepsjon», «vaskeri», «romstuepike», «byggvareutsalg» (not «-lager», which ends
  // «plager», nor «-vert», which ends «motivert»).
  'kontrollor',
  'kontrollar',
  'inspektor',
  'resepsjon',
  'vaskeri',
  'utsalg',
  'stuepike',
  // «melkebonde», «båsfjøs», «skipskokk», «hjelpetømrer»: the job or its workplace named as a compound's head.
  'bonde',
  'fjos',
  'kokk',
  'tomrer',
  'renholder',
  'reinhaldar',
  // «kategorirådgiver», «innkjøper», «kjøkkensjef».
  'radgiver',
  'radgivar',
  'radgjevar',
  'kjoper',
  'kjopar',
  'sjef',
  // «systemutvikler», «programvareutviklar»: a developer as a compound's head (not «utvikler» alone, a verb).
  'utvikler',
  'utviklar',
];

const memo = new Map<string, [number, number]>();
const EMPTY: [number, number] = [0, 0];
/** What classify2 returns for a word it does not know (the same array every time). */
export const EMPTY_CLASS: readonly [number, number] = EMPTY;

function lookupPlain(f: string): [number, number] {
  // A closed-class word is only that: «tåler» is a capacity verb, not an inflection of «tale».
  const cl = byClosed.get(f);
  if (cl) return [cl[0], cl[1]];
  const closed = byForm.get(f);
  let a = closed?.[0] ?? 0;
  let b = closed?.[1] ?? 0;
  const st = stem(f);
  const open = byStem.get(st);
  if (open) {
    a |= open[0];
    b |= open[1];
  }
  {
    const top = Math.min(f.length, maxPrefix);
    for (let k = top; k >= 3; k--) {
      const p = byPrefix.get(k === f.length ? f : f.slice(0, k));
      if (p) {
        // («arbeidspress», «arbeidsmengde», listed as loads: «arbeid*» names their first part — a load of work is a
        // load, not work.)
        a |= a & F.LOADA ? p[0] & ~F.WORK : p[0];
        b |= p[1];
        break;
      }
    }
  }
  return [a, b];
}

/** Main and secondary flags of a folded word. */
export function classify2(f: string): [number, number] {
  if (!built) build();
  const hit = memo.get(f);
  if (hit) return hit;
  let [a, b] = lookupPlain(f);
  // A short noun with a definite ending the stemmer leaves alone («støyen», «kulda», «lyset»): its bare form.
  // (Not for a closed-class word, which is only what it is listed as: «løpet» is no «løp».)
  if (!a && !b && f.length >= 5 && !byClosed.has(f)) {
    const bare = f.replace(DEFINITE, '');
    if (bare.length >= 3 && bare !== f) {
      const hit = byForm.get(bare) ?? byStem.get(stem(bare));
      if (hit) [a, b] = [hit[0], hit[1]];
    }
  }
  // A verbal noun takes its verb's area: «løfting» is lifting like «løfte», «bæring» carrying, «kjøring» driving.
  if (!(a & AREA_MASK) && f.length > 6 && f.endsWith('ing')) {
    const v = lookupPlain(f.slice(0, -3) + 'e');
    if (v[0] & AREA_MASK && v[0] & F.ACT) a |= v[0] & (AREA_MASK | F.ACT);
  }
  // Compounds: the head decides the class, the first part the area ("konsentrasjons|vansker", "gang|distanse").
  if (f.length >= 8 && !(a & (F.FN | F.DIFN | F.ACT | F.LOADA | F.CAPV | F.NEG | F.VERDICT))) {
    const st = stem(f);
    for (const { h, fl } of heads) {
      if (st.length - h.length < 3 || !st.endsWith(h)) continue;
      // («hjertesvikt», «nyresvikt», listed as diagnoses: an organ failing is no difficulty of the person's.)
      if (h === 'svikt' && a & F.SYMPT) break;
      // "helsefagarbeider", "lagerarbeidar": a person, not a kind of work.
      if (h === 'arbeid' && /arbeid(er|ar|ere|arar|erne|arane)$/.test(f)) break;
      const whole = st.slice(0, st.length - h.length);
      // A linking -s- («konsentrasjon|s|vansker») comes off — unless the first part ends in s itself («stress|nivå»).
      let m = lookupPlain(whole);
      if (!m[0] && !m[1] && whole.endsWith('s') && whole.length > 3) m = lookupPlain(whole.slice(0, -1));
      // "pumpefunksjon", "nyrefunksjon", "lungekapasitet": an organ's function is a finding, not what the person
      // manages; only a first part with an area, a load or work makes the compound a function.
      if (fl[1] & G.GENERIC && !(m[0] & (AREA_MASK | F.LOADA | F.LOADC | F.WORK | F.FN))) break;
      a |= fl[0] | (m[0] & (AREA_MASK | F.LOADA | F.LOADC | F.WORK));
      b |= fl[1] & ~(m[0] & AREA_MASK ? G.GENERIC : 0);
      // "arbeidskapasitet", "stresstoleranse": an area from the first part replaces "generic".
      if (m[0] & AREA_MASK) b &= ~G.GENERIC;
      if (m[0] & F.LOADA) a |= areaBit('stress');
      if (m[0] & F.WORK && fl[0] & F.FN) a |= areaBit('endurance');
      if (m[1] & G.SLEEP) b |= G.SLEEP;
      if (m[1] & G.TASKN) b |= G.TASKN;
      // «funksjonsbegrensninger», «funksjonsavgrensingar»: a difficulty of function in general, as «fysiske begrensninger».
      if (fl[0] & F.DIFN && m[0] & F.FN && m[1] & G.GENERIC && !(m[0] & AREA_MASK)) b |= G.GENERIC;
      break;
    }
  }
  // «ryggbelastende», «hudbelastande» arbeid: what the work strains, as hard to say how much as «belastende» is.
  if (!a && !b && f.length >= 13 && /belast(e|a)nde$/.test(f)) [a, b] = lookupPlain(f.slice(-10));
  if (!(a & F.WORK) && f.length > 6) {
    for (const suf of WORK_SUFFIXES)
      if (f.length > suf.length + 2 && f.endsWith(suf)) {
        a |= F.WORK;
        break;
      }
  }
  if (!(a & F.SYMPT) && f.length > 7 && (f.includes('smert') || f.endsWith('plager') || f.endsWith('plagar'))) a |= F.SYMPT;
  // «medisinutdeling», «medisinhandtering»: a task whose head is the handling, not a treatment.
  if (a & F.SYMPT && ((f.length > 10 && TASK_HEAD.test(f)) || MEDICINE_PLACE.test(f))) {
    a &= ~F.SYMPT;
    b = (b & ~G.HEALTH) | G.TASKN;
  }
  // Findings by their medical endings: «nerveaffeksjon», «tendinopati», «bursitt», «spinalstenose», «hjernelesjon».
  if (!(a & F.SYMPT) && f.length > 7 && FINDING_END.test(f)) a |= F.SYMPT;
  // A diagnosis inflected or as a compound's head: «prolapsen», «skiveprolaps», «residivprolaps», «slitasjegikt».
  if (!(a & (F.SYMPT | AREA_MASK | F.FN | F.ACT | F.WORK | F.CAPV | F.NEG)) && !(b & G.TASKN) && f.length >= 6 && healthHead(f)) {
    a |= F.SYMPT;
    b |= G.HEALTH;
  }
  // «lærevansker» (a learning disability) is a diagnosis named with a difficulty word, like «dysleksi»: what it
  // means for work is said elsewhere, not asked of the word.
  if (f.startsWith('laerevansk') || f.startsWith('laerevanske')) {
    a = F.SYMPT;
    b = G.HEALTH;
  }
  // A hyphenated compound («Teams-møter», «PC-arbeid»): the part after the last hyphen is its head and gives the area
  // its first part does not.
  const dash = f.lastIndexOf('-');
  if (dash > 0 && f.length - dash > 3 && !(a & AREA_MASK)) a |= classify2(f.slice(dash + 1))[0] & AREA_MASK;
  const out: [number, number] = a || b ? [a, b] : EMPTY;
  if (memo.size > 50_000) memo.clear();
  memo.set(f, out);
  return out;
}

const DEFINITE = /(ene|ane|en|et|a)$/;

/** The word, or its last part of at least five letters, less a definite ending, is a diagnosis or symptom. */
function healthHead(f: string): boolean {
  for (let k = 0; k <= f.length - 5; k++) {
    if (k > 0 && k < 3) continue;
    const tail = k ? f.slice(k) : f;
    for (const w of [tail, tail.replace(DEFINITE, '')]) {
      if (w.length < 5) continue;
      const hit = byForm.get(w) ?? byStem.get(stem(w));
      if (hit && hit[0] & F.SYMPT && hit[1] & G.HEALTH && !(hit[0] & (AREA_MASK | F.FN | F.ACT | F.WORK))) return true;
    }
  }
  return false;
}

const TASK_HEAD = /(utdeling|utdelinga|utdelingen|handtering|handteringa|handteringen|haandtering|diagnostikk|diagnostikken)$/;
// («medisinrom», «medisinskap», «medisintralle»: a room or a thing of the work, not a treatment.)
const MEDICINE_PLACE = /^(medisin|medikament|legemiddel)(rom|rommet|skap|skapet|tralle|tralla|traller)$/;
// («personlighetsforstyrrelse», «angstlidelse», «utmattelsessyndrom»: a diagnosis by its head.)
// (Latin and Greek ones too, as written in a diagnosis: «hyperemesis gravidarum», «sarcoidosis», «tendinitis».)
const FINDING_END =
  /(esis|osis|itis|aemia|arum|algia|plegia|paresis|affeksjon|affeksjonen|patologi|lesjon|lesjonen|lesjoner|lesjonar|opati|algi|itt|ose|osen|forstyrrelse|forstyrrelsen|forstyrring|forstyrringa|lidelse|lidelsen|syndrom|syndromet)$/;

export function classify(f: string): number {
  return classify2(f)[0];
}

export function areasOf(flags: number): FunctionArea[] {
  const out: FunctionArea[] = [];
  for (let i = 0; i < AREAS.length; i++) if (flags & (1 << i)) out.push(AREAS[i]!);
  return out;
}

export type UnitClass = 'weight' | 'time' | 'distance' | 'floors' | 'frequency' | 'count' | 'percent' | 'period' | 'temperature' | 'dose';

export const UNITS: ReadonlyMap<string, { unit: string; cls: UnitClass }> = new Map(
  (
    [
      ['kg', 'kg', 'weight'],
      ['kilo', 'kg', 'weight'],
      ['kilogram', 'kg', 'weight'],
      ['gram', 'g', 'weight'],
      // Hearing and noise: a threshold the person must not be exposed to above.
      ['db', 'dB', 'count'],
      // A test result as a percentile of the norm («20. persentil»): a measure of that function.
      ['persentil', 'persentil', 'count'],
      ['percentil', 'persentil', 'count'],
      // Speech and typing: «korte setninger (3–4 ord)», «taster ca 10 ord/min».
      ['ord', 'ord', 'count'],
      // Ergometer load: what the heart and lungs manage, a measure of endurance.
      ['w', 'W', 'count'],
      ['watt', 'W', 'count'],
      ['sek', 's', 'time'],
      ['s', 's', 'time'],
      ['sekund', 's', 'time'],
      ['sekunder', 's', 'time'],
      ['min', 'min', 'time'],
      ['minutt', 'min', 'time'],
      ['minutter', 'min', 'time'],
      ['minuttar', 'min', 'time'],
      ['minuttene', 'min', 'time'],
      ['minutta', 'min', 'time'],
      // «30 minutters gange», «1 times kurs»: the genitive before what lasts that long.
      ['minutters', 'min', 'time'],
      ['minuttars', 'min', 'time'],
      ['minutts', 'min', 'time'],
      ['t', 't', 'time'],
      ['time', 't', 'time'],
      ['timer', 't', 'time'],
      ['timar', 't', 'time'],
      ['timen', 't', 'time'],
      ['timers', 't', 'time'],
      ['timane', 't', 'time'],
      ['timene', 't', 'time'],
      ['timars', 't', 'time'],
      ['times', 't', 'time'],
      ['tim', 't', 'time'],
      ['m', 'm', 'distance'],
      ['meter', 'm', 'distance'],
      ['km', 'km', 'distance'],
      ['kilometer', 'km', 'distance'],
      ['skritt', 'skritt', 'distance'],
      ['steg', 'skritt', 'distance'],
      ['etasje', 'etasjer', 'floors'],
      ['etasjer', 'etasjer', 'floors'],
      ['etasjar', 'etasjer', 'floors'],
      ['etg', 'etasjer', 'floors'],
      ['trinn', 'trinn', 'floors'],
      ['trappetrinn', 'trinn', 'floors'],
      ['trapp', 'etasjer', 'floors'],
      ['trapper', 'etasjer', 'floors'],
      ['ganger', 'ganger', 'frequency'],
      ['gang', 'ganger', 'frequency'],
      ['gonger', 'ganger', 'frequency'],
      ['gong', 'ganger', 'frequency'],
      ['x', 'ganger', 'frequency'],
      ['%', '%', 'percent'],
      ['prosent', '%', 'percent'],
      ['dag', 'dager', 'period'],
      ['dager', 'dager', 'period'],
      ['dagar', 'dager', 'period'],
      ['dagene', 'dager', 'period'],
      ['dagane', 'dager', 'period'],
      ['dogn', 'dager', 'period'],
      ['uke', 'uker', 'period'],
      ['uker', 'uker', 'period'],
      ['uka', 'uker', 'period'],
      ['ukene', 'uker', 'period'],
      ['veke', 'uker', 'period'],
      // «innan 6-8 v»: weeks, in a hurry.
      ['v', 'uker', 'period'],
      ['veker', 'uker', 'period'],
      ['vekene', 'uker', 'period'],
      ['uken', 'uker', 'period'],
      ['veka', 'uker', 'period'],
      ['mnd', 'mnd', 'period'],
      // «om 4 md», «3 mdr», «6 mndr»: the other ways doctors abbreviate months.
      ['md', 'mnd', 'period'],
      ['mdr', 'mnd', 'period'],
      ['mndr', 'mnd', 'period'],
      ['maned', 'mnd', 'period'],
      // «2 dager i måneden»: the definite form, as «i uka».
      ['maneden', 'mnd', 'period'],
      ['manaden', 'mnd', 'period'],
      ['maneder', 'mnd', 'period'],
      ['manedene', 'mnd', 'period'],
      ['manad', 'mnd', 'period'],
      ['manader', 'mnd', 'period'],
      ['manadene', 'mnd', 'period'],
      ['mg', 'mg', 'dose'],
      ['ml', 'ml', 'dose'],
      ['mmol', 'mmol', 'dose'],
      ['ie', 'IE', 'dose'],
      // («ca 35 pakkeår»: the smoking history, counted, no function.)
      ['pakkear', 'pakkeår', 'dose'],
      ['pakkeaar', 'pakkeår', 'dose'],
      ['grader', 'grader', 'temperature'],
      ['grad', 'grader', 'temperature'],
      ['°c', 'grader', 'temperature'],
      ['maneders', 'mnd', 'period'],
      ['manaders', 'mnd', 'period'],
      ['ukers', 'uker', 'period'],
      ['vekers', 'uker', 'period'],
      ['dagers', 'dager', 'period'],
      ['ars', 'år', 'period'],
      ['minutters', 'min', 'time'],
      ['ar', 'år', 'period'],
      ['arene', 'år', 'period'],
      ['aret', 'år', 'period'],
      ['halvar', 'år', 'period'],
      // Counts of people and pieces of work: «maks 3 personer», «mer enn 2 oppgaver», «120 plukk/t».
      ['person', 'personer', 'count'],
      ['personer', 'personer', 'count'],
      ['personar', 'personer', 'count'],
      ['mennesker', 'personer', 'count'],
      ['menneske', 'personer', 'count'],
      ['folk', 'personer', 'count'],
      ['elever', 'elever', 'count'],
      ['elevar', 'elever', 'count'],
      ['barn', 'barn', 'count'],
      ['born', 'barn', 'count'],
      ['kunder', 'kunder', 'count'],
      ['kundar', 'kunder', 'count'],
      ['deltakere', 'personer', 'count'],
      ['deltakarar', 'personer', 'count'],
      // «lunsj med 2-3 andre»: others, counted.
      ['andre', 'personer', 'count'],
      ['kolleger', 'personer', 'count'],
      // Study credits: «redusert progresjon (15 stp pr semester)», how much study a term holds.
      ['stp', 'stp', 'count'],
      ['studiepoeng', 'stp', 'count'],
      // Classes taught: «redusert til 2 klasser».
      ['klasser', 'klasser', 'count'],
      ['klassar', 'klasser', 'count'],
      // Messages held in mind: «husker 2-3 beskjeder», «meir enn to beskjedar».
      ['beskjeder', 'beskjeder', 'count'],
      ['beskjedar', 'beskjeder', 'count'],
      ['beskjed', 'beskjeder', 'count'],
      // («klarer 2–3 instruksar om gongen»: instructions are messages too.)
      ['instrukser', 'beskjeder', 'count'],
      ['instruksar', 'beskjeder', 'count'],
      ['instruksjoner', 'beskjeder', 'count'],
      ['instruksjonar', 'beskjeder', 'count'],
      ['kollegaer', 'personer', 'count'],
      ['kollegar', 'personer', 'count'],
      ['pasienter', 'personer', 'count'],
      ['pasientar', 'personer', 'count'],
      // Residents and users cared for: «stell av 3–4 bebuarar», «8 gjester per bord».
      ['beboere', 'personer', 'count'],
      ['bebuarar', 'personer', 'count'],
      ['gjester', 'personer', 'count'],
      ['gjestar', 'personer', 'count'],
      // «6 pas./dag»: the abbreviation, after a number.
      ['pas', 'personer', 'count'],
      ['oppgaver', 'oppgaver', 'count'],
      // Errors and incidents counted: «2 feil i legemiddelhåndtering siste måned» measures reliability.
      ['feil', 'feil', 'count'],
      ['avvik', 'avvik', 'count'],
      ['oppgave', 'oppgaver', 'count'],
      ['oppgavene', 'oppgaver', 'count'],
      ['oppgavane', 'oppgaver', 'count'],
      ['kolli', 'kolli', 'count'],
      // Errands and cases: «orkar 1–2 gjeremål per dag», «12–15 saker per dag», «maks 2 møter om dagen».
      ['gjoremal', 'oppgaver', 'count'],
      ['gjeremal', 'oppgaver', 'count'],
      ['aerend', 'oppgaver', 'count'],
      ['aerender', 'oppgaver', 'count'],
      ['aerenda', 'oppgaver', 'count'],
      ['saker', 'saker', 'count'],
      ['sakar', 'saker', 'count'],
      ['moter', 'møter', 'count'],
      ['motar', 'møter', 'count'],
      // Pages written or read: «handskrifta blir uleseleg etter ei halv side», «leser 10 sider».
      ['side', 'sider', 'count'],
      ['sider', 'sider', 'count'],
      ['sida', 'sider', 'count'],
      ['sidene', 'sider', 'count'],
      ['a4-side', 'sider', 'count'],
      ['a4-sider', 'sider', 'count'],
      ['plukk', 'plukk', 'count'],
      ['loft', 'løft', 'count'],
      ['samtaler', 'samtaler', 'count'],
      ['samtalar', 'samtaler', 'count'],
      ['henvendelser', 'henvendelser', 'count'],
      ['telefoner', 'samtaler', 'count'],
      ['sider', 'sider', 'count'],
      ['avsnitt', 'sider', 'count'],
    ] as const
  ).map(([k, unit, cls]) => [k, { unit, cls: cls as UnitClass }]),
);

/** Number words, including the articles that double as "one" before a unit ("en time", "eitt år"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['en', 1],
  ['ei', 1],
  ['ein', 1],
  ['ett', 1],
  ['eitt', 1],
  ['et', 1],
  ['eine', 1],
  ['to', 2],
  ['tre', 3],
  ['fire', 4],
  ['fem', 5],
  ['seks', 6],
  ['sju', 7],
  ['syv', 7],
  ['atte', 8],
  ['ni', 9],
  ['ti', 10],
  ['elleve', 11],
  ['tolv', 12],
  ['femten', 15],
  ['tjue', 20],
  ['tjuge', 20],
  ['tyve', 20],
  ['tretti', 30],
  ['forti', 40],
  ['forti', 40],
  ['femti', 50],
  ['hundre', 100],
  ['halv', 0.5],
  ['halvt', 0.5],
  ['halvannen', 1.5],
  ['halvanna', 1.5],
  ['par', 2],
]);
