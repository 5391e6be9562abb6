/**
 * The activity reader: reads what a person *does* («kjørte truck på terminalen», «steller gamle på
 * sjukeheimen», «lagar mat i kantina») as verb + object/place and maps it to the unit groups whose activity
 * data (written for the project per unit group, `activities` in scripts/catalogue-src/major-*.json) name that
 * verb and object. Pure and DOM-free; used by search.ts, which combines it with title matching in one ranking.
 *
 * Activity rules, one string each: `verbs: objects`, e.g. `kjøre: truck gaffeltruck`. Verbs are bokmål
 * infinitives from the lexicon below (a particle joins with `_`: `vaske_opp`, `dele_ut`); objects are nouns
 * (places, things, people) in their base form, bokmål or nynorsk; `~` marks an object that only counts next to
 * another object or verb of the rule (`*: legekontor ~skranke`). `*` as verb means the objects alone say what
 * the job is (a workplace: `*: sykehjem`); a rule without objects (`sveise:`) means the verb alone does.
 */
import { normalize } from './fold.ts';
import { employerObject } from './employers.ts';

/**
 * Verb lexicon: `lemma[!]: extra forms`. A lemma ending in -e gets every weak form generated (vaske → vasker,
 * vasket, vaska, vaskte, vasket …; double consonants undoubled: fylle → fylte, fylt) — over-generating is
 * cheaper than missing a dialect or nynorsk form, and the forms are only used for verbs we know; the verbal noun
 * (vasking, kjøring) counts as the verb. `!` turns
 * generation off (strong and short verbs list their forms). An extra form ending in `+` is itself a lemma
 * spelling whose weak forms are generated (nynorsk køyre+ → køyrer, køyrde, køyrt).
 */
const VERBS = `
sanere
stemple
sjakle
trimme
sko!: skor skodde skodd skodda sko
dyppe
senke
organisere
veie!: veide veid
forme
hamre
konservere
restaurere
motta!: mottar mottok mottatt mottek motteke mottaka
tynne
beskjære!: beskjærer beskar beskåret beskjer beskjere beskjera beskore
nullstille
optimalisere
poste!: poster postet posta postar postes
fordele
løfte
plassere
sette_ut!: setter_ut satte_ut satt_ut set_ut setje_ut sett_ut
legge_ut!: legger_ut la_ut lagt_ut legg_ut
legge_om!: legger_om la_om lagt_om legg_om leggje_om
muke: mokar moka mokt
surre
bygge_om!: bygger_om bygde_om bygd_om bygget_om bygg_om byggje_om
veie_inn!: veier_inn veide_inn veid_inn veg_inn vege_inn
fyre
tette
bygge_inn
preparere
polstre
anrette
hekle
tove
knyte: knytte knytt
flette
eksportere
klassifisere
døpe: døype+
vie!: vier vigde vigd vidde vigsel
forrette
konfirmere
refinansiere
innvilge
simulere
holde!: holder holdt held heldt halde haldt
ha!: har hadde hatt
fortelle!: forteller fortalte fortalt fortel fortelje fortelja
salte
henge: hang hengt
presse: pressar pressa
slå!: slår slo slått slege slegi
reise: reis reist
ta_betalt!: tar_betalt tok_betalt tatt_betalt tek_betalt teke_betalt
holde_styr!: holder_styr holdt_styr held_styr heldt_styr halde_styr
holde_oversikt!: holder_oversikt holdt_oversikt held_oversikt heldt_oversikt halde_oversikt
presentere
klatre
kløyve: kløyv kløyvde kløyvd
verve
mekke
spikre
tatovere
rake
teipe: teipar teipa
bryte!: bryter brøt braut brutt broten bryt bryte
eie: eig eigde eigd
lære: lærar lærde
yste
avfyre
avluse
besøke
bringe_ut
bringe: brakte brakt
dusje
følge!: følger fulgte fulgt fylgje fylgjer fylgde fylgt følgje følgjer følgde
hakke
kappe
kle_på!: kler_på kledde_på kledd_på kle_på
kutte
lagre
merke
moppe
pløye
prise
renovere
rette
rette_opp
stille_inn
feilsøke: feilsøkje+
servicere
overhale
prosedere
forsvare
sende
skrelle
skure
stable
stanse
avdekke: avdekkje+
oppdage
stoppe
strekke!: strekker strakk strukket strekt strekte
støvsuge
så!: sår sådde sådd
trøste
vaksinere
re!: rer redde redd reie reier
arkivere
avle
bearbeide
beregne
regne
dimensjonere
kalkulere
ramme
stikke_ut!: stikker_ut stakk_ut stukket_ut stikke_ut stikk_ut
måle_inn!: måler_inn målte_inn målt_inn måle_inn måla_inn
blåse
booke
automatisere
kredittvurdere
samordne
knipse
tekste
sekvensere
sikre
obdusere
bløgge
stikke!: stikker stakk stukket stukke stikk
flå!: flår flådde flådd flådde
vaske_ned
løse
informere
avstemme
låse_inn
låse_ut
godkjenne
implementere: implementering implementeringa
avhøre!: avhører avhørte avhørt avhøyre avhøyrer avhøyrde
bene_ut!: bener_ut bente_ut bent_ut bene_ut beiner_ut beina_ut beinte_ut beine_ut
ta_ut!: tar_ut tok_ut tatt_ut tek_ut teke_ut take_ut ta_ut
rykke_ut: utrykning utrykninger
låse_opp
reservere
coache
danse
grille
dekorere
dømme
effektivisere
egne
formidle
forskale
fortolle
fortøye
fremkalle
galvanisere
garve
gjete
gi!: gir ga gav gitt gjev gje gjeve
guide
handle
høvle
innrede
inseminere
journalføre
kalibrere
kartlegge: kartla kartlagt
klargjøre!: klargjør klargjorde klargjort klargjer
knuse
kremere
kreve_inn
drive_inn!: driver_inn drev_inn drevet_inn driv_inn drive_inn dreiv_inn
leie_ut: leiger_ut leige_ut leigde_ut leigd_ut
leke
lese_av
luke
markedsføre
oppdatere
posere
prosjektere
lete: leite+
søke!: søker søkte søkt søkje søkjer
rense
revidere
rigge
ringe: ringje+
ringe_inn
rive!: river rev reiv revet rive rivi
sette_sammen!: setter_sammen satte_sammen satt_sammen set_sammen setje_sammen sett_sammen
smake
smelte
spinne!: spinner spant spunnet spinn
spå!: spår spådde spådd
stemme
sterilisere
sykle
takse: taksere+
tappe
tilpasse
trekke!: trekker trakk trukket trekkje trekkjer trekk trekte
plaste
plaste_inn
modne
dra!: drar drog dro dratt drei
røyke!: røyker røykte røykt røykjer røykje
tørke
utrede
utarbeide
forberede
varsle
vedlikeholde: holde_vedlike holder_vedlike holdt_vedlike held_vedlike heldt_vedlike halde_vedlike haldt_vedlike vedlikehald
vise_rundt
vise: viste vist
vise_fram: framvisning
åpne
arrangere
analysere
ordne
rundere
rulle
pipettere
mikse
bunnstryke
fylle_ut
ansette
anvise
armere
asfaltere
assistere
avlaste
bake
barbere
behandle
bekjempe
belaste
beskrive!: beskriver beskrev beskreiv beskrevet beskrive beskrivi beskriv
bestille
betjene
disponere
binde!: binder bandt bant bundet bind batt bunde
bistå!: bistår bisto bistod bistått
blande
bokføre
bore
brøyte
bygge: byggje+ bygde bygd
bære!: bærer bar båret bere ber bore bera
bære_ut!: bærer_ut ber_ut bar_ut bere_ut bera_ut
dekke
dele
dele_ut
demonstrere
demontere
designe
desinfisere
dirigere
distribuere
drifte
konfigurere: konfigurering konfigurasjon
drive!: driver driv drev dreiv drevet drive drivi
dreie
dressere
dyrke
dykke
ekspedere
ekstrudere
etterforske
fakturere
fade!: fader fada fadet fadar fade
farge
feie
felle
filetere: filetta filetter filetterte filettert filetter
filme
fikse
fiske
fange: fanga fangar
fjerne
flense
flislegge: flislagt flisla
fly!: flyr fløy flaug fløyet flydd flyge flyg
flytte
forelese
forhandle
forkynne
forske: forsk
brygge
avtjene: avtene+
tjenestegjøre!: tjenestegjør tjenestegjorde tjenestegjort tenestegjer tenestegjorde tenestegjort
forvalte
fotografere
frakte
frese
frisere
fylle
fylle_på
fylle_opp
løpe!: løper løp løpt
følge_opp
ta_over!: tar_over tok_over tatt_over tek_over teke_over
overta!: overtar overtok overtatt overtek overteke
føre
fôre: fore
fôre_opp
gi_ut
gjøre_istand!: gjør_istand gjorde_istand gjort_istand gjer_istand gjere_istand gjera_istand
gjøre_klar!: gjør_klar gjorde_klar gjort_klar gjer_klar gjere_klar gjera_klar
sette_istand
sette!: setter satte satt set setje sett
føde: fødde
trille
bytte
samtale
skanne
gjøre_rent!: gjør_rent gjorde_rent gjort_rent gjer_rent gjer_reint gjorde_reint gjort_reint gjere_reint
grave: grov gravd grev
gå!: går gikk gått gjekk gjenge
gå_gjennom!: går_gjennom gikk_gjennom gått_gjennom gjekk_gjennom gjenge_gjennom
gå_over!: går_over gikk_over gått_over gjekk_over
vurdere
administrere
oppgradere
avlevere
hente
hjelpe: hjalp hjulpet hjelpt hjelpte
hogge: hogg hogd hugge+ hugg hogget
holde_orden
høste: hauste+
inspisere
installere: installasjon
instruere
intervjue
isolere
jakte
justere
kassere
kaste_ut
katalogisere
klippe
kjøpe
kjøpe_inn
kjøre: køyre+ køyrd kjøyre+
kjøre_ut: utkjøring
koble
kode
kokkelere
koke
konstruere
kontrollere
koordinere
kurere
lade
lafte
laste
laste_av
laste_opp
lage: lagar laga
lakkere
anodisere
pulverlakkere
lappe
lede: leie+ leia leidde leidd ansvar ansvaret ansvarlig bestyre+
legge!: legger la lagt legg leggje legga
legge_inn!: legger_inn
legge_opp!: legger_opp la_opp lagt_opp legg_opp leggje_opp
lese
levere
lodde
lose
losse
lufte
lære_opp
lønne
låne_ut
male
massere
mate
megle
melke: mjølke+
modellere
montere
mure
måke
spa!: spader spadde spadd spar_ut
måle
navigere
operere
overvåke
oversette!: oversetter oversatte oversatt omsetje omset omsette
pakke
pakke_ut
passe
passe_på
patruljere
planlegge: planla planlagt
plante
pleie
plukke
polere
preke: preike+
produsere
programmere
pusse
pusse_opp
rekruttere
redde
redigere
registrere
regnskapsføre
rengjøre!: rengjør rengjorde rengjort reingjere reingjer reingjorde reingjort reingjera rengjøring reingjering renhold reinhald
reparere: reparasjon reparasjoner
rydde
rådgi!: rådgir rådga rådgav rådgitt gi_råd gir_råd ga_råd gav_råd gitt_råd gje_råd gjev_råd gjeve_råd
røkte
sage
sandblåse
samle
saksbehandle
selge!: selger solgte solgt selje sel selde selt selja seljar salg sal
servere
sette_opp!: setter_opp satte_opp satt_opp set_opp setje_opp sette_opp
sette_inn!: setter_inn satte_inn
sette_på!: setter_på satte_på satt_på set_på setje_på sett_på
sjekke
sjekke_inn
skifte
skjenke
skjære!: skjærer skar skåret skåre skjer skjere skjera skore skjært
skrive!: skriver skrev skreiv skrevet skrive skrivi skriv
skru!: skrur skrudde skrudd skruar skrua skruing
skru_sammen
slakte
slipe
slukke
sløye
smi
sminke
smøre: smurte smurt
snekre
sortere
purre
sparkle
spille: spele+
spleise
sprenge
sprøyte
sprøytemale
taue
spyle
steke: steike+ steikje+
stelle: stell
strikke
stryke!: stryker strøk strøket strauk stroke
studere
styre
støpe
svare
sveise
sy!: syr sydde sydd sy sauma saumar sauma
synge!: synger sang sunget syng song sunge
svi!: svir svidde svidd svid
flekke: flekk flekka flekket flekkar flekker
bøye!: bøyer bøyde bøyd bøygde bøygd
sørge_for
ta_blodprøve!: tar_blodprøve
ta!: tar tok tatt tek teke take taka
ta_imot!: tar_imot tok_imot tatt_imot tek_imot teke_imot
ta_med!: tar_med tok_med tatt_med tek_med teke_med
ta_vare!: tar_vare tok_vare tatt_vare tek_vare
tapetsere
tegne: teikne+
tekke
telle
teste
tolke
transportere
tråkke
trene
transkribere: transkribering transkripsjon
anbefale: anbefaling anbefalinger
moke: møkking
fastsette!: fastsetter fastsatte fastsatt fastset
trykke: trykkje+
tømme
underholde
undersøke
undervise: undervisning
utvikle
vaske: vask
vaske_opp: oppvask
ta_opp!: tar_opp tok_opp tatt_opp tek_opp teke_opp
grave_opp
veilede: rettleie+ rettleia veiledning rettleiing
veve
vikle
vokte
gjennomlyse
sluse
vinke_inn!: vinker_inn vinket_inn vinka_inn vinke_inn
skumme
låse: låsa låste låst
følge_med!: følger_med fulgte_med fulgt_med følgjer_med følgde_med
sende_ut!: sender_ut sendte_ut sendt_ut send_ut
ønske_velkommen
`;

/** Particles that can belong to the verb before them («vasker opp», «deler ut», «fyller på», «tar imot»). */
const PARTICLES = new Set([
  'opp',
  'ut',
  'inn',
  'pa',
  'av',
  'imot',
  'vare',
  'rent',
  'reint',
  'orden',
  'for',
  'velkommen',
  'sammen',
  'rundt',
  'betalt',
  'styr',
  'oversikt',
  'fram',
  // «tek med turistar ut»: only verbs listed with it («ta_med»); «jobber med» stays «jobbe».
  'med',
  // «i stand», closed up (employers.ts): «gjer i stand romma», «setter i stand gamle hus».
  'istand',
  // «ved like», closed up (employers.ts): «held ved like maskinene» is «vedlikeholder».
  'vedlike',
  // «legger om sår», «bygger om kontorer»: only verbs listed with it; «snakker om» stays «snakke».
  'om',
  // «gir råd til legene» is «rådgir»: only verbs listed with it («gi_råd»).
  'rad',
]);

/** A particle that joins the verb before it into a verb the lexicon knows («gjer reint», «vasker opp»). */
export function joinsVerb(prev: string | undefined, w: string, lex: VerbLexicon): boolean {
  return prev !== undefined && PARTICLES.has(w) && lex.forms.has(`${prev}_${w}`);
}

/**
 * Verbs that say nothing about which job it is: «jobber på lager», «var på sykehjemmet», «står i kassa»,
 * «sitter i resepsjonen». Dropped from the query like little words; the place after them carries the meaning.
 * «dra» is going somewhere («drar på sjarkfiske», «drar hjem til eldre»); what is pulled (kabel, garn) names the job
 * by itself. So is «komme» («bilene som kommer av ferja»): who comes is no job.
 */
const GENERIC = `jobbe jobbar jobber jobbet jobba jobbe jobbar arbeide arbeider arbeidet arbeida arbeidde arbeidd være er var vært vore
ha har hadde hatt bli blir ble blitt vart vorte blei stå står sto stod stått sitte sitter satt sittet sit sat sete sitje
holde holder holdt held heldt gjøre gjør gjorde gjort gjer jobb jobba
bo bor bodde bodd budde dra drar dro drog dratt dreg komme kommer kom kommet kjem kome komme`;

/**
 * Countries, in Norwegian and in English: where someone worked abroad («sykepleier i Filippinene», «truck driver in
 * Poland», «lærer i hjemlandet») says nothing about which job, and a country's name must not match a title or object
 * by chance («Polen» is no «polerer»). Not the languages and nationalities: «engelsk», «arabisk», «polsk» are school
 * subjects and what an interpreter or a teacher works in.
 */
const COUNTRIES = `norge norway sverige sweden danmark denmark finland island iceland tyskland germany polen poland litauen lithuania
latvia estland estonia russland russia ukraina ukraine hviterussland belarus romania bulgaria ungarn hungary tsjekkia
slovakia serbia kroatia croatia bosnia kosovo albania makedonia hellas greece tyrkia turkey spania spain portugal italia
italy frankrike france nederland netherlands holland belgia belgium sveits switzerland østerrike austria england
skottland scotland irland ireland storbritannia britain amerika america usa canada mexico brasil brazil colombia chile
argentina peru venezuela cuba syria irak iraq iran afghanistan pakistan india bangladesh nepal sri lanka kina china
japan korea thailand vietnam filippinene philippines indonesia malaysia myanmar burma eritrea etiopia ethiopia
somalia sudan kenya uganda tanzania nigeria ghana kongo congo marokko morocco algerie algeria tunisia libya egypt
palestina palestine libanon lebanon jordan israel jemen yemen kurdistan tsjetsjenia chechnya georgia armenia
aserbajdsjan azerbaijan kasakhstan kazakhstan usbekistan uzbekistan`;

/**
 * Little words: prepositions, pronouns, articles, time words and fillers that name no job, activity or place, and
 * shifts in the plural («går nattevakter på intensiven» says when; «nattevakt» stays a title). Pronouns and «er» of
 * the dialects too («æ e med ungan», folded to «e e»; «je», «dæm», «hu»), and where a load goes («nedover til Europa»). How much or how often («mest», «for det meste», «stort sett», «som
 * regel», «omtrent», «50 prosent stilling»): a detail after the job that must not pull the query to descriptions
 * that happen to use the word. Not «jula» (Christmas), which is also a chain of shops (employers.ts).
 */
const LITTLE = `pa paa i og eller for med av til te ve fra uten utan ikke ikkje som en ei et ein eit den det dei de denne dette disse innen ved hos om under over
at hvis viss fordi nar naar
jeg eg han hun ho vi me dere dykk meg deg seg sin sitt sine min mitt mine hans hennes hennar deira deres
for foer fore tidligere tidlegare na no nett akkurat fortsatt framleis enda ennå lenge alltid ofte mest mye litt bare berre ogsa og mer
kveld kvelden kveldstid kveldene natt natta natten nattestid netter dag dagen dagtid dager dagar helg helga helgen helgene helger morgen morgenen
tidlig sent fast deltid heltid ekstra like alle mange noen nokre noe noko ting tinga folk folka sånn slik ulike
sommerjobb sommerjobben deltidsjobb helgejobb ekstrajobb ekstrahjelp vikar vikariat sommervikar tilkallingsvikar tilkalling
skift skiftarbeid turnus nattskift dagskift kveldsskift forskjellige diverse egen eige
nattevakter nattevaktene nattevakta kveldsvakter kveldsvaktene dagvakter dagvaktene helgevakter helgevaktene langvakter langvaktene
ar aret arene sommer sommeren somrene vinter vinteren sma liten lite litt stor store storre mindre ny nye nytt
flere fleire hel heile hele hver kvar helgane kveldane ferie ferien feriene ferietid sommerferie sommerferien skoleferie
skoleferien skuleferien jul julen romjul romjula paske paska pasken hosten hausten
inne ute innendørs utendørs innvendig utvendig
skal skulle kan kunne vil ville må
m å
hjemlandet heimlandet hjemland heimland utlandet utland
e æ je dem dæm oss hu
nedover oppover sørover nordover østover vestover innover utover bortover gjennom
meste mesteparten stortsett somregel hovedsakelig hovudsakleg hovedsak hovudsak vanligvis vanlegvis oftest oftast gjerne
omtrent omlag ca cirka innimellom stundom nesten prosent stillingsprosent stilling tida tiden
sykmelding sykmeldingen sykemelding sykemeldingen sjukmelding sjukmeldinga sjukemelding sykmeldt sykemeldt sjukmeldt sjukemeldt
sykefravaer sykefravaeret sjukefravaer permittert
to fem seks sju syv atte ni ti tolv fjorten uke uka uker ukene veke veka veker vekene dogn rotasjon turnusen
${COUNTRIES}`;

const PREPOSITIONS = new Set([
  // «te» is «til» in many dialects («kjør tømmer te saga»), «ve» «ved» («står ve saga»).
  'te',
  've',
  'pa',
  'paa',
  'i',
  'ved',
  'hos',
  'til',
  'fra',
  'for',
  'med',
  'under',
  'over',
  'mot',
  'bak',
  'innen',
  'rundt',
  'langs',
  'inne',
  'ute',
]);
const DETERMINERS = new Set([
  'en',
  'ei',
  'et',
  'ein',
  'eit',
  'den',
  'det',
  'dei',
  'de',
  'denne',
  'dette',
  'min',
  'mitt',
  'mine',
  'sin',
  'sitt',
  'sine',
  'vaar',
  'var',
  'hans',
  'hennes',
]);

const norm1 = (w: string): string => normalize(w).replace(/ /g, '');
const wordSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(norm1));

export interface VerbLexicon {
  /** Normalized form (one word, or `form_particle`) → lemmas. */
  forms: Map<string, string[]>;
  lemmas: Set<string>;
  /** A one-word form with æ, ø or å as written (går, fører) → its lemmas: the letter typed tells «gå» from «ga» (gi). */
  typed: Map<string, Set<string>>;
}

function weakForms(lemma: string): string[] {
  if (!lemma.endsWith('e')) return [lemma];
  const s = lemma.slice(0, -1);
  const stems = [s];
  // fylle → fylte, stelle → stelt, bygge → bygde: the past drops one of a double consonant.
  if (/(.)\1$/.test(s)) stems.push(s.slice(0, -1));
  // The verbal noun reads as the activity too («vasking av kontorer», «kjøring av buss»), and so does its definite
  // form, the department named by what it does («jobber på pakkinga», «står i saltingen»).
  // The bare stem is the imperative and the present in dialects that drop the ending («kjør tømmer», «brøyt vegan»).
  const out = [lemma, s + 'er', s + 'ar', s + 'et', s + 'a', s + 'ande', s + 'ende', s + 'ing', s + 'inga', s + 'ingen'];
  if (s.length >= 4) out.push(s);
  for (const t of stems) out.push(t + 'te', t + 't', t + 'de', t + 'd', t + 'dde');
  return out;
}

export function buildVerbLexicon(spec = VERBS): VerbLexicon {
  const forms = new Map<string, string[]>();
  const lemmas = new Set<string>();
  const typed = new Map<string, Set<string>>();
  /** Plain forms per lemma, so a particle verb gets every form of its base verb (legg inn, la inn, lagt inn). */
  const plain = new Map<string, Set<string>>();
  const add = (form: string, lemma: string) => {
    const key = form.split('_').map(norm1).join('_');
    const l = forms.get(key);
    if (!l) forms.set(key, [lemma]);
    else if (!l.includes(lemma)) l.push(lemma);
    if (!key.includes('_') && /[æøå]/.test(form)) {
      let t = typed.get(form);
      if (!t) typed.set(form, (t = new Set()));
      t.add(lemma);
    }
    if (!key.includes('_')) {
      let p = plain.get(lemma);
      if (!p) plain.set(lemma, (p = new Set()));
      p.add(key);
    }
  };
  const phrasal: [string, string, string][] = [];
  for (const raw of spec.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [head, rest = ''] = line.split(':');
    const strong = head!.endsWith('!');
    const lemma = head!.replace('!', '').trim();
    lemmas.add(lemma);
    const [verb, particle] = lemma.split('_') as [string, string | undefined];
    if (particle) phrasal.push([lemma, verb, particle]);
    const join = (f: string) => (particle && !f.includes('_') ? `${f}_${particle}` : f);
    for (const f of strong ? [verb] : weakForms(verb)) add(join(f), lemma);
    for (const x of rest.trim().split(/\s+/).filter(Boolean)) {
      if (x.endsWith('+')) for (const f of weakForms(x.slice(0, -1))) add(join(f), lemma);
      else add(join(x), lemma);
    }
  }
  for (const [lemma, verb, particle] of phrasal) for (const f of plain.get(verb) ?? []) add(`${f}_${particle}`, lemma);
  return { forms, lemmas, typed };
}

/**
 * Verb forms one typo away (a letter missing, extra, or swapped for another: «vaker» → vasker), by the
 * symmetric-delete trick: every form and every form with one letter deleted point to the form.
 */
export function verbTypoIndex(lex: VerbLexicon): (w: string) => string | undefined {
  return typoIndex(
    [...lex.forms.keys()].filter((f) => !f.includes('_') && f.length >= 4),
    5,
  );
}

/**
 * Activity objects of OBJECT_TYPO_MIN letters or more one typo away («kontrolrom» → kontrollrom), the same way: a
 * long word is rarely one typo from another long word, a short one often is.
 */
export const OBJECT_TYPO_MIN = 9;
export function objectTypoIndex(objects: readonly string[]): (w: string) => string | undefined {
  return typoIndex(
    objects.filter((o) => o.length >= OBJECT_TYPO_MIN),
    OBJECT_TYPO_MIN,
    true,
  );
}

/**
 * One-word titles one typo away («tømmrer» → tømrer), the same way and only where one title is: a word that is one
 * typo from a verb form and from a title alike is the title misspelt (search.ts).
 */
export function titleTypoIndex(titles: Iterable<string>): (w: string) => string | undefined {
  return typoIndex(
    [...titles].filter((t) => t.length >= 6),
    6,
    true,
  );
}

/** `unique`: a word one typo from two words is no typo of either (the key then maps to ''). */
function typoIndex(words: readonly string[], min: number, unique = false): (w: string) => string | undefined {
  const del = new Map<string, string>();
  const dels = (w: string) => Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1));
  const put = (k: string, f: string) => {
    const had = del.get(k);
    if (had === undefined) del.set(k, f);
    else if (unique && had !== f && k !== had) del.set(k, '');
  };
  if (unique) {
    for (const f of words) del.set(f, f);
    for (const f of words) for (const d of dels(f)) put(d, f);
  } else
    for (const f of words) {
      put(f, f);
      for (const d of dels(f)) put(d, f);
    }
  return (w: string) => {
    if (w.length < min) return undefined;
    const direct = del.get(w);
    if (direct !== undefined) return direct || undefined;
    let found: string | undefined;
    for (const d of dels(w)) {
      const f = del.get(d);
      if (f === '' && unique) return undefined;
      if (f && Math.abs(f.length - w.length) <= 1) {
        if (!unique) return f;
        if (found && found !== f) return undefined;
        found = f;
      }
    }
    return found;
  };
}

const GENERIC_SET = wordSet(GENERIC);

/**
 * What a day or a year is divided by: after «før» (folded «for», also «foer») or «etter», these say when, not where
 * («gikk med aviser før skolen», «vasker biler etter jobb»). After other prepositions they are places again
 * («kjører barn til skolen», «vaskar på skulen»).
 */
const TIME_AFTER = new Set(['for', 'foer', 'etter']);
/** Prepositions after which «gå» is only being there («går i turnus», «gikk på lageret»), and «som»: «går som vikar». */
/** Working as: «jobber som», «arbeidar som», «ansatt som», «vikar som». */
const WORK_AS = new Set([
  'jobber',
  'jobbar',
  'jobbet',
  'jobba',
  'arbeider',
  'arbeidar',
  'arbeidet',
  'arbeidde',
  'ansatt',
  'tilsett',
  'vikar',
  'vikarierer',
  'begynte',
  'byrja',
]);
const GO_IN = new Set(['i', 'pa', 'paa', 'som']);
/**
 * A shift in the singular between «gå» and «som» says when, like the shifts in the plural: «går nattevakt som
 * sykepleier» works as the nurse, at night. Alone («går nattevakt») it stays a title.
 */
const SHIFT_AS = new Set(['nattevakt', 'dagvakt', 'kveldsvakt', 'helgevakt', 'langvakt']);
const TIME_NOUNS = wordSet(`skole skolen skule skulen skoletid skuletid skoledagen skuledagen jobb jobben arbeid arbeidet
arbeidstid trening treninga treningen middag middagen frokost frokosten lunsj lunsjen stengetid stenging apningstid
eksamen studiene militaeret forstegangstjenesten`);
const LITTLE_SET = wordSet(LITTLE);

/** A word that names nothing: a little word or a verb that says nothing about the job. */
export function isLittleWord(w: string): boolean {
  return LITTLE_SET.has(w) || GENERIC_SET.has(w);
}

export type Role = 'little' | 'particle' | 'verb' | 'word';

export interface ReadToken {
  text: string;
  role: Role;
  /** Verb lemmas when the token reads as a verb. */
  lemmas: string[];
}

/**
 * Reads a normalized query word by word. A verb form reads as a verb unless a preposition or determiner
 * stands before it («jobber på lager» — a place; «lager mat» — makes food) or a verb does («flyr fly»,
 * «selger sko»). A particle right after a verb joins it when the lexicon knows the pair («vasker opp»,
 * «deler ut»). `content[p]`: the word cannot be a little word (it was typed with æ/ø/å: «hår» is not «har»).
 */
export function readQuery(tokens: string[], lex: VerbLexicon, content?: boolean[]): ReadToken[] {
  const out: ReadToken[] = [];
  for (let p = 0; p < tokens.length; p++) {
    const t = tokens[p]!;
    const prev = tokens[p - 1];
    const prevRole = out[p - 1]?.role;
    // (Right after a verb's particle is its object too: «legger om sår» dresses wounds, no sowing.)
    // (After «jobber som», «arbeidde som», «er ansatt som» is the title: «jobber som maler i et byggfirma».)
    const nounSlot =
      prev !== undefined &&
      (prevRole === 'particle'
        ? out[p - 2]?.role === 'verb'
        : PREPOSITIONS.has(prev) || DETERMINERS.has(prev) || prevRole === 'verb' || (prev === 'som' && WORK_AS.has(tokens[p - 2] ?? '')));
    const mayBeLittle = !content?.[p];
    if (prev !== undefined && TIME_AFTER.has(prev) && TIME_NOUNS.has(t)) {
      out.push({ text: t, role: 'little', lemmas: [] });
      continue;
    }
    const next = tokens[p + 1];
    // A verb with its particle first: «gjør rent» cleans although «gjør» alone says nothing.
    const joined = !nounSlot && next && PARTICLES.has(next) ? lex.forms.get(`${t}_${next}`) : undefined;
    if (joined) {
      const alone = GENERIC_SET.has(t) ? [] : (lex.forms.get(t) ?? []);
      out.push({ text: t, role: 'verb', lemmas: [...joined, ...alone] }, { text: next!, role: 'particle', lemmas: [] });
      p++;
      continue;
    }
    // After a preposition a word is a place or a thing, but the definite verbal noun is the department named by
    // what is done there («på pakkinga», «i saltingen»): the verb all the same.
    const deptNoun = nounSlot && /ing(a|en)$/.test(t) && PREPOSITIONS.has(prev!);
    const lemmas = (nounSlot && !deptNoun) || (GENERIC_SET.has(t) && mayBeLittle) ? undefined : lex.forms.get(t);
    // «går i heimesjukepleien», «gikk på lageret»: going in or at a place is working there, a verb that says nothing;
    // «går med aviser», «går vakt» keep it.
    if (lemmas && next !== undefined && GO_IN.has(next) && lemmas.every((l) => l === 'gå')) {
      out.push({ text: t, role: 'little', lemmas: [] });
      continue;
    }
    if (lemmas && next !== undefined && SHIFT_AS.has(next) && tokens[p + 2] === 'som' && lemmas.every((l) => l === 'gå')) {
      out.push({ text: t, role: 'little', lemmas: [] }, { text: next, role: 'little', lemmas: [] });
      p++;
      continue;
    }
    // «tek seg av ungane», «tar seg av de eldre», «setter seg inn i»: a reflexive verb is another verb than the one
    // the lexicon knows (care, learn), none of its trades' — what follows names the work.
    if (lemmas && (next === 'seg' || next === 'sg')) {
      out.push({ text: t, role: 'little', lemmas: [] });
      continue;
    }
    if (lemmas) {
      out.push({ text: t, role: 'verb', lemmas });
      continue;
    }
    out.push({ text: t, role: mayBeLittle && isLittleWord(t) ? 'little' : 'word', lemmas: [] });
  }
  return out;
}

/** Words with æ/ø/å that are little words all the same («på», «nå», «før»); others («hår», «får») are not. */
const LITTLE_WITH_AEOA = new Set(
  [...`${GENERIC} ${LITTLE} på nå så då år året åra årene før først også både vår våre vårt små større`.split(/\s+/)].filter((w) => /[æøå]/.test(w)),
);

/** Per folded token: typed with æ/ø/å and not a little word for it (aligned with fold()'s tokens, or null). */
export function typedWithAeoa(query: string, count: number): boolean[] | null {
  const raw = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (raw.length !== count) return null;
  return raw.map((w) => /[æøå]/.test(w) && !LITTLE_WITH_AEOA.has(w));
}

export interface Rule {
  verbs: string[];
  /** Normalized objects. */
  objects: string[];
  /** Objects as written, for showing why a hit matched. */
  shown: string[];
  any: boolean;
  /** Objects marked `~`: they only count next to another object or a verb of the same rule («~skranke»). */
  context: Set<string>;
  /**
   * Objects marked `+`: the place the rule needs — it counts only when one of them is in the query («gå: runder
   * +gassanlegg»: rounds on a gas plant are the process operator's, rounds elsewhere are not). Context objects too.
   */
  required: Set<string>;
}

export function parseRule(text: string): Rule | null {
  const m = /^\s*([^:]+):(.*)$/.exec(text);
  if (!m) return null;
  const verbs = m[1]!.trim().split(/\s+/);
  const raw = m[2]!.trim().split(/\s+/).filter(Boolean);
  const shown = raw.map((o) => o.replace(/^[~+]/, ''));
  const any = verbs.includes('*');
  const objects = shown.map(norm1);
  const context = new Set(objects.filter((_, k) => /^[~+]/.test(raw[k]!)));
  const required = new Set(objects.filter((_, k) => raw[k]!.startsWith('+')));
  return { verbs: verbs.filter((v) => v !== '*'), objects, shown, any, context, required };
}

/** Problems with activity rules (unknown verb, bad shape), in Norwegian, for the build and its tests. */
export function ruleProblems(rules: string[], lex: VerbLexicon): string[] {
  const problems: string[] = [];
  for (const r of rules) {
    const p = parseRule(r);
    if (!p) {
      problems.push(`aktivitet «${r}» mangler «:»`);
      continue;
    }
    if (p.any && p.verbs.length) problems.push(`aktivitet «${r}»: «*» står alene`);
    if (p.any && !p.objects.length) problems.push(`aktivitet «${r}»: «*» uten objekter`);
    if (!p.any && !p.verbs.length) problems.push(`aktivitet «${r}» mangler verb`);
    for (const v of p.verbs) if (!lex.lemmas.has(v)) problems.push(`aktivitet «${r}»: ukjent verb «${v}» (legg det til i lib/catalogue/activity.ts)`);
    for (const o of p.objects) if (o.length < 2) problems.push(`aktivitet «${r}»: for kort objekt «${o}»`);
  }
  return problems;
}

// «-an» is the Trøndelag plural definite (kontoran, vegan).
const ENDINGS = ['ene', 'ane', 'en', 'et', 'er', 'ar', 'an', 'a', 'e', 'r', 'n', 's'];

const CONTRACTED = /[^aeiouy]r(?:e|ene|ane|et)$/;

const LATIN_NEUTER = /[ie](?:et|er|ene|a)$/;

/** The word and its stems without an inflection ending (kontorer → kontor, kassa → kass, hjemmet → hjem). */
export function stems(w: string): string[] {
  const out = [w];
  for (const e of ENDINGS) {
    if (w.length - e.length < 3 || !w.endsWith(e)) continue;
    const s = w.slice(0, -e.length);
    // A bare -r or -n ends a word only after a vowel (lampe|r, hytte|n); after a consonant it is no ending («sveisr» is
    // the welder misspelt, not «sveis»).
    if ((e === 'r' || e === 'n') && !/[aeiouyæøå]$/.test(s)) continue;
    out.push(s);
    // hjemmet → hjem, kontoret → kontor: the definite form doubles the last consonant.
    if (/([bdfgklmnprstv])\1$/.test(s) && s.length > 4) out.push(s.slice(0, -1));
    // A nynorsk -ar noun in the definite form (snurparen, trålaren) is the -er word (the bare -ar word is
    // normalized already).
    if (e.length >= 2 && s.length >= 5 && s.endsWith('ar')) out.push(`${s.slice(0, -2)}er`);
  }
  // A noun in -er drops its e before the plural and the definite neuter (tiger → tigrene, senter → sentre,
  // teater → teatret): a consonant + «r» + ending stands for the word in -er. Not «-rer», which is mostly an agent
  // noun («tømmrer» is a typo for tømrer, not timber).
  const m = w.length >= 5 ? CONTRACTED.exec(w) : null;
  if (m) out.push(`${w.slice(0, m.index + 1)}er`);
  // A Latin neuter in -um drops it before the ending (laboratorium → laboratoriet, museum → museene, akvarier).
  const latin = w.length >= 6 ? LATIN_NEUTER.exec(w) : null;
  if (latin) out.push(`${w.slice(0, latin.index + 1)}um`);
  return out;
}

/**
 * The words of the landscape that end Norwegian place names (bru, vik, sund, strand, berg, dal, mo, haug, stad, heim …,
 * and the waterfront: Fiske|brygga, Aker Brygge, Tollbod|kaia — «rygg» inside «brygga» is chance),
 * normalized: the head of a name that is one of them says where, not what (MatchOptions.headsOnly).
 */
const PLACE_ELEMENTS = new Set(
  'bru bro vik sund strand berg dal moen haug stad heim fjord nes holm bakke lia åsen voll rud seter setra land mark vatn vann elv foss strøm sjø sjøen havn hamn grunn hus sand torp gård gard øy øya brygge brygga bryggen kai kaia kaien'
    .split(' ')
    .map(norm1),
);

export interface MatchOptions {
  /** Match parts of compounds (off for a one-word query that is found among the titles). */
  parts?: boolean;
  /**
   * Only the word as typed names an object, not its stems: a title of one word («skipper», «matros») whose ending is
   * the agent's, not an inflection («skipper» is no «skip»).
   */
  asTyped?: boolean;
  /** A word the titles use as a word or compound head: an object inside it is no head of its own. */
  knownHead?: (w: string) => boolean;
  /**
   * A name: the head of a compound names an object (Valdres|ekspressen), the first part does not (Garder|moen is no
   * «gård»), nor does a word still being typed.
   */
  headsOnly?: boolean;
}

/**
 * Venues: places that house many trades, a vessel, a park, a station. Beside a word that names the work inside it
 * («står i kafeen på ferja», «kjører karusellene i Dyreparken», «kiosken på skysstasjonen»), the venue says only where,
 * so it counts Q_VENUE in a group that has it without the verb of the query and has no other word of the query:
 * the deck crew's «*: ferje» or the zoo keeper's «*: dyrepark» does not outrank the café or the rides. Alone, or
 * beside nothing that names work, it still names the job («jobber på ferja» is the deck crew).
 */
const VENUES = new Set(
  `skip skipet båt båten ferje ferja ferge ferga hurtigrute hurtigruten hurtigruta cruiseskip passasjerskip
  dyrepark dyrehage zoo fornøyelsespark temapark sommerland tivoli skysstasjon stasjon jernbanestasjon busstasjon
  flyplass lufthavn`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normalize(w).replace(/ /g, '')),
);
export const Q_VENUE = 0.5;

export const Q_EXACT = 1;
export const Q_HEAD = 0.92;
export const Q_MODIFIER = 0.75;
export const Q_TYPING = 0.6;
/** A context object («~sykehus») next to the verb while the query names what is done elsewhere: where, not what. */
export const Q_WHERE = 0.85;
/** A brand or employer name read as its kind of workplace (kiwi → dagligvarebutikk): they employ many trades. */
export const Q_ALIAS = 0.6;

export interface ObjectIndex {
  /** Stem → object ids. */
  byStem: Map<string, number[]>;
  /** Sorted [object, id] for prefix lookups while a word is still being typed. */
  sorted: [string, number][];
  objects: string[];
}

export function buildObjectIndex(objects: string[]): ObjectIndex {
  const byStem = new Map<string, number[]>();
  objects.forEach((o, id) => {
    // An object is written in its base form; only a final -e may differ (kasse/kassa, vare/varer). One written in the
    // plural in -er is found in the singular in -e as well (røntgenbilder: røntgenbilde, blodprøver: blodprøve).
    const keys = o.length > 3 && o.endsWith('e') ? [o, o.slice(0, -1)] : [o];
    if (o.length >= 6 && o.endsWith('er') && o.at(-3) !== 'e') keys.push(o.slice(0, -1));
    for (const s of keys) {
      const l = byStem.get(s);
      if (!l) byStem.set(s, [id]);
      else if (!l.includes(id)) l.push(id);
    }
  });
  const sorted = objects.map((o, id) => [o, id] as [string, number]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { byStem, sorted, objects };
}

/**
 * Objects a query word names, with how well: the word itself or an inflection of it (1), the head of a
 * compound (rutebuss → buss, hotellrestauranten → restaurant: 0.92), its first part (søppeldunker → søppel:
 * 0.75), or, for the word still being typed, an object it starts (0.6).
 */
export function matchObjects(word: string, idx: ObjectIndex, typing: boolean, out: Map<number, number>, opts: MatchOptions = {}): void {
  const put = (id: number, q: number) => {
    if ((out.get(id) ?? 0) < q) out.set(id, q);
  };
  const alias = employerObject(word);
  for (const w of [word]) {
    // An employer or brand name (employers.ts) stands for its workplace and for nothing inside it: «rema» is no
    // object in its parts, «spar» no «spa». A name that is an object as typed («posten», «ruter») is that too.
    if (alias) {
      for (const id of idx.byStem.get(alias) ?? []) put(id, Q_ALIAS);
      for (const id of idx.byStem.get(w) ?? []) put(id, Q_EXACT);
      return;
    }
    let whole = false;
    for (const s of opts.asTyped ? [w] : stems(w))
      for (const id of idx.byStem.get(s) ?? []) {
        put(id, Q_EXACT);
        whole = true;
      }
    // A word that is an object itself is not read as parts (mennesker is people, not «esker»).
    if (opts.parts === false || whole) continue;
    // Head of a compound (the modifier is at least three letters), longest head first: an object inside a
    // longer known head is chance (åker in pizzabaker, whose head is baker).
    for (let p = 3; p <= w.length - 3; p++) {
      const head = w.slice(p);
      // A name whose head is a word of the landscape is a place's name, no workplace: «Alna|bru», «Lille|strøm»,
      // «Eger|sund», «Mel|hus» (the names of workplaces keep theirs: «Valdres|ekspressen»).
      if (opts.headsOnly && stems(head).some((s) => PLACE_ELEMENTS.has(s))) break;
      let hit = false;
      for (const s of stems(head)) {
        // A head of four letters ending in -e is no inflection of an object of three (kebabsj|appe is no «app»).
        if (s.length === 3 && head.length === 4 && head.endsWith('e')) continue;
        for (const id of idx.byStem.get(s) ?? []) {
          put(id, Q_HEAD);
          hit = true;
        }
      }
      // After a linking -s- the head may start one letter on, as a whole object (gards|avløysar: «savløser» is only
      // the end of «fjøsavløser», the head is «avløser»).
      if (!hit && head.length > 5 && head.startsWith('s'))
        for (const id of idx.byStem.get(head.slice(1)) ?? []) {
          put(id, Q_HEAD);
          hit = true;
        }
      if (hit || opts.knownHead?.(head)) break;
    }
    // First part of a compound (maybe with a linking -s- or -e-); the rest is three letters or more. The longest known
    // first part wins, as the longest head does: «smørbrød|jomfru» is no «smør».
    if (opts.headsOnly) return;
    for (let p = w.length - 3; p >= 4; p--) {
      const pre = w.slice(0, p);
      let hit = false;
      for (const id of idx.byStem.get(pre) ?? []) {
        put(id, Q_MODIFIER);
        hit = true;
      }
      if (p > 4 && (pre.endsWith('s') || pre.endsWith('e')))
        for (const id of idx.byStem.get(pre.slice(0, -1)) ?? []) {
          put(id, Q_MODIFIER);
          hit = true;
        }
      // (A longer first part that is a word of a title is that title: «vaktmeister|arbeid» is no «vakt».)
      if (hit || opts.knownHead?.(pre)) break;
    }
  }
  if (typing && word.length >= 3) {
    let lo = 0;
    let hi = idx.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (idx.sorted[mid]![0] < word) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < idx.sorted.length && idx.sorted[k]![0].startsWith(word); k++) put(idx.sorted[k]![1], Q_TYPING);
  }
}

// Per-token scores on the same scale as the title tiers in search.ts (whole word 100, compound head 80).
/** Verb and object of one rule both in the query («kjører truck»). */
export const V_PAIR = 97;
export const O_PAIR = 97;
/** What a verb paired with its object gains in the group whose title is its agent noun (pakke → pakker). */
export const V_OWN = 3;
/** A verb that names the job alone («sveiser», «underviser»). */
export const V_ALONE = 95;
/** A workplace or object that names the job alone («jobber på lager», «var på sykehjemmet»). */
export const O_PLACE = 90;
/** An object of a verb rule, with no verb in the query («oppvask restaurant»). */
export const O_NOVERB = 75;
/** An object of a verb rule while the query's verb belongs elsewhere. */
export const O_OTHER = 62;
/** The verb of a rule whose objects are not in the query («kjører» alone). */
export const V_WEAK = 52;
/**
 * The verb of one rule of a group while the query's object is a plain object of another of its verb rules («skrur på
 * fly»: the aircraft mechanic screws fighter jets and repairs planes): the group does both, so the verb counts more
 * than alone, less than paired in one rule.
 */
export const V_SPLIT = 75;
/** At most this many groups have a verb that may pair across rules (V_SPLIT). */
const SPLIT_GROUPS = 4;

/**
 * Light verbs: with their object they name a job («går vakt», «tar blodprøver», «legger fliser»), without it they say
 * nothing («går 2-4 rotasjon», «tar det med ro»), so alone they count for no rule that has objects. «Ha» is the
 * lightest: «har kyr» is the farmer, but «har ei lita stilling» has only a size and names no work.
 */
const LIGHT = new Set(['gå', 'ta', 'gi', 'legge', 'sette', 'ha']);

/** Verbs whose objects are workplaces many trades share; their rules need the verb itself. */
const MANAGING = new Set(['lede', 'styre', 'drive']);
/** Adjectives that name people alone («steller gamle», «hjelper syke»), nynorsk forms included. */
const PEOPLE_BY_STATE = new Set(['gamle', 'eldre', 'syke', 'sjuke', 'skadde', 'ensomme']);
/** Where, not what: «hjelper eldre hjemme» helps the old at home. */
const PLACE_ADVERBS = new Set(['hjemme', 'heime', 'hjem', 'heim', 'ute', 'inne', 'der', 'her']);

export interface ActivityIndex {
  lex: VerbLexicon;
  rules: Rule[][];
  /** Lemma → packed refs (entry * 64 + rule). */
  verbRefs: Map<string, number[]>;
  objIdx: ObjectIndex;
  /** Object id → packed refs. */
  objRefs: number[][];
  /** Object id → the object as written (first seen). */
  objShown: string[];
  /** Per entry, the verbs of its rules whose agent noun is one of its titles or their head (pakke: håndpakker). */
  own: Set<string>[];
}

/**
 * The agent noun of a weak verb (pakke → pakker, sveise → sveiser, føre → fører), normalized; none for a strong
 * verb or one with a particle.
 */
export function agentNoun(lemma: string): string | undefined {
  return /^[^_]{3,}e$/.test(lemma) && !NO_AGENT.has(lemma) ? norm1(lemma.slice(0, -1) + 'er') : undefined;
}

/**
 * Verbs whose agent noun is the head of helpers in every trade (kjøkkenhjelper, pleiemedhjelper, rørleggerhjelper):
 * it names no one job, so no group gains by having it. So with «stelle»: the farmer, the farm hand, the nurse and the
 * kennel worker all tend, and «dyrestellar i landbruket» (the hand) must not win «steller sauene og kyrne på garden»
 * from the farmer, who is far more common.
 */
const NO_AGENT = new Set(['hjelpe', 'stelle']);

let defaultLexicon: VerbLexicon | undefined;
/** The lexicon above, built once per process (a searcher per palette session must not pay for it again). */
export function verbLexicon(): VerbLexicon {
  return (defaultLexicon ??= buildVerbLexicon());
}

/**
 * `titles`: per entry, its titles and synonyms normalized (words split by spaces), for the verbs whose agent noun
 * names the job (`own`).
 */
export function buildActivityIndex(
  activities: (readonly string[] | undefined)[],
  lex: VerbLexicon = verbLexicon(),
  titles: (readonly string[])[] = [],
): ActivityIndex {
  const rules: Rule[][] = [];
  const own: Set<string>[] = [];
  const verbRefs = new Map<string, number[]>();
  const objId = new Map<string, number>();
  const objRefs: number[][] = [];
  const objShown: string[] = [];
  activities.forEach((list, e) => {
    const rs: Rule[] = [];
    for (const text of list ?? []) {
      const r = parseRule(text);
      if (!r || rs.length >= 64) continue;
      const ref = e * 64 + rs.length;
      rs.push(r);
      for (const v of r.verbs) {
        const l = verbRefs.get(v);
        if (l) l.push(ref);
        else verbRefs.set(v, [ref]);
      }
      r.objects.forEach((o, k) => {
        let id = objId.get(o);
        if (id === undefined) {
          id = objRefs.length;
          objId.set(o, id);
          objRefs.push([]);
          objShown.push(r.shown[k]!);
        }
        if (!objRefs[id]!.includes(ref)) objRefs[id]!.push(ref);
      });
    }
    rules.push(rs);
    const words = (titles[e] ?? []).flatMap((t) => t.split(' '));
    const mine = new Set<string>();
    for (const v of new Set(rs.flatMap((r) => r.verbs))) {
      const agent = agentNoun(v);
      if (agent && words.some((w) => w.endsWith(agent) || w.endsWith(agent + 'e'))) mine.add(v);
    }
    own.push(mine);
  });
  return { lex, rules, verbRefs, objIdx: buildObjectIndex([...objId.keys()]), objRefs, objShown, own };
}

export interface ActivityToken {
  text: string;
  role: 'verb' | 'word';
  lemmas: string[];
  /** The last word, maybe still being typed. */
  typing: boolean;
  /** Whether parts of this word may name an object (see MatchOptions.parts). */
  parts: boolean;
  /** Only the word as typed names an object (see MatchOptions.asTyped). */
  asTyped?: boolean;
  /** A name («Valdresekspressen», «Gardermoen»): only its head names an object (see MatchOptions.headsOnly). */
  headsOnly?: boolean;
  /** The next token is the next word of the query, nothing left out between («gamle gjenstander», not «eldre i …»). */
  beforeNext?: boolean;
  /** A noun of doing with what is done as its first part («mat|laging», «gress|klipping»): the verb and its object. */
  doing?: { lemmas: string[]; object: string };
}

export interface ActivityWhy {
  kind: 'activity' | 'place';
  /** What matched, as written in the data: «kjøre truck», «sykehjem», «sveise». */
  text: string;
  score: number;
}

/**
 * Scores every group's activity rules against the query's words. Writes the best score per (entry, token)
 * into `out` (entry * nt + j; the caller zeroes it) and returns, per touched entry, why.
 */
export function scoreActivities(idx: ActivityIndex, toks: ActivityToken[], out: Float64Array, knownHead?: (w: string) => boolean): Map<number, ActivityWhy> {
  const nt = toks.length;
  const hasVerb = toks.some((t) => t.role === 'verb' || !!t.doing);
  interface Rec {
    v: number[];
    lemma: string;
    o: Map<number, { q: number; id: number }>;
  }
  const per = new Map<number, Rec>();
  const rec = (ref: number): Rec => {
    let r = per.get(ref);
    if (!r) per.set(ref, (r = { v: [], lemma: '', o: new Map() }));
    return r;
  };
  const hits = new Map<number, number>();
  toks.forEach((t, j) => {
    if (t.role === 'verb') {
      for (const lemma of t.lemmas)
        for (const ref of idx.verbRefs.get(lemma) ?? []) {
          const r = rec(ref);
          if (!r.v.includes(j)) {
            r.v.push(j);
            r.lemma ||= lemma;
          }
        }
      return;
    }
    if (t.doing)
      for (const lemma of t.doing.lemmas)
        for (const ref of idx.verbRefs.get(lemma) ?? []) {
          const r = rec(ref);
          if (!r.v.includes(j)) {
            r.v.push(j);
            r.lemma ||= lemma;
          }
        }
    hits.clear();
    // A word for people by their state (gamle, syke) right before a word that names something is what that thing is,
    // not whom the work is for: «tar vare på gamle gjenstander» keeps old objects, «reparerer gamle trebåter» boats. Two of
    // them together are both people («besøker ensomme eldre»).
    const next = toks[j + 1];
    if (PEOPLE_BY_STATE.has(t.text) && t.beforeNext && next?.role === 'word' && !PEOPLE_BY_STATE.has(next.text) && !PLACE_ADVERBS.has(next.text)) {
      matchObjects(next.text, idx.objIdx, next.typing, hits, { asTyped: next.asTyped, knownHead, headsOnly: next.headsOnly });
      const named = hits.size > 0;
      hits.clear();
      if (named) return;
    }
    if (t.doing) matchObjects(t.doing.object, idx.objIdx, false, hits, { parts: false });
    else matchObjects(t.text, idx.objIdx, t.typing, hits, { parts: t.parts, asTyped: t.asTyped, knownHead, headsOnly: t.headsOnly });
    for (const [id, q] of hits)
      for (const ref of idx.objRefs[id]!) {
        const r = rec(ref);
        const o = r.o.get(j);
        if (!o || o.q < q) r.o.set(j, { q, id });
      }
  });
  // A noun of doing is its verb only where a rule pairs that verb with its first part («mat|laging» is «lage mat»):
  // «distrikts|utvikling» pairs nothing, and its «utvikle» alone says nothing.
  if (toks.some((t) => t.doing))
    for (const [ref, r] of per) {
      r.v = r.v.filter((j) => !toks[j]!.doing || r.o.has(j));
      if (!r.v.length && !r.o.size) per.delete(ref);
    }
  // Query words that are what a verb of the query is done to (a plain object next to its verb in some rule).
  const what = new Set<number>();
  for (const [ref, r] of per) {
    if (!r.v.length) continue;
    const rule = idx.rules[Math.floor(ref / 64)]![ref % 64]!;
    for (const [j, { id }] of r.o) if (!rule.context.has(idx.objIdx.objects[id]!)) what.add(j);
  }
  // Per group, the query words some rule of it matches as an object: a group none of whose rules has what a verb of
  // the query is done to is only where it was done.
  const has = new Set<number>();
  if (what.size) for (const [ref, r] of per) for (const j of r.o.keys()) has.add(Math.floor(ref / 64) * nt + j);
  // Query words that name a venue only, and whether another word names something (not a venue) some rule has: then
  // the venue says where (VENUES).
  const venueOnly = new Set<number>();
  let inner = false;
  if (nt > 1) {
    const named = new Map<number, boolean>();
    for (const r of per.values())
      for (const [j, { id }] of r.o) {
        const v = VENUES.has(idx.objIdx.objects[id]!);
        named.set(j, (named.get(j) ?? true) && v);
      }
    for (const [j, v] of named) if (v) venueOnly.add(j);
    // (A verb alone names no work inside: «kjører skyssbåten» has only the boat.)
    inner = [...named.values()].some((v) => !v);
  }
  const why = new Map<number, ActivityWhy>();
  const onlyContext = (rule: Rule, id: number) => rule.context.has(idx.objIdx.objects[id]!) && !rule.required.has(idx.objIdx.objects[id]!);
  /** Groups with a rule whose verb the query pairs with what is done (an object, not only where). */
  const doneHere = new Set<number>();
  // (Only needed when the query has a light verb; this runs on every keystroke.)
  if (toks.some((t) => t.role === 'verb' && t.lemmas.some((l) => LIGHT.has(l))))
    for (const [ref, r] of per) {
      const rule = idx.rules[Math.floor(ref / 64)]![ref % 64]!;
      if (r.v.length && [...r.o.values()].some(({ id }) => !onlyContext(rule, id))) doneHere.add(Math.floor(ref / 64));
    }
  /** Some other rule of group e has object o as a plain object (not ~ or +). */
  const ownPlain = (e: number, o: string, rule: Rule) => idx.rules[e]!.some((x) => x !== rule && x.objects.includes(o) && !x.context.has(o));
  // Per group and query word: a verb counted only without its objects, and a plain object of a verb rule counted
  // without its verb (for V_SPLIT below).
  const weakVerb = new Set<number>();
  const otherObject = new Set<number>();
  for (const [ref, r] of per) {
    const e = Math.floor(ref / 64);
    const rule = idx.rules[e]![ref % 64]!;
    let sum = 0;
    const set = (j: number, s: number) => {
      sum += s;
      if (s > out[e * nt + j]!) out[e * nt + j] = s;
    };
    let kind: ActivityWhy['kind'] = 'activity';
    // A rule that needs a place counts only where the query names it («+gassanlegg»).
    if (rule.required.size && ![...r.o.values()].some(({ id }) => rule.required.has(idx.objIdx.objects[id]!))) continue;
    // …and where what the rule needs is a thing the group has as a plain object of another rule («drive: korn … +gris»
    // beside «drive ha: gris … +korn»: crops with livestock are the mixed farm; «selge: kaffe tacos … +foodtruck» beside
    // «*: foodtruck»), it is no place but the other half of a pair: the rule needs one of its own plain objects too, or
    // «driver med gris» alone would be the mixed farm. A place proper («gå: runder +avdeling») still pairs with the verb.
    if (
      rule.required.size &&
      rule.objects.some((o) => !rule.context.has(o)) &&
      [...r.o.values()].every(({ id }) => rule.context.has(idx.objIdx.objects[id]!)) &&
      [...r.o.values()].some(({ id }) => ownPlain(e, idx.objIdx.objects[id]!, rule))
    )
      continue;
    // A context object («~skranke») says nothing alone: it needs a verb or another object of the rule.
    if (!r.v.length && rule.context.size && [...r.o.values()].every(({ id }) => rule.context.has(idx.objIdx.objects[id]!))) continue;
    // What a manager leads is where others work too: «jobber i kommunen» is no top leader without «leder».
    if (!r.v.length && rule.verbs.length && rule.verbs.every((v) => MANAGING.has(v))) continue;
    // A light verb (ta, gi, gå) with only where it is done is no activity: «ta» + «~barn» is not the dental
    // hygienist's «ta: tannrens … ~barn» — unless the group pairs a verb with what is done in another rule («tar
    // blodprøver på poliklinikken»: there the place adds).
    if (r.v.length && r.o.size && LIGHT.has(r.lemma) && !doneHere.has(e) && [...r.o.values()].every(({ id }) => onlyContext(rule, id))) continue;
    if (r.v.length && r.o.size) {
      // The verb whose agent noun is this group's title is its own work («pakkar frukt på lageret» is the packer).
      const mine = idx.own[e]?.has(r.lemma) ? V_OWN : 0;
      // A rule that has only where the verb is done (a context object), while another query word is what some rule
      // does it to, counts that place less: «tar røntgenbilder på sykehuset» is the radiographer (ta: røntgenbilder),
      // not the bioengineer who takes samples ~sykehus. Where that place is an employer's name, the verb is not
      // this group's either: the thing operated names the job more than who pays for it («køyrer traverskran …
      // på Hydro» is the crane operator, not the smelter's ~hydro).
      const onlyWhere = [...r.o.values()].every(({ id }) => rule.context.has(idx.objIdx.objects[id]!)) && [...what].some((j) => !r.o.has(j));
      const employer = onlyWhere && [...r.o.keys()].every((j) => employerObject(toks[j]!.text) !== undefined);
      for (const j of r.v) set(j, employer ? V_WEAK : V_PAIR + mine);
      for (const [j, { q }] of r.o) set(j, O_PAIR * q * (employer ? Q_ALIAS : onlyWhere ? Q_WHERE : 1));
    } else if (r.v.length) {
      if (rule.objects.length && LIGHT.has(r.lemma)) continue;
      for (const j of r.v) set(j, rule.objects.length ? V_WEAK : V_ALONE);
      if (rule.objects.length) for (const j of r.v) weakVerb.add(e * nt + j);
    } else {
      kind = rule.any ? 'place' : 'activity';
      // The object of a verb names the job more than the place: «køyrer traverskran i elektrolysehallen» is the crane
      // operator, and the smelter, which has the hall but no rule for the crane, counts the hall as where it was done.
      const where = rule.any && what.size && [...what].every((j) => !has.has(e * nt + j)) ? Q_WHERE : 1;
      for (const [j, { q }] of r.o) set(j, (rule.any ? O_PLACE * where : hasVerb ? O_OTHER : O_NOVERB) * q);
      if (!rule.any && hasVerb) for (const [j, { id }] of r.o) if (!rule.context.has(idx.objIdx.objects[id]!)) otherObject.add(e * nt + j);
    }
    const prev = why.get(e);
    if (prev && prev.score >= sum) continue;
    const objs = [...new Set([...r.o.values()].map(({ id }) => idx.objShown[id]!))];
    const verb = r.v.length ? r.lemma.replace(/_/g, ' ') : '';
    why.set(e, { kind, text: [verb, ...objs].filter(Boolean).join(' ') || rule.shown.join(' '), score: sum });
  }
  // A venue beside a word that names the work inside it says where (VENUES): a group that has nothing of the query
  // but the venue counts it Q_VENUE, and every group that has another word of the query counts it as much as that
  // (at most Q_VENUE of a place), so where is no reason to rank one above another.
  if (inner)
    for (const j of venueOnly) {
      let w = 0;
      for (const e of why.keys()) w = Math.max(w, out[e * nt + j]!);
      w = Math.min(w, O_PLACE * Q_VENUE);
      for (const e of why.keys()) {
        let other = false;
        for (let k = 0; k < nt && !other; k++) other = !venueOnly.has(k) && out[e * nt + k]! > 0;
        if (!other) out[e * nt + j] = out[e * nt + j]! * Q_VENUE;
        else if (out[e * nt + j]! < w) out[e * nt + j] = w;
      }
    }
  // Only for a verb of a trade, one a few groups have (skru, not kjøre or skifte), and where no group pairs that verb
  // with a word of the query in one rule: «kjører ut posten» is the postman's pair, not the courier's «kjøre» and «post».
  const paired = new Set<number>();
  toks.forEach((t, j) => {
    if (t.role !== 'verb') return;
    const groups = new Set<number>();
    for (const l of t.lemmas) for (const ref of idx.verbRefs.get(l) ?? []) groups.add(Math.floor(ref / 64));
    if (groups.size > SPLIT_GROUPS) paired.add(j);
  });
  for (let e = 0; e < idx.rules.length; e++) for (let j = 0; j < nt; j++) if (toks[j]!.role === 'verb' && out[e * nt + j]! >= V_PAIR) paired.add(j);
  for (const ej of weakVerb) {
    if (out[ej]! !== V_WEAK || paired.has(ej % nt)) continue;
    const e = Math.floor(ej / nt);
    let other = false;
    for (let k = 0; k < nt && !other; k++) other = otherObject.has(e * nt + k);
    if (other) out[ej] = V_SPLIT;
  }
  return why;
}
