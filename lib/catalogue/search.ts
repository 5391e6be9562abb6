/**
 * Yrke search over the catalogue: codes, SSB and NAV titles and synonyms (synonyms are extra haystack
 * entries that point to their unit group). Tiered: exact > prefix > word prefix > compound part > infix >
 * typo (bit-parallel fuzzy) > words in description/tasks. Pure and DOM-free.
 */
import type { Catalogue, CatalogueEntry } from './schema.ts';
import { expandCatalogue, parentNames, type StoredCatalogue } from './schema.ts';
import { fold, loosenInner, normalize } from './fold.ts';
import { charMask, compilePattern, fuzzyDistance, popcount, typoPieces, type Pattern } from './fuzzy.ts';
import {
  buildActivityIndex,
  isLittleWord,
  joinsVerb,
  verbLexicon,
  titleTypoIndex,
  verbTypoIndex,
  objectTypoIndex,
  OBJECT_TYPO_MIN,
  Q_ALIAS,
  Q_HEAD,
  O_PLACE,
  V_ALONE,
  V_PAIR,
  V_WEAK,
  readQuery,
  stems,
  typedWithAeoa,
  scoreActivities,
  type ActivityIndex,
  type ActivityToken,
  type ActivityWhy,
} from './activity.ts';
import { employerObject, joinEmployerNames } from './employers.ts';
import { readEnglish } from './english.ts';
import { parseForeignTitle, showForeignTitle } from './source-schema.ts';
import catalogueData from './data/catalogue.json';

export type { Catalogue, CatalogueEntry } from './schema.ts';

/** A person without training for the trade: «ufaglært», «ikke utdanna», «uten fagbrev», «ingen utdanning». */
const UNTRAINED =
  /(?<![\p{L}])(ufaglært|ufaglaert|ufaglærd|ufaglaerd|(?:har\s+)?(?:ikke|ikkje|itte|ikkj|ingen|inga|uten|utan)\s+(?:formell\s+)?(?:utdann\p{L}*|utdanning|utdaning|fagbrev|fagutdanning))(?![\p{L}])/iu;

/** A trade certificate held: «har fagbrev», «med fagbrev», «fagbrev som …» (not «uten fagbrev»: UNTRAINED first). */
const CERTIFIED = /(?<![\p{L}])(?:(?:har|med|tok|fekk|fikk|fått)\s+)?fagbrev(?:et)?(?![\p{L}])/iu;

/**
 * A training named by its title: «vernepleierutdanning», «sjukepleiarutdanninga»; and an apprentice named by the trade:
 * «bakarlærling», «elektrikerlærlingen», «kokklærekandidat» (the title in group 1).
 */
const TRAINED_AS =
  /(?<![\p{L}])(\p{L}{4,}?)(?:utdanning|utdanninga|utdanningen|utdannelse|utdannelsen|utdaning|lærling|lærlingen|lærlinga|lærekandidat|lærekandidaten)(?![\p{L}])/giu;

/** «er ikke pedagog», «ikkje sjukepleiar»: a title the person is said not to have (the word after the negation). */
const NOT_TITLE = /(?<![\p{L}])(?:(?:er|var)\s+)?(?:ikke|ikkje)\s+(\p{L}[\p{L}-]{3,})(?![\p{L}])/iu;

export interface YrkeHit {
  code: string;
  title: string;
  navTitle: string;
  category: [string, string];
  /** Major, sub-major and minor group names, broadest first. */
  parents: string[];
  score: number;
  /**
   * Why this hit: the title, NAV title or synonym that matched (as the user spelled it when spellings merge),
   * the activity («kjøre truck») or workplace («sykehjem») the activity reader found, the code, or
   * «beskrivelse» for a full-text hit. `matchKind` says which; `why` is the same in a short Norwegian line.
   */
  matched: string;
  matchKind: MatchKind;
  why: string;
  synonyms: string[];
  description: string;
  tasks: string[];
  education: string;
  skillLevel: number | null;
  demands: NonNullable<CatalogueEntry['demands']> | null;
  conditions: NonNullable<CatalogueEntry['conditions']> | null;
  /** False while the hand-written content for this group is missing from the build. */
  complete: boolean;
}

export type MatchKind = 'code' | 'title' | 'synonym' | 'typo' | 'part' | 'activity' | 'place' | 'words' | 'description' | 'guess';

const WHY_LABEL: Record<MatchKind, string> = {
  code: 'kode',
  title: 'tittel',
  synonym: 'synonym',
  typo: 'skrivefeil for',
  part: 'del av ordet',
  activity: 'aktivitet',
  place: 'arbeidssted',
  words: 'ord i',
  description: 'ord i beskrivelse og oppgaver',
  guess: 'usikkert treff, ut fra en del av et ord',
};

export interface Searcher {
  search(query: string, limit?: number): YrkeHit[];
}

const enum Kind {
  Title = 0,
  Nav = 1,
  Synonym = 2,
}

interface Compiled {
  t: string;
  k: number;
  pat: Pattern | null;
  mask: number;
}

interface Item {
  entry: number;
  text: string;
  norm: string;
  mask: number;
  kind: Kind;
  /** Where the head word starts in `norm`: the first word, but the last in English titles (store manager). */
  head: number;
  /** An English title (its last word is its head). */
  english: boolean;
  /** A title in another language («spawacz (polsk)»): no Norwegian word, no compound head of Norwegian words. */
  foreign: boolean;
  /** Its words that a query keeps (not little words such as «i», «for»). */
  nWords: number;
  words: string[];
  /** Other spellings that normalize to the same string (hjelpepleier/hjelpepleiar), to echo the typed one. */
  alts: string[] | undefined;
  /** An official name with a qualifier in parentheses («Prosessoperatører (oppredning)»). */
  qualified: boolean;
}

// Token tiers; the gaps leave room for the small length/kind adjustments below.
const T_WORD = 100;
const T_PREFIX = 92;
const T_WORD_PREFIX = 86;
/** A complete word that is only the first part of a longer compound (sjåfør in sjåførlærer). */
const T_MODIFIER = 74;
const T_COMPOUND = 80;
const T_INFIX = 60;
const T_FUZZY = 50;
/** What a typo costs more when the string is longer than the word: the typo is of a part of it. */
const T_TYPO_PART = 1;
/**
 * Titles in other languages are looked for only from this many letters of a word still being typed: before that their
 * starts are noise for the Norwegian titles being typed, and cost time at the keystrokes that hit the most strings.
 */
const FOREIGN_MIN = 4;

/** Beside other words, a word one typo from a whole one-word title of at most two groups (elektrikker på verftet). */
const T_TYPO_TITLE = 90;
const T_PART = 44;
const T_SPLIT = 36;
/** Heads that name the same job (normalized): a compound with one is read by the other as well. */
const HEAD_SAME: Record<string, string> = { sjafor: 'forer' };
const HEAD_OTHER = new Set(Object.values(HEAD_SAME));
/** A compound the catalogue lacks whose head is a one-word title (pizza|kokk): above its first part read as a place. */
const T_HEAD_TITLE = 68;
/** …in a group that knows the first part too (fiskebil|sjåfør: the lorry driver with «fiskebil» among his objects). */
const T_HEAD_NARROW = 8;
const PLURAL = new Set(['e', 'er', 'ere', 'ne', 'ar', 'ane', 'arar']);
const PLURALS = [...PLURAL];
/** What follows a query that is the whole head of a longer string: maybe a plural ending, then more words. */
const QUALIFIED_REST = /^(?:e|er|ere|ne|ar|ane|arar)? ./;
/** What a qualifier costs, however long it is (about twelve letters at the usual 0.08 a letter). */
const Q_QUALIFIER = 1;
const T_FULLTEXT = 25;
/** Floor for the other words of a query that names a title of the group as a whole word. */
const T_CONTEXT = 40;

const PLACE_PREP = new Set(['pa', 'paa', 'i', 'ved', 'hos', 'fra', 'utenfor', 'rundt']);

/** Little words in queries like «lærer på barneskolen» or «jobber som sjåfør» that name no yrke. */
const STOPWORDS = new Set([
  'pa',
  'i',
  'og',
  'for',
  'med',
  'av',
  'til',
  'som',
  'en',
  'ei',
  'et',
  'ein',
  'eit',
  'paa',
  'jobber',
  'jobbar',
  'arbeider',
  'arbeidar',
  'jobb',
  'innen',
  'ved',
  'hos',
  'den',
  'det',
  'de',
  // Prepositions and pronouns that start titles by chance («bak» in bakere, «under» in undervisning).
  'bak',
  'under',
  'over',
  'etter',
  'fra',
  'om',
  'mot',
  'mellom',
  'blant',
  'rundt',
  'langs',
  'utenfor',
  'han',
  'hun',
  'ho',
  'dei',
  'meg',
  'seg',
  // A status, not a job («pensjonert, går med avisa»): never a search word for the pension titles.
  'pensjonert',
  'pensjonist',
  // Verb particles («setter opp», «rydder bort»): never the start of a title («opp» in oppvasker).
  'opp',
  'ned',
  'bort',
  'fram',
  'frem',
]);

/**
 * English titles people in Norway use for Norwegian jobs (mostly in IT, business and service), tried when a
 * query word is found nowhere as typed. Values are Norwegian search words, normalized like the haystack.
 */
const ENGLISH: Record<string, string> = Object.fromEntries(
  Object.entries({
    developer: 'utvikler',
    programmer: 'programmerer',
    engineer: 'ingeniør',
    manager: 'leder',
    consultant: 'konsulent',
    assistant: 'assistent',
    nurse: 'sykepleier',
    doctor: 'lege',
    physician: 'lege',
    cleaner: 'renholder',
    driver: 'sjåfør',
    teacher: 'lærer',
    coach: 'trener',
    trainer: 'trener',
    instructor: 'instruktør',
    security: 'vekter',
    guard: 'vekter',
    sales: 'selger',
    salesman: 'selger',
    seller: 'selger',
    support: 'brukerstøtte',
    accountant: 'regnskapsfører',
    carpenter: 'tømrer',
    electrician: 'elektriker',
    plumber: 'rørlegger',
    chef: 'kokk',
    cook: 'kokk',
    waiter: 'servitør',
    waitress: 'servitør',
    lawyer: 'advokat',
    architect: 'arkitekt',
    mechanic: 'mekaniker',
    welder: 'sveiser',
    painter: 'maler',
    farmer: 'bonde',
    fisherman: 'fisker',
    butcher: 'slakter',
    hairdresser: 'frisør',
    janitor: 'vaktmester',
    caretaker: 'vaktmester',
    warehouse: 'lager',
    cashier: 'kasserer',
    secretary: 'sekretær',
    captain: 'kaptein',
    soldier: 'soldat',
    police: 'politi',
    firefighter: 'brannkonstabel',
    pharmacist: 'farmasøyt',
    dentist: 'tannlege',
    physiotherapist: 'fysioterapeut',
    psychologist: 'psykolog',
    nanny: 'barnepass',
    babysitter: 'barnepass',
    courier: 'bud',
    bartender: 'bartender',
    librarian: 'bibliotekar',
    tester: 'tester',
    analyst: 'analytiker',
    scientist: 'forsker',
    researcher: 'forsker',
    officer: 'offiser',
    advisor: 'rådgiver',
    adviser: 'rådgiver',
    coordinator: 'koordinator',
    gardener: 'gartner',
    photographer: 'fotograf',
    translator: 'oversetter',
    interpreter: 'tolk',
    priest: 'prest',
    judge: 'dommer',
    editor: 'redaktør',
    midwife: 'jordmor',
    packer: 'pakker',
    roofer: 'taktekker',
    bricklayer: 'murer',
    tiler: 'flislegger',
    operator: 'operatør',
    director: 'direktør',
    surgeon: 'kirurg',
    psychiatrist: 'psykiater',
    optician: 'optiker',
    veterinarian: 'veterinær',
    vet: 'veterinær',
    carer: 'omsorgsarbeider',
    caregiver: 'omsorgsarbeider',
    dishwasher: 'oppvasker',
    porter: 'portør',
    miner: 'gruvearbeider',
    sailor: 'matros',
    seaman: 'sjømann',
    deckhand: 'dekksmann',
    chauffeur: 'sjåfør',
    tailor: 'skredder',
    seamstress: 'syerske',
    shoemaker: 'skomaker',
    jeweller: 'gullsmed',
    jeweler: 'gullsmed',
    locksmith: 'låsesmed',
    blacksmith: 'smed',
    joiner: 'snekker',
    glazier: 'glassmester',
    supervisor: 'arbeidsleder',
    receptionist: 'resepsjonist',
    housekeeper: 'husøkonom',
    trucker: 'lastebilsjåfør',
    lorry: 'lastebil',
  }).map(([en, no]) => [en, normalize(no)]),
);

/** Last words that make an English title's head («restaurant manager» is a manager, not a restaurant). */
const ENGLISH_HEADS = new Set([
  'manager',
  'developer',
  'engineer',
  'designer',
  'assistant',
  'worker',
  'driver',
  'officer',
  'analyst',
  'consultant',
  'director',
  'operator',
  'coordinator',
  'specialist',
  'representative',
  'executive',
  'agent',
  'attendant',
  'technician',
  'trainer',
  'chef',
  'crew',
  'partner',
  'architect',
  'administrator',
  'advisor',
  'leader',
  'supervisor',
  'instructor',
  'teacher',
  'artist',
  'writer',
  'porter',
  'clerk',
  'guard',
  'scientist',
  'marketer',
  'creator',
  'auditor',
  'acquisition',
  'rep',
  'tech',
  // Titles whose head is a noun of its own: «tour guide», «scrum master», «product owner», «dog walker».
  'guide',
  'master',
  'owner',
  'coach',
  'planner',
  'buyer',
  'recruiter',
  'handler',
  'keeper',
  'sitter',
  'walker',
  'groomer',
  'associate',
  'lead',
  'inspector',
  'receptionist',
  'secretary',
  'banker',
]);

/**
 * Adjectives that open a Norwegian title and say nothing of the trade, only who owns or runs it or how one is
 * qualified («privat rengjører», «autorisert regnskapsfører»): a query word that is such an adjective («… på en privat
 * legeklinikk») is no head of the title (normalized). Not the adjectives of a field («medisinsk sekretær»,
 * «juridisk rådgiver»), which name the trade.
 */
const QUALIFIERS = /^(?:private?|offentlige?|kommunale?|statlige?|selvstendige?|ufaglerte?|faglerte?|autoriserte?|sertifiserte?)$/;

/** English modifiers of a title, as the first part of the Norwegian compound. */
const ENGLISH_MODIFIERS: Record<string, string> = Object.fromEntries(
  Object.entries({
    production: 'produksjon',
    maintenance: 'vedlikehold',
    quality: 'kvalitet',
    hse: 'hms',
    hms: 'hms',
    safety: 'sikkerhet',
    health: 'helse',
    customer: 'kunde',
    project: 'prosjekt',
    finance: 'økonomi',
    logistics: 'logistikk',
    purchasing: 'innkjøp',
    marketing: 'markeds',
    process: 'prosess',
    store: 'butikk',
    shift: 'skift',
    office: 'kontor',
    kitchen: 'kjøkken',
    cleaning: 'renhold',
    service: 'service',
    sales: 'salg',
    warehouse: 'lager',
    payroll: 'lønn',
    hr: 'hr',
    it: 'it',
    site: 'anlegg',
    field: 'felt',
    operations: 'drift',
    planning: 'planlegging',
    construction: 'bygg',
    civil: 'bygg',
    structural: 'bygg',
    mechanical: 'maskin',
    electrical: 'elektro',
    chemical: 'kjemi',
    servicedesk: 'servicedesk',
    helpdesk: 'helpdesk',
    transport: 'transport',
    shipping: 'shipping',
    procurement: 'innkjøp',
    inventory: 'lager',
    product: 'produkt',
    business: 'forretnings',
    development: 'utvikling',
    research: 'forskning',
    communications: 'kommunikasjon',
    recruitment: 'rekruttering',
    training: 'opplæring',
    department: 'avdeling',
    team: 'team',
    area: 'område',
    district: 'distrikt',
    regional: 'region',
    hotel: 'hotell',
    restaurant: 'restaurant',
    school: 'skole',
    event: 'event',
    travel: 'reise',
    tour: 'tur',
    night: 'natt',
    fire: 'brann',
    plant: 'fabrikk',
    factory: 'fabrikk',
    terminal: 'terminal',
    fleet: 'flåte',
    freight: 'frakt',
    customs: 'toll',
    accounting: 'regnskap',
    accounts: 'regnskap',
    property: 'eiendom',
    facility: 'drift',
    facilities: 'drift',
    // Workplaces and fields («kindergarten assistant» → barnehageassistent, «pharmacy technician» → apotektekniker).
    kindergarten: 'barnehage',
    preschool: 'barnehage',
    daycare: 'barnehage',
    nursing: 'pleie',
    care: 'omsorg',
    home: 'hjemme',
    youth: 'ungdoms',
    child: 'barne',
    childcare: 'barne',
    pharmacy: 'apotek',
    pharmaceutical: 'legemiddel',
    dental: 'tannlege',
    laboratory: 'laboratorie',
    lab: 'laboratorie',
    hospital: 'sykehus',
    shop: 'butikk',
    retail: 'butikk',
    cafe: 'kafe',
    bar: 'bar',
    museum: 'museums',
    city: 'by',
    nature: 'natur',
    tourist: 'turist',
    fitness: 'trenings',
    insurance: 'forsikring',
    claims: 'skade',
    software: 'programvare',
    web: 'web',
    data: 'data',
    network: 'nettverk',
    system: 'system',
    systems: 'system',
    security: 'sikkerhet',
    test: 'test',
    interior: 'interiør',
    landscape: 'landskaps',
    environmental: 'miljø',
    energy: 'energi',
    airport: 'flyplass',
    aircraft: 'fly',
    ship: 'skips',
    marine: 'skips',
    fishing: 'fiske',
    aquaculture: 'havbruk',
    farm: 'gårds',
    truck: 'lastebil',
    lorry: 'lastebil',
    bus: 'buss',
    taxi: 'taxi',
    crane: 'kran',
    machine: 'maskin',
    forklift: 'truck',
    port: 'havne',
    dock: 'kai',
    pipe: 'rør',
    laundry: 'vaskeri',
    // Industry, building and transport («assembly operator», «concrete worker», «van driver», «control room operator»).
    assembly: 'montasje',
    packing: 'pakke',
    packaging: 'emballering',
    filling: 'tappe',
    bottling: 'tappe',
    line: 'linje',
    qc: 'kvalitet',
    concrete: 'betong',
    road: 'vei',
    steel: 'stål',
    scaffolding: 'stillas',
    excavator: 'gravemaskin',
    digger: 'gravemaskin',
    van: 'varebil',
    hgv: 'lastebil',
    car: 'bil',
    auto: 'bil',
    motor: 'motor',
    control: 'kontroll',
    room: 'rom',
    instrument: 'instrument',
    automation: 'automasjon',
    robot: 'robot',
    parking: 'parkering',
    door: 'dør',
    stock: 'lager',
    bakery: 'bakeri',
    nursery: 'barnehage',
    credit: 'kreditt',
    loan: 'lån',
    // (Keys normalized like the query: «excavator» is typed with an x.)
  }).map(([k, v]) => [normalize(k), normalize(v)]),
);
/**
 * English heads of a title and the Norwegian heads they may be, the likeliest first (normalized): «door supervisor» is
 * a «dørvakt», «cleaning supervisor» a «renholdsleder»; «crane operator» a «kranfører», «line operator» a
 * «linjeoperatør».
 */
const ENGLISH_TITLE_HEADS: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    manager: 'leder',
    engineer: 'ingeniør',
    technician: 'tekniker',
    operator: 'operatør|fører',
    planner: 'planlegger',
    coordinator: 'koordinator',
    advisor: 'rådgiver',
    adviser: 'rådgiver',
    consultant: 'konsulent',
    worker: 'arbeider',
    assistant: 'assistent',
    supervisor: 'leder|vakt',
    specialist: 'spesialist',
    analyst: 'analytiker',
    director: 'direktør',
    lead: 'leder',
    officer: 'ansvarlig',
    agent: 'medarbeider|konsulent',
    leader: 'leder',
    clerk: 'medarbeider|assistent',
    associate: 'medarbeider|assistent',
    inspector: 'inspektør',
    mechanic: 'mekaniker',
    designer: 'designer',
    developer: 'utvikler',
    driver: 'sjåfør|fører',
    guide: 'guide',
    controller: 'controller|kontrollør',
    buyer: 'innkjøper',
    secretary: 'sekretær',
    teacher: 'lærer',
    nurse: 'sykepleier',
    chef: 'kokk',
    cook: 'kokk',
    instructor: 'instruktør',
    trainer: 'trener',
    architect: 'arkitekt',
    scientist: 'forsker',
    researcher: 'forsker',
    administrator: 'administrator',
    cleaner: 'renholder',
    receptionist: 'resepsjonist',
    electrician: 'elektriker',
    welder: 'sveiser',
    fitter: 'montør',
    helper: 'hjelper',
    porter: 'portør|portier',
    writer: 'skribent',
    operative: 'medarbeider|arbeider|operatør',
    labourer: 'arbeider|hjelper',
    laborer: 'arbeider|hjelper',
    hand: 'arbeider|mann|hjelp',
    handler: 'behandler|arbeider',
    erector: 'montør',
    attendant: 'vakt|medarbeider|vert',
    picker: 'plukker',
    packer: 'pakker',
  }).map(([k, v]) => [normalize(k), v.split('|').map(normalize)]),
);
/**
 * Two English words that are one head, and the Norwegian title word they are (normalized): such titles put what is led
 * after it («cleaning team leader» is «teamleder renhold») or before it («nattskiftleder»).
 */
const ENGLISH_HEAD_PAIRS: Record<string, string> = Object.fromEntries(
  Object.entries({
    'team leader': 'teamleder',
    'team lead': 'teamleder',
    'shift leader': 'skiftleder',
    'shift lead': 'skiftleder',
    'shift supervisor': 'skiftleder',
  }).map(([k, v]) => [normalize(k), normalize(v)]),
);

/** A European, national or county road by its number, typed as one word («E6», «e39», «rv7», «fv17»). */
const ROAD_NUMBER = /^(?:e|rv|fv)\d{1,3}$/;
/** The same with the number apart («Rv 7», «fv 17», «E 6»; not «e» alone, a little word of the dialects). */
const ROAD_CLASS = new Set(['rv', 'fv', 'riksvei', 'fylkesvei']);
const ROAD = 'vei';
/** Prepositions after which a road's number says where, not what is worked on. */
const PLACE_PREPOSITIONS = new Set(['ved', 'langs', 'pa', 'i', 'over', 'mot', 'fra', 'til', 'naer', 'nar', 'utenfor', 'forbi']);
/** A named railway line (Ofotbanen, Nordlandsbanen, Flåmsbana); the first part is checked to be a name in search. */
const RAILWAY_LINE = /^(\w{3,}?)ban(?:en|a)$/;
const RAILWAY = 'jernbane';
/** A newspaper's name: a name and the paper's word (Sunnmørsposten, Bygdebladet, Agderavisa, Bergens Tidende). */
const NEWSPAPER_NAME = /^(\w{3,}?)(?:posten|bladet|avisen|avisa|tidende)$/;
const NEWSPAPER = 'avis';

/**
 * Shorthand veiledere and fastleger type for a workplace or a title («jobber i bhg som ass.», «ing. offshore»),
 * as whole words only, each for one word of the catalogue. Only abbreviations that are not words of their own,
 * and none the catalogue's synonyms use as they are («adm dir» is a synonym).
 */
const ABBREVIATIONS: Record<string, string> = {
  bhg: 'barnehage',
  bhage: 'barnehage',
  ass: 'assistent',
  vgs: 'videregående',
  ing: 'ingeniør',
  avd: 'avdeling',
  spl: 'sykepleier',
  fagarb: 'fagarbeider',
  ped: 'pedagogisk',
  hfa: 'helsefagarbeider',
  hj: 'hjemme',
  // Sports clubs: «Tromsø IL», «Brann FK».
  il: 'idrettslag',
  // The English title written as one word, as veiledere hear it: «teamleader på produksjonslina».
  teamleader: 'teamleder',
  teamlead: 'teamleder',
  fk: 'fotballklubb',
};
const ABBREVIATION_RE = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(ABBREVIATIONS).join('|')})\\.?(?![\\p{L}\\d])`, 'giu');
/**
 * Titles shortened to capitals that are everyday words in small letters («bua» is the shed, and the shop up north):
 * expanded only as typed, in capitals.
 */
const CAPITALS: Record<string, string> = {
  BUA: 'barne- og ungdomsarbeider',
  // Corporate abbreviations of sales and HR titles and their trade («KAM i FMCG»): in small letters «kam» is a comb.
  KAM: 'key account manager',
  HRBP: 'HR business partner',
  SDR: 'salgsrepresentant',
  BDR: 'salgsrepresentant',
  FMCG: 'dagligvarer',
};
/** A word in capitals of two to six letters (maybe with digits or «&»): an abbreviation. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const CAPITALS_RE = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(CAPITALS).join('|')})(?![\\p{L}\\d])`, 'gu');

/**
 * The dialects' definite ending written after an apostrophe («om vinter'n», «på båt'n», «i hytt'a»): folding would make
 * the ending a word of its own («n», «a»), which matches titles by their first letter («nurse», «nanny»). Read as the
 * written definite form (vinteren, båten, hytta), which the little words and the objects know.
 */
const CLITIC_RE = /(?<=\p{L}{2})['’´`](n|a|en|et)(?![\p{L}\d])/gu;

/**
 * «Kaldnes mek.», «Aker mek. verksted»: a name followed by «mek.» is a mekaniske verksted, the old engineering works and
 * shipyards, not the mechanical engineer or fitter whose titles have «mekanisk». Read as the shipyard.
 */
const WORKS_RE = /(?<=\p{Lu}\p{L}+\s+)mek\b\.?(?:\s*(?:verksted|verkstad|verft)\b)?/gu;

/**
 * «fra klokka fire om morran», «til kl. 23»: a time of day says when, not what — «klokka» would read as the bell-ringer
 * (klokker). Left out, with its part of the day.
 */
const CLOCK_RE =
  /(?<![\p{L}\d])(?:(?:fra|frå|til|etter|før|innan|innen|rundt|ca\.?)\s+)?(?:klokka|klokken|klokkja|kl\.?)\s*(?:\d{1,2}(?:[.:]\d{2})?|ett|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|halv\s+\p{L}+)(?:\s+(?:om|på|i)\s+(?:morran|morgonen|morgenen|morgon|kvelden|kvelds|natta|natten|ettermiddagen|dagen))?(?![\p{L}\d])/giu;

export function expandAbbreviations(query: string): string {
  return query
    .replace(CLOCK_RE, ' ')
    .replace(CLITIC_RE, (_, e: string) => (e === 'n' ? 'en' : e))
    .replace(WORKS_RE, 'verft')
    .replace(ABBREVIATION_RE, (_, w: string) => ABBREVIATIONS[w.toLowerCase()]!)
    .replace(CAPITALS_RE, (_, w: string) => CAPITALS[w]!);
}

/**
 * Norwegian compounds for an English «modifier head» title, with and without the linking s, for each Norwegian head the
 * English one may be; none otherwise. Three words: two modifiers before the head («control room operator» →
 * kontrollromsoperatør), or a modifier before a head of two words («cleaning team leader» → teamleder renhold).
 */
function englishCompounds(norm: string): string[] {
  const w = norm.split(' ');
  // Norwegian writes no three equal letters where the parts meet: logistikk + koordinator → logistikkoordinator.
  const join = (a: string, b: string) => (a + b).replace(/(\w)\1\1/g, '$1$1');
  const compounds = (mod: string, heads: string[]) =>
    heads.flatMap((head) => (mod.endsWith('s') || mod.length <= 3 ? [join(mod, head)] : [join(mod + 's', head), join(mod, head)]));
  // «senior electrical engineer», «lead process engineer»: a rank before the title says how senior, not what the job is.
  if (w.length >= 3 && ENGLISH_RANKS.has(w[0]!)) return englishCompounds(w.slice(1).join(' '));
  if (w.length === 3) {
    const mod = ENGLISH_MODIFIERS[w[0]!];
    if (!mod) return [];
    const pair = ENGLISH_HEAD_PAIRS[`${w[1]} ${w[2]}`];
    if (pair) return [`${pair} ${mod.replace(/(?<=...)s$/, '')}`, join(mod, pair)];
    const heads = ENGLISH_TITLE_HEADS[w[2]!];
    const mod2 = ENGLISH_MODIFIERS[w[1]!];
    return heads && mod2 ? compounds(join(mod, mod2), heads) : [];
  }
  if (w.length !== 2) return [];
  const heads = ENGLISH_TITLE_HEADS[w[1]!];
  if (!heads) return [];
  // An adjective in Norwegian stays a word of its own: «legal assistant» → «juridisk assistent».
  const adjective = ENGLISH_ADJECTIVES[w[0]!];
  if (adjective) return heads.map((head) => `${adjective} ${head}`);
  const mod = ENGLISH_MODIFIERS[w[0]!];
  return mod ? compounds(mod, heads) : [];
}

/** Ranks before an English title («senior», «lead»): no part of the occupation. */
const ENGLISH_RANKS = new Set(['senior', 'junior', 'lead', 'principal']);

/** English modifiers of a title that are adjectives in the Norwegian title, a word of their own (normalized). */
const ENGLISH_ADJECTIVES: Record<string, string> = Object.fromEntries(
  Object.entries({
    legal: 'juridisk',
    medical: 'medisinsk',
    clinical: 'klinisk',
    graphic: 'grafisk',
    technical: 'teknisk',
    educational: 'pedagogisk',
    personal: 'personlig',
    social: 'sosial',
  }).map(([k, v]) => [k, normalize(v)]),
);

/** A hyphen between two letters or digits, as in a hyphenated compound («IT-konsulent»). */
const HYPHENATED = /([\p{L}\d])-(?=[\p{L}\d])/gu;
const HYPHEN_WORD = /[\p{L}\d]+(?:-[\p{L}\d]+)+/gu;

/** A machine named by what it does in a clause after it («maskina som pakker»; normalized). */
const MACHINE = new Set(['maskin', 'maskina', 'maskinen', 'maskiner', 'maskinene', 'maskinane'].map(normalize));

/** «uten fagbrev» and its kin, read as «ufaglært» (normalized). */
const WITHOUT = new Set(['uten', 'utan', 'ikke', 'ikkje']);
const SKILL = new Set(['fagbrev', 'fagbrevet', 'utdanning', 'utdaning', 'utdannelse', 'fagutdanning', 'papirer', 'papir', 'papira']);
const UNSKILLED = normalize('ufaglært');
/**
 * Working for someone who owns the business is working as a hand, not as the owner: «melkar kyrne for ein bonde»,
 * «jobba hos en gårdbruker», «haustar eple for ein fruktbonde» are the farm hand (gårdsarbeider), not the farmer
 * (normalized; any «…bonde»).
 */
const FOR_SOMEONE = new Set(['for', 'hos']);
const ARTICLE = new Set(['en', 'ein', 'ei', 'den']);
const FARM_OWNERS = new Set(['bonde', 'bonden', 'bønder', 'gårdbruker', 'gårdbrukeren', 'gardbrukar', 'gardbrukaren'].map(normalize));
const FARM_HAND = normalize('gårdsarbeider');
/** …and one's own farm is the farmer's: «på gården vår», «på min gård», «eigen gard» (normalized). */
const FARMS = new Set(['gård', 'gården', 'gardsbruk', 'gårdsbruket', 'gardsbruket', 'bruket'].map(normalize));
/** A possessive that may stand before «egen» («sin egen», «hennar eiga»). */
const POSSESSIVE = new Set(['sin', 'si', 'sitt', 'sine', 'hans', 'hennes', 'hennar'].map(normalize));
const OWN = new Set(['vår', 'min', 'mi', 'mitt', 'vårt', 'egen', 'eigen', 'eget', 'eige', 'eiga'].map(normalize));
const FARM_OWNER = normalize('gårdbruker');
/** Forms of «ha» before OWN, read as «eier» (owns). */
const HAVE = new Set(['har', 'hadde', 'hatt']);
const OWNS = 'eier';
/** What a title counts for when it is whom the work is done for («assistent for CEO»). */
const SERVED = 0.5;
/** Words that join one whom the work is done for to another («for leger og tannleger»). */
const COORDINATING = new Set(['og', 'eller']);
/** Articles between a verb and its object («leder et skift»), and the prepositions some verbs take («ansvar for»). */
const ARTICLE_BEFORE = new Set(['en', 'ei', 'et', 'ein', 'eit', 'ett']);
const OBJECT_PREP = new Set(['for', 'med', 'av']);
/** The shortest part of a word read alone when nothing else finds anything (partGuess). */
const GUESS_PART = 4;
/** Words of being responsible, whose «for» leads to the work itself, not to whom it is done for. */
const RESPONSIBLE_FOR = new Set(
  ['ansvar', 'ansvaret', 'ansvarlig', 'ansvarleg', 'hovedansvar', 'hovudansvar', 'hovedansvaret', 'hovudansvaret'].map(normalize),
);
/**
 * Manager titles whose first part names no trade («driftsleder», «avdelingsleiar», «skiftleder», «bestyrer», «arbeidsleder», «bas»): beside a
 * workplace they read as leading it, like the verb, so «driftsleiar på oppdrettslokalitet» is the aquaculture manager
 * and «skiftleder på meieriet» the shift supervisor in industry (normalized). The title word itself then counts no
 * more than a verb without its object (V_WEAK), and only where it leads a workplace of the query: what is led decides.
 */
const MANAGER_WORDS = new Set(
  [
    'driftsleder',
    'driftsansvarlig',
    'avdelingsleder',
    'enhetsleder',
    'seksjonsleder',
    'skiftleder',
    'teamleder',
    'gruppeleder',
    'fagleder',
    'virksomhetsleder',
    'driftssjef',
    'avdelingssjef',
    'bestyrer',
    'arbeidsleder',
    'bas',
  ].map(normalize),
);

/**
 * Leaders' titles that read as leading only right before «for»/«over» and whom they lead («formann for snekkerne», «bas
 * for tømrerne», «leder for vaskerne»); alone beside a workplace they stay titles («formann på anlegget» is 3123's
 * anleggsformann) (normalized).
 */
const LEADER_WORDS = new Set(['formann', 'foreman', 'bas', 'leder', 'sjef', 'arbeidsleder', 'teamleder'].map(normalize));
/**
 * The driver's title that names no vehicle («sjåfør»): beside a vehicle it reads as driving it, like the verb, so
 * «sjåfør på melkebil» is the lorry driver whose rule has «melkebil», not the van driver whose title is «sjåfør»; the
 * title word then counts as a verb, like a manager title that names no trade (MANAGER_WORDS) (normalized).
 */
/** The agent noun of «kjøre» at the end of a word, bokmål and nynorsk; FORER the «føre» forms that replace it. */
const DRIVES_END = new RegExp(`(?:${['kjører', 'kjørar', 'kjøyrer', 'kjøyrar', 'køyrer', 'køyrar'].map(normalize).join('|')})$`);
const FORER = ['fører', 'førar'].map(normalize);
/** Agent endings read as another of the same meaning: -kjører as -fører, -kar («fellow») as -mann. */
// (The third field: a compound of known words counts too — a nynorsk spelling of any title, not only a listed one.)
const SUFFIX_SWAPS: [RegExp, string[], boolean][] = [
  [DRIVES_END, FORER, false],
  // (Folded, a final «-ar» reads «-er»: «brøytekar» arrives as «broyteker».)
  [/k(?:ar|er|aren)$/, ['mann'], false],
  // (Nynorsk «-leggjar», folded «-leggjer»: «ruteplanleggjar» is the «ruteplanlegger».)
  [/leggj(?:ar|er)$/, ['legger'], true],
];
const DRIVER_WORDS = new Set(['sjåfør', 'sjåføren', 'sjåfører'].map(normalize));
const DRIVE = 'kjøre';
const LEADS_PREP = new Set(['for', 'over']);
/** «daglig» in «daglig leder» (normalized). */
const DAILY = new Set(['daglig', 'dagleg'].map(normalize));

/** Authorities that inspect others' workplaces («for Mattilsynet», «for Arbeidstilsynet»), normalized. */
/** At most this many groups doing a verb make it a trade's verb («snekre», «male»), not a general one («passe», «kjøre»). */
const TRADE_VERB_GROUPS = 4;
const AUTHORITIES = new Set(['mattilsynet', 'arbeidstilsynet', 'brannvesenet', 'brannvesen', 'tilsynet', 'statsforvalteren', 'fylkesmannen'].map(normalize));

/** The public employers people name beside a job («i kommunen», «i staten», «på fylket»), after their endings (normalized). */
const PUBLIC_EMPLOYERS = new Set(['kommune', 'fylkeskommune', 'bydel', 'stat', 'staten', 'fylke', 'fylket'].map(normalize));

/** Verbs of teaching: the verb after «å» behind them is what is taught («lærer barn å svømme»). */
const TEACHING = new Set(['lære', 'lære_opp', 'undervise', 'instruere', 'trene']);
/** «å», folded. */
const INFINITIVE = 'a';

/** «har», the verb of keeping animals and growing crops («har sauer», «har 40 geiter»): a verb only before what it keeps. */
const POSSESS = 'ha';
/**
 * An apprentice of a trade is that trade: «industrimekanikerlærling», «lærling i murerfaget», «lærling som maler»,
 * «lærling hos en rørlegger» (normalized). The singular only: «lærer opp lærlinger» is the teacher's.
 */
const APPRENTICE = new Set(['lærling', 'lærlingen', 'lerling', 'larling'].map(normalize));
/** The heads of older titles of a person (normalized: -dame, -kone, -kjerring are -mann): «filetdame», «fabrikkjente». */
const PERSON_ENDS = ['mann', 'jente'];
const APPRENTICE_END = /(?:e?s?)(?:laerling|lerling|larling)(?:en)?$/;
/** «…faget», «…fag»: the trade of «lærling i murerfaget», «lærling i kokkfaget». */
const TRADE_FIELD = /(?:faget|fag)$/;
const APPRENTICE_AS = new Set(['hos', 'for', 'i', 'som', 'innen']);

/**
 * Lessons a teacher holds, as the head of a compound («danseklassar», «svømmekurs», «yogatimer»): the first part is the
 * subject taught. Normalized, with the definite and plural endings (nynorsk -ar is -er by now).
 */
const LESSON_END = /^(\p{L}{3,}?)(?:klasse|klassen|klasser|klassene|klassane|kurs|kurset|kursa|kursene|kursane|time|timen|timer|timene|timane)$/u;
/** The verbs that hold a lesson and say nothing alone («holder kurs», «har danseklasser»), read as teaching it. */
const HOLD_LESSON = new Set(['holde', 'ha']);
const TEACHES = normalize('underviser');

/** «assistent X» read as the title «assisterende X» where the catalogue has it (normalized). */
const ASSISTANT = normalize('assistent');
const ASSISTING = normalize('assisterende');

/**
 * Numbers that count something and so filter no code: one glued to a word by a hyphen («12-årslaget», «3-roms»,
 * «G-16» aside) or followed by a unit of time, age, amount or size («i 12 år», «12 timer», «14 åringer»).
 */
const COUNTED =
  /(?<![\p{L}\d])(\d+)(?=-\p{L}|\s*(?:år|aar|års|aars|åra|aara|årene|åring\p{L}*|aaring\p{L}*|timer?|t|min|minutter|dager?|dagar|døgn|uker?|veker?|mnd|måneder|månader|prosent|%|kr|kroner|tonn|meter|km|personer|stk|mann)(?![\p{L}\d]))/giu;

function countedNumbers(query: string): Set<string> {
  const out = new Set<string>();
  if (!/\d/.test(query)) return out;
  for (const m of query.matchAll(COUNTED)) out.add(m[1]!);
  return out;
}

/** ø and å written as two letters, as on a keyboard without them. */
const DIGRAPH = /oe|aa/;
const undigraph = (w: string): string => w.replace(/oe/g, 'o').replace(/aa/g, 'a');

/** The word of `s` that ends at `end` ends in -isk, -iske or -iskt (an adjective: «juridisk», «tekniske»). */
function adjectiveEnd(s: string, end: number): boolean {
  const last = s.charCodeAt(end - 1);
  const at = last === 101 || last === 116 ? end - 4 : end - 3; // e, t
  return at >= 0 && s.startsWith('isk', at);
}

/**
 * Heads that end in another word they have nothing to do with: the agent noun of «slå» (blikken|slager,
 * hov|slager, kobber|slager) ends in «lager», but a warehouse is no part of a tinsmith or a farrier. A query word
 * found only as the end of such a head counts as chance inside a word, not as the head of a compound.
 */
// («produ|senter» is a producer, not a centre: «vasker på senteret» is no husdyrprodusent.)
const FALSE_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['lager', ['slager']],
  ['senter', ['dusenter']],
]);

function inFalseHead(tok: string, s: string, pos: number): boolean {
  for (const [word, heads] of FALSE_HEADS) {
    // The word as typed or inflected (lager, lagere, lageret).
    if (!tok.startsWith(word)) continue;
    for (const h of heads) {
      const at = pos - (h.length - word.length);
      if (at >= 0 && s.startsWith(h, at)) return true;
    }
  }
  return false;
}

/** `a` and `b` differ by one edit at most: a letter left out, put in or changed, or two letters swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Definite and plural endings tried, longest first, when a query word is found nowhere as typed. */
const DEFINITE = ['ene', 'ane', 'ne', 'en', 'et', 'a', 'n', 'e'];

function compile(t: string, secondTypo = false): Compiled {
  // Typo tolerance grows with length; 1–3 letters are still being typed, so only exact parts count.
  // (A second typo only from six letters: the pattern is cut in three pieces of two letters or more.)
  const k = t.length >= 8 || (secondTypo && t.length >= 6) ? 2 : t.length >= 4 ? 1 : 0;
  return { t, k, pat: k ? compilePattern(t) : null, mask: charMask(t) };
}

/** The items a query word hits exactly: how many groups, and the items with their scores. */
interface ExactHits {
  count: number;
  /** The items hit, in item order, and their scores. */
  list: Int32Array;
  scores: Float64Array;
}

/** What a searcher derives from the catalogue once; immutable, so searchers on the same catalogue share it. */
interface Index {
  items: Item[];
  fulltextCache: string[];
  /** The distinct words of the descriptions and tasks, sorted, and per word the groups that have it (ascending). */
  ftWords: string[];
  ftGroups: Int32Array[];
  names: string[];
  namesMask: number[];
  firstItem: Int32Array;
  /** Group i's items are itemStart[i] … itemStart[i + 1] - 1 (items are added group by group). */
  itemStart: Int32Array;
  codeSet: Set<string>;
  prior: number[];
  acts: ActivityIndex;
  /** Every word of every title and synonym, as one string (for prefix and suffix lookups) and as a set. */
  vocab: string;
  vocabWords: Set<string>;
  /** The same, without the words of English titles (taxi driver, store manager): for telling verbs from nouns. */
  nativeVocab: string;
  /** The same words as a set. */
  nativeWords: Set<string>;
  /** Every word of every title and synonym, sorted: which words a word still being typed may be the start of. */
  vocabSorted: string[];
  /**
   * Two words in a row of an English title («store manager», «pet sitter», «plant manager», «agile coach»): typed
   * together, both are words of the title, though one is a little word or a verb form in Norwegian.
   */
  englishPairs: Set<string>;
  /** Two words in a row of any title or synonym («site manager havbruk»): typed together, they are read as typed. */
  titlePairs: Set<string>;
  /** Titles and synonyms of exactly two words («store manager»): an English pair that is a whole title stays as typed. */
  twoWordTitles: Set<string>;
  /** Titles and synonyms of one word (skipper, matros, kokk). */
  oneWordTitles: Set<string>;
  /** Verb lemma → every object of the rules that have it (for little words that are objects: «leder et skift»). */
  verbObjects: Map<string, Set<string>>;
  /** What the driving rules drive (their objects, not their `~`/`+` places): the vehicles «sjåfør på …» names. */
  /** Objects of the rules with no verb (a workplace, a field: «gjødselfabrikk», «sykehjem»). */
  placeWords: Set<string>;
  drivenObjects: Set<string>;
  /** Every ending of five letters or more of those words: the heads their compounds can have. */
  vocabHeads: Set<string>;
  objectWords: Set<string>;
  /** Item words (and their singular stems) → the items that have them, for crediting parts of compounds. */
  wordItems: Map<string, number[]>;
  /**
   * A one-word title (kokk, sjåfør, mekaniker) → the groups that have it as a whole word of a title or synonym (2) or
   * as the head of a longer title word (1): the heads a compound the catalogue lacks is read by (pizza|kokk).
   */
  tradeHeads: Map<string, Map<number, number>>;
  /** Per group, the objects of its activity rules (what a compound's first part may name: fiskebil|sjåfør). */
  entryObjects: Set<string>[];
  verbTypo: (w: string) => string | undefined;
  titleTypo: (w: string) => string | undefined;
  /** Activity objects of nine letters or more one typo from a word (objectTypoIndex). */
  objectTypo: (w: string) => string | undefined;
  /** Every two- and three-letter piece of the items' strings → the items that have it (for typo candidates). */
  grams: Map<string, Int32Array>;
}

const indexes = new WeakMap<Catalogue, Index>();

/** A title without its «(unntatt …)» part. */
function withoutExcept(title: string): string {
  return title
    .replace(/\(?\s*unntatt\b[^)]*\)?/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function buildIndex(catalogue: Catalogue): Index {
  const entries = catalogue.entries;
  const items: Item[] = [];
  // Description + tasks, normalized once up front so no keystroke pays for it.
  const fulltextCache = entries.map((e) => ' ' + normalize([e.description ?? '', ...(e.tasks ?? [])].join(' ')) + ' ');
  entries.forEach((e, i) => {
    const have = new Set<string>();
    const add = (text: string, kind: Kind, matchText = text, foreign = false) => {
      const norm = normalize(matchText);
      if (!norm) return;
      if (have.has(norm)) {
        const it = items.findLast((x) => x.entry === i && x.norm === norm);
        if (it) (it.alts ??= []).push(text);
        return;
      }
      have.add(norm);
      // Whole words plus their singular stems, so a compound query can be credited with a known part (also
      // the parts of a hyphenated compound).
      // (Not the language shown beside a foreign title: «polsk» is no part of «spawacz».)
      const spaced = matchText === text || foreign ? norm : normalize(text);
      const words = [...new Set(`${norm} ${spaced}`.split(' ').flatMap((w) => [w, w.replace(/e$/, ''), w.replace(/e?r$/, '')]))].filter((w) => w.length >= 4);
      const last = norm.lastIndexOf(' ');
      const english = !foreign && last > 0 && ENGLISH_HEADS.has(norm.slice(last + 1));
      const head = english ? last + 1 : 0;
      const nWords = norm.split(' ').filter((w) => !STOPWORDS.has(w)).length;
      // Every field set here, in one order: items of one shape keep the search's property loads monomorphic.
      const qualified = kind !== Kind.Synonym && text.includes('(');
      items.push({ entry: i, text, norm, mask: charMask(norm), kind, head, english, foreign, nWords, words, alts: undefined, qualified });
    };
    // («Andre sivilingeniører (unntatt elektroteknologi)»: what a title leaves out is matched by no query.)
    add(e.title, Kind.Title, withoutExcept(e.title));
    add(e.navTitle, Kind.Nav, withoutExcept(e.navTitle));
    // A hyphenated synonym is one compound (HR-konsulent, VVS-montør, backend-utvikler): matched closed up, so
    // its last part is a compound head like in rørmontør, not a title word of its own.
    for (const s of e.synonyms) add(s, Kind.Synonym, s.replace(/([\p{L}\d])-(?=[\p{L}\d])/gu, '$1'));
    // Titles in other languages match like synonyms and show their language: «spawacz (polsk)».
    for (const f of e.foreignTitles ?? []) {
      const p = parseForeignTitle(f);
      if (p) add(showForeignTitle(f)!, Kind.Synonym, p.title, true);
    }
  });
  const ftMap = new Map<string, number[]>();
  fulltextCache.forEach((t, i) => {
    for (const w of t.split(' ')) {
      if (!w) continue;
      const l = ftMap.get(w);
      if (!l) ftMap.set(w, [i]);
      else if (l[l.length - 1] !== i) l.push(i);
    }
  });
  const ftWords = [...ftMap.keys()].sort();
  const byEntry = entries.map(() => [] as string[]);
  for (const it of items) byEntry[it.entry]!.push(it.norm);
  const names = byEntry.map((l) => ' ' + l.join(' | ') + ' ');
  const firstItem = new Int32Array(entries.length).fill(-1);
  items.forEach((it, n) => {
    if (firstItem[it.entry] === -1) firstItem[it.entry] = n;
  });
  const itemStart = new Int32Array(entries.length + 1);
  for (let i = 0, n = 0; i <= entries.length; i++) {
    while (n < items.length && items[n]!.entry < i) n++;
    itemStart[i] = n;
  }
  const acts = buildActivityIndex(
    entries.map((e) => e.activities),
    verbLexicon(),
    byEntry,
  );
  const vocabWords = new Set(items.flatMap((it) => it.norm.split(' ')));
  const wordItems = new Map<string, number[]>();
  items.forEach((it, n) => {
    for (const w of it.words) {
      const l = wordItems.get(w);
      if (l) l.push(n);
      else wordItems.set(w, [n]);
    }
  });
  const vocabHeads = new Set<string>();
  for (const w of vocabWords) for (let p = 0; p <= w.length - 5; p++) vocabHeads.add(w.slice(p));
  const gramLists = new Map<string, number[]>();
  const addGram = (g: string, n: number) => {
    const l = gramLists.get(g);
    if (!l) gramLists.set(g, [n]);
    else if (l[l.length - 1] !== n) l.push(n);
  };
  items.forEach((it, n) => {
    for (let i = 0; i + 2 <= it.norm.length; i++) {
      addGram(it.norm.slice(i, i + 2), n);
      if (i + 3 <= it.norm.length) addGram(it.norm.slice(i, i + 3), n);
    }
  });
  return {
    items,
    fulltextCache,
    ftWords,
    ftGroups: ftWords.map((w) => Int32Array.from(ftMap.get(w)!)),
    names,
    namesMask: names.map(charMask),
    firstItem,
    itemStart,
    codeSet: new Set(entries.map((e) => e.code)),
    prior: entries.map((e) => (e.prior ?? 1) * 0.25),
    acts,
    vocab: ' ' + [...vocabWords].join(' ') + ' ',
    vocabWords,
    vocabHeads,
    nativeVocab: ' ' + [...new Set(items.filter((it) => !it.english && !it.foreign).flatMap((it) => it.norm.split(' ')))].join(' ') + ' ',
    nativeWords: new Set(items.filter((it) => !it.english && !it.foreign).flatMap((it) => it.norm.split(' '))),
    vocabSorted: [...vocabWords].sort(),
    oneWordTitles: new Set(items.filter((it) => !it.norm.includes(' ')).map((it) => it.norm)),
    twoWordTitles: new Set(items.filter((it) => it.norm.split(' ').length === 2).map((it) => it.norm)),
    drivenObjects: new Set(acts.rules.flatMap((rs) => rs.flatMap((r) => (r.verbs.includes(DRIVE) ? r.objects.filter((o) => !r.context.has(o)) : [])))),
    placeWords: new Set(acts.rules.flatMap((rs) => rs.flatMap((r) => (r.any && !r.required.size ? r.objects.filter((o) => !r.context.has(o)) : [])))),
    verbObjects: (() => {
      const m = new Map<string, Set<string>>();
      for (const rs of acts.rules)
        for (const r of rs)
          for (const v of r.verbs) {
            let o = m.get(v);
            if (!o) m.set(v, (o = new Set()));
            for (const x of r.objects) o.add(x);
          }
      return m;
    })(),
    titlePairs: new Set(
      items.flatMap((it) => {
        const w = it.norm.split(' ');
        return w.slice(1).map((b, k) => `${w[k]} ${b}`);
      }),
    ),
    englishPairs: new Set(
      items
        .filter((it) => it.english)
        .flatMap((it) => {
          const w = it.norm.split(' ');
          return w.slice(1).map((b, k) => `${w[k]} ${b}`);
        }),
    ),
    objectWords: new Set(acts.objIdx.objects),
    wordItems,
    tradeHeads: (() => {
      // The official titles are plural (Kokker, Bakere): their singular is the title too.
      // …and «-ger» drops only its «r» where the catalogue writes the singular somewhere (Tannleger: «offentlig tannlege»).
      const words = new Set(items.flatMap((it) => (it.english || it.foreign ? [] : it.norm.split(' '))));
      const singular = (w: string): string[] => [
        w,
        ...PLURALS.filter((e) => w.endsWith(e) && w.length - e.length >= 4).map((e) => w.slice(0, -e.length)),
        ...(w.endsWith('er') && words.has(w.slice(0, -1)) ? [w.slice(0, -1)] : []),
      ];
      const one = new Set(
        items.filter((it) => !it.norm.includes(' ') && !it.english && !it.foreign).flatMap((it) => singular(it.norm).filter((w) => w.length >= 4)),
      );
      for (const h of Object.values(HEAD_SAME)) one.add(h);
      const m = new Map<string, Map<number, number>>();
      for (const it of items) {
        if (it.english || it.foreign) continue;
        // The head of a title of several words is its first word (resepsjonist tannlege is no dentist), after an
        // adjective of ownership or qualification («privat rengjører», «daglig leder»).
        const ws = it.norm.split(' ');
        for (const w of ws.length > 1 && !/(?:ig|isk|ert|at)$/.test(ws[0]!) ? [ws[0]!] : ws)
          for (let p = 0; p <= w.length - 4; p++)
            for (const h of singular(w.slice(p))) {
              if (!one.has(h)) continue;
              let g = m.get(h);
              if (!g) m.set(h, (g = new Map()));
              const level = p === 0 ? 2 : 1;
              if ((g.get(it.entry) ?? 0) < level) g.set(it.entry, level);
            }
      }
      return m;
    })(),
    entryObjects: acts.rules.map((rs) => new Set(rs.flatMap((r) => r.objects))),
    verbTypo: verbTypoIndex(acts.lex),
    // One-word titles of at most two groups (the ones a misspelt first word is read as, below): «tømrer», not «lærer».
    titleTypo: titleTypoIndex(
      (() => {
        const groups = new Map<string, Set<number>>();
        for (const it of items) if (!it.norm.includes(' ')) (groups.get(it.norm) ?? groups.set(it.norm, new Set()).get(it.norm)!).add(it.entry);
        return [...groups].filter(([, g]) => g.size <= 2).map(([t]) => t);
      })(),
    ),
    objectTypo: objectTypoIndex(acts.objIdx.objects),
    grams: new Map([...gramLists].map(([g, l]) => [g, Int32Array.from(l)])),
  };
}

/**
 * `a.map(f)` built with push. The array `map` returns has another elements kind when it runs in the interpreter than
 * in optimized code, so the search's optimized code, which indexes these arrays, met the other kind, was thrown away
 * and compiled again, thousands of times in a typing session (the background compiler's work showed as CPU spikes).
 */
function mapped<T, U>(a: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < a.length; i++) out.push(f(a[i]!, i));
  return out;
}

export function createSearcher(catalogue: Catalogue): Searcher {
  const entries = catalogue.entries;
  // The farmers' groups (a title «bonde», «gårdbruker»): whom the hand that «for ein bonde» was read as works for.
  const farmerGroup = Uint8Array.from(entries, (e) => +e.synonyms.some((s) => FARM_OWNERS.has(normalize(s))));
  let ix = indexes.get(catalogue);
  if (!ix) indexes.set(catalogue, (ix = buildIndex(catalogue)));
  const {
    items,
    fulltextCache,
    ftWords,
    ftGroups,
    names,
    namesMask,
    firstItem,
    itemStart,
    codeSet,
    prior,
    acts,
    vocab,
    nativeVocab,
    nativeWords,
    vocabSorted,
    englishPairs,
    titlePairs,
    twoWordTitles,
    oneWordTitles,
    verbObjects,
    drivenObjects,
    placeWords,
    vocabWords,
    vocabHeads,
    objectWords,
    wordItems,
    tradeHeads,
    entryObjects,
    verbTypo,
    titleTypo,
    objectTypo,
    grams,
  } = ix;
  const fulltext = (i: number): string => fulltextCache[i]!;
  /** The titles that have an «assisterende» form (borer, rektor, butikksjef). */
  const assisted = new Set(items.filter((it) => it.norm.startsWith(`${ASSISTING} `)).map((it) => it.norm.slice(ASSISTING.length + 1)));
  const lex = acts.lex;
  const memoNounish = new Map<string, boolean>();
  /** A verb form that is also a noun in some title («lager», «maler», «selger», «søppelkjører»). */
  const nounish = (w: string): boolean => {
    let v = memoNounish.get(w);
    if (v === undefined) {
      v = vocab.includes(' ' + w) || vocab.includes(w + ' ') || objectWords.has(w);
      if (memoNounish.size > 5000) memoNounish.clear();
      memoNounish.set(w, v);
    }
    return v;
  };
  // A query word that is a word of the titles (also in the plural), a verb form or an activity object is
  // complete, not still being typed, so a longer compound that merely starts with it is a modifier match.
  /** The objects of the teaching rules (what is taught: dans, sveising, norsk), built once at the first lesson word. */
  let teachingSet: Set<string> | undefined;
  const teachingObjects = (): Set<string> => {
    if (!teachingSet) {
      teachingSet = new Set();
      for (const l of TEACHING) for (const o of verbObjects.get(l) ?? []) teachingSet.add(o);
    }
    return teachingSet;
  };
  const knownMemo = new Map<string, boolean>();
  // Asked for every query word at every keystroke, mostly for the same words.
  const knownWord = (w: string): boolean => {
    let v = knownMemo.get(w);
    if (v === undefined) {
      v = vocabWords.has(w) || PLURALS.some((p) => vocabWords.has(w + p)) || lex.forms.has(w) || stems(w).some((s) => objectWords.has(s));
      if (knownMemo.size >= 5000) knownMemo.clear();
      knownMemo.set(w, v);
    }
    return v;
  };
  /**
   * What follows a first part in a title word is a word of its own, maybe after a linking -s- or -e- (bil|mekaniker,
   * sau|e|bonde). Remembered: the rests are ends of the titles' words, met again at every short word typed.
   */
  const restMemo = new Map<string, boolean>();
  const compoundRest = (r: string): boolean => {
    let v = restMemo.get(r);
    if (v === undefined) {
      v = knownWord(r) || (r.length > 4 && (r[0] === 's' || r[0] === 'e') && knownWord(r.slice(1)));
      if (restMemo.size >= 50000) restMemo.clear();
      restMemo.set(r, v);
    }
    return v;
  };
  /**
   * The title word a compound is when its linking -s- is put in or taken out where two known words meet (the first
   * three letters or more, the head four): anleggmaskinfører → anleggsmaskinfører, lagersmedarbeider →
   * lagermedarbeider; not «pla|tarbeider» → plastarbeider.
   */
  const linkingS = (w: string): string | undefined => {
    for (let p = 3; p <= w.length - 4; p++) {
      const drop = w[p] === 's' && p >= 4;
      const head = w.slice(drop ? p + 1 : p);
      if (!knownWord(w.slice(0, p)) || !(knownWord(head) || knownHead(head) || PLURALS.some((e) => knownHead(head + e)))) continue;
      const d = drop ? w.slice(0, p) + head : w.slice(0, p) + 's' + head;
      if (vocabWords.has(d) || PLURALS.some((e) => vocabWords.has(d + e))) return d;
    }
    return undefined;
  };
  /** Some word of the titles starts with `w` (binary search over the sorted words). */
  const startsVocab = (w: string): boolean => {
    const lo = lowerBound(vocabSorted, w);
    return lo < vocabSorted.length && vocabSorted[lo]!.startsWith(w);
  };
  /** A whole word of the titles or the head of one of their compounds (baker, medarbeider). */
  const knownHead = (w: string): boolean => vocabWords.has(w) || vocabHeads.has(w);
  const memoCompound = new Map<string, boolean>();
  /**
   * A compound of a known first part (a word of the titles, a verb form, an object or a little word such as «skift»,
   * maybe with a linking -s- or -e-; of three letters only a title word or an object: «bre») and a head that is a
   * whole word of the titles (skift|arbeider, bre|fører), which some group knows both parts of: spelled right, to be
   * read by its parts, whether or not the catalogue has it. «rør|leger» is no such word: no group of «leger» knows
   * «rør», so it stays a typo of «rørlegger».
   */
  const knownCompound = (w: string): boolean => {
    let v = memoCompound.get(w);
    if (v !== undefined) return v;
    v = false;
    for (let p = 3; p <= w.length - 5 && !v; p++) {
      const head = w.slice(p);
      if (!vocabWords.has(head) && !PLURALS.some((e) => head.endsWith(e) && vocabWords.has(head.slice(0, -e.length)))) continue;
      const first = w.slice(0, p);
      const bare = p > 4 && (first.endsWith('s') || first.endsWith('e')) ? first.slice(0, -1) : first;
      // As written: no plural or inflected readings of the first part («flyv» is no word for being «flyver»).
      const known =
        p === 3
          ? vocabWords.has(first) || objectWords.has(first)
          : [first, bare].some((f) => vocabWords.has(f) || lex.forms.has(f) || objectWords.has(f) || isLittleWord(f));
      if (!known) continue;
      const mod = p === 3 ? ` ${first} ` : bare;
      for (let i = 0; i < entries.length && !v; i++) v = names[i]!.includes(head) && (names[i]!.includes(mod) || fulltext(i).includes(mod));
    }
    if (memoCompound.size > 5000) memoCompound.clear();
    memoCompound.set(w, v);
    return v;
  };

  /** Per group, the first split of the token whose head its titles and synonyms hold (0: none; see findHeads). */
  const headFrom = new Int32Array(entries.length);
  /**
   * Fills `headFrom` for a token and the groups `wanted` says: the head from split p on (five letters or more) ends
   * every longer head, so a group that holds a longer head holds the shorter ones too. The shortest head is looked
   * for in every group, each longer one only in the groups that held the one before — few, once the head is long.
   */
  function findHeads(tok: string, wanted: (i: number) => boolean): void {
    headFrom.fill(0);
    let p = tok.length - 5;
    if (p < 3) return;
    let head = tok.slice(p);
    const mask = charMask(head);
    let held: number[] = [];
    const holds = (i: number): void => {
      if (mask & ~namesMask[i]! || !wanted(i) || !names[i]!.includes(head)) return;
      headFrom[i] = p;
      held.push(i);
    };
    if (head.includes(' ') || head.includes('|')) for (let i = 0; i < entries.length; i++) holds(i);
    else {
      // Only a group with a string that holds the head's rarest piece can hold it (items are in group order).
      let last = -1;
      for (const n of gramHolders(head)) {
        const i = items[n]!.entry;
        if (i !== last) holds((last = i));
      }
    }
    for (p--; p >= 3 && held.length; p--) {
      head = tok.slice(p);
      const next: number[] = [];
      for (const i of held)
        if (names[i]!.includes(head)) {
          headFrom[i] = p;
          next.push(i);
        }
      held = next;
    }
  }

  /**
   * The head of a Norwegian compound names the occupation (pizza|kokk is a cook, fiskebil|sjåfør a driver): a word the
   * catalogue lacks whose last part (four letters or more, after a first part of three or more) is a one-word title
   * scores in the groups that have that title, as a whole word (T_HEAD_TITLE) or as the head of a longer title word (4
   * less). Its first part only narrows among them (T_HEAD_NARROW where the group's titles, activity objects or
   * description know it) — so the first part alone («pizza», «barnehage», «fisk») cannot outrank the head. Only a head
   * that names the job, a whole title word of at most two groups (kokk, sjåfør, not selger, lærer or operatør, whose
   * first part says which), and only after a first part that is no verb (sveise|inspektør is the welding trade).
   * Remembered per word: typing on keeps asking for the same few.
   */
  const headMemo = new Map<string, [number, number, string][]>();
  function headTitles(tok: string): [number, number, string][] {
    let out = headMemo.get(tok);
    if (out) return out;
    const best = new Map<number, [number, string]>();
    // Shortest head first: a longer head that ends in one many groups share (syke|husrenholder ends in «renholder») is
    // no more the job than that one, so the search stops there — where some group with the shared head knows the first
    // part (sykehus|renholder: the cleaner, who has «sykehus» among his places, not the nurse of the place alone). When
    // none does, a longer head after a first part that is a word of its own is read (skole|tannlege is no «lege» of a
    // school-tooth).
    let shared = false;
    for (let p = tok.length - 4; p >= 3; p--) {
      const head = tok.slice(p);
      const groups = tradeHeads.get(head);
      // A head that stands for another (fører for sjåfør) is read only through it: «fører» ends too many titles
      // (regnskapsfører, markedsfører) to name the job, so rekneskaps|førar stays a typo of regnskapsfører.
      if (!groups || HEAD_OTHER.has(head)) continue;
      let whole = 0;
      for (const level of groups.values()) if (level === 2) whole++;
      const many = whole > 2;
      if (shared && !knownWord(tok.slice(0, p))) continue;
      // A driver is a «sjåfør» or a «fører» as people please (truck|sjåfør is the truckfører).
      const also = HEAD_SAME[head];
      const alike = also ? tradeHeads.get(also) : undefined;
      const first = tok.slice(0, p);
      // The first part as written, or without a linking -s- or -e- (barnehage|s|kokk, sau|e|bonde).
      const mods = p > 4 && /[se]$/.test(first) ? [first, first.slice(0, -1)] : [first];
      if (mods.some((m) => lex.forms.has(m) && !objectWords.has(m) && !vocabWords.has(m))) continue;
      let narrowed = false;
      for (const [i, level] of alike ? [...groups, ...alike] : groups) {
        const objs = entryObjects[i]!;
        // A head many groups share names the job only where the first part, a word of its own, is among the group's
        // titles or activity objects (sykehus|renholder: «~sykehus» of the cleaners), not just in its description.
        // (Asked first: it rules out most groups before the costlier look into each one's full text below.)
        if (
          many &&
          !(level === 2 && mods.some((m) => m.length >= 5 && knownWord(m) && (names[i]!.includes(m) || objs.has(m) || stems(m).some((x) => objs.has(x)))))
        )
          continue;
        const known = mods.some((m) => names[i]!.includes(m) || objs.has(m) || stems(m).some((x) => objs.has(x)) || fulltext(i).includes(' ' + m));
        narrowed = true;
        const other = !groups.has(i);
        // Read by the other head, a group counts only where it knows the first part, and most where it has the very
        // compound (truck|fører).
        if (other && !known) continue;
        const same = other && mods.some((m) => names[i]!.includes(m + also));
        const sc = T_HEAD_TITLE - (level === 2 ? 0 : 4) + (known ? T_HEAD_NARROW : 0) + (same ? 2 : 0) + Math.min(4, head.length * 0.3);
        if (sc > (best.get(i)?.[0] ?? 0)) best.set(i, [sc, head]);
      }
      if (many) {
        if (narrowed) break;
        shared = true;
      }
    }
    out = [...best].map(([i, [sc, head]]) => [i, sc, head] as [number, number, string]);
    if (headMemo.size >= 256) headMemo.clear();
    headMemo.set(tok, out);
    return out;
  }

  /** One split of a long token: its head, its modifier as looked for, where the modifier occurs, the head's bonus. */
  interface Split {
    head: string;
    mod: string;
    /** Per group: 2 the modifier is in its titles and synonyms, 1 only in its description and tasks, 0 neither, -1 not yet known. */
    where: Int8Array;
    /** Longer heads are more specific (montør over tør), so they win ties. */
    bonus: number;
  }
  /** Where each modifier occurs, kept across keystrokes: typing on at the end of a word keeps every modifier of its splits. */
  const modMemo = new Map<string, Int8Array>();

  /**
   * The splits of a long word the catalogue lacks (asfaltarbeider, ventilasjonsmontør) into modifier + head, by split
   * point (from 3; the head has five letters or more). A modifier of three letters (bre|fører, bil|…) counts only as
   * a whole word of the group: as part of a word it is chance. A longer one may end in a linking -s- or -e-.
   */
  function splitsOf(tok: string): Split[] {
    const out: Split[] = [];
    for (let p = 3; p <= tok.length - 5; p++) {
      const head = tok.slice(p);
      let mod = tok.slice(0, p);
      if (p === 3) mod = ' ' + mod + ' ';
      else if (mod.length > 4 && (mod.endsWith('s') || mod.endsWith('e'))) mod = mod.slice(0, -1);
      let where = modMemo.get(mod);
      if (!where) {
        if (modMemo.size >= 256) modMemo.clear();
        modMemo.set(mod, (where = new Int8Array(entries.length).fill(-1)));
      }
      out[p] = { head, mod, where, bonus: Math.min(3, head.length * 0.2) };
    }
    return out;
  }

  /**
   * A long word the catalogue lacks split into modifier + head: the head must occur in the group's titles/synonyms,
   * the modifier there or in its description and tasks. `from`: the first split whose head group i holds
   * (findHeads); every later one holds too.
   */
  function splitScore(splits: Split[], i: number, from: number): number {
    let bestSc = 0;
    for (let p = from; p < splits.length; p++) {
      const split = splits[p]!;
      // Heads only get shorter from here: no later split can beat the best so far.
      if (bestSc >= T_SPLIT + split.bonus) break;
      let where = split.where[i]!;
      if (where < 0) split.where[i] = where = names[i]!.includes(split.mod) ? 2 : fulltext(i).includes(split.mod) ? 1 : 0;
      let sc = where === 2 ? T_SPLIT : where === 1 ? T_SPLIT - 6 : 0;
      // A modifier the group never mentions («nordlys|guide», «trebåt|bygger»): the head as a whole title word alone,
      // ranked below any group that knows the modifier (looked for only when it could still raise the best).
      if (!sc && p > 3 && bestSc < T_SPLIT - 14 + split.bonus && (names[i]!.startsWith(split.head) || names[i]!.includes(' ' + split.head))) sc = T_SPLIT - 14;
      if (sc) bestSc = Math.max(bestSc, sc + split.bonus);
    }
    return bestSc;
  }

  const compileMemo = new Map<string, Compiled>();
  /** Set only for the pass that allows a second typo when nothing else was found (searchPlain). */
  let secondTypo = false;
  /** A query word's typo pattern, kept: the words typed before the last one are compiled again at every keystroke. */
  const compiledWord = (t: string): Compiled => {
    if (secondTypo) return compile(t, true);
    let c = compileMemo.get(t);
    if (!c) {
      if (compileMemo.size >= 256) compileMemo.clear();
      compileMemo.set(t, (c = compile(t)));
    }
    return c;
  };
  /** Per group, its major/sub-major/minor names (shared by its hits, like its synonyms and tasks). */
  const parentsOf = mapped(entries, (e) => parentNames(catalogue, e.code));
  function toHit(i: number, score: number, matched: string, kind: MatchKind): YrkeHit {
    const e = entries[i]!;
    const why = kind === 'description' ? WHY_LABEL.description : kind === 'code' ? `kode ${matched}` : `${WHY_LABEL[kind]}: ${matched}`;
    return {
      code: e.code,
      title: e.title,
      navTitle: e.navTitle,
      category: e.category,
      parents: parentsOf[i]!,
      score: Math.round(Math.min(100, score) * 100) / 100,
      matched,
      matchKind: kind,
      why,
      synonyms: e.synonyms,
      description: e.description ?? '',
      tasks: e.tasks ?? [],
      education: e.education ?? '',
      skillLevel: e.skillLevel ?? null,
      demands: e.demands ?? null,
      conditions: e.conditions ?? null,
      complete: !!e.description,
    };
  }

  /**
   * Exact (substring) tiers; 0 when the token does not occur in the string. `complete`: the word is not
   * still being typed, so a longer word that merely starts with it is a compound with it as modifier
   * (sjåfør in sjåførlærer), which ranks below a compound with it as head (bussjåfør).
   */
  function exactScore(tok: string, s: string, complete: boolean, headAt: number, startOnly = false, wholeOnly = false, guess = false): number {
    let pos = s.indexOf(tok);
    if (pos < 0) return 0;
    // Only at a word start: the first occurrence there, which a shorter word typed before found as well.
    if (startOnly && pos > 0 && s.charCodeAt(pos - 1) !== 32) {
      pos = s.indexOf(' ' + tok, pos);
      if (pos < 0) return 0;
      pos++;
    }
    const wordStart = pos === 0 || s.charCodeAt(pos - 1) === 32;
    let end = s.indexOf(' ', pos + tok.length);
    if (end < 0) end = s.length;
    const rest = end - pos - tok.length;
    // A place's name typed in full is no start of a longer title word («Bergen» is no «bergfagarbeider»).
    if ((wholeOnly || guess) && rest > 0 && !(rest <= 3 && PLURAL.has(s.slice(pos + tok.length, end)))) {
      // A guessed stem (a word without an ending the catalogue lacks) starts a title word only as its first part, with a
      // word of its own after it (ekstruder|operatør), not by chance (skøy|teinstruktør).
      if (wholeOnly || !wordStart || rest < 3 || !compoundRest(s.slice(pos + tok.length, end))) return 0;
    }
    if (wordStart) {
      // In multi-word titles the first word is the head ("leder reisebyrå" is a leader): a hit on a later
      // word is usually a modifier and ranks lower. So is an adjective before the noun («privat rengjører»).
      const head = pos === headAt && !(end < s.length && QUALIFIERS.test(s.slice(pos, end)));
      // SSB titles are plural (Driftsteknikere): a plural or definite ending counts as the same word.
      const plural = rest > 0 && rest <= 3 && PLURAL.has(s.slice(pos + tok.length, end));
      if (rest === 0 || plural) return (head ? T_WORD : T_WORD - 18) - (plural ? 1 : 0);
      if (complete && rest >= 3) {
        // A word of three letters that starts a longer one whose rest is no word is there by chance («tur» in
        // turnuslege, «bar» in barnehage), unlike a real first part (bil|mekaniker, sau|e|bonde).
        if (tok.length <= 3 && !compoundRest(s.slice(pos + tok.length, end))) return T_INFIX - 25;
        return head ? T_MODIFIER : T_MODIFIER - 4;
      }
      return (head ? T_PREFIX : T_WORD_PREFIX - 6) - Math.min(3, rest * 0.2);
    }
    // The head of a Norwegian compound is its last part (barnehage|lærer), allowing plural endings; two or
    // three letters count as a head only at the very end («it» is no head of arkitekt).
    // An adjective in -isk («juridisk», «teknisk») is no compound: «disk» is not its head.
    if (rest <= 3 && (tok.length > 3 || rest === 0) && !adjectiveEnd(s, end) && !inFalseHead(tok, s, pos)) return T_COMPOUND - rest;
    // A short word in the middle of a longer one is mostly chance («sau» in statsautorisert, «rema» in
    // andremaskinist): it ranks below a whole word anywhere in the data, a place or an activity.
    return tok.length <= 5 ? T_INFIX - 25 : T_INFIX;
  }

  /**
   * The query is a compound the catalogue lacks (hårfrisør, kioskbetjent): credit a whole catalogue word
   * that forms its head or its first part, by how much of the query it covers. Ranked below typo hits.
   * Fills `partCover` (per item) for one token from the word index, and returns the items it touched.
   */
  function partScores(tok: string, short: boolean): number[] {
    const touched: number[] = [];
    if (tok.length < 7) return touched;
    // Parts of 40 % of the word or more; of a word found nowhere else, of four letters in any case (dessert|kokk).
    for (let len = short ? Math.min(4, Math.ceil(tok.length * 0.4)) : Math.ceil(tok.length * 0.4); len < tok.length; len++) {
      const cover = len / tok.length;
      for (const part of [tok.slice(0, len), tok.slice(tok.length - len)]) {
        for (const n of wordItems.get(part) ?? []) {
          if (!partCover[n]) touched.push(n);
          if (cover > partCover[n]!) partCover[n] = cover;
        }
      }
    }
    return touched;
  }

  // Scratch space reused across keystrokes, so typing does not churn the garbage collector.
  const MAX_TOKENS = 8;
  /** Words of any kind read from the start of a query; past them only a title of one word (searchPlain). */
  const OPEN_TOKENS = 6;
  const tokScore = new Float64Array(items.length * MAX_TOKENS);
  /** How a token's score in tokScore was reached: 0 exact, 1 typo, 2 a known part of a compound. */
  const tokHow = new Uint8Array(items.length * MAX_TOKENS);
  /**
   * The cells of tokScore/tokHow a search made non-zero: the next search clears only them (a sweep over every item and
   * word at each keystroke cost more than the scoring), so both arrays are all zero when a search begins.
   */
  const dirty: number[] = [];
  /** Per word, the items its last exact pass wrote in tokScore: a retry of the word in another form clears them. */
  // Filled, never shortened: writing a later word first into an empty array would make it holey and throw away the
  // optimized search code.
  const colItems: (Int32Array | undefined)[] = new Array(MAX_TOKENS).fill(undefined);
  const tokBest = new Float64Array(entries.length * MAX_TOKENS);
  /** Token j is a whole one-word title or synonym of the entry (kokk, Kokker, lagerarbeider). */
  const tokWhole = new Uint8Array(entries.length * MAX_TOKENS);
  /** The group has a title or synonym of several words, every one of them typed as a whole word («juridisk rådgiver»). */
  const phraseTitle = new Uint8Array(entries.length);
  const act = new Float64Array(entries.length * MAX_TOKENS);
  const best = new Float64Array(entries.length);
  const bestItem = new Int32Array(entries.length);
  const nMatched = new Uint16Array(entries.length);
  const partialSum = new Float64Array(entries.length);
  const partialItem = new Int32Array(entries.length);
  const fullHit = new Uint8Array(entries.length);
  const seen = new Uint8Array(entries.length);
  /** Final scores (read only for the groups written this search). */
  const finBuf = new Float64Array(entries.length);
  /** A described group wins a tie with one still lacking content. */
  const described = mapped(entries, (e) => (e.description ? 0.1 : 0));
  /** Per word of the last queries, the groups whose description or tasks have a word starting with it. */
  const ftMemo = new Map<string, Uint8Array>();
  /**
   * Per query word, what the previous keystroke found: the strings with an exact hit and the items within typo reach
   * or hit exactly (lists, so the next keystroke visits only them).
   */
  const typoCache: ({ t: string; k: number; exact: Int32Array; within: Int32Array | null; place?: boolean } | undefined)[] = [];
  /**
   * The exact pass of the last words read, by word and reading: a word typed earlier in the query, or retried in
   * another form and then restored, is not scored again.
   */
  const exactMemo = new Map<string, ExactHits>();
  /**
   * The same for words of one letter, kept for the searcher's life: every word typed begins as one, hits most strings
   * (the costliest exact pass of all) and there are only a few dozen of them.
   */
  const letterMemo = new Map<string, ExactHits>();
  /**
   * The exact hits of the longest word remembered that starts the given one (only strings that hold it can hold the
   * longer word), for a word whose end was rewritten (dansar → danser, kontordame → kontormann) or that moved to
   * another place in the query. Not of a place's name (see exactPass).
   */
  function exactOfPrefix(tok: string, foreign = false): Int32Array | null {
    // A word of fewer letters than FOREIGN_MIN skipped the titles in other languages: it narrows no word that looks at them.
    for (let len = tok.length - 1, min = foreign ? FOREIGN_MIN : 1; len >= min; len--) {
      const p = tok.slice(0, len);
      const memo = len === 1 ? letterMemo : exactMemo;
      const hit = memo.get(`${p} 00`) ?? memo.get(`${p} 10`);
      if (hit) return hit.list;
    }
    return null;
  }
  /** Per word and typo allowance, the strings hit exactly or within reach (see typoCache). */
  const keptMemo = new Map<string, Int32Array>();
  /** The same for the longest remembered word that starts this one with the same allowance: a superset. */
  function keptOfPrefix(tok: string, k: number): Int32Array | null {
    for (let len = tok.length - 1; len > 0; len--) {
      const hit = keptMemo.get(`${tok.slice(0, len)} ${k}`);
      if (hit) return hit;
    }
    return null;
  }
  /** Items some query word hits (== hitGen), as a list: the only ones the scoring below has to look at. */
  const hitMark = new Int32Array(items.length);
  let hitGen = 0;
  let hitList: number[] = [];
  const hit = (n: number): void => {
    if (hitMark[n] === hitGen) return;
    hitMark[n] = hitGen;
    hitList.push(n);
  };
  /** Items that may be within typo reach of the current word (== gramGen), and the same as a list. */
  const gramMark = new Int32Array(items.length);
  let gramGen = 0;
  let gramList: number[] = [];
  const noGrams = new Int32Array(0);
  /**
   * The items whose string may hold `s` (two letters or more), in item order: those with its rarest three-letter piece,
   * or with all of it when it has two or three letters.
   */
  function gramHolders(s: string): Int32Array {
    if (s.length === 2) return grams.get(s) ?? noGrams;
    let list: Int32Array | undefined;
    for (let k = 0; k + 3 <= s.length; k++) {
      const l = grams.get(s.slice(k, k + 3)) ?? noGrams;
      if (!list || l.length < list.length) list = l;
      if (!list.length) break;
    }
    return list!;
  }
  /** Marks every item whose string holds `piece` (two letters or more), through its rarest two- or three-letter piece. */
  function markHolders(piece: string): void {
    let list = piece.length === 2 ? (grams.get(piece) ?? noGrams) : undefined;
    for (let i = 0; !list || (i + 3 <= piece.length && list.length); i++) {
      if (i + 3 > piece.length) break;
      const l = grams.get(piece.slice(i, i + 3)) ?? noGrams;
      if (!list || l.length < list.length) list = l;
    }
    for (const n of list!)
      if (gramMark[n] !== gramGen) {
        gramMark[n] = gramGen;
        gramList.push(n);
      }
  }
  /** The items that can be within k typos (1 or 2) of the word, as `gramList` (typoPieces: the typo distance decides). */
  function typoCandidates(word: string, k: number): number[] {
    if (++gramGen === 0x7fffffff) {
      gramMark.fill(0);
      gramGen = 1;
    }
    gramList = [];
    // The part the typo pattern is made of (compilePattern).
    for (const piece of typoPieces(word.slice(0, 32), k)) markHolders(piece);
    return gramList;
  }
  /** Which items the typo pass has visited for the current word (== visitGen). */
  const visited = new Int32Array(items.length);
  let visitGen = 0;
  const noItems = new Int32Array(0);
  /** Scratch for an exact pass: the items hit and their scores. */
  const listBuf = new Int32Array(items.length);
  const scoreBuf = new Float64Array(items.length);
  const partCover = new Float64Array(items.length);

  /**
   * «production manager», «maintenance technician», «HSE manager»: an English title of a modifier and a head is
   * also tried as the Norwegian compound (produksjonsleder, vedlikeholdstekniker, HMS-leder); the reading whose
   * best hit scores higher wins.
   */
  function search(typed: string, limit = 10): YrkeHit[] {
    // «…, ikke utdanna», «ufaglært», «uten fagbrev»: the person has no training for the trade — said of what the person
    // does, it rules out the occupations that need a degree (skill level 3–4: «er med ungene i barnehagen, ikke
    // utdanna» is the assistant, not the kindergarten teacher). The words stay in the query: «ufaglært» is in the
    // titles of the untrained groups («ufaglært pleiemedarbeider»).
    if (
      UNTRAINED.test(typed) &&
      typed
        .replace(UNTRAINED, ' ')
        .trim()
        .split(/\s+/)
        .filter((w) => /\p{L}{3,}/u.test(w)).length >= 2
    )
      return demoted(typed, limit, 50, (h) => (h.skillLevel ?? 0) >= 3);
    // «deler ut medisiner i hjemmesykepleien, har fagbrev»: a trade certificate is the skilled worker's, not a degree —
    // the groups that need one (skill level 4: nurses, teachers) drop below, less than for «uten fagbrev».
    if (CERTIFIED.test(typed)) return demoted(typed, limit, 75, (h) => (h.skillLevel ?? 0) >= 4);
    // «jobber på avdeling i barnehagen, er ikke pedagog»: a title denied is the one job it is not — the rest of the
    // query is read alone, and the groups that title names whole drop below the others (and so, as with «ikke
    // utdanna», do those that need a degree: the person is not the trained one).
    const not = NOT_TITLE.exec(typed);
    if (not && !UNTRAINED.test(typed)) {
      // (Without the «men» or «og» that led to it, which would be read as a word being typed: «men» → «menig».)
      const rest = `${typed.slice(0, not.index).replace(/(?:^|\s)(?:men|og|but)\s*$/iu, '')} ${typed.slice(not.index + not[0].length)}`;
      // (The denied word is searched for only when the rest can be read alone: not for «ikke sykepleier» typed bare.)
      if (rest.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length >= 2) {
        const word = normalize(not[1]!);
        const denied = new Set(
          searchPlain(not[1]!, 5)
            // (A whole title or synonym, or one that begins with the word: «pedagog i barnehage».)
            .filter((h) => (h.matchKind === 'title' || h.matchKind === 'synonym') && (normalize(h.matched) === word || h.score >= 99))
            .map((h) => h.code),
        );
        if (denied.size) return demoted(rest, limit, 50, (h) => denied.has(h.code) || (h.skillLevel ?? 0) >= 3);
      }
    }
    return searchPlain(typed, limit);
  }

  /** The hits for `query` with those `drop` picks scored down to `percent` %, ranked again (a few extra searched for, so
   *  that what rises into the first `limit` is there). */
  function demoted(query: string, limit: number, percent: number, drop: (h: YrkeHit) => boolean): YrkeHit[] {
    const hits = searchPlain(query, limit + 5);
    for (const h of hits) if (drop(h)) h.score = Math.round(h.score * percent) / 100;
    return hits.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1)).slice(0, limit);
  }

  function searchPlain(typed: string, limit: number): YrkeHit[] {
    // «har vernepleierutdanning», «sjukepleiarutdanninga»: training named by the title it gives is that title, where the
    // part before «utdanning» is a word of the titles (not «høyere utdanning», «lærerutdanningsinstitusjon»).
    const query = expandAbbreviations(typed).replace(TRAINED_AS, (m: string, title: string) => (vocabWords.has(normalize(title)) ? title : m));
    const hits = searchOnce(query, limit);
    let best = hits;
    // The compounds the catalogue has (a title word, or a title of two words: «teamleder renhold»); if none, the first
    // head's, which may still be read by their parts.
    // (An English title of three words before other words, «control room operator Yara»: its compound, if the catalogue
    // has it, with the words after it as typed.)
    const norm = normalize(query);
    const words = norm.split(' ');
    const rest = words.length > 3 ? ` ${words.slice(3).join(' ')}` : '';
    const compounds = englishCompounds(rest ? words.slice(0, 3).join(' ') : norm);
    const known = compounds.filter((c) => (c.includes(' ') ? titlePairs.has(c) : vocabWords.has(c) || PLURALS.some((e) => vocabWords.has(c + e))));
    const alts = (known.length ? known : rest ? [] : compounds.slice(0, 2)).map((c) => c + rest);
    // A hyphenated compound is also tried closed up, as the hyphenated synonyms are matched (HR-rådgiver,
    // compliance-ansvarlig): the reading whose best hit scores higher wins.
    const closed = query.replace(HYPHENATED, '$1');
    // Only when a closed-up word is a word of the titles (not at every keystroke of «t-banefører»).
    // A title typed with a hyphen («HMS-ansvarlig på fabrikken») is that title: its reading wins outright, so the head
    // of the title («ansvarlig», a form of «lede») is not read as leading the place beside it.
    const closedTitle = closed !== query && [...query.matchAll(HYPHEN_WORD)].some((m) => vocabWords.has(normalize(m[0]!.replace(/-/g, ''))));
    if (closedTitle) alts.unshift(closed);
    for (const alt of alts) {
      const other = searchOnce(alt, limit);
      if (other.length && (!best.length || other[0]!.score > best[0]!.score + 2 || (alt === closed && closedTitle))) best = other;
    }
    // A compound of «-fører» the catalogue lacks whose first part is a machine or vehicle some rule drives
    // («harvesterfører», «hjullasterfører») is its operator: read as driving it, outright, so «fører» does not pull
    // the titles that merely end in it (førerkort, regnskapsfører).
    const drivenAlt = drivenCompounds(query);
    if (drivenAlt) {
      const other = searchOnce(drivenAlt, limit);
      if (other.length) best = other;
    }
    // Words beside a code that no group of that code has («kjører buss 8121»): the words are what the person does,
    // so an empty list is never the answer; they are read without the numbers (only then: no extra pass otherwise).
    if (!best.length && /\d/.test(query) && /\p{L}/u.test(query)) {
      const words = query.replace(/(?<![\p{L}\d])\d+(?![\p{L}\d])/gu, ' ');
      if (words !== query) best = searchOnce(words, limit);
    }
    // An abbreviation in capitals nothing knows («XYZ», a trade's or a firm's) never empties the list: the other words
    // are read without it. Only when nothing was found: no extra pass otherwise.
    if (!best.length) {
      const words = query.split(/\s+/).filter(Boolean);
      const kept = words.filter((w) => !ACRONYM.test(w) || searchOnce(w, 1).length);
      if (kept.length < words.length && kept.some((w) => !isLittleWord(normalize(w)))) best = searchOnce(kept.join(' '), limit);
    }
    // A word misspelt twice over («snekerr» for «snekker») never empties the list either: when nothing was found, a word
    // of six or seven letters may have a second typo (only then: in every search it would match too much).
    if (!best.length) {
      secondTypo = true;
      try {
        best = searchOnce(query, limit);
      } finally {
        secondTypo = false;
      }
      // Only hits with a whole word two typos from a query word, and with its first letter: inside a longer string, two
      // typos in six letters match almost anything («abcdef» in «hesabdar»).
      const long = normalize(query)
        .split(' ')
        .filter((w) => w.length >= 6)
        .map((w) => ({ first: w[0], p: compilePattern(w) }));
      best = best.filter((h) =>
        normalize(h.matched ?? '')
          .split(' ')
          .some((w) => long.some(({ first, p }) => w[0] === first && Math.abs(w.length - p.m) <= 2 && fuzzyDistance(p, w, 2) <= 2)),
      );
    }
    // Still nothing: the list is never empty while a word can be read. Each word of the query is tried alone, then by
    // its heads and first parts (a compound or a form the catalogue lacks: «asfalterer» by «asfalt»). The best of them is
    // shown scored down by half: a guess, not a match.
    if (!best.length) best = partGuess(query, limit);
    return best;
  }

  /**
   * The hits of the query word, or part of one, that best cover it, at half their score; or none. Only hits whose
   * matched words hold the part, or the part with one typo, count: a part reached by typos inside some longer string
   * says nothing. A name (a capital after the first word) is where, not what, and is not tried.
   */
  function partGuess(query: string, limit: number): YrkeHit[] {
    let best: YrkeHit[] = [];
    let bestWeight = 0;
    const raw = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const words = normalize(query).split(' ');
    words.forEach((w, k) => {
      if (w.length < 4 || isLittleWord(w) || /\d/.test(w)) return;
      if (k > 0 && raw.length === words.length && /^\p{Lu}/u.test(raw[k]!)) return;
      // The whole word, then its heads and first parts, weighed by how much of the word they cover: «psykolg» of
      // «kommunepsykolg» before «kommune», «asfalt» of «asfalterer» before a typo of «alterer».
      for (let n = w.length; n >= GUESS_PART; n--) {
        // (A hit scores at most 100: a part this short can no longer beat the best, nor can a shorter one.)
        if ((100 * n) / w.length <= bestWeight) break;
        for (const part of n === w.length ? [w] : [w.slice(w.length - n), w.slice(0, n)]) {
          const hits = searchOnce(`${part} `, limit).filter((h) => h.matchKind === 'description' || holds(h.matched, part));
          const weight = hits.length ? (hits[0]!.score * n) / w.length : 0;
          if (weight > bestWeight) {
            best = hits;
            bestWeight = weight;
          }
        }
        if (n === w.length && bestWeight) break;
      }
    });
    // (Said as a guess in the list: the palette shows why a hit is there.)
    for (const h of best) {
      h.score = Math.round(h.score * 50) / 100;
      h.why = h.matchKind === 'description' ? `${WHY_LABEL.guess} i beskrivelse og oppgaver` : `${WHY_LABEL.guess}: ${h.matched}`;
      h.matchKind = 'guess';
    }
    return best;
  }

  /** A word of `matched` holds `part`, or `part` with one typo (six letters or more). */
  function holds(matched: string, part: string): boolean {
    for (const mw of normalize(matched).split(' ')) {
      if (mw.includes(part)) return true;
      if (part.length < 6) continue;
      for (let a = 0; a + part.length - 1 <= mw.length; a++)
        for (const len of [part.length - 1, part.length, part.length + 1]) if (a + len <= mw.length && oneEdit(part, mw.slice(a, a + len))) return true;
    }
    return false;
  }

  /** The query with each «X-fører» compound the catalogue lacks whose X is driven in some rule as «kjører X»; or null. */
  function drivenCompounds(query: string): string | null {
    let changed = false;
    const out = query.replace(/\p{L}{3,}(?:fører|førar|forer|forar)\b/giu, (w) => {
      const n = normalize(w);
      if (knownWord(n) || !n.endsWith('forer')) return w;
      const first = n.slice(0, -5);
      const bare = first.length > 4 && /[se]$/.test(first) ? first.slice(0, -1) : first;
      if (first.length < 3 || ![first, bare].some((f) => drivenObjects.has(f) || stems(f).some((x) => drivenObjects.has(x)))) return w;
      changed = true;
      return `kjører ${w.slice(0, first.length)}`;
    });
    return changed ? out : null;
  }

  /**
   * «matlaging», «gressklipping»: a noun of doing (a verb's -ing, as the reader takes «laging» for «lage») whose first
   * part is an object of the activity data — the verb and what it is done to, as «lager mat» says it.
   */
  function doingOf(w: string): { doing: { lemmas: string[]; object: string } } | undefined {
    if (w.length < 8 || !/ing(a|en)?$/.test(w) || knownWord(w)) return undefined;
    for (let p = 3; p <= w.length - 5; p++) {
      const head = readQuery([w.slice(p)], lex)[0];
      if (head?.role !== 'verb') continue;
      const first = w.slice(0, p);
      const object = [first, first.length > 4 && /[se]$/.test(first) ? first.slice(0, -1) : ''].find(
        (o) => o && (objectWords.has(o) || stems(o).some((x) => objectWords.has(x))),
      );
      if (object) return { doing: { lemmas: head.lemmas, object } };
    }
    return undefined;
  }

  function searchOnce(query: string, limit = 10): YrkeHit[] {
    const all = normalize(query);
    if (!all || limit <= 0) return [];
    // Employer names of several words are one word («burger king», «circle k», «h&m»).
    const rawTokens = all.split(' ');
    const joined = joinEmployerNames(rawTokens);
    const allTokens = joined.tokens;
    if (allTokens.every((t) => /^\d+$/.test(t))) {
      const code = allTokens.join('');
      return entries
        .map((e, i) => ({ i, e }))
        .filter(({ e }) => e.code.startsWith(code))
        .slice(0, limit)
        .map(({ i, e }) => toHit(i, e.code === code ? 100 : 90, e.code, 'code'));
    }
    // The same words without the word-end rules, for a word whose end is still being typed.
    const fq = fold(query);
    const innerSplit = loosenInner(fq).split(' ');
    const innerAll = joined.from.map((k, i) => (allTokens[i] === rawTokens[k] ? (innerSplit[k] ?? allTokens[i]!) : allTokens[i]!));
    const endsOpen = !/\s$/.test(query);
    // The words as typed (lower case, with æøå), one per word when folding kept them apart; null otherwise.
    const rawWords = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const typedAs = rawWords.length === rawTokens.length ? joined.from.map((k, i) => (allTokens[i] === rawTokens[k] ? rawWords[k]! : '')) : null;
    // Whether a mark other than a space or hyphen ends a word as typed («for eldre, kommunen betaler»).
    const gaps = query.split(/[\p{L}\p{N}]+/u).slice(1);
    const markAfter = (i: number) => !!typedAs && /[^\s-]/.test(gaps[joined.from[i]!] ?? '');
    // English in the query («worked as a nurse in the Philippines», «truck driver in Poland»), read as Norwegian
    // (english.ts). An English title of a modifier and a head whose Norwegian compound the catalogue has is closed up
    // first («truck driver» → lastebilsjåfør; not the English titles the catalogue has, «store manager»). A word still
    // being typed that starts a word of the titles is left alone («in» on the way to «ingeniør»); so is a word typed
    // with æøå («åre» is no «are»).
    const fromEnglish = new Uint8Array(allTokens.length);
    {
      const open = (k: number) => k >= allTokens.length || (k === allTokens.length - 1 && endsOpen && startsVocab(allTokens[k]!));
      for (let k = 0; k + 1 < allTokens.length; k++) {
        const pair = `${allTokens[k]} ${allTokens[k + 1]}`;
        // A pair inside a longer title only («project» «manager» of «IT project manager») is closed up unless the query
        // has the title's other words too: «project manager vegprosjekt» is a prosjektleder, ranked by «vegprosjekt».
        const inTitle =
          twoWordTitles.has(pair) ||
          (titlePairs.has(pair) && (titlePairs.has(`${allTokens[k - 1]} ${allTokens[k]}`) || titlePairs.has(`${allTokens[k + 1]} ${allTokens[k + 2]}`)));
        if (open(k + 1) || inTitle) continue;
        const compound = englishCompounds(pair).find((c) => vocabWords.has(c) || PLURALS.some((e) => vocabWords.has(c + e)));
        if (!compound) continue;
        allTokens[k] = innerAll[k] = compound;
        allTokens[k + 1] = innerAll[k + 1] = 'i';
      }
      const norwegian = (w: string) =>
        nativeWords.has(w) || lex.forms.has(w) || isLittleWord(w) || stems(w).some((x) => objectWords.has(x)) || !!employerObject(w);
      const aeoa = (k: number) => !!typedAs && /[æøåÆØÅ]/.test(typedAs[k] ?? '');
      const capital = (k: number) => !!typedAs && joined.from[k]! > 0 && /^\p{Lu}/u.test(typedAs[k] ?? '');
      // Two words in a row of a title the catalogue has stay as typed («kitchen assistant på sykehjem»).
      const titled = (k: number) => titlePairs.has(`${allTokens[k - 1]} ${allTokens[k]}`) || titlePairs.has(`${allTokens[k]} ${allTokens[k + 1]}`);
      const en = readEnglish(allTokens, norwegian, (k) => open(k) || aeoa(k) || titled(k), capital, titled);
      if (en.changed)
        en.tokens.forEach((t, k) => {
          if (t === allTokens[k]) return;
          allTokens[k] = t;
          innerAll[k] = t;
          if (en.nouns[k]) fromEnglish[k] = 1;
        });
    }
    // A road by its number (E6, E10, Rv 7, fv17) right after what is done to it is a road: the number says which, so
    // «brøyter E10 over fjellet» is the road work. After a preposition it says where («tar vakter på Circle K ved E134»)
    // and is dropped like the other numbers of a place. A railway line by its name (Ofotbanen, Bergensbanen, Flåmsbana) is the
    // railway — a word typed with a capital letter, the catalogue lacks, in -banen/-bana whose first part is no word
    // either (a name: Ofot, Bergens), not a runway, a golf course or a trotting track typed in small letters.
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      const road = ROAD_NUMBER.exec(t) ? 1 : ROAD_CLASS.has(t) && /^\d{1,4}$/.test(allTokens[i + 1] ?? '') ? 2 : 0;
      if (road) {
        allTokens[i] = innerAll[i] = i > 0 && PLACE_PREPOSITIONS.has(allTokens[i - 1]!) ? 'i' : ROAD;
        if (road === 2) allTokens[i + 1] = innerAll[i + 1] = 'i';
        continue;
      }
      // So is a newspaper by a name of the same kind (Sunnmørsposten, Bygdebladet, Agderavisa, «… Tidende»): the paper.
      const capitalised = /^\p{Lu}/u.test(typedAs?.[i] ?? '');
      const line = RAILWAY_LINE.exec(t) ?? NEWSPAPER_NAME.exec(t);
      if (line && capitalised && !knownWord(t) && !employerObject(t) && !knownWord(line[1]!))
        allTokens[i] = innerAll[i] = RAILWAY_LINE.test(t) ? RAILWAY : NEWSPAPER;
      else if (t === 'tidende' && capitalised) allTokens[i] = innerAll[i] = NEWSPAPER;
    }
    // «uten fagbrev», «utan utdanning», «ikkje fagbrev», «ufaglærd»: the unskilled, a word of the titles and of the
    // place rules of the groups that are the assistants of their field (sykehjem ~ufaglært → 5329).
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      const phrase = WITHOUT.has(t) && SKILL.has(allTokens[i + 1] ?? '');
      if (phrase || t === 'ufaglerd') {
        const at = phrase ? i + 1 : i;
        allTokens[at] = UNSKILLED;
        innerAll[at] = UNSKILLED;
      }
    }
    // «for ein bonde», «hos en gårdbruker»: the farm hand; «på gården vår», «eigen gard»: the farmer.
    for (let i = 0; i + 1 < allTokens.length; i++) {
      if (!FOR_SOMEONE.has(allTokens[i]!)) continue;
      const at = ARTICLE.has(allTokens[i + 1]!) ? i + 2 : i + 1;
      const owner = allTokens[at] ?? '';
      if (FARM_OWNERS.has(owner) || (owner.length > 7 && /bonden?$/.test(owner))) {
        allTokens[at] = FARM_HAND;
        innerAll[at] = FARM_HAND;
      }
    }
    for (let i = 0; i < allTokens.length; i++) {
      if (FARMS.has(allTokens[i]!) && (OWN.has(allTokens[i + 1] ?? '') || OWN.has(allTokens[i - 1] ?? ''))) {
        allTokens[i] = FARM_OWNER;
        innerAll[i] = FARM_OWNER;
      }
    }
    // «har egen kiosk», «hadde eige firma», «har sin egen kiosk»: having one's own business is owning it.
    for (let i = 0; i + 1 < allTokens.length; i++) {
      // («sin egen», «hans eige»: a possessive before «egen» says the same.)
      const own = POSSESSIVE.has(allTokens[i + 1]!) && OWN.has(allTokens[i + 2] ?? '') ? i + 2 : i + 1;
      // (Not after a title or a verb: «fiskar, har eigen båt» is the fisher, who has a boat.)
      if (HAVE.has(allTokens[i]!) && OWN.has(allTokens[own]!) && (i === 0 || isLittleWord(allTokens[i - 1]!))) {
        allTokens[i] = innerAll[i] = OWNS;
        // (and «egen» says no more: the business follows the verb)
        for (let k = i + 1; k <= own; k++) allTokens[k] = innerAll[k] = 'i';
      }
    }
    // A person's title right after driving («kjører ambassadøren», «kjørte direktøren rundt») is whom the driver drives,
    // not the job: read as the verb alone, unless it is something some rule drives or works on (an object).
    for (let i = 1; i < allTokens.length; i++) {
      const v = ARTICLE.has(allTokens[i - 1]!) ? i - 2 : i - 1;
      if (v < 0 || !(lex.forms.get(allTokens[v]!) ?? []).includes(DRIVE)) continue;
      const t = allTokens[i]!;
      if (t.length < 5 || isLittleWord(t) || employerObject(t) || stems(t).some((x) => objectWords.has(x))) continue;
      // (A title word or the head of one: «ambassadør» of «merkevareambassadør».)
      if (!stems(t).some((x) => oneWordTitles.has(x) || knownHead(x))) continue;
      allTokens[i] = innerAll[i] = 'i';
    }
    // An older title of a person after what she worked with, the catalogue lacks («filetdame», «kantinekone»,
    // «fabrikkjente»; -dame/-kone/-kjerring fold to -mann): the first part, an object of the activity rules, names the
    // job like a title where at most two groups have it (below, personObject), so the place beside it does not pull.
    const personObject = new Set<number>();
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      if (t.length < 8 || knownWord(t)) continue;
      const end = PERSON_ENDS.find((e) => t.endsWith(e));
      if (!end) continue;
      const first = t.slice(0, t.length - end.length);
      if (first.length < 4 || !objectWords.has(first)) continue;
      allTokens[i] = innerAll[i] = first;
      personObject.add(i);
    }
    // An apprentice of a trade is that trade: the word's first part (industrimekaniker|lærling, kokke|lærling) or the
    // trade after «lærling i/som/hos (en)» (murer|faget, kokk|faget); «lærling» itself then says no more than «vikar».
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      if (APPRENTICE.has(t)) {
        if (allTokens.length < 2) continue;
        let trade = false;
        let k = i + 1;
        if (APPRENTICE_AS.has(allTokens[k] ?? '')) k++;
        if (ARTICLE.has(allTokens[k] ?? '')) k++;
        const w = allTokens[k];
        if (w !== undefined && k > i + 1) {
          const field = TRADE_FIELD.test(w) ? w.replace(TRADE_FIELD, '') : '';
          const base = field && !knownWord(w) ? [field, field.replace(/e?s?$/, '')].find((f) => f.length >= 3 && knownWord(f)) : undefined;
          if (base) allTokens[k] = innerAll[k] = base;
          trade = !!base || knownWord(allTokens[k]!);
          // «lærling hos en rørlegger»: the trade, not whom the work is done for.
          if (trade) for (let j = i + 1; j < k; j++) allTokens[j] = innerAll[j] = 'som';
        }
        allTokens[i] = innerAll[i] = 'som';
        continue;
      }
      if (t.length < 10 || knownWord(t)) continue;
      const m = APPRENTICE_END.exec(t);
      if (!m || m.index < 3) continue;
      const first = t.slice(0, m.index);
      const trade = [first, `${first}e`].find((f) => knownWord(f));
      if (!trade) continue;
      allTokens[i] = innerAll[i] = trade;
    }
    // A lesson of a subject the catalogue lacks as a word («danseklassar», «salsakurs») is teaching that subject, an
    // object of the teaching rules: the head (klasse, kurs, time) is no school class of the primary teacher, and the
    // verb that holds it («held», «har») says nothing alone, so it reads as «underviser».
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      if (t.length < 7 || knownWord(t) || employerObject(t)) continue;
      const m = LESSON_END.exec(t);
      if (!m) continue;
      const first = m[1]!;
      const subject = [first, first.replace(/[es]$/, '')].find((f) => f.length >= 3 && stems(f).some((st) => teachingObjects().has(st)));
      if (!subject) continue;
      // Only after a verb that holds or gives it: «lærar i spesialklasse» is a kind of class, not a subject.
      const v = ARTICLE.has(allTokens[i - 1] ?? '') ? i - 2 : i - 1;
      const verbs = v >= 0 ? (lex.forms.get(allTokens[v]!) ?? []) : [];
      if (!verbs.some((l) => HOLD_LESSON.has(l) || TEACHING.has(l))) continue;
      allTokens[i] = innerAll[i] = subject;
      if (verbs.some((l) => HOLD_LESSON.has(l))) allTokens[v] = innerAll[v] = TEACHES;
    }
    // «ass. borer», «assistent rektor»: an assistant before a title that has an «assisterende» form is that form
    // (assisterende borer, assisterende butikksjef), not the assistant groups' «assistent i …» titles.
    for (let i = 0; i + 1 < allTokens.length; i++) {
      if (allTokens[i] !== ASSISTANT) continue;
      if (assisted.has(allTokens[i + 1]!)) {
        allTokens[i] = ASSISTING;
        innerAll[i] = ASSISTING;
      }
    }
    // ø and å typed as «oe» and «aa» (brefoerar, sjaafoer, baaten): a word the catalogue does not know reads with
    // them when that makes it a known word or a compound of known words. Words that are known as typed stay
    // (skoene, broen).
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      if (!DIGRAPH.test(t) || knownWord(t) || employerObject(t)) continue;
      const d = undigraph(t);
      if (d.length < 3 || !(knownWord(d) || knownCompound(d))) continue;
      allTokens[i] = d;
      if (innerAll[i] !== undefined) innerAll[i] = undigraph(innerAll[i]!);
    }
    // The linking -s- of a compound varies in how people type it: a word the catalogue does not know whose form with an
    // -s- more or less where two parts meet is a word of the titles reads as that word (anlegg|maskinfører,
    // regnskap|fører, bygning|arbeider; lager|s|medarbeider).
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      if (t.length < 8 || knownWord(t) || employerObject(t)) continue;
      const fix = linkingS(t);
      if (!fix) continue;
      allTokens[i] = fix;
      if (innerAll[i] !== undefined) innerAll[i] = fix;
    }
    // Whoever «kjører» a machine is its «fører» («hogstmaskinkjører», «lassbærerkjøyrar»): a word the catalogue does
    // not know whose -fører form is a word of the titles reads as that word, so the machine decides, not a shorter
    // «maskinkjører» it ends with. So is a «-kar» (a fellow) its «-mann» («brøytekar» is the «brøytemann»).
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      const swap = SUFFIX_SWAPS.find(([end]) => end.test(t));
      const m = swap?.[0].exec(t);
      if (!swap || !m || m.index < 3 || knownWord(t) || employerObject(t)) continue;
      // (Or, for «-kjører», one typo from a one-word title, read as that title: «hogsmaskinkjører». Not for «-kar»:
      // «ønsker», «stykker» and «Lysaker» end so too, and are one typo from some «-mann».)
      const forms = swap[1].map((e) => t.slice(0, m.index) + e);
      const fix =
        forms.find((d) => vocabWords.has(d) || PLURALS.some((e) => vocabWords.has(d + e)) || (swap[2] && (knownWord(d) || knownCompound(d)))) ??
        (swap[0] === DRIVES_END ? forms.map((d) => titleTypo(d)).find((d) => d) : undefined);
      if (!fix) continue;
      allTokens[i] = fix;
      if (innerAll[i] !== undefined) innerAll[i] = fix;
    }
    // A typo in an object or place of the activity rules («kontrolrommet»): a long word the catalogue does not know,
    // typed in full and not as a name, one typo from exactly one object that is no title of its own (or without the
    // linking -s: kontrolroms → kontrolrom), reads as that object. Long words only: a short word is one typo from many.
    for (let i = 0; i < allTokens.length; i++) {
      const t = allTokens[i]!;
      // (Nor a compound of two known words the catalogue lacks, spelled right: «tur|stier» is no «turister».)
      if (t.length < OBJECT_TYPO_MIN || (endsOpen && i === allTokens.length - 1) || knownWord(t) || employerObject(t) || knownCompound(t)) continue;
      if (typedAs && /^\p{Lu}/u.test(typedAs[i] ?? '')) continue;
      const fix = objectTypo(t) ?? (t.endsWith('s') ? objectTypo(t.slice(0, -1)) : undefined);
      // A misspelt title stays for the title tiers, which read it as the title («elektrikker på sykehuset»).
      if (!fix || oneWordTitles.has(fix)) continue;
      allTokens[i] = fix;
      if (innerAll[i] !== undefined) innerAll[i] = fix;
    }
    // A typo in the verb of an activity («vaker kontorer»): the first word, unknown to the catalogue, one typo
    // from a verb form, with more words after it, is read as that verb.
    const firstContent = allTokens.findIndex((t) => !isLittleWord(t));
    /** The word read as a verb one typo away, if any: a guess, so the title after it stays a title («order picker»). */
    let typoVerb = -1;
    if (firstContent >= 0 && firstContent < allTokens.length - 1) {
      const t = allTokens[firstContent]!;
      // …but not the particle of a verb that says nothing alone («gjer reint», whose «gjer» reads as little), a verb
      // known only with the particle after it («kaster ut») or an employer's name («jobber på shell og …» is no «stell»).
      // A word one typo from a one-word title as well is the verb only when some rule does that verb to a word after it
      // («levrer mat» delivers food); otherwise the title misspelt, read by the title tiers («tømmrer hos Backe» is the
      // carpenter, not «tømmer», the verb that empties bins and nets).
      let fix =
        !knownWord(t) && !employerObject(t) && !joinsVerb(allTokens[firstContent - 1], t, lex) && !lex.forms.has(`${t}_${allTokens[firstContent + 1]}`)
          ? verbTypo(t)
          : undefined;
      if (fix && titleTypo(t)) {
        const objects = (lex.forms.get(fix) ?? []).map((l) => verbObjects.get(l));
        const done = allTokens.slice(firstContent + 1).some((w) => stems(w).some((s) => objects.some((o) => o?.has(s))));
        if (!done) fix = undefined;
      }
      if (fix) {
        allTokens[firstContent] = fix;
        typoVerb = firstContent;
      }
    }
    const typed = typedWithAeoa(query, rawTokens.length);
    const read = readQuery(allTokens, lex, typed ? joined.from.map((k) => typed[k]!) : undefined);
    // An English noun read in Norwegian stays a noun: «warehouse» is «lager», the place, not the verb «lage».
    for (let i = 0; i < read.length; i++) if (fromEnglish[i] && read[i]!.role === 'verb') read[i] = { ...read[i]!, role: 'word', lemmas: [] };
    // «fôrer» (feeds) and «fører» (leads, drives) fold alike: the letter typed decides which verb it is.
    if (/[ôø]/.test(query)) {
      const raw = query
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (raw.length === rawTokens.length)
        joined.from.forEach((k, i) => {
          const r = read[i]!;
          const w = raw[k]!;
          if (r.role !== 'verb' || r.lemmas.length < 2 || !/[ôø]/.test(w)) return;
          const keep = r.lemmas.filter((l) => l.includes('ô') === w.includes('ô'));
          if (keep.length) read[i] = { ...r, lemmas: keep };
        });
    }
    // A verb form that folds like another verb's («gå» and «ga», past of «gi»): the letters typed decide, when the
    // lexicon knows the word as typed with æ, ø or å for some of its verbs only («går til å gå igjen» gives nothing).
    if (typedAs)
      for (let i = 0; i < read.length; i++) {
        const r = read[i]!;
        const w = typedAs[i]!.toLowerCase();
        if (r.role !== 'verb' || r.lemmas.length < 2 || !/[æøå]/.test(w)) continue;
        const as = lex.typed.get(w);
        // A particle verb by its verb: «går ut» is «gå_ut» or «gå».
        const keep = as ? r.lemmas.filter((l) => as.has(l.split('_')[0]!) || as.has(l)) : [];
        if (keep.length) read[i] = { ...r, lemmas: keep };
      }
    // «passer maskina som pakker egg»: the machine that packs is the packing machine — the verb says what the machine
    // does, not the person, who minds it (when the catalogue knows that machine: pakkemaskin, tappemaskin).
    for (let i = 0; i + 2 < read.length; i++) {
      if (!MACHINE.has(allTokens[i]!) || allTokens[i + 1] !== 'som' || read[i + 2]!.role !== 'verb') continue;
      const machine = read[i + 2]!.lemmas.map((l) => normalize(`${l.split('_')[0]}maskin`)).find((m) => objectWords.has(m));
      if (!machine) continue;
      allTokens[i] = innerAll[i] = machine;
      read[i] = { text: machine, role: 'word', lemmas: [] };
      for (const k of [i + 1, i + 2]) {
        allTokens[k] = innerAll[k] = 'i';
        read[k] = { text: 'i', role: 'word', lemmas: [] };
      }
    }
    // What is taught: the verb after «å» behind a teaching verb and whom it teaches, or a verbal noun after it, is the
    // subject, an object of the teaching rules, not an activity of its own: «lærer ungane å stå på ski», «lærer folk å
    // kjøre bil», «lærer barn å svømme», «lærer bort dykking», «underviser i sveising».
    for (let i = 0; i < read.length; i++) {
      if (read[i]!.role !== 'verb' || !read[i]!.lemmas.some((l) => TEACHING.has(l))) continue;
      for (let k = i + 1; k < Math.min(read.length, i + 5); k++) {
        const verbalNoun = read[k]!.role === 'verb' && allTokens[k]!.endsWith('ing');
        if (allTokens[k] !== INFINITIVE && !verbalNoun) continue;
        const at = verbalNoun ? k : k + 1;
        if (read[at]?.role === 'verb') read[at] = { text: allTokens[at]!, role: 'word', lemmas: [] };
        break;
      }
    }
    // «store manager», «pet sitter», «plant manager»: two words of an English title are words of it, though one is a
    // little word or a verb form in Norwegian.
    for (let i = 0; i + 1 < allTokens.length; i++) {
      if (!englishPairs.has(`${allTokens[i]} ${allTokens[i + 1]}`)) continue;
      for (const k of [i, i + 1]) if (read[k]!.role !== 'word') read[k] = { text: allTokens[k]!, role: 'word', lemmas: [] };
    }
    // After a manager title that names no trade, a verb form that is also an object is what is led: «avdelingsleder
    // lager» (MANAGER_WORDS).
    for (let i = 1; i < allTokens.length; i++)
      if (read[i]!.role === 'verb' && MANAGER_WORDS.has(allTokens[i - 1]!) && stems(allTokens[i]!).some((st) => objectWords.has(st)))
        read[i] = { text: allTokens[i]!, role: 'word', lemmas: [] };
    // «daglig leder» names no trade either: beside a workplace after a preposition («daglig leder på rorbuanlegget»,
    // «dagleg leiar ved hotellet») the leader leads it, and «daglig» says only how often, so the catch-all group whose
    // synonym it is (1439) does not win on the word. Alone it stays that title.
    for (let i = 0; i + 3 < allTokens.length; i++) {
      if (!DAILY.has(allTokens[i]!) || read[i + 1]!.role !== 'verb' || !read[i + 1]!.lemmas.includes('lede')) continue;
      if (!PLACE_PREPOSITIONS.has(allTokens[i + 2]!) && !LEADS_PREP.has(allTokens[i + 2]!)) continue;
      if (allTokens.slice(i + 3).some((t) => stems(t).some((st) => objectWords.has(st)))) read[i] = { text: allTokens[i]!, role: 'little', lemmas: [] };
    }
    // A verb that says nothing alone («holder», «held») is a verb when the word after it (maybe over an article) is what
    // some rule does that verb to: «held gudsteneste», «holder preken».
    // So is «har»/«hadde» before what is kept or grown (possession is the owner's trade: «har mjølkekyr og ammeku»,
    // «har 40 geiter», «hadde mange høner»), over a number or little words too, and by a compound's head (mjølke|kyr).
    for (let i = 0; i + 1 < allTokens.length; i++) {
      if (read[i]!.role !== 'little') continue;
      const lemmas = lex.forms.get(allTokens[i]!);
      if (!lemmas) continue;
      let k = ARTICLE_BEFORE.has(allTokens[i + 1]!) && i + 2 < allTokens.length ? i + 2 : i + 1;
      // Not where the work is done for a farmer («jobber for en bonde som har kyr» is the hand).
      if (lemmas.includes(POSSESS) && allTokens.includes(FARM_HAND)) continue;
      if (lemmas.includes(POSSESS)) while (k + 1 < allTokens.length && k < i + 3 && (/^\d+$/.test(allTokens[k]!) || read[k]!.role === 'little')) k++;
      if (read[k]!.role !== 'word') continue;
      const t = allTokens[k]!;
      const st = stems(t);
      const done = lemmas.filter((l) => {
        const objs = verbObjects.get(l);
        if (!objs) return false;
        if (st.some((x) => objs.has(x))) return true;
        if (l !== POSSESS) return false;
        for (const o of objs) if (o.length >= 3 && t.length >= o.length + 3 && st.some((x) => x.endsWith(o))) return true;
        return false;
      });
      if (done.length) read[i] = { text: allTokens[i]!, role: 'verb', lemmas: done };
    }
    // A little word that the verb before it (maybe through an article) is done to in some rule is its object: «leder et
    // skift», «selger ferier», «fikser ting» (skift, ferie and ting say when or nothing elsewhere).
    for (let i = 1; i < allTokens.length; i++) {
      if (read[i]!.role !== 'little') continue;
      // Back over an article and a preposition: «leder et skift», «har ansvar for et skift».
      let v = i - 1;
      if (v > 0 && ARTICLE_BEFORE.has(allTokens[v]!)) v--;
      if (v > 0 && OBJECT_PREP.has(allTokens[v]!) && read[v - 1]!.role === 'verb') v--;
      const verb = read[v]!;
      if (verb.role !== 'verb') continue;
      const t = allTokens[i]!;
      if (stems(t).some((st) => verb.lemmas.some((l) => verbObjects.get(l)?.has(st)))) read[i] = { text: t, role: 'word', lemmas: [] };
    }
    // Beside words (a query of numbers alone was answered above) a number is a code filter only when it is a whole
    // code: a route, a ward, a year or a share typed after a title or an activity («kjører buss, mest linje 25», «post
    // 3B», «i 2019») says when or where, and a start of a code would empty the list. Not when it counts something
    // either: glued to a word («12-årslaget», «3-roms») or before a unit («i 12 år», «12 timer»).
    const counted = countedNumbers(query);
    const isCode = (t: string) => t.length === 4 && codeSet.has(t) && !counted.has(t);
    const keep = (i: number) => {
      const t = allTokens[i]!;
      if (/^\d+$/.test(t)) return isCode(t);
      return (read[i]!.role === 'verb' || read[i]!.role === 'word') && !STOPWORDS.has(t);
    };
    const keepIdx = allTokens.map((_, i) => i).filter(keep);
    // Past the first OPEN_TOKENS words only a title of one word is kept: a long description may end in the title («…, utdannet
    // sykepleier», «…, helpdesk»); a further verb or object only starts another activity to compete.
    const kept = keepIdx.length ? keepIdx : allTokens.map((_, i) => i);
    const idx = [
      ...kept.slice(0, OPEN_TOKENS),
      // (Nor a workplace that names the job, a place-only rule's object: «…, tar prøver og åpner ventiler på
      // gjødselfabrikken».)
      ...kept.slice(OPEN_TOKENS).filter((i) => read[i]!.role === 'word' && stems(allTokens[i]!).some((st) => oneWordTitles.has(st) || placeWords.has(st))),
    ].slice(0, MAX_TOKENS);
    const tokens = idx.map((i) => allTokens[i]!);
    const innerOf = new Map(idx.map((i) => [allTokens[i]!, innerAll[i] ?? allTokens[i]!]));
    let q = tokens.join(' ');

    const wordIdx = idx.filter((i) => !/^\d+$/.test(allTokens[i]!));
    const words = wordIdx.map((i) => allTokens[i]!);
    const codes = tokens.filter((t) => /^\d+$/.test(t));
    const compiled: Compiled[] = mapped(words, compiledWord);
    const nt = compiled.length;
    if (!nt) return [];
    const lastWord = wordIdx[nt - 1]!;
    // A name: a word typed with a capital letter after the first word, that the catalogue does not know as a word, a
    // verb form, an object or an employer («kjøyrer Valdresekspressen», «kjører Flybussen til Gardermoen», «drifter
    // servere hos Helse Vest IKT»). Beside other words it says where or for whom, not what: it matches titles only from
    // their first letter, never by a typo, and names an object only by its head («…ekspressen»), never by its first
    // part («Gardermoen» is no «gård»).
    // Not a shortening in capitals («HMS», «BUP»): those often start a title (HMS-leder).
    const capitals = (w: string) => w.length > 1 && w === w.toUpperCase();
    const properName = allTokens.map(
      (t, i) => !!typedAs && joined.from[i]! > 0 && /^\p{Lu}/u.test(typedAs[i] ?? '') && !capitals(typedAs[i]!) && !knownWord(t) && !employerObject(t),
    );
    // A shortening in capitals the catalogue does not know as a word, an object or an employer («på KA», «ved SKF»),
    // beside other words, is a company's initials: letters that start a title («ka» → kald kokk, kassadame) say nothing
    // of the job, so it matches titles only as a whole word, like a name typed in full.
    const initials = allTokens.map(
      (t, i) =>
        !!typedAs &&
        allTokens.length > 1 &&
        /^\p{Lu}{2,4}$/u.test(typedAs[i] ?? '') &&
        // Not the first part of a hyphenated title («PP-rådgjevar», «HR-konsulent»).
        !new RegExp(`(?<![\\p{L}\\d])${typedAs[i]}-`, 'u').test(query) &&
        !knownWord(t) &&
        !employerObject(t),
    );
    const actToks: ActivityToken[] = mapped(wordIdx, (i, j) => {
      const r = read[i]!;
      const typing = endsOpen && i === allTokens.length - 1;
      // Beside other words, a title of one word names an object only as typed, not by a stem or a part: «skipper på
      // brønnbåt» is no «skip», «fiskehelseansvarlig» no «fisk».
      const asTyped = nt > 1 && !typing && r.role !== 'verb' && oneWordTitles.has(allTokens[i]!);
      return {
        text: allTokens[i]!,
        role: r.role === 'verb' ? 'verb' : 'word',
        lemmas: r.lemmas,
        typing,
        parts: !asTyped,
        asTyped,
        headsOnly: properName[i]!,
        beforeNext: wordIdx[j + 1] === i + 1 && !markAfter(i),
        // (Not a name: «Vestlandsforsking» is a workplace, no research on the west.)
        ...(r.role === 'word' && !typing && !properName[i] ? doingOf(allTokens[i]!) : {}),
      };
    });
    // A verb that is no noun in any title («kjørte», «vaska», «underviser») is read only as an activity; so is
    // one with an object after it that is no title word of its own, only part of compounds («kjører truck»
    // beside søppelkjører, «lager mat» beside lagermedarbeider).
    // An employer or brand name (rema, tine, securitas) is read only as its workplace, never inside a title word
    // («andremaskinist», «kantine»), unless it is a word of the titles itself or the whole query so far, maybe the start
    // of a title still being typed («hydro» on the way to «hydrogeolog»): then it matches titles from their first letter
    // as well, like a place's name (placeName below).
    // English titles do not count here: «driver med birøkt» is running a business, not «taxi driver».
    const nameTyped = mapped(actToks, (t) => rawTokens.length === 1 && t.typing && t.role === 'word' && !!employerObject(t.text) && !vocabWords.has(t.text));
    const verbOnly = mapped(
      actToks,
      (t, j) =>
        (t.role === 'verb' && (!nounish(t.text) || (actToks[j + 1]?.role === 'word' && !nativeVocab.includes(' ' + t.text + ' ')))) ||
        (t.role === 'word' && !!employerObject(t.text) && !vocabWords.has(t.text) && !nameTyped[j]),
    );
    const complete = mapped(wordIdx, (i, j) => i !== lastWord || !endsOpen || knownWord(words[j]!));
    // A word after «på», «i», «ved» … that the catalogue does not know is a place's name («på Jæren», «på
    // Tananger-basen»): it may match a title only from its first letter, never inside a word or by a typo.
    const placeName = mapped(
      wordIdx,
      (i, j) =>
        nameTyped[j]! ||
        (nt > 1 && (PLACE_PREP.has(allTokens[i - 1] ?? '') || properName[i]! || initials[i]!) && !knownWord(words[j]!) && !employerObject(words[j]!)),
    );
    // A title after «for» or «hos», with other words before it, is whom the work is done for, not the job: «executive
    // assistant for CEO», «sekretær for rektor» (its title hits count half; as a place or context it counts in full).
    // So is a title right after a verb that is done to it: «rekrutterer sykepleiere», «leder lærerne».
    const served = mapped(wordIdx, (i, j) => {
      if (j === 0) return false;
      const at = ARTICLE_BEFORE.has(allTokens[i - 1] ?? '') ? i - 2 : i - 1;
      const t = words[j]!;
      // The farm hand that «for ein bonde» was read as counts half too when the query says what is done: then that
      // decides («melkar kyrne for ein bonde» is still the farm hand, «fører regnskap for en bonde» the accountant).
      if (t === FARM_HAND) return read.some((r) => r.role === 'verb');
      // After «for»/«hos», any word of a Norwegian title («regnskapsfører for leger», whose titles are
      // «Allmennpraktiserende leger», «fastlege» …); right after a verb, a title of its own.
      if (FOR_SOMEONE.has(allTokens[at] ?? '')) return stems(t).some((st) => oneWordTitles.has(st) || nativeWords.has(st));
      if (!stems(t).some((st) => oneWordTitles.has(st))) return false;
      // A title after «til» behind a noun is whose the thing is: «styrer kalenderen til konsernsjefen», «kjører bilen til
      // legen» (not «til» after a verb: «sender pasienter til legen» stays with the verb below).
      if (allTokens[at] === 'til') return at > 0 && read[at - 1]!.role === 'word' && !isLittleWord(allTokens[at - 1]!);
      return at >= 0 && at !== typoVerb && read[at]!.role === 'verb';
    });
    /** The word at token i comes right after «for»/«hos» (maybe over an article): «for UDI», «for et advokatfirma». */
    const afterFor = (i: number): boolean => FOR_SOMEONE.has(allTokens[ARTICLE_BEFORE.has(allTokens[i - 1] ?? '') ? i - 2 : i - 1] ?? '');
    // …and so are the titles joined to it by «og»/«eller»: «for leger og tannleger», «for snekkere og byggmestere», also
    // to an employer that is no title: «tolker for UDI og politiet».
    for (let j = 1; j < nt; j++) {
      const i = wordIdx[j]!;
      if (served[j] || !COORDINATING.has(allTokens[i - 1] ?? '') || wordIdx[j - 1] !== i - 2 || !(served[j - 1] || afterFor(i - 2))) continue;
      served[j] = stems(words[j]!).some((st) => oneWordTitles.has(st) || nativeWords.has(st));
    }
    const weight = mapped(served, (s) => (s ? SERVED : 1));
    // A name typed in full (capitalized, not the word being typed) matches only whole words of the titles: «Bergen»,
    // «Nor-Way» are no start of «bergfagarbeider», «norsklærer».
    // Initials are typed in full even as the last word: nobody types a title in capitals letter by letter; nor a
    // capitalized word after «på», «i», «ved» (a place being typed: «går med posten på Os» is no «ostemaker»).
    const nameWhole = mapped(
      wordIdx,
      (i, j) => nt > 1 && placeName[j]! && ((properName[i]! && (complete[j]! || PLACE_PREP.has(allTokens[i - 1] ?? ''))) || initials[i]!),
    );
    // A Norwegian word that folding made look like a title in another language («sofaer» → «sofer», the Romanian
    // «șofer») is that word, not the foreign title: only a word typed as the foreign one is (its marks aside).
    const nativeFolded = mapped(wordIdx, (i, j) => {
      const typed = typedAs?.[i] ?? '';
      const w = words[j]!;
      return !!typed && typed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() !== w && (nativeWords.has(w) || stems(w).some((st) => objectWords.has(st)));
    });
    /** The word is read by a stem that is no word of its own (skulane → skul): see exactScore's `guess`. */
    const guessed = mapped(wordIdx, () => false);
    // A word found only without its ending (kantina → kantin, lageret → lager) was typed in full.
    const markComplete = (j: number) => {
      complete[j] = true;
    };
    const ftSets = new Array<Uint8Array | undefined>(nt);
    /** Groups whose description/tasks contain a word starting with token j; narrowed while typing. */
    const inFulltext = (j: number): Uint8Array => {
      let set = ftSets[j];
      if (set) return set;
      const tok = compiled[j]!.t;
      set = ftMemo.get(tok);
      if (set) return (ftSets[j] = set);
      set = new Uint8Array(entries.length);
      if (tok.includes(' ')) {
        for (let i = 0; i < entries.length; i++) if (fulltext(i).includes(' ' + tok)) set[i] = 1;
      } else {
        // A text has « tok» exactly when one of its words starts with tok: the sorted words that do are one run.
        for (let w = lowerBound(ftWords, tok); w < ftWords.length && ftWords[w]!.startsWith(tok); w++) {
          const g = ftGroups[w]!;
          for (let k = 0; k < g.length; k++) set[g[k]!] = 1;
        }
      }
      if (ftMemo.size >= 64) ftMemo.clear();
      ftMemo.set(tok, set);
      return (ftSets[j] = set);
    };
    const codeOk = (i: number) => !codes.length || codes.every((c) => entries[i]!.code.startsWith(c));

    for (let k = 0; k < dirty.length; k++) {
      tokScore[dirty[k]!] = 0;
      tokHow[dirty[k]!] = 0;
    }
    dirty.length = 0;
    colItems.fill(undefined);
    tokBest.fill(0, 0, entries.length * nt);
    tokWhole.fill(0, 0, entries.length * nt);
    phraseTitle.fill(0);
    act.fill(0, 0, entries.length * nt);
    best.fill(0);
    bestItem.fill(-1);
    nMatched.fill(0);
    partialSum.fill(0);
    fullHit.fill(0);

    // Pass 1: exact tiers for every token and string. While typing, the word only grows, so only strings
    // that contained the previous keystroke's word can contain this one.
    const exactEntries = new Array<number>(nt).fill(0);
    /** Per query word, the items it hits exactly. */
    const exactLists: Int32Array[] = [];
    const exactPass = (j: number, tok: string): ExactHits => {
      // The same word read the same way (complete or still being typed, a place's name or not) scores the same.
      const key = `${tok} ${complete[j] ? 1 : 0}${placeName[j] ? (nameWhole[j] ? 2 : 1) : guessed[j] ? 3 : 0}${nativeFolded[j] ? 'n' : ''}`;
      // Column j holds only what an earlier pass of this word wrote (tokHow stays 0 until the typo pass).
      const was = colItems[j];
      if (was) for (let k = 0; k < was.length; k++) tokScore[was[k]! * nt + j] = 0;
      const memo = tok.length === 1 ? letterMemo : exactMemo;
      const known = memo.get(key);
      if (known) {
        for (let k = 0; k < known.list.length; k++) {
          const at = known.list[k]! * nt + j;
          tokScore[at] = known.scores[k]!;
          dirty.push(at);
        }
        colItems[j] = known.list;
        return known;
      }
      seen.fill(0);
      const prev = typoCache[j];
      // A pass that only took word starts (a place's name) narrows nothing: it looked at the first occurrence only, and
      // «a» first found inside «personal» misses «personal assistant», which «as» at a word start hits.
      // The titles in other languages: for a word of FOREIGN_MIN letters or more, or one typed in full («sofer de tir»).
      const foreign = tok.length >= FOREIGN_MIN || complete[j]!;
      let only = prev && tok.startsWith(prev.t) && !prev.place && (!foreign || prev.t.length >= FOREIGN_MIN) ? prev.exact : exactOfPrefix(tok, foreign);
      // Only strings that hold the word's rarest piece can hold the word.
      if (tok.length >= 2) {
        const g = gramHolders(tok);
        if (!only || g.length < only.length) only = g;
      }
      const done = complete[j]!;
      let count = 0;
      let len = 0;
      for (let k = 0, end = only ? only.length : items.length; k < end; k++) {
        const n = only ? only[k]! : k;
        if ((!foreign || nativeFolded[j]) && items[n]!.foreign) continue;
        // A title in another language is no Norwegian compound: only its words' starts match («leger» is not in
        // «krankenpfleger»). A place's name is no title in another language begun, even while it may still be typed
        // («på Forus» is not «forushande»): the whole word only, as for a place's name typed in full.
        const foreignItem = items[n]!.foreign;
        const sc = exactScore(
          tok,
          items[n]!.norm,
          done,
          items[n]!.head,
          placeName[j]! || foreignItem,
          nameWhole[j]! || (placeName[j]! && foreignItem),
          guessed[j]!,
        );
        if (!sc) continue;
        tokScore[n * nt + j] = sc;
        dirty.push(n * nt + j);
        listBuf[len] = n;
        scoreBuf[len++] = sc;
        if (!seen[items[n]!.entry]) {
          seen[items[n]!.entry] = 1;
          count++;
        }
      }
      const hits = { count, list: listBuf.slice(0, len), scores: scoreBuf.slice(0, len) };
      colItems[j] = hits.list;
      if (memo.size >= (memo === letterMemo ? 256 : 32)) memo.clear();
      memo.set(key, hits);
      return hits;
    };
    let stemmed = false;
    for (let j = 0; j < nt; j++) {
      if (verbOnly[j]) {
        // An employer's name also stands for its workplace among the title words, a little weaker, as in the
        // activity reader: «avdelingsleder på Clas Ohlson» is «avdelingsleder butikk». Only beside other words: alone,
        // the name is the workplace, not a title that merely has it («jobbet på ikea» is no varehussjef).
        const target = nt > 1 && actToks[j]!.role === 'word' ? employerObject(compiled[j]!.t) : undefined;
        if (target) {
          const r = exactPass(j, target);
          for (let k = 0; k < r.list.length; k++) tokScore[r.list[k]! * nt + j] = r.scores[k]! * Q_ALIAS;
          exactLists.push(r.list);
          continue;
        }
        exactLists.push(noItems);
        continue;
      }
      let r = exactPass(j, compiled[j]!.t);
      // People say where they work in the definite form (på lageret, i barnehagen, sjåføren): when the
      // word is found nowhere, try it without the ending.
      const tok = compiled[j]!.t;
      const inner = innerOf.get(tok);
      if (!r.count && inner && inner !== tok) {
        const rs = exactPass(j, inner);
        if (rs.count) {
          r = rs;
          compiled[j] = compiledWord(inner);
          stemmed = true;
        } else r = exactPass(j, tok);
      }
      const english = ENGLISH[tok];
      // An English title found only inside other words («sales» in presales) or only as the modifier of English titles
      // («farmer» in fish farmer, «nurse» in nurse assistant) is read as the Norwegian title.
      let weak = !r.count;
      if (english && r.count) {
        weak = true;
        // Column j holds exactly r's scores.
        for (let k = 0; k < r.list.length && weak; k++) if (r.scores[k]! > T_WORD - 18) weak = false;
      }
      // Not where the word beside it completes an English title with it («security analyst i banken»: the analyst,
      // not the guard that «security» alone would be).
      if (weak && english && (titlePairs.has(`${tok} ${compiled[j + 1]?.t}`) || titlePairs.has(`${compiled[j - 1]?.t} ${tok}`))) weak = false;
      if (weak && english) {
        const rs = exactPass(j, english);
        if (rs.count) {
          r = rs;
          compiled[j] = compiledWord(english);
          stemmed = true;
        } else r = exactPass(j, tok);
      }
      if (!r.count && tok.length >= 5) {
        // A stem the catalogue knows as a word wins (kommunen → kommune, not kommun), else the first with hits.
        const cands = DEFINITE.filter((suf) => tok.endsWith(suf) && tok.length - suf.length >= 4).map((suf) => tok.slice(0, -suf.length));
        const stem = cands.find((c) => knownWord(c)) ?? cands[0];
        for (const c of stem ? [stem, ...cands.filter((x) => x !== stem)] : []) {
          const was = complete[j]!;
          markComplete(j);
          // A stem that is no word the catalogue knows is a guess at the word: it names a whole word of the titles (or
          // its plural), or the first part of one whose rest is a word (ekstruder|operatør, anodisering|s|operatør),
          // never the start of any longer word — «på Skøyen» is no «skøy|teinstruktør», «skulane» no «skul|ptør».
          guessed[j] = !knownWord(c);
          const rs = exactPass(j, c);
          complete[j] = was;
          if (rs.count) {
            r = rs;
            compiled[j] = compiledWord(c);
            stemmed = true;
            markComplete(j);
            break;
          }
          guessed[j] = false;
        }
        if (!r.count) r = exactPass(j, tok);
      }
      exactEntries[j] = r.count;
      exactLists.push(r.list);
    }
    // The public employer beside other words («i kommunen», «for fylket») says nothing about which of its jobs: every one
    // of them could be named after it (kommunelege, kommunerevisor). So the first part of a title counts only in a
    // string another query word hits too («lege i kommunen» is the kommunelege); whole words of titles count as ever.
    if (nt > 1)
      for (let j = 0; j < nt; j++) {
        if (!PUBLIC_EMPLOYERS.has(compiled[j]!.t)) continue;
        for (const n of exactLists[j]!) {
          if (tokScore[n * nt + j]! >= T_WORD - 19) continue;
          let other = false;
          for (let k = 0; k < nt && !other; k++) other = k !== j && tokScore[n * nt + k]! > 0;
          if (!other) tokScore[n * nt + j] = 0;
        }
      }
    if (stemmed) q = [...compiled.map((c) => c.t), ...codes].join(' ');

    // The activity reader: verbs and objects/places against every group's activity rules. For several words
    // it runs now, so its groups are candidates for typo matching below; a one-word query is read after the
    // typo pass (see there).
    // A manager title that names no trade reads as leading the workplace beside it (MANAGER_WORDS).
    // So does a leader's title right before «for»/«over» and whom she leads: «formann for snekkerne», «bas over tømrerne»,
    // and one right before what is led, a compound written apart: «foreman stillas» is the stillasformann (3123), not the
    // bare «foreman» of the factory floor (3122). With a preposition between it stays a title: «formann på anlegget».
    const leading = (t: ActivityToken, j: number): boolean =>
      t.role === 'word' &&
      (MANAGER_WORDS.has(t.text) ||
        (LEADER_WORDS.has(t.text) &&
          (LEADS_PREP.has(allTokens[wordIdx[j]! + 1] ?? '') || (j === 0 && wordIdx[1] === wordIdx[0]! + 1 && actToks[1]?.role === 'word'))));
    // So does the driver's title beside a vehicle: «sjåfør på melkebil» drives it (DRIVER_WORDS).
    // Only beside what is driven, a vehicle, not a place where drivers are needed too («sjåfør på lageret», «sjåfør i
    // heimetenesta» stay the driver).
    const driving = (t: ActivityToken): boolean =>
      t.role === 'word' && DRIVER_WORDS.has(t.text) && compiled.some((c) => drivenObjects.has(c.t) || stems(c.t).some((st) => drivenObjects.has(st)));
    const titleVerb = (t: ActivityToken, j: number): string | null => (leading(t, j) ? 'lede' : driving(t) ? DRIVE : null);
    const actRead =
      nt > 1 && actToks.some((t, j) => titleVerb(t, j) !== null)
        ? mapped(actToks, (t, j) => {
            const verb = titleVerb(t, j);
            return verb ? { ...t, role: 'verb' as const, lemmas: [verb] } : t;
          })
        : actToks;
    let actWhy = nt > 1 ? scoreActivities(acts, actRead, act, knownHead) : new Map<number, ActivityWhy>();
    if (actRead !== actToks)
      for (let j = 0; j < nt; j++) {
        if (actRead[j] === actToks[j]) continue;
        // Paired with what it leads, the title word counts as a verb without its object; unpaired, not at all. Paired, it
        // names the job there like a title of several words typed whole («sjåfør på melkebil for Tine»), so the other
        // words (whom for, where) get the floor in that group as in the group whose title the word is.
        for (let e = 0; e < entries.length; e++) {
          const paired = act[e * nt + j]! > V_WEAK;
          act[e * nt + j] = paired ? V_WEAK : 0;
          if (paired) phraseTitle[e] = 1;
        }
      }
    // The object a person's older title was read as (personObject) names the job where at most two groups have it.
    for (let j = 0; j < nt && personObject.size; j++) {
      if (!personObject.has(wordIdx[j]!)) continue;
      let n = 0;
      for (let e = 0; e < entries.length; e++) if (act[e * nt + j]! > 0) n++;
      if (n > 0 && n <= 2) for (let e = 0; e < entries.length; e++) if (act[e * nt + j]! > 0) phraseTitle[e] = 1;
    }
    // The hand that «for ein bonde» was read as works on the farmer's farm, not as the farmer: the farm in «gårdsarbeider»
    // is no place of the farmers' own work («stelte sauer for en bonde» is the hand, though the farmer tends sheep too).
    for (let j = 0; j < nt; j++) if (compiled[j]!.t === FARM_HAND) for (let e = 0; e < entries.length; e++) if (farmerGroup[e]) act[e * nt + j] = 0;
    // A workplace after «for» is whom the work is done for when another word says what is done («fakturerer for
    // tannlegekontorer», «lønnskjøring for barnehager», «lager mat for barnehagen»): where it is the workplace of the
    // group's own work (a verb of the group paired in the query), it counts in full; elsewhere half, like a title after
    // «for» (served).
    if (nt > 1)
      for (let j = 1; j < nt; j++) {
        const i = wordIdx[j]!;
        const at = ARTICLE_BEFORE.has(allTokens[i - 1] ?? '') ? i - 2 : i - 1;
        // (Not an employer's name, nor a name in capitals: «patruljerer for Securitas», «klipper innslag for TV 2» say
        // whom one works for.)
        // So is one joined by «og»/«eller» to what follows «for»: «tolker for UDI og politiet».
        const joined =
          COORDINATING.has(allTokens[i - 1] ?? '') &&
          wordIdx[j - 1] === i - 2 &&
          allTokens[ARTICLE_BEFORE.has(allTokens[i - 3] ?? '') ? i - 4 : i - 3] === 'for';
        if ((allTokens[at] !== 'for' && !joined) || actToks[j]!.role !== 'word' || employerObject(words[j]!) || /^\p{Lu}/u.test(typedAs?.[i] ?? '')) continue;
        // (Not after «ansvar»: «har ansvar for damsikkerheten» is what one is responsible for, the work itself.)
        if (!joined && RESPONSIBLE_FOR.has(allTokens[at - 1] ?? '')) continue;
        let other = false;
        for (let k = 0; k < nt && !other; k++) {
          if (k === j) continue;
          if (actToks[k]!.role === 'verb') other = true;
          else for (let e = 0; e < entries.length && !other; e++) other = act[e * nt + k]! >= O_PLACE * Q_HEAD;
        }
        if (!other) continue;
        for (let e = 0; e < entries.length; e++) {
          if (!act[e * nt + j]) continue;
          let own = false;
          for (let k = 0; k < nt && !own; k++) own = k !== j && actToks[k]!.role === 'verb' && act[e * nt + k]! >= V_PAIR;
          if (!own) act[e * nt + j] = act[e * nt + j]! * SERVED;
        }
      }

    // «for <authority>» names the employer of one who does something to the places of the query: «sjekker kjøkkenene
    // for Mattilsynet» inspects kitchens, «maler skoler for kommunen» paints schools. The places are then what is worked
    // on, not the job: where a group has no verb of the query paired, its places and the employer count half (SERVED).
    let servedPlaces: Uint8Array | null = null;
    if (nt > 2) {
      let forAuthority = -1;
      for (let j = 1; j < nt && forAuthority < 0; j++) {
        const i = wordIdx[j]!;
        if (allTokens[i - 1] === 'for' && (AUTHORITIES.has(compiled[j]!.t) || PUBLIC_EMPLOYERS.has(compiled[j]!.t))) forAuthority = j;
      }
      // Only for a verb that says the trade (a few groups have it) or is paired in some group: «passer renseanlegget for
      // kommunen», «kjører bussen for kommunen» keep the place's own group.
      let verbGroups = 0;
      let paired = false;
      if (forAuthority >= 0)
        for (let e = 0; e < entries.length; e++)
          for (let k = 0; k < nt; k++) {
            if (actToks[k]!.role !== 'verb') continue;
            const a = act[e * nt + k]!;
            if (a >= V_PAIR) paired = true;
            if (a >= V_WEAK) {
              verbGroups++;
              break;
            }
          }
      const authority = forAuthority >= 0 && AUTHORITIES.has(compiled[forAuthority]!.t);
      // A verb form that is a trade's title as well («maler») is that trade's verb.
      const tradeTitle = actToks.some((t, k) => t.role === 'verb' && exactEntries[k]! > 0);
      if (verbGroups > 0 && (authority ? paired || verbGroups <= TRADE_VERB_GROUPS : !paired && (tradeTitle || verbGroups <= TRADE_VERB_GROUPS))) {
        servedPlaces = new Uint8Array(entries.length);
        for (let e = 0; e < entries.length; e++) {
          // The authority's own staff work there: «rykker ut for brannvesenet».
          let own = authority && act[e * nt + forAuthority]! > 0;
          for (let k = 0; k < nt && !own; k++) own = actToks[k]!.role === 'verb' && act[e * nt + k]! >= V_WEAK;
          if (!own) servedPlaces[e] = 1;
          // …and the verb's own group has its object there, whatever the place is: «snekrer på sykehjemmene for kommunen»
          // (not a verb form that is a title as well: «maler» is the painter, not «måle»).
          else
            for (let k = 0; k < nt; k++)
              if (actToks[k]!.role === 'verb' && !exactEntries[k] && act[e * nt + k]! >= V_WEAK) act[e * nt + k] = Math.max(act[e * nt + k]!, V_ALONE);
        }
      }
    }

    // Pass 2: loose tiers only where they can still matter. A token with enough exact hits cannot gain
    // from typo matching in entries that do not match it at all — unless another query word already
    // points at that entry.
    if (++hitGen === 0x7fffffff) {
      hitMark.fill(0);
      hitGen = 1;
    }
    hitList = [];
    for (const list of exactLists) for (const n of list) hit(n);
    const candidate = seen;
    candidate.fill(0);
    if (nt > 1) for (const list of exactLists) for (const n of list) candidate[items[n]!.entry] = 1;
    for (const e of actWhy.keys()) candidate[e] = 1;
    // Next to other words, a word the catalogue knows (lageret, butikk) is no typo: crediting it as one
    // would let «lager» count inside «selger».
    // Nor is a compound of two known words that no string has (skift|arbeider): it is spelled right, only the
    // catalogue lacks it, so it is not «skiftearbeider» misspelt.
    /** Per word: some title is one typo from it (then a compound read by its head would hide the misspelt title). */
    const typoHit = new Uint8Array(nt);
    const typoOk = mapped(compiled, (c, j) => (nt === 1 || !complete[j] || !knownWord(c.t)) && !placeName[j] && !(exactEntries[j] === 0 && knownCompound(c.t)));
    for (let j = 0; j < nt; j++) {
      if (verbOnly[j]) continue;
      const c = compiled[j]!;
      const everywhere = exactEntries[j]! < limit;
      if (!everywhere && nt === 1) continue;
      // While typing, the word only grows: a string more than k typos away from a prefix stays so for
      // the longer word, so the previous keystroke's survivors are the only candidates.
      const prev = typoCache[j];
      const fuzzy = !!c.pat && typoOk[j]!;
      const within = !fuzzy ? null : prev?.within && prev.k === c.k && c.t.startsWith(prev.t) ? prev.within : keptOfPrefix(c.t, c.k);
      // What the next keystroke can still match: the exact hits and the strings within typo reach.
      const keep: number[] | null = fuzzy && everywhere ? Array.from(exactLists[j]!) : null;
      const parted = partScores(c.t, exactEntries[j] === 0);
      if (++visitGen === 0x7fffffff) {
        visited.fill(0);
        visitGen = 1;
      }
      // Only strings whose score can change are visited: an exact hit keeps its score, and a string that is no known
      // part of the word and out of typo reach keeps the 0 the exact pass gave it.
      const visit = (n: number, typo: boolean): void => {
        if (visited[n] === visitGen) return;
        visited[n] = visitGen;
        if (tokScore[n * nt + j]) return;
        const it = items[n]!;
        if (!everywhere && !candidate[it.entry]) return;
        let sc = partCover[n]! ? T_PART * partCover[n]! : 0;
        let how = sc ? 2 : 0;
        if (typo && popcount(c.mask & ~it.mask) <= c.k) {
          const d = fuzzyDistance(c.pat!, it.norm, c.k);
          // A title in another language counts as a typo only of a whole word of it (not «gele» in «cabeleireira»);
          // within reach, it is kept for the next keystroke all the same.
          if (d <= c.k && (!it.foreign || (!nativeFolded[j] && it.words.some((w) => Math.abs(w.length - c.t.length) <= c.k)))) {
            if (d <= 1) typoHit[j] = 1;
            // A typo of the whole string beats the same typo of a word inside a longer one, as a whole title beats a
            // string it heads: «slakteriarbieder» is the «slakteriarbeider», not the «slakteriarbeider fisk».
            const fuzzy = T_FUZZY - 8 * d - (it.norm.length > c.t.length + c.k ? T_TYPO_PART : 0);
            if (fuzzy > sc) {
              sc = fuzzy;
              how = 1;
            }
          }
          if (d <= c.k) keep?.push(n);
        }
        tokScore[n * nt + j] = sc;
        tokHow[n * nt + j] = how;
        if (sc) {
          dirty.push(n * nt + j);
          hit(n);
        }
      };
      if (within) for (const n of within) visit(n, true);
      else if (fuzzy) {
        // A new word (or more typos allowed than before): only strings that can be within reach are tried.
        const reach = typoCandidates(c.t, c.k);
        if (everywhere) for (const n of reach) visit(n, true);
        else
          for (let i = 0; i < entries.length; i++)
            if (candidate[i]) for (let n = itemStart[i]!; n < itemStart[i + 1]!; n++) if (gramMark[n] === gramGen) visit(n, true);
      }
      for (const n of parted) visit(n, false);
      for (const n of parted) partCover[n] = 0;
      // Typos not tried now narrow nothing for the next keystroke.
      const kept = keep && Int32Array.from(keep);
      typoCache[j] = { t: c.t, k: c.k, exact: exactLists[j]!, within: kept, place: placeName[j] };
      if (kept) {
        if (keptMemo.size >= 32) keptMemo.clear();
        keptMemo.set(`${c.t} ${c.k}`, kept);
      }
    }
    // Beside other words, a word the catalogue lacks that is one typo from a whole one-word title of at most two groups
    // is that title misspelt («elektrikker på verftet», «stråleterapaut på Radiumhospitalet»): it names the job like
    // the title typed right, a little lower, so the place beside it does not pull the query away.
    // Only the first word, where a title stands («X på Y»), and one typo from the whole string, not from a part of it
    // («elektriker» inside «instrumentelektriker»).
    // The title may be there only in the plural (SSB's «Fysioterapeuter»: «fysioterapaut» is that title misspelt), and
    // the word may have scored as a known part rather than as a typo («automatikker», read as automatikk|er, is
    // «automatiker» with a doubled k).
    const typoOfWhole = (n: number, j: number) => {
      if (!tokScore[n * nt + j] || !tokHow[n * nt + j]) return false;
      const s = items[n]!.norm;
      if (s.includes(' ')) return false;
      const t = compiled[j]!.t;
      return oneEdit(t, s) || PLURALS.some((e) => s.length > e.length + 4 && s.endsWith(e) && oneEdit(t, s.slice(0, -e.length)));
    };
    if (nt > 1)
      for (let j = 0; j < 1; j++) {
        if (verbOnly[j] || actToks[j]!.role === 'verb' || exactEntries[j] || placeName[j] || compiled[j]!.t.length < 6) continue;
        let groups = 0;
        let last = -1;
        for (const n of hitList) {
          const e = items[n]!.entry;
          if (!typoOfWhole(n, j)) continue;
          if (e !== last && !tokWhole[e * nt + j]) groups++;
          tokWhole[e * nt + j] = 1;
          last = e;
        }
        if (groups > 2) {
          for (let e = 0; e < entries.length; e++) tokWhole[e * nt + j] = 0;
          continue;
        }
        // Read as that title, the word reaches the other strings one typo further: a typo of a longer string
        // («hjemmesykepleie» for «sykepleir») counts as two, so the place beside it does not carry that group.
        for (const n of hitList) {
          if (typoOfWhole(n, j)) tokScore[n * nt + j] = T_TYPO_TITLE;
          else if (groups && tokHow[n * nt + j] === 1 && !tokWhole[items[n]!.entry * nt + j])
            tokScore[n * nt + j] = Math.min(tokScore[n * nt + j]!, T_FUZZY - 16);
        }
        // Nor is it read by its parts as a place or an object: «butikksjeff på Coop» is the shop manager misspelt, not a
        // «butikk» for the shop assistant.
        if (groups) for (let e = 0; e < entries.length; e++) if (!tokWhole[e * nt + j]) act[e * nt + j] = 0;
      }
    if (nt === 1) {
      // One word found among the titles, also with a typo, is a title: only a whole object or place
      // («barnehage», «lager») or a verb («sveisa») counts, not an object inside it (trikk in elektrikker).
      let found = false;
      // A word two typos from a title whose first part is an object of the rules the title does not start with is that
      // compound, not the title misspelt: «potte|operatør» is no «løfteoperatør» (but «miljøterapøt» is «miljøterapeut»).
      const tok = compiled[0]!.t;
      let first = '';
      for (let p = tok.length - 3; p >= 4 && !first; p--)
        if (objectWords.has(tok.slice(0, p)) || objectWords.has(`${tok.slice(0, p)}e`)) first = tok.slice(0, p);
      const twoTypos = (n: number) => tokScore[n]! <= T_FUZZY - 16 && !!first && !items[n]!.norm.startsWith(first);
      for (const n of hitList) if (tokHow[n] === 0 || (tokHow[n] === 1 && !twoTypos(n))) found = true;
      actToks[0]!.parts = !found;
      actWhy = scoreActivities(acts, actToks, act, knownHead);
    }
    for (let j = 0; j < MAX_TOKENS; j++) {
      if (j >= nt || verbOnly[j]) typoCache[j] = undefined;
      else if (typoCache[j]?.t !== compiled[j]!.t)
        typoCache[j] = { t: compiled[j]!.t, k: compiled[j]!.k, exact: exactLists[j]!, within: null, place: placeName[j] };
    }

    // In item order (the first of equal strings wins): a short list sorted, a long one through the marks.
    const scored = hitList.length * 8 < items.length ? Int32Array.from(hitList).sort() : null;
    for (let k = 0, end = scored ? scored.length : items.length; k < end; k++) {
      const n = scored ? scored[k]! : k;
      if (!scored && hitMark[n] !== hitGen) continue;
      const it = items[n]!;
      if (!codeOk(it.entry)) continue;
      let sum = 0;
      let hits = 0;
      let wholeWords = 0;
      const base = it.entry * nt;
      // A string that a word of the job hits too names the job with whom it serves (legekontorassistent for «assistent
      // for legen»): there the served word counts in full.
      let own = false;
      for (let j = 0; j < nt && !own; j++) own = weight[j] === 1 && tokScore[n * nt + j]! > 0;
      for (let j = 0; j < nt; j++) {
        // Multiplied always (by 1 when not served): a multiplication met only in some queries had no type feedback when
        // the search was optimized, and V8 threw the optimized code away again and again.
        const sc = tokScore[n * nt + j]! * (own ? 1 : weight[j]!);
        if (!sc) continue;
        hits++;
        sum += sc;
        if (sc > tokBest[base + j]!) tokBest[base + j] = sc;
        if (sc >= T_WORD - 1 && !it.norm.includes(' ')) tokWhole[base + j] = 1;
        if (sc >= T_WORD - 19 && !tokHow[n * nt + j]) wholeWords++;
      }
      if (!hits) continue;
      if (it.nWords > 1 && wholeWords >= it.nWords) phraseTitle[it.entry] = 1;
      if (sum > partialSum[it.entry]!) {
        partialSum[it.entry] = sum;
        partialItem[it.entry] = n;
      }
      if (hits < nt) continue;
      let score = it.norm === q ? 100 : Math.min(99, sum / nt);
      // The query is the whole head of a string with more words («prosessoperatør» in «prosessoperatør
      // kontrollrom», «Prosessoperatører (oppredning)»): every such string narrows the bare title, so how long its
      // qualifier is says nothing, and an official name qualified in parentheses is no more the bare title than
      // a synonym is. The prior decides among them.
      const bare = sum >= (T_WORD - 1) * nt && it.norm.startsWith(q) && QUALIFIED_REST.test(it.norm.slice(q.length));
      // Among equals, the string closest in length to the query and the official title win.
      score -= bare ? Q_QUALIFIER : Math.min(6, Math.max(0, it.norm.length - q.length) * 0.08);
      if (!(bare && it.qualified)) score += it.kind === Kind.Title ? 0.6 : it.kind === Kind.Nav ? 0.4 : 0;
      nMatched[it.entry]!++;
      if (score > best[it.entry]!) {
        best[it.entry] = score;
        bestItem[it.entry] = n;
      }
    }

    const matchedText = new Array<string | undefined>(entries.length);
    const matchedKind = new Array<MatchKind | undefined>(entries.length);
    /** A group scored for query word j by a part of the word (its head, or a split of it): credited as a part match. */
    const creditPart = (i: number, j: number, sc: number): void => {
      if (sc <= tokBest[i * nt + j]!) return;
      tokBest[i * nt + j] = sc;
      if (!partialSum[i]) {
        partialSum[i] = sc;
        partialItem[i] = firstItem[i]!;
      }
      if (nt === 1 && sc > best[i]!) {
        best[i] = sc;
        matchedText[i] = entries[i]!.title;
        matchedKind[i] = 'part';
        if (bestItem[i]! < 0) bestItem[i] = -2;
      }
    };
    for (let j = 0; j < nt; j++) {
      const tok = compiled[j]!.t;
      if (!verbOnly[j] && !exactEntries[j] && !typoHit[j] && tok.length >= 7 && !placeName[j] && !objectWords.has(tok))
        for (const [i, sc] of headTitles(tok)) if (codeOk(i)) creditPart(i, j, sc);
      if (verbOnly[j] || tok.length < 8 || exactEntries[j]! >= limit) continue;
      if (nt === 1) {
        // A fallback tier: skip it when enough groups already score above anything it could give.
        let strong = 0;
        for (let i = 0; i < entries.length; i++) if (best[i]! >= T_SPLIT + 4) strong++;
        if (strong >= limit) continue;
      }
      findHeads(tok, (i) => tokBest[i * nt + j]! < T_SPLIT && codeOk(i) && (nt === 1 || !!candidate[i]));
      const splits = splitsOf(tok);
      for (let i = 0; i < entries.length; i++) {
        if (!headFrom[i]) continue;
        creditPart(i, j, splitScore(splits, i, headFrom[i]!));
      }
    }

    // Words spread over the title, a synonym, the activity data and the description ("helsefagarbeider
    // sykehjem", "kjører truck på terminalen"), or only some words matching: ranked by the share of the
    // query explained, below single-string matches.
    if (nt > 1 || actWhy.size) {
      // A word that is a whole one-word title or synonym of at most two groups names the job (kokk, lærer); one
      // that many groups share (konsulent, assistent) or that is only the first word of a longer title («mannskap
      // i Forsvaret») does not, and gets no floor for the other words.
      const wholeTitles = mapped(actToks, (t, j) => {
        if (t.role !== 'word') return 0;
        let n = 0;
        for (let i = 0; i < entries.length && n <= 2; i++) if (tokWhole[i * nt + j]) n++;
        return n;
      });
      const titleWord = mapped(wholeTitles, (n) => n > 0 && n <= 2);
      // A verb that names the job alone in at most two groups (tolke, sveise, patruljere) names it like a title: whom
      // it is done for and where are the other words («tolker for litauiske snekkere på byggeplassen»). Not beside an
      // employer's name, which says whose job it is («patruljerer for Securitas» is the guard, not the police).
      const employer = actToks.some((t) => t.role === 'word' && !!employerObject(t.text));
      const ownVerb = mapped(actToks, (t, j) => {
        if (t.role !== 'verb' || employer) return false;
        let n = 0;
        for (let i = 0; i < entries.length && n <= 2; i++) if (act[i * nt + j] === V_ALONE) n++;
        return n > 0 && n <= 2;
      });
      for (let i = 0; i < entries.length; i++) {
        const w = actWhy.get(i);
        if (!partialSum[i] && !w) continue;
        if (!codeOk(i)) continue;
        let sum = 0;
        let byActivity = false;
        // A whole title or synonym in the query names the job; the other words are where and how
        // («kokk på sjukeheimen»): they may not pull it below a group that only has the place.
        let titled = false;
        for (let j = 0; j < nt && !titled; j++) titled = titleWord[j]! && !!tokWhole[i * nt + j];
        // …and so does a title of several words typed whole («juridisk rådgiver i bank»).
        titled ||= !!phraseTitle[i];
        for (let j = 0; j < nt && !titled; j++) titled = ownVerb[j]! && act[i * nt + j] === V_ALONE;
        for (let j = 0; j < nt; j++) {
          let sc = tokBest[i * nt + j]!;
          const a = act[i * nt + j]!;
          if (a > sc) {
            sc = a;
            byActivity = true;
          }
          if (!sc && nt > 1 && inFulltext(j)[i]) sc = T_FULLTEXT;
          if (servedPlaces?.[i] && actToks[j]!.role === 'word') sc *= SERVED;
          // …unless that other word is a title itself («pedagogisk kokk» names two jobs, not one in a place).
          if (titled && sc < T_CONTEXT && !wholeTitles[j] && actToks[j]!.role === 'word') sc = T_CONTEXT;
          sum += sc;
        }
        // Among equal shares, a group where one query word is a whole title or synonym on its own wins
        // (sekretær på skole → the group with the synonym «sekretær»).
        const alone = partialSum[i] ? items[partialItem[i]!]! : null;
        const cross = sum / nt - 3 + (alone && compiled.some((c) => c.t === alone.norm) ? 0.5 : 0) + (alone?.kind === Kind.Title ? 0.2 : 0);
        if (cross > best[i]!) {
          best[i] = cross;
          if (byActivity && w) {
            matchedText[i] = w.text;
            matchedKind[i] = w.kind;
          } else if (alone) {
            matchedText[i] = alone.text;
            matchedKind[i] = 'words';
          }
          if (bestItem[i]! < 0) bestItem[i] = -2;
        }
      }
    }

    let found = 0;
    for (let i = 0; i < entries.length; i++) if (bestItem[i] !== -1) found++;
    // Only when titles run short: words that appear in the description or tasks ("sveising", "barnehage").
    if (found < limit && q.length >= 4) {
      for (let i = 0; i < entries.length; i++) {
        if (bestItem[i] !== -1 || !codeOk(i)) continue;
        let all = true;
        for (let j = 0; j < nt && all; j++) all = !!inFulltext(j)[i];
        if (all) {
          best[i] = T_FULLTEXT;
          fullHit[i] = 1;
        }
      }
    }

    // Several matching titles/synonyms make a group slightly more likely what was meant, and so does being a
    // common occupation (the prior, at most one point: it breaks ties, it does not override a better match).
    // Only the top `limit` are kept (insertion into a short sorted list), so short queries with hundreds of
    // hits stay cheap.
    const top: number[] = [];
    const fin = finBuf;
    const before = (a: number, b: number) => fin[a]! > fin[b]! || (fin[a] === fin[b] && entries[a]!.code < entries[b]!.code);
    for (let i = 0; i < entries.length; i++) {
      if (bestItem[i] === -1 && !fullHit[i]) continue;
      fin[i] = best[i]! + Math.min(1, Math.max(0, nMatched[i]! - 1) * 0.2) + described[i]! + prior[i]!;
      if (top.length === limit && !before(i, top[limit - 1]!)) continue;
      let p = top.length === limit ? limit - 1 : top.length;
      while (p > 0 && before(i, top[p - 1]!)) {
        top[p] = top[p - 1]!;
        p--;
      }
      top[p] = i;
    }
    const shown = (n: number): string => {
      const it = items[n]!;
      return it.alts?.find((a) => fold(a) === fq) ?? it.text;
    };
    const itemKind = (n: number): MatchKind => {
      for (let j = 0; j < nt; j++) {
        const how = tokHow[n * nt + j];
        if (tokScore[n * nt + j] && how) return how === 1 ? 'typo' : 'part';
      }
      return items[n]!.kind === Kind.Synonym ? 'synonym' : 'title';
    };
    return top.map((i) => {
      if (fullHit[i]) return toHit(i, fin[i]!, 'beskrivelse', 'description');
      if (matchedText[i] !== undefined) return toHit(i, fin[i]!, matchedText[i]!, matchedKind[i] ?? 'words');
      // A group whose score came from other words with no string behind it (seen once while typing «skiftleder på
      // Hy» before the data changed): its title, never a crash in the middle of typing.
      if (!items[bestItem[i]!]) return toHit(i, fin[i]!, entries[i]!.title, 'words');
      return toHit(i, fin[i]!, shown(bestItem[i]!), itemKind(bestItem[i]!));
    });
  }

  return { search };
}

let loaded: Catalogue | undefined;

/** The committed catalogue. Import this module lazily (dynamic import) so the data loads only when needed. */
export function loadCatalogue(): Catalogue {
  return (loaded ??= expandCatalogue(catalogueData as unknown as StoredCatalogue));
}

/** The first index in `sorted` whose string is not below `w` (binary search; `sorted.length` when all are). */
function lowerBound(sorted: readonly string[], w: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
