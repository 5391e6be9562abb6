/**
 * Word lists for the analysis, bokmål and nynorsk side by side. Entries are written in normal spelling and
 * folded at load time. A trailing "*" means prefix match (minimum 3 letters). Every token is classified once
 * into a bit set, and results are memoised because the same words come back on every keystroke.
 */
import { FUNCTION_AREAS, type FunctionArea } from './areas.ts';
import { fold } from './text.ts';

const AREAS = FUNCTION_AREAS;

export const F = {
  ACT: 1 << 9, // an activity or function word: løfte, gå, sitte, konsentrere seg, kundekontakt
  CAPV: 1 << 10, // capacity verb: kan, klarer, greier, orker, tåler
  NEG: 1 << 11,
  LIMIT: 1 << 12,
  POSW: 1 << 13, // positive qualifier: normalt, greit, egnet
  WORK: 1 << 14,
  VERDICT: 1 << 15,
  DUR: 1 << 16,
  SYMPT: 1 << 17,
  JARGON: 1 << 18,
  HEAVY: 1 << 19,
  LONG: 1 << 20,
  MUCH: 1 << 21,
  SHORT: 1 << 22,
  DEMAND: 1 << 23,
  THRESH: 1 << 24,
  HIST: 1 << 25,
  NN: 1 << 26, // nynorsk marker
  NB: 1 << 27, // bokmål marker
  AUX: 1 << 28, // finite verbs that open a new clause after "og": har, er, blir, må, bør
} as const;

/** Bits 0..8 are the function areas, in FUNCTION_AREAS order. */
export function areaBit(a: FunctionArea): number {
  return 1 << AREAS.indexOf(a);
}
export const AREA_MASK = (1 << AREAS.length) - 1;

const A = (a: FunctionArea) => areaBit(a);

// [flags, words]. Activity words carry ACT as well as their area.
const ENTRIES: [number, string][] = [
  // --- lift
  [A('lift') | F.ACT, 'løft* lyft* løfe løfer løte løter lofte bære bærer bar bæring bere berer bera bering skyve* dra trekke* trille* handleposer'],
  [A('lift'), 'vekt vekter byrder kasser gjenstander'],
  // --- mobility
  [A('mobility') | F.ACT, 'gå går gikk gjekk gått gåing gange gangen gangfunksjon gåavstand gangdistanse gåtur* gåtur turer tur stå står sto stod stått stående ståande ståing trapp* trappe* etasje* knel* knele huk bøy* vri* klatr* sykl* sykkel springe løpe løping bevege* rørsle* forflytt* forflytning*'],
  [A('mobility'), 'balanse krykker krykke rullator bein beina beinet ben knær kne hofte'],
  // --- sit
  [A('sit') | F.ACT, 'sitte sitter sitje sit sitjande sittende sitting stillesitt*'],
  // --- hands
  [A('hands') | F.ACT, 'gripe griper grip grep grepet grovgrep grepsstyrke* grepskraft finmotor* tast* tastatur skrive skriver skriving pc pc-en pc-arbeid datamus holde* hold mister miste'],
  [A('hands'), 'hånd hånda hånden hender hendene hand handa hendar arm armer armen armene armane fingre fingrene finger handledd handleddet skulder* skuldre skuldrene albue'],
  // --- senses
  [A('senses') | F.ACT, 'se ser høre hører høyre* lytte* snakke* prate* tale kjøre kjører kjøring bilkjøring køyre køyrer køyring'],
  [A('senses'), 'syn synet hørsel høyrsel lys støy lyd lyder skjerm* skrift førerkort*'],
  // --- cognitive
  [A('cognitive') | F.ACT, 'konsentrere* lese leser lesing lese* huske* glemmer glem* gløymer gløym* planlegge* planlegg* tenke* lære følge avgjørelser avgjerder beslutninger multitask* problemløs* rette'],
  [A('cognitive'), 'konsentrasjon* hukommelse* minne tempo oppmerksom* fokus* kognitiv* tråden oversikt'],
  // --- stress
  [A('stress') | F.ACT, 'håndtere* handtere*'],
  [A('stress'), 'stress* stressa stressen press tidspress belastning* psykisk konflikt* konfliktfylt* ansvar uro kritikk avbrytelser frister tidsfrister'],
  // --- social
  [A('social') | F.ACT, 'samarbeid* samhandl* samtale* samtaler møte møter møtene kundekontakt* kundesamtal* publikumskontakt* telefonsamtal* kontakt undervise* undervis*'],
  [A('social'), 'kunde* sosial* kolleg* publikum* telefon* mennesker folk elev* klasse* passasjer* ukjente'],
  // --- endurance
  [A('endurance') | F.ACT, 'aktivitet aktiviteter aktiv husarbeid hvile* kvile* pause pauser pausar'],
  [A('endurance'), 'utholdenhet* uthald* arbeidsdag* arbeidstid* sliten slitne utmatt* fatig* energi* dagsform kapasitet'],

  [F.CAPV, 'kan klarer klare klarar klart klara greier greie greidd greid greiar orker orke orkar orket tåler tåle tålte mestrer mestre meistrar fungerer fungere fungerar kunne evner makter takler'],
  [F.NEG, 'ikke ikkje ikk ike ikkj ingen inga ingenting intet aldri uten utan unngå* unngår unngås verken slipper slippe sleppe uaktuelt uaktuell umulig uforsvarlig dårlig dårleg'],
  [F.LIMIT, 'nedsatt nedsett redusert begrenset begrensa avgrensa svekket vansker vanskar vanskelig* vanskeleg* problem* vondt plages plaga hjelp faller sliten utmatt* stiv kun bare berre'],
  [F.POSW, 'normalt normal ubegrenset greit fint bra godt egnet egna passer passar aktuelt aktuell problemfritt uproblematisk'],
  [F.THRESH, 'over mer meir utover inntil opptil maks maksimalt høyst max under'],
  [F.HIST, 'siste sist sidan siden'],
  [F.HEAVY, 'tung tungt tunge tyngre'],
  [F.LONG, 'lenge lengre langt lange langvarig langvarige langvarig'],
  [F.MUCH, 'mye mykje mange'],
  [F.SHORT, 'kort korte kortere kortare'],
  [F.DEMAND, 'belastende belastande krevende krevjande'],
  [F.VERDICT, 'arbeidsufør arbeidsuføre arbeidsuførhet arbeidsuførheit arbeidsudyktig arbeidsfør arbeidsdyktig ufør uføre'],
  [F.DUR, 'varig varige varighet varigheit kronisk* permanent* midlertidig* mellombels forbigående prognose* prognosa forvent* ventes ventet ventar venta opptrapp* friskmeld* fremover framover fremtid* framtid* livsvarig vedvarende'],
  [F.SYMPT, 'smert* vondt vond verk verking hovudverk hodepine depresj* depressiv* angst* panikk* plage* diagnos* sykdom* sjukdom* kvalme slapp* svimmel* søvn* nedstemt* migrene artrose* prolaps kreft* brystkreft infarkt hjerteinfarkt diabetes hypertensjon astma fraktur brudd operert operasjon behandl* medisin* cellegift* ischialgi lumbago myalgi radikulopati utbrent* utmatt* fatig* stivhet anfall epilepsi hjerneslag slag blodtrykk overvekt parestesi* suicid* ptsd adhd revma* artritt fibromyalgi ryggsmert* nakkesmert* tiltaksløs* utstråling symptom* plager lidelse* infeksjon* covid sertralin fasciitt'],
  [F.JARGON, 'lasègue lasegue hypestesi dermatom* ekstensjon* fleksjon* abduksjon* quadriceps supraspinatus deltoideus st.p lumbalcolumna columna ischialgi radikulopati paravertebral myalgi palpasjonsøm bilat si-ledd residiverende lumbago mikrodiskektomi diskektomi persisterende parestesi* ejeksjonsfraksjon pci hba1c hypertensjon anamnestisk affektiv distymi anhedoni psykomotorisk cervikal* lumbal* torakal* idiopatisk kontusjon distorsjon epikondylitt tendinitt tendinose impingement subakromial kapsulitt polynevropati nevropati hemiparese afasi ataksi dysartri dyspné dyspne takykardi synkope vertigo parese atrofi postoperativ postop preop hypotyreose nrs vas adl slr dx s.p ve'],
  [F.NN, 'ikkje kva eg ho berre meir kvile timar dagleg frå vere gjere eit eitt mykje sjukdom klarar korleis nokon noko kome høyrsel ein dei betring innan månader veker ynskjer sitje gonger treng ikkj'],
  [F.NB, 'ikke hva jeg hun bare mer hvile timer daglig fra være gjøre et mye sykdom klarer hvordan noen noe komme hørsel bedring innen måneder uker trenger'],
  [F.AUX, 'har er blir må bør trenger treng får hadde var vil skal'],
];

// Work relation: stems and typical endings of occupation words ("lagermedarbeider", "hjelpepleier").
const WORK_WORDS =
  'arbeid* jobb* yrke* stilling* oppgave* oppgåve* arbeidsoppgave* arbeidsplass* arbeidsgiver* arbeidsgjevar* kolleg* kunde* skift* turnus vakt* nattevakt* tilrettelegg* tilrettelagt kontor* lager* lageret kasse kassa* kassen skranke* kundar kundane pasientene sentralbord* sjåfør* truck* maskin* verktøy* elev* undervis* barnehage* byggeplass* samlebånd* montering* produksjon* renhold* reinhald* hjemmebesøk* heimebesøk* førerkort* kundeservice yrkesaktiv* sykmeld* sjukmeld* forflytning* forflytt* nattarbeid* skiftarbeid* bransje* snekker* elektriker* frisør* kokk* kantine* postbud* sykepleier* lærer lærar* kasse* pasienter vaktmester* resepsjon* plukk* paller regnskap* saksbehandl* ansatt* tiltak*';
const WORK_SUFFIXES = [
  'arbeider', 'arbeidar', 'medarbeider', 'medarbeidar', 'pleier', 'assistent', 'sjafor', 'forer', 'operator', 'laerer', 'laerar',
  'konsulent', 'vakt', 'vakter', 'arbeid', 'jobb', 'stilling', 'selger', 'seljar', 'leder', 'leiar', 'tekniker', 'ingenior',
];

const exact = new Map<string, number>();
const prefix = new Map<string, number>();
let maxPrefix = 3;

function add(map: Map<string, number>, key: string, flags: number): void {
  map.set(key, (map.get(key) ?? 0) | flags);
}
// Built on first use: the content script loads this module on every page, but only pages with a form check text.
let built = false;
function build(): void {
  built = true;
  for (const [flags, words] of ENTRIES) {
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      if (w.endsWith('*')) {
        const k = fold(w.slice(0, -1));
        add(prefix, k, flags);
        if (k.length > maxPrefix) maxPrefix = k.length;
      } else add(exact, fold(w), flags);
    }
  }
  for (const w of WORK_WORDS.split(/\s+/)) {
    if (w.endsWith('*')) {
      const k = fold(w.slice(0, -1));
      add(prefix, k, F.WORK);
      if (k.length > maxPrefix) maxPrefix = k.length;
    } else add(exact, fold(w), F.WORK);
  }
}

const memo = new Map<string, number>();

/** Bit set for a folded word. Exact entries win; otherwise every matching prefix contributes. */
export function classify(f: string): number {
  if (!built) build();
  const hit = memo.get(f);
  if (hit !== undefined) return hit;
  let flags = exact.get(f) ?? 0;
  if (flags === 0) {
    const top = Math.min(f.length, maxPrefix);
    for (let k = top; k >= 3; k--) {
      const p = prefix.get(k === f.length ? f : f.slice(0, k));
      if (p !== undefined) flags |= p;
    }
  }
  if (!(flags & F.WORK) && f.length > 5) {
    for (const suf of WORK_SUFFIXES) {
      if (f.length > suf.length + 2 && f.endsWith(suf)) {
        flags |= F.WORK;
        break;
      }
    }
  }
  // Compounds ending in a pain word ("ryggsmerter", "nakkesmerter") are symptoms.
  if (!(flags & F.SYMPT) && f.length > 7 && (f.includes('smert') || f.endsWith('vansker') || f.endsWith('plager'))) flags |= F.SYMPT;
  if (memo.size > 50000) memo.clear();
  memo.set(f, flags);
  return flags;
}

export function areasOf(flags: number): FunctionArea[] {
  const out: FunctionArea[] = [];
  for (let i = 0; i < AREAS.length; i++) if (flags & (1 << i)) out.push(AREAS[i]!);
  return out;
}

export type UnitClass = 'weight' | 'time' | 'distance' | 'floors' | 'frequency' | 'percent' | 'period';

export const UNITS: ReadonlyMap<string, { unit: string; cls: UnitClass }> = new Map(
  (
    [
      ['kg', 'kg', 'weight'], ['kilo', 'kg', 'weight'], ['kilogram', 'kg', 'weight'], ['gram', 'g', 'weight'],
      ['sek', 's', 'time'], ['sekund', 's', 'time'], ['sekunder', 's', 'time'],
      ['min', 'min', 'time'], ['minutt', 'min', 'time'], ['minutter', 'min', 'time'], ['minuttar', 'min', 'time'], ['minuttene', 'min', 'time'],
      ['t', 't', 'time'], ['time', 't', 'time'], ['timer', 't', 'time'], ['timar', 't', 'time'], ['timen', 't', 'time'], ['timers', 't', 'time'], ['timane', 't', 'time'], ['timene', 't', 'time'],
      ['m', 'm', 'distance'], ['meter', 'm', 'distance'], ['km', 'km', 'distance'], ['kilometer', 'km', 'distance'],
      ['etasje', 'etasjer', 'floors'], ['etasjer', 'etasjer', 'floors'], ['etasjar', 'etasjer', 'floors'], ['etg', 'etasjer', 'floors'], ['trinn', 'trinn', 'floors'], ['trappetrinn', 'trinn', 'floors'],
      ['ganger', 'ganger', 'frequency'], ['gang', 'ganger', 'frequency'], ['gonger', 'ganger', 'frequency'], ['gong', 'ganger', 'frequency'], ['loft', 'ganger', 'frequency'],
      ['%', '%', 'percent'], ['prosent', '%', 'percent'],
      ['dag', 'dager', 'period'], ['dager', 'dager', 'period'], ['dagar', 'dager', 'period'], ['dagene', 'dager', 'period'], ['dagane', 'dager', 'period'], ['dogn', 'dager', 'period'],
      ['uke', 'uker', 'period'], ['uker', 'uker', 'period'], ['uka', 'uker', 'period'], ['ukene', 'uker', 'period'], ['veke', 'uker', 'period'], ['veker', 'uker', 'period'], ['vekene', 'uker', 'period'], ['uken', 'uker', 'period'],
      ['mnd', 'mnd', 'period'], ['maned', 'mnd', 'period'], ['maneder', 'mnd', 'period'], ['manedene', 'mnd', 'period'], ['manad', 'mnd', 'period'], ['manader', 'mnd', 'period'], ['manadene', 'mnd', 'period'],
      ['ar', 'år', 'period'], ['arene', 'år', 'period'], ['aret', 'år', 'period'], ['halvar', 'år', 'period'],
    ] as const
  ).map(([k, unit, cls]) => [k, { unit, cls: cls as UnitClass }]),
);

/** Number words, including the articles that double as "one" before a unit ("en time", "eitt år"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['en', 1], ['ei', 1], ['ein', 1], ['ett', 1], ['eitt', 1], ['et', 1], ['to', 2], ['tre', 3], ['fire', 4], ['fem', 5],
  ['seks', 6], ['sju', 7], ['syv', 7], ['atte', 8], ['ni', 9], ['ti', 10], ['elleve', 11], ['tolv', 12], ['femten', 15],
  ['tjue', 20], ['tyve', 20], ['tretti', 30], ['forti', 40], ['femti', 50], ['hundre', 100], ['halv', 0.5], ['halvt', 0.5],
  ['halvannen', 1.5], ['halvanna', 1.5],
]);
