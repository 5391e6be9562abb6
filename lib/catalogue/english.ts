/**
 * English in a query: people who worked abroad often describe that work in English, maybe with Norwegian words mixed
 * in («worked as a nurse in the Philippines», «drove truck Poland to Germany», «taught maths at a high school»). Each
 * English word the table knows is read as the Norwegian word that means the same, one word for one word, before the
 * query is read: the activity reader and the titles then see «jobbet som en nurse i philippines», «kjørte lastebil
 * poland til germany», «underviste matematikk på en videregående i». The place's name after «in»/«at» is then a place
 * name (only a title's first letters can match it), and the country names are little words (activity.ts).
 *
 * Language data, not per unit group. Rules of the table:
 * - `english: norsk` — one Norwegian word, as typed (folded and normalized like the query): a verb form the lexicon
 *   knows (activity.ts), an object of the activity rules, a word of the titles or a little word.
 * - `english! norsk` — an English word that is a Norwegian word too («truck» is a forklift, «store» big, «as» a
 *   company, «is» ice, «a» and «to» are Norwegian little words or numbers): read as English only in a query that
 *   reads as English, i.e. has another English word of the table that is no Norwegian word.
 * - `english english: norsk` — two words read as one Norwegian word (the second becomes a little word): «high school»
 *   is «videregående», «nursing home» «sykehjem». English titles of a modifier and a head whose Norwegian compound the
 *   catalogue has («truck driver» → lastebilsjåfør, «factory worker» → fabrikkarbeider) are closed up in search.ts.
 * English job titles are not here: search.ts matches them (synonyms such as «taxi driver», the ENGLISH table).
 */
import { normalize } from './fold.ts';

const WORDS = `
# Little words.
the: den
an: en
a! en
of: av
in: i
at! på
on: på
as! som
with: med
from: fra
to! til
into: i
and! og
or: eller
by! ved
my: min
his: hans
her! hennes
our: vår
their: deres
we: vi
was: var
were: var
is! er
am: er
are: er
been: vært
have! har
has: har
had: har
did: gjorde
do! gjør
does: gjør
doing: gjør
also: også
then: da
after: etter
before: før
during: under
back: tilbake
abroad: utlandet
year: år
years: år
months: måneder
long! lenge
full! heltid
part: deltid
time! tid
there: der
here! her
for! for
some: noen
many: mange
different: ulike
# Work.
work: jobb
worked: jobbet
working: jobber
works: jobber
job: jobb
jobs: jobber
employed: ansatt
# Verbs, as a Norwegian form the verb lexicon knows.
taught: underviste
teach: underviser
teaches: underviser
teaching: undervisning
drove: kjørte
drive! kjører
drives: kjører
driving: kjøring
driven: kjørt
cooked: kokte
cooking: koking
cleaned: vasket
cleaning: rengjøring
clean! vasker
cleans: vasker
washed: vasket
washing: vask
built: bygget
build: bygger
builds: bygger
building: bygg
buildings: bygninger
constructed: bygget
repaired: reparerte
repair: reparerer
repairing: reparasjon
repairs: reparasjoner
fixed: fikset
fixing: fikser
fix: fikser
sold: solgte
sell: selger
selling: salg
helped: hjalp
help: hjelper
helping: hjelper
managed: ledet
manage: leder
managing: leder
led! ledet
treated: behandlet
treat: behandler
treating: behandler
operated: opererte
welded: sveiset
welding: sveising
weld: sveiser
painted: malte
painting: maling
sewed: sydde
sewing: syr
sew: syr
cut: klipper
cutting: klipper
served: serverte
serving: serverer
delivered: leverte
delivering: levering
deliver: leverer
packed: pakket
packing: pakking
picked: plukket
picking: plukking
grew: dyrket
growing: dyrker
harvested: høstet
milked: melket
milking: melking
fished: fisket
fishing: fiske
translated: oversatte
translating: oversetter
interpreted: tolket
programmed: programmerte
programming: programmering
designed: designet
installed: installerte
installing: installerer
maintained: vedlikeholdt
maintenance: vedlikehold
guarded: voktet
nursed: pleiet
cared: pleiet
caring: pleier
assisted: assisterte
baked: bakte
baking: baking
loaded: lastet
loading: lasting
unloaded: losset
unloading: lossing
drilled: boret
sorted: sorterte
planted: plantet
fed: matet
guided: guidet
ran! drev
running: drev
owned: eide
looked: passet
took: tok
take: tar
taking: tar
transported: transporterte
examined: undersøkte
vaccinated: vaksinerte
studied: studerte
# Places, things and people: the objects of the activity rules.
hospital: sykehus
hospitals: sykehus
clinic: klinikk
clinics: klinikk
university: universitet
college: høyskole
school: skole
schools: skole
kindergarten: barnehage
restaurant: restaurant
restaurants: restaurant
hotel: hotell
hotels: hotell
kitchen: kjøkken
factory: fabrikk
factories: fabrikk
farm: gård
farms: gård
shop: butikk
shops: butikk
store! butikk
supermarket: butikk
warehouse: lager
construction: bygg
office: kontor
offices: kontor
bank: bank
company: firma
firm: firma
shipyard: verft
ship: skip
ships: skip
boat: båt
boats: båt
harbour: havn
harbor: havn
port! havn
airport: flyplass
army: forsvaret
police: politi
oil: olje
rig: rigg
# Places and things a supervisor or manager on a rig, a plant or a site is over («drilling supervisor», «diving superintendent»).
drilling: boring
diving: dykking
production: produksjon
crane: kran
deck: dekk
catering: forpleining
installation: installasjon
platform: plattform
housekeeping: renhold
# Places and fields of shipping and drilling an «X manager» or «X engineer» is read by («chartering manager», «mud engineer»).
chartering: befraktning
mud: boreslam
# Places on a stage («stage manager», «theatre manager» are ranked by what is led, not by «manager»).
stage: scene
theatre: teater
theater: teater
scaffolding: stillas
children: barn
child: barn
kids: barn
elderly: eldre
patients: pasienter
patient: pasient
students: studenter
pupils: elever
customers: kunder
guests: gjester
passengers: passasjerer
tourists: turister
food: mat
meals: måltider
clothes: klær
houses: hus
house: hus
homes: hjem
home! hjem
bakery: bakeri
garage: verksted
mall: kjøpesenter
apartments: leiligheter
flats: leiligheter
rooms: rom
beds: senger
dishes: oppvask
city: by
laundry: vaskeri
adults: voksne
fish: fisk
roads: veier
road: vei
bridges: bruer
cars: biler
car: bil
truck! lastebil
trucks! lastebil
lorry: lastebil
lorries: lastebil
bus: buss
buses: buss
taxi: taxi
machines: maskiner
computers: datamaskiner
software: programvare
animals: dyr
cows: kyr
cattle: kyr
sheep: sau
goats: geiter
chickens: høner
crops: korn
vegetables: grønnsaker
fruit: frukt
meat: kjøtt
bread: brød
cakes: kaker
hair: hår
teeth: tenner
medicine: medisin
medicines: medisiner
blood: blod
samples: prøver
goods: varer
packages: pakker
parcels: pakker
mail: post
newspapers: aviser
pipes: rør
walls: vegger
floors: gulv
roofs: tak
tiles: fliser
windows: vinduer
furniture: møbler
accounts: regnskap
accounting: regnskap
bookkeeping: regnskap
taxes: skatt
maths: matematikk
math: matematikk
mathematics: matematikk
english: engelsk
physics: fysikk
chemistry: kjemi
biology: biologi
history: historie
economics: økonomi
music: musikk
art: kunst
football: fotball
swimming: svømming
skiing: ski
dancing: dans
# Two words.
high school: videregående
secondary school: skole
primary school: barneskole
elementary school: barneskole
middle school: ungdomsskole
nursing home: sykehjem
care home: sykehjem
old people: eldre
building site: byggeplass
construction site: byggeplass
long distance: lastebil
long haul: lastebil
fast food: gatekjøkken
drive thru: gatekjøkken
drive through: gatekjøkken
drive in: gatekjøkken
call center: kundesenter
call centre: kundesenter
customer service: kundeservice
power plant: kraftverk
oil rig: plattform
police officer: politimann
fishing boat: fiskebåt
take care: ta_vare
took care: ta_vare
taking care: ta_vare
look after: passe
looked after: passet
looking after: passer
`;

interface Entry {
  /** The Norwegian word (normalized; `ta_vare` is two words: the verb and its particle). */
  no: string;
  /** Read as English only in a query that reads as English. */
  ambiguous: boolean;
  /** A noun (the places, things and people of the table): two in a row are one compound («hospital laundry»). */
  noun: boolean;
}

const SINGLE = new Map<string, Entry>();
/** English words for who supervises or manages: «X supervisor» is ranked by X. */
const LEADERS = new Set(['supervisor', 'superintendent', 'manager', 'foreman', 'lead', 'boss', 'leader']);
/**
 * A supervisor word, or one misspelt by a letter too many, too few or changed («supervisior», «superintendant»):
 * long words only, where one slip leaves no doubt.
 */
function leader(w: string): boolean {
  if (LEADERS.has(w)) return true;
  if (w.length < 8) return false;
  for (const l of LEADERS) if (l.length >= 8 && oneEdit(w, l)) return true;
  return false;
}

/** Whether a and b differ by one letter inserted, deleted or changed. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** English heads of a title read by their field: «X engineer» is an engineer of X. */
const FIELD_HEADS = new Set(['engineer', 'engineers']);
const ENGINEER = normalize('ingeniør');
/** Two English words → the Norwegian word, by the first word. */
const PAIRS = new Map<string, Map<string, string>>();
let nouns = false;
for (const raw of WORDS.split('\n')) {
  const line = raw.trim();
  if (line.startsWith('#')) nouns = line.startsWith('# Places');
  if (!line || line.startsWith('#')) continue;
  const m = /^([^:!]+)([:!])\s*(.+)$/.exec(line);
  if (!m) throw new Error(`english.ts: ${line}`);
  const en = m[1]!.trim().split(/\s+/);
  const no = m[3]!
    .trim()
    .split('_')
    .map((w) => normalize(w))
    .join('_');
  if (en.length === 2) {
    let p = PAIRS.get(en[0]!);
    if (!p) PAIRS.set(en[0]!, (p = new Map()));
    p.set(en[1]!, no);
  } else SINGLE.set(en[0]!, { no, ambiguous: m[2] === '!', noun: nouns });
}

/** The English words of the table, for tests and for telling English queries apart. */
export function englishWord(w: string): string | undefined {
  return SINGLE.get(w)?.no;
}

/**
 * Reads the English words of normalized query tokens as Norwegian ones, one for one (the second word of a pair
 * becomes the little word «i»). `norwegian(w)`: the word is Norwegian as typed (a word of the titles that is not
 * English, a verb form, an object or a little word): such a word is read as English only when it is marked ambiguous
 * and the query reads as English. `open(k)`: token k may still be being typed («in» on the way to «ingeniør»): it is
 * left alone. `capital(k)`: token k was typed with a capital letter after the first word, maybe a name («City Syd»): read
 * as English only in an English query. Returns the tokens, changed or not, whether anything was read, and which
 * tokens were read as English nouns (a Norwegian noun that is also a verb form stays a noun: «warehouse» → «lager»).
 */
export function readEnglish(
  tokens: string[],
  norwegian: (w: string) => boolean,
  open: (k: number) => boolean,
  capital: (k: number) => boolean = () => false,
  titled: (k: number) => boolean = () => false,
): { tokens: string[]; changed: boolean; nouns: boolean[] } {
  // A word typed with a capital letter after the first may be a name («på City Syd»): English only in an English query.
  const ambiguous = (k: number, e: Entry) => e.ambiguous || capital(k);
  const plain = (k: number): Entry | undefined => {
    const e = SINGLE.get(tokens[k]!);
    return e && !ambiguous(k, e) && !norwegian(tokens[k]!) && !open(k) ? e : undefined;
  };
  let english = false;
  for (let k = 0; k < tokens.length && !english; k++) english = !!plain(k) || (!open(k + 1) && !!PAIRS.get(tokens[k]!)?.get(tokens[k + 1] ?? ''));
  const out = tokens.slice();
  /** Per token, read as an English noun. */
  const read = tokens.map(() => false);
  let changed = false;
  for (let k = 0; k < tokens.length; k++) {
    const pair = PAIRS.get(tokens[k]!)?.get(tokens[k + 1] ?? '');
    if (pair && english && !open(k + 1)) {
      // A particle verb («ta_vare») keeps its two words: the lexicon joins them again.
      const [a, b] = pair.split('_');
      out[k] = a!;
      out[k + 1] = b ?? 'i';
      changed = true;
      k++;
      continue;
    }
    const e = SINGLE.get(tokens[k]!);
    if (!e || open(k) || (norwegian(tokens[k]!) && !(e.ambiguous && english)) || (ambiguous(k, e) && !english)) continue;
    out[k] = e.no;
    read[k] = e.noun;
    changed = true;
  }
  // «drilling supervisor», «diving superintendent», «production manager»: a supervisor or manager title the catalogue
  // lacks is ranked by what is supervised, not by its generic second word (no «shift supervisor» for a driller): read
  // as leading it, «ledet boring», which the groups' `lede:` rules have. A title the catalogue has stays (`titled`); the
  // supervisor word itself may be the last word typed, as it is the start of the titles that have it.
  for (let k = 1; k < tokens.length; k++) {
    const e = SINGLE.get(tokens[k - 1]!);
    if (!leader(tokens[k]!) || !e || titled(k) || open(k - 1) || (out[k - 1] !== e.no && out[k - 1] !== tokens[k - 1])) continue;
    if (!e.noun && !/(?:ing|ance|ion)$/.test(tokens[k - 1]!)) continue;
    out[k - 1] = 'ledet';
    out[k] = e.no;
    read[k - 1] = false;
    read[k] = false;
    changed = true;
  }
  // «mud engineer», «drilling engineer offshore»: an engineer title the catalogue lacks is read by its field, the Norwegian
  // word of the table, and «ingeniør», the word the engineering groups' Norwegian titles share — not by the English
  // engineer titles of other fields that merely share the head («chief engineer», «HSE engineer»).
  for (let k = 1; k < tokens.length; k++) {
    const e = SINGLE.get(tokens[k - 1]!);
    if (!FIELD_HEADS.has(tokens[k]!) || !e?.noun || titled(k) || open(k - 1) || out[k - 1] !== e.no) continue;
    out[k] = ENGINEER;
    changed = true;
  }
  // Two English nouns in a row are a compound whose head is the last («hospital laundry» is a laundry, «hotel kitchen»
  // a kitchen): read as the Norwegian compound, the second word a little word.
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!read[k] || !read[k + 1]) continue;
    out[k] = out[k]! + out[k + 1]!;
    out[k + 1] = 'i';
    k++;
  }
  return { tokens: out, changed, nouns: read };
}
