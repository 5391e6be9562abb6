/**
 * Analysis of a functional description: sentences → clauses ("statements"), each with its function areas,
 * whether it says the person is limited or able, the measures that belong to it, and — the principle the
 * checks enforce — whether a limitation says how much, how long or how often.
 *
 * A limitation is found by structure, not by listed phrases: a limiting word (negation, «redusert»,
 * «vansker med», «sliter med», «blir fort sliten», «tåler dårlig», «orker lite», a vague amount) in the same
 * clause as a function, capacity or load word. A measure counts for a statement only when it measures a
 * function (kg, minutes, metres, floors, times per day, people, tasks), never a share of a position, a
 * date, a sick-leave grade or hours of sleep. A plain «kan ikke kjøre bil» is complete ("not at all"); a
 * limitation is also answered by a measured statement about the same function in the same or a
 * neighbouring sentence («begrenset utholdenhet, klarer 2 timer skjermarbeid»).
 *
 * Pure and linear in the length of the text (it runs on every keystroke). The Huskeliste, the score and the
 * yrke comparison read the same analysis.
 */
import type { FunctionArea } from './areas.ts';
import { AREA_MASK, EMPTY_CLASS, F, G, NUMBER_WORDS, UNITS, areaBit, areasOf, classify2 } from './lexicon.ts';
import { marksOf } from './marks.ts';
import { DOSE_UNIT, findQuantities, isFunctionMeasure, startsQuantity, WHOLE_OF, type Quantity, type Span } from './measures.ts';
import { Reuse, forgetKept } from './reuse.ts';
import { isNynorsk } from './standard.ts';
import { Kind, splitSentences, type Token } from './text.ts';

export type { Quantity, Span };

const KD = Kind;

// Each area's bit, as constants: areaBit() is not inlined into the long functions below, and is asked on every word.
const B_LIFT = areaBit('lift');
const B_MOBILITY = areaBit('mobility');
const B_SIT = areaBit('sit');
const B_HANDS = areaBit('hands');
const B_SENSES = areaBit('senses');
const B_COGNITIVE = areaBit('cognitive');
const B_STRESS = areaBit('stress');
const B_SOCIAL = areaBit('social');
const B_ENDURANCE = areaBit('endurance');

/** What a vague statement is about, for its message and fix template. */
export type StatementKind = 'lift' | 'stand' | 'walk' | 'sit' | 'hands' | 'senses' | 'cognitive' | 'stress' | 'social' | 'endurance' | 'generic';

export interface Duration extends Span {
  /** 'time': a concrete time (a period, a date, a month, «varig»); 'cue': a prognosis word without a time. */
  kind: 'time' | 'cue';
  text: string;
}

export interface Statement extends Span {
  sentence: number;
  areas: FunctionArea[];
  /** Names function without an area («funksjon», «funksjonsevne»). */
  generic: boolean;
  /** A negation governs the statement's activity. */
  negated: boolean;
  /** Says the person is limited in a function (by any wording). */
  limited: boolean;
  /** Says what the person can do (also implied by a measured threshold: "ikke over 5 kg"). */
  capacity: boolean;
  /** Mentions an activity, a function or work at all (as opposed to symptoms only). */
  functional: boolean;
  /** Carries a measure of its function. */
  measured: boolean;
  /** Only a work arrangement is measured ("jobber 40 %, 2 dager i uka"): it answers nothing about function. */
  schedule: boolean;
  /** The limitation is a consequence («blir stiv», «får vondt ved …») — of a measured limit next to it, often. */
  consequence: boolean;
  /** The vague word is a comparative («lengre beskjeder», «flere enn det»): it points at a measure nearby. */
  comparative: boolean;
  /** Only a kind of work is named («lett arbeid», «enklere oppgaver»), not an amount. */
  light: boolean;
  /**
   * The only limiting words are vague amounts on an activity or a load («høyt tidspress», «tunge løft», «mye
   * gåing»): no limiting word, difficulty, negation or capacity verb says it is the person's limit. In a
   * description of the job these are its demands.
   */
  amountOnly: boolean;
  /** «Selger m/ mye kjøring»: what a job holds much of, told of the job with nothing limiting before it. Where a field
   * asks for the job's demands it is one unmeasured; elsewhere it describes the job, no limit of the person. */
  holds: boolean;
  /** What a job asks («jobben krever løft av 15–25 kg», «krevde 10 timers vakter»), not what the person can. */
  demand: boolean;
  /** A complete "not at all" of a concrete activity («kan ikke kjøre bil»). */
  absolute: boolean;
  /** A limitation that does not say how much, how long or how often, and is not answered nearby. */
  vague: boolean;
  /** What it is about, for messages and fixes. */
  kind: StatementKind | null;
  /** What it is about, limited or not (standing and walking share an area but answer different questions). */
  activity: StatementKind;
  /** The words that carry the limitation («redusert utholdenhet», «tåler dårlig langvarig sitting»). */
  cue: Span | null;
  /** A concrete activity, task or work object is named (not only abstract capacities). */
  concrete: boolean;
  quantities: Quantity[];
  /** Index range into Analysis.tokens. */
  t0: number;
  t1: number;
}

export interface Sentence extends Span {
  statements: number[];
}

export interface Analysis {
  text: string;
  tokens: Token[];
  /** Per-token lexicon flags, parallel to tokens (main and secondary). */
  flags: Uint32Array;
  flags2: Uint32Array;
  /** Per-token word tests of the rules (marks.ts). */
  marks: Uint32Array;
  sentences: Sentence[];
  statements: Statement[];
  quantities: Quantity[];
  durations: Duration[];
  words: number;
  nynorsk: boolean;
  areas: FunctionArea[];
  hasSymptoms: boolean;
  hasWork: boolean;
}

/** Compounds that end in a difficulty or a demand: "ingen løftekrav", "uten ryggproblemer". */
// («ingen fysiske begr.»: the abbreviation in a hurried note; «ingen fysiske el. psykiske diagnoser»: no diagnosis is
// nothing wrong either.)
const POSITIVE_HEAD =
  /(krav|problem|problemer|plager|plagar|vansker|vanskar|begrensninger|restriksjoner|avgrensingar|diagnose|diagnoser|diagnosar|^begr|^skader|^skadar)$/;
/** «kan være», «kan bli bedre», «kan skyldes»: «kan» as a modal, not an ability. */
const MODAL_AFTER = new Set([
  'vaere',
  'vere',
  'bli',
  'verte',
  'ha',
  'fa',
  'skyldes',
  'skuldast',
  'forventes',
  'tenkes',
  'vurderes',
  'vurderast',
  'gi',
  'gje',
  'fore',
  'tyde',
  'gjelde',
  'nok',
  'forklare',
  'forklares',
  'hende',
  'skje',
  'endre',
  'endres',
  'bedres',
  'betrast',
  'forverres',
  'ta',
]);
/** Recovery as a noun (restored): «restitusjon», «tilfriskning», «tilfrisking». */
const RESTORED = /^(restitusjon|restitusjonen|tilfriskning|tilfriskningen|tilfrisking|tilfriskinga)$/;
const COURSE =
  /^(opptrapping|opptrappinga|opptrappingen|okning|okningen|okninga|auke|auken|bedring|betring|forbedring|framgang|fremgang|bedres|betrast|bedret|betra|forverr|endring|endringar|endringer)/;
// («helsekravet er ikke oppfylt»: a rule's requirement not met, e.g. for a driving licence.)
const JUDGED = new Set([
  'aktuelt',
  'aktuell',
  'relevant',
  'realistisk',
  'mogleg',
  'mulig',
  'tilradelig',
  'tilraadelig',
  'anbefalt',
  'oppfylt',
  'oppfylte',
  'innfridd',
]);
const FUTURE_AUX = new Set(['vil', 'kommer', 'kjem', 'skal']);
const INJURY_EVENT = /^(fall|falt|fallet|fallulykke|fallskade|ulykke|ulykka|ulykken|ulukke|ulukka|skled|sklei|stupte|datt|ramla|ramlet|styrtet|styrta)$/;
const COME = new Set(['komme', 'kome', 'kommer', 'kjem', 'kom']);
const HEAVY_VEHICLE =
  /^(kjoretoy|kjoretoyer|kjoretoya|kjoretoyene|bil|biler|bilar|lastebil|lastebiler|lastebilar|maskiner|maskinar|anleggsmaskiner|anleggsmaskinar|transport|utstyr)$/;
/** Stress as such, the abstract load writers rule out without saying how much («unngå stress», «stressende arbeid»). */
const STRESS_WORD = /^(stress|stresset|stressa|stressende|stressande|stressfylt|stressfylte|stressituasjoner|stressituasjonar|arbeidspress|arbeidspresset)$/;
/** Loading beyond a limit the words do not give: «overbelaste», «overanstrenge», «overbelastning». */
const OVER_LOAD = /^(overbelast(e|es|ast|a|et|er|ar|ning|ningen|ing|inga)?|overanstreng(e|es|ast|er|ar|else|elsen|ing|inga)?|overdrive)$/;
/** Modals that, before «bedre/betre» as a verb, make it what may improve («kan bedre», «vil truleg betre»). */
const CAN_WILL = new Set(['kan', 'vil', 'kunne', 'ville', 'skal', 'skulle', 'bor', 'burde']);
const HEDGE = new Set(['trolig', 'truleg', 'nok', 'sannsynligvis', 'sannsynlegvis', 'kanskje', 'antakelig', 'antakeleg', 'muligens', 'moglegvis', 'gradvis']);
const EXPECT = new Set([
  'forventer',
  'forventar',
  'forventes',
  'forventast',
  'forventet',
  'forventa',
  'venter',
  'ventar',
  'ventes',
  'vantar',
  'haper',
  'hapar',
  'haapar',
  'haaper',
]);
const IMPROVED = new Set(['bedre', 'betre', 'mindre', 'lengre', 'lenger', 'okt', 'auka', 'okende', 'aukande']);
// («ventar at funksjonen gradvis vil bli svekka»: the course ahead.)
const WORSE = new Set([
  'darligere',
  'darlegare',
  'verre',
  'svakere',
  'svakare',
  'svekka',
  'svekket',
  'svekt',
  'forverra',
  'forverret',
  'redusere',
  'redusera',
  'svekke',
]);
const ONLY = new Set(['bare', 'kun', 'berre']);
/** The amounts a degree word gives: heavy, long, much, little, short. */
const AMOUNT = G.HEAVY | G.LONG | G.MUCH | G.LITTLE | G.SHORT;
const STATE_NOUN = /(het|heten|heit|heita|else|elsen|elsa|ing|inga|ingen|leik|leiken)$/;
const MORE = /^(mer|meir|enda)$/;
/** The share of work taken part in: «arbeidsdeltakinga», «stillingsprosenten», «sykmeldingsgraden». */
const WORK_SHARE =
  /^(arbeidsdeltaking|arbeidsdeltakinga|arbeidsdeltakelse|arbeidsdeltakelsen|deltakinga|deltakelsen|stillingsprosent|stillingsprosenten|stillingsdelen|sykmeldingsgraden|sjukmeldingsgraden|graden|arbeidsandelen|arbeidsmengden)$/;
/**
 * «…, noe hun synes er for mye», «…, noko som er for lite»: a clause opened by «noe»/«noko»/«hvilket» after a comma
 * that follows a number in the same sentence.
 */
function judgesAmountBefore(tokens: Token[], i: number): boolean {
  const sent = tokens[i]!.sent;
  let k = i - 1;
  while (k > 0 && i - k <= 8 && tokens[k]!.sent === sent && tokens[k]!.f !== ',') k--;
  if (tokens[k]?.f !== ',' || !/^(noe|noko|hvilket|kva|hva)$/.test(tokens[k + 1]?.f ?? '')) return false;
  for (let m = k - 1; m >= 0 && tokens[m]!.sent === sent; m--) if (tokens[m]!.k === KD.Num) return true;
  return false;
}
const REGULARLY = /^(regelmessig|stabilt|jevnlig|jamleg|jevnt|jamt)$/;
/** «ikke», «ikkje», «aldri», «ingen»: a negation of the sentence. */
const NOT_EVER = /^(ikke|ikkje|aldri|ingen|inga|ingenting)$/;
/** A restriction or complaint that can end: «(løfte)restriksjoner», «begrensninger», «smerter», «plager». */
const ENDED_THING =
  /(restriksjon|restriksjoner|restriksjonar|begrensning|begrensninger|begrensningar|avgrensing|avgrensingar|forbud|plager|plagar|smerter|smertar|symptomer|symptom|problemer|problem)$/;
const TURN_UP = /^(mote|mota|moter|motte|komme|kome|kjem|kommer|stille|stiller)$/;
/** A treatment, medicine or aid whose tolerance is its own side, not the person's function. */
const TREATED_THING =
  /^(cpap|cpapen|cpap-maska|maska|masken|medisin|medisinen|medisinar|medisiner|medikament|medikamentet|medikamenter|tablett|tabletten|tablettar|tabletter|behandling|behandlinga|behandlingen|cellegift|cellegiften|kur|kuren|kurane|kurene|protese|protesen|ortose|ortosen|skinne|skinna|skinnen|korsett|korsettet|horeapparat|horeapparatet|metotreksat|insulin|insulinet|biologisk|biologiske|infusjon|infusjonane|infusjonene|straling|stralebehandling|stralebehandlinga|stralebehandlingen)$/;
/** A faculty, named whole («gripefunksjonen», «taleevna», «synet», «hørselen»). */
const FACULTY = /(funksjonen|funksjonane|funksjonene|evnen|evna|synet|horselen|horsla|forligheten|forleiken)$/;
/** Loses («mister», «mistar»). */
const LOSES = /^(mister|mistar|miste|mista|mistet|mistat)$/;
/** «mister gripefunksjonen»: token k loses the faculty named right after it. */
function losesFaculty(tokens: Token[], k: number): boolean {
  return LOSES.test(tokens[k]!.f) && FACULTY.test(tokens[k + 1]?.f ?? '');
}
/** A faculty lost whole, in tokens a..b. */
function lostWhole(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) if (losesFaculty(tokens, k)) return true;
  return false;
}
/** How hard a time is had («har det tungt», «hadde det tøft»). */
const HARD_TIME = /^(tungt|toft|tott|hardt|strevsomt|strevsamt|slitsomt|slitsamt)$/;
const LET_ADVERB = /^(derfor|difor|dessverre|altsa|heller|lenger|lengre|forelopig|enno|enna)$/;
const BECOME_PARTICIPLE = /^(blitt|vorte|vorti|vorten)$/;
const COPULA = new Set([
  'er',
  'blir',
  'vert',
  'var',
  'ble',
  'blei',
  'vart',
  'kjenner',
  'foler',
  'virker',
  'verkar',
  'fremstar',
  'framstar',
  'seg',
  'sa',
  'svaert',
  'veldig',
  'ofte',
  'raskt',
  'fort',
  'lett',
]);
const CLAUSE_WORDS = new Set([
  'men',
  'mens',
  'medan',
  'bortsett',
  'derimot',
  'deretter',
  'samt',
  'da',
  'fordi',
  'ettersom',
  'dersom',
  'hvis',
  'pga',
  'grunnet',
  'grunna',
]);
/** A plural or definite adjective («korte», «faste», «enkle», «avgrensa») and the generic task nouns it may modify. */
const ADJ_PLURAL = /^\p{L}{3,}(e|a)$/u;
const TASK_PLURAL = /^(arbeids)?(oppgaver|oppgåver|gjøremål|gjeremål|økter|vakter|turer|turar)$/u;
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—', '\n', '•', '*', '→', '⇒']);
// («ingen konflikter med andre deltakere»: none of the trouble the word names.)
const POSITIVE_AFTER_NEG =
  /^(tegn|teikn|holdepunkt|mistanke|problem|begrens|vansk|smert|hjelp|plage|plagar|besvaer|ubehag|avgrens|utfordr|store|nevneverdig|vesentl|saerlig|spesiel|merkbar|vondt|nedsett|nedsatt|redusert|svekk|symptom|utfall|svikt|restriksjon|funn|anmerkning|merknad|innskrenk|konflikt)/;

function unitClassArea(cls: Quantity['unitClass']): number {
  if (cls === 'weight') return B_LIFT;
  if (cls === 'floors') return B_MOBILITY;
  if (cls === 'count') return 0;
  return 0;
}

const DEMAND_VERBS = new Set([
  'krever',
  'krevde',
  'kreve',
  'krev',
  'kravde',
  'kreves',
  'krevjer',
  'krevst',
  'kravet',
  'innebaerer',
  'inneber',
  'innebar',
  'innebere',
]);
const BEFORE_LIMIT = /^(?:[^.;:!?\n]{0,28}\s)?før(?:\s+\p{L}|\s*$|[,)])/iu;
/** «… før hun må legge seg», «før ho må liggje»: the limit is lying down, a rest. */
const BEFORE_LIE_DOWN =
  /^(?:[^.;:!?\n]{0,28}\s)?før\s+(?:\p{L}+\s+){0,2}(?:må|treng|trenger)\s+(?:gå\s+og\s+)?(?:legge\s+(?:seg|meg)|leggje\s+(?:seg|meg)|ligge|liggje)(?![\p{L}])/iu;
const SUBJECT = new Set([
  'ho',
  'han',
  'hun',
  'hen',
  'du',
  'det',
  'dei',
  'de',
  'vi',
  'me',
  'pasienten',
  'bruker',
  'brukeren',
  'hun',
  'behandlingen',
  'behandlinga',
  'plagene',
  'smertene',
]);
const SIZE = new Set(['store', 'sma', 'storre', 'minste', 'storste', 'mindre']);
/** Overwhelmed, overstimulated (folded): a state of too much at once. */
const OVERWHELMED = /^(overveldet|overvelda|overveldes|overveldast|overstimulert|overstimulerte|overstimulerast|overstimuleres)$/;
/** Machines, motors and ovens by the end of their (folded) name: «elektromotorar», «induksjonsomnar», «golvvaskemaskina». */
const MACHINE =
  /(maskin|maskina|maskinen|maskiner|maskinar|maskinene|maskinane|motor|motoren|motorer|motorar|generator|generatorer|generatorar|omn|omnen|omnar|ovn|ovnen|ovner|magnet|magneter|magnetar|magnetfelt|transformator|transformatorer|transformatorar|trafo|trafoer)$/;
const SIZED_NOUN =
  /^(bedrift|bedrifter|bedriftene|firma|firmaer|firmaet|virksomhet|virksomheter|verksemd|verksemder|arbeidsplasser|arbeidsplassar|butikker|butikkar|kommuner|barn|barna|born|borna|ungar|ungane|unger|ungene|elever|elevene|elevar|elevane|pasienter|pasientar|dyr|dyra|dyrene|hunder|hundane|hundene|sosken|barnegruppe|barnegrupper|rom|rommet|lokale|lokaler|lokala|lokalet|kontor|kontorer|kontora|kontoret|avdeling|avdelinger|avdelingar|butikk|steder|stader|plasser|plassar)$/;
const WRITER = new Set(['vi', 'me', 'man', 'undertegnede']);
/** Suited, and unsuited (folded): «egnet», «eigna»; «uegnet», «ueigna». */
const SUITED = /^(egnet|egna|eigna|eignet|skikket|skikka)$/;
const UNSUITED = /^(uegnet|uegna|ueigna|ueignet|uskikket|uskikka)$/;
/** A trade or workplace by name as the subject of what it needs (folded): «reiselivet», «bransjen», «restauranten». */
const TRADE_SUBJECT =
  /^(reiselivet|bransjen|naeringa|naeringen|arbeidsmarkedet|arbeidsmarknaden|restauranten|sykehuset|sjukehuset|lageret|kjeden|kjeda|anlegget|verftet)$/;
/** An employer named by its trade (folded): «byggfirmaet», «rørleggerbedriften», «transportfirmaet». */
const EMPLOYER_COMPOUND = /^\p{L}{3,}(firmaet|firmaa|bedriften|bedrifta|selskapet|foretaket|verkstedet|rederiet)$/u;
/** What a workplace needs or looks for: «trenger», «treng», «søkjer», «manglar», «har behov». */
const EMPLOYER_NEEDS = /^(trenger|treng|trengte|soker|sokjer|sokte|mangler|manglar|onsker|onskjer|behov)$/;
const GENERIC_WORK =
  /^(arbeid|jobb|stilling|yrke|arbeidsoppgave|arbeidsoppgåve|oppgave|oppgåve|arbeidsplass|arbeidsgiver|arbeidsgjevar|sykmeld|sjukmeld|yrkesaktiv|ansatt|tiltak)/;
/** Bending, kneeling, crouching, twisting: movements no measure of standing or walking answers. */
export const BEND_WORD =
  /(^|[^\p{L}])((forover)?bøy(e|er|ar|de|d|gd|ing|inga|ingen|gje)?|foroverlent\p{L}*|knel(e|er|ar|te|ing)?|knestå\p{L}*|huk(e|er|ar|ing|ande|ende)?|vri(r|dd|dning|ing)?)(?=[^\p{L}]|$)/iu;
/** Climbing stairs or ladders: a movement with its own measure (floors, steps). */
const CLIMB_WORD = /(^|[^\p{L}])(trapp\p{L}*|stige|stigen|stiger|stigar|etasje|etasjar|etasjer)(?=[^\p{L}]|$)/iu;
const POSTURE_WORD = /(^|[^\p{L}])(gå|går|gikk|gang|gange|gåing|stå|står|sto|stod|ståing|stående|gjeng|gjekk)/iu;
const WALK_WORD = /(^|[^\p{L}])(gå|går|gikk|gang|gange|gåing|gjeng|gjekk|gangdistanse|gangdistansen|spasere|spaserer)(?=[^\p{L}]|$)/iu;
/** How far or how long the person walks or stands, left unsaid: «kan ikke gå langt», «står ikkje lenge». */
const POSTURE_AMOUNT = /(^|[^\p{L}])(gå|går|gikk|gjeng|gjekk|stå|står|sto|stod)\s+(langt|lenge|lengre|lenger)(?=[^\p{L}]|$)/iu;
const STAND_WORD = /(^|[^\p{L}])(stå|står|sto|stod|ståing|stående|ståande)(?=[^\p{L}]|$)/iu;
const LANGUAGE = new Set([
  'norsk',
  'norsken',
  'norskkunnskaper',
  'norskkunnskapar',
  'norskferdigheter',
  'norskferdigheiter',
  'engelsk',
  'engelsken',
  'svensk',
  'finsk',
  'russisk',
  'arabisk',
  'somali',
  'somalisk',
  'tigrinja',
  'polsk',
  'litauisk',
  'ukrainsk',
  'dari',
  'farsi',
  'urdu',
  'tyrkisk',
  'kurdisk',
  'spansk',
  'tysk',
  'fransk',
  // The minority languages of the north («snakker litt kvensk med besteforeldrene»).
  'samisk',
  'nordsamisk',
  'sorsamisk',
  'lulesamisk',
  'kvensk',
  'romani',
]);
const LANGUAGE_USE =
  /^(snakk|snakke|snakker|snakka|prate|prater|pratar|lese|leser|les|lesing|skrive|skriver|skriv|skriving|forsta|forstar|forstaar|muntlig|munnleg|skriftlig|skriftleg)/;
const SKILL = /^(lese|skrive|regne|data|norsk|sprak|digital|it)(ferdighet|ferdigheit|kunnskap|kompetanse|kunnskaper|kunnskapar)/;
const OBSERVE = /^(sett|observert|fulgt|merket|merka|erfart|registrert|kartlagt|dokumentert|vurdert)$/;
// («Arb.giver», «AG»: the abbreviations, «arb.» and the rest read as two words.)
const EMPLOYER_SUBJECT =
  /^(giver|givar|gjevar|ag|bhg|barnehagen|skolen|skulen|butikken|sykehjemmet|sjukeheimen|hotellet|verkstedet|kantina|kantinen|arbeidsgiver|arbeidsgivar|arbeidsgjevar|arbeidsgiveren|arbeidsgivaren|arbeidsgjevaren|arbeidsplassen|arbeidsplassen|bedriften|bedrifta|firmaet|byraet|fabrikken|rederiet|kommunen|avdelingen|avdelinga|turnusen|turnus|vaktplanen|vaktplana|finnes|finst|fins)$/;
/** «i størst mulig grad», «så langt (det er) mulig», «så mye som mogleg»: as far as may be; «i det tempoet som kreves»,
 * «i normalt tempo»: at the pace asked — how far short is a degree left unsaid too. */
const AS_FAR_AS_POSSIBLE =
  /(^|[^\p{L}])(i\s+(størst|storst|minst)\s+(mulig|mogleg)\s+grad|så\s+langt\s+(det\s+er\s+|som\s+)?(mulig|mogleg)|så\s+mye\s+som\s+(mulig|mogleg)|så\s+mykje\s+som\s+(mulig|mogleg)|i\s+(det\s+)?tempoet\s+som\s+(kreves|krevst|krevjast|trengs|trengst|forventes|forventast)|i\s+(normalt|vanlig|vanleg|fullt|full|ordinært|ordinert)\s+tempo)(?=[^\p{L}]|$)/iu;
/** A trial or training of work arranged by Nav (folded). */
const WORK_TRIAL =
  /^(arbeidsutproving|arbeidsutprovinga|arbeidsutprovingen|utproving|utprovinga|utprovingen|arbeidstrening|arbeidstreninga|arbeidstreningen|praksisplass|hospitering)$/;
/** «tåler ikke telefonvakt», «kan ikkje ha skrankevakt»: a kind of work (a «-vakt», a desk) refused. */
const WORK_REFUSED = /(^|[^\p{L}])(tåler|toler|kan|klarer|klarar)\s+(ikke|ikkje)\s+(ha\s+|ta\s+)?\p{L}*(vakt|vakter|skranke|sentralbord)(?=[^\p{L}]|$)/iu;
/** «(det) påvirker ikke arbeidet», «at dette påverkar arbeidsfunksjonen» after a negation: no effect on work or function. */
const NO_EFFECT_ON_WORK =
  /(^|[^\p{L}])(ikke|ikkje)\s+(\p{L}+\s+){0,4}(påvirker|påverkar|påvirke|påverke|hindrer|hindrar|går\s+ut\s*over)\s+(\p{L}+\s+)?(arbeidsfunksjonen|funksjonen|arbeidet|jobben|arbeidsevna|arbeidsevnen|funksjonsnivået|arbeidskapasiteten)(?=[^\p{L}]|$)/iu;
/** Public transport as a clause's subject, in its definite forms (folded). */
const TRANSPORT_SUBJECT =
  /^(bussen|bussane|bussene|rutebussen|skolebussen|skulebussen|bybussen|toget|togene|toga|ferja|ferga|ferjen|fergen|ferjene|baten|hurtigbaten|snoggbaten|trikken|banen|t-banen|bussforbindelsen|kollektivtransporten|kollektivtilbudet|kollektivtilbodet)$/;
const TRANSPORT_GOES = /^(gar|gjekk|gikk|kjorer|koyrer|kommer|kjem|stopper|stoppar)$/;
const AVAILABLE = new Set(['mulig', 'mogleg', 'tilgjengelig', 'tilgjengeleg']);
const MAY = new Set(['kan', 'vil', 'kunne']);
const CAUSE_VERB = new Set(['gi', 'gje', 'medfore', 'fore', 'utlose']);
const GET_JOB = new Set(['fa', 'finne', 'skaffe', 'soke']);
const TRIGGERED = new Set(['utlost', 'utloyst', 'utloste']);
// Word classes looked up once per token (specials(), in analyze()) instead of once per clause pass.
const S_FUTURE = 1;
const S_ONLY = 2;
const S_JUDGED = 4;
const S_DEMAND_VERB = 8;
const S_DEMAND_NOUN = 16;
const S_GET_JOB = 32;
const S_LANGUAGE = 64;
const S_CAUSE_VERB = 128;
const S_MAY = 256;
const S_TRIGGERED = 512;
const S_AVAILABLE = 1024;
const S_MARKET = 2048;
const MARKET_WORD =
  /(bransjen|bransjar|bransjer|bransjane|bransjene|naeringa|naeringen|naeringsliv|naeringslivet|^arbeidsgivere$|^arbeidsgiverne$|^arbeidsgivarar$|^arbeidsgjevarar$|^arbeidsgjevarane$)$/;
const S_TRIGGER = 4096;
const S_NAV_SUPPORT = 8192;
const S_CONSUMPTION = 16384;
const S_RISK = 32768;
const TRIGGER_WORD = /^(utlost|utloyst|utlosende|utloysande|utlosande)$/;
const SPECIAL = new Map<string, number>();
function addSpecial(words: Iterable<string>, bit: number): void {
  for (const w of words) SPECIAL.set(w, (SPECIAL.get(w) ?? 0) | bit);
}
const HYPO_ADV = /^(varig|varige|vedvarende|vedvarande|eventuell|eventuelt|evt|ytterligere|ytterlegare|mer|meir)$/;
const DEMAND_NOUNS = new Set(['krav', 'kravet', 'krava', 'kravene', 'forventning', 'forventningen', 'forventinga']);
// («lang erfaring», «mye ressurser», «mykje pågangsmot»: how much of a strength the person has, not a limit.)
const EXPERIENCE = new Set([
  'erfaring',
  'erfaringa',
  'erfaringen',
  'fartstid',
  'ansiennitet',
  'praksis',
  'yrkeserfaring',
  'arbeidserfaring',
  'ressurser',
  'ressursar',
  'ressurs',
  'kompetanse',
  'kunnskap',
  'kunnskapar',
  'kunnskaper',
]);
/** «Dette varierer», «det svinger»: a variation of what was just said, named by a pronoun. */
const VARIES_BACK = /^(dette|det|disse|desse)\s+(varierer|varierar|svinger|svingar|veksler|vekslar)\b/iu;
const ALTERNATING = new Set(['varierende', 'vekslende', 'vekslande', 'variert', 'varierte', 'varierande', 'variabel', 'variabelt', 'variable']);
const OUTCOME_BEFORE = /^(beste|verste|godt|gode|darleg|darlig|sannsynleg|sannsynlig|mogleg|mulig|forventa|forventet|usikkert|usikker|ukjent|endelig|endeleg)$/;
const HOLD = new Set(['holde', 'holder', 'held', 'heldt', 'holdt', 'halde']);
const WRITE = new Set(['skriv', 'skriver', 'skrev', 'skreiv', 'skrive', 'skrevet', 'skriven']);
const LOST_THING =
  /(yrke|yrket|yrker|jobb|jobben|jobbar|jobber|jobbene|jobbane|stilling|stillinga|stillingen|stillinger|stillingar|arbeid|arbeidet|arbeidsplass|arbeidsplassen|ben|benet|bein|beinet|fot|foten|arm|armen|hand|handa|handen|finger|fingeren|fingre|fingrer|fingrane|tommel|tommelen|oye|oyet|synet|horselen|nyre|nyra|nyren|lunge|lunga|lungen|bryst|brystet|kontrakt|kontrakten|forerkort|forerkortet|forarkort|forarkortet|sertifikat|sertifikatet|lisens|lisensen|autorisasjon|autorisasjonen|adgangskort|adgangskortet|tilgangskort|tilgangskortet|ytelse|ytelsen|rett|retten|muligheten|mulighetene|moglegheita|moglegheitene|moglegheitane)$/;
/** Deciding or finding out: «tid til å avklare / vurdere / finne ut». */
const DECIDE = /^(avklare|avklara|vurdere|vurdera|finne|bestemme|bestemma|tenke|tenkje|sjekke|undersoke|utrede|greie_ut|planlegge|planleggje|orientere)$/;
// («hjelp med graderinga og søknad om tilretteleggingstilskot», «informasjon om sjukepengar»: Nav's paperwork.)
const SUPPORT_TASK =
  /^(cv|jobbs|soknad|soking|intervju|arbeidsgiverkontakt|okonomi|bolig|bustad|papir|skjema|nav$|jobbmatch|formidling|arbeidssok|gradering|tilskot|tilskudd|tilretteleggingstilsk|informasjon|sykepeng|sjukepeng|reiseutgift|reisetilsk|transport)/;
const WORKS_AS_PLANNED = new Set(['fungerer', 'fungerar', 'fungerte', 'fungere', 'fungert']);
const ARRANGEMENT =
  /^(tilretteleggingen|tilretteleggja|tilrettelegginga|ordningen|ordninga|opplegget|planen|tiltaket|tiltakene|tiltaka|samarbeidet|behandlingen|behandlinga|medisinen|medisineringen|medisineringa|opptrappingen|opptrappinga|opptrappingsplanen|avtalen|avtala|hjelpemidlene|hjelpemidla|gradering|graderingen|graderinga|sykmeldingen|sjukmeldinga|utprovingen|utprovinga|arbeidsutprovingen|arbeidsutprovinga|turnusen|turnusordningen|turnusordninga)$/;
const NEED_NOUN = /^(behov|behovet|trong|trongen|ettersporsel|ettersporselen|mangel|mangelen)$/;
/** Workers in the plural, as the labour market needs them. */
const WORKERS =
  /(arbeidere|arbeidarar|pleiere|pleiarar|laerere|laerarar|sjaforer|sjaforar|forere|forarar|operatorer|operatorar|ingeniorer|ingeniorar|assistenter|assistentar|ansatte|tilsette|folk|arbeidskraft|kokker|kokkar|snekkere|snekkarar|elektrikere|elektrikarar|montorer|montorar|vektere|vektarar|selgere|seljarar|renholdere|reinhaldarar)$/;
const ATTENDANCE = /^(oppmote|oppmotet|frammote|frammotet|fremmote|fremmotet)$/;
const WORKS = /^(jobber|jobbar|jobbet|jobba|arbeider|arbeidar|arbeidet|arbeidde|jobbe|arbeide)$/;
const LEARNING_DISORDER = /^(lese|skrive|regne|rekne|matte|matematikk)vansk(er|ar|ene|ane)$/;
const CAREFUL = new Set(['forsiktig', 'forsiktige', 'varsam', 'varsame']);
/** «Det er/var ikke (lenger) X som …», «det er ingen X som …»: the «som» at `som` closes a cleft that is denied. */
function cleftDenied(tokens: Token[], som: number): boolean {
  for (let k = som - 1; k >= Math.max(1, som - 7); k--) {
    const f = tokens[k]!.f;
    if (tokens[k]!.k !== KD.Word) return false;
    if (/^(ikke|ikkje|ingen|inga|ingenting)$/.test(f)) return /^(er|var|ble|blir)$/.test(tokens[k - 1]!.f) && /^(det|der)$/.test(tokens[k - 2]?.f ?? '');
  }
  return false;
}
/** Work as the thing a health problem affects (not «arbeidsevnen»: that is the verdict). */
const AFFECTED_WORK =
  /^(arbeidet|jobben|jobbinga|arbeidsdagen|arbeidskvardagen|arbeidshverdagen|yrkesutovelsen|arbeidsutforelsen|arbeidsinnsatsen|hverdagen|kvardagen|alt|dagen|dagane|dagene|funksjonen|funksjonsnivaet)$/;
/** «reduserer (dette) X» where none of the next words names a function, an activity or function as such. */
function reducesIllness(tokens: Token[], flags: Uint32Array, flags2: Uint32Array, i: number, b: number): boolean {
  if (!/^reduser(er|ar|te|e)$/.test(tokens[i]!.f)) return false;
  for (let k = i + 1; k < Math.min(b, i + 5); k++) if (flags[k]! & (AREA_MASK | F.FN | F.ACT | F.WORK) || flags2[k]! & G.GENERIC) return false;
  return true;
}
/** «påvirker ikke», «begrensar henne ikkje», «hindrer ikke»: a finite verb of limiting, denied right after it. */
function deniedVerb(tokens: Token[], i: number, b: number): boolean {
  if (!/^(pavirk|paverk|preg|begrens|avgrens|hindr)(er|ar)$/.test(tokens[i]!.f)) return false;
  const k = PERSON.has(tokens[i + 1]?.f ?? '') || /^(henne|ham|han|honom|seg|meg|deg|dei|dem)$/.test(tokens[i + 1]?.f ?? '') ? i + 2 : i + 1;
  return k < b && /^(ikke|ikkje|aldri)$/.test(tokens[k]!.f);
}
/** «påvirker/påverkar/preger (…) X», «går/gjekk ut over X»: X is affected. */
function affectedBy(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const f = tokens[k]!.f;
    if (/^(pavirk|paverk|preg|begrens|avgrens|hindr)(er|ar|et|a|e)?$/.test(f)) return true;
    if ((f === 'utover' || f === 'over') && GO.has(tokens[f === 'over' ? k - 2 : k - 1]?.f ?? '')) return true;
    if (tokens[k]!.k !== KD.Word) return false;
  }
  return false;
}
const GO = new Set(['ga', 'gar', 'gikk', 'gatt', 'gjekk', 'gaatt']);
const SUBJECT_PERSON = /^(pasienten|pasient|brukeren|brukaren|bruker|brukar)$/;
/** Situations or things named only by what they set off («situasjoner som kan trigge tilbakefall»). */
const EFFECT_SITUATION = ['situasjoner', 'situasjonar', 'situasjonene', 'situasjonane', 'ting', 'aktiviteter', 'aktivitetar'];
const SETS_OFF = /^(trigge|trigger|triggar|utlose|utloser|utlosar|provosere|provoserer|provoserar|forverre|forverrer|forverrar)$/;
const PERIODS = /^(perioder|periodar|periodene|periodane|helger|helgar|helgene|helgane|fridager|fridagar|fridagene|fridagane|kvelder|kveldar|tider)$/;
const MEDICINE_WORD = /^(medisin|medikament|tablett|blodtrykksmedisin|antidepressiv|smertestillende|insulin|cellegift|biologisk|hormon)/;
const DRUG_END =
  /.{3}(mab|nib|pril|sartan|olol|statin|prazol|triptan|tiazid|azepam|oksin|xin|cillin|mycin|olon|ralin|oksetin|apin|idon|tamol|amid|afil|parin)$/;
/** A medicine at token k: a medicine word, a drug name by its ending, or any word with a dose after it. */
function onMedicine(tokens: readonly Token[], k: number): boolean {
  const f = tokens[k]?.f ?? '';
  if (tokens[k]?.k !== KD.Word) return false;
  return MEDICINE_WORD.test(f) || DRUG_END.test(f) || (tokens[k + 1]?.k === KD.Num && DOSE_UNIT.test(tokens[k + 2]?.f ?? ''));
}
/** Limitations as a noun, what a person «har» («har store begrensninger»). */
const LIMITS_NOUN = ['begrensninger', 'begrensningar', 'avgrensingar', 'avgrensninger', 'begrensning', 'avgrensing'];
const DEGREE_BEFORE = /^(en|ein|del|noen|nokre|visse|store|betydelige|betydelege|klare|tydelige|tydelege|vesentlige|vesentlege|sine|hennar|hans|hennes)$/;
/** «kaste» folded: with «opp» it is to vomit, a symptom. */
const THROW_UP = ['kaste', 'kaster', 'kastar', 'kasta', 'kastet', 'kastast'];
// «trappe», «trappes», «trappast», «trappet» are only ever the verb; «trapper», «trappar», «trappa» are the verb after
// its subject or «og» («vi trapper opp», «og trappa ned att»), the stairs otherwise.
const STEP_VERB = /^(trappe|trappes|trappast|trappet|trappa|trapper|trappar)$/;
const STEP_VERB_ONLY = /^(trappe|trappes|trappast|trappet)$/;
/** Working days, shifts or activity, each of which the person must recover from. */
const AFTER_EACH =
  /^(arbeidsdag|arbeidsdagar|arbeidsdager|arbeidsdagen|arbeidsdagane|arbeidsdagene|vakt|vakter|vakta|vaktene|vaktane|jobb|jobben|arbeid|arbeidet|aktivitet|aktiviteter|aktivitetar|okt|okter|oktar|okta|okten|belastning|belastninger|belastningar|anstrengelse|anstrengelser|anstrengingar|skift|skiftet|kveldsvakter|kveldsvakt|nattevakt|nattevakter|dagvakter|dagvakt|arbeidsokter|arbeidsokt)$/;
/**
 * «det tar lang tid å hente seg inn etter arbeidsdager», «det tek lang tid før ho er uthvilt etter ei vakt»: how long
 * («ta» … «tid» at token i) it takes to recover after each day or shift at work.
 */
function recoversAfterWork(tokens: readonly Token[], i: number, b: number): boolean {
  if (!/^(ta|tar|tek|tok|tatt)$/.test(tokens[i - 2]?.f ?? '')) return false;
  for (let k = i + 1; k + 1 < b && k <= i + 8; k++) {
    if (tokens[k]!.f !== 'etter') continue;
    const n = /^(ein|en|ei|eit|et|hver|hvert|kvar|kvart|slike|lange|lengre)$/.test(tokens[k + 1]!.f) ? k + 2 : k + 1;
    return AFTER_EACH.test(tokens[n]?.f ?? '');
  }
  return false;
}
/** «skriv med om lag halve farten av tidlegare», «bruker dobbelt så lang tid»: a speed or a time measured against the
 * person's own before, at token k. */
function speedAgainstOwn(tokens: readonly Token[], k: number): boolean {
  return (
    /^(halve|halv|halvparten|dobbel|dobbelt|tredjedelen|firedelen)$/.test(tokens[k]!.f) &&
    /^(farten|fart|tempoet|tempo|hastigheten|hastigheit|tida|tiden|tid|sa|av)$/.test(tokens[k + 1]!.f) &&
    (tokens[k + 1]!.f !== 'sa' || /^(lang|lenge|mykje|mye)$/.test(tokens[k + 2]?.f ?? '')) &&
    (tokens[k + 1]!.f !== 'av' || /^(farten|tempoet|hastigheten|tida|tiden)$/.test(tokens[k + 2]?.f ?? ''))
  );
}
/** «klarte ca 80 % av tempoet til de andre»: a share of the pace of others, or of the person's own before, at token k. */
function shareOfPace(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]!.k === KD.Num &&
    /^(%|prosent)$/.test(tokens[k + 1]!.f) &&
    tokens[k + 2]!.f === 'av' &&
    /^(farten|tempoet|tempo|hastigheten|hastigheita|arbeidstempoet|produksjonen|normalen|normalt)$/.test(tokens[k + 3]?.f ?? '')
  );
}
/** «har (nå) redusert», «har derfor begrenset»: the «har» of a perfect before the participle at token i, past at most
 * `max` words `skip` allows; its index, or -1. */
function perfectAux(tokens: readonly Token[], i: number, skip: RegExp, max: number): number {
  let k = i - 1;
  while (k > i - 1 - max && skip.test(tokens[k]?.f ?? '')) k--;
  return /^(har|hadde|ha)$/.test(tokens[k]?.f ?? '') ? k : -1;
}
/** A lifting word among the statement's tokens before token k. */
function liftBefore(flags: ArrayLike<number>, a: number, k: number): boolean {
  for (let j = a; j < k; j++) if (flags[j]! & B_LIFT) return true;
  return false;
}
function steppedUpOrDown(tokens: Token[], i: number): boolean {
  const f = tokens[i]!.f;
  if (!STEP_VERB.test(f)) return false;
  if (STEP_VERB_ONLY.test(f)) return true;
  const prev = tokens[i - 1]?.f ?? '';
  return PERSON.has(prev) || /^(vi|og|me|eg|jeg|man|ein|en)$/.test(prev);
}
/** «stå» folded, in the forms the idioms about standing use. */
const STAND = new Set(['sta', 'star', 'sto', 'stod', 'statt']);
const WENT_OK = /^(bra|fint|greit|greitt|godt|ok|problemfritt)$/;
/** «… gikk bra», «… gjekk greitt» later in the clause: how something went, an outcome the person managed. */
function wentWell(tokens: readonly Token[], i: number, b: number): boolean {
  for (let k = i + 1; k + 1 < b; k++) if (GO.has(tokens[k]!.f) && WENT_OK.test(tokens[k + 1]!.f)) return true;
  return false;
}
/** A word of manner by its ending (utydelig, ustøtt, haltende, anstrengt) or a few plain ones (sakte, tregt, hes). */
const HOW = /^(\p{L}{3,}(lig|leg|ende|ande|aktig)|u\p{L}{3,}t|sakte|tregt|treigt|langsomt|hes|stivt|anstrengt|nasalt|snovlete|uklart)$/u;
/** The word starts with ø or Ø as typed: «økt» (a session, increased), not «okt» (October), which fold alike. */
function typedWithOe(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.s);
  return c === 0xf8 || c === 0xd8;
}
/** A place of work one leaves («gå frå avdelinga», «gå fra jobben»). */
const WORKPLACE_LEFT =
  /^(avdelinga|avdelingen|avdeling|posten|vakta|vakten|jobben|jobb|arbeidet|arbeidsplassen|kontoret|butikken|skiftet|kassa|kassen|pasientene|pasientane|barna|borna|ungane|elevene|elevane)$/;
const AMOUNT_WORD = /^(mye|mykje|lite|litt|mer|meir|mest|noe|noko|mange|fleire|flere|store|stor|stort|storre|storst|hyppig|hyppige|ofte)$/;
/** Foreseeing: «forventer», «venta», «truleg». */
const EXPECTS =
  /^(forventer|forventes|forventet|forventa|forventar|venter|ventar|venta|ventes|ventast|trolig|truleg|sannsynlig|sannsynleg|vidare|videre|ytterligere|ytterlegare)$/;
/** Getting better or more, as a noun or a verb (folded): «bedring», «aukar», «øker», «bedres». */
const BETTER = /^(bedring|betring|endring|forbedring|okning|auke|oker|okar|aukar|auker|bedres|betrast|bedrer|betrar|bedre|betre)$/;
/** A degree before a change denied («ingen vesentlig endring»). */
const MUCH = /^(vesentlig|vesentleg|stor|store|betydelig|betydeleg|serlig|saerlig|saerleg|merkbar|nevneverdig|nemneverdig)$/;
/** Forms of «gjøre» and the words that count mistakes («gjør flere feil», «gjer mange feil»). */
const DOES = /^(gjor|gjer|gjorde|gjere|gjore|gjort|flere|fleire|mange|mye|mykje|noen|nokre|hyppige|hyppig)$/;
/** Recovery that comes at a pace: «bedring», «framgang», «tilheling». */
const RECOVERY =
  /^(bedring|bedringa|bedringen|betring|betringa|framgang|fremgang|framgangen|fremgangen|tilheling|tilhelinga|tilhelingen|progresjon|progresjonen|rehabiliteringa|rehabiliteringen|opptreninga|opptreningen)$/;
const LIMIT_NOUNS = new Set([
  'begrensning',
  'begrensninger',
  'begrensningen',
  'begrensningene',
  'begrensing',
  'begrensinga',
  'begrensingen',
  'avgrensing',
  'avgrensinga',
  'avgrensingar',
  'avgrensingane',
]);
/** Slower, as a comparative: the person's pace, or a recovery's («bedring, men langsommere enn vanlig»). */
const SLOWER = new Set(['langsommere', 'langsomere', 'saktere', 'seinare', 'senere', 'tregere', 'tregare']);
/** Workplaces and employers in the plural: «bakerier», «bedrifter», «arbeidsgivere», «butikker», «hoteller». */
const EMPLOYERS =
  /^(\p{L}*(erier|eria|ier)|\p{L}*(bedrifter|bedrifte|verksemder|virksomheter|arbeidsgivere|arbeidsgjevarar|firma|firmaer|butikker|butikkar|hoteller|hotell|kafeer|kafear|restauranter|restaurantar|verksteder|verkstader|sykehjem|sjukeheimar|barnehager|barnehagar|skoler|skular|kommuner|kommunar|jobber|jobbar|stillinger|stillingar|arbeidsplasser|arbeidsplassar|sentre|sentra|kjeder|kjedar|aktorer|aktorar))$/u;
/** The token as written has «å» (or «aa»), which folding turned into «a»: «låge», «låve», «måtte». */
function withAa(text: string, t: Token): boolean {
  return /å|aa/i.test(text.slice(t.s, t.e));
}
/** A number with a unit of time within the three words after i («kasse maks 1 time»). */
function timeSoonAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k + 1 < tokens.length; k++) if (tokens[k]!.k === KD.Num && UNITS.get(tokens[k + 1]!.f)?.cls === 'time') return true;
  return false;
}
/** A medical work-up not done: «ikke utredet», «ikkje avklart». */
const NOT_DONE = /^(utredet|utreda|utgreidd|utgreia|avklart|avklara|diagnostisert|kartlagt|undersokt|vurdert)$/;
/** To like or thrive: «liker ikke», «trivst ikkje» (not «like»: «ikkje like mykje som før» is «as much»). */
const LIKES = /^(liker|likar|likte|trives|trivst|trivdes)$/;
/** «stemmer», «stemte»: agrees, as a verb («det stemmer ikke med …»). */
const AGREES = /^(stemmer|stemmar|stemte|stemde|stemt)$/;
/** «hvor mye man kan love», «kor lenge ein kan vente»: how much the writer or anyone can promise or expect. */
const WHAT_TO_PROMISE =
  /(^|[^\p{L}])(hvor|kor)\s+(mye|mykje|lenge|langt|fort|raskt)\s+(man|vi|me|en|ein|jeg|eg)\s+(kan|kunne|skal|bør|vil|tør|tor)\s+(love|lova|si|seie|forvente|forventa|vente|anslå|garantere|spå)(?=[^\p{L}]|$)/iu;
/** «Gradert arbeid er (derfor) vanskelig å planlegge»: the writer's (or employer's) planning, not the person's. */
const HARD_TO_JUDGE =
  /^(\p{L}+\s+){1,3}(er|blir|vert)\s+(derfor\s+|nok\s+|foreløpig\s+)?(vanskelig|vanskeleg|umulig|umogleg)\s+å\s+(planlegge|planleggje|legge\s+opp|leggje\s+opp)(?=[^\p{L}]|$)/iu;
/**
 * «Full jobb som tømrer blir trolig vanskelig», «Retur til stillinga som lærar vert vanskeleg»: a prognosis for the
 * named job as a whole, not a function left unmeasured.
 */
const JOB_PROGNOSIS_HARD =
  /^(full\s+|fullt\s+|heil\s+|hel\s+)?(jobb|jobben|stilling|stillinga|stillingen|arbeid|arbeidet|retur|tilbakegang|tilbakeføring)\s+(\p{L}+\s+){0,3}(blir|vert|vil\s+bli|vil\s+verte)\s+(trolig|truleg|nok|sannsynligvis|sannsynlegvis)?\s*(vanskelig|vanskeleg|krevende|krevjande)(?=[^\p{L}]|$)/iu;
/** A heading for what sets off attacks: «Utløsere:», «Utløysarar:», «Triggere:». */
const TRIGGERS_HEADING = /^(utlosere|utlosarar|utloysarar|utloysande|utlosende|triggere|triggarar|triggers|triggerfaktorer)$/;
/** Plans, the noun: «ingen planar», «ingen suicidale planer». */
const PLANS = /^(plan|planer|planar|planene|planane|selvmordsplaner|sjolvmordsplanar|suicidalplaner)$/;
/** Medication words and common drug-name endings («escitalopram», «sertralin», «pregabalin», «metoprolol»). */
const MEDICATION =
  /^(medisin\p{L}*|medikament\p{L}*|tablett\p{L}*|antidepressiv\p{L}*|smertestillende|smertestillande|sovemedisin\p{L}*|ssri|snri|dose|dosen|\p{L}{3,}(pram|pam|etin|alin|faxin|fa[ks]in|apin|azin|prazol|olol|pril|sartan|statin|mab|adon|idon|tamol|abalin|xyklin|cyklin|kodon|fenidat|amfetamin))$/u;
/** A medication, or a dose within three words, from i on («escitalopram 20 mg», «50 mg sertralin»). */
function onMedication(tokens: Token[], i: number): boolean {
  if (MEDICATION.test(tokens[i]?.f ?? '')) return true;
  for (let k = i; k <= i + 2 && k + 1 < tokens.length; k++) if (tokens[k]!.k === KD.Num && UNITS.get(tokens[k + 1]!.f)?.cls === 'dose') return true;
  return false;
}
const WAKES = /^(vakner|vaknar|vakna|vaknet|vakne)$/;

/** One or two words for a kind of work, then the work («tungt fysisk arbeid», «krevende jobb»), from token k. */
function kindOfWorkAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 2 && KIND_OF_WORK.test(tokens[j]?.f ?? ''); j++)
    if (/^(arbeid|arbeidet|jobb|jobben|stilling|stillinga|stillingen|yrke|yrket)$/.test(tokens[j + 1]?.f ?? '')) return true;
  return false;
}
const KIND_OF_WORK =
  /^(tungt|tung|tunge|fysisk|fysiske|krevende|krevjande|hardt|hard|harde|manuelt|manuell|stressende|stressande|belastende|belastande|aktivt|aktiv|ordinaert|ordinart|vanlig|vanleg)$/;

/** The till: «stå i kassa», «sitte ved kassen». */
const TILL = new Set(['kassa', 'kassen', 'kasse']);
const MAIN_PROBLEM = new Set([
  'hovedproblemet',
  'hovedproblem',
  'hovudproblemet',
  'hovudproblem',
  'hovedutfordringen',
  'hovedutfordring',
  'hovudutfordringa',
  'hovudutfordring',
  'hovedplagen',
  'hovudplaga',
  'hovedbegrensningen',
  'hovudavgrensinga',
]);
const UNKNOWN_MEASURE =
  /(uklart|usikkert|ukjent|ikke\s+kjent|ikkje\s+kjent|vanskelig\s+å\s+si|vanskeleg\s+å\s+seie|for\s+tidlig\s+å\s+si|for\s+tidleg\s+å\s+seie)\s+((hvor|kor|kva|hva)\s+(mange|mye|mykje|lenge|lang|ofte)\s|(hvordan|korleis|kordan)\s+(\p{L}+\s+){1,2}(vil|kjem\s+til\s+å|kommer\s+til\s+å)\s+(fungere|klare|greie|utvikle))/iu;
/** A limit in the definite form («tastaturbegrensningen», «avgrensinga»): one already named. */
const DEFINITE_LIMIT = /(begrensningen|begrensninga|begrensningene|begrensingen|begrensinga|avgrensinga|avgrensingane)$/;
/** A modal or a verb of accepting, after «noe»/«noko» and its subject: «…, noko arbeidsgjevar må tole». */
const ACCEPT_AFTER = /^(ma|maa|kan|vil|skal|bor|taler|toler|aksepterer|godtek|godtar)$/;
/** What a limit already named does over time: «oppheves», «gjelder», «varer». */
const LIMIT_HOLDS = /^(oppheves|opphevast|oppheva|faller|fell|gjelder|gjeld|varer|varar|opphorer|opphoyrer|vil|skal|blir|vert)$/;
/** A demonstrative that points back: «denne», «disse», «desse», «slike». */
const POINT_BACK_DET = /^(denne|dette|disse|desse|slike|sånne|nevnte|omtalte)$/;
const SLOW = new Set(['seint', 'sakte', 'tregt', 'langsomt', 'seinare', 'saktere', 'tregare', 'tregere', 'seigt']);
const CHALLENGING = new Set(['utfordrende', 'utfordrande']);
const DRUG_HEAD = /^(hemmer|hemmar|hemmere|hemmarar|blokker|blokkar|blokkere)$/;
const BAD_DAY = /^(dag|dagar|dager|dagane|dagene|periode|perioder|perioda|periodar|periodane|periodene|netter|natter|uker|veker|dogn|tider)$/;
/** The kind of strain before a degree of it: «fysisk krevende», «psykisk belastende». */
const KIND_OF_STRAIN = /^(fysisk|psykisk|mentalt|mental|kognitivt|kognitiv|emosjonelt)$/;
/** How hard work is, with no measure: «tungt», «belastende», «krevjande», «slitsomt»; what it strains, with no measure
 * either: «ryggbelastende», «hudbelastande». */
const STRAINING =
  /^(tung|tungt|tunge|tyngre|\p{L}{0,12}belastende|\p{L}{0,12}belastande|krevende|krevjande|slitsom|slitsomt|slitsomme|slitsam|slitsamt|slitsame|anstrengende|anstrengjande|hardt|harde|toft|toffe)$/u;
const PLAIN_WORK = new Set(['arbeid', 'arbeidet', 'jobb', 'jobben', 'jobbar', 'jobber']);
/**
 * «arbeid med maskiner», «jobbing ved kassa» before b (the limiting word: «… bør begrenses»): work named by what it is
 * done with, a kind of task that is limited, not the job or its share.
 */
function workWith(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k + 2 < b; k++)
    if (
      /^(arbeid|arbeide|jobbing|jobbe)$/.test(tokens[k]!.f) &&
      /^(med|ved)$/.test(tokens[k + 1]!.f) &&
      tokens[k + 2]!.k === KD.Word &&
      !GENERIC_WORK.test(tokens[k + 2]!.f)
    )
      return true;
  return false;
}
/** Situations named by nothing but their number: «mange situasjoner», «fleire samanhengar». */
const SITUATIONS = /^(situasjon|situasjoner|situasjonar|sammenhenger|samanhengar|sammenhengar|settinger|sammenheng|samanheng)$/;
/** Nouns that name nothing but what the word before them says of it: «belastende situasjoner», «de tunge tingene». */
const BARE_THINGS = /^(situasjon|situasjoner|situasjonar|situasjonene|situasjonane|ting|tinga|tingene|gjenstander|gjenstandar|gjenstandene|gjenstandane)$/;
const LEGGE = /^(legge|legger|legges|leggast|leggjast|la|lagt|lagde|leggje|legg|leggjer|lagd|vektlegge)$/;
const POSTURE =
  /^(stilling|stillingen|stillinga|arbeidsstilling|arbeidsstillingen|arbeidsstillinga|arbeidsstillinger|arbeidsstillingar|posisjon|posisjonen|stillinger|stillingar)$/;
const KEEP_TRACK = /^(traden|fokus|fokuset|oversikt|oversikta|oversikten|orden|styr|konsentrasjonen|konsentrasjon|merksemda|oppmerksomheten)$/;
// "kjem seg (ikkje) ut", "kommer seg ikke opp": getting going.
const GET_GOING = /^(ut|opp|avgarde|igang|i|pa)$/;
const NOT = /^(ikke|ikkje|ikkj|aldri|sjelden|sjeldan)$/;
// Every word idiom() looks at, so the check costs one lookup for all other tokens. Built from the sets it uses.
/** Work or a task of it: «arbeidet», «jobben», «røktararbeidet», «stellet». */
function jobWord(f: string): boolean {
  const [a, b] = classify2(f);
  return !!(a & (F.WORK | F.ACT) || b & (G.VERDICTW | G.TASKN));
}
const SMOKES_LIST = ['royker', 'roykar', 'royke', 'royka', 'roykte', 'roykt', 'roykjer'];
const SMOKES = new Set(SMOKES_LIST);
/** Job titles spelt like a function word: «vekter» (a guard; weights), «bærer» (a porter; carries). */
const TITLE_HOMOGRAPHS = new Set(['vekter', 'vekteren', 'vektere', 'vekterne', 'baerer', 'baerar', 'baeraren', 'berar', 'beraren']);
/** «høyt over hodet»: a height named by the body. */
const HIGH = new Set(['hoyt', 'hogt', 'hoye', 'hoge']);
/** «(søvn) og konsentrasjon»: a function other than sleep joined right after the word at k. */
function functionJoined(tokens: readonly Token[], flags: Uint32Array, flags2: Uint32Array, k: number): boolean {
  if (!/^(og|eller|samt)$/.test(tokens[k + 1]?.f ?? '') || !tokens[k + 2]) return false;
  return (flags[k + 2]! & (F.FN | AREA_MASK)) !== 0 && !(flags2[k + 2]! & G.SLEEP) && !(flags[k + 2]! & F.SYMPT);
}
/**
 * «kombinere med vaktplanen (8 t vakter, 2 operatører per skift)»: a measure inside a bracket opened right after a
 * schedule spells out the job's hours, not what the person manages.
 */
function inScheduleBracket(text: string, tokens: Token[], b: number, at: number): boolean {
  const op = text.lastIndexOf('(', at);
  if (op < 0 || text.lastIndexOf(')', at) > op) return false;
  // (Within the sentence: reuse.ts takes a sentence's statements over on the sentence and a few tokens around it.)
  const last = Math.min(b, tokens.length) - 1;
  const sent = tokens[last]!.sent;
  for (let k = last; k >= 0 && tokens[k]!.sent === sent; k--) if (tokens[k]!.e <= op) return tokens[k]!.k === KD.Word && SCHEDULE_NOUN.test(tokens[k]!.f);
  return false;
}
/** Places named by their kind, indefinite («skytebane», «fryselager», «sprøytehall»): compounds on a place noun. */
const PLACE_KIND = /.{3}(bane|hall|rom|lager|verksted|verkstad|kjokken|kjoken|plattform|stasjon|boks|kammer|tank|brudd)$/;
/** A clinic, a unit, a course or a programme, named by what it is for («poliklinikk for langvarige senvirkninger»). */
const INSTITUTION =
  /(klinikk|klinikken|avdeling|avdelingen|avdelinga|senter|senteret|team|teamet|enhet|enheten|eining|eininga|kurs|kurset|program|programmet|tilbud|tilbudet|tilbod|tilbodet|gruppe|gruppa|gruppen|forening|foreningen|foreininga)$/;
/** A condition for what was said before it in the sentence («så lenge han står på oksykodon»). */
const GROUNDS = /(^|[\s,])(så lenge|so lenge)(?=[\s,]|$)/iu;
/** A clause that opens with examples («f.eks. …», «som …», «blant anna …») and a named thing after. */
const EXAMPLES = /^(f\.\s?eks\.?|feks\.?|for eksempel|til dømes|t\.\s?d\.|bl\.\s?a\.|blant annet|blant anna|slik som|som)\s+\p{L}{4,}/iu;
/** Tasks counted by a degree («en del (lettere) oppgaver», «nokre oppgåver», «enkelte gjøremål»). */
function countedTasks(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (TASK_PLURAL.test(tokens[k]!.f))
      for (let j = k - 1; j >= a && j >= k - 2; j--) if (/^(del|noen|nokre|noko|enkelte|einskilde|visse|somme|flere|fleire)$/.test(tokens[j]!.f)) return true;
  return false;
}
/** Demands («krav», «kravene») that a clause after them may only point at. */
const POINTED_DEMANDS = /^(krav|kravene|krava)$/;
/** «(krav) som følger med / hører til / det innebærer». */
const COMES_WITH = /^(folger|folgjer|horer|hoyrer|stilles|stillast|innebaerer|inneber|medforer|gir|gjev)$/;
/** Demands at token k pointed at by the clause after them: «krav som følger med», «krava det inneber». */
function demandsPointedAt(tokens: readonly Token[], k: number): boolean {
  if (!POINTED_DEMANDS.test(tokens[k]?.f ?? '')) return false;
  // («Vanlige krav som i kontorarbeid», «Krav som i vanleg kontorarbeid»: the demands of a kind of work, by
  // comparison, none of them named.)
  if (tokens[k + 1]?.f === 'som' && /^(i|ved|pa|for|hos)$/.test(tokens[k + 2]?.f ?? '')) return true;
  return /^(som|det|dette)$/.test(tokens[k + 1]?.f ?? '') && COMES_WITH.test(tokens[k + 2]?.f ?? '');
}
/** Token i is the demands, the verb or its particle in «krav som følger med», «krava som høyrer til». */
function pointedDemand(tokens: readonly Token[], i: number): boolean {
  const f = tokens[i]!.f;
  return demandsPointedAt(tokens, i) || demandsPointedAt(tokens, i - 2) || ((f === 'med' || f === 'til') && demandsPointedAt(tokens, i - 3));
}
/** A clause that opens «gjør at …», «fører til at …» takes the clause before it as its cause. */
const CAUSES_THAT = /^(gjor|gjer|gjorde|forer|forte|medforer|medforte)$/;
/** The limb a weight-bearing order is for, its side, and where it holds. */
const WEIGHT_LIMB =
  /^(av|pa|hoyre|venstre|hogre|ho|ve|hand|handa|handen|hanna|hender|hendene|arm|armen|fot|foten|bein|beinet|ben|benet|kne|kneet|skulder|skuldra|skulderen|handledd|handleddet|ankel|ankelen|hofte|hofta|hoften|arbeid|arbeidet|jobb|jobben)$/;
/** Before «få» as the verb «get» («kan få», «ikkje få»), not the quantifier «few». */
const MODAL_GET = /^(kan|kunne|vil|ville|skal|skulle|ma|bor|a|ikke|ikkje)$/;
/** What must be done («det nødvendige», «det naudsynte», «det aller mest nødvendige»). */
const NECESSARY = /^(nodvendige|nodvendigste|naudsynte|naudsynlege|absolutt|aller|mest|minste|nodvendig)$/;
/** Limits as a noun, denied whole («ingen begrensninger for …»). */
// («ingen fysiske hensyn», «inga særskilde omsyn», «ingen psykisk skjerming»: nothing to consider or shield from is
// no limit either.)
const NO_LIMIT_NOUN =
  /^(begrensning|begrensninger|begrensningar|avgrensing|avgrensingar|avgrensingane|restriksjon|restriksjoner|restriksjonar|hindringer|hindringar|forbehold|atterhald|hensyn|omsyn|saerhensyn|saeromsyn|skjerming|skjerminga|skjermingen)$/;
/** How often appointments come: «samtaler annenhver uke», «samtalar kvar veke». */
const APPOINTMENT_RATE = /^(annenhver|annakvar|annankvar|hver|kvar|ukentlig|ukentleg|manedlig|manadleg|jevnlig|jamleg|regelmessig|regelmessige)$/;
/** What is kept in isolation («isolerte pasienter», «isolert rom»): a kind of patient or room. */
const ISOLATED_WHAT =
  /^(pasienter|pasientar|pasient|pasientene|pasientane|beboere|bebuarar|brukere|brukarar|rom|romma|rommene|rommet|enhet|enheter|post|poster|smittepasienter)$/;
/** What follows «gå av» when it is retiring: «med pensjon», «med AFP», «for aldersgrensen». */
const RETIRE_AFTER = /^(med|og|for|som|ved|no|na|tidleg|tidlig)$/;
/** Results and papers, as the subject of a clause («svaret er ikkje kome»). */
const RESULT_SUBJECT =
  /^(svar|svaret|provesvar|provesvaret|resultat|resultatet|resultata|resultatene|rapport|rapporten|epikrise|epikrisen|epikrisa|vedtak|vedtaket|henvisning|henvisningen|tilvising|tilvisinga|innkalling|innkallinga|innkallingen|brev|brevet|soknad|soknaden)$/;
/** A work schedule or shift pattern, spelt out in a bracket after it. */
const SCHEDULE_NOUN =
  /(skiftplan|skiftplanen|skiftplanar|skiftordning|skiftordninga|skiftordningen|vaktplan|vaktplanen|turnus|turnusen|turnusplan|turnusplanen|arbeidstidsordning|arbeidstidsordninga|arbeidstidsordningen)$/;
/** What one knows («kan lite norsk», «kan ikke så mye annet»). */
const KNOWN = /^(annet|anna|norsk|engelsk|data|morsmalet|lesing|skriving|regning|matte|fag|faget)$/;
/** Limbs that rest raised («med beina høgt»). */
const RAISED_LIMB =
  /^(fot|foten|fotene|fottene|fottane|bein|beinet|beina|beinene|ben|benet|bena|benene|legg|leggen|leggene|arm|armen|armene|armane|hand|handa|hanna|hender|hendene|hendane|kne|kneet)$/;
const ABOVE = /^(hodet|hode|hovudet|hovud|skulder|skuldre|skuldrene|skuldrane|skulderhoyde|skulderhogd|skulderniva|brysthoyde|brysthogd|bryst)/;
/** A height or level said by a word («lave flater», «høye hyller»): shown by the things named after it. */
/** Tasks as such: «oppgaver», «arbeidsoppgåvene». */
const TASKS_WORD = /(^|\s)(arbeids)?(oppgaver|oppgåver|oppgavene|oppgåvene|oppgavane)(?=\s|$)/iu;
const HEIGHT_WORD = /(^|\s)(lav|lave|lavt|låg|låge|lågt|høy|høye|høyt|høg|høge|høgt)(?=\s|$)/iu;
/** A height word on a capacity («lav stresstoleranse», «høgt stressnivå»), not on a thing at a height. */
const LOW_CAPACITY =
  /(^|\s)(lav|lave|lavt|låg|låge|lågt|høy|høye|høyt|høg|høge|høgt)\s+\S*(toleranse|terskel|kapasitet|evne|funksjon|energi|stemning|motivasjon|utholdenhet|uthald)/iu;
const FOLLOW_UP = new Set(['folge', 'folger', 'folgje', 'folgjer', 'fylgje', 'fylgjer', 'fulgte']);
/** The passive of «følge» (with «opp»: followed up, the care given). */
const FOLLOWED = new Set(['folges', 'folgjast', 'folgast']);
/** «regne/rekne med»: to expect. */
const RECKON = new Set(['regne', 'regner', 'regnet', 'rekne', 'reknar', 'rekna', 'rekner']);
/** «regnes/reknast som»: is held to be. */
const HELD_AS = new Set(['regnes', 'regnast', 'reknes', 'reknast']);
/** Bearing weight on a limb («belaste»). */
const BEAR_LOAD = new Set(['belaste', 'belastes', 'belastast', 'belasta']);
/** Talks: conversation, or treatment attended («samtaler på DPS»). */
const TALKS = new Set(['samtale', 'samtaler', 'samtalar', 'samtalene', 'samtalane']);
/** Verbs of what work there is: «gir», «finnes», «fins», «har» (the employer). */
const WORK_THERE = /^(gir|gjev|gav|ga|finnes|fins|finst)$/;
/** «må» a few words before token i in its clause («må da gå ut/trekke seg tilbake»). */
function mustBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const f = tokens[k]!.f;
    if (f === 'ma') return true;
    if (tokens[k]!.k === KD.Punct && f !== '/') return false;
  }
  return false;
}
/** «trekker (seg tilbake)»: withdraws. */
const WITHDRAWS = /^(trekker|trekkjer|trekke|trekkje|trakk|trekte|trukket|trekt)$/;
/** «svinger»: fluctuates (read as a limit only after a function noun, in idiom()). */
const FLUCTUATES = /^(svinger|svingar|svinga|svingte|svinget)$/;
/** Body parts that can be lost, counted: «tre fingrar», «to tær». */
const LOST_PART = /^(finger|fingre|fingrer|fingrar|fingrane|fingrene|ta|taer|tar|tær|tenner|tennene|ledd|falanger)$/;
/** A building or a room («bygg», «lokaler», «hall»), sized by «store». */
const BUILDING =
  /^(bygg|bygget|bygga|byggene|bygning|bygningen|bygninger|bygningar|lokale|lokalet|lokaler|lokala|lokalene|rom|rommet|romma|rommene|hall|hallen|haller|hallar|lager|lageret|lagre|kontorlandskap|landskap|sal|salen|saler|salar)$/;
/** What a person has learnt or done before: education, work experience, skills. */
const BACKGROUND =
  /^(\p{L}*erfaring|\p{L}*erfaringa|\p{L}*erfaringen|utdanning|utdanninga|utdanningen|utdannelse|skolegang|skolegangen|skulegang|skulegangen|botid|botida|botiden|kompetanse|kompetansen|fagbrev|arbeidspraksis|yrkeserfaring)$/u;
/** A school, as finished or not («manglande fullført vidaregåande»). */
const SCHOOL = /^(videregaende|vidaregaande|videregaaende|vidaregaaande|grunnskole|grunnskule|skole|skule|utdanning|utdanninga|utdanningen|vgs)$/;
/** Lost (in «mista tre fingrar»). */
const LOSE = new Set(['mista', 'mistet', 'mistede', 'miste', 'mist']);
/** Talking (in «snakket om …»: discussed). */
const TALK_ABOUT = new Set([
  'snakket',
  'snakka',
  'snakke',
  'snakkar',
  'snakker',
  'pratet',
  'prata',
  'prate',
  'pratar',
  'prater',
  'drofta',
  'droftet',
  'diskutert',
  'diskuterte',
]);
/** A decline («dårligere», «verre») that «kan bli» makes a risk ahead. */
const DECLINE_MAY = /^(darligere|darlegare|verre|svakere|svakare)$/;
/** The labour market or a trade as a whole («bransje», «arbeidsmarkedet»), which may be hard to enter. */
const MARKET = /^(bransje|bransjen|bransjar|bransjer|arbeidsmarked|arbeidsmarkedet|arbeidsmarknad|arbeidsmarknaden|marked|markedet|marknad|marknaden)$/;
const IDIOM_WORDS = new Set([
  // (A carer's title after «hos»/«hjå», shortened «psyk.»; how long schooling or a stay was; the degree in «i mindre
  // grad» after a cause; «klare» the adjective.)
  'psyk',
  // (How regularly the person turns up: «klarer ikke å møte regelmessig».)
  'regelmessig',
  'stabilt',
  'jevnlig',
  'jamleg',
  'jevnt',
  'jamt',
  'kort',
  'korte',
  'lang',
  'lange',
  'mindre',
  'storre',
  'hoyere',
  'hogare',
  'lavere',
  'lagare',
  'liten',
  'noen',
  'noko',
  'sykepleier',
  'sjukepleiar',
  'sjukepleier',
  'helsesykepleier',
  'helsesjukepleiar',
  'klare',
  'klart',
  ...GO,
  'kortare',
  // (A cause's share, «en stor del av problemet»; a substance found «i flere …».)
  'stor',
  'hoven',
  'isolert',
  'isolerte',
  'stort',
  'problemet',
  'problema',
  'problemene',
  'problemane',
  'utfordringen',
  'utfordringa',
  'flere',
  'fleire',
  'hjem',
  'heim',
  'heimatt',
  'hjemover',
  'toalettet',
  'do',
  'doen',
  'wc',
  'tomme',
  'tommer',
  'tommar',
  'tomte',
  'tomt',
  'tomming',
  'oppe',
  'litt',
  ...LIMITS_NOUN,
  ...STAND,
  'uten',
  'utan',
  ...EFFECT_SITUATION,
  'presse',
  'pressa',
  'pasienten',
  'pasient',
  'brukeren',
  'brukaren',
  'bruker',
  'brukar',
  ...THROW_UP,
  'trappe',
  'trappes',
  'trappast',
  'trappet',
  'trappa',
  'trapper',
  'trappar',
  'isolert',
  'isolerte',
  'folget',
  'krevende',
  'krevjande',
  'vanskelig',
  'vanskeleg',
  'toff',
  'toft',
  'kortere',
  'lang',
  'lengre',
  'lengste',
  'langt',
  'darligere',
  'darlegare',
  'verre',
  'svakere',
  'svakare',
  ...TALK_ABOUT,
  'glipp',
  ...LOSE,
  'passer',
  'passar',
  'stund',
  'stunda',
  'stunden',
  'tap',
  'tapet',
  'gjennomfort',
  'utfort',
  'gjort',
  'tatt',
  'tempo',
  'tempoet',
  ...TITLE_HOMOGRAPHS,
  ...AFFECTED_WORK.source.slice(2, -2).split('|'),
  ...CAREFUL,
  ...SLOW,
  ...WORKS_AS_PLANNED,
  ...NEED_NOUN.source.slice(2, -2).split('|'),
  ...ATTENDANCE.source.slice(2, -2).split('|'),
  'svingende',
  'svingande',
  ...FLUCTUATES.source.slice(2, -2).split('|'),
  'lese',
  'skrive',
  'lesevansker',
  'lesevanskar',
  'skrivevansker',
  'skrivevanskar',
  'regnevansker',
  'reknevanskar',
  'mattevansker',
  'mattevanskar',
  'matematikkvansker',
  'matematikkvanskar',
  'begrenser',
  'begrensar',
  'avgrenser',
  'avgrensar',
  'pavirker',
  'paverkar',
  'noe',
  'noko',
  'noen',
  'nokon',
  'mange',
  'matte',
  'tungt',
  'tung',
  'tyngre',
  'aktiv',
  'aktive',
  ...MAIN_PROBLEM,
  'kort',
  'korte',
  'feil',
  'feila',
  ...TILL,
  ...SLOWER,
  ...LIMIT_NOUNS,
  ...HIGH,
  ...FOLLOWED,
  ...FOLLOW_UP,
  ...RECKON,
  ...HELD_AS,
  ...POSTURE.source.slice(2, -2).split('|'),
  ...WRITE,
  ...EXPERIENCE,
  ...ALTERNATING,
  ...HOLD,
  ...GO,
  ...COME,
  'skjermes',
  'skjermast',
  'skjermet',
  'skjerma',
  'skjerme',
  'aktivitet',
  'aktiviteten',
  'utfall',
  'utfallet',
  'vekt',
  'lyses',
  'lyst',
  'lage',
  'lagt',
  'laga',
  'lagd',
  'laget',
  'ganger',
  'gonger',
  'lag',
  'seinare',
  ...SMOKES_LIST,
  'fa',
  'gangen',
  'gongen',
  'gang',
  'gong',
  'lenge',
  'ytelse',
  'ytelsen',
  ...SLOW,
  ...CHALLENGING,
  'sitt',
  'ytelser',
  'fa',
  'del',
  'sta',
  'star',
  'sto',
  'stod',
  'statt',
  ...WITHDRAWS.source.slice(2, -2).split('|'),
  'nesten',
  ...BEAR_LOAD,
  ...TALKS,
  'samband',
  'tilbakefall',
  'tilbakefallet',
  'residiv',
  'residivet',
  'forverring',
  'psykisk',
  'psykiske',
  'fysisk',
  'fysiske',
  'somatisk',
  'somatiske',
  'trott',
  'troytt',
  'uopplagt',
  'uopplagd',
  'slapp',
  'trett',
  'sarbar',
  'sarbare',
  'lite',
  'mye',
  'mykje',
  'sliten',
  'utmattet',
  'utmatta',
  'gruppe',
  'gruppa',
  'store',
  'sma',
  'storre',
  'minste',
  'storste',
  'mindre',
  // («så hun ikke forverres»: a purpose, see idiom().)
  'ikke',
  'ikkje',
]);
const GANGEN_NOT_GAIT = new Set([
  'om',
  'av',
  'denne',
  'dette',
  'forste',
  'fyrste',
  'andre',
  'neste',
  'siste',
  'forrige',
  'hver',
  'kvar',
  'en',
  'ein',
  'ene',
  'eine',
  'same',
  'samme',
]);

/**
 * Words that look like a function, a limit or an amount but are something else in context («om gangen», «lagt vekt
 * på», «lyses ut», «held ut»). Called only for the words in IDIOM_WORDS.
 */
const DONE = /^(gjennomfort|utfort|utfoert|gjort|tatt|teken|tekne|gjennomfoert)$/;
const SHOWS = /^(viser|viste|paviser|paviste|syner|synte)$/;
/** Tests of the body, not of what the person manages: what they show is a finding. */
const BODY_TEST =
  /^(mr|ct|rontgen|ekg|eeg|emg|nevrografi|ultralyd|blodprove|blodprover|blodprovar|biopsi|biopsien|koloskopi|gastroskopi|scintigrafi|bordtippetest|bordtippetesten)$/;
const TEST_WORD =
  /^(6mwt|mwt|gangtest|gangtesten|test|testen|testing|prove|proven|spirometri|spirometrien|ergometri|ergospirometri|ekg|arbeids-ekg|belastningstest|belastningstesten|kartlegging|kartleggingen|undersokelse|undersokelsen|undersoking|undersokinga|mr|ct|rontgen|nevropsykologisk|testinga|funksjonstest|funksjonstesten|audiometri|audiogram)$/;
const MANNER = /^(rolig|roleg|rolegt|eget|eige|sitt|sakte|lavt|lagt|normalt|vanlig|vanleg|jevnt|jamt|behagelig|behageleg|moderat|lett|makelig|makeleg)$/;
/** A movement (walking, cycling, a walk) within the few words before `i`, in its sentence. */
function movedBefore(tokens: Token[], flags: Uint32Array, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k]!.sent === tokens[i]!.sent; k--) if (flags[k]! & B_MOBILITY) return true;
  return false;
}

/** A degree adjective («redusert», «nedsatt») from `from` to `to`: a function named as lowered. */
function loweredAfter(flags: Uint32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k]! & F.LIMADJ) return true;
  return false;
}

/** Low defences or a contagion a person is kept apart for («nøytropeni», «smittefare», «immunsuppresjon»). */
const INFECTION = /^(noytropeni|noytropen|smitte|smittefare|smittefaren|smittsom|immunsuppresjon|immunsvikt|infeksjonsfare|infeksjon|tuberkulose)$/;
/** A part or sign of the body whose size varies with the illness («magen», «hevelsen», «ødemet»). */
const BODY_STATE =
  /^(magen|maga|buken|buka|hevelsen|hevelsa|hevelse|odemet|odema|ascites|kneet|kneleddet|ankelen|ankla|foten|beinet|beina|beinene|leggen|leggane|leggene|armen|handa|handen|hendene|hendane|fingrene|fingrane|leddene|ledda)$/;

/** «en stor del av problemet» starting at k: a degree word, «del av», and a cause or trouble noun. */
function causeShareAt(tokens: Token[], k: number): boolean {
  return (
    /^(stor|store|storre|storste|stort)$/.test(tokens[k]?.f ?? '') &&
    tokens[k + 1]?.f === 'del' &&
    tokens[k + 2]?.f === 'av' &&
    /^(problemet|problema|problemene|problemane|arsaken|arsaka|grunnen|forklaringen|forklaringa|bakgrunnen|utfordringen|utfordringa)$/.test(
      tokens[k + 3]?.f ?? '',
    )
  );
}

function idiom(tokens: Token[], flags: Uint32Array, flags2: Uint32Array, i: number, fl0: number, g0: number): [number, number] {
  const t = tokens[i]!;
  let fl = fl0;
  let g = g0;
  // «Kasse går greit med kort/vipps», «betaler med kort»: a payment card, no short amount.
  if (t.f === 'kort' && tokens[i - 1]?.f === 'med' && wordNear(tokens, i, 4, PAYMENT)) fl = g = 0;
  // «hun strekker ikke til», «at ho ikkje strekk til»: falls short, a difficulty with no measure (as «strever»), not a
  // task ruled out — the denial is part of the idiom.
  const fallsShort = (v: number, n: number, til: number) =>
    STRETCH.test(tokens[v]?.f ?? '') && NOT.test(tokens[n]?.f ?? '') && tokens[til]?.f === 'til' && tokens[v]!.sent === tokens[til]!.sent;
  // («Energien strekker ikke til», «kreftene strekk ikkje til»: a function that falls short is that function limited, read
  // as it always was.)
  const person = (v: number) => !(flags[v - 1]! & F.FN) && !(flags[v - 2]! & F.FN) && !(flags[v - 3]! & F.FN);
  if ((fallsShort(i, i + 1, i + 2) || fallsShort(i, i - 1, i + 1)) && person(i)) {
    fl = F.DIFV;
    g = 0;
  } else if ((fallsShort(i - 1, i, i + 1) && person(i - 1)) || (fallsShort(i + 1, i, i + 2) && person(i + 1))) fl = g = 0;
  // «har gått heim midt i vakta», «gikk hjem fra jobb»: left work, not a walk — unless a distance or a time says how
  // far («går hjem fra skolen, ca 2 km»).
  if (GO.has(t.f) && /^(hjem|heim)$/.test(tokens[i + 1]?.f ?? '')) {
    let measuredWalk = false;
    for (let k = i + 2; k < tokens.length && k <= i + 8 && tokens[k]!.sent === t.sent; k++)
      if (/^(km|m|meter|kilometer|min|minutt|minutter|t|h|timer|timar|time)$/.test(tokens[k]!.f) && tokens[k - 1]?.k === KD.Num) measuredWalk = true;
    if (!measuredWalk) fl = g = 0;
  }
  // («isotiazolinoner, som finnes i mange vaske- og rengjøringsmidler»: where a substance occurs — no amount of the
  // person's.)
  if (
    /^(mange|mye|mykje|flere|fleire)$/.test(t.f) &&
    /^(i|pa)$/.test(tokens[i - 1]?.f ?? '') &&
    /^(finnes|fins|finst|forekommer|forekjem|brukes|brukast)$/.test(tokens[i - 2]?.f ?? '')
  )
    fl = g = 0;
  // («skiftarbeid og nattevakter var en stor del av problemet»: how much a cause counts, not an amount the person manages —
  // neither the degree word nor the trouble noun.)
  if (causeShareAt(tokens, i) || causeShareAt(tokens, i - 3)) fl = g = 0;
  // («Isolert pga nøytropeni», «isolert på grunn av smittefare»: kept apart for low defences or a contagion — a measure of
  // care, not the person withdrawing, which «isolert pga depresjon» still is.)
  if (
    /^(isolert|isolerte)$/.test(t.f) &&
    tokens[i - 1]?.f !== 'seg' &&
    (/^(pga|grunna|grunnet)$/.test(tokens[i + 1]?.f ?? '') || (tokens[i + 1]?.f === 'pa' && tokens[i + 2]?.f === 'grunn' && tokens[i + 3]?.f === 'av'))
  ) {
    const k = tokens[i + 1]?.f === 'pa' ? i + 4 : i + 2;
    if (INFECTION.test(tokens[k]?.f ?? '')) fl = g = 0;
  }
  // («når magen er stor kan ho ikkje bøye seg ned», «når hevelsen er stor»: the state of the body that sets off a limit,
  // in a clause of when — not an amount of the function.)
  if (
    /^(stor|store|storre|hoven)$/.test(t.f) &&
    /^(er|blir|vert|blar)$/.test(tokens[i - 1]?.f ?? '') &&
    BODY_STATE.test(tokens[i - 2]?.f ?? '') &&
    /^(nar|naar|dersom|om|hvis|viss)$/.test(tokens[i - 3]?.f ?? '')
  )
    fl = g = 0;
  // («Jeg må ha noe i hendene», «ho vil ha noko i hendene»: practical work wanted — no amount of a function.)
  if (
    /^(noe|noko)$/.test(t.f) &&
    /^(ha|har|hadde)$/.test(tokens[i - 1]?.f ?? '') &&
    tokens[i + 1]?.f === 'i' &&
    /^(hendene|hendane|hendan|hendær|nevene)$/.test(tokens[i + 2]?.f ?? '')
  )
    fl = g = 0;
  // («Treng 2-3 korte pausar per skift», «3 korte pauser i løpet av vakta»: the pauses counted, their length the
  // ordinary one — no amount left open.)
  if (
    /^(kort|korte|kortare|kortere|sma)$/.test(t.f) &&
    tokens[i - 1]?.k === KD.Num &&
    /^(pause|pauser|pausar|pausen|pausane|pausene|kvilepauser|kvilepausar|hvilepauser|mikropauser|mikropausar)$/.test(tokens[i + 1]?.f ?? '')
  )
    fl = g = 0;
  // («glad for å ha noko å gå til», «har ingenting å gå til om dagen»: somewhere to go, an activity to attend — no walk.)
  if (
    GO.has(t.f) &&
    tokens[i + 1]?.f === 'til' &&
    tokens[i - 1]?.f === 'a' &&
    /^(noe|noko|ingenting|ingen|inkje|nokon|noen|sted|stad)$/.test(tokens[i - 2]?.f ?? '')
  )
    fl = g = 0;
  // "vaske høyt over hodet", "arbeid høgt over skulderhøgd": where the arms are, a position — not a vague amount.
  if (HIGH.has(t.f) && tokens[i + 1]?.f === 'over' && ABOVE.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «sitte med foten høyt», «kvile med beina høgt»: how the limb rests, a posture — not a vague amount.
  if (HIGH.has(t.f) && tokens[i - 2]?.f === 'med' && RAISED_LIMB.test(tokens[i - 1]?.f ?? '')) fl = g = 0;
  // «Hånden skal holdes høyt og i ro», «beinet må ligge høgt»: the same order, the limb its subject.
  if (
    HIGH.has(t.f) &&
    /^(holdes|haldast|haldes|heves|hevast|ligge|ligg|liggje|vaere|vere|sta)$/.test(tokens[i - 1]?.f ?? '') &&
    [2, 3, 4].some((d) => RAISED_LIMB.test(tokens[i - d]?.f ?? '') || tokens[i - d]?.f === 'handen')
  )
    fl = g = 0;
  // «høyt i reolene», «høgt oppe på stillaset»: a place high up, named — a task there is ruled out whole.
  if (
    HIGH.has(t.f) &&
    /^(i|pa|oppe)$/.test(tokens[i + 1]?.f ?? '') &&
    /^(reol|reolen|reolene|reolane|reoler|reolar|hylle|hyller|hyllene|hyllane|stige|stigen|stillas|stillaset|tak|taket|takene|master|masta|masten|mast)$/.test(
      tokens[i + (tokens[i + 1]?.f === 'oppe' ? 3 : 2)]?.f ?? '',
    )
  )
    fl = g = 0;
  // "følges tett opp av DPS", "følgjast opp av fastlegen": the care given, not following instructions.
  if (FOLLOWED.has(t.f) && (tokens[i + 1]?.f === 'opp' || tokens[i + 2]?.f === 'opp')) fl = g = 0;
  // «Det er en krevende bransje å komme inn i», «eit tøft arbeidsmarknad»: the labour market is hard to enter — no load
  // the person bears.
  if (/^(krevende|krevjande|vanskelig|vanskeleg|toff|toft)$/.test(t.f) && MARKET.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «realistisk ca 50 % på kort sikt», «på lengre sikt»: a time horizon, not a short or long amount.
  if (/^(kort|kortere|lang|lengre|lengste|langt)$/.test(t.f) && tokens[i + 1]?.f === 'sikt' && tokens[i - 1]?.f === 'pa') fl = g = 0;
  // «Hørsla kan bli noko dårlegare», «kan bli verre etter inngrepet»: a change that may come, a risk named in a prognosis —
  // no limit of the person now.
  if (DECLINE_MAY.test(t.f)) {
    let k = i - 1;
    if (/^(noe|noko|litt|enda|ytterligere|ytterlegare)$/.test(tokens[k]?.f ?? '')) k--;
    if (/^(bli|verte|verta)$/.test(tokens[k]?.f ?? '') && /^(kan|kunne|vil|risikerer|risikerar)$/.test(tokens[k - 1]?.f ?? '')) fl = g = 0;
  }
  // «ikke arbeide ved åpent vann uten følge», «i følge med kollega»: company, a noun — not following instructions.
  if (/^(folge|folget)$/.test(t.f) && /^(uten|utan|med|i|sitt|eget|eige)$/.test(tokens[i - 1]?.f ?? '') && tokens[i + 1]?.f !== 'opp') fl = g = 0;
  // («Følges av DPS», «følgjast ved poliklinikken»: the same care, with no «opp».)
  if (FOLLOWED.has(t.f) && /^(av|ved|hos|pa)$/.test(tokens[i + 1]?.f ?? '') && ATTEND.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «Nav vil følge opp at tilretteleggingen fungerer»: following up that something holds is the follow-up given
  // («klarer ikke å følge opp oppgaver» stays the person's).
  if (FOLLOW_UP.has(t.f) && tokens[i + 1]?.f === 'opp' && tokens[i + 2]?.f === 'at') fl = g = 0;
  // "må regne med 3–4 mnd til", "reknar med bedring": to expect, not arithmetic.
  // («regne med brøker» is arithmetic.)
  if (
    RECKON.has(t.f) &&
    tokens[i + 1]?.f === 'med' &&
    (tokens[i + 2]?.k === KD.Num ||
      /^(at|ytterligere|ytterlegare|ca|cirka|rundt|om|minst|bedring|betring|noen|nokre|flere|fleire)$/.test(tokens[i + 2]?.f ?? ''))
  )
    fl = g = 0;
  // «svikten regnes som varig», «vert rekna som»: is held to be, not arithmetic.
  if (tokens[i + 1]?.f === 'som' && (HELD_AS.has(t.f) || (RECKON.has(t.f) && /^(blir|ble|blei|vert|vart|er|var)$/.test(tokens[i - 1]?.f ?? '')))) fl = g = 0;
  // "jobben som vekter", "jobbar som berar": the title after «som», not weights to lift or carrying.
  if (TITLE_HOMOGRAPHS.has(t.f) && tokens[i - 1]?.f === 'som') fl = g = 0;
  // "har lagt (stor) vekt på", "legg vekt på": to stress something, not a weight to lift.
  if (t.f === 'vekt' && tokens[i + 1]?.f === 'pa' && (LEGGE.test(tokens[i - 1]?.f ?? '') || LEGGE.test(tokens[i - 2]?.f ?? ''))) {
    fl = g = 0;
    // («Det er lagt vekt på …»: «lagt» is laid, not «lågt» (low), which folds to the same letters.)
    for (let k = i - 1; k >= i - 2 && k >= 0; k--) if (tokens[k]!.f === 'lagt') flags[k] = flags2[k] = 0;
  }
  // "Fastlegen skriv at …", "psykologen skriver også at …": reporting what someone wrote, not the act of writing.
  if (WRITE.has(t.f) && (tokens[i + 1]?.f === 'at' || tokens[i + 2]?.f === 'at' || tokens[i + 1]?.f === ':')) fl = g = 0;
  // "det lyses ut stillinger": advertised, not light; "for å lage en plan": to make, not low.
  if ((t.f === 'lyses' || t.f === 'lyst') && tokens[i + 1]?.f === 'ut') fl = g = 0;
  if (t.f === 'lage' || t.f === 'laga' || t.f === 'lagd' || t.f === 'laget') fl = g = 0;
  // «permanent tap av tommel venstre hånd»: a part of the body lost (an amputation) is a finding, not a degree of a function.
  // «forventer tap av gangfunksjon», «venta vidare tap av handfunksjon»: a loss foreseen, a prognosis — not a limit now.
  if ((t.f === 'tap' || t.f === 'tapet') && tokens[i + 1]?.f === 'av' && (BODY_PART.test(tokens[i + 2]?.f ?? '') || wordBefore(tokens, i, 3, EXPECTS)))
    fl = g = 0;
  // «har lagt til rette», «lagt opp løpet»: laid, not «lågt» (low), which folds to the same letters.
  // («Arbeidsgiver har lagt henting til kolleger»: «har lagt» is the perfect of «legge» — unless a capacity follows,
  // «har lågt energinivå».)
  if (
    t.f === 'lagt' &&
    (/^(til|opp|inn|ut|fram|frem|ned|om|merke)$/.test(tokens[i + 1]?.f ?? '') ||
      (/^(har|hadde|blitt|vorte|vorti)$/.test(tokens[i - 1]?.f ?? '') && !(classify2(tokens[i + 1]?.f ?? '')[0] & (F.FN | F.STATE | F.LOADA | AREA_MASK))) ||
      // («… har flyttet henne til inneoppgaver og lagt personalmøter til formiddagen»: laid something somewhere.)
      (/^(til|opp|inn|ut|fram|frem|ned|om)$/.test(tokens[i + 2]?.f ?? '') && !(classify2(tokens[i + 1]?.f ?? '')[0] & (F.FN | F.STATE))))
  )
    fl = g = 0;
  // «6MWT ikke gjennomført pga kneproblemer», «spirometri ikkje utført»: a test not done, not a task the person cannot do.
  if (DONE.test(t.f) && NOT.test(tokens[i - 1]?.f ?? '') && wordBefore(tokens, i - 1, 3, TEST_WORD)) {
    fl = g = 0;
    flags[i - 1] = flags2[i - 1] = 0;
  }
  // «går tur i rolig tempo», «syklar i eige tempo»: the manner of a movement, not the pace of work or thought.
  if ((t.f === 'tempo' || t.f === 'tempoet') && tokens[i - 2]?.f === 'i' && MANNER.test(tokens[i - 1]?.f ?? '') && movedBefore(tokens, flags, i - 2))
    fl = g = 0;
  // "noen ganger", "tre gonger": times, not people walking.
  if (t.f === 'ganger' || t.f === 'gonger') fl &= ~(F.ACT | AREA_MASK);
  // "lang erfaring med kundebehandling", "kort fartstid": how long someone has worked, not how much they manage.
  if (EXPERIENCE.has(t.f) && i > 0 && flags[i - 1]! & F.VQ) flags[i - 1] = flags2[i - 1] = 0;
  // («lang og stabil arbeidserfaring»: the same past a second adjective joined with «og».)
  if (EXPERIENCE.has(t.f) && i > 2 && tokens[i - 2]!.f === 'og' && flags[i - 3]! & F.VQ && !(flags[i - 1]! & (F.ACT | F.FN))) flags[i - 3] = flags2[i - 3] = 0;
  // «hovedutfordringen er manglende (nylig) arbeidserfaring», «utfordringa er lite røynsle»: the challenge named is a
  // gap in experience, which Nav meets with work practice; no function of the person is limited.
  // (Clears up to five words back: reuse.ts tuning.clearReach.)
  if (EXPERIENCE.has(t.f) || t.f === 'roynsle' || t.f === 'arbeidsroynsle') {
    let k = i - 1;
    while (k > 0 && i - k <= 3 && tokens[k]!.k === KD.Word && !COPULA.has(tokens[k]!.f) && !(flags[k]! & (F.ACT | F.FN | AREA_MASK))) k--;
    if (k >= 1 && COPULA.has(tokens[k]!.f) && flags[k - 1]! & F.DIFN) {
      flags[k - 1] = flags2[k - 1] = 0;
      for (let j = k + 1; j < i; j++) if (flags[j]! & (F.LIMADJ | F.VQ)) flags[j] = flags2[j] = 0;
    }
  }
  // «om hun noen gang blir det», «aldri nokon gong»: ever — no walking.
  if (
    (t.f === 'gang' || t.f === 'gong') &&
    /^(noen|nokon|noensinne|aldri|forste|fyrste|neste|denne|siste|sist|annen|anna|ein|en)$/.test(tokens[i - 1]?.f ?? '') &&
    tokens[i - 1]?.k === KD.Word
  )
    fl = g = 0;
  // «I eget yrke går en stor del av dagen til montering»: the time a job takes is spent on its tasks — no walking.
  if (/^(gar|gjekk|gikk)$/.test(t.f) && /^(en|ein|mye|mykje|mesteparten|storstedelen|halve|det)$/.test(tokens[i + 1]?.f ?? '')) {
    for (let k = i + 2; k <= i + 7 && k < tokens.length && tokens[k]!.k !== KD.Punct; k++)
      if (tokens[k]!.f === 'til') {
        fl = g = 0;
        break;
      }
  }
  // («lagt utenom arbeidstid», «lagt til rette»: the verb, laid — not «lågt», low.)
  if (t.f === 'lagt' && /^(utenom|utanom|utenfor|utanfor|til|inn|opp|om|fram|frem|ned|vekk|bort|pa|i)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «med byttene lagt utenom arbeidstid»: when, outside the hours of work — no amount of work the person lasts.
  if (/^arbeidstid(a|en)?$/.test(t.f) && /^(utenom|utanom|utenfor|utanfor|innenfor|innanfor)$/.test(tokens[i - 1]?.f ?? '')) fl = g = 0;
  // "om lag 2 månader": about, not low.
  if (t.f === 'lag' && tokens[i - 1]?.f === 'om') fl = g = 0;
  // "fungerer godt i lag med éin kollega": together (nynorsk), not «låg» (low) — which «i låg grad» still is.
  if (t.f === 'lag' && tokens[i - 1]?.f === 'i' && tokens[i + 1]?.f !== 'grad') fl = g = 0;
  // "kroppen spiller ikke på lag", "på laget": the team, not low.
  if (t.f === 'lag' && tokens[i - 1]?.f === 'pa') fl = g = 0;
  // «erfaring med å leie små lag.»: a «lag» that ends its clause, after no copula or degree word, is the noun (a team);
  // «låg» stands before what is low or after «er» («stressmeistringa er låg»).
  if (
    t.f === 'lag' &&
    (i + 1 === tokens.length || tokens[i + 1]!.k === KD.Punct || tokens[i + 1]!.sent !== t.sent) &&
    !/^(er|var|vert|vart|blir|ble|bli|verte|svart|veldig|litt|noko|noe|for|sers|ganske|heilt|helt|temmeleg|relativt|nokså|noksa|fortsatt|framleis|stadig)$/.test(
      tokens[i - 1]?.f ?? '',
    )
  )
    fl = g = 0;
  // "og seinare lønstilskot": later (nynorsk); slower only as a comparison («seinare enn før», «er blitt seinare»).
  if (
    t.f === 'seinare' &&
    tokens[i + 1]?.f !== 'enn' &&
    !COPULA.has(tokens[i - 1]?.f ?? '') &&
    !/^(mykje|mye|litt|noko|noe|mange|blitt|vorte)$/.test(tokens[i - 1]?.f ?? '')
  )
    fl = g = 0;
  // "varierende sittende/stående", "vekslende arbeidsstillinger": alternating, not fluctuating.
  if (ALTERNATING.has(t.f) && tokens[i + 1] && (classify2(tokens[i + 1]!.f)[0] & F.ACT || POSTURE.test(tokens[i + 1]!.f))) fl = g = 0;
  // («Stillesittande eller varierande arbeid egnar seg», «Eigna: variert arbeid der han kan veksle …»: varied work is a
  // kind of work, alone or named with another.)
  if (ALTERNATING.has(t.f) && (jobWord(tokens[i + 1]?.f ?? '') || PLAIN_WORK.has(tokens[i + 1]?.f ?? ''))) fl = g = 0;
  // "skifte stilling hver halvtime", "variere arbeidsstilling": the body's position, not a job.
  if (POSTURE.test(t.f) && /^(skift|endr|bytt|veksl|vari)/.test(tokens[i - 1]?.f ?? '')) {
    fl = F.ACT | B_SIT | B_MOBILITY;
    g = 0;
  }
  // "held ut", "holder ut", "heldt ut 2 timar": endurance, not the hands.
  // («holder ikke ut en hel vakt»: the same, denied.)
  if (HOLD.has(t.f) && (tokens[i + 1]?.f === 'ut' || (NOT.test(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.f === 'ut'))) fl = B_ENDURANCE | F.CAPV;
  // «klarer å holde seg til en oppgave i 1–1,5 time», «halde seg til ei arbeidsoppgåve»: sticking to a task — attention.
  else if (
    HOLD.has(t.f) &&
    tokens[i + 1]?.f === 'seg' &&
    tokens[i + 2]?.f === 'til' &&
    /oppgav\p{L}*$|^(en|ein|ei|eitt|ett|samme|same)$/u.test(tokens[i + 3]?.f ?? '')
  ) {
    fl = F.ACT | B_COGNITIVE;
    g = G.ABSTRACT;
  }
  // "held seg stabil", "holder seg i form": to stay, not to hold with the hands.
  else if (HOLD.has(t.f) && tokens[i + 1]?.f === 'seg') fl = g = 0;
  // "Logoped held fram 2 gonger i veka", "halde fram i jobben": continues, not holding.
  else if (HOLD.has(t.f) && tokens[i + 1]?.f === 'fram') fl = g = 0;
  // «for å holde kontakten», «halde kontakt med arbeidsplassen»: to keep in touch, not to hold anything.
  else if (HOLD.has(t.f) && /^(kontakt|kontakten|kontakta)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // "holde tråden i samtalar", "holde fokus", "holde oversikt": to keep track — attention, not the hands.
  else if (HOLD.has(t.f) && KEEP_TRACK.test(tokens[i + 1]?.f ?? '')) {
    fl = F.ACT | B_COGNITIVE;
    g = G.ABSTRACT;
  }
  // "sliter med å komme seg ut døra", "kjem seg ikkje opp om morgonen": getting going is what the person manages.
  if (
    COME.has(t.f) &&
    tokens[i + 1]?.f === 'seg' &&
    GET_GOING.test(tokens[i + (NOT.test(tokens[i + 2]?.f ?? '') ? 3 : 2)]?.f ?? '') &&
    !(tokens[i + 2]?.f === 'pa' && tokens[i + 3]?.k !== KD.Word)
  ) {
    fl = F.ACT | B_ENDURANCE;
    g = 0;
  }
  // «må kunne gå heim ved behov», «må gå hjem tidlig»: going home from work is rest, as a pause is (a distance or a time
  // after it still makes the going a walk: «går hjem, ca 2 km»).
  if (/^(hjem|heim|heimatt|hjemover)$/.test(t.f) && GO.has(tokens[i - 1]?.f ?? '')) {
    fl = B_ENDURANCE;
    g = G.REST;
  }
  // «må ofte på toalettet», «må på do 8 gonger dagleg», «tømme posen ofte»: going to the toilet or emptying a stoma bag,
  // as often as it is said — not where the toilet is («kort vei til toalett»).
  if (
    (/^(toalettet|do|wc|doen)$/.test(t.f) &&
      tokens[i - 1]?.f === 'pa' &&
      /^(ma|matte|springe|springer|spring|lope|loper|ofte|hyppig)$/.test(tokens[i - 2]?.f ?? '')) ||
    (/^(tomme|tommer|tommar|tomte|tomt|tomming)$/.test(t.f) && /^(posen|posa|stomien|stomiposen|stomiposa|stomiposene)$/.test(tokens[i + 1]?.f ?? ''))
  ) {
    fl = F.ACT;
    g = 0;
  }
  // "bør skjermes for stress": shielded from, i.e. to avoid (not a screen).
  if (/^(skjermes|skjermast|skjermet|skjerma|skjerme)$/.test(t.f) && tokens[i + 1]?.f === 'for') {
    fl = F.NEG;
    g = 0;
  }
  // "sykdommen er i lav aktivitet": the disease's activity, not the person's.
  if ((t.f === 'aktivitet' || t.f === 'aktiviteten') && /^(lav|lag|hoy|hog|moderat|hoyere|lavere)$/.test(tokens[i - 1]?.f ?? ''))
    for (let k = i - 2; k >= i - 6 && k >= 0 && tokens[k]!.sent === t.sent; k--)
      if (/^(sykdom|sjukdom|leddgikt|artritt|revmat|inflammasjon|betennelse|kolitt|crohn|ms$|psoriasis)/.test(tokens[k]!.f)) {
        fl = g = 0;
        break;
      }
  // "lavt aktiv sykdom", "høgt aktiv leddgikt": how active the disease is, not the person — nor is the degree before it.
  if ((t.f === 'aktiv' || t.f === 'aktive') && tokens[i + 1] && classify2(tokens[i + 1]!.f)[0] & F.SYMPT) {
    fl = g = 0;
    if (i > 0 && flags[i - 1]! & (F.VQ | F.LIMADJ) && /^(lavt|lagt|hoyt|hogt|moderat|lite|litt|mindre|svakt)$/.test(tokens[i - 1]!.f))
      flags[i - 1] = flags2[i - 1] = 0;
  }
  // "beste utfall er at …", "usikkert utfall": an outcome, not a neurological deficit.
  if (
    (t.f === 'utfall' || t.f === 'utfallet') &&
    (OUTCOME_BEFORE.test(tokens[i - 1]?.f ?? '') || (COPULA.has(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.f === 'at'))
  )
    fl = g = 0;
  // "smertene har ikke gått over", "det går over": to pass, not to walk (an object after «over» is walked over).
  if (
    GO.has(t.f) &&
    tokens[i + 1]?.f === 'over' &&
    (!tokens[i + 2] ||
      tokens[i + 2]!.k !== KD.Word ||
      tokens[i + 2]!.sent !== t.sent ||
      /^(og|men|eller|etter|enno|ennå|enda|helt|heilt)$/.test(tokens[i + 2]!.f))
  )
    fl = g = 0;
  // («urtikaria går ofte i spontan remisjon», «plagene går ofte over»: the illness passing, with how often before it.)
  if (GO.has(t.f)) {
    const j = /^(ofte|gjerne|vanligvis|vanlegvis|normalt|raskt|fort|sakte|spontant)$/.test(tokens[i + 1]?.f ?? '') ? i + 2 : i + 1;
    if (
      (j > i + 1 &&
        tokens[j]?.f === 'over' &&
        (!tokens[j + 1] || tokens[j + 1]!.k !== KD.Word || tokens[j + 1]!.sent !== t.sent || /^(av|og|men|etter)$/.test(tokens[j + 1]!.f))) ||
      (tokens[j]?.f === 'i' && [j + 1, j + 2].some((k) => /^remisjon/.test(tokens[k]?.f ?? '')))
    )
      fl = g = 0;
  }
  // "angst i løpet av få minutt": a few minutes, a time given, not «lite».
  if (t.f === 'fa' && /^(minutt|minutter|minuttar|sekund|sekunder|sekundar|timar|timer|dagar|dager|veker|uker)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // "røyker ca 10 sig/d": smoking, not smoke as an exposure («tåler ikke røyk»).
  if (SMOKES.has(t.f)) fl = g = 0;
  // "går til fysioterapi 1 g/veka", "gikk til samtalar på DPS": attends treatment, not walking.
  // («jeg vil ikke gå hjemme», «har gått heime i to år»: staying at home, idle — no walking.)
  if (GO.has(t.f) && /^(hjemme|heime|hjemmet|heimen)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // («når DPS-behandlinga har gått ei stund», «etter at kuren har gått ei tid»: a treatment or a time that has run, no
  // walking.)
  if (
    GO.has(t.f) &&
    /^(har|hadde|er|var)$/.test(tokens[i - 1]?.f ?? '') &&
    /(behandling|behandlinga|behandlingen|kuren|kur|terapien|terapi|opplegget|perioden|tida|tiden|tiltaket|utprovinga|utprovingen)$/.test(
      tokens[i - 2]?.f ?? '',
    )
  )
    fl = g = 0;
  // («går no på hormonbehandling», «går fortsatt til fysioterapi»: an adverb between.)
  if (GO.has(t.f)) {
    const k = /^(na|no|fortsatt|framleis|fremdeles|enda|enno|ogsa|og|fast|jevnlig|jamleg)$/.test(tokens[i + 1]?.f ?? '') ? i + 2 : i + 1;
    if ((tokens[k]?.f === 'til' || tokens[k]?.f === 'pa') && ATTEND.test(tokens[k + 1]?.f ?? '')) fl = g = 0;
  }
  // «når behandling ved DPS er i gang», «kom i gang med trening»: under way, not walking.
  if (t.f === 'gang' && tokens[i - 1]?.f === 'i') fl = g = 0;
  // «har nok med å få dagene til å gå», «få tida til å gå»: the days passing, not walking.
  if (
    GO.has(t.f) &&
    tokens[i - 1]?.f === 'a' &&
    tokens[i - 2]?.f === 'til' &&
    /^(dagene|dagane|dagen|tida|tiden|hverdagen|kvardagen|livet|uka|veka|timene|timane)$/.test(tokens[i - 3]?.f ?? '')
  )
    fl = g = 0;
  // «kan ikkje gå tilbake til merdkanten», «gå attende i jobben»: returning to work, not walking.
  if (GO.has(t.f) && /^(tilbake|attende)$/.test(tokens[i + 1]?.f ?? '') && /^(til|i)$/.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «vanskeleg å gå frå avdelinga», «kan ikke gå fra jobben»: leaving a place of work, not walking — unless the walk runs
  // on to somewhere («går fra bussen til jobben»).
  if (GO.has(t.f) && /^(fra|fraa)$/.test(tokens[i + 1]?.f ?? '') && WORKPLACE_LEFT.test(tokens[i + 2]?.f ?? '')) {
    let on = false;
    for (let k = i + 3; k < tokens.length && k <= i + 6 && tokens[k]!.sent === t.sent && !on; k++) on = tokens[k]!.f === 'til';
    if (!on) fl = g = 0;
  }
  // «har gått på norskkurs», «gjekk på vidaregåande», «går på hjarterehab», «går på AAP»: attends a course, a school or
  // rehabilitation, or lives on a benefit.
  if (GO.has(t.f) && tokens[i + 1]?.f === 'pa' && ENROLLED.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // "knestående arbeid går ikke", "skriving med penn går ikkje": is not possible, not walking (a person walks).
  if (GO.has(t.f) && (tokens[i + 1]?.f === 'ikke' || tokens[i + 1]?.f === 'ikkje') && i > 0 && tokens[i - 1]!.k === KD.Word && !PERSON.has(tokens[i - 1]!.f))
    fl = g = 0;
  // «det har gått dårlig hver gang», «det går fint»: how things go, not walking — a verdict with no function named,
  // as «det fungerer dårlig» is.
  if (
    GO.has(t.f) &&
    (tokens[i - 1]?.f === 'det' || ((tokens[i - 1]?.f === 'har' || tokens[i - 1]?.f === 'hadde') && tokens[i - 2]?.f === 'det')) &&
    /^(bra|fint|greit|godt|ok|darlig|darleg|darligere|darlegare|bedre|betre|verre|tregt|dårlig)$/.test(tokens[i + 1]?.f ?? '')
  ) {
    fl = F.CAPV;
    g = 0;
  }
  // "gå tilbake til jobben", "gå ned i stilling", "gå opp til 50 %": to return or change, not to walk.
  if (
    GO.has(t.f) &&
    (tokens[i + 1]?.f === 'tilbake' ||
      // "gå nattskift", "gå i turnus", "går vakter": to work shifts.
      /^(nattskift|skift|vakt|vakter|vakta|nattevakt|nattevakter|nattevakta|kveldsvakt|kveldsvakter|dagvakt|dagvakter|turnus|heimevakt)$/.test(
        tokens[i + 1]?.f ?? '',
      ) ||
      (tokens[i + 1]?.f === 'i' && /^(turnus|skift|treskift|toskift)$/.test(tokens[i + 2]?.f ?? '')) ||
      ((tokens[i + 1]?.f === 'opp' || tokens[i + 1]?.f === 'ned') &&
        (((tokens[i + 2]?.f === 'i' || tokens[i + 2]?.f === 'til') &&
          (tokens[i + 3]?.k === KD.Num ||
            /^(stilling|stillinga|stillingen|jobb|arbeid|full|fullt|heil|hel|heile|hele|prosent|tid|tida|tiden|arbeidstid)/.test(tokens[i + 3]?.f ?? ''))) ||
          // («auka til 6 timar … og måtte gå ned att»: back down to what she had, after a rise.)
          /^(igjen|att|atter)$/.test(tokens[i + 2]?.f ?? ''))))
  )
    fl = g = 0;
  // "én oppgave om gangen", "denne gangen", "første gongen": a time or an instance, not the gait.
  if ((t.f === 'gangen' || t.f === 'gongen') && GANGEN_NOT_GAIT.has(tokens[i - 1]?.f ?? '')) fl = g = 0;
  // "ein stor del av røktararbeidet": a share of the job's tasks, not an amount the person manages.
  // (Only as what something is — «som er ein stor del av» — not «klarer ikke en stor del av arbeidet».)
  const isBefore = /^(en|ein|ei|et|eit)$/.test(tokens[i - 2]?.f ?? '') ? tokens[i - 3]?.f : tokens[i - 2]?.f;
  if (
    t.f === 'del' &&
    tokens[i + 1]?.f === 'av' &&
    /^(stor|store|storre|storste)$/.test(tokens[i - 1]?.f ?? '') &&
    COPULA.has(isBefore ?? '') &&
    i + 2 < tokens.length &&
    // («kassevakter, som er ein stor del av turnusen»: the rota is the job as a whole too.)
    (jobWord(tokens[i + 2]!.f) || JOB_WHOLE.test(tokens[i + 2]!.f))
  ) {
    fl = g = 0;
    flags[i - 1] = flags2[i - 1] = 0;
  }
  // "er ein del av arbeidet", "en del av jobben": a part of, not a fair amount.
  if (t.f === 'del' && /^(en|ein|ei)$/.test(tokens[i - 1]?.f ?? '') && tokens[i + 1]?.f === 'av') {
    fl = g = 0;
    if (i > 0) flags[i - 1] = flags2[i - 1] = 0;
  }
  // «handteringa av kassene går dårleg», «det går greit med kontorarbeid»: «går» as goes, of a thing done — no
  // walking (unless the person walks: «ho går dårleg»).
  if (
    (fl & B_MOBILITY) !== 0 &&
    (t.f === 'gar' || t.f === 'gikk' || t.f === 'gjekk') &&
    /^(darlig|darleg|darligere|darlegare|bra|greit|fint|godt|tregt|sakte|trått|tratt|seint|sent)$/.test(tokens[i + 1]?.f ?? '') &&
    !PERSON.has(tokens[i - 1]?.f ?? '')
  )
    fl &= ~B_MOBILITY;
  // «panikk ved å gå om bord», «går i land»: boarding a boat or going ashore, not walking a distance.
  if (
    (fl & B_MOBILITY) !== 0 &&
    /^(ga|gar|gikk|gjekk)$/.test(t.f) &&
    ((tokens[i + 1]?.f === 'om' && tokens[i + 2]?.f === 'bord') || tokens[i + 1]?.f === 'ombord' || (tokens[i + 1]?.f === 'i' && tokens[i + 2]?.f === 'land'))
  )
    fl &= ~(B_MOBILITY | F.ACT);
  // «plukking og pakking går for tregt», «jobbar for sakte»: too slow, a pace limited and not measured (alone,
  // «sakte» and «tregt» are often how, not how much: «går sakte fram», «tregt i starten»).
  if ((t.f === 'tregt' || t.f === 'sakte' || t.f === 'langsomt') && tokens[i - 1]?.f === 'for' && !(fl & F.LIMADJ)) fl |= F.LIMADJ | B_COGNITIVE;
  // "det er en stor del av tømrerarbeidet": how much of the job a task is, not of the person.
  if (
    t.f === 'del' &&
    /^(stor|liten|vesentlig|vesentleg|betydelig|betydeleg)$/.test(tokens[i - 1]?.f ?? '') &&
    tokens[i + 1]?.f === 'av' &&
    i + 2 < tokens.length &&
    classify2(tokens[i + 2]!.f)[0] & F.WORK
  ) {
    fl = g = 0;
    flags[i - 1] = flags2[i - 1] = 0;
  }
  // "så lenge ho står på denne dosen": as long as, a condition, not a duration of function.
  if (t.f === 'lenge' && tokens[i - 1]?.f === 'sa' && SUBJECT.has(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // "de store barna", "små born": the size or age of people, not an amount.
  if (SIZE.has(t.f) && SIZED_NOUN.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // "noe å stå opp til", "står opp kl 7": to get up, not to stand.
  if ((t.f === 'sta' || t.f === 'star' || t.f === 'sto' || t.f === 'stod') && tokens[i + 1]?.f === 'opp' && tokens[i + 2]?.f !== 'i') fl = g = 0;
  // «kan trappes opp over tid», «prednisolon trappast ned», «vi trapper opp»: to step a dose or the hours up or
  // down, not stairs (which «trapp opp og ned 3 etasjar», «trapper opp til 4. etg» still are).
  if ((tokens[i + 1]?.f === 'opp' || tokens[i + 1]?.f === 'ned') && steppedUpOrDown(tokens, i)) fl = g = 0;
  // «Pasienten kastar opp …», «Brukeren har …»: the patient or user as the subject is the person, not patients or
  // users as work.
  if (
    SUBJECT_PERSON.test(t.f) &&
    (i === 0 || tokens[i - 1]!.sent !== t.sent || tokens[i - 1]!.k === KD.Punct) &&
    tokens[i + 1]?.k === KD.Word &&
    !(classify2(tokens[i + 1]!.f)[0] & (F.WORK | F.ACT))
  ) {
    fl &= ~F.WORK;
    g &= ~G.TASKN;
  }
  // «vil ikkje pressa på før effekten viser seg», «å presse på»: to push on, the writer's plan — no pressure borne.
  if (
    (t.f === 'presse' || t.f === 'pressa') &&
    tokens[i + 1]?.f === 'pa' &&
    /^(a|vil|skal|ma|bor|kan|ville|skulle|ikke|ikkje|ikkj)$/.test(tokens[i - 1]?.f ?? '')
  )
    fl = g = 0;
  // «unngå situasjoner som kan trigge tilbakefall»: which situations is left unsaid — a degree of exposure unmeasured,
  // as «stressende situasjoner» is.
  if (
    EFFECT_SITUATION.includes(t.f) &&
    tokens[i + 1]?.f === 'som' &&
    (SETS_OFF.test(tokens[i + 2]?.f ?? '') || (tokens[i + 2]?.f === 'kan' && SETS_OFF.test(tokens[i + 3]?.f ?? '')))
  )
    fl |= F.VQ;
  // «i periodar utan struktur», «helgene uten struktur»: what the periods lack, when something happens — no function
  // of the person denied.
  if ((t.f === 'uten' || t.f === 'utan') && PERIODS.test(tokens[i - 1]?.f ?? '') && tokens[i + 1]?.k === KD.Word) fl &= ~F.NEG;
  // «Står på Sertralin 100 mg», «står på metotreksat»: is on a medicine, no standing.
  if (STAND.has(t.f) && tokens[i + 1]?.f === 'pa' && onMedicine(tokens, i + 2)) fl = g = 0;
  // «har store begrensninger», «har ein del avgrensingar knytt til angst»: limits the person has, no function named —
  // the function in general, limited and unmeasured (a list in brackets or a «som» clause after it says which).
  if (LIMITS_NOUN.includes(t.f) && !/^(\(|som|:)$/.test(tokens[i + 1]?.f ?? '')) {
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && DEGREE_BEFORE.test(tokens[k]!.f)) k--;
    if (/^(har|hadde)$/.test(tokens[k]?.f ?? '') && !NOT.test(tokens[k - 1]?.f ?? '') && !NOT.test(tokens[k + 1]?.f ?? '')) fl |= F.FN;
  }
  // «kan reise seg og gå litt imellom»: a short walk as the break between spells of sitting — the break, no walking
  // limited.
  if (t.f === 'litt' && GO.has(tokens[i - 1]?.f ?? '') && /^(imellom|innimellom|mellom|iblant)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «Er oppe ca 4 t per dag», «var oppe 2 timar»: how long the person is up and about, the day's endurance.
  // (Per day: «er oppe ca 4 timer før hun må ringe» alone says nothing of stamina.)
  if (t.f === 'oppe' && COPULA.has(tokens[i - 1]?.f ?? '')) {
    const n =
      tokens[i + 1]?.k === KD.Num ? i + 1 : /^(ca|cirka|omtrent|kring|rundt|i)$/.test(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.k === KD.Num ? i + 2 : -1;
    if (n > 0 && /^(t|timer|timar|time)$/.test(tokens[n + 1]?.f ?? '') && /^(per|pr|om|dagleg|daglig|totalt|kvar|hver|i)$/.test(tokens[n + 2]?.f ?? ''))
      fl |= F.ACT | B_ENDURANCE;
  }
  // «kastar opp 10-15 gonger i døgnet»: vomiting, a symptom counted — no throwing.
  if (THROW_UP.includes(t.f) && tokens[i + 1]?.f === 'opp') {
    fl = F.SYMPT;
    g = G.HEALTH;
  }
  // «har gått ned 6 kg», «gjekk opp 10 kilo»: the body weight changed, no walking (and no weight lifted).
  if (
    GO.has(t.f) &&
    (tokens[i + 1]?.f === 'ned' || tokens[i + 1]?.f === 'opp') &&
    tokens[i + 2]?.k === KD.Num &&
    /^(kg|kilo|kilogram)$/.test(tokens[i + 3]?.f ?? '')
  )
    fl = g = 0;
  // «Det som avgrensar er kompleks PTSD», «det som begrenser mest er smertene»: names the reason, not a limit of its own.
  if (
    fl & F.LIMADJ &&
    tokens[i - 1]?.f === 'som' &&
    /^(det|hva|kva)$/.test(tokens[i - 2]?.f ?? '') &&
    [1, 2].some(
      (d) =>
        /^(er|var)$/.test(tokens[i + d]?.f ?? '') && (d === 1 || /^(mest|mykje|mye|henne|han|ham|funksjonen|arbeidsevnen|arbeidsevna)$/.test(tokens[i + 1]!.f)),
    )
  )
    fl = g = 0;
  // «Står på escitalopram 20 mg», «står på medisiner»: is on a medication, not standing.
  if (STAND.has(t.f) && tokens[i + 1]?.f === 'pa' && onMedication(tokens, i + 2)) fl = g = 0;
  // «angsten står i vegen», «står i veien for jobb»: hinders — no standing.
  if (STAND.has(t.f) && tokens[i + 1]?.f === 'i' && /^(veien|vegen)$/.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «kan ikkje stå i arbeid», «står i full jobb»: to hold a job, not to stand.
  if (
    STAND.has(t.f) &&
    tokens[i + 1]?.f === 'i' &&
    (/^(arbeid|arbeidet|jobb|jobben|stilling|stillinga|stillingen|full|fullt|heil|hel|heile|hele|yrket|yrke|dette|det)$/.test(tokens[i + 2]?.f ?? '') ||
      // («stå i 100 % stilling».)
      (tokens[i + 2]?.k === KD.Num && tokens[i + 3]?.f === '%') ||
      // («kan ikke lenger stå i tungt fysisk arbeid», «stå i krevjande jobb»: the kind of work said before it.)
      kindOfWorkAfter(tokens, i + 2))
  )
    fl = g = 0;
  // «trekker seg tilbake», «trekkjer seg unna»: withdrawing from people, not pulling.
  // («… må da gå ut/trekke seg tilbake»: what the person does to cope with an episode, not a limit of its own.)
  if (WITHDRAWS.test(t.f) && tokens[i + 1]?.f === 'seg' && /^(tilbake|unna|bort)$/.test(tokens[i + 2]?.f ?? '') && !mustBefore(tokens, i)) {
    fl = B_SOCIAL | F.LIMADJ;
    g = 0;
  }
  // «ingen psykisk lidelse», «psykisk sjukdom», «psykiske helseplager»: a kind of illness named, a diagnosis and not the
  // function.
  if (
    (t.f === 'psykisk' || t.f === 'psykiske') &&
    /^(lidelse|lidelser|lidinga|liding|lidingar|sykdom|sykdommer|sjukdom|sjukdomar|diagnose|diagnoser|diagnosar|forstyrrelse|forstyrring|helseplager|helseplagar|helseproblemer|helseproblem|helseutfordringer|helseutfordringar|plager|plagar)$/.test(
      tokens[i + 1]?.f ?? '',
    )
  )
    fl = g = 0;
  // «ingen klare utfall ved testing», «klare funn»: clear, the adjective before what was found — not «klare» (manage).
  if ((t.f === 'klare' || t.f === 'klart') && CLEAR_FINDING.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «nedsatt pga manglende utdanning og døgnrytme, i mindre grad ryggen»: how much each named cause weighs, not a degree
  // of the person's function.
  if (
    /^(mindre|storre|hoyere|hogare|lavere|lagare|liten|stor|noen|noko)$/.test(t.f) &&
    tokens[i - 1]?.f === 'i' &&
    tokens[i + 1]?.f === 'grad' &&
    tokens[i + 2]?.k === KD.Word &&
    tokens[i + 2]!.f !== 'a' &&
    wordBefore(tokens, i - 1, 13, CAUSE_WORD)
  )
    fl = g = 0;
  // «Arbeidsdeltakinga vil truleg liggje på dagens 40 % og kan bli lågare»: where the share of work may go is the
  // outlook of the participation named, not a degree of a function.
  if (
    /^(lavere|lagare|hoyere|hogare)$/.test(t.f) &&
    /^(bli|verte|vere|vera|ligge|liggje)$/.test(tokens[i - 1]?.f ?? '') &&
    wordBefore(tokens, i - 1, 12, WORK_SHARE)
  )
    fl = g = 0;
  // «psyk. sjukepleiar», «psyk sykepleier»: the title of one who treats, shortened — not the person's mind.
  if (t.f === 'psyk') {
    const n = tokens[i + 1]?.f === '.' ? tokens[i + 2] : tokens[i + 1];
    if (/(pleier|pleieren|pleiar|pleiaren|lege|legen|team|teamet)$/.test(n?.f ?? '')) fl = g = 0;
  }
  // «trenger tolk i lengre samtaler», «tolk ved samtalar»: where an interpreter is needed — the language, not a function.
  if (TALKS.has(t.f) && wordBefore(tokens, i, 3, /^tolk$/)) fl = g = 0;
  // «går til samtaler på DPS annenhver uke», «samtalar hos psykolog»: treatment attended, not talking with people.
  // («Etter samtale med bruker og fastlege»: the writer's own meeting.)
  if (
    TALKS.has(t.f) &&
    ((tokens[i - 1]?.f === 'til' && GO.has(tokens[i - 2]?.f ?? '')) ||
      ((tokens[i - 1]?.f === 'etter' || tokens[i - 1]?.f === 'i') && (i === 1 || tokens[i - 2]?.k === KD.Punct)) ||
      // («samtalar hjå psyk. sjukepleiar»: nynorsk «hjå», and the title shortened.)
      (/^(pa|hos|hja|ved|med)$/.test(tokens[i + 1]?.f ?? '') && ATTEND.test(tokens[i + 2]?.f ?? '')) ||
      // («behandla ved DPS med samtalar kvar 14. dag»: what the treatment is.)
      (tokens[i - 1]?.f === 'med' && wordBefore(tokens, i - 1, 4, /^behandl/)) ||
      // («Følges av DPS, samtaler annenhver uke»: talks counted by the calendar are appointments kept.)
      APPOINTMENT_RATE.test(tokens[i + 1]?.f ?? ''))
  )
    fl = g = 0;
  // «må kunne ta korte pauser for å måle blodsukker»: a break for a named errand lasts as long as the errand — no amount
  // left unsaid.
  if (/^(kort|korte)$/.test(t.f) && /^(pause|pauser|pausar|pausen)$/.test(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.f === 'for' && tokens[i + 3]?.f === 'a')
    fl = g = 0;
  // «har brukt PC lite», «har nytta data mykje»: how much a tool has been used — experience, not function.
  if (
    /^(lite|mye|mykje)$/.test(t.f) &&
    /^(pc|data|datamaskin|datamaskiner|datamaskinar|internett|nettbrett|smarttelefon|excel|word|norsk|engelsk)$/.test(tokens[i - 1]?.f ?? '') &&
    /^(brukt|nytta|nyttet|snakket|snakka)$/.test(tokens[i - 2]?.f ?? '')
  )
    fl = g = 0;
  // «ikke alene med barn/sårbare grupper», «sårbare pasientar»: the people the work is with, vulnerable — not the person.
  if (
    /^(sarbar|sarbare)$/.test(t.f) &&
    /^(grupper|gruppe|gruppa|barn|born|pasienter|pasientar|brukere|brukarar|eldre|personer|personar|mennesker|menneske|elever|elevar|ungdommer|ungdomar|beboere|bebuarar)$/.test(
      tokens[i + 1]?.f ?? '',
    )
  )
    fl = g = 0;
  // «sover 10 t men våkner likevel trøtt», «vaknar ofte sliten»: how the night was, a symptom of sleep — no limit of
  // what the person manages in the day.
  if (
    fl & F.STATE &&
    (WAKES.test(tokens[i - 1]?.f ?? '') ||
      (WAKES.test(tokens[i - 2]?.f ?? '') && /^(likevel|ofte|alltid|fortsatt|framleis|stadig|likeva|like)$/.test(tokens[i - 1]?.f ?? '')))
  )
    fl = g = 0;
  // «skyldes psykiske, ikke fysiske forhold», «somatiske årsaker»: the kind of cause, no function.
  if (
    /^(fysisk|fysiske|psykisk|psykiske|somatisk|somatiske)$/.test(t.f) &&
    /^(forhold|forholda|forholdene|arsak|arsaker|arsaka|arsakene|grunner|grunnar|faktorer|faktorar)$/.test(tokens[i + 1]?.f ?? '')
  )
    fl = g = 0;
  // «samtalar hos psykiatrisk sjukepleiar», «oppfølging hos helsesykepleier»: the one who treats, not the person's work.
  if (
    fl & F.WORK &&
    /(pleier|pleieren|pleiar|pleiaren)$/.test(t.f) &&
    (HOS.test(tokens[i - 1]?.f ?? '') ||
      (HOS.test(tokens[i - 2]?.f ?? '') && tokens[i - 1]?.k === KD.Word) ||
      (HOS.test(tokens[i - 3]?.f ?? '') && tokens[i - 2]?.f === 'psyk'))
  )
    fl = g = 0;
  // «gradert til 50 % uten at det gikk», «det går ikkje»: how something turned out, with «det» as its subject — not walking.
  if (GO.has(t.f) && tokens[i - 1]?.f === 'det' && !/^(tur|turar|turer|a)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «ønskjer å gå av», «gikk av med pensjon»: to retire, not to walk.
  if (
    GO.has(t.f) &&
    tokens[i + 1]?.f === 'av' &&
    (!tokens[i + 2] || tokens[i + 2]!.sent !== t.sent || tokens[i + 2]!.k === KD.Punct || RETIRE_AFTER.test(tokens[i + 2]!.f))
  )
    fl = g = 0;
  // «kan belaste fullt», «belastast normalt»: full weight bearing allowed, no limit.
  if (BEAR_LOAD.has(t.f) && /^(fullt|full|normalt|normal|fritt|uten|utan)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «kan ikke belaste foten»: bearing weight is the activity itself, kept off whole — no difficulty word to measure,
  // as «belastende» (arbeid) is.
  else if (BEAR_LOAD.has(t.f)) fl &= ~F.DIFP;
  // «i samband med arbeidsutprøving»: in connection with — no radio link.
  if (t.f === 'samband' && tokens[i - 1]?.f === 'i') fl = g = 0;
  // «isolerte pasienter», «isolert rom»: patients in isolation, a kind of patient or room — not a person cut off.
  if ((t.f === 'isolerte' || t.f === 'isolert') && ISOLATED_WHAT.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «tilrettelagt så hun ikke forverres», «slik at han ikkje blir verre»: what an arrangement is for, not something
  // the person cannot do.
  if (fl & F.NEG && /^(ikke|ikkje)$/.test(t.f) && worsens(tokens, i + 1) && purposeBefore(tokens, i)) fl &= ~F.NEG;
  // «kriseplan sammen med arbeidsgiver ved tegn på tilbakefall»: what to do if it comes, a condition, not a trouble now.
  if (
    fl & F.DIFN &&
    RELAPSE.test(t.f) &&
    (tokens[i - 1]?.f === 'ved' ||
      (/^(pa|for|om)$/.test(tokens[i - 1]?.f ?? '') && /^(tegn|fare|mistanke|risiko)$/.test(tokens[i - 2]?.f ?? '') && tokens[i - 3]?.f === 'ved'))
  )
    fl &= ~F.DIFN;
  // «nesten ingenting», «nesten ikke»: almost nothing is an amount not said. (The word after it is cleared where it is
  // classified, in analyze(): a flag set here for the next token is overwritten there.)
  if (t.f === 'nesten' && /^(ingenting|ingen|ikke|ikkje|inga)$/.test(tokens[i + 1]?.f ?? '')) {
    fl = F.VQ;
    g = G.LITTLE;
  }
  // "førerkort gruppe 2": a licence class, not a group of people.
  if ((t.f === 'gruppe' || t.f === 'gruppa') && (tokens[i + 1]?.k === KD.Num || tokens[i - 1]?.f === 'ikke' || tokens[i - 1]?.f === 'ikkje')) {
    for (let k = i - 1; k >= i - 8 && k >= 0; k--) if (tokens[k]!.f.includes('forerkort') || tokens[k]!.f.includes('forarkort')) fl = g = 0;
  }
  // «Trapper er tungt», «gange går tyngre»: an activity said to be hard for the person — a difficulty that asks how much
  // (lifting keeps «tungt» as the weight it asks for).
  if (
    (t.f === 'tungt' || t.f === 'tung' || t.f === 'tyngre') &&
    i > 1 &&
    /^(er|var|blir|ble|vert|vart|gar|gikk|gjekk|kjennes|kjenst)$/.test(tokens[i - 1]!.f) &&
    flags[i - 2]! & F.ACT &&
    !(flags[i - 2]! & B_LIFT)
  )
    fl |= F.DIFP;
  // («Trapper og støvsuging tungt.»: the same in telegram style, the copula left out.)
  if (
    (t.f === 'tungt' || t.f === 'tyngre') &&
    i > 0 &&
    flags[i - 1]! & F.ACT &&
    !(flags[i - 1]! & B_LIFT) &&
    (!tokens[i + 1] || (tokens[i + 1]!.k === KD.Punct && tokens[i + 1]!.f !== '('))
  )
    fl |= F.DIFP;
  // «norsk A2, matte grunnskolenivå»: the school subject, not «matt» (weary).
  if (t.f === 'matte') {
    for (let k = Math.max(0, i - 3); k <= i + 2 && k < tokens.length; k++)
      if (
        k !== i &&
        /^(norsk|engelsk|fag|faget|skole|skule|grunnskole|grunnskule|grunnskolen|niva|grunnskoleniva|karakter|karakterer|vgs|eksamen|kurs)$/.test(tokens[k]!.f)
      )
        fl = g = 0;
  }
  // "første gang på lenge", "ikke jobbet på lenge": since a long time ago, not how long something is managed.
  if (t.f === 'lenge' && tokens[i - 1]?.f === 'pa') fl = g = 0;
  // «ADK1 fra for lenge siden»: long ago.
  if (t.f === 'lenge' && (tokens[i - 1]?.f === 'for' || tokens[i - 1]?.f === 'sa') && (tokens[i + 1]?.f === 'siden' || tokens[i + 1]?.f === 'sidan'))
    fl = g = 0;
  // «vil ikke ha behov for AAP lenge», «gått på sykepengar lenge»: how long a benefit lasts, not a function.
  if ((t.f === 'lenge' || t.f === 'lengre' || t.f === 'lenger') && BENEFIT.test(tokens[i - 1]?.f ?? '')) fl = g = 0;
  // («1 gang i uken», «éin gong i veka»: once, not the gait.)
  if (
    (t.f === 'gang' || t.f === 'gong') &&
    (GANGEN_NOT_GAIT.has(tokens[i - 1]?.f ?? '') || tokens[i + 1]?.f === 'pa' || tokens[i - 1]?.k === KD.Num || NUMBER_WORDS.has(tokens[i - 1]?.f ?? ''))
  )
    fl = g = 0;
  // "kan ikke få eller beholde en jobb", "å få til": the verb, not "few".
  // («kan ikkje lenger få helseattest», «vil heller få»: an adverb between the modal and the verb.)
  // («… kan ho få attende førarkortet», «får han tilbake»: the subject between the modal and the verb, or the particle of
  // getting back after it.)
  if (
    t.f === 'fa' &&
    (MODAL_GET.test(tokens[i - 1]?.f ?? '') ||
      (/^(lenger|lengre|heller|aldri|enno|enda|lett|sjelden|sjeldan|alltid|ho|han|hun|hen|pasienten|brukaren|brukeren)$/.test(tokens[i - 1]?.f ?? '') &&
        MODAL_GET.test(tokens[i - 2]?.f ?? '')) ||
      /^(tilbake|attende|igjen)$/.test(tokens[i + 1]?.f ?? '')) &&
    tokens[i + 1]?.k !== KD.Num
  )
    fl = g = 0;
  // "ingen ytelse fra Nav", "mottar ytelser": a benefit, not performance ("fysisk ytelse" keeps its sense).
  if (t.f.startsWith('ytelse') && !/^(fysisk|kognitiv|mental|psykisk|intellektuell)/.test(tokens[i - 1]?.f ?? '')) fl = g = 0;
  // "bebuarar med utfordrande åtferd": a kind of behaviour, not a difficulty of the person.
  if (CHALLENGING.has(t.f) && /^(atferd|atferda|atferden)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // "Skriving går seint", "lesinga går tregt": the activity before it is slow — a degree that asks how slow; «går»
  // is how it goes, not walking.
  if (GO.has(t.f) && SLOW.has(tokens[i + 1]?.f ?? '') && i > 0 && tokens[i - 1]!.k === KD.Word && !PERSON.has(tokens[i - 1]!.f)) fl = g = 0;
  if (SLOW.has(t.f) && GO.has(tokens[i - 1]?.f ?? '') && i > 1 && tokens[i - 2]!.k === KD.Word && !PERSON.has(tokens[i - 2]!.f)) fl |= F.LIMADJ;
  // «Vi har snakket om mange yrker», «har prata om plan for arbeid»: what was discussed, not speech as a function.
  if (TALK_ABOUT.has(t.f) && tokens[i + 1]?.f === 'om') fl = g = 0;
  // «har gått glipp av 3 vakter», «går glipp av avtalar»: missing something, not walking; what was missed, counted, is
  // how often («går glipp av beskjeder» still asks).
  if (GO.has(t.f) && tokens[i + 1]?.f === 'glipp') fl = g = 0;
  if (t.f === 'glipp' && GO.has(tokens[i - 1]?.f ?? '') && tokens[i + 1]?.f === 'av' && tokens[i + 2]?.k === KD.Num) fl = g = 0;
  // "det går utover matinntaket", "gjekk ut over søvnen": it affects, not walking.
  // «lese- og skrivevansker», «lese-/skrivevanskar», «regnevansker»: a learning disorder by its name (dysleksi,
  // dyskalkuli), a diagnosis as the text's other diagnoses — not a limit of reading or writing to be measured.
  if (LEARNING_DISORDER.test(t.f)) {
    fl = F.SYMPT;
    g = G.HEALTH;
  }
  if ((t.f === 'lese' || t.f === 'skrive') && tokens[i + 1]?.f === '-' && LEARNING_DISORDER.test(tokens[i + 3]?.f ?? tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «alene i store, mørke bygg», «store åpne lokaler»: the size of a building or room, where — not an amount of work.
  if (fl & F.VQ && /^(stor|store|stort)$/.test(t.f)) {
    let k = i + 1;
    if (tokens[k]?.f === ',') k++;
    if (BUILDING.test(tokens[k]?.f ?? '') || (tokens[k]?.k === KD.Word && BUILDING.test(tokens[k + 1]?.f ?? ''))) fl = g = 0;
  }
  // «Mista tre fingrar på høgre hand», «mistet to tær»: body parts lost in an injury, counted — a finding, not «mister
  // grepet» (a degree).
  if (LOSE.has(t.f) && (tokens[i + 1]?.k === KD.Num || NUMBER_WORDS.has(tokens[i + 1]?.f ?? '')) && LOST_PART.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «lite arbeidserfaring», «manglande utdanning», «den korte skolegangen»: the person's background, how much of it, not a
  // limit of function.
  if (BACKGROUND.test(t.f)) fl = g = 0;
  if (
    fl & (F.VQ | F.LIMADJ) &&
    (BACKGROUND.test(tokens[i + 1]?.f ?? '') || (/^(fullfort|fullfoert)$/.test(tokens[i + 1]?.f ?? '') && SCHOOL.test(tokens[i + 2]?.f ?? '')))
  )
    fl = g = 0;
  // «Oppmøte har vært ustabilt», «ujamt frammøte»: turning up for work is stamina (not a meeting), so a degree on it
  // asks how many days of how many.
  if (ATTENDANCE.test(t.f)) {
    fl = F.ACT | B_ENDURANCE;
    g = 0;
  }
  // «klarer ikke å møte på jobb regelmessig», «møter ikkje stabilt»: how regularly the person turns up is a degree of
  // stamina that asks how many days of how many.
  if (REGULARLY.test(t.f) && wordBefore(tokens, i, 4, TURN_UP) && wordBefore(tokens, i, 7, NOT_EVER)) fl |= F.LIMADJ | B_ENDURANCE;
  // «svingende oppmøte», «svingande dagsform»: a degree as «varierende» is (only the participle: «sykdommen kan
  // svinge» says nothing of the person's function).
  if (t.f === 'svingende' || t.f === 'svingande') fl |= F.LIMADJ;
  // «Konsentrasjonen svinger», «energien svingar»: a function that fluctuates, said of the function itself.
  if (FLUCTUATES.test(t.f) && i > 0 && classify2(tokens[i - 1]!.f)[0] & F.FN) fl |= F.LIMADJ;
  // «jobber sakte», «arbeider tregt»: the pace of work, a degree that asks how slow.
  if (SLOW.has(t.f) && WORKS.test(tokens[i - 1]?.f ?? '')) fl |= F.LIMADJ | B_COGNITIVE;
  // «følge opp at tilretteleggingen fungerer over tid»: an arrangement that works, not the person functioning.
  if (WORKS_AS_PLANNED.has(t.f) && ARRANGEMENT.test(tokens[i - 1]?.f ?? '')) fl = g = 0;
  // «Det er stor trong for helsefagarbeidarar i kommunen», «stort behov for sjåfører»: the labour market's need of
  // workers, no need or limit of the person (nor «trong» as narrow).
  if (NEED_NOUN.test(t.f) && /^(for|etter)$/.test(tokens[i + 1]?.f ?? '') && (WORKERS.test(tokens[i + 2]?.f ?? '') || jobWord(tokens[i + 2]?.f ?? ''))) {
    fl = g = 0;
    if (i > 0 && /^(stor|stort|store|okende|aukande|okt|auka)$/.test(tokens[i - 1]!.f)) flags[i - 1] = flags2[i - 1] = 0;
  }
  // «…, noe hun har mestret», «…, noko han ikkje kan»: «noe» pointing back at what was just named, no amount
  // («Må være noe hun tåler» asks what, and stays).
  if ((t.f === 'noe' || t.f === 'noko') && tokens[i - 1]?.f === ',' && PERSON.has(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.k === KD.Word) fl = g = 0;
  // «mange bakerier har skift», «mange arbeidsgivere krever førerkort»: how many workplaces, the labour market — not
  // an amount of what the person does.
  if (
    t.f === 'mange' &&
    EMPLOYERS.test(tokens[i + 1]?.f ?? '') &&
    /^(har|hadde|krever|krev|tilbyr|tilbyd|ansetter|tilset|onsker|treng|trenger)$/.test(tokens[i + 2]?.f ?? '')
  )
    fl = g = 0;
  // «trenger noen som kan vise henne», «nokon å snakke med»: someone, a person — not an amount.
  if ((t.f === 'noen' || t.f === 'nokon') && /^(som|a)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «gjør flere feil etter ca 2 timer»: mistakes in the work, what attention lets through.
  if ((t.f === 'feil' || t.f === 'feila') && (DOES.test(tokens[i - 1]?.f ?? '') || DOES.test(tokens[i - 2]?.f ?? ''))) {
    fl = F.ACT | B_COGNITIVE;
    g = 0;
  }
  // «…, noko arbeidsgjevar må tole», «…, noe arbeidsgiveren vil tilrettelegge for»: «which», pointing back at the clause
  // before — not an amount.
  if ((t.f === 'noe' || t.f === 'noko') && tokens[i - 1]?.f === ',' && tokens[i + 1]?.k === KD.Word && ACCEPT_AFTER.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «Kjørebegrensningen oppheves tidligst i juli»: a limit already named, and how long it holds — not a new one.
  if (DEFINITE_LIMIT.test(t.f) && LIMIT_HOLDS.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «pga tastaturbegrensningen», «grunna avgrensinga»: the cause is a limit already named, pointed back at.
  if (DEFINITE_LIMIT.test(t.f) && /^(pga|grunnet|grunna|av)$/.test(tokens[i - 1]?.f ?? '') && (tokens[i - 1]!.f !== 'av' || tokens[i - 2]?.f === 'grunn'))
    fl = g = 0;
  // «kundeleveranser med kort frist», «tåler ikkje korte fristar»: a kind of deadline, the demand named — not an amount.
  if ((t.f === 'kort' || t.f === 'korte') && /^(frist|frister|fristar|fristen|fristene|fristane)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
  // «Hendene er hovedproblemet», «hovudutfordringa er …»: which problem is the main one — a pointer, not a limit.
  if (MAIN_PROBLEM.has(t.f)) fl = g = 0;
  // «re senger som står høgt», «skap som heng høgt»: the height of a thing named, not an amount.
  if (HIGH.has(t.f) && /^(star|stod|sto|ligger|ligg|henger|heng|hang)$/.test(tokens[i - 1]?.f ?? '') && tokens[i - 2]?.f === 'som') fl = g = 0;
  // «stå i kassa», «sitte ved kassen»: the till, a place of work — not a box to lift.
  // («Kasse maks 1 time sammenhengende»: a box is measured in kg, the till, named first, in time.)
  if (TILL.has(t.f) && (/^(i|ved|pa|bak)$/.test(tokens[i - 1]?.f ?? '') || ((!tokens[i - 1] || tokens[i - 1]!.k !== KD.Word) && timeSoonAfter(tokens, i))))
    fl &= ~AREA_MASK;
  // «forventer gradvis bedring, men langsommere enn vanlig»: how fast recovery comes, a prognosis — not the person's pace.
  if (SLOWER.has(t.f) && wordBefore(tokens, i, 5, RECOVERY)) fl = g = 0;
  // «ein arbeidsgjevar som godtek denne avgrensinga», «disse begrensningene»: pointing back at limits already said.
  if (LIMIT_NOUNS.has(t.f) && POINT_BACK_DET.test(tokens[i - 1]?.f ?? '')) fl = g = 0;
  // «Høgt press gjekk bra», «tørre oppgåver går greitt»: how something goes, managed as «klarer» says — not walking
  // («han går fint» keeps the gait).
  if (GO.has(t.f) && WENT_OK.test(tokens[i + 1]?.f ?? '') && !PERSON.has(tokens[i - 1]?.f ?? '')) fl = (fl & ~(F.ACT | AREA_MASK)) | F.CAPV;
  // «Lagerjobber går ofte via bemanningsbyrå», «søknaden gjekk gjennom Nav»: goes by way of, not walking.
  if (GO.has(t.f) && (VIA.test(tokens[i + 1]?.f ?? '') || VIA.test(tokens[i + 2]?.f ?? '')) && !PERSON.has(tokens[i - 1]?.f ?? '')) fl &= ~(F.ACT | AREA_MASK);
  // «klarer å sitte en stund før hun får vondt», «verkar etter ei lita stund»: a while is an unmeasured length, as
  // «kort tid» is. («for en stund siden», «om ei stund»: a time of its own, not how long the person lasts.)
  if (
    /^(stund|stunda|stunden)$/.test(t.f) &&
    /^(en|ei|ein|liten|lita|kort)$/.test(tokens[i - 1]?.f ?? '') &&
    !/^(for|om)$/.test(tokens[i - (/^(en|ei|ein)$/.test(tokens[i - 1]?.f ?? '') ? 2 : 3)]?.f ?? '') &&
    !/^(siden|sidan)$/.test(tokens[i + 1]?.f ?? '')
  ) {
    fl |= F.VQ;
    g |= G.SHORT;
  }
  // «treng hjelp til å finne oppgåver som passar», «søke jobber som passer»: what is to be found, not a finding that
  // something suits the person.
  if ((t.f === 'passer' || t.f === 'passar') && tokens[i - 1]?.f === 'som') {
    for (let k = i - 2; k >= 0 && k >= i - 5 && tokens[k]!.k === KD.Word; k--) if (SEEK.test(tokens[k]!.f)) fl &= ~F.POSW;
  }
  // «får lite gjort», «fekk ikkje gjort noko»: getting things done is the work itself, an activity like «jobbe».
  if (t.f === 'gjort' && (GET_DONE.test(tokens[i - 1]?.f ?? '') || (GET_DONE.test(tokens[i - 2]?.f ?? '') && tokens[i - 1]?.k === KD.Word))) fl |= F.ACT;
  // «flere firma har faste lag med dagarbeid», «i lag med andre»: the noun «lag» (a team) — the nynorsk «låg» (low)
  // stands before what is low, not before «med».
  if (t.f === 'lag' && tokens[i + 1]?.f === 'med') fl = g = 0;
  // «forsiktig med seg selv»: care of oneself, not care with a load or an activity.
  if (CAREFUL.has(t.f) && tokens[i + 1]?.f === 'med' && /^(seg|segsjolv|segselv)$/.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
  // «Det er ikke lenger helsemessige forhold som begrenser arbeidet»: a cleft that denies the limit.
  if (fl & F.LIMADJ && tokens[i - 1]?.f === 'som' && cleftDenied(tokens, i - 1)) fl &= ~F.LIMADJ;
  // It limits what follows as «påvirker» does («går ut over konsentrasjonen»).
  if (GO.has(t.f) && (tokens[i + 1]?.f === 'utover' || (tokens[i + 1]?.f === 'ut' && tokens[i + 2]?.f === 'over'))) fl = (fl & ~(F.ACT | AREA_MASK)) | F.LIMADJ;
  // «har gått over til skybasert system» (switched to), «smertene gikk over» (passed): no walking.
  if (GO.has(t.f) && tokens[i + 1]?.f === 'over' && (tokens[i + 2]?.f === 'til' || !tokens[i + 2] || tokens[i + 2]!.k === KD.Punct)) fl &= ~(F.ACT | AREA_MASK);
  // «det går ut over arbeidet», «plagene påvirker jobben»: the work is affected, but no function is named — as
  // «påvirker funksjonen», a limit that says neither which function nor how much.
  if (AFFECTED_WORK.test(t.f) && affectedBy(tokens, i)) {
    fl = F.FN;
    g = G.GENERIC;
  }
  // «i sitt yrke», «sitt arbeid»: the possessive, not «sitt!» (sit).
  if (t.f === 'sitt' && tokens[i + 1]?.k === KD.Word && !/^(stille|ned|i|pa|med|rolig|oppreist|opp)$/.test(tokens[i + 1]!.f)) fl = g = 0;
  return [fl, g];
}

/**
 * What the analysis knows of a word by itself, found once per distinct word and remembered (words repeat within a
 * text and across texts): one lookup per token instead of one per word list.
 */
interface WordInfo {
  /** Lexicon flags (classify2), a hyphenated compound's with its parts' («kunde-kontakt»). */
  fl: number;
  g: number;
  /** Word classes (S_*). */
  sp: number;
  /** Word tests of the loops over tokens (W_*). */
  w: number;
  /** The rules' word tests (marks.ts). */
  m: number;
}
const WORD_INFO = new Map<string, WordInfo>();
/** wordInfo of the one-character tokens (punctuation, digits), by character code. */
const CHAR_INFO: (WordInfo | undefined)[] = new Array(0x2100).fill(undefined);

function wordInfo(f: string): WordInfo {
  let r = WORD_INFO.get(f);
  if (r !== undefined) return r;
  if (SPECIAL.size === 0) {
    addSpecial(FUTURE_AUX, S_FUTURE);
    addSpecial(ONLY, S_ONLY);
    addSpecial(JUDGED, S_JUDGED);
    addSpecial(DEMAND_VERBS, S_DEMAND_VERB);
    addSpecial(DEMAND_NOUNS, S_DEMAND_NOUN);
    addSpecial(GET_JOB, S_GET_JOB);
    addSpecial(LANGUAGE, S_LANGUAGE);
    addSpecial(CAUSE_VERB, S_CAUSE_VERB);
    addSpecial(MAY, S_MAY);
    addSpecial(TRIGGERED, S_TRIGGERED);
    addSpecial(AVAILABLE, S_AVAILABLE);
  }
  let [fl, g] = classify2(f);
  // Hyphenated compounds ("kunde-kontakt", "L5-dermatom"): the parts count too.
  if (fl === 0 && g === 0 && f.includes('-'))
    // «JAK-hemmer», «ACE-hemmer», «TNF-blokker»: a drug class, not something that hinders.
    for (const p of f.split('-'))
      if (p.length > 2 && !DRUG_HEAD.test(p)) {
        const [a, b] = classify2(p);
        fl |= a;
        g |= b;
      }
  r = { fl, g, sp: (SPECIAL.get(f) ?? 0) | patternBits(f), w: wordBits(f), m: marksOf(f) };
  if (WORD_INFO.size >= 50_000) WORD_INFO.clear();
  WORD_INFO.set(f, r);
  return r;
}

// Word tests of the loops over tokens, as bits per token (the array `wb`): a loop reads a bit instead of looking the
// word up in a list or running a pattern on it.
/** idiom() may change the word's flags. */
const W_IDIOM = 1;
/** Opens a new clause (CLAUSE_WORDS). */
const W_CLAUSE = 1 << 1;
/** «og», «eller». */
const W_AND = 1 << 2;
/** Can make a clause about the course of the illness (the loop over `course` in clause()). */
const W_COURSE = 1 << 3;
/** A keeping verb (SUSTAIN, sustainsWork). */
const W_SUSTAIN = 1 << 4;
/** «halvparten», «halvdelen» (percentOfWork). */
const W_HALF = 1 << 5;
/** A word indirectQuestion() looks for: «å» (after «for»), «om», «hvorvidt», «kvarvidt». */
const W_QUESTION = 1 << 6;
/** «tyder», «ikke», «ikkje» (the denial loop). */
const W_DENY = 1 << 7;
/** The writer as subject (WRITER). */
const W_WRITER = 1 << 8;
/** «men», «og», «så», «da», «no», «nå» before the writer. */
const W_LINK = 1 << 9;
/** A language, its use or a skill (LANGUAGE, LANGUAGE_USE, SKILL). */
const W_SKILL = 1 << 10;
/** EMPLOYER_SUBJECT. */
const W_EMPLOYER = 1 << 11;
/** «tilgang». */
const W_ACCESS = 1 << 12;
/** A word of time after «går ikke» (the negEnd loop). */
const W_NEG_TIME = 1 << 13;
/** UNKNOWN. */
const W_UNKNOWN = 1 << 14;
/** STRESS_WORD. */
const W_STRESS = 1 << 15;
/** A word isCause() can accept. */
const W_CAUSE = 1 << 16;
/** The pace of the work («tempoet», «farten»). */
const PACE = /^(tempo|tempoet|arbeidstempo|arbeidstempoet|farten|takten|takta)$/;
/** Paying at a till (folded): «vipps», «kontant», «betaling». */
const PAYMENT = /^(vipps|kontant|kontanter|betaling|betale|betaler|kasse|kassa|kassen|bankkort|retur)$/;
/** A word matching `re` within `span` tokens either side of `i`, in its sentence. */
function wordNear(tokens: Token[], i: number, span: number, re: RegExp): boolean {
  for (let k = Math.max(0, i - span); k <= i + span && k < tokens.length; k++)
    if (k !== i && tokens[k]!.sent === tokens[i]!.sent && re.test(tokens[k]!.f)) return true;
  return false;
}
/** «strekke til» (be enough), folded. */
const STRETCH = /^(strekke|strekker|strekk|strekkje|strakk|strukket|strekt)$/;
/** Keeping up with something («holde», «klare», «henge med i»). */
const KEEP_UP =
  /^(klare|klarer|klarar|klarte|klarde|greie|greier|greiar|greidde|holde|holder|halde|held|heldt|holdt|folge|folger|fulgte|fylgje|fylgjer|henge|henger|hang|heng|hengje|matche|makte|makter|maktar)$/;
/** A word comparedOrEnough() can stop at. */
const W_COMPARED = 1 << 17;
/** STOP. */
const W_STOP = 1 << 18;
/** PERSON. */
const W_PERSON = 1 << 19;
/** A word findDurations() looks at (other than by F.DUR). */
const W_TIME = 1 << 20;
/** A word findQuantities() can start a quantity at (startsQuantity). */
const W_QUANTITY = 1 << 21;
/** «til», «etter» (before a threshold). */
const W_TIL_ETTER = 1 << 22;
/** Punctuation that ends a clause (CLAUSE_PUNCT). */
const W_CLAUSE_PUNCT = 1 << 23;
/** NIGHT. */
const W_NIGHT = 1 << 24;
/** «stand» («ute av stand til»). */
const W_STAND = 1 << 25;
/** «hvor», «kor». */
const W_WHERE = 1 << 26;
/** «tid». */
const W_TID = 1 << 27;
/** Three characters or more. */
const W_LONG = 1 << 28;
/** OVER_LOAD. */
const W_OVERLOAD = 1 << 29;
/** «matte» (also «måtte», folded). */
const W_MATTE = 1 << 30;
/** A word clause() looks at by name even with no class. */
const W_CLAUSE_WORD = W_STAND | W_WHERE | W_TID | W_OVERLOAD;

const CAUSE_WORDS = new Set([
  'pga',
  'sammenheng',
  'samanheng',
  'samband',
  'forbindelse',
  'grunnet',
  'grunna',
  'fordi',
  'da',
  'utlost',
  'utloyst',
  'utloste',
  'utlosende',
  'grunn',
  'omsyn',
  'hensyn',
  'etter',
  'folge',
]);

/** (A number is not looked up: analyzeSteps gives it W_LONG alone. A test a number can pass goes there too.) */
function wordBits(f: string): number {
  let w = 0;
  if (IDIOM_WORDS.has(f) || DEFINITE_LIMIT.test(f)) w |= W_IDIOM;
  if (CLAUSE_WORDS.has(f)) w |= W_CLAUSE;
  if (f === 'og' || f === 'eller' || f === 'och') w |= W_AND; // («och»: Swedish, see «inte» in the lexicon.)
  const c = f[0];
  if (
    ((c === 'b' || c === 'f' || c === 'e' || c === 'o' || c === 'a') && COURSE.test(f)) ||
    WORSE.has(f) ||
    f === 'tilbake' ||
    f === 'retur' ||
    f.startsWith('prognos') ||
    RESTORED.test(f) ||
    f === 'bedre' ||
    f === 'betre' ||
    f === 'endre' ||
    f === 'endres' ||
    f === 'endrast' ||
    IMPROVED.has(f) ||
    STEP_VERB.test(f)
  )
    w |= W_COURSE;
  if (SUSTAIN.has(f)) w |= W_SUSTAIN;
  if (f === 'halvparten' || f === 'halvdelen') w |= W_HALF;
  if (f === 'a' || f === 'om' || f === 'hvorvidt' || f === 'kvarvidt' || WH.test(f)) w |= W_QUESTION;
  if (f === 'tyder' || f === 'ikke' || f === 'ikkje') w |= W_DENY;
  if (WRITER.has(f)) w |= W_WRITER;
  if (/^(men|og|sa|da|no|na)$/.test(f)) w |= W_LINK;
  if (LANGUAGE.has(f) || LANGUAGE_USE.test(f) || SKILL.test(f)) w |= W_SKILL;
  if (EMPLOYER_SUBJECT.test(f) || EMPLOYER_COMPOUND.test(f)) w |= W_EMPLOYER;
  if (f === 'tilgang') w |= W_ACCESS;
  if (/^(na|no|lenger|lengre|heller|enda|ennå|enno|for|tida|tiden|idag)$/.test(f)) w |= W_NEG_TIME;
  if (UNKNOWN.test(f)) w |= W_UNKNOWN;
  if (STRESS_WORD.test(f)) w |= W_STRESS;
  if (CAUSE_WORDS.has(f)) w |= W_CAUSE;
  if (
    f === 'som' ||
    f === 'enn' ||
    f === 'slik' ||
    f === 'sann' ||
    f === 'grad' ||
    f === 'like' ||
    ENOUGH.has(f) ||
    f === 'uten' ||
    f === 'utan' ||
    f === 'det' ||
    f === 'alt' ||
    f === 'godt' ||
    f === 'bra' ||
    PACE.test(f)
  )
    w |= W_COMPARED;
  if (STOP.has(f)) w |= W_STOP;
  if (PERSON.has(f)) w |= W_PERSON;
  const c0 = f.charCodeAt(0);
  if (
    f === 'perioden' ||
    f === 'perioda' ||
    TIME_WORDS.has(f) ||
    monthLike(f) ||
    f === 'neste' ||
    f === 'kommende' ||
    f === 'komande' ||
    f === 'naermeste' ||
    f === 'naermaste' ||
    f === 'uke' ||
    f === 'veke' ||
    ((c0 === 98 || c0 === 102 || c0 === 111 || c0 === 97 || c0 === 116) && IMPROVE.test(f)) ||
    f === 'sikt' ||
    f === 'ny' ||
    f === 'endring' ||
    f === 'endringar' ||
    f === 'endringer' ||
    f === 'endre' ||
    f === 'endra'
  )
    w |= W_TIME;
  if (startsQuantity(f)) w |= W_QUANTITY;
  if (CLAUSE_PUNCT.has(f)) w |= W_CLAUSE_PUNCT;
  if (NIGHT.test(f)) w |= W_NIGHT;
  if (f === 'til' || f === 'etter') w |= W_TIL_ETTER;
  if (f === 'stand') w |= W_STAND;
  if (f === 'hvor' || f === 'kor') w |= W_WHERE;
  if (f === 'tid') w |= W_TID;
  if (f.length >= 3) w |= W_LONG;
  if (f.startsWith('over') && OVER_LOAD.test(f)) w |= W_OVERLOAD;
  if (f === 'matte') w |= W_MATTE;
  return w;
}

function patternBits(f: string): number {
  let bits = 0;
  // The market, a trade («byggbransjen har stor aktivitet») or employers in general («arbeidsgivere er ofte åpne for
  // tilpasning»); one employer («arbeidsgiver sier at hun klarer lite») still reports on the person.
  // (nynorsk «arbeidsmarknaden».)
  if (
    f.startsWith('arbeidsmarked') ||
    f.startsWith('jobbmarked') ||
    f.startsWith('arbeidsmarknad') ||
    f.startsWith('jobbmarknad') ||
    // «gjør det vanskeligere å konkurrere (om jobbene)»: the market, not a function.
    f.startsWith('konkurr') ||
    MARKET_WORD.test(f)
  )
    bits |= S_MARKET;
  if (TRIGGER_WORD.test(f)) bits |= S_TRIGGER;
  if (NAV_SUPPORT.test(f)) bits |= S_NAV_SUPPORT;
  if (CONSUMPTION.test(f)) bits |= S_CONSUMPTION;
  if (RISK.test(f)) bits |= S_RISK;
  return bits;
}

/** The analysis of a text: what its statements say, and how they are measured. */
export function analyze(text: string): Analysis {
  return drain(analysisSteps(text));
}

/** Runs a stepwise computation (a generator that yields between pieces of work) to its end. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

// The analysis of the last long text: the checks and the Huskeliste read the same fields, and a long field just
// checked is what the Huskeliste asks for next. One is kept, and only a long one: a kept analysis is work for the
// garbage collector (keeping 16 cost 15 % per check in the benchmark), and a short text is cheap to analyse again.
// Analyses are never changed by their readers. Memory only, gone with the page.
const KEEP_FROM_CHARS = 1000;
let last: { text: string; an: Analysis } | null = null;

/** Forgets every analysis kept for reuse: the next analysis of any text starts from scratch (the cold benchmark). */
export function forgetAnalyses(): void {
  last = null;
  forgetKept();
}

/** analyzeSteps, or the analysis of the same long text done a moment ago. */
export function* analysisSteps(text: string): Generator<void, Analysis, void> {
  if (text.length < KEEP_FROM_CHARS) return yield* analyzeSteps(text);
  if (last?.text === text) return last.an;
  const an = yield* analyzeSteps(text);
  last = { text, an };
  return an;
}

/**
 * analyze() in steps: it yields between batches of tokens and of sentences, so a caller can spread a long text
 * over several short tasks (lib/dom/checker.ts) and the page never waits for a whole 100,000-character field.
 * Run to the end it returns exactly what analyze() returns.
 */
export function* analyzeSteps(text: string): Generator<void, Analysis, void> {
  // What a kept analysis of nearly the same text already has (reuse.ts): copied tokens, and which ranges to redo.
  const re = new Reuse(text);
  const tokens = re.tokens;
  yield;
  // Word classes (sp), word tests (wb) and the rules' marks of every token: copied for the copied tokens, looked up for
  // the new ones.
  // The per-token arrays share one buffer (a typed array of its own costs an allocation outside the heap each).
  const n = tokens.length;
  const buf = new ArrayBuffer(22 * n);
  const flags = new Uint32Array(buf, 0, n);
  const flags2 = new Uint32Array(buf, 4 * n, n);
  // Each word's flags as classified (idiom() may clear them again at the next word); the counts read these.
  const step = new Uint32Array(buf, 8 * n, n);
  const wb = new Uint32Array(buf, 12 * n, n);
  const marks = new Uint32Array(buf, 16 * n, n);
  const sp = new Uint16Array(buf, 20 * n, n);
  re.copySpecials(sp, wb, marks);
  const sents = splitSentences(text, tokens);
  re.copyFlagsBefore(flags, flags2, step);
  // The tokens to classify include the new ones (reuse.ts): one pass, one lookup per token, does both. A new word's
  // entry from the tokenizer keeps what is found here (`entry`: the next new word's).
  let entry = 0;
  for (let i = re.flags0; i < re.flags1; i++) {
    if ((i & 4095) === 4095) yield;
    const t = tokens[i]!;
    const fresh = i >= re.fresh0 && i < re.fresh1;
    // A number has no class and passes no word test but W_LONG (wordBits; checked over every number in the corpus).
    if (t.k === KD.Num) {
      if (fresh && t.f.length >= 3) wb[i] = W_LONG;
      continue;
    }
    let fl: number;
    let g: number;
    if (fresh && t.k === KD.Word) {
      const e = re.entries[entry++]!;
      if (!e.known) {
        const info = wordInfo(e.f);
        e.fl = info.fl;
        e.g = info.g;
        e.sp = info.sp;
        e.w = info.w;
        e.m = info.m;
        e.known = true;
      }
      sp[i] = e.sp;
      wb[i] = e.w;
      marks[i] = e.m;
      fl = e.fl;
      g = e.g;
    } else {
      // Punctuation: by its character, not by a lookup of the string.
      const c = t.f.length === 1 ? t.f.charCodeAt(0) : CHAR_INFO.length;
      const info = c < CHAR_INFO.length ? (CHAR_INFO[c] ?? (CHAR_INFO[c] = wordInfo(t.f))) : wordInfo(t.f);
      if (fresh) {
        sp[i] = info.sp;
        wb[i] = info.w;
        marks[i] = info.m;
      }
      if (t.k !== KD.Word) continue;
      fl = info.fl;
      g = info.g;
    }
    // ICD-10 codes ("F32", "M54") are diagnoses.
    if (t.cap && t.f.length === 3 && /^[a-z]\d\d$/.test(t.f)) fl |= F.SYMPT;
    // («låge krav» is low, nynorsk — not «lage» (make), which folds to the same letters.)
    if (wb[i]! & W_IDIOM && !(t.f === 'lage' && withAa(text, t))) [fl, g] = idiom(tokens, flags, flags2, i, fl, g);
    // «12 kg fra gulv til hofte», «løfter over kne»: the height of a lift, not the hip's or knee's function.
    if (
      fl & B_MOBILITY &&
      /^(hofte|hofta|hoften|hoftehoyde|kne|kneet|knehoyde|livet)$/.test(t.f) &&
      /^(til|fra|over|under|opp)$/.test(tokens[i - 1]?.f ?? '') &&
      wordBefore(tokens, i - 1, 6, LIFT_WORD)
    )
      fl &= ~AREA_MASK;
    // «støv i låve» (a barn), folded like «lave» (low).
    if (t.f === 'lave' && withAa(text, t)) fl = g = 0;
    // "måtte avbryte" (had to), folded like «matte» (weary).
    if (wb[i]! & W_MATTE && withAa(text, t)) fl = g = 0;
    // «sier selv fra når han trenger pause»: speaking up for a need is a capacity, the need no limit of its own.
    if (g & (G.REST | G.NEED))
      for (let k = i - 1; k > 0 && k >= i - 4; k--)
        if ((tokens[k]!.f === 'nar' || tokens[k]!.f === 'naar') && /^(fra|ifra)$/.test(tokens[k - 1]!.f)) {
          fl = g = 0;
          break;
        }
    // «Har kjøreforbud i 6 mnd», «løfteforbod»: a ban on the activity — «may not drive», a complete limit.
    if (/^(kjore|koyre|bilkjore|lofte|dykke|flyge|fly)(forbud|forbod|forbudet|forbodet)$/.test(t.f)) fl |= F.ACT | F.NEG;
    // «…, heller ikkje i kortare periodar»: not even for less — the ban before it is complete, no amount asked.
    if (fl & F.VQ && /^(kortere|kortare|mindre|lettere|lettare|korte|kort)$/.test(t.f)) {
      let k = i - 1;
      if (k >= 0 && /^(i|pa|for|med)$/.test(tokens[k]!.f)) k--;
      if (k >= 1 && /^(ikke|ikkje)$/.test(tokens[k]!.f) && tokens[k - 1]!.f === 'heller') fl = g = 0;
    }
    // «i grøft med ujevn bunn», «ujevn mark»: uneven ground says where, as «ujevnt underlag» does.
    if (fl & F.LIMADJ && /^(ujevn|ujevnt|ujamn|ujamnt)$/.test(t.f) && /^(bunn|grunn|mark|terreng|vei|veg|gulv|golv)$/.test(tokens[i + 1]?.f ?? ''))
      fl &= ~F.LIMADJ;
    // «irritabel astma», «irritabel tarm»: the name of an illness, no state of the person.
    if (t.f === 'irritabel' && classify2(tokens[i + 1]?.f ?? '')[0] & F.SYMPT) fl = g = 0;
    // «Tilrettelegging etter behov», «tilpassa arbeid ved behov»: an arrangement as needed, advice as empty as «ta
    // hensyn til».
    if ((ADAPTED.test(t.f) || ARRANGED.test(t.f)) && /^(etter|ved)$/.test(tokens[i + 1]?.f ?? '') && /^(behov|behovet)$/.test(tokens[i + 2]?.f ?? ''))
      g |= G.CONSIDER;
    // «kan ikke være fysisk på jobb», «møte fysisk til timen»: in person, not a physical load.
    if (
      t.f === 'fysisk' &&
      /^(vaere|vere|vera|mote|mota|moter|motte|delta|deltar|tilstede|stede)$/.test(tokens[i - 1]?.f ?? '') &&
      /^(pa|til|i)$/.test(tokens[i + 1]?.f ?? '')
    )
      fl = g = 0;
    // «snakker engelsk og litt tysk»: how much of a foreign language, a skill — not an amount of function.
    if (
      fl & F.VQ &&
      /^(litt|noe|noko|lite)$/.test(t.f) &&
      /^(tysk|engelsk|fransk|spansk|svensk|dansk|russisk|polsk|arabisk|somali|tigrinja|italiensk|litauisk)$/.test(tokens[i + 1]?.f ?? '')
    )
      fl = g = 0;
    // «taler litt utydelig», «går litt ustøtt»: «litt» before a word of manner the lexicon has no class for is how
    // much of that manner, not an amount of the activity.
    if (fl & F.VQ && /^(litt|noe|noko)$/.test(t.f) && HOW.test(tokens[i + 1]?.f ?? '') && classify2(tokens[i + 1]!.f) === EMPTY_CLASS) fl = g = 0;
    // «skal ikke eksponeres … i noen konsentrasjon»: «noen» after a negation is «any» — none at all.
    if (fl & F.VQ && (t.f === 'noen' || t.f === 'nokon') && tokens[i + 1]?.k === KD.Word) {
      for (let k = i - 1; k >= 0 && k >= i - 14 && tokens[k]!.sent === t.sent && tokens[k]!.f !== ';'; k--)
        if (/^(ikke|ikkje|aldri)$/.test(tokens[k]!.f)) {
          fl = g = 0;
          break;
        }
    }
    // «alenearbeid kveldstid i store bygg», «store lokale»: the size of a building says where, not how much; «stor skjerm»,
    // «større skrift»: the size of an aid says what it is; «nær store elektromotorar»: the size of a machine says which
    // machines, not an amount of work.
    if (
      fl & F.VQ &&
      /^(store|stor|stort|storre|svaere|digre)$/.test(t.f) &&
      (/^(bygg|bygget|bygning|bygninger|bygningar|bygga|lokaler|lokale|lokala|haller|hallar|hall|kjopesenter|kjopesentre|anlegg|skjerm|skjermen|skjermer|skjermar|monitor|monitorer|skrift|skrifta|skriften|font|bokstaver|bokstavar|tastatur|taster|tastar|knapper|knappar)$/.test(
        tokens[i + 1]?.f ?? '',
      ) ||
        MACHINE.test(tokens[i + 1]?.f ?? ''))
    )
      fl = g = 0;
    // «Gradering med faste dager er derfor vanskelig å få til»: hard to arrange, a judgement of the plan — not of what the
    // person can do («vanskelig å få til noe» still is).
    if (
      fl & (F.DIFN | F.DIFP) &&
      /^(vanskelig|vanskeleg|vanskeligere|vanskelegare|umulig|umogleg)$/.test(t.f) &&
      tokens[i + 1]?.f === 'a' &&
      /^(fa|faa)$/.test(tokens[i + 2]?.f ?? '') &&
      tokens[i + 3]?.f === 'til' &&
      (!tokens[i + 4] || tokens[i + 4]!.k === KD.Punct)
    )
      fl = g = 0;
    // «en jobb med høye krav», «høge forventningar»: a high load, as «høyt arbeidspress» — not high shelves or loud sounds.
    // («prosedyrer med høye krav til finmotorikk»: tasks named by the function they demand, a kind of task, as
    // «finmotorisk krevende prosedyrer»; «unngå høye krav til tempo» still asks how high.)
    if (
      (t.f === 'hoye' || t.f === 'hoge') &&
      tokens[i + 1] &&
      classify2(tokens[i + 1]!.f)[0] & F.LOADA &&
      !(
        /^krav/.test(tokens[i + 1]!.f) &&
        tokens[i + 2]?.f === 'til' &&
        tokens[i - 1]?.f === 'med' &&
        /^(prosedyr|oppgav|oppgåv|arbeidsoppgav|arbeidsoppgåv|operasjon|inngrep)/.test(tokens[i - 2]?.f ?? '')
      )
    ) {
      fl |= F.VQ;
      g |= G.MUCH;
    }
    // «Umulig å løfte barna», «umogleg å kome seg ut på flåten»: not possible at all, a complete limit as «kan ikke» —
    // no difficulty to measure («nesten umulig» still is one).
    if (fl & F.DIFP && /^(umulig|umogleg|umuleg)$/.test(t.f) && !/^(nesten|naermest|naermast|tilnaermet|tilnaerma|nesan)$/.test(tokens[i - 1]?.f ?? ''))
      fl = (fl & ~F.DIFP) | F.NEG;
    // «mister gripefunksjonen i hendene», «mistar synet»: a faculty lost whole — a complete limit as «kan ikke» is, no
    // difficulty to measure. What comes and goes («mister oversikten», «mistar balansen i mørke», «mister ofte varer»)
    // keeps its degree.
    if (fl & F.DIFV && losesFaculty(tokens, i) && tokens[i + 1]!.sent === t.sent && !(classify2(tokens[i + 2]?.f ?? '')[0] & F.VQ)) fl = (fl & ~F.DIFV) | F.NEG;
    // («Han har nå redusert spillingen selv»: «redusert» after «har» with a definite object is what he did, not a
    // function lowered — «har redusert kraft» keeps its adjective.)
    if (fl & F.LIMADJ && /^(redusert|reduserte|minsket|minska|trappet|trappa)$/.test(t.f)) {
      const o = tokens[i + 1];
      if (
        perfectAux(tokens, i, /^(na|no|selv|sjolv|allerede|alt)$/, 1) >= 0 &&
        o &&
        o.sent === t.sent &&
        /(en|et|a)$/.test(o.f) &&
        !/(itet|het|heit)$/.test(o.f) &&
        !(classify2(o.f)[0] & (F.FN | F.ACT | AREA_MASK))
      )
        fl = g = 0;
    }
    // («arbeidsgiver har derfor begrenset ham til ett fast morgenmøte»: someone has limited the person, the object —
    // an arrangement made at work, not a function of the person lowered.)
    if (fl & F.LIMADJ && /^(begrenset|begrensa|avgrenset|avgrensa|redusert|innskrenket|innskrenka)$/.test(t.f)) {
      const k = perfectAux(tokens, i, /^(na|no|derfor|difor|allerede|alt|ogsa|og|sa|da|etter|kvart|hvert)$/, 2);
      if (k >= 0 && /^(ham|henne|han|ho|hen|bruker|brukar|brukeren|brukaren)$/.test(tokens[i + 1]?.f ?? '') && k > 0 && !PERSON.has(tokens[k - 1]!.f))
        fl = g = 0;
    }
    // («realistisk at hun kan komme i noe arbeid på sikt»: getting into some job, the outlook on work — not an amount of
    // work the person manages, which «klarer noe arbeid» still is.)
    if (
      (t.f === 'noe' || t.f === 'noko') &&
      tokens[i - 1]?.f === 'i' &&
      /^(komme|kome|kommer|kjem|kom|komma)$/.test(tokens[i - 2]?.f ?? '') &&
      /^(arbeid|jobb|lonnet|lonna|betalt|ordinaert|ordinart)$/.test(tokens[i + 1]?.f ?? '')
    )
      fl = g = 0;
    // («Arbeid i kulde bør unngåast mest mogleg»: avoided as far as can be, how far unsaid — a degree.)
    if (t.f === 'mest' && /^(mulig|mogleg|mogeleg|muleg)$/.test(tokens[i + 1]?.f ?? '')) {
      fl |= F.VQ;
      g |= G.MUCH;
    }
    // «Har det tungt både fysisk og psykisk», «hadde det tøft på jobb»: a hard time had, a difficulty as «vanskelig» is —
    // not a heavy weight.
    if (HARD_TIME.test(t.f) && tokens[i - 1]?.f === 'det' && /^(har|hadde|ha|hatt)$/.test(tokens[i - 2]?.f ?? '')) {
      fl = (fl & ~F.VQ) | F.DIFP;
      g &= ~G.HEAVY;
    }
    // «det lar seg ikke planlegge i turnus», «dette let seg ikkje gjere», «gradering med faste dager lar seg derfor ikke
    // planlegge»: what cannot be done with a thing, passive — no limit of the person.
    if (fl & F.NEG) {
      let k = i - 1;
      while (k > i - 3 && LET_ADVERB.test(tokens[k]?.f ?? '')) k--;
      if (
        tokens[k]?.f === 'seg' &&
        /^(lar|let|lot|la)$/.test(tokens[k - 1]?.f ?? '') &&
        // («Hun lar seg ikke stresse» is the person, said of herself.)
        !PERSON.has(tokens[k - 2]?.f ?? '')
      )
        fl = g = 0;
    }
    // «CPAP fra januar men dårlig toleranse», «dårlig toleranse for metotreksat»: how a treatment or aid is tolerated is
    // its side, no function of the person.
    if (
      /^(toleranse|toleransen|toleransa)$/.test(t.f) &&
      ((tokens[i + 1]?.f === 'for' && TREATED_THING.test(tokens[i + 2]?.f ?? '')) || wordBefore(tokens, i, 6, TREATED_THING))
    )
      fl = g = 0;
    // «det stemmer ikke helt med det han beskriver», «stemmer overens med funnene»: agrees with, no voice.
    if (AGREES.test(t.f)) {
      let k = i + 1;
      while (k < i + 4 && /^(ikke|ikkje|helt|heilt|godt|darlig|darleg|bra|ogsa|og|nok|heller)$/.test(tokens[k]?.f ?? '')) k++;
      if (/^(med|overens|ikke|ikkje)$/.test(tokens[k]?.f ?? '') || /^(det|dette|som|noe|noko)$/.test(tokens[i - 1]?.f ?? '')) fl = g = 0;
    }
    // (…and the «ikke» after it denies the agreement, no function: «det stemmer ikke helt med …».)
    if (fl & F.NEG && AGREES.test(tokens[i - 1]?.f ?? '')) fl &= ~F.NEG;
    // «tåler ikke flere tidsfrister samtidig», «ikkje fleire parallelle oppgåver same veke»: more than one at a time ruled
    // out — one at a time is how much.
    if (fl & F.LOADA && wordBefore(tokens, i, 4, /^(flere|fleire)$/) && wordBefore(tokens, i, 8, NOT_EVER) && atOnce(tokens, i)) fl = g = 0;
    // «Sover 9–10 timer pr natt, noe hun selv synes er for mye»: a judgement on the amount just given, not a degree left
    // unsaid.
    if (fl & F.VQ && tokens[i - 1]?.f === 'for' && judgesAmountBefore(tokens, i)) fl = g = 0;
    // «ingen løfterestriksjoner lenger», «har ikkje smerter lenger»: no longer — a restriction or a complaint that has
    // ended, not a longer lift.
    if (fl & F.VQ && (t.f === 'lenger' || t.f === 'lengre') && ENDED_THING.test(tokens[i - 1]?.f ?? '') && wordBefore(tokens, i, 5, NOT_EVER)) fl = g = 0;
    // «bekymring for å bli sett som «svak» av kolleger»: a label others may put on the person, no limit said.
    if (fl & (F.VQ | F.LIMADJ)) {
      const q = /^[«"'“”»]$/.test(tokens[i - 1]?.f ?? '') ? 1 : 0;
      if (
        tokens[i - 1 - q]?.f === 'som' &&
        /^(sett|sedd|oppfattet|oppfatta|kalt|kalla|stemplet|stempla|betraktet|betrakta|omtalt|omtala)$/.test(tokens[i - 2 - q]?.f ?? '')
      )
        fl = g = 0;
    }
    // «noe som gjør omstilling til nye yrker mer krevende»: how hard a change of job will be, a judgement of the
    // prospects — no function of the person.
    if (fl & (F.DIFP | F.DIFN) && /^(mer|meir)$/.test(tokens[i - 1]?.f ?? '')) {
      for (let k = i - 2; k >= 0 && k >= i - 6 && tokens[k]!.sent === t.sent; k--)
        if (
          /^(omstilling|omstillinga|omstillingen|overgang|overgangen|jobbsoking|jobbsokinga|formidling|kvalifisering|omskolering|omskoleringa|omskoleringen)$/.test(
            tokens[k]!.f,
          )
        ) {
          fl = g = 0;
          break;
        }
    }
    // «høy belastning», «høg fysisk og psykisk belastning», «høy arbeidsmengde»: a degree of load, as «stor belastning»
    // is («høye krav til finmotorikk» names the kind of demand).
    if (/^(hoy|hog|hoye|hoge)$/.test(t.f) && !(fl & F.VQ)) {
      let k = i + 1;
      while (k < i + 4 && /^(fysisk|psykisk|mental|kognitiv|og|eller)$/.test(tokens[k]?.f ?? '')) k++;
      if (
        /^(belastning|belasting|belastninger|stress|press|tidspress|arbeidspress|tempo|arbeidstempo|arbeidsmengde|arbeidsbelastning|stressbelastning|pakjenning|pakjenningar|pakjenninger)$/.test(
          tokens[k]?.f ?? '',
        )
      ) {
        fl |= F.VQ;
        g |= G.MUCH;
      }
    }
    // «arbeid i noen form», «i ein eller annan form»: a manner, not the body's form.
    if (
      t.f === 'form' &&
      /^(noen|nokon|noko|en|ein|ei|annen|annan|anna|enhver|kvar|hver|samme|same|hvilken|kva|ingen|inga)$/.test(tokens[i - 1]?.f ?? '') &&
      (tokens[i - 2]?.f === 'i' || /^(eller|og)$/.test(tokens[i - 2]?.f ?? ''))
    )
      fl = g = 0;
    // «med dei krava som følgjer med», «med de krav det innebærer»: demands pointed at, none of them named (nor is
    // «følger med», «hører til» there attention or hearing).
    if (pointedDemand(tokens, i)) fl = g = 0;
    // «stort sett sittende», «for det meste ståande»: mostly one posture, a kind of work — no amount left unsaid.
    if (
      fl & F.VQ &&
      t.f === 'stort' &&
      tokens[i + 1]?.f === 'sett' &&
      /^(sittende|sittande|staende|standende|stillesittende|stillesittande)$/.test(tokens[i + 2]?.f ?? '')
    )
      fl = g = 0;
    // «Rotigotin-plaster … kan redusere off-perioder», «kan dempe smertene»: what a treatment may ease, a prognosis — no
    // limit of the person.
    if (
      (fl | g) !== 0 &&
      EASE_VERB.test(t.f) &&
      /^(kan|vil|skal|kunne|skulle|ville)$/.test(tokens[i - 1]?.f ?? '') &&
      tokens[i + 1] &&
      (classify2(tokens[i + 1]!.f)[0] & F.SYMPT ||
        /(perioder|periodar|anfall|smerter|smertene|plager|plagene|symptomer|symptoma|symptomene|kvalme|svimmelhet)$/.test(tokens[i + 1]!.f))
    )
      fl = g = 0;
    // «hormonbeh. i 5 år, biverknader kan påverke», «bivirkningene kan påvirke henne»: what a treatment's side effects
    // may do, a risk ahead — no limit of the person now.
    if (
      (fl | g) !== 0 &&
      /^(pavirke|paverke|pavirka|paverka)$/.test(t.f) &&
      /^(kan|vil|kunne|ville)$/.test(tokens[i - 1]?.f ?? '') &&
      /^(bivirkning|bivirkninger|bivirkningene|biverknad|biverknader|biverknadene|biverknadane)$/.test(tokens[i - 2]?.f ?? '')
    )
      fl = g = 0;
    // (The tests below that clear a word's classes look only at words that have one: clearing nothing is no change.)
    // «klar for noe nytt», «noko anna enn kjøkken»: something new or other, a pronoun — no amount.
    if (fl & F.VQ && (t.f === 'noe' || t.f === 'noko') && /^(nytt|nye|annet|anna|annleis|annerledes)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
    // («vil jobbe med «noe fysisk, jeg dør av kjedsomhet på kontor»»: something of a kind, the adjective alone.)
    if (
      fl & F.VQ &&
      (t.f === 'noe' || t.f === 'noko') &&
      /^(\p{L}+isk|praktisk|kreativt|sosialt|meningsfullt|meiningsfullt|spennende|spennande)$/u.test(tokens[i + 1]?.f ?? '') &&
      (!tokens[i + 2] || tokens[i + 2]!.k !== KD.Word)
    )
      fl = g = 0;
    // «leddsmerter særlig i hender», «verst særleg ved kulde»: «særlig» before a preposition says where or when most,
    // a focus — no amount («særlig tunge løft» still is one).
    if (fl & F.VQ && (t.f === 'saerlig' || t.f === 'saerleg') && /^(i|ved|pa|paa|under|etter|om|med|for|fra|fraa)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
    // «drakk «altfor mye» i vinter»: how much a person drank, a habit told — no amount of function.
    if (fl & F.VQ && g & G.MUCH)
      for (let k = i - 1, n = 0; k >= 0 && n < 3 && tokens[k]!.sent === t.sent; k--) {
        if (tokens[k]!.k !== KD.Word) continue;
        n++;
        if (/^(drakk|drikker|drikk|drukket|drukke|drikke)$/.test(tokens[k]!.f)) {
          fl = g = 0;
          break;
        }
      }
    // «astmaanfall ved klorgass selv i lave konsentrasjoner», «små doser»: an exposure's level, not an amount of function.
    // («reaksjon kan utløses ved svært lave nivåer»: so are levels.)
    if (
      (fl | g) !== 0 &&
      /^(lav|lave|lag|lage|sma|smaa|hoye|hoge)$/.test(t.f) &&
      /^(konsentrasjoner|konsentrasjonar|doser|dosar|nivaer|nivaa|nivaaer|nivaar|mengder|mengdar)$/.test(tokens[i + 1]?.f ?? '')
    )
      fl = g = 0;
    // «i periodar med låge kvite blodlekamar», «ved lavt blodsukker», «høye blodverdier»: a lab value, a finding.
    if (
      (fl | g) !== 0 &&
      /^(lav|lave|lavt|lag|lage|lagt|hoy|hoye|hoyt|hog|hoge|hogt)$/.test(t.f) &&
      BLOOD_VALUE.test((/^(hvite|kvite|rode|raude)$/.test(tokens[i + 1]?.f ?? '') ? tokens[i + 2] : tokens[i + 1])?.f ?? '')
    )
      fl = g = 0;
    // «merkar ikkje noko til konsentrasjonen», «kjenner ikke noe til smertene»: nothing noticed — no limit, neither in the
    // negation nor in the amount word after it.
    if (fl & F.NEG && noticesNothing(tokens, i)) fl &= ~F.NEG;
    if ((fl | g) !== 0 && noticesNothing(tokens, i - 1)) fl = g = 0;
    // («Fastlegen følger opp diabetes», «psykolog på DPS følgjer opp»: the clinician's follow-up, no function of the
    // person — «klarer ikke å følge opp avtaler» still is one.)
    if (
      (fl | g) !== 0 &&
      /^(folger|folgjer|folgde|fulgte)$/.test(t.f) &&
      tokens[i + 1]?.f === 'opp' &&
      (CLINICIAN.test(tokens[i - 1]?.f ?? '') || (tokens[i - 2]?.sent === t.sent && CLINICIAN.test(tokens[i - 2]?.f ?? '')))
    )
      fl = g = 0;
    // («noe både han og veileder mener henger sammen med …», «veiledar vurderer»: Nav's veileder giving a view — a
    // person in the case, not work.)
    if (fl & F.WORK && /^(veileder|veiledar|veilederen|veiledaren)$/.test(t.f) && OPINION.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
    // («ukentlig kognitiv terapi», «kognitiv atferdsterapi»: the name of a treatment — no cognitive function of the person.)
    if (
      (fl | g) !== 0 &&
      (t.f === 'kognitiv' || t.f === 'kognitive') &&
      /^(terapi|terapien|atferdsterapi|atferdsterapien|behandling|behandlinga|behandlingen|terapeut)$/.test(tokens[i + 1]?.f ?? '')
    )
      fl = g = 0;
    // («Varierende oppdrag via byrå vil han neppe mestre»: work that varies, a kind of work — no state of the person.)
    if ((fl | g) !== 0 && VARYING.has(t.f) && VARYING_WORK.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
    // («får panikkanfall ved synet av ovnane»: at the sight of a thing, the trigger named — not the sense of vision.)
    if ((fl | g) !== 0 && (t.f === 'synet' || t.f === 'syn') && tokens[i - 1]?.f === 'ved' && tokens[i + 1]?.f === 'av') fl = g = 0;
    // («får panikk ved lyd av kran og slipemaskin», «ved lukta av diesel»: a sound or smell named by what makes it, the
    // trigger — not an amount of noise left unsaid.)
    if (
      (fl | g) !== 0 &&
      /^(lyd|lyden|lyda|lukt|lukta|lukten)$/.test(t.f) &&
      tokens[i - 1]?.f === 'ved' &&
      /^(av|fra|fraa)$/.test(tokens[i + 1]?.f ?? '') &&
      tokens[i + 2]?.k === KD.Word &&
      tokens[i + 2]!.sent === t.sent
    )
      fl = g = 0;
    // («ingen belastning uten ortose», «full belastning på foten»: bearing weight on a leg, with or without its aid — the
    // body's load, not stress.)
    if (
      fl & F.LOADA &&
      /^(belastning|belasting|belastninga|belastningen)$/.test(t.f) &&
      BEARING_AFTER.test(tokens[i + 2]?.f ?? '') &&
      /^(uten|utan|pa|med)$/.test(tokens[i + 1]?.f ?? '')
    )
      fl = (fl & ~F.LOADA) | F.ACT | B_MOBILITY;
    // («de to siste gangene», «fleire gonger»: times, occasions — no walking, which has no plural.)
    if ((fl | g) !== 0 && /^(ganger|gangene|gangane|gonger|gongene|gongane)$/.test(t.f)) fl = g = 0;
    // «eg er forsiktig optimist», «forsiktig positiv til retur»: the writer's stance on the outlook, no care the person
    // must take.
    if ((fl | g) !== 0 && /^(forsiktig|forsiktigt)$/.test(t.f) && STANCE.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
    // «tilskudd til lav stige», «ein låg krakk»: an aid, not a limit.
    if (
      (fl | g) !== 0 &&
      /^(lav|lave|lag|lage)$/.test(t.f) &&
      /^(stige|stiger|stigen|krakk|krakken|trappestige|gardintrapp|arbeidsbenk|\p{L}*stol|\p{L}*stolen|\p{L}*stoler|\p{L}*stolene|\p{L}*stolar|\p{L}*stolane|\p{L}*bord|\p{L}*bordet|\p{L}*bordene|\p{L}*borda|\p{L}*benk|\p{L}*benken|\p{L}*benker|\p{L}*seng|\p{L}*senga|\p{L}*sengen|\p{L}*senger|\p{L}*sengene)$/u.test(
        tokens[i + 1]?.f ?? '',
      )
    )
      fl = g = 0;
    // «lim og lakk i dårlig ventilerte rom», «dårleg isolert verkstad»: how well a building is kept, not the person.
    // (The participle is the building's too: «isolert» is then no loneliness.)
    // («arbeid i tunnel med dårleg luft», «dårlig inneklima»: the air of the place, an exposure.)
    if (
      (fl | g) !== 0 &&
      ((/^(darlig|darleg|darlige|darlege)$/.test(t.f) && (KEPT_BUILDING.test(tokens[i + 1]?.f ?? '') || AIR.test(tokens[i + 1]?.f ?? ''))) ||
        (KEPT_BUILDING.test(t.f) && /^(darlig|darleg|darlige|darlege)$/.test(tokens[i - 1]?.f ?? '')))
    )
      fl = g = 0;
    // «synsfeltet oppfyller ikke kravene (til førerkort)», «fyller krava»: requirements met or not, a finding — no load.
    // («fyller ikkje helsekrava til sjøfolk»: a compound of «krav» too.)
    if (fl & F.LOADA && /(krav|kravet|kravene|krava)$/.test(t.f)) {
      // («oppfyller derfor ikke helsekravene»: an adverb may stand between the verb and the negation.)
      let v = i - 1;
      while (v > i - 4 && /^(ikke|ikkje|derfor|difor|dermed|lenger|lengre|heller|fortsatt|framleis|enno|enna)$/.test(tokens[v]?.f ?? '')) v--;
      if (/^(oppfyller|oppfyllar|oppfylle|oppfylte|oppfylt|fyller|fyllar|fylle|fylte|tilfredsstiller|tilfredsstille|innfrir|innfri)$/.test(tokens[v]?.f ?? ''))
        fl = g = 0;
    }
    // «Eg vil heller begynne med litt enn å sitje heime»: a preference, «rather a little than …» — no limit.
    if (fl & (F.VQ | F.LIMADJ) && (tokens[i + 1]?.f === 'enn' || tokens[i + 2]?.f === 'enn') && wordBefore(tokens, i, 4, RATHER)) fl = g = 0;
    // «om noen gang», «nokon gong»: ever — no amount.
    if ((t.f === 'noen' || t.f === 'nokon' || t.f === 'noensinne') && /^(gang|gong)$/.test(tokens[i + 1]?.f ?? '')) fl = g = 0;
    // «ikke så fysisk», «ikkje så travelt»: «så» after a negation is a degree, «not very» — how much, unsaid.
    if (
      t.f === 'sa' &&
      i > 0 &&
      (tokens[i - 1]!.f === 'ikke' || tokens[i - 1]!.f === 'ikkje' || (/^(er|var)$/.test(tokens[i - 1]!.f) && /^(ikke|ikkje)$/.test(tokens[i - 2]?.f ?? ''))) &&
      /^(fysisk|fysiske|tungt|tung|tunge|krevende|krevjande|travelt|travel|hektisk|stressende|stressande|belastende|belastande)$/.test(tokens[i + 1]?.f ?? '')
    ) {
      fl = F.VQ;
      g = G.MUCH;
    }
    // «skal ikke belaste foten mer enn høyst nødvendig»: as little as needed — how much, unsaid.
    // (On «mer», next to what it limits.)
    if (/^(mer|meir|mere|lenger|lengre|mye|mykje)$/.test(t.f) && tokens[i + 1]?.f === 'enn') {
      const k = /^(hoyst|hogst|strengt|absolutt)$/.test(tokens[i + 2]?.f ?? '') ? i + 3 : i + 2;
      if (/^(nodvendig|naudsynt|naudsynleg)$/.test(tokens[k]?.f ?? '')) {
        fl = F.VQ;
        g = G.MUCH;
      }
    }
    // «kan sitje 45 min dersom ho får reise seg og gå litt»: the break a measured capacity comes with, allowed — no
    // limit of its own.
    if ((fl | g) !== 0 && /^(litt|lite|noe|noko)$/.test(t.f) && allowedMove(tokens, i)) fl = g = 0;
    // «regner vi med at anfallene reduseres», «reknar med»: expects — a prognosis, not the sums of cognition.
    if (
      (fl | g) !== 0 &&
      /^(regner|regne|regnet|regna|regnar|rekner|rekne|reknar|rekna)$/.test(t.f) &&
      (tokens[i + 1]?.f === 'med' || (/^(vi|me|eg|jeg|han|hun|ho|dei|de|legen)$/.test(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.f === 'med'))
    )
      fl = g = 0;
    // «sonen tek dei tunge løfta», «kollega tar de tyngste»: someone else does the heavy work — an arrangement, no
    // limit of the person's to measure.
    if ((fl | g) !== 0 && /^(tung|tunge|tungt|tyngste|tyngre)$/.test(t.f) && otherDoes(tokens, i)) fl = g = 0;
    // «ryggen blir verre utover dagen», «blir dårligere utover vakten»: worse as the day goes on — after how long,
    // unsaid («etter ca 3 timer må han sitte» says it, and answers it nearby).
    if (
      t.f === 'utover' &&
      /^(dagen|vakten|vakta|kvelden|arbeidsdagen|skiftet|uka|uken|veka|arbeidsveka|arbeidsuka|arbeidsuken|ettermiddagen)$/.test(tokens[i + 1]?.f ?? '') &&
      [1, 2].some((d) => WORSE.has(tokens[i - d]?.f ?? '') || /^(slitnere|sliten|trottere|troyttare|tyngre|stivere|stivare)$/.test(tokens[i - d]?.f ?? ''))
    ) {
      fl = F.VQ | B_ENDURANCE;
      g = G.LONG;
    }
    // «Ber utstyr 15-25 kg», «ber sekker på 20 kg»: nynorsk «ber» (carries) with a weight right after it is carrying —
    // bokmål «ber om» (asks for) has none.
    if (t.f === 'ber' && !(fl & F.ACT) && tokens[i + 1]?.f !== 'om')
      for (let k = i + 1; k <= i + 6 && k + 1 < tokens.length && (tokens[k]!.k !== KD.Punct || /^[-–]$/.test(tokens[k]!.f)); k++)
        if (tokens[k]!.k === KD.Num && /^(kg|kilo)$/.test(tokens[k + 1]!.f)) {
          fl |= F.ACT | areaBit('lift');
          break;
        }
    // «møter ikke alltid til avtaler», «klarer ikkje alltid ein heil dag»: not always is sometimes — how often, unsaid, and
    // no complete limit.
    if (t.f === 'alltid' && i > 0 && (tokens[i - 1]!.f === 'ikke' || tokens[i - 1]!.f === 'ikkje')) {
      fl = F.VQ;
      g = G.MUCH;
    }
    // «ryggen er ikkje heilt bra», «ikke helt frisk»: not quite well — a degree, not a complete limit.
    if (
      (t.f === 'helt' || t.f === 'heilt') &&
      i > 0 &&
      (tokens[i - 1]!.f === 'ikke' || tokens[i - 1]!.f === 'ikkje') &&
      /^(bra|frisk|fin|god|godt|ok|greit|restituert|smertefri|symptomfri)$/.test(tokens[i + 1]?.f ?? '')
    ) {
      fl = F.VQ;
      g = G.LITTLE;
    }
    // «… ga tilbakefall etter 3 uker», «ga økte smerter»: gave, the past of «gi», folded like «gå» — unless a modal, «å»
    // or a negation before it says the writer left out the ring («kan ga 500 m»).
    if (t.f === 'ga' && !withAa(text, t) && !(i > 0 && (flags[i - 1]! & (F.CAPV | F.NEG) || tokens[i - 1]!.f === 'a'))) fl = g = 0;
    // "hjemmekontor på dårlige dager", "2–3 dårlige perioder i året": a kind of day, counted or named as a when, not
    // a degree of function — «mange dårlige dager» still asks how many.
    if (fl & F.LIMADJ && BAD_DAY.test(tokens[i + 1]?.f ?? '') && !(flags[i - 1]! & F.VQ)) fl = g = 0;
    // "kurs for langvarige smerter", "sterke smerter": how the symptom is, not how much a function is limited
    // («sterke smerter ved gange» still says what limits walking).
    // (An amount — «mye angst», «for store smerter til å jobbe» — is still how much it limits.)
    if (
      fl & (F.VQ | F.LIMADJ) &&
      !(fl & (F.CAPV | F.NEG | AREA_MASK | F.FN | F.ACT)) &&
      i + 1 < tokens.length &&
      !AMOUNT_WORD.test(t.f) &&
      !/^(sa|altfor|so)$/.test(tokens[i - 1]?.f ?? '') &&
      // «har for sterke smerter» (too strong); «kurs for langvarige smerter» (for) is no amount.
      !(tokens[i - 1]?.f === 'for' && /^(har|hadde|er|var|blir|ble|vart|vert|far|fekk|fikk|med|pga)$/.test(tokens[i - 2]?.f ?? ''))
    ) {
      const [na] = classify2(tokens[i + 1]!.f);
      if (na & F.SYMPT && !(na & (AREA_MASK | F.FN | F.ACT | F.LOADA | F.LOADC)) && !/^(ved|nar|under|etter)$/.test(tokens[i + 2]?.f ?? '')) fl = g = 0;
    }
    // «operert okt. 2022», «okt 2021»: October, typed without ø, before a year — not «økt» (a session, increased).
    if (t.f === 'okt' && !typedWithOe(text, t)) {
      const y = tokens[i + 1]?.f === '.' ? tokens[i + 2] : tokens[i + 1];
      if (y && y.k === KD.Num && /^(19|20)\d\d$/.test(y.f)) fl = g = 0;
    }
    // «ikke arbeide nær kraftige elektromagnetiske felt» (an ICD): a kind of field, no amount of the person's.
    if (
      /^(kraftig|kraftige|sterk|sterke|sterkt)$/.test(t.f) &&
      /^(elektromagnetiske|elektromagnetisk|magnetiske|magnetisk|magnetfelt|magnetfelter|felt)$/.test(tokens[i + 1]?.f ?? '')
    )
      fl = g = 0;
    // «noen form for arbeid», «ein annan type for …»: a kind of something, no fitness.
    // («i dårlig form for tida» is fitness.)
    if (
      t.f === 'form' &&
      tokens[i + 1]?.f === 'for' &&
      /^(noen|nokon|noe|noko|en|ei|ein|eit|et|annen|anna|annan|enhver|kvar|hver|denne|samme|same|slik|ny|enkel)$/.test(tokens[i - 1]?.f ?? '')
    )
      fl = g = 0;
    // «Rtg viser godt sittende protese»: how an implant sits in the bone, no sitting.
    if (
      (t.f === 'sittende' || t.f === 'sitjande') &&
      /^(protese|protesen|proteser|protesar|implantat|implantatet|implantater|implantata|osteosyntese|osteosyntesen|osteosyntesemateriale|plate|plata|platen|skrue|skruen|skruer|skruar|nagle|naglen|margnagle|margnaglen|cup|cupen|stamme|stammen|komponent|komponenten|komponenter|komponentar)$/.test(
        tokens[i + 1]?.f ?? '',
      )
    )
      fl = g = 0;
    // «Sertralin … økt til 100 mg», «dosen ble økt»: the participle of «øke» (increased), no session of work.
    if (
      (t.f === 'okt' || t.f === 'auka') &&
      ((/^(til|fra|med)$/.test(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.k === KD.Num) ||
        /^(ble|blei|vart|blitt|vorte|er|var|har|hadde)$/.test(tokens[i - 1]?.f ?? ''))
    )
      fl = g = 0;
    // «god kontakt med næraste leiar», «godt samarbeid med sjefen»: how a relationship at work is — no contact with
    // customers as a task or demand.
    if (
      /^(kontakt|samarbeid|samarbeidet|relasjon|tone|tonen|dialog|dialogen)$/.test(t.f) &&
      /^(god|godt|fin|fint|naer|naert|tett|grei|greit)$/.test(tokens[i - 1]?.f ?? '') &&
      tokens[i + 1]?.f === 'med' &&
      /^(naermeste|naraste|naeraste|leder|leiar|lederen|leiaren|sjef|sjefen|arbeidsgiver|arbeidsgivar|arbeidsgjevar|arbeidsgiveren|kolleger|kollegaer|kollegane|kollegene|fastlege|fastlegen)$/.test(
        tokens[i + 2]?.f ?? '',
      )
    )
      fl = g = 0;
    // «Han har jobbet mye med sveising», «jobba på verft i 17 år, mykje med sliping i skrog»: how much of the work was
    // that — what the job held, not an amount the person is limited to. (Only with no limit or denial before it.)
    // (Not what is worked with a body part, «jobber mye med armene», a load on it; nor work that sets off a symptom or is
    // limited: «smerter når hun jobber mye med …», «ikke jobbe for mye med armen».)
    if (
      /^(mye|mykje)$/.test(t.f) &&
      tokens[i + 1]?.f === 'med' &&
      !LOADED_PART.test(tokens[i + 2]?.f ?? '') &&
      !WEIGHT_PART.test(tokens[i + 2]?.f ?? '') &&
      wordBefore(tokens, i, 8, WORKS)
    ) {
      let limited = false;
      for (let k = i - 1; k >= i - 10 && k >= 0 && tokens[k]!.sent === t.sent; k--)
        if (flags[k]! & (F.NEG | F.LIMADJ | F.CAPV | F.DIFV | F.DIFN | F.STATE | F.SYMPT) || /^(nar|ved|for|altfor)$/.test(tokens[k]!.f)) limited = true;
      if (!limited) fl = g = 0;
    }
    // «drive gården videre med redusert besetning», «driv butikken med redusert opningstid»: a business run with less of
    // something that is nothing of the person (no function, capacity, load, task or state) — how it is run, no limit of
    // the person. («med redusert mestringsopplevelse» without a business run stays the person's.)
    if (fl & F.LIMADJ && REDUCED.test(t.f) && tokens[i - 1]?.f === 'med' && tokens[i + 1]?.k === KD.Word && wordBefore(tokens, i - 1, 4, RUN_BUSINESS)) {
      const [nf, ng] = classify2(tokens[i + 1]!.f);
      const after = tokens[i + 2];
      if (nf === 0 && ng === 0 && (!after || after.k === KD.Punct || /^(og|men|eller)$/.test(after.f))) fl = g = 0;
    }
    // «vurdering av dårlige pasienter», «dårlege bebuarar», «observasjon av ustabile pasienter», «skjøre eldre»: ill or
    // frail, said of people the job is about — no degree of the person's.
    if (
      (/^(darlig|darlige|darleg|darlege)$/.test(t.f) || (fl & F.LIMADJ && !(fl & (AREA_MASK | F.FN | F.ACT)))) &&
      /^(pasienter|pasientar|pasient|pasienten|pasientene|pasientane|beboere|bebuarar|brukere|brukarar|eldre|barn|born|elever|elevar)$/.test(
        tokens[i + 1]?.f ?? '',
      )
    )
      fl = g = 0;
    // «diagnostisert okt. -24», «14. okt 2024»: the month (oktober) shortened, no session of work.
    if (
      t.f === 'okt' &&
      ((tokens[i + 1]?.f === '.' && (tokens[i + 2]?.k === KD.Num || (tokens[i + 2]?.f === '-' && tokens[i + 3]?.k === KD.Num))) ||
        (tokens[i + 1]?.k === KD.Num && (tokens[i + 1]?.v ?? 0) >= 1900) ||
        (tokens[i - 1]?.f === '.' && tokens[i - 2]?.k === KD.Num && (tokens[i - 2]?.v ?? 99) <= 31) ||
        // («EEG normal i okt.», «sjukmeld sidan okt»: after a word of when, typed without ø, the month ends the clause.)
        (!typedWithOe(text, t) &&
          /^(i|sidan|siden|fra|fraa|etter|innen|innan|til)$/.test(tokens[i - 1]?.f ?? '') &&
          (!tokens[i + 1] || tokens[i + 1]!.sent !== t.sent || tokens[i + 1]!.k === KD.Punct)))
    )
      fl = g = 0;
    // «ikke-nekrotiserende granulomer», «ikkje-medikamentell behandling»: «ikke-» as the first part of a word, no negation.
    if (fl & F.NEG && /^(ikke|ikkje)-\p{L}/u.test(t.f)) fl &= ~F.NEG;
    // «Utfordringen nå er at hun ikke kan arbeide ved frityrgryte», «problemet er at …»: the trouble noun points at the
    // clause after «at», which says what the trouble is — it is no trouble left unmeasured of its own.
    if (fl & F.DIFN) {
      const be = /^(na|no|naa)$/.test(tokens[i + 1]?.f ?? '') ? i + 2 : i + 1;
      if (COPULA.has(tokens[be]?.f ?? '') && tokens[be + 1]?.f === 'at') fl &= ~F.DIFN;
    }
    // (After «nesten» the word rules nothing out: «klarer nesten ingenting hjemme», «klarte nesten ikke å snakke» say
    // how little, unmeasured.)
    if (tokens[i - 1]?.f === 'nesten' && /^(ingenting|ingen|ikke|ikkje|inga)$/.test(t.f)) fl = g = 0;
    flags[i] = fl;
    flags2[i] = g;
    step[i] = fl;
  }
  re.copyFlagsAfter(flags, flags2, step);
  let words = 0;
  let hasSymptoms = false;
  let hasWork = false;
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i]!.k;
    if (k === KD.Num) words++;
    if (k !== KD.Word) continue;
    words++;
    const fl = step[i]!;
    if (fl & F.SYMPT) hasSymptoms = true;
    // («Pasienten er ferdig med strålebehandling»: the person the text is about, not patients as work.)
    if (fl & F.WORK && !(fl & F.SYMPT) && !THE_PATIENT.test(tokens[i]!.f)) hasWork = true;
    // «Krever god balanse …»: what a job asks is work, whatever the job is called.
    if (flags2[i]! & G.DEMAND && !(fl & F.SYMPT)) hasWork = true;
  }

  const quantities = findQuantities(text, tokens, wb, W_QUANTITY);
  const sentences: Sentence[] = sents.map((s) => ({ start: s.s, end: s.e, statements: [] }));
  const statements: Statement[] = [];
  let qi = 0;
  // "I nåværende arbeid kan han ikke:" over a list: every item is something he cannot do.
  let negListHeader = false;
  re.beginSentences(sents.length);
  yield;
  for (let si = 0; si < sents.length; si++) {
    if ((si & 63) === 63) yield;
    const sent = sents[si]!;
    // The same sentence in the same surroundings, after the same state, in a kept analysis: its statements, moved.
    const same = re.sentence(si, sent, negListHeader, quantities);
    if (same) {
      for (const st of same) {
        statements.push(st);
        sentences[si]!.statements.push(statements.length - 1);
      }
      negListHeader = re.negAfter;
      qi = Math.max(qi, re.qAfter);
      continue;
    }
    const firstStatement = statements.length;
    let c0 = sent.t0;
    const listItem = LIST_ITEM.test(text.slice(Math.max(0, sent.s - 6), sent.s + 3));
    if (!listItem) negListHeader = false;
    let prevNeg = negListHeader;
    // («Forflytning (personløfter finnes ikke hos alle), kjører bil …, ofte alene»: a negation inside a bracket stays
    // there; the list goes on as it was before the bracket.)
    let negBeforeParen = prevNeg;
    let paren = false;
    // Inside a bracket past its first clause: "nattskift (bruker amitriptylin 25 mg, trøtt og treg på morgenen)".
    let inParen = false;
    let cause = false;
    let sideEffectsOf: Statement | null = null;
    let prevWasParen = false;
    let capHeader = false;
    let negInline = false;
    if (!listItem) negListHeader = negHeaderAt(text, tokens, flags, sent.t0, sent.t1, sent.e);
    // "Mål: Vidare drift av eigen båt i redusert omfang": the user's goal, not a limit — up to a «men» that turns to
    // the person ("…, men hun orker lite"); «men i ei stilling med mindre fysisk pleie» still says what the goal is.
    let goalUntil = goalSentence(text, tokens, sent.t0, sent.t1) ? sent.t1 : -1;
    // «Krav: står store deler av dagen, men det har hun ingen begrensninger på»: what the job asks, not a limit — up to a
    // «men» that turns to the person.
    let demandColon = -1;
    if (DEMAND_HEADING.test(tokens[sent.t0]?.f ?? ''))
      for (let k = sent.t0 + 1; k < sent.t1 && k <= sent.t0 + 4; k++)
        if (tokens[k]!.f === ':') {
          demandColon = k;
          break;
        }
    // («… det er dei sosiale krava i jobben som er utfordrande no: ansvar for 8 bebuarar og mange pårørandesamtalar»: a
    // sentence that names the job's demands and opens a list with a colon — what follows the colon is the list.)
    let demandFrom = -1;
    if (demandColon < 0)
      for (let k = sent.t0 + 2; k < sent.t1; k++) {
        if (tokens[k]!.f !== ':') continue;
        let named = false;
        for (let j = Math.max(sent.t0, k - 12); j < k; j++)
          if (DEMAND_HEADING.test(tokens[j]!.f) && /^(i|pa|til|ved)$/.test(tokens[j + 1]?.f ?? '')) named = true;
        if (named) demandColon = demandFrom = k;
        break;
      }
    // «Som bagasjehåndterer løftet han kolli opp til 32 kg mange ganger per skift, ofte bøyd inn i lasterommet»: a sentence
    // that opens with the job and what the person did or does in it describes the job's demands, not a limit — unless
    // its verb is one of ability or need («Som lærer klarer hun kun korte økter»).
    if (demandColon < 0 && asJobDoing(tokens, flags, sent.t0, sent.t1)) {
      demandColon = sent.t0;
      demandFrom = sent.t0 - 1;
    }
    // («Arbeidsgiver har tilbudt en stilling på poliklinikken med faste dagvakter, planlagte konsultasjoner og få
    // uforutsette hendelser»: a job offered or found, and what it has listed after «med» — the job's, to its end.)
    if (demandColon < 0) {
      const k = offeredJobWith(tokens, sent.t0, sent.t1);
      if (k >= 0) demandColon = demandFrom = k;
    }
    let demandUntil = -1;
    if (demandColon >= 0) {
      demandUntil = sent.t1;
      for (let j = demandColon + 1; j < sent.t1; j++) if (tokens[j]!.f === 'men' || tokens[j]!.f === 'likevel') demandUntil = Math.min(demandUntil, j);
    }
    // («Utløysarar: lite søvn, sterkt lys, stress»: the sentence lists what sets off attacks.)
    const triggersList = TRIGGERS_HEADING.test(tokens[sent.t0]?.f ?? '') && tokens[sent.t0 + 1]?.f === ':';
    if (goalUntil >= 0)
      for (let k = sent.t0; k < sent.t1; k++)
        if ((tokens[k]!.f === 'men' || tokens[k]!.f === 'likevel') && (PERSON.has(tokens[k + 1]?.f ?? '') || flags[k + 1]! & F.CAPV))
          goalUntil = Math.min(goalUntil, k);
    for (let i = sent.t0; i <= sent.t1; i++) {
      let boundary = i === sent.t1;
      if (!boundary) {
        const t = tokens[i]!;
        // "4–5 timar", "3 – 4 gonger": a range between two numbers, not a dash between clauses.
        if (t.k === KD.Punct) {
          // («tale 1:1», «i forholdet 1:2»: a ratio, no colon between clauses.)
          const range =
            (t.f === '–' || t.f === '—' || (t.f === ':' && tokens[i - 1]?.e === t.s && tokens[i + 1]?.s === t.e)) &&
            ((tokens[i - 1]?.k === KD.Num && tokens[i + 1]?.k === KD.Num) ||
              // («to–tre dagar i veka», «fire-fem gonger»: a range of number words, written tight.)
              (NUMBER_WORDS.has(tokens[i - 1]?.f ?? '') && NUMBER_WORDS.has(tokens[i + 1]?.f ?? '') && tokens[i - 1]!.e === t.s && tokens[i + 1]!.s === t.e));
          // («skifte mellom sitte, stå og gå minst hver halvtime»: the items of «mellom A, B og C» are one phrase.)
          let between = false;
          if (t.f === ',' && (tokens[i - 2]?.f === 'mellom' || tokens[i - 3]?.f === 'mellom'))
            for (let k = i + 1; k <= i + 3 && k < sent.t1; k++) if (tokens[k]!.f === 'og' || tokens[k]!.f === 'eller') between = true;
          // («mestrer korte, faste oppgaver 3–6 timer i uka»: two adjectives before their noun are one phrase.)
          const adjectives =
            t.f === ',' &&
            ADJ_PLURAL.test(tokens[i - 1]?.f ?? '') &&
            ADJ_PLURAL.test(tokens[i + 1]?.f ?? '') &&
            !(flags[i + 1]! & (F.CAPV | F.AUX)) &&
            TASK_PLURAL.test(tokens[i + 2]?.f ?? '');
          boundary =
            (wb[i]! & W_CLAUSE_PUNCT && !range && !between && !adjectives) ||
            (t.f === '-' && tokens[i - 1]?.e !== t.s && tokens[i + 1]?.s !== t.e) ||
            // («kjenner ikkje pedalane godt nok -> KAN IKKJE køyre buss»: an arrow, what follows from it.)
            ((t.f === '-' || t.f === '=') && tokens[i + 1]?.f === '>' && tokens[i + 1]!.s === t.e);
        } else boundary = i > c0 && (wb[i]! & W_CLAUSE) !== 0;
        // "og"/"eller" followed by a new finite verb opens a new clause: "kan ikke løfte og kan gå 1 km".
        const and = (wb[i]! & W_AND) !== 0;
        if (!boundary && and && i + 1 < sent.t1 && flags[i + 1]! & (F.CAPV | F.AUX)) boundary = true;
        // («har nedsatt gangfunksjon og derfor delvis nedsatt arbeidsevne»: what follows from it is a clause of its own.)
        if (!boundary && and && i + 1 < sent.t1 && /^(derfor|difor|dermed|dermeir)$/.test(tokens[i + 1]!.f)) boundary = true;
        // («har nedsatt stresstoleranse og ikke bør ha skiftarbeid»: the same, with the negation before the verb.)
        // (A modal only: «bare tåler deltid og ikke tåler …» keeps its two verbs of tolerance in one statement.)
        if (!boundary && and && i + 2 < sent.t1 && /^(ikke|ikkje)$/.test(tokens[i + 1]!.f) && /^(bor|kan|skal|ma|maa)$/.test(tokens[i + 2]!.f)) boundary = true;
        // "… i ryggen og han toler ikkje tungt arbeid", "og at han ikke tåler …": a new subject with its own verb.
        if (!boundary && and && i + 2 < sent.t1) {
          const k = tokens[i + 1]!.f === 'at' ? i + 2 : i + 1;
          // (In a «that» clause the negation comes before the verb: «og at han ikkje toler …».)
          const v = /^(ikke|ikkje)$/.test(tokens[k + 1]?.f ?? '') ? k + 2 : k + 1;
          if (PERSON.has(tokens[k]!.f) && v < sent.t1 && flags[v]! & (F.CAPV | F.AUX)) boundary = true;
          // («… pga epilepsi og ferja går ikkje tidleg nok»: a bus or a ferry as the new subject.)
          if (TRANSPORT_SUBJECT.test(tokens[k]!.f) && TRANSPORT_GOES.test(tokens[k + 1]?.f ?? '')) boundary = true;
          // («… vanskelig å møte nye mennesker og at du ikke liker å snakke i telefon»: «og at» with a subject is a clause of
          // its own, whatever its verb.)
          if (k === i + 2 && PERSON.has(tokens[k]!.f)) boundary = true;
        }
      }
      if (!boundary) continue;
      const said = clause(
        text,
        tokens,
        flags,
        flags2,
        c0,
        i,
        si,
        quantities,
        qi,
        prevNeg,
        sp,
        wb,
        capHeader,
        (listItem && negListHeader && onlyPunct(tokens, sent.t0, c0)) || negInline,
        triggersList,
      );
      // "Mestrer: 3 t/dag …", "Kan: sitte 30 min": a capacity verb as a heading governs what follows the colon.
      capHeader =
        i < sent.t1 &&
        tokens[i]!.f === ':' &&
        i - c0 <= 3 &&
        tokens.slice(c0, i).some((_x, k) => flags[c0 + k]! & F.CAPV) &&
        !tokens.slice(c0, i).some((_x, k) => flags[c0 + k]! & F.NEG);
      // "Kan ikke: sitte i kasse i rushtid, være alene i butikken": a negated one governs the items after it.
      if (
        i < sent.t1 &&
        tokens[i]!.f === ':' &&
        i - c0 <= 4 &&
        // («Ikke: vaske gulv med moppeskaft, bære søppelsekker …»: the capacity verb left out of the heading.)
        (tokens.slice(c0, i).some((x, k) => flags[c0 + k]! & F.CAPV || /^(bor|skal|ma)$/.test(x.f)) || (i - c0 === 1 && c0 === sent.t0)) &&
        tokens.slice(c0, i).some((x) => x.f === 'ikke' || x.f === 'ikkje')
      )
        negInline = true;
      const wasParen = paren || inParen;
      if (i < sent.t1 && tokens[i]!.f === '(') inParen = true;
      else if (i < sent.t1 && tokens[i]!.f === ')') inParen = false;
      // The clause opens with a reason («av omsyn til …», «på grunn av …») or follows «pga», «fordi».
      const wasCause = cause || (i > c0 + 1 && ((wb[c0 + 1]! & W_CAUSE && isCause(tokens, c0 + 1)) || (wb[c0]! & W_CAUSE && isCause(tokens, c0))));
      paren = i < sent.t1 && tokens[i]!.f === '(';
      cause = i < sent.t1 && (wb[i]! & W_CAUSE) !== 0 && isCause(tokens, i);
      c0 = i + 1;
      if (!said) continue;
      qi = clauseOut.nextQ;
      const st = said;
      if (st.t0 < demandUntil && st.t0 > demandFrom && st.limited && !st.absolute && !st.negated) {
        st.demand = true;
        st.limited = st.vague = st.capacity = false;
        st.kind = null;
        st.cue = null;
      }
      if (st.t0 < goalUntil && st.limited && !st.absolute) {
        st.limited = st.vague = st.capacity = false;
        st.kind = null;
        st.cue = null;
      }
      // A group of people ruled out with nothing about its size is complete («kun planlegging, ikke klasse»; «ikke store
      // grupper» asks how big). («… og utan grupper»: an item joined to the list before it.)
      const s0 = st.t0 + (/^(og|eller)$/.test(tokens[st.t0]!.f) ? 1 : 0);
      if (st.vague && st.t1 - s0 === 2 && /^(ikke|ikkje|ingen|inga|uten|utan)$/.test(tokens[s0]!.f) && flags2[s0 + 1]! & G.COUNTN && st.kind === 'social') {
        st.vague = false;
        st.absolute = true;
      }
      // («Varelager uten kunder kan prøves fra uke 9»: «uten» straight before the people, in a longer statement too, is
      // none of them — a count of nought, no size left open; «uten mange kunder» still asks how many.)
      if (st.vague && st.kind === 'social' && st.cue) {
        let c = st.t0;
        while (c < st.t1 && tokens[c]!.s < st.cue.start) c++;
        if (c + 2 <= st.t1 && tokens[c + 1]!.e === st.cue.end && /^(uten|utan)$/.test(tokens[c]!.f) && flags2[c + 1]! & G.COUNTN) {
          st.vague = false;
          st.absolute = true;
        }
      }
      // «gips til uke 8, ingen belastning», «Går med krykker, ikkje full belastning før 6 v postop», «delvis belastning i
      // 4 uker»: a weight-bearing order (how much weight the leg may take, until when), with no verb of tolerating — complete,
      // not a tolerance left unmeasured («tåler ikke belastning»).
      if (st.vague && weightBearingOrder(tokens, s0, st.t1)) {
        st.vague = false;
        st.absolute = true;
      }
      const prev = statements[statements.length - 1];
      // «Kan ikke kjøre buss (førerkortkrav; MMSE 25 og oppmerksomhetssvikt ved …)»: inside the bracket of a task ruled
      // out whole, a limit word is the grounds for it, not a limit of its own to measure.
      // («Kan ikke bruke hammer (ikke stå lenge heller)»: a limit of its own, denied in the bracket, is not grounds.)
      // (Within the sentence only: a statement's result may depend on its own sentence and a few tokens around it —
      // reuse.ts keeps and takes over each sentence's statements on that key.)
      if (st.vague && !st.negated && prev?.absolute && prev.sentence === si && prev.negated && !prev.vague) {
        const between = text.slice(prev.start, st.start);
        const open = between.lastIndexOf('(');
        // («Kan ikke kjøre rutebuss så lenge han står på oksykodon og har nedsatt følesans …»: the condition it holds
        // under, the same. A reason after «fordi»/«pga» may name a limit of its own, and stays.)
        if ((open >= 0 && between.indexOf(')', open) < 0) || GROUNDS.test(between)) {
          st.vague = st.limited = false;
          st.kind = null;
          st.cue = null;
        }
      }
      // "Kjøring av gravemaskin: NEI", "Arbeid i høyden: nei": the answer after the colon rules out the task before it.
      if (
        prev &&
        prev.sentence === si &&
        prev.functional &&
        prev.concrete &&
        !prev.negated &&
        /^\s*:\s*$/.test(text.slice(prev.end, st.start)) &&
        /^(nei|ikke|ikkje|aldri|uaktuelt)$/i.test(text.slice(st.start, st.end).trim())
      ) {
        prev.negated = prev.limited = prev.absolute = true;
        prev.capacity = false;
        prev.vague = false;
        prev.end = st.end;
        prev.t1 = st.t1;
        continue;
      }
      // («Heimeoksygen vurdert men ikkje aktuelt no», «Oksygen vurdert, ikke aktuelt»: judged not relevant right after
      // it is about what came before, a treatment considered — no task ruled out.)
      if (
        prev &&
        prev.sentence === si &&
        !prev.functional &&
        st.absolute &&
        st.negated &&
        /^\s*,?\s*(men\s+)?(ikke|ikkje)\s+(aktuelt|aktuell|aktuelle|indisert|indikert|nødvendig|naudsynt|nodvendig)(\s+(nå|no|na|per\s+no|per\s+nå))?$/i.test(
          text.slice(prev.end, st.end),
        )
      ) {
        st.functional = st.absolute = st.limited = st.negated = st.vague = false;
        st.kind = null;
        st.cue = null;
      }
      // "- Hukommelse: nedsatt", "Konsentrasjon: noe redusert": a function as a heading and only a limiting word
      // after the colon is one unmeasured limitation, as «nedsatt hukommelse» is.
      if (
        prev &&
        prev.sentence === si &&
        prev.functional &&
        (prev.areas.length > 0 || prev.generic) &&
        !prev.limited &&
        !prev.measured &&
        !prev.negated &&
        prev.t1 - prev.t0 <= 4 &&
        !st.measured &&
        /^\s*:\s*$/.test(text.slice(prev.end, st.start)) &&
        onlyLimitingWords(tokens, flags, flags2, st.t0, st.t1)
      ) {
        prev.limited = prev.vague = true;
        prev.capacity = false;
        prev.kind = prev.kind ?? ellipsisKindOf(prev.areas);
        prev.cue = { start: prev.start, end: st.end };
        prev.end = st.end;
        prev.t1 = st.t1;
        continue;
      }
      // "Jobben krever løft av kolli 15–25 kg, ca 800 løft per skift, mye rotasjon": the list goes on with the demand.
      // "Krever enkel muntlig norsk, ikke lesing av lange tekster": a bare «ikke …» goes on with the demand too.
      const bareNeg = st.negated && /^(ikke|ikkje|ingen|inga|uten|utan)$/.test(tokens[st.t0]?.f ?? '');
      if (prev?.demand && prev.sentence === si && (!st.negated || bareNeg) && !clauseOut.aboutPerson) {
        st.demand = true;
        st.capacity = false;
        if (st.limited) {
          st.limited = false;
          st.vague = false;
          st.kind = null;
          st.cue = null;
        }
      }
      // "tilpassa stilling som driftsoperatør (mykje PC og tilsynsrundar)": what a job holds, in brackets after it.
      if (wasParen && st.limited && !st.negated && !clauseOut.aboutPerson && tokens[st.t0 - 1]?.f === '(' && flags[st.t0 - 2]! & F.WORK) {
        st.demand = true;
        st.capacity = st.limited = st.vague = false;
        st.kind = null;
        st.cue = null;
      }
      // "jobber med telefon, mange samtalepartnere eller mye støy", "hjemmesykepleie (forflytning, mye bilkjøring)":
      // an amount tied to a job by «med», a bracket or a dash describes the job, not the person.
      if (st.vague && !st.negated && jobAttached(tokens, flags, sp, st.t0, st.t1, cueToken(tokens, st))) {
        st.demand = true;
        st.capacity = st.limited = st.vague = false;
        st.kind = null;
        st.cue = null;
      }
      // A measure in brackets, or a clause that is only a measure, belongs to the statement before it:
      // "mye gange (ca. 8 km per vakt)", "redusert gangdistanse (ca 400 m før hvile)", "kan ha kontorarbeid,
      // inntil 4 timer per dag".
      // («Skal ikke løfte tungt de første ukene, og må ha anledning til å spise små måltider 5-6 ganger daglig»: a clause
      // joined by «og» with a verb of its own says what its measure counts — the meals, not the lifting.)
      const ownVerb = /^(og|eller)$/.test(tokens[st.t0 - 1]?.f ?? '') && (flags[st.t0]! & (F.AUX | F.CAPV)) !== 0;
      const measureOnly = !st.functional && !st.limited && !ownVerb;
      // A reason in brackets after a complete statement ("kan ikke arbeide i høyden (svimmelhet)") explains it.
      // So does one after «pga», «fordi» ("kan ikke kjøre truck pga nedsatt rotasjon i nakken").
      // "(grepet svikter)": a failing function as the reason, which is no second negated statement.
      const reason =
        (wasParen || wasCause) &&
        prev &&
        prev.sentence === si &&
        (prev.absolute ||
          prev.measured ||
          refusesNamedTask(prev, statements[statements.length - 2], text) ||
          // («Tåler ikke telefonvakt (panikk ved uventede samtaler)»: a kind of work refused, its reason in brackets.)
          (wasParen && prev.negated && !prev.vague && WORK_REFUSED.test(text.slice(prev.start, prev.end)))) &&
        !st.measured &&
        !(st.negated && plainNegation(tokens, st.t0, st.t1));
      // "Klarer ikke jobben som renholder pga ryggen": a reason that only names a body part or a thing says why,
      // never what the person cannot do.
      // So does one that only sizes what set the illness off: «pga høyt arbeidspress», «i samanheng med mykje
      // stress på jobb» is how big the cause was, not a function limited.
      const bareCause = wasCause && !!prev && prev.sentence === si && (!st.limited || st.amountOnly) && !st.measured && !st.negated && !st.capacity;
      // («trenger tilrettelegging og oppfølging, ikke omstilling»: one more item of what is needed, ruled out — Nav's
      // measure, not a tolerance.)
      const needItem =
        !!prev &&
        prev.sentence === si &&
        !st.measured &&
        st.t1 - st.t0 <= 2 &&
        /^(ikke|ikkje)$/.test(tokens[st.t0]?.f ?? '') &&
        /^(trenger|treng|trengs|behov)$/.test(tokens[prev.t0]?.f ?? '');
      // («ete kvar 3.-4. time, også på lange turar»: «also on …» after a comma widens where the statement before holds —
      // no limit of its own.)
      const alsoWhere =
        !!prev &&
        prev.sentence === si &&
        !st.measured &&
        /^(ogsa|ogso|sjolv|selv|jamvel)$/.test(tokens[st.t0]?.f ?? '') &&
        /^(pa|i|ved|under|etter|om|for)$/.test(tokens[st.t0 + 1]?.f ?? '') &&
        !tokens.slice(st.t0, st.t1).some((_x, k) => flags[st.t0 + k]! & (F.CAPV | F.NEG | F.AUX));
      // «ART byttet til dolutegravir pga nattlige mareritt, svimmelhet og konsentrasjonsvansker»: why a treatment was
      // changed or stopped — its side effects, the treatment's history — and the list that goes on with it.
      const sideEffect =
        !!prev &&
        prev.sentence === si &&
        !st.measured &&
        !st.negated &&
        !st.capacity &&
        (wasCause || sideEffectsOf === prev) &&
        (sideEffectsOf === prev || treatmentChanged(tokens, prev.t0, prev.t1));
      if (sideEffect) sideEffectsOf = prev;
      if (reason || bareCause || alsoWhere || needItem || sideEffect) {
        prev.end = st.end;
        prev.t1 = st.t1;
        prevNeg = prev.negated;
        continue;
      }
      // "Repeterende grep (vriing av kluter) maks 10 min": the measure after a bracket belongs to what the
      // bracket explains too.
      if (prev && prevWasParen && measureOnly && st.measured) {
        const before = statements[statements.length - 2];
        if (before && before.sentence === si) {
          before.measured = true;
          before.vague = false;
        }
      }
      prevWasParen = wasParen;
      // "dårlig søvn (3–4 t per natt)": hours of sleep in brackets measure sleep, never a function near it; so do
      // they after a comma («søv dårleg om nettene, berre 4–5 timar»).
      if (prev && prev.sentence === si && (wasParen || measureOnly) && !st.limited && st.measured && aboutSleep(flags2, prev)) {
        prev.end = st.end;
        prev.t1 = st.t1;
        continue;
      }
      // («Finmotorikken er redusert, så du bruker ca. dobbelt så lang tid som kollegene på å pakke»: what it leads to,
      // measured, measures the limit before it.)
      const measuredResult =
        st.measured &&
        !st.negated &&
        tokens[st.t0]?.f === 'sa' &&
        tokens[st.t0 - 1]?.f === ',' &&
        !!prev?.vague &&
        !prev.negated &&
        // (Not a need that follows: «…, så hun bør ha 30 min pauser» measures the pause, not the limit.)
        !wordIn(tokens, st.t0, st.t1, /^(bor|ma|matte|trenger|treng|skal|burde)$/);
      if (prev && prev.sentence === si && st.measured && (wasParen || measureOnly || measuredResult) && (prev.functional || prev.limited)) {
        prev.quantities.push(...st.quantities);
        prev.end = st.end;
        prev.t1 = st.t1;
        prev.measured = true;
        prev.vague = false;
        if (prev.limited && !prev.negated) prev.capacity = true;
        if (st.capacity) prev.capacity = true;
        // («3 dager/uke som assistent (lesestøtte, 1-2 elever om gangen)»: what the bracket measures the person manages is
        // no longer only the job's hours.)
        if (wasParen && st.capacity && !st.schedule && st.quantities.some((q) => q.unitClass === 'count' && isFunctionMeasure(q))) prev.schedule = false;
        for (const a of st.areas) if (!prev.areas.includes(a)) prev.areas.push(a);
        prevNeg = prev.negated;
        continue;
      }
      // («… og ferja går ikkje ofte nok»: a clause with a bus or a ferry as its subject limits no statement before it.)
      const transportClause = TRANSPORT_SUBJECT.test(tokens[st.t0]?.f ?? '');
      // «kan jobba med kundar igjen, men berre i avgrensa grad», «funksjonsnivå, som er nedsatt»: a clause that is only a
      // limiting word, joined to the statement before it by «men bare i» or «som er», limits that statement.
      if (
        prev &&
        prev.sentence === si &&
        prev.functional &&
        (prev.areas.length > 0 || prev.generic) &&
        !prev.measured &&
        !st.measured &&
        !st.areas.length &&
        !transportClause &&
        limitOnlyClause(tokens, flags, flags2, st.t0, st.t1)
      ) {
        prev.limited = prev.vague = true;
        prev.capacity = false;
        prev.kind = prev.kind ?? ellipsisKindOf(prev.areas);
        prev.cue = { start: prev.cue?.start ?? prev.start, end: st.end };
        prev.end = st.end;
        prev.t1 = st.t1;
        continue;
      }
      // "Kan gå, men ikke langt", "kan sitje, men ikkje lenge": the contrast limits the statement before it.
      // («Det finst slike arbeidsplassar, men ikkje mange»: a count of workplaces, not a limit of the person.)
      if (prev && prev.sentence === si && clauseOut.ellipsis && prev.functional && !transportClause) {
        if (wordIn(tokens, prev.t0, prev.t1, EMPLOYERS)) {
          prevNeg = st.negated;
          prev.end = st.end;
          prev.t1 = st.t1;
          continue;
        }
        prev.limited = true;
        prev.capacity = prev.capacity && prev.measured;
        prev.vague = !prev.measured;
        prev.kind = prev.kind ?? ellipsisKindOf(prev.areas);
        prev.cue = { start: prev.cue?.start ?? prev.start, end: st.end };
        prev.end = st.end;
        prev.t1 = st.t1;
        continue;
      }
      // «I gode perioder klarer han mye, i dårlige perioder lite», «klarer mye hjemme, men lite på jobb»: a clause of no
      // verb of its own whose amount is small takes the capacity before it — how little, unsaid.
      if (
        prev &&
        prev.sentence === si &&
        prev.functional &&
        prev.capacity &&
        !prev.measured &&
        !prev.negated &&
        !st.functional &&
        !st.measured &&
        !st.areas.length &&
        littleOnly(tokens, flags, st.t0, st.t1)
      ) {
        prev.limited = prev.vague = true;
        prev.capacity = false;
        prev.cue = { start: prev.cue?.start ?? prev.start, end: st.end };
        prev.end = st.end;
        prev.t1 = st.t1;
        continue;
      }
      // «Noe engstelig etter infarktet, men bruker opplever ikke at dette påvirker arbeidsfunksjonen»: a trouble the next
      // clause says does not touch work or function is no limit left unmeasured.
      if (prev && prev.sentence === si && prev.vague && NO_EFFECT_ON_WORK.test(text.slice(st.start, st.end))) {
        prev.vague = false;
        prev.limited = false;
      }
      // «Mestrer en del lettere oppgaver, f.eks. prismerking og varepåfylling»: tasks counted by a degree, then named by
      // example — which tasks is said, as «… oppgaver som prismerking» says it in one clause.
      if (
        prev &&
        prev.sentence === si &&
        prev.vague &&
        !prev.negated &&
        prev.cue &&
        EXAMPLES.test(text.slice(st.start, st.end)) &&
        /^[\s,:–-]*$/.test(text.slice(prev.end, st.start)) &&
        countedTasks(tokens, prev.t0, prev.t1)
      ) {
        prev.vague = false;
        prev.cue = null;
        prev.end = st.end;
        prev.t1 = st.t1;
        continue;
      }
      // «Redusert rørsle i nakke og rygg (Bechterew) gjer at han ikkje kan arbeide på stige»: what makes a task ruled out
      // whole impossible is its grounds, as without the bracket between, not a limit of its own to measure.
      if (st.absolute && st.negated && !st.vague && CAUSES_THAT.test(tokens[st.t0]!.f) && tokens[st.t0 + 1]?.f === 'at') {
        for (let k = statements.length - 1; k >= 0 && k >= statements.length - 2; k--) {
          const g = statements[k]!;
          if (g.sentence !== si || /[^\s()]/.test(text.slice(g.end, st.start).replace(/\([^()]*\)/g, ''))) break;
          if (g.vague && !g.negated) {
            g.vague = g.limited = false;
            g.kind = null;
            g.cue = null;
            break;
          }
          if (!/^\s*\(/.test(text.slice(g.start - 1, g.start + 1))) break;
        }
      }
      if (i < sent.t1 && tokens[i]!.f === '(') negBeforeParen = st.negated;
      prevNeg = i < sent.t1 && tokens[i]!.f === ')' ? negBeforeParen : st.negated;
      statements.push(st);
      sentences[si]!.statements.push(statements.length - 1);
    }
    re.noteSentence(si, sent, negListHeader, statements, firstStatement, quantities);
  }

  yield;
  re.finish({ tokens, sp, wb, marks, flags, flags2, step, sents, quantities });
  jobInBrackets(statements, text);
  answerNearby(statements, text, tokens);
  yield;
  const durations = findDurations(text, tokens, flags, flags2, quantities, wb);
  let areaBits = 0;
  for (const st of statements) if (st.functional) for (const a of st.areas) areaBits |= areaBit(a);
  return {
    text,
    tokens,
    flags,
    flags2,
    marks,
    sentences,
    statements,
    quantities,
    durations,
    words,
    nynorsk: isNynorsk(text),
    areas: areasOf(areaBits),
    hasSymptoms,
    hasWork,
  };
}

// («Du forteller at …»: Nav's assessment is often written to the user.)
/** Body parts (folded) a load falls on, other than what a person stands on: «ingen belastning på foten» is an order to keep
 * the weight off it (complete), «unngå belastning på håndleddet» leaves how much unsaid. */
const LOADED_PART =
  /^(hand|handa|handen|hender|hendene|hendar|handledd|handleddet|handledda|arm|armen|armer|armene|armane|skulder|skulderen|skuldra|skuldre|skuldrene|albue|albuen|rygg|ryggen|korsrygg|korsryggen|nakke|nakken|hud|huden|fingre|fingrene|finger|fingrar)$/;
/** A movement of the body named as a noun («rotasjon», «fleksjon», «foroverbøying»). */
const MOVEMENT_NOUN = /^(rotasjon|rotasjonar|rotasjoner|fleksjon|ekstensjon|boying|foroverboying|vridning|vriding)$/;
/** Parts that bear the body's weight: none of it on them is non-weight-bearing, a whole limit; less of it, a degree. */
const WEIGHT_PART = /^(kne|kneet|knea|knaer|knaerne|hofte|hofta|hoften|hofter|hoftene|hoftane|ankel|ankelen|fot|foten|fotene|fotter|fottene|fotane)$/;

/** «merkar ikkje noko til», «kjenner ikke noe til» with the negation at token `neg`: nothing noticed. */
function noticesNothing(tokens: Token[], neg: number): boolean {
  return (
    /^(ikke|ikkje)$/.test(tokens[neg]?.f ?? '') &&
    /^(merker|merkar|merka|merket|merke|kjenner|kjenne|kjente)$/.test(tokens[neg - 1]?.f ?? '') &&
    /^(noe|noko|noen|nokon)$/.test(tokens[neg + 1]?.f ?? '') &&
    tokens[neg + 2]?.f === 'til'
  );
}

/** «kommer neppe tilbake», «kjem truleg ikkje tilbake»: a hedge between the verb and the return. */
const HEDGE_RETURN = /^(neppe|trolig|truleg|sannsynligvis|sannsynlegvis|ikke|ikkje|aldri|knapt)$/;

/** «forverres», «blir verre», «får tilbakefall» at token k. */
function worsens(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.f ?? '';
  if (/^forverr/.test(w)) return true;
  const n = tokens[k + 1]?.f ?? '';
  if (/^(blir|bli|vert|verte|verta)$/.test(w)) return /^(verre|darligere|darlegare|sykere|sjukare|sjuk|syk)$/.test(n);
  return /^(far|faar|fa)$/.test(w) && /^(tilbakefall|forverring|forverringar|forverringer)$/.test(n);
}

/** «så (at) hun», «slik at han», «for at ho» right before token i: a purpose clause opens there. */
function purposeBefore(tokens: Token[], i: number): boolean {
  const p1 = tokens[i - 1]?.f ?? '';
  const p2 = tokens[i - 2]?.f ?? '';
  const p3 = tokens[i - 3]?.f ?? '';
  if (!PERSON.has(p1) && !/^(tilstanden|plagene|plagane|eksemet|smertene|symptomene|symptoma)$/.test(p1)) return false;
  return p2 === 'sa' || p2 === 'saa' || (p2 === 'at' && /^(sa|saa|slik|for)$/.test(p3));
}

const PERSON = new Set(['hun', 'han', 'ho', 'hu', 'hen', 'du', 'pasienten', 'pasient', 'bruker', 'brukeren', 'de', 'dei', 'vedkommende', 'vedkomande']);
/** So-so, after a capacity verb: «fungerer sånn passe», «fungerer middels». */
const MODERATE = /^(passe|middels|noenlunde|nokolunde|brukbart|sisan)$/;
// «greier ikkje å halde verktøy skikkeleg», «hører ikke normalt»: not properly is less, not none — a degree.
const ENOUGH = new Set([
  'tilstrekkelig',
  'tilstrekkeleg',
  'tilstrekkelige',
  'nok',
  'fullgod',
  'fullgodt',
  'skikkelig',
  'skikkeleg',
  'ordentlig',
  'ordentleg',
  'tilfredsstillende',
  'tilfredsstillande',
  'normalt',
]);
const LIKE_AMOUNT = new Set(['mye', 'mykje', 'lenge', 'godt', 'bra', 'mange', 'langt', 'fort', 'raskt', 'tungt', 'effektivt']);

const EFFORT =
  /^(innsats|anstrengelse|anstrengelser|anstrenging|anstrengingar|besvaer|problem|problemer|problema|vansker|vanskar|smerter|smerte|smertar|ubehag|plager|plagar|strev|stress|uro)$/;

/** The job as a whole, which a task can be a part of («turnusen», «arbeidsdagen», «stillinga»). */
const JOB_WHOLE = /^(turnus|turnusen|turnusar|turnuser|arbeidsdagen|arbeidstida|arbeidstiden|vaktene|vaktane|arbeidskvardagen|arbeidshverdagen)$/;

/**
 * Where a whole day or full time starting at k ends («full dag», «hele vakta»; «fullt» after a work verb that stands
 * after `from`: «jobbe fullt»), or -1.
 */
function wholeOfDayAt(tokens: Token[], k: number, b: number, from: number): number {
  if (k + 1 < b && /^(hel|heil|hele|heile|full|fulle)$/.test(tokens[k]!.f) && WHOLE_OF.test(tokens[k + 1]!.f)) return k + 1;
  // («klarer ikkje å halde ut ein arbeidsdag», «orker ikke en vakt»: one working day or shift, which is a whole one.)
  // (Not a time of its own: «foreldremøter etter en arbeidsdag», «2 t i ei vakt».)
  if (
    k + 1 < b &&
    /^(en|ein|ei|eit)$/.test(tokens[k]!.f) &&
    /^(arbeidsdag|vakt|arbeidsvakt|skift|arbeidsokt)$/.test(tokens[k + 1]!.f) &&
    !/^(etter|per|pr|i|pa|hver|kvar|om|for|gjennom|under|paa)$/.test(tokens[k - 1]?.f ?? '')
  )
    return k + 1;
  if (k > from && FULL_TIME.test(tokens[k]!.f) && /^(jobbe|jobb|arbeide|arbeid|arbeida|arbeidet)$/.test(tokens[k - 1]!.f)) return k;
  // («orker ikke fulltid»: the noun is full working time itself, with or without a verb of working before it.)
  if (/^(fulltid|heiltid|heltid)$/.test(tokens[k]!.f)) return k;
  return -1;
}

/** A whole day or full time named in a span («full dag», «hele vakta», «jobbe fullt»). */
function wholeOfDayIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (wholeOfDayAt(tokens, k, b, a) >= 0) return true;
  return false;
}

/** A posture as a kind of work («stående arbeid», «sitjande arbeid»). */
const POSTURE_ADJ = /^(staende|staaende|sittende|sitjande|gaende|gaaande)$/;

/** A heading that names what a job requires («Krav:», «Krav i jobben:», «Jobbkrav:»). */
const DEMAND_HEADING = /^(\p{L}*krav|krava|kravet|kravene|kravane)$/u;

const TREATMENT_WORD =
  /^(medisin|medisinen|medisiner|medisinar|medisinane|medisinene|medikament\w*|legemiddel\w*|behandling\w*|regime\w*|dose|dosen|doseringa?|doseringen|preparat\w*|tablett\w*|art|kur|kuren|cytostatika|kjemoterapi\w*|cellegift\w*|injeksjon\w*)$/;
const TREATMENT_CHANGE =
  /^(bytt|byttet|bytta|byttes|skift|skiftet|skifta|endret|endra|seponert|seponerte|seponering|avsluttet|avslutta|stoppet|stoppa|avbrutt|avbrote|pausa|pauset|nedtrappet|trappet|trappa|trappes|justert|justerte|justera)$/;

/** Whether [t0, t1) changes or stops a treatment: a verb of change and a word of treatment in it. */
function treatmentChanged(tokens: Token[], t0: number, t1: number): boolean {
  return wordIn(tokens, t0, t1, TREATMENT_CHANGE) && wordIn(tokens, t0, t1, TREATMENT_WORD);
}

/**
 * «Som bagasjehåndterer løftet han …», «Som platearbeidar ved verftet løfter ho …»: «som», a job, maybe where, then a
 * verb of doing with the person right after it — what the person does in the job.
 */
function asJobDoing(tokens: Token[], flags: Uint32Array, s0: number, t1: number): boolean {
  // (After a heading: «Arbeidsevne: Som bagasjehåndterer …».)
  let t0 = s0;
  for (let k = s0 + 1; k <= s0 + 3 && k < t1; k++) if (tokens[k]!.f === ':') t0 = k + 1;
  if (tokens[t0]?.f !== 'som' || tokens[t0 + 1]?.k !== KD.Word || !/(er|ar|or|ist|sjef|leder|leiar|mann)$/.test(tokens[t0 + 1]!.f)) return false;
  if (/^(tidligere|tidlegare|nevnt|nemnt)$/.test(tokens[t0 + 1]!.f)) return false;
  for (let k = t0 + 2; k < t1 && k <= t0 + 6; k++) {
    const t = tokens[k]!;
    if (t.k !== KD.Word) return false;
    if (PERSON.has(tokens[k + 1]?.f ?? '')) return !(flags[k]! & (F.CAPV | F.AUX | F.NEG)) && !COPULA.has(t.f) && !/^(har|hadde|fikk|fekk|far)$/.test(t.f);
  }
  return false;
}

/** Episodes of an illness («3-4 episoder pr mnd», «anfall som varer 6-24 timer»), counted or timed. */
const EPISODES = /(^|[^\p{L}])(episode|episoder|episodar|episodene|episodane|anfall|anfalla|anfallene|attakk|attakker|attakkar)(?=[^\p{L}]|$)/iu;

/** Full time, as a share of work («fullt», «fulltid», «heiltid»). */
const FULL_TIME = /^(fullt|fulltid|heiltid|heltid|fulltids)$/;

/** Nav's help, whose level is the innsatsbehov («jobbsøkerbistand», «oppfølging»). */
const HELP_LEVEL = /(bistand|oppfolging|oppfylging|hjelp|innsats|veiledning|rettleiing|stotte)$/;

/** «heller» (rather), in «heller litt enn …». */
const RATHER = /^heller$/;
/** A comparative amount: it points at a measure said nearby. */
const COMPARATIVE = /^(lengre|lenger|flere|fleire|tyngre|mer|meir|storre|hoyere|hogare|mindre|faerre|kortere|kortare)$/;

/** The last word token of a span, or -1. */
function lastWord(tokens: Token[], a: number, b: number): number {
  for (let k = b - 1; k >= a; k--) if (tokens[k]!.k === KD.Word) return k;
  return -1;
}

/** A word that opens a condition or a time clause («før», «inntil», «dersom», «når»), as typed. */
const CONDITION_OPENER = /^(før|inntil|dersom|hvis|viss|når|fordi)$/i;

/** A task after «nok til å»: an activity, not a tolerance or a capacity («tåle et klasserom», «klare en arbeidsdag»). */
function forTask(f: string): boolean {
  // («kan ikkje vri hovudet nok til å sjå bakover»: seeing, hearing or reaching something is a task of its own here.)
  if (/^(se|sja|hore|hoyre|hoyra|lese|na)$/.test(f)) return true;
  const [fl] = classify2(f);
  return !!(fl & F.ACT) && !(fl & F.CAPV) && !/^(tale|taale|tola|fungere|mestre|meistre|sta|hanskes)$/.test(f);
}

function comparedOrEnough(tokens: Token[], text: string, neg: number, b: number): number {
  for (let i = neg + 1; i < b && i <= neg + 14; i++) {
    const f = tokens[i]!.f;
    const n = tokens[i + 1];
    // («kan ikkje køyre buss før CPAP-bruken er god nok»: what «god nok» says belongs to the condition, not the limit.)
    if (i > neg + 1 && CONDITION_OPENER.test(text.slice(tokens[i]!.s, tokens[i]!.e))) return -1;
    if (
      (f === 'som' || f === 'enn') &&
      n &&
      (text.slice(n.s, n.e).toLowerCase() === 'før' || /^(tidligere|tidlegare|vanlig|normalt)$/.test(n.f)) &&
      // («trenger hun mer enn vanlig jobbsøkerbistand»: Nav's help against its standard, not the person against before.)
      !HELP_LEVEL.test(tokens[i + 2]?.f ?? '')
    )
      return i + 1;
    // "slik hun gjorde før", "som han klarte tidligere": measured against what the person did before.
    if (
      (f === 'som' || f === 'slik' || f === 'sann') &&
      n &&
      PERSON.has(n.f) &&
      /^(gjorde|klarte|klarde|greidde|kunne|har|hadde|var|gjekk|gikk)$/.test(tokens[i + 2]?.f ?? '')
    ) {
      for (let k = i + 3; k <= i + 4 && k < b; k++) {
        const m = tokens[k]!;
        if (text.slice(m.s, m.e).toLowerCase() === 'før' || /^(tidligere|tidlegare)$/.test(m.f)) return k;
      }
    }
    if (f === 'grad' && (tokens[i - 1]?.f === 'samme' || tokens[i - 1]?.f === 'same')) return i;
    // «orker ikke mer enn det (helt) nødvendige»: measured against what must be done, which is not said.
    if (
      f === 'enn' &&
      /^(mer|meir)$/.test(tokens[i - 1]?.f ?? '') &&
      NECESSARY.test(tokens[i + (n?.f === 'det' ? (tokens[i + 2]?.f === 'helt' || tokens[i + 2]?.f === 'heilt' ? 3 : 2) : 1)]?.f ?? '')
    )
      return i + 1;
    // «klarer ikke å holde tempoet», «heng ikkje med i farten»: the pace of others or of the work, kept up with less —
    // how much slower is not said, nothing is ruled out.
    if (PACE.test(f) && wordIn(tokens, Math.max(0, neg - 3), i, KEEP_UP)) return i;
    // «klarer ikke å gå i trapper så godt», «går ikkje særleg bra»: not so well is a degree, not a thing ruled out.
    if ((f === 'godt' || f === 'bra') && /^(sa|so|saerlig|saerleg|spesielt|serlig)$/.test(tokens[i - 1]?.f ?? '')) return i;
    // («Tåler ikke kulde godt», «taklar ikkje stress bra»: «godt» after what is tolerated ends the clause — not well, a
    // degree; the thing is not ruled out.)
    if (
      (f === 'godt' || f === 'bra') &&
      i >= neg + 2 &&
      /^(taler|toler|takler|taklar)$/.test(tokens[neg - 1]?.f ?? '') &&
      (!n || n.k === KD.Punct || /^(og|men|eller)$/.test(n.f))
    )
      return i;
    // («takler ikke stress like godt som før»: the amount «like» compares is the degree denied.)
    if (f === 'like' && n && LIKE_AMOUNT.has(n.f)) return i + 1;
    // («resten gir ikke nok oppgaver», «det finst ikkje nok arbeid»: work there is too little of, not a degree of the person.)
    // («får ikke grep nok til å bære 20-liters spann»: enough for the task after it — the task is ruled out, no degree.)
    if (
      ENOUGH.has(f) &&
      !(f === 'nok' && WORK_THERE.test(tokens[neg - 1]?.f ?? '') && (n ? classify2(n.f)[0] & F.WORK || /^oppg/.test(n.f) : false)) &&
      !(n?.f === 'til' && tokens[i + 2]?.f === 'a' && forTask(tokens[i + 3]?.f ?? '')) &&
      // («kan ikkje snu hovudet nok ved rygging og filskifte»: enough for the task named after «ved», a verbal noun, the same.)
      !(/^(ved|under|til)$/.test(n?.f ?? '') && /ing$/.test(tokens[i + 2]?.f ?? ''))
    )
      return i;
    // "kjem seg ikkje ut utan stor innsats", "klarer ikke å gå uten smerter": only with effort — a degree.
    if ((f === 'uten' || f === 'utan') && i > neg && (EFFORT.test(n?.f ?? '') || EFFORT.test(tokens[i + 2]?.f ?? ''))) return i;
    // "det hun klarte", "alt han gjorde": a pro-form for the tasks, none of them named.
    if ((f === 'det' || f === 'alt') && i <= neg + 3 && n && PERSON.has(n.f)) return Math.min(i + 2, b - 1);
  }
  return -1;
}

/**
 * «må sove ca 1 time etter middag», «treng å sove 2 timar»: sleep a need demands, with its length right after, is
 * rest by day, as «må legge seg 1–2 timer» is — not the hours of a night's sleep. `k` is the sleep word.
 */
function needSleepAt(tokens: readonly Token[], flags2: Uint32Array, k: number): boolean {
  if (!(flags2[k]! & G.SLEEP) || !/^(sove|sova|soving)$/.test(tokens[k]!.f)) return false;
  const len = tokens[k + 1]?.k === KD.Num || (/^(ca|i|omlag|omkring|rundt)$/.test(tokens[k + 1]?.f ?? '') && tokens[k + 2]?.k === KD.Num);
  const need = !!(flags2[k - 1]! & G.NEED) || (tokens[k - 1]?.f === 'a' && !!(flags2[k - 2]! & G.NEED));
  return len && need;
}

/** The statement names sleep (the lexicon's sleep words: søvn, sover, sov …). */
function aboutSleep(flags2: Uint32Array, st: Statement): boolean {
  for (let k = st.t0; k < st.t1; k++) if (flags2[k]! & G.SLEEP) return true;
  return false;
}

/** A plain negation word («ikke», «ikkje», «ingen», «aldri», «uten») in [t0, t1). */
function plainNegation(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) if (/^(ikke|ikkje|ingen|inga|aldri|uten|utan|verken|korkje)$/.test(tokens[k]!.f)) return true;
  return false;
}

function onlyPunct(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.k !== KD.Punct) return false;
  return true;
}

const LIST_ITEM = /(^|\n)\s*([-•*–]|\d{1,2}[.)])\s*(?=\S)/;

/** A sentence that ends in a colon after a negated capacity («kan han ikke:», «Klarer ikkje:»): a list heading. */
function negHeaderAt(text: string, tokens: Token[], flags: Uint32Array, t0: number, t1: number, end: number): boolean {
  const around = text.slice(Math.max(0, end - 3), end + 3);
  if (!around.includes(':')) return false;
  if (!/:\s*$/.test(text.slice(Math.max(0, end - 3), end)) && !/^\s*:/.test(text.slice(end, end + 3))) return false;
  let cap = false;
  let neg = false;
  for (let k = t0; k < t1 && k < t0 + 10; k++) {
    if (flags[k]! & F.CAPV || /^(bor|skal|ma)$/.test(tokens[k]!.f)) cap = true;
    if (tokens[k]!.f === 'ikke' || tokens[k]!.f === 'ikkje') neg = true;
  }
  // («Ikke:» alone over a list: the capacity verb left out.)
  if (neg && t1 - t0 <= 2 && (tokens[t0]!.f === 'ikke' || tokens[t0]!.f === 'ikkje')) return true;
  return cap && neg;
}

const GOAL_OWNER = new Set(['brukers', 'brukerens', 'brukarens', 'brukarane', 'hans', 'hennes', 'hennar', 'deres', 'pasientens']);

/** A sentence that states a goal: «Mål: …», «Brukers mål er …», «Målet til brukar er …». */
function goalSentence(text: string, tokens: Token[], t0: number, t1: number): boolean {
  let k = t0;
  while (k < t1 && tokens[k]!.k === KD.Punct) k++;
  if (k < t1 && GOAL_OWNER.has(tokens[k]!.f)) k++;
  const t = tokens[k];
  // Folded «mål» is «mal» (a template) too: the written word decides.
  if (!t || (t.f !== 'mal' && t.f !== 'malet') || !/^m(å|aa)l/i.test(text.slice(t.s, t.e))) return false;
  for (let j = k + 1; j < t1 && j <= k + 4; j++) if (tokens[j]!.f === ':' || tokens[j]!.f === 'er') return true;
  return false;
}

// («…, ikke pga fysiske begrensninger»: «ikke» opening its own clause; «det gikk ikke pga smerter» is a cause.)
/** «Funksjonen er preget av …»: what marks the function, said before it is measured. */
const MARKED_BY = /^(funksjonen|funksjonsnivået|funksjonsnivaet)\s+(er|blir|vert)\s+(sterkt\s+)?(prega|preget|preg)\s+av\s/iu;
const TREATMENT_TIME =
  /^\s*(hemodialyse|dialyse|peritonealdialyse|cellegift|cellegiftkur|kjemoterapi|strålebehandling|stralebehandling|infusjon|infusjonar|infusjoner|fysioterapi|behandling)(?=[^\p{L}]|$)/iu;
const NOT_THIS_KIND =
  /^(men\s+)?(ikke|ikkje)\s+(den\s+|hans\s+|hennes\s+|hennar\s+)?(fysiske?|psykiske?|kognitive?|kognitivt|somatiske?)(\s+(funksjon\p{L}*|helse\p{L}*|plager|plagar|begrensninger|avgrensingar|forhold))?$/iu;
const NOT_BECAUSE = /(^|[,;(–-]\s*|\s(og|men|altså)\s+)(ikke|ikkje)\s+(pga\.?|på\s+grunn\s+av|grunnet|grunna|som\s+følge\s+av)\s*$/iu;
const TASKS_OR_WORK = /^(oppgaver|oppgavene|oppgavane|arbeidsoppgaver|arbeid|jobb|jobber|jobbar|vakter|vaktar)$/;
const DAY_PART = /^(natta|natten|natt|kvelden|kveld|dagen|ettermiddagen|morgenen|morgonen|dognet)$/;
/** «(kan bli noe) bedre/verre»: how much a state may change, after the amount word. */
const BETTER_OR_WORSE = /^(bedre|betre|verre|darligere|darlegare)$/;
const EASE_VERB = /^(dempe|dempa|demper|dempar|lindre|lindra|lindrer|lindrar|redusere|redusera|reduserer|minske|minsker|minke|minkar)$/;
const CHANGE_VERB = /^(oke|okes|oker|auke|aukar|aukast|bedre|bedres|betre|betrast|betrar|forbedre|forbedres|forbetre|forbetrast|stige|stiger)$/;
const REST_NOUN = /^(pause|pauser|pausar|pausen|hvile|kvile|hvilepause|hvilepauser|kvilepause|kvilepausar|avbrekk)$/;

function isNegCue(tokens: Token[], flags: Uint32Array, wb: Uint32Array, i: number, b: number): boolean {
  if (wb[i]! & W_STAND && tokens[i - 1]?.f === 'av' && tokens[i - 2]?.f === 'ute') return true; // "ute av stand til"
  // «smertene er for sterke til at hun kan jobbe», «altfor sliten til at han klarer …»: too much for the modal after
  // it, which is ruled out as «ikke» would.
  if (tokens[i]!.f === 'til' && tokens[i + 1]?.f === 'at' && tooAt(tokens, i)) return true;
  // («for svak til å løfte barna»: a limit adjective too much for the task after it rules the task out.)
  if (tokens[i]!.f === 'til' && tokens[i + 1]?.f === 'a' && tooWeakForTask(tokens, flags, i - 1)) return true;
  if (!(flags[i]! & F.NEG)) return false;
  // «sliter med å ta kontakt med folk han ikke kjenner»: a negation in a relative clause names the noun before it
  // (strangers), it rules nothing out.
  if (
    /^(han|hun|ho|hu|de|dei|vi|eg|jeg)$/.test(tokens[i - 1]?.f ?? '') &&
    tokens[i - 2]?.k === KD.Word &&
    !(flags[i - 2]! & (F.CAPV | F.AUX | F.NEG)) &&
    !REL_OPENER.test(tokens[i - 2]!.f) &&
    tokens[i + 1]?.k === KD.Word &&
    !(flags[i + 1]! & (F.CAPV | F.AUX)) &&
    (i + 2 >= b || tokens[i + 2]!.k === KD.Punct)
  )
    return false;
  // «Ho treng ikkje omstilling», «trenger ikke tolk»: a need denied is no limit — nothing is ruled out.
  if (/^(trenger|treng|trengte|trengde|behover|behovde)$/.test(tokens[i - 1]?.f ?? '') && (tokens[i]!.f === 'ikke' || tokens[i]!.f === 'ikkje')) return false;
  // "alderen er ikke akkurat på hans side": understatement, not a limit ruled in or out.
  if (/^(akkurat|just)$/.test(tokens[i + 1]?.f ?? '')) return false;
  // "har vært uten aktivitet", "er utan arbeid": a situation in life (no job, no activity), not a limit.
  if (
    (tokens[i]!.f === 'uten' || tokens[i]!.f === 'utan') &&
    /^(vaert|vore|vorte|blitt|er|var|gatt)$/.test(tokens[i - 1]?.f ?? '') &&
    /^(aktivitet|arbeid|jobb|tilbod|tilbud|dagtilbud|dagtilbod|inntekt|skole|skule|utdanning|utdanning|tiltak|oppfolging|oppfylging)$/.test(
      tokens[i + 1]?.f ?? '',
    )
  )
    return false;
  // («Riluzol kan bremse forløpet, men bedrer ikke funksjonen»: what a treatment does not change, no limit of the person.)
  if ((tokens[i]!.f === 'ikke' || tokens[i]!.f === 'ikkje') && /^(bedrer|betrar|forbedrer|forbetrar)$/.test(tokens[i - 1]?.f ?? '')) return false;
  // After «uten», with no negation in the six words before it, nothing is ruled out:
  // - «sorterer bøker 4 t/dag uten pauser», «utan ekstra kvile»: no rest needed — what the person managed, no limit
  //   («klarer 1 times kurs uten pause» is a capacity too; «klarer ikke å jobbe uten pauser» still says pauses are
  //   needed);
  // - «Mestrer saksbehandling uten headset 6 t/dag»: a capacity verb before it — what the person manages, and under
  //   which condition.
  if (tokens[i]!.f === 'uten' || tokens[i]!.f === 'utan') {
    let cap = false;
    let denied = false;
    for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k]!.k !== KD.Punct; k--) {
      if (/^(ikke|ikkje|aldri|ikkj)$/.test(tokens[k]!.f)) denied = true;
      if (flags[k]! & F.CAPV) cap = true;
    }
    const rest = REST_NOUN.test(tokens[i + 1]?.f ?? '') || REST_NOUN.test(tokens[i + 2]?.f ?? '');
    // «betjente kunder i kassa uten at det ble stress», «gjekk turen utan at smertene auka»: what happened when the
    // person did it — an outcome seen, nothing ruled out. («prøvde 50 % uten at det gikk»: it did not work out.)
    const outcome = tokens[i + 1]?.f === 'at' && tokens.slice(i + 2, i + 5).some((x) => HAPPENED.test(x.f));
    if (!denied && (rest || cap || outcome)) return false;
  }
  // "uten (store) problemer", "ingen begrensninger", "ikke nedsatt", "ingen kognitive eller psykiske begrensninger":
  // positive statements.
  // («ingen kjente fysiske eller kognitive begrensninger»: two adjectives joined, the head five words on.)
  // (What one is to avoid or be shielded from is named, not denied: «unngå konflikter og belastende situasjoner».)
  const avoid = AVOID_VERB.test(tokens[i]!.f);
  for (let k = i + 1; k <= i + (/^(eller|og)$/.test(tokens[i + 3]?.f ?? '') ? 5 : 4) && k < b && !avoid; k++) {
    if (tokens[k]!.k === KD.Punct) break;
    // («Orkar ikkje stress og krav», «tåler ikke krav»: the negation denies the verb of capacity before it, and the
    // demands are what the person cannot take — not «no demands».)
    if (POSITIVE_AFTER_NEG.test(tokens[k]!.f) || (POSITIVE_HEAD.test(tokens[k]!.f) && !(i > 0 && flags[i - 1]! & F.CAPV))) return false;
    // («Ingen svimmelhet i hvile», «ikke svimmel ved aktivitet»: no symptom, right after the negation, is a finding that
    // is well — not an activity ruled out.)
    if (
      k === i + 1 &&
      flags[k]! & F.SYMPT &&
      !(flags[k]! & (F.ACT | F.FN | F.CAPV)) &&
      /^(ingen|inga|ikke|ikkje)$/.test(tokens[i]!.f) &&
      /^(i|ved|under)$/.test(tokens[k + 1]?.f ?? '')
    )
      return false;
    if (flags[k]! & (F.ACT | F.CAPV)) break;
  }
  return true;
}

/** Running a business or a farm: «drive gården», «driv butikken», «drifte». */
const RUN_BUSINESS = /^(drive|driva|driver|driv|drev|dreiv|drifte|drifter|driftar)$/;
/** Words of a reduction, said of something made less. */
const REDUCED = /^(redusert|redusere|reduserte|nedsatt|nedsette|begrenset|begrensa|begrensede|avgrensa|avgrenset)$/;

const AVOID_VERB = /^(unnga|unngar|unngas|unngast|unngaes|skjermes|skjermast)$/;

/** Words after which «han ikke …» is a clause of its own, not a relative clause on a noun. */
const REL_OPENER =
  /^(at|som|og|men|fordi|nar|da|sa|der|hvis|viss|om|dersom|enn|mens|selv|sjolv|na|no|derfor|difor|likevel|ogsa|eller|sidan|siden|hvor|kor|kva|hva|hvordan|korleis|til|for)$/;

/** «for sterke til at hun kan»: «for»/«altfor» and one or two words before «til at», a modal within three words after. */
/**
 * A limit adjective at token j, after «for»/«altfor», too much for what follows «til»: a task after «å» («for svak til
 * å løfte barna») or a modal after «at» («grepet er for svakt til at han kan halde seg …»). The task is ruled out, the
 * adjective is its reason.
 */
function tooWeakForTask(tokens: Token[], flags: Uint32Array, j: number): boolean {
  if (!(flags[j]! & F.LIMADJ) || !/^(for|altfor)$/.test(tokens[j - 1]?.f ?? '') || tokens[j + 1]?.f !== 'til') return false;
  const next = tokens[j + 2]?.f;
  return (next === 'at' && tooAt(tokens, j + 1)) || (next === 'a' && !!tokens[j + 3] && !!(flags[j + 3]! & F.ACT));
}

function tooAt(tokens: Token[], i: number): boolean {
  let too = false;
  for (let k = i - 1; k >= i - 3 && k >= 0 && !too; k--) {
    if (tokens[k]!.k === KD.Punct) break;
    if ((tokens[k]!.f === 'for' && k < i - 1) || tokens[k]!.f === 'altfor') too = true;
  }
  if (!too) return false;
  for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) if (/^(kan|klarer|klarar|greier|greiar|makter|orker|orkar|skal)$/.test(tokens[k]!.f)) return true;
  return false;
}

/** «helsekravet er ikke oppfylt»: a requirement (a «krav») not met — what a rule says, not the person's function. */
function requirementUnmet(tokens: Token[], a: number, b: number): boolean {
  let krav = false;
  let met = false;
  for (let i = a; i < b; i++) {
    const f = tokens[i]!.f;
    if (/krav(et|a|ene|ane)?$/.test(f)) krav = true;
    if (/^(oppfylt|oppfylte|innfridd)$/.test(f)) met = true;
  }
  return krav && met;
}

/** Who an age is given for: «Kvinne 46 år», «Mann, 58 år», «Pas. 44 år». */
const AGE_OF = /^(kvinne|kvinna|mann|mannen|dame|herre|gutt|jente|pasient|pasienten|pas|pt|bruker|brukar|brukeren|brukaren)$/;

/** The people a job serves («brukarane», «pasientene», «beboere», «kundar», «barna»). */
const CLIENTS =
  /^(brukere|brukerne|brukarar|brukarane|pasienter|pasientene|pasientar|pasientane|beboere|beboerne|bebuarar|bebuarane|kunder|kundene|kundar|kundane|barna|borna|elevene|elevane)$/;

/** A clinical term (F.JARGON) at token k. */
const jargonAt = (flags: Uint32Array, k: number, tokens: Token[]) => k < flags.length && ((flags[k]! & F.JARGON) !== 0 || MOVEMENT.test(tokens[k]?.f ?? ''));
/** A movement as examined («stortåekstensjon», «dorsalfleksjon»): a compound the lexicon does not split. */
const MOVEMENT = /(ekstensjon|fleksjon|abduksjon|adduksjon|rotasjon|supinasjon|pronasjon|elevasjon)$/;

/** What stands between a person and work besides health: age, language, schooling, the labour market. */
const OTHER_BARRIER =
  /^(alder|alderen|sprak|spraket|sprakferdigheter|sprakferdigheiter|norsk|norsken|norskkunnskaper|norskkunnskapar|utdanning|utdanninga|utdanningen|skolegang|skulegang|arbeidsmarkedet|arbeidsmarknaden|bosted|bustad)$/;

/** Worse, as what an activity does to a symptom («blir verre ved», «forverres ved», «øker ved»). */
const WORSE_AT = /^(verre|forverres|forverrast|forverrer|forverrar|oker|aukar|tiltar|tiltek)$/;

/** A measure of Nav's or a benefit («ikke aktuell for omskolering», «AAP er ikke aktuelt»). */
const NAV_MEASURE =
  /^(omskolering|omskulering|omskoleringa|omskoleringen|utdanning|utdanninga|utdanningen|tiltak|tiltaket|attforing|aap|arbeidsavklaringspenger|uforetrygd|uforetrygding|uforepensjon|arbeidsutproving|arbeidstrening)$/;

/** A place of work named in a clause («À la carte-kjøkken med høyt tempo ikke aktuelt»). */
const WORKPLACE = /(kjokken|kjokkenet|kantine|kantina|kantinen|restaurant|restauranten|butikk|butikken|lager|lageret|verksted|verkstedet|fabrikk|fabrikken)$/;

/** Whether a word in [a, b) names work. */
function workNamed(tokens: Token[], flags: Uint32Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (flags[i]! & F.WORK || PLAIN_WORK.has(tokens[i]!.f)) return true;
  return false;
}

/** A negation word in the three tokens before i ("ingen kognitive utfall", "ikke nedsatt", "uten store vansker"). */
function negatedJustBefore(tokens: Token[], flags: Uint32Array, a: number, i: number): boolean {
  // "ingen opplysninger fra lege om begrensninger", "ingen holdepunkter for redusert …": what the record holds,
  // nothing asserted of the person.
  let report = false;
  for (let k = i - 1; k >= i - 8 && k >= a; k--) {
    if (tokens[k]!.k === KD.Punct) break;
    if (REPORT_NOUN.test(tokens[k]!.f)) report = true;
    else if (report && flags[k]! & F.NEG) return true;
  }
  // "ikke for krevende", "ikkje for tungt": a limit ("too"), not a denial.
  if (tooBefore(tokens, a, i)) return false;
  // («ingen kjente fysiske eller kognitive begrensninger»: two adjectives joined before the head.)
  const span = i - 3 >= a && /^(eller|og)$/.test(tokens[i - 2]!.f) ? 5 : 4;
  for (let k = i - 1; k >= i - span && k >= a; k--) {
    if (tokens[k]!.k === KD.Punct) return false;
    // («det fungerer uten problemer», «klarer det utan vanskar»: trouble denied right after a capacity verb is none.)
    if (k === i - 1 && (tokens[k]!.f === 'uten' || tokens[k]!.f === 'utan') && TROUBLE_DENIED.test(tokens[i]!.f)) return true;
    // "tåler ikke belastende arbeid": the negation belongs to the capacity verb, the degree word stands.
    if (flags[k]! & F.NEG) return !(k > a && flags[k - 1]! & F.CAPV) && !(flags[k + 1]! & F.CAPV);
  }
  return false;
}

/** Trouble as a noun, which «uten» denies whatever verb comes before it. */
const TROUBLE_DENIED = /^(problem|problemer|problemar|vansker|vanskar|besvaer|plager|plagar|store)$/;

/** What a record or an examination holds, as a noun: negated, the words after it are not said of the person. */
const REPORT_NOUN =
  /^(opplysning|opplysningar|opplysninger|dokumentasjon|dokumentasjonen|informasjon|informasjonen|holdepunkt|holdepunkter|haldepunkt|beskrivelse|beskrivelser|skildring)$/;

/**
 * «går det som regel ca 3 mnd før tungt fjøsarbeid», «tek gjerne 6 veker før full belastning»: what comes back after a
 * measured wait — a prognosis, not a degree of function left unmeasured.
 */
function afterAWait(tokens: Token[], a: number, i: number, text: string): boolean {
  for (let k = i - 1; k > a + 1 && k >= i - 3; k--) {
    if (text.slice(tokens[k]!.s, tokens[k]!.e).toLowerCase() !== 'før') continue;
    const unit = UNITS.get(tokens[k - 1]!.f);
    if (!unit || (unit.cls !== 'time' && unit.cls !== 'period') || tokens[k - 2]!.k !== KD.Num) return false;
    for (let j = k - 3; j >= a && j >= k - 8; j--) if (/^(gar|ga|tar|ta|tek|varer|vare|varar)$/.test(tokens[j]!.f)) return true;
    return false;
  }
  return false;
}

/** A body weight just before, with the bracket of its change opening («Vekt 118 kg (-6 kg)»). */
const BODY_WEIGHT_THEN = /(vekt|vekta|vekten|veier|veg)\s+\d+([.,]\d+)?\s*kg\s*\(\s*[-+−]?\s*$/iu;
/** «sonen tek (dei)», «kollega tar (de)» right before token i: another person as the one who does it. */
function otherDoes(tokens: Token[], i: number): boolean {
  const k = /^(de|dei|alle|det)$/.test(tokens[i - 1]?.f ?? '') ? i - 2 : i - 1;
  return (
    /^(tar|tek|tok|gjor|gjer|gjorde)$/.test(tokens[k]?.f ?? '') &&
    /^(kollega|kollegaer|kollegene|kollegaene|kolleger|arbeidskollega|andre|sonen|dottera|datteren|kona|mannen|sambo|sambuar|avloser|avloysar|ektefellen|partneren|faren|mora)$/.test(
      tokens[k - 1]?.f ?? '',
    )
  );
}
/** «(dersom ho) får reise seg og gå (litt)»: a movement the person is allowed, just before token i. */
function allowedMove(tokens: Token[], i: number): boolean {
  let move = false;
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k]!.sent === tokens[i]!.sent; k--) {
    const f = tokens[k]!.f;
    if (/^(reise|ga|gaa|bevege|strekke|skifte|rusle|toye|endre)$/.test(f)) move = true;
    // (The condition opens right before «får» or before its subject: «dersom ho får», «hvis får».)
    if (f === 'far' || f === 'fa') return move && [k - 1, k - 2].some((j) => /^(dersom|hvis|viss|nar|naar|om)$/.test(tokens[j]?.f ?? ''));
  }
  return false;
}
/** A value measured in the blood («blodlekamar», «nøytrofile», «Hb»). */
const BLOOD_VALUE =
  /^(blodlegemer|blodlegemene|blodlekamar|blodlekamane|blodverdier|blodverdiar|blodplater|blodplatar|blodsukker|blodsukkeret|blodprosent|blodprosenten|hemoglobin|hb|noytrofile|leukocytter|trombocytter|verdier|verdiar)$/;
/** The air of a place («dårleg luft», «dårlig inneklima»). */
const AIR = /^(luft|lufta|luften|luftkvalitet|luftkvaliteten|inneklima|inneklimaet|ventilasjon|ventilasjonen)$/;
/** How a room or a building is kept: «(dårlig) ventilerte», «isolert», «oppvarma». */
const KEPT_BUILDING =
  /^(ventilert|ventilerte|isolert|isolerte|opplyst|opplyste|belyst|belyste|oppvarmet|oppvarma|oppvarmede|vedlikeholdt|vedlikeholdte|vedlikehalden|vedlikehaldne|luftet|lufta|skjermet|skjerma|utstyrt|utstyrte)$/;

/** "for tungt", "for mye", "for fysisk krevende": «for» (too) before the degree word, within two tokens. */
function tooBefore(tokens: Token[], a: number, i: number, text?: string): boolean {
  for (let k = i - 1; k >= i - 2 && k >= a; k--) {
    const f = tokens[k]!.f;
    if (f === 'altfor') return true;
    if (f !== 'for') continue;
    // "for å få" (in order to), "før" (before) fold to the same letters.
    if (tokens[k + 1]?.f === 'a') continue;
    if (text && /ø/i.test(text.slice(tokens[k]!.s, tokens[k]!.e))) continue;
    return true;
  }
  return false;
}

/** Function words of little content, skipped when looking for the object of a negated verb. */
const STOP = new Set([
  'a',
  'og',
  'i',
  'pa',
  'med',
  'seg',
  'det',
  'som',
  'den',
  'de',
  'dei',
  'han',
  'hun',
  'ho',
  'hen',
  'til',
  'for',
  'av',
  'om',
  'er',
  'ha',
  'har',
  'vaere',
  'vere',
  'bli',
  'verte',
  'noe',
  'noko',
  'nokon',
  'noen',
  'alt',
  'sin',
  'sitt',
  'sine',
  'sine',
  'mer',
  'meir',
  'na',
  'no',
  'lenger',
  'lengre',
  'helt',
  'heilt',
  'lengre',
  'gjore',
  'gjere',
  // («i same yrket», «i samme jobb»: which one, not what.)
  'same',
  'samme',
  // «utføre arbeid som fisker», «gjennomføre arbeidsdagen»: light verbs, their object decides.
  'utfore',
  'utforer',
  'gjennomfore',
  'gjennomforer',
  'ta',
  'fa',
  'ved',
  'fra',
  'fraa',
  'eller',
  'enn',
  'pasienten',
  'pas',
  'pt',
  'bruker',
  'brukar',
  'brukeren',
  'brukaren',
  'hennes',
  'hans',
  'dette',
  'der',
  'her',
  'slik',
  'sa',
  'mye',
  'mykje',
  'like',
  'godt',
  'ogsa',
  'heller',
  'lenge',
  'alle',
  'alene',
  'aleine',
  'selv',
  'sjolv',
  'etter',
  'nar',
  'kan',
  'tid',
  'tida',
  'tiden',
  'gangen',
  'gongen',
  'lenge',
  'bra',
  'godt',
  'ting',
  'saker',
]);

const ASSESS =
  /^(vurdering|vurderinga|vurderingen|vurdere|vurderast|vurderes|avklare|avklaring|avklart|undersoke|undersokje|se|sja|usikkert|usikker|uklart|avgjore|avgjere|teste|prove|sporsmal|sporsmalet|spor|sjekke|kartlegge|kartlegging|avventer|ventar)$/;

/** An arrangement made at work. */
const ARRANGED = /^(tilrettelegging|tilrettelegginga|tilretteleggingen|tilpasning|tilpassing|tilpasningar|tilpasninger)$/;
const ADAPTED = /^(tilpasset|tilpassa|tilpasses|tilpassast|tilpasning|tilrettelagt|tilrettelagd|tilrettelegges|tilretteleggast)$/;
const OWNER = /^(hennes|hans|hennar|sin|sine|sitt|deres|brukers|brukerens|brukarens|brukaren|pasientens|personens)$/;
const OWN_NEEDS =
  /^(helse|helsa|helsen|helsetilstand|helsetilstanden|forutsetninger|forutsetningene|foresetnader|foresetnadene|funksjon|funksjonen|funksjonsniva|funksjonsnivaet|ressurser|ressursene|ressursar|ressursane|behov|begrensninger|begrensningene|avgrensingar|avgrensingane|avgrensninger|plager|plagene|plagar|situasjon|tilstand|tilstanden|kapasitet|kapasiteten|arbeidsevne|arbeidsevna|arbeidsevnen|dagsform|dagsformen)$/;
/** A walk as an outing («går tur», «3 km turar»). */
const WALK_OUT = /^(tur|turar|turer|gatur|gaturar|gaturer)$/;
/** A lift or its weight, before a height it goes to. */
const LIFT_WORD = /^(kg|kilo|loft|lofte|lofter|lofta|loftet|loftar|gulv|golv|gulvet|golvet)$/;
/** Suited to («passer for», «passar til»): with the person's own needs after it, an adaptation left unsaid. */
const SUITS = /^(passer|passar|passe|passa|egnet|egna|eigna)$/;
const SAY = /^(si|seie|sei|uttale|uttala|konkludere|anslaa|ansla|forutsi|spa)$/;

const INVESTIGATE = /^(avklare|utrede|utgreie|kartlegge|undersoke|undersokje|vurdere|teste|kartleggje|greie)$/;

/** "vurdering av om …", "usikkert om …", "se om …": what follows before `end` is asked, not stated. */
const UNKNOWN = /^(usikkert|usikker|uklart|uklar|uavklart|uvisst|ukjent|ukjend)$/;
const WH = /^(hvor|kor|hva|kva|hvilke|kva|korleis|hvordan)$/;
/** Knowing or finding out, before an indirect question: «vet hva», «finne ut kor mykje». */
const KNOW = /^(vet|veit|vite|visste|kjenner|kjenne|finne|finn|finner|ut|best)$/;

function indirectQuestion(tokens: Token[], a: number, end: number): boolean {
  for (let i = a + 1; i < end; i++) {
    // "utredning … for å avklare kognitive restvansker": what an examination is to find out.
    if (tokens[i]!.f === 'a' && tokens[i - 1]!.f === 'for' && i + 1 < end && INVESTIGATE.test(tokens[i + 1]!.f)) return true;
    // «arbeidsgiver og pasienten vet best hva hun kan klare», «finne ut kor mykje ho toler»: what someone is to know
    // or find out, asked, not stated.
    if (WH.test(tokens[i]!.f)) {
      for (let k = i - 1; k >= a && k >= i - 3; k--) if (KNOW.test(tokens[k]!.f) || ASSESS.test(tokens[k]!.f)) return true;
      continue;
    }
    if (tokens[i]!.f !== 'om' && tokens[i]!.f !== 'hvorvidt' && tokens[i]!.f !== 'kvarvidt') continue;
    const p = tokens[i - 1]!.f === 'av' ? tokens[i - 2]?.f : tokens[i - 1]!.f;
    if (p && ASSESS.test(p)) return true;
    // «for tidleg å seie noko om kva ho kan klare», «kan ikke si noe sikkert om»: what cannot yet be said.
    if (p && /^(noe|noko|sikkert|mer|meir)$/.test(p)) {
      const q = /^(noe|noko)$/.test(tokens[i - 2]?.f ?? '') ? tokens[i - 3]?.f : tokens[i - 2]?.f;
      if (q && SAY.test(q)) return true;
    }
  }
  return false;
}

const CLAUSE_TURN = new Set(['men', 'da', 'nar', 'fordi', 'mens', 'der', 'dersom', 'hvis', 'viss']);
const NEEDS_JOB = new Set(['bor', 'ma', 'trenger', 'treng', 'skal', 'behov', 'onsker', 'onskjer']);
const PRO_FORM_REFUSAL = /(^|\s)(det|dette|den|dei|dem)\s+(ikke|ikkje)(?=\s|$)|(ikke|ikkje)\s+(det|dette)$/iu;
/**
 * «Klatre opp stigen til førerhuset: klarer det ikke pga …»: a refusal whose object is a pro-form for the concrete task
 * named just before it in the sentence is as complete as the task.
 */
function refusesNamedTask(st: Statement, before: Statement | undefined, text: string): boolean {
  // («klarer det ikke» leaves the negation to the pro-form, so the statement itself is not marked negated.)
  return (
    !st.vague &&
    !!before &&
    before.sentence === st.sentence &&
    before.functional &&
    before.concrete &&
    !before.vague &&
    PRO_FORM_REFUSAL.test(text.slice(st.start, st.end))
  );
}
/** The first token of a statement's underline (its cue), or its first token. */
function cueToken(tokens: Token[], st: Statement): number {
  if (!st.cue) return st.t0;
  for (let k = st.t0; k < st.t1; k++) if (tokens[k]!.s >= st.cue.start) return k;
  return st.t0;
}
const JOB_KIND =
  /^(stillesittende|sittende|staende|lett|lette|lettere|lettare|fysisk|fysiske|variert|varierte|enkelt|enkle|enklere|enklare|rolig|roligere|roligare|praktisk|praktiske|tilrettelagt|tilrettelagd|tilpasset|tilpassa|annet|anna|nytt|ny|skjermet|skjerma|deltids|administrativt|administrative|kontorbasert)$/;
/** «for å ikke få …», «for ikkje å få …»: a negation inside a clause of purpose, within the few words before i. */
function purposeNeg(tokens: Token[], a: number, i: number): boolean {
  for (let k = Math.max(a + 1, i - 3); k < i; k++) {
    const f = tokens[k]!.f;
    if (f !== 'ikke' && f !== 'ikkje') continue;
    if ((tokens[k - 1]!.f === 'a' && tokens[k - 2]?.f === 'for') || (tokens[k - 1]!.f === 'for' && tokens[k + 1]?.f === 'a')) return true;
  }
  return false;
}

/** Whether the statement [t0, t1) whose cue starts at `from` hangs on a job: «(jobb|yrke|arbeid…) med …», «X (…», «X – …», «der det er …» or a demand verb before it in the sentence, with no person, capacity or difficulty in between. */
function jobAttached(tokens: Token[], flags: Uint32Array, sp: Uint16Array, t0: number, t1: number, from: number): boolean {
  const sent = tokens[t0]?.sent;
  // «hun har problemer med å holde instrumentet over tid»: a statement that names the person is the person's.
  for (let k = t0; k < t1; k++) if (flags[k]! & (F.NEG | F.CAPV | F.DIFV | F.DIFN) || PERSON.has(tokens[k]!.f)) return false;
  // «bør ha et arbeid med lite kundekontakt», «unngå arbeid med …»: a job the person needs or must avoid is a limit
  // of the person.
  const needsJob = (j: number, advice: boolean) => {
    // «Arbeid med låg grad av sosial eksponering.»: a job with something, named first as the advice itself, is what the
    // person needs («Driftsoperatør – noko gange» still describes the job).
    let first = advice;
    // («Stillesittende arbeid med … begrenset gange»: words that only say what kind of job do not make it a description.)
    for (let m = j - 1; m >= 0 && tokens[m]!.sent === sent && first; m--)
      if ((tokens[m]!.k === KD.Word && !JOB_KIND.test(tokens[m]!.f)) || tokens[m]!.k === KD.Num) first = false;
    if (first) return true;
    for (let m = j - 1; m >= j - 4 && m >= 0 && tokens[m]!.sent === sent; m--)
      if (NEEDS_JOB.has(tokens[m]!.f) || flags[m]! & (F.NEG | F.CAPV) || PERSON.has(tokens[m]!.f)) return true;
    return false;
  };
  const workish = (k: number) =>
    k >= 0 && tokens[k]!.sent === sent && (!!(flags[k]! & F.WORK) || PLAIN_WORK.has(tokens[k]!.f) || WORK_HEAD.test(tokens[k]!.f)) && !(flags[k]! & F.ACT);
  for (let k = from - 1, n = 0; k >= 0 && tokens[k]!.sent === sent && n < 16; k--, n++) {
    const f = tokens[k]!.f;
    // «arbeid som maskinførar der det er lite gange»: where the job is.
    if (f === 'der' && tokens[k + 1]?.f === 'det') {
      for (let j = k - 1; j >= k - 3; j--) if (workish(j)) return !needsJob(j, true);
      return false;
    }
    if (flags[k]! & (F.NEG | F.CAPV | F.DIFV | F.DIFN) || PERSON.has(f) || CLAUSE_TURN.has(f)) return false;
    if (sp[k]! & S_DEMAND_VERB) return true;
    // («20–25 kg»: a dash inside a range.)
    if (f === '–' && tokens[k - 1]?.k === KD.Num) continue;
    // («toalett (lastebilsjåfør, lange turer)»: a bracket that opens with the job goes on with what it holds.)
    if (f === '(' && workish(k + 1) && tokens[k + 2]?.f === ',') return true;
    if (f === 'med' || f === '(' || f === '–' || f === ':') {
      // «jobber med …» right before; a bracket or a dash may follow a title of a few words.
      for (let j = k - 1; j >= (f === 'med' ? k - 1 : k - 3); j--) if (workish(j)) return !needsJob(j, f === 'med');
      if (f !== 'med') return false;
    }
  }
  return false;
}

/** The first token from `from` on that starts at or after `at` (-1 if none): the statement's own, not the whole text's. */
function tokenAt(tokens: Token[], from: number, at: number): number {
  for (let k = Math.max(0, from); k < tokens.length; k++) if (tokens[k]!.s >= at) return k;
  return -1;
}

/** A noun for work as such («arbeid», «stilling», «jobb»), not an activity or a function, inside the clause [a, b). */
function workNounAt(tokens: Token[], flags: Uint32Array, a: number, b: number, k: number): boolean {
  // "illustrasjonsoppdrag", "kontorjobb": a compound whose head is work.
  return k >= a && k < b && (!!(flags[k]! & F.WORK) || PLAIN_WORK.has(tokens[k]!.f) || WORK_HEAD.test(tokens[k]!.f)) && !(flags[k]! & (F.ACT | F.FN));
}
const WORK_HEAD = /.{3}(oppdrag|oppdraget|jobb|jobben|jobbar|jobber|stilling|stillinga|stillingen|yrke|yrket)$/;

/** "etter fleire år med", "etter mange månader med", "etter ein lengre periode med" right before i. */
function yearsOfBefore(tokens: Token[], a: number, i: number): boolean {
  // («etter lang tids høyt arbeidspress», «etter fleire års nattarbeid»: the same said with a genitive.)
  if (tokens[i - 1]?.f !== 'med' && !/^(tids|ars|aars|maneders|manaders|ukers|vekers|perioders)$/.test(tokens[i - 1]?.f ?? '')) return false;
  for (let k = i - 2; k >= a && k >= i - 5; k--) {
    const f = tokens[k]!.f;
    if (f === 'etter') return true;
    if (
      !(
        tokens[k]!.k === KD.Num ||
        /^(ar|aar|arevis|maneder|manader|uker|veker|mange|fleire|flere|noen|nokre|lang|lange|langvarig|lengre|ti|tjue|tretti|en|ein|ei|et|eit|periode|perioden|perioder|tid|tida|tiden)$/.test(
          f,
        )
      )
    )
      return false;
  }
  return false;
}

/** A word that opens a reason: «pga», «grunnet», «grunna», «fordi», «på grunn av», «som følge av». */
/** Worn out or sick-listed, before «etter» and what caused it. */
const WORN_OUT = /^(utbrent|utbrendt|utbrente|utslitt|utsliten|nedkjort|nedkjoerte|sykmeldt|sykemeldt|sjukmeld|sjukmeldt|sjukemeld)$/;

function isCause(tokens: Token[], i: number, flags?: Uint32Array): boolean {
  const f = tokens[i]!.f;
  if (f === 'pga' || f === 'grunnet' || f === 'grunna' || f === 'fordi') return true;
  // "kan ikke jobbe i kasse, da hun får panikkanfall": «da» as because, after a comma, in the present tense.
  if (
    f === 'da' &&
    tokens[i - 1]?.f === ',' &&
    PERSON.has(tokens[i + 1]?.f ?? '') &&
    /^(kan|ma|vil|skal|\p{L}+r)$/u.test(tokens[i + 2]?.f ?? '') &&
    tokens[i + 2]?.f !== 'var'
  )
    return true;
  // "depresjon utløst av samlivsbrudd og stort arbeidspress": what set the illness off.
  if ((f === 'utlost' || f === 'utloyst' || f === 'utloste' || f === 'utlosende') && tokens[i + 1]?.f === 'av') return true;
  if (f === 'grunn' && tokens[i - 1]?.f === 'pa' && tokens[i + 1]?.f === 'av') return true;
  // "depresjon i sammenheng med høyt arbeidspress", "i samanheng med samlivsbrot": what it came with, i.e. from.
  // («i samband med langvarig underbemanning og mange nattevakter», «i forbindelse med …»: the same.)
  if (
    (f === 'sammenheng' || f === 'samanheng' || f === 'samband' || f === 'forbindelse') &&
    tokens[i + 1]?.f === 'med' &&
    (tokens[i - 1]?.f === 'i' || tokens[i - 1]?.f === ',')
  )
    return true;
  // "av omsyn til litiumbehandlinga", "av hensyn til ryggen": the reason for what was just said.
  if ((f === 'omsyn' || f === 'hensyn') && tokens[i - 1]?.f === 'av' && tokens[i + 1]?.f === 'til') return true;
  // "kan ikke kjøre bil etter synsfeltutfall": after an illness, i.e. because of it (not "etter 20 min").
  // («etter vestibulært utfall», «etter venstresidig hjerneslag»: the same with a word or two of no class before it.)
  if (f === 'etter' && flags) {
    let k = i + 1;
    while (k < i + 3 && tokens[k]?.k === KD.Word && flags[k] === 0 && tokens[k + 1]?.k === KD.Word) k++;
    if (tokens[k]?.k === KD.Word && flags[k]! & (F.SYMPT | F.DIFN)) return true;
  }
  // «utbrent etter høy belastning og mye overtid», «sjukmeld etter lang tid med høgt press»: what wore the person out.
  if (f === 'etter' && WORN_OUT.test(tokens[i - 1]?.f ?? '')) return true;
  return f === 'folge' && tokens[i - 1]?.f === 'som' && tokens[i + 1]?.f === 'av';
}

/** "nedsatt med (minst) 50 %", "med halvparten": a share of work capacity. */
function percentOfWork(tokens: Token[], qs: Quantity[], a: number, b: number): boolean {
  if (qs.some((q) => q.unitClass === 'percent')) {
    for (let i = a; i < b; i++) if (tokens[i]!.f === 'med' || tokens[i]!.f === 'minst') return true;
  }
  for (let i = a; i < b; i++) if (tokens[i]!.f === 'halvparten' || tokens[i]!.f === 'halvdelen') return true;
  return false;
}

const SUSTAIN = new Set(['holde', 'halde', 'opprettholde', 'oppretthalde', 'beholde', 'behalde', 'klare', 'greie', 'makte']);

/**
 * "dagens 30 % blir vanskelig å holde", "vanskelig å opprettholde 50 % stilling": keeping a share of a job is how
 * much the person works, not a function — its only function word is the keeping verb.
 */
function sustainsWork(tokens: Token[], flags: Uint32Array, fnAt: Int32Array, a: number, b: number): boolean {
  let verb = -1;
  for (let i = a; i < b; i++) if (SUSTAIN.has(tokens[i]!.f) && tokens[i - 1]?.f === 'a') verb = i;
  if (verb < 0) return false;
  let share = false;
  for (let i = Math.max(a, verb - 6); i < b && i <= verb + 5; i++)
    if (tokens[i]!.f === '%' || tokens[i]!.f === 'prosent' || (flags[i]! & F.WORK && i > verb)) share = true;
  return share && fnAt.every((k) => k === verb || (flags[k]! & F.WORK) !== 0);
}

// The function words of the clause being read (clause() is never re-entered): a buffer kept from clause to clause,
// not an array per clause.
let fnBuf = new Int32Array(64);
let fnN = 0;
function fnPush(i: number): void {
  if (fnN === fnBuf.length) {
    const bigger = new Int32Array(2 * fnN);
    bigger.set(fnBuf);
    fnBuf = bigger;
  }
  fnBuf[fnN++] = i;
}
/** The function words so far, as a view (only where a list is asked for). */
function fnList(): Int32Array {
  return fnBuf.subarray(0, fnN);
}
/** Every function word k has one of `mask` in bits[k]. */
function fnAll(bits: Uint32Array, mask: number): boolean {
  for (let j = 0; j < fnN; j++) if (!(bits[fnBuf[j]!]! & mask)) return false;
  return true;
}
/** Every function word k has one of `m1` in b1[k] or one of `m2` in b2[k]. */
function fnAllEither(b1: Uint32Array, m1: number, b2: Uint32Array, m2: number): boolean {
  for (let j = 0; j < fnN; j++) {
    const k = fnBuf[j]!;
    if (!(b1[k]! & m1 || b2[k]! & m2)) return false;
  }
  return true;
}
/** Some function word k has one of `mask` in bits[k]. */
function fnAny(bits: Uint32Array, mask: number): boolean {
  for (let j = 0; j < fnN; j++) if (bits[fnBuf[j]!]! & mask) return true;
  return false;
}
/** One of the first `count` function words comes after token `at`. */
function fnAnyAfter(at: number, count: number): boolean {
  for (let j = 0; j < count; j++) if (fnBuf[j]! > at) return true;
  return false;
}

/** What clause() says besides its statement: one object for every call, read before the next one. */
const clauseOut = {
  /** The first quantity after the clause. */
  nextQ: 0,
  /** A negated vague amount with no function of its own ("men ikke langt"). */
  ellipsis: false,
  /** A capacity verb or a word about the person («klarer», «tåler», «nedsatt») is in the clause. */
  aboutPerson: false,
};

/**
 * «nedsatt bevegelighet i venstre arm», «mobilitet i skuldra»: movement of an arm or a hand is the arms' function, not
 * getting about — a walk measured elsewhere does not answer it.
 */
function ofArmPart(tokens: Token[], flags: Uint32Array, flags2: Uint32Array, i: number, b: number): boolean {
  let j = i + 1;
  if (j < b && /^(i|av|pa)$/.test(tokens[j]!.f)) j++;
  else return false;
  if (j < b && /^(hoyre|venstre|hogre|ho|ve|begge|h|v)$/.test(tokens[j]!.f)) j++;
  return j < b && !!(flags[j]! & B_HANDS) && !!(flags2[j]! & G.TASKN);
}

const THE_PATIENT = /^(pasient|pasienten|pasientens|pasienen)$/;

function kindOf(areaBitsAll: number, firstAct: string | null): StatementKind {
  if (areaBitsAll & B_LIFT) return 'lift';
  if (areaBitsAll & B_SIT) return 'sit';
  if (areaBitsAll & B_MOBILITY) return firstAct && (firstAct.startsWith('st') || firstAct.startsWith('sta')) ? 'stand' : 'walk';
  if (areaBitsAll & B_HANDS) return 'hands';
  if (areaBitsAll & B_COGNITIVE) return 'cognitive';
  if (areaBitsAll & B_SOCIAL) return 'social';
  if (areaBitsAll & B_STRESS) return 'stress';
  if (areaBitsAll & B_SENSES) return 'senses';
  if (areaBitsAll & B_ENDURANCE) return 'endurance';
  return 'generic';
}

/** Words t0..t1 are only a limiting degree («nedsatt», «noe redusert», «svært dårlig», «vanskeleg»). */
function onlyLimitingWords(tokens: Token[], flags: Uint32Array, flags2: Uint32Array, t0: number, t1: number): boolean {
  let lim = false;
  for (let k = t0; k < t1; k++) {
    const t = tokens[k]!;
    if (t.k !== KD.Word) return false;
    if (flags[k]! & (F.LIMADJ | F.DIFP)) lim = true;
    else if (!(flags2[k]! & G.INTENS) && !/^(noe|noko|litt|lett|noget|moderat|klart|tydelig|tydeleg)$/.test(t.f)) return false;
  }
  return lim;
}

/** «men bare i begrenset grad», «som er nedsatt»: a joined clause whose only content is a limiting word. */
function limitOnlyClause(tokens: Token[], flags: Uint32Array, flags2: Uint32Array, t0: number, t1: number): boolean {
  const first = tokens[t0]?.f;
  let k = t0;
  if (first === 'men') {
    k++;
    if (!/^(bare|berre|kun)$/.test(tokens[k]?.f ?? '')) return false;
    k++;
    if (tokens[k]?.f !== 'i') return false;
    k++;
  } else if (first === 'som') {
    k++;
    if (!/^(er|var|blir|vert)$/.test(tokens[k]?.f ?? '')) return false;
    k++;
  } else return false;
  let e = t1;
  if (e > k && /^(grad|omfang|utstrekning|mon)$/.test(tokens[e - 1]!.f)) e--;
  return e > k && onlyLimitingWords(tokens, flags, flags2, k, e);
}

/** A short clause with no verb of function whose amount is small: «i dårlige perioder lite», «men lite på jobb», «når ho er dårleg lite». */
function littleOnly(tokens: Token[], flags: Uint32Array, t0: number, t1: number): boolean {
  if (t1 - t0 > 6) return false;
  let little = false;
  for (let k = t0; k < t1; k++) {
    const f = tokens[k]!.f;
    if (/^(lite|lita|mindre|ingenting|inkje)$/.test(f)) little = true;
    else if (flags[k]! & (F.CAPV | F.ACT | F.FN | F.NEG | AREA_MASK)) return false;
  }
  return little;
}

/** The kind of a statement an ellipsis («men ikke langt») limits, from its areas. */
function ellipsisKindOf(areas: FunctionArea[]): StatementKind {
  return kindOf(
    areas.reduce((m, x) => m | areaBit(x), 0),
    null,
  );
}

/**
 * «har hatt sprekker og sår i begge hender i lange perioder», «hadde eksem i lange periodar»: how long what the person
 * had went on, the history — no length of time the person lasts at anything (no activity, capacity, difficulty or load
 * between «hatt» and the periods).
 */
function symptomHistoryPeriods(tokens: Token[], flags: Uint32Array, a: number, i: number): boolean {
  if (tokens[i - 1]?.f !== 'i' || !/^(perioder|periodar)$/.test(tokens[i + 1]?.f ?? '')) return false;
  let had = -1;
  for (let k = i - 2; k >= a && k >= i - 10; k--) {
    if (flags[k]! & (F.ACT | F.FN | F.CAPV | F.DIFN | F.DIFV | F.LOADA | F.LOADC)) return false;
    if (tokens[k]!.f === 'hatt' || tokens[k]!.f === 'hadde') had = k;
  }
  return had >= 0 && had < i - 2;
}

function clause(
  text: string,
  tokens: Token[],
  flags: Uint32Array,
  flags2: Uint32Array,
  c0: number,
  c1: number,
  si: number,
  quantities: Quantity[],
  qStart: number,
  prevNeg: boolean,
  sp: Uint16Array,
  wb: Uint32Array,
  capHeader = false,
  underNegHeader = false,
  underTriggersHeading = false,
): Statement | null {
  let a = c0;
  while (a < c1 && tokens[a]!.k === KD.Punct) a++;
  let b = c1;
  while (b > a && tokens[b - 1]!.k === KD.Punct && tokens[b - 1]!.f !== '%') b--;
  if (a >= b) return null;

  let areaBits = 0;
  let fnContent = false; // a function, capacity, activity or load word
  let concrete = false;
  let generic = false;
  let workOnly = true;
  let capv = capHeader;
  let capvPos = capHeader;
  let posw = false;
  let limitCue = -1;
  let limitEnd = -1;
  let firstNeg = -1;
  let degree = false; // a vague amount or a limiting degree word
  let difficulty = false;
  let adaptedTo = false;
  let firstAct: string | null = null;
  let lightWork = false;
  let jobHolds = false;
  let specificWork = false;
  let lightAt = -1;
  let verdictWord = false;
  let sleepOnly = true;
  let vqAct = false;
  let consequence = false;
  /** Where a needed rest is named («må kvile», «treng hvile»), or -1. */
  let restAt = -1;
  let tooMuch = false;
  let capvPosSeen = false;
  let unknownAfterNeg = false;
  let objectSeen = false;
  let cueAfterNeg = false;
  let abstractHead = false;
  // Set while the vague-amount block marks its cue: a cue from anywhere else (a limiting word, a difficulty, a
  // capacity verb with a vague amount, a need) says something about the person, not only about the work.
  let viaAmount = false;
  let personCue = false;
  const cue = (i: number) => {
    if (!viaAmount) personCue = true;
    if (limitCue < 0 || i < limitCue) limitCue = i;
    if (i > limitEnd) limitEnd = i;
    if (firstNeg >= 0 && i > firstNeg) cueAfterNeg = true;
  };
  // A limiting state of the person («blir fort sliten», «blir fort overbelastet», «får vondt etter kort tid»): the
  // cue, and stamina as its area.
  const capacityBefore = (i: number) => {
    for (let k = a; k < i; k++) if (flags[k]! & F.CAPV) return true;
    return false;
  };
  const limitingState = (i: number) => {
    cue(i);
    consequence = true;
    difficulty = true;
    // (Clumsy hands, «klossete», is no state of stamina; nor is a temper, «blir fort irritert», nor stress a capacity
    // verb bears, «tåler lite stress».)
    // (Overwhelmed or overstimulated is stress beyond what the person tolerates, not stamina: «klarer 2 timer aktivitet»
    // does not say how many tasks at once she copes with.)
    if (OVERWHELMED.test(tokens[i]!.f)) areaBits |= B_STRESS;
    else if (!(flags[i]! & (B_HANDS | B_SOCIAL)) && !(flags[i]! & B_STRESS && capacityBefore(i))) areaBits |= B_ENDURANCE;
    fnContent = true;
    fnPush(i);
  };
  fnN = 0;

  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.k !== KD.Word) continue;
    // «et arbeid tilpasset hennes forutsetninger», «tilrettelagt etter hans helse»: an adaptation to the person,
    // with nothing said about what it adapts to.
    // («en jobb som passer for ryggen hans», «tilpassa helsa hennar»: suited to them, the owner after the part or need.)
    const suits = SUITS.test(t.f) && /^(til|for)$/.test(tokens[i + 1]?.f ?? '');
    if ((t.f.charCodeAt(0) === 116 && ADAPTED.test(t.f)) || suits) {
      let k = i + 1;
      if (/^(til|etter|for)$/.test(tokens[k]?.f ?? '')) k++;
      const ownerFirst = OWNER.test(tokens[k]?.f ?? '') && OWN_NEEDS.test(tokens[k + 1]?.f ?? '');
      const ownerAfter =
        (OWN_NEEDS.test(tokens[k]?.f ?? '') ||
          BODY_PART.test(tokens[k]?.f ?? '') ||
          LOADED_PART.test(tokens[k]?.f ?? '') ||
          /^(kne|kneet|knea|knaerne|hofte|hofta|hofter|hoftene|bekken|bekkenet)$/.test(tokens[k]?.f ?? '')) &&
        /^(hans|hennes|hennar)$/.test(tokens[k + 1]?.f ?? '');
      if (k + 1 < b && (ownerFirst || ownerAfter) && !negatedJustBefore(tokens, flags, a, i)) {
        cue(i);
        difficulty = true;
        fnContent = true;
        generic = true;
        adaptedTo = true;
      }
    }
    // «gruppe 2», «klasse B»: a licence class, not a group of people.
    if ((t.f === 'gruppe' || t.f === 'gruppa') && tokens[i + 1]?.k === KD.Num) continue;
    // «(ikke) i stand til å …» is «(kan ikke) …»: a capacity phrase, not a word of its own («stand» no task).
    if (wb[i]! & W_STAND && tokens[i - 1]?.f === 'i' && tokens[i + 1]?.f === 'til') {
      capv = true;
      continue;
    }
    // "kan ikke kjøre truck pga nedsatt rotasjon i nakken": after a complete restriction of a concrete
    // activity, what follows «pga», «på grunn av», «fordi» is its reason, not a second, unmeasured limitation.
    if (firstNeg >= 0 && concrete && !degree && wb[i]! & W_CAUSE && isCause(tokens, i, flags)) break;
    // («for sterke til at hun kan jobbe»: too much to — see isNegCue.)
    // (After a limiting state, «for sliten til at han klarer …», the state is the limit and stays the cue.)
    if (t.f === 'til' && firstNeg < 0 && limitCue < 0 && isNegCue(tokens, flags, wb, i, b)) {
      firstNeg = i;
      continue;
    }
    // «kan ikkje halde fram i same yrket», «kan ikke fortsette som renholder»: going on in a job is the job itself, no
    // task of its own — what follows says which work.
    if (CARRY_ON.test(t.f) || (HOLD_ON.test(t.f) && tokens[i + 1]?.f === 'fram')) {
      const n = CARRY_ON.test(t.f) ? i + 1 : i + 2;
      if (n < b && /^(i|som|med)$/.test(tokens[n]!.f)) {
        i = n - 1;
        continue;
      }
    }
    // «bør ta det litt med ro den første tiden», «må ta det roleg i starten»: less of everything, how much left unsaid.
    if (/^(ta|tar|tek|tok)$/.test(t.f) && tokens[i + 1]?.f === 'det') {
      let k = i + 2;
      if (/^(litt|noe|noko|meir|mer|heilt|helt)$/.test(tokens[k]?.f ?? '')) k++;
      const calm = tokens[k]?.f === 'med' && tokens[k + 1]?.f === 'ro' ? k + 1 : /^(rolig|roleg)$/.test(tokens[k]?.f ?? '') ? k : -1;
      // (Up to a date it is bound by, «ta det roleg fram til termin», it is advice with its end said.)
      if (calm > 0 && calm < b && !/^(fram|frem|til|inntil|fremover|framover)$/.test(tokens[calm + 1]?.f ?? '')) {
        cue(i);
        cue(calm);
        degree = true;
        fnContent = true;
        generic = true;
        workOnly = false;
        fnPush(calm);
        i = calm;
        continue;
      }
    }
    // «klarer ikke mer enn deler av dagen»: a bound on what the person manages whose amount is a part of the day — how
    // much of it is left unsaid.
    if (
      /^(deler|delar)$/.test(t.f) &&
      tokens[i + 1]?.f === 'av' &&
      PART_OF_TIME.test(tokens[i + 2]?.f ?? '') &&
      capv &&
      tokens[i - 1]?.f === 'enn' &&
      /^(mer|meir)$/.test(tokens[i - 2]?.f ?? '')
    ) {
      cue(i);
      cue(i + 2);
      degree = true;
      fnContent = true;
      objectSeen = true;
      areaBits |= B_ENDURANCE;
      i += 2;
      continue;
    }
    const fl = flags[i]!;
    const g = flags2[i]!;
    // A word of no class (most words) can only be the object of a negation: the rest of this loop is about classed
    // words and the few named in W_CLAUSE_WORD. (The object test is the one further down, for such a word.)
    if (fl === 0 && g === 0 && !(wb[i]! & W_CLAUSE_WORD)) {
      if ((firstNeg >= 0 || prevNeg) && !objectSeen && (wb[i]! & (W_LONG | W_STOP)) === W_LONG) {
        // («tåler ikke belastning om bord»: where, not what — the tolerance is still unmeasured.)
        const onBoard = (t.f === 'bord' && tokens[i - 1]!.f === 'om') || t.f === 'ombord';
        if (!t.cap && !onBoard && !(HOLD.has(tokens[i - 1]!.f) && KEEP_TRACK.test(t.f))) unknownAfterNeg = true;
        else objectSeen = true;
      }
      continue;
    }
    if (fl & F.VERDICT) verdictWord = true;
    const isFn = (fl & (F.ACT | F.FN | F.LOADA | F.LOADC)) !== 0 || ((fl & AREA_MASK) !== 0 && !(fl & F.SYMPT));
    if (isFn && !(fl & F.SYMPT && !(fl & (F.ACT | F.FN)))) {
      fnContent = true;
      fnPush(i);
      // («lav kapasitet for møter og telefoner»: the capacity takes the area of what it is for, not its own general one.)
      if (!capacityFor(tokens, flags, i, b))
        areaBits |= fl & B_MOBILITY && fl & F.FN && ofArmPart(tokens, flags, flags2, i, b) ? (fl & AREA_MASK & ~B_MOBILITY) | B_HANDS : fl & AREA_MASK;
      if (fl & F.LOADA) areaBits |= B_STRESS;
      if (g & G.GENERIC && !(fl & AREA_MASK)) generic = true;
      // "klarer ikke å konsentrere seg i møter", "holde tråden i samtaler": after an abstract capacity, a place or
      // occasion is where it fails, not a concrete task the person cannot do.
      if (g & G.ABSTRACT && !fnAnyAfter(firstNeg, fnN - 1)) abstractHead = true;
      const setting = abstractHead && /^(i|pa|under|ved|gjennom)$/.test(tokens[i - 1]?.f ?? '');
      if (((fl & (F.ACT | F.LOADC) && !(g & G.ABSTRACT)) || g & G.TASKN) && !setting) concrete = true;
      // «konflikter med kunder», «kritikk frå leiaren»: a load tied to the people it comes from is a situation that
      // happens or not, not a degree — ruled out, it is ruled out whole.
      if (fl & F.LOADA && /^(konflikt|kritikk)/.test(t.f) && /^(med|fra|fraa)$/.test(tokens[i + 1]?.f ?? '') && i + 2 < b && tokens[i + 2]!.k === KD.Word)
        concrete = true;
      if (fl & F.ACT && !firstAct) firstAct = t.f;
      if (!(fl & F.WORK) || fl & (F.ACT | F.FN)) workOnly = false;
      // "sov 4–5 timar per natt": the night is when sleep happens.
      if (!(g & G.SLEEP) && !(wb[i]! & W_NIGHT)) sleepOnly = false;
    } else if (g & (G.TASKN | G.COUNTN)) {
      concrete = true;
      fnContent = true;
      workOnly = false;
      sleepOnly = false;
    } else if (fl & F.WORK) {
      fnContent = true;
      fnPush(i);
      // "skranke", "telefonvakt", "kassa": a named place or kind of work, not work as such.
      if (!(g & G.VERDICTW) && !PLAIN_WORK.has(t.f) && !GENERIC_WORK.test(t.f)) specificWork = true;
    }
    if (g & G.SLEEP) {
      fnPush(i);
      // «må sove ca 1 time»: rest a need demands by day, not a night's sleep.
      if (needSleepAt(tokens, flags2, i)) sleepOnly = false;
    }
    if (fl & F.CAPV) {
      capv = true;
      if (!(i + 1 < b && flags[i + 1]! & F.NEG) && !(i > a && flags[i - 1]! & F.NEG)) capvPosSeen = true;
    }
    // An unlisted content word after a negation is most likely a concrete task ("kan ikkje mjølke").
    // An unlisted word as the object of a negation is most likely a concrete task ("kan ikkje mjølke",
    // "kan ikkje arbeide på dekk"); only the first content word, or the object of a general verb, counts.
    if ((firstNeg >= 0 || prevNeg) && !objectSeen && (wb[i]! & (W_LONG | W_STOP)) === W_LONG && !(fl & F.NEG) && !(fl & F.CAPV) && !(fl & F.AUX)) {
      // "holde tråden": the object of an abstract capacity is part of it, not a task.
      if (fl === 0 && g === 0 && !t.cap && !(HOLD.has(tokens[i - 1]!.f) && KEEP_TRACK.test(t.f))) unknownAfterNeg = true;
      else if (!(fl & F.WORK || g & G.ABSTRACT) || fl & (F.FN | F.LOADA)) objectSeen = true;
    }
    if (fl & F.POSW) {
      let neg = false;
      for (let k = i - 1; k >= i - 2 && k >= a; k--) if (isNegCue(tokens, flags, wb, k, b)) neg = true;
      if (!neg) posw = true;
    }
    if (isNegCue(tokens, flags, wb, i, b)) {
      if (firstNeg < 0) firstNeg = i;
    } else if (
      fl & F.NEG &&
      (t.f === 'uten' || t.f === 'utan' || t.f === 'ingen' || t.f === 'inga' || t.f === 'ikke' || t.f === 'ikkje') &&
      !/^(akkurat|just)$/.test(tokens[i + 1]?.f ?? '')
    ) {
      posw = true; // "uten problemer", "ingen begrensninger", "ikke nedsatt"
    }
    // "avgrensar kor mykje ho får til", "begrenser hvor lenge han holder ut": the amount is limited, and not said.
    if (wb[i]! & W_WHERE && i > a && i + 1 < b && flags2[i + 1]! & (G.MUCH | G.LONG) && /^(begrens|avgrens)/.test(tokens[i - 1]!.f)) {
      cue(i - 1);
      cue(i + 1);
      degree = true;
      fnContent = true;
      generic = true;
      workOnly = false;
      fnPush(i + 1);
    }
    // Limiting words.
    // «konklusjonen er mild kognitiv svikt», «lett kognitiv svikt og depresjon», «vaskulær kognitiv svikt»: the diagnosis
    // by its name.
    const namedMci = t.f === 'svikt' && tokens[i - 1]?.f === 'kognitiv' && /^(mild|lett|vaskulaer)$/.test(tokens[i - 2]?.f ?? '');
    // "nedsatt følelse", "redusert sensibilitet": a finding; "snakker lavt": how, not how much.
    const finding =
      namedMci ||
      // «Svekket evne til å kjenne føling»: how well a symptom is sensed — a finding, like «nedsatt følelse».
      (fl & F.LIMADJ &&
        /^(evne|evna|evnen)$/.test(tokens[i + 1]?.f ?? '') &&
        tokens[i + 2]?.f === 'til' &&
        tokens[i + 3]?.f === 'a' &&
        /^(kjenne|merke|kjenna|oppfatte|registrere)$/.test(tokens[i + 4]?.f ?? '')) ||
      // "kan fortsette med redusert tid", "redusert stilling": a work arrangement, not a function.
      // («redusert arbeidstid» is not: how many hours is what it leaves unsaid, as «kortere dager» does.)
      (fl & F.LIMADJ && /^(tid|stilling|stillingsprosent|timetal|timetall)$/.test(tokens[i + 1]?.f ?? '')) ||
      // "varierte gartnerioppgåver": a kind of work.
      (/^(variert|varierte|varierande|varierende)$/.test(t.f) && !!tokens[i + 1] && (flags[i + 1]! & F.WORK) !== 0) ||
      (fl & F.LIMADJ && !!tokens[i + 1] && !!(flags[i + 1]! & F.SYMPT) && !(flags[i + 1]! & (F.ACT | F.FN))) ||
      // «kveldsarbeid etter dårlig søvn utløser anfall»: poor sleep is a symptom, whatever work the sentence names.
      // («nedsett søvn og konsentrasjon»: a function joined after the sleep is limited by the same word.)
      (fl & F.LIMADJ && !!tokens[i + 1] && !!(flags2[i + 1]! & G.SLEEP) && !functionJoined(tokens, flags, flags2, i + 1)) ||
      // "Aktuelle yrker ved varig nedsatt funksjon:", "ved lav fremre reseksjon": a condition or a procedure's name.
      (fl & F.LIMADJ && (tokens[i - 1]?.f === 'ved' || (tokens[i - 2]?.f === 'ved' && HYPO_ADV.test(tokens[i - 1]?.f ?? '')))) ||
      (fl & F.LIMADJ && /^(lav|lavt|lag|lagt|laag|laagt)$/.test(t.f) && /^(fremre|fremste|framre|framste)$/.test(tokens[i + 1]?.f ?? '')) ||
      // "Ved us. nedsatt kraft stortåekstensjon venstre", "redusert kraft i fleksjon": strength graded on examination.
      (fl & F.LIMADJ &&
        /^(kraft|krafta|styrke|styrken)$/.test(tokens[i + 1]?.f ?? '') &&
        (jargonAt(flags, i + 2, tokens) || (/^(i|ved|for)$/.test(tokens[i + 2]?.f ?? '') && jargonAt(flags, i + 3, tokens))));
    const manner = fl & F.LIMADJ && /^(lavt|lagt|lav)$/.test(t.f) && i > a && !!(flags[i - 1]! & F.ACT);
    // "ser ikke i dårlig lys", "i sterk kulde": the word says what the circumstance is, not how much of a function.
    // («i dårleg vêr», «dårlig vær»: the weather, a word too close to «være» to stand in the lexicon.)
    // («i dårlig belysning», «der det er dårlig mobildekning», «i dårleg sikt»: the light, the signal, the view.)
    const circumstance =
      fl & F.LIMADJ &&
      !!tokens[i + 1] &&
      // («på ujevnt underlag», «i ulendt terreng»: the ground.)
      // («sitte på lave stoler», «lave benker»: the furniture.)
      // («lave barnestoler», «høye arbeidsbenker»: a compound whose head is the furniture.)
      (!!(flags[i + 1]! & F.LOADC) ||
        /^(vaer|vaeret|ver|veret|belysning|belysninga|belysningen|lysforhold|lysforholda|lysforholdene|sikt|sikta|sikten|siktforhold|fore|foret|mobildekning|mobildekninga|mobildekningen|dekning|dekninga|dekningen|inneklima|inneklimaet|luftkvalitet|luftkvaliteten|lydforhold|akustikk|akustikken|underlag|underlaget|terreng|terrenget|stol|stoler|stolar|stolen|krakk|krakker|krakkar|benk|benker|benkar|benkene|benkane|bord|borda|bordene|seng|senger|senger|sengene|sofa|sofaer|sete|seter|seta|hyller|hyllar|hyllene|hyllane)$/.test(
          tokens[i + 1]!.f,
        ) ||
        // («stelle på lavt stellebord», «høye kjøkkenbord».)
        /^.{3,}(stol|stoler|stolar|stolen|krakk|krakker|krakkar|benk|benker|benkar|benkene|seng|senger|sengene|sofa|sofaer|hylle|hyller|hyllar|hyllene|bord|bordet|borda|bordene)$/.test(
          tokens[i + 1]!.f,
        )) &&
      !(i > a && flags[i - 1]! & F.CAPV);
    // («grepet er for svakt til at han kan halde seg i rekka», «for svak til å løfte barna»: the weakness is the reason
    // the task after it is ruled out, whole.)
    const tooForTask = tooWeakForTask(tokens, flags, i);
    if (fl & F.LIMADJ && !finding && !manner && !circumstance && !tooForTask) {
      // "ikke redusert", "ikkje nedsett": positive. So is a verb of limiting denied after it («påvirker ikke arbeidet»,
      // «begrensar henne ikkje»): it says the illness does not limit.
      // («Erfaringsmessig reduserer dette nattlige hypoglykemier betydelig»: what a treatment reduces, when no function
      // follows, is the illness — an effect, not a limit.)
      if (!negatedJustBefore(tokens, flags, a, i) && !deniedVerb(tokens, i, b) && !reducesIllness(tokens, flags, flags2, i, b)) {
        cue(i);
        degree = true;
      } else posw = true;
    }
    if (fl & F.DIFN && !namedMci) {
      // («trenger tett oppfølging for å ikke få tilbakefall»: what the help is meant to prevent, not a trouble the person
      // is free of.)
      if (negatedJustBefore(tokens, flags, a, i)) {
        if (!purposeNeg(tokens, a, i)) posw = true;
      } else {
        cue(i);
        difficulty = true;
        // "konsentrasjonsvansker": the compound names its function.
        if (fl & AREA_MASK || g & G.GENERIC) {
          fnContent = true;
          fnPush(i);
          areaBits |= fl & AREA_MASK;
        }
      }
    }
    // "mistet førerkortet": a loss of something concrete is a fact, not a degree of function.
    const lostThing = fl & F.DIFV && t.f.startsWith('mist') && !!tokens[i + 1] && !!(flags2[i + 1]! & G.TASKN);
    if (fl & (F.DIFV | F.DIFP) && !lostThing) {
      if (!negatedJustBefore(tokens, flags, a, i)) {
        cue(i);
        difficulty = true;
        // «Slit med dei tunge stellsituasjonane», «sliter med de lange vaktene»: struggling with a task named by how heavy
        // or long it is — a limit of that task, the amount unsaid, whether or not the task's own word is known.
        if (fl & F.DIFV && tokens[i + 1]?.f === 'med') {
          let k = i + 2;
          if (/^(de|dei|den|det|disse|desse)$/.test(tokens[k]?.f ?? '')) k++;
          // («sliter med tunge tanker»: low mood, a symptom — not a task.)
          const task = k + 1 < b && tokens[k + 1]!.k === KD.Word && !(flags[k + 1]! & F.SYMPT) && !/^(tanker|tankar|tankene|tankane)$/.test(tokens[k + 1]!.f);
          // (A degree word of load or length, «tunge», «lange», that a task can carry.)
          if (k < b && flags[k]! & F.VQ && flags2[k]! & (G.HEAVY | G.LONG) && task) {
            fnContent = true;
            generic = true;
            fnPush(i);
          }
        }
        // «så lenge det ikke er for krevende»: «for» + a demand is a limit even with no function named, as «ikkje for
        // tungt» is — how much is too much is not said.
        if (fl & F.DIFP && firstNeg >= 0 && firstNeg < i && tooBefore(tokens, a, i)) {
          tooMuch = true;
          fnContent = true;
          generic = true;
          fnPush(i);
        }
      }
    }
    // «har vansker i mange situasjoner», «strevar i fleire samanhengar»: a difficulty in situations counted by a vague
    // amount only — a limit with neither its function nor its size said.
    if (fl & (F.DIFN | F.DIFV) && !fnContent && /^(i|med|pa)$/.test(tokens[i + 1]?.f ?? '') && !negatedJustBefore(tokens, flags, a, i)) {
      const k = i + 2;
      if (k + 1 < b && (flags2[k]! & G.MUCH || /^(flere|fleire)$/.test(tokens[k]!.f)) && SITUATIONS.test(tokens[k + 1]!.f)) {
        cue(i);
        cue(k + 1);
        fnContent = true;
        generic = true;
        fnPush(i);
      }
    }
    // "ikkje overbelaste seg", "unngå overanstrengelse": how much is too much is not said.
    if (firstNeg >= 0 && firstNeg < i && wb[i]! & W_OVERLOAD) {
      cue(i);
      degree = true;
      tooMuch = true;
      fnContent = true;
      generic = true;
      fnPush(i);
    }
    // "Pas. er fortsatt veldig begrenset", "Hun er svært redusert": the person limited as such — a function in
    // general, with nothing of how much.
    if (fl & F.LIMADJ && !finding && i + 1 === b) {
      let k = i - 1;
      while (
        k > a &&
        /^(fortsatt|framleis|fremdeles|veldig|svaert|sterkt|betydelig|monaleg|noe|noko|mye|mykje|ganske|noksa|klart|tydelig|tydeleg)$/.test(tokens[k]!.f)
      )
        k--;
      let s = k - 1;
      if (tokens[s]?.f === '.' && s > a) s--; // «pas.»
      // («… men er fortsatt veldig begrenset», «Er svært redusert.»: the person left out, as notes do.)
      const person = k === a || (s >= a && (PERSON.has(tokens[s]!.f) || /^(pas|pt)$/.test(tokens[s]!.f)));
      if (k >= a && /^(er|var|blir|vert|virker|verkar|fremstar|framstar)$/.test(tokens[k]!.f) && person) {
        cue(i);
        degree = true;
        fnContent = true;
        generic = true;
        workOnly = false;
        fnPush(i);
      }
    }
    // "bør unngå belastende arbeid med høyre hånd", "ikkje krevjande oppgåver", "unngå tungt arbeid": which work is too
    // straining is not said — a degree ruled out, not a complete limit, whatever body part it names.
    // («Tungt arbeid går ikke», «belastande arbeid er ikkje aktuelt»: the negation after it.)
    // («Må skjermes for konflikter og belastende situasjoner»: the second of two things avoided; a situation named only
    // by how it strains says which as little as «belastende arbeid» does — unless «som …» names them. So do things
    // named only by their weight: «slipper de tunge tingene».)
    if (
      ((firstNeg >= 0 &&
        firstNeg < i &&
        (i <= firstNeg + 3 ||
          // («Unngå varme omgivelser og fysisk krevende arbeid»: the kind of strain between the «og» and the degree.)
          (i <= firstNeg + 7 && /^(og|eller|samt)$/.test(tokens[i - (KIND_OF_STRAIN.test(tokens[i - 1]?.f ?? '') ? 2 : 1)]?.f ?? '')))) ||
        (/^(gar|er|blir|vert|gikk|gjekk|var)$/.test(tokens[i + 2]?.f ?? '') && (flags[i + 3] ?? 0) & F.NEG)) &&
      STRAINING.test(t.f) &&
      i + 1 < b &&
      (flags[i + 1]! & (F.WORK | F.ACT) ||
        PLAIN_WORK.has(tokens[i + 1]!.f) ||
        POSTURE.test(tokens[i + 1]!.f) ||
        (BARE_THINGS.test(tokens[i + 1]!.f) && !/^(som|sa|slik|f|eks|eksempel|:|\()$/.test(tokens[i + 2]?.f ?? ''))) &&
      !(i > a && flags[i - 1]! & F.CAPV) &&
      // («ikke kjøre tung maskin», «ikkje gulvvask med tung maskin»: a class of machine, as «tunge maskiner» is.)
      !heavyKind(tokens, i)
    ) {
      if (i > a && KIND_OF_STRAIN.test(tokens[i - 1]!.f)) cue(i - 1);
      cue(i);
      cue(i + 1);
      degree = true;
      fnContent = true;
      generic = true;
      // (The work named is the load, not a verdict on work: «Bør unngå belastende arbeid» asks how much.)
      workOnly = false;
      fnPush(i);
    }
    // A limiting state as a predicate ("blir fort sliten", "er utmattet", telegram "Sliten heile tida"); the
    // noun ("svimmelhet", "utmattelse", "tungpust") names a symptom, not what the person manages.
    if (fl & F.STATE && !STATE_NOUN.test(t.f) && !negatedJustBefore(tokens, flags, a, i)) {
      const p1 = tokens[i - 1];
      const p2 = tokens[i - 2];
      // («er blitt mer glemsk», «har vorte meir sliten»: more of the state is the state, its degree unsaid.)
      const more = !!p1 && MORE.test(p1.f) && !!p2 && (COPULA.has(p2.f) || BECOME_PARTICIPLE.test(p2.f));
      const pred = i === a || more || (p1 && (COPULA.has(p1.f) || flags2[i - 1]! & (G.FAST | G.INTENS))) || (p2 && COPULA.has(p2.f)) || b - a <= 4;
      // («blir fort irritert» is a temper; «blir irritert når han får beskjed i en hard tone» a reaction to a named
      // occasion.)
      const temper = !!(fl & B_SOCIAL) && !(p1 && flags2[i - 1]! & (G.FAST | G.INTENS));
      if (pred && !temper) {
        limitingState(i);
      }
    }
    // «sliter med tretthet», «slit med trøyttleik»: struggling with the state is a limit of it, though the noun
    // alone names a symptom.
    if (fl & F.STATE && STATE_NOUN.test(t.f) && tokens[i - 1]?.f === 'med' && flags[i - 2]! & F.DIFV && i - 2 >= a) limitingState(i);
    // «blir fort overbelastet», «vert lett overbelasta»: loaded beyond a limit not said, as a state of the person.
    if (wb[i]! & W_OVERLOAD && /(et|a)$/.test(t.f) && firstNeg < 0) {
      const p1 = tokens[i - 1];
      if (p1 && (COPULA.has(p1.f) || flags2[i - 1]! & (G.FAST | G.INTENS))) {
        limitingState(i);
      }
    }
    // "får vondt ved lengre gange", "smerter ved løft", "hodepine når hun jobber med armene løftet": a symptom set
    // off by an activity is a limitation of that activity.
    // («får hjertebank ved plutselige lyder»: a sudden event sets it off — there is no amount of it to ask for.)
    if (fl & F.SYMPT && tokens[i + 1] && /^(ved|nar|under)$/.test(tokens[i + 1]!.f) && i + 2 < b && !SUDDEN.test(tokens[i + 2]!.f)) {
      let act = false;
      for (let k = i + 2; k < Math.min(b, i + 6); k++)
        if (flags[k]! & (F.ACT | F.LOADA | F.LOADC | F.WORK) || (flags[k]! & AREA_MASK && !(flags[k]! & F.SYMPT))) act = true;
      if (act && !negatedJustBefore(tokens, flags, a, i)) {
        cue(i);
        consequence = true;
        difficulty = true;
      }
    }
    // «Smertene blir verre ved løft», «(Nakkesmerter,) forverres ved aktivitet»: worse when doing something says, like
    // «vondt ved …», that the activity is limited — and not how much of it. (Looked at from the activity: the words
    // before it have no class.)
    if (fl & (F.ACT | F.LOADA | F.LOADC) && i - 2 >= a) {
      // («blir verre av belastning»: worse from, as worse at.)
      const at = (k: number) => /^(ved|nar|under)$/.test(tokens[k]!.f) || (tokens[k]!.f === 'av' && k - 1 >= a && WORSE_AT.test(tokens[k - 1]!.f));
      const v = at(i - 1) ? i - 1 : i - 3 >= a && at(i - 2) ? i - 2 : -1;
      const w = v - 1;
      if (
        w >= a &&
        WORSE_AT.test(tokens[w]!.f) &&
        !(firstNeg >= 0 && firstNeg < w) &&
        (tokens[w]!.f !== 'verre' || /^(blir|ble|vert|vart|er)$/.test(tokens[w - 1]?.f ?? ''))
      ) {
        cue(w);
        cue(i);
        consequence = true;
        difficulty = true;
      }
    }
    // «får vondt etter kort tid med sortering», «smerter etter ei kort stund»: a symptom that comes after a while not
    // said — a tolerance with no measure.
    // («får vondt i ryggen etter ei stund»: past where the pain is, and «a while» as vague as «a short while».)
    let after = i + 1;
    if (fl & F.SYMPT && /^(i|pa)$/.test(tokens[after]?.f ?? '') && tokens[after + 1]?.k === KD.Word && tokens[after + 2]?.f === 'etter') after += 2;
    if (fl & F.SYMPT && tokens[after]?.f === 'etter' && after + 2 <= b) {
      const w1 = tokens[after + 1]?.f ?? '';
      const w2 = tokens[after + 2]?.f ?? '';
      const w3 = tokens[after + 3]?.f ?? '';
      const short =
        (/^(kort|kortere|kortare)$/.test(w1) && /^(tid|tids|stund|stunds)$/.test(w2)) ||
        (/^(ei|en|ein)$/.test(w1) && /^(kort|lita|liten)$/.test(w2) && /^(stund|tid)$/.test(w3)) ||
        (/^(ei|en|ein)$/.test(w1) && /^(stund|stunds)$/.test(w2));
      if (short && !negatedJustBefore(tokens, flags, a, i)) {
        limitingState(i);
        // (The cue runs to the while: «vondt i ryggen etter ei stund».)
        const end = /^(stund|tid)$/.test(w3) ? after + 3 : after + 2;
        if (end < b) cue(end);
      }
    }
    // "Omsyn til ryggen", "må ta hensyn til smertene", "tilrettelegging nødvendig": advice with no content.
    // "… bør det tas hensyn til": pointing back at what was just described.
    // (Only looked at for a word of advice.)
    // («Med omsyn til alder …», «med hensyn til arbeidstid»: regarding, a preposition — not advice.)
    // («… må tas hensyn til ved omskolering»: «til» with its object left out, a preposition next — what was said.)
    // («Ryggen må tas hensyn til»: the body part named before it is what the care is for — nothing pointed back at.)
    const pointsBack =
      !!(g & G.CONSIDER) &&
      tokens[i + 1]?.f === 'til' &&
      !(i + 2 >= b && (wordIn(tokens, a, i, LOADED_PART) || wordIn(tokens, a, i, BODY_PART))) &&
      (i + 2 >= b || /^(det|dette|dei|de|disse|desse|ved|under|når|nar|i|før|etter)$/.test(tokens[i + 2]!.f) || tokens[i - 1]?.f === 'med');
    if (g & G.CONSIDER && !negatedJustBefore(tokens, flags, a, i) && !pointsBack && !(i > a && /^(det|dette)$/.test(tokens[i - 1]!.f))) {
      cue(i);
      // («Tilrettelegging etter behov»: the cue runs to the need.)
      if (i + 2 < b && /^(behov|behovet)$/.test(tokens[i + 2]!.f)) cue(i + 2);
      difficulty = true;
      fnContent = true;
      generic = true;
    }
    // "fort/raskt/lett" before a state: part of the cue ("blir fort sliten"). (Not before the noun: «rask
    // trøyttleik» in a list of symptoms names one.)
    if (g & G.FAST && i + 1 < b && flags[i + 1]! & F.STATE && !STATE_NOUN.test(tokens[i + 1]!.f)) cue(i);
    // Vague amounts ("å få", "vil få": the verb, not "few").
    // "ikke … til noe" (nothing at all) and "lite realistisk" (hardly) are not amounts.
    // "ikkje lenger", "ikke lengre": no longer (time), not "not far".
    // Only a vague amount needs these (most tokens are not one).
    const isVq = (fl & F.VQ) !== 0;
    const noLonger =
      isVq &&
      (t.f === 'lenger' || t.f === 'lengre') &&
      i > a &&
      (flags[i - 1]! & F.NEG ||
        (firstNeg >= 0 &&
          firstNeg < i &&
          // («kan ikke kjøre tunge kjøretøy lenger etter at han fikk ICD»: a cause or a time after it ends the clause too.)
          (i === b - 1 || tokens[i + 1]!.k === KD.Punct || /^(etter|siden|sidan|sia|fordi|pga|grunnet|grunna|na|no)$/.test(tokens[i + 1]!.f))));
    // "hvor mye hun tåler" (an open question), "noe som har fungert", "mange folk" (who, not how much).
    const question = isVq && i > a && /^(hvor|kor|hvordan|korleis)$/.test(tokens[i - 1]!.f);
    // («ønsker noe der han kan bruke erfaringen», «noko anna»: something, a thing or a job, not an amount.)
    // («si noe om taleforståelse»: what can be said; «noe av dette»: some of what was just said.)
    // («gjøre noe med hendene»: something to do, a thing — «gjere noko lettare arbeid» is still a kind of work.)
    const relative =
      isVq &&
      (t.f === 'noe' || t.f === 'noko') &&
      (/^(som|der|hvor|kor|annet|anna)$/.test(tokens[i + 1]?.f ?? '') ||
        (/^(gjore|gjere|gjor|gjer|gjorde|gjort)$/.test(tokens[i - 1]?.f ?? '') && !(flags2[i + 1]! & G.LIGHT) && !(flags[i + 1]! & F.VQ)) ||
        SAY.test(tokens[i - 1]?.f ?? '') ||
        (tokens[i + 1]?.f === 'av' && /^(dette|det|disse|desse|dei|de|dem)$/.test(tokens[i + 2]?.f ?? '')));
    const people = isVq && !!tokens[i + 1] && !!(flags2[i + 1]! & G.COUNTN) && !(flags[i + 1]! & (F.ACT | F.FN));
    // («ikke lang utdanning», «et kort kurs», «lengre tiltak»: how long a measure of Nav's or a schooling lasts.)
    const schooling =
      isVq &&
      (NAV_MEASURE.test(tokens[i + 1]?.f ?? '') ||
        // («treng ikkje lengre kvalifisering», «med berre kort omstilling»: how long a qualification or a change of job takes.)
        /^(kurs|kurset|opplaering|opplaeringa|opplaeringen|skolegang|skulegang|studier|studium|kvalifisering|kvalifiseringa|kvalifiseringen|omstilling|omstillinga|omstillingen|omskolering|omskulering|opptrening|opptreninga|opptreningen|videreutdanning|etterutdanning)$/.test(
          tokens[i + 1]?.f ?? '',
        ));
    // «ga lite effekt», «har hatt mye nytte av»: how much a treatment or an aid did, not how much the person can.
    const outcome = isVq && /^(effekt|effekten|nytte|nytten|virkning|verknad|bedring|betring|framgang|fremgang|endring)$/.test(tokens[i + 1]?.f ?? '');
    // «uten tunge maskiner», «køyrer tunge køyretøy»: a kind of machine or vehicle, not a weight the person lifts.
    const machines = isVq && heavyKind(tokens, i);
    // "i mange år", "i flere måneder": how long ago or how long something went on, not how much of a function.
    // «få andre stillingar i regionen», «mange ledige jobber»: how many jobs there are, the market.
    const jobsCount =
      isVq &&
      // («mange resepsjonsstillinger er turnus»: a compound of «stilling» counts jobs too.)
      // («Få sittende stillinger for ufaglærte»: after a count, past a word for the kind of job.)
      (/^(stilling|stillinger|stillingar|stillingane|jobber|jobbar|arbeidsplasser|arbeidsplassar|ledige|andre)$/.test(
        tokens[
          /^(fa|faa|mange|faerre|fleire|flere)$/.test(t.f) && /^(sittende|sitjande|faste|nye|lette|fysisk|fysiske)$/.test(tokens[i + 1]?.f ?? '')
            ? i + 2
            : i + 1
        ]?.f ?? '',
      ) ||
        // («mange små verkstader kan ta inn lærlingar», «få bedrifter»: how many employers there are, the market.)
        EMPLOYERS.test(tokens[/^(sma|smaa|store|lokale)$/.test(tokens[i + 1]?.f ?? '') ? i + 2 : i + 1]?.f ?? '') ||
        /.{3}(stillinger|stillingar|stillingene|stillingane|jobber|jobbar|jobbene|jobbane)$/.test(tokens[i + 1]?.f ?? '')) &&
      (tokens[i + 1]!.f !== 'andre' || /^(stilling|jobb)/.test(tokens[i + 2]?.f ?? ''));
    const history =
      isVq &&
      (/^(ar|arene|aret|maneder|manedene|manader|manadene|tiar|tiaret|tiar)$/.test(tokens[i + 1]?.f ?? '') ||
        // («fagbrev og lang røynsle med planlegging», «lang erfaring som sjåfør»: how long the person has worked.)
        (/^(lang|langt|lengre)$/.test(t.f) &&
          /^(erfaring|erfaringa|erfaringen|roynsle|royndom|arbeidserfaring|fartstid|yrkeserfaring|praksis)$/.test(tokens[i + 1]?.f ?? '')) ||
        // «gikk ned i langvarig sykmelding»: how long the sick leave went on, the history.
        /^(sykmeld|sjukmeld|sykefravaer|sjukefravaer)/.test(tokens[i + 1]?.f ?? '') ||
        symptomHistoryPeriods(tokens, flags, a, i));
    // «kan ikke kjøre bil så lenge ortosen brukes»: "as long as", a condition with its own end, not "for long".
    const asLongAs =
      isVq &&
      t.f === 'lenge' &&
      // (Nynorsk «so lenge ho brukar pregabalin».)
      (tokens[i - 1]?.f === 'sa' || tokens[i - 1]?.f === 'so') &&
      !!tokens[i + 1] &&
      tokens[i + 1]!.k === KD.Word &&
      // («klarer ikke å stå så lenge ved ovnen»: a preposition or an adverb cannot open the clause of "as long as" —
      // «så lenge» is then how long, unsaid.)
      !/^(som|om|av|i|pa|ved|med|til|under|foran|bak|uten|utan|over|hos|framfor|inne|ute|at|for|etter|eller|og|lenger|lengre|heller|na|no|sammenhengende|samanhengande|uavbrutt|stille|rolig|roleg|oppreist)$/.test(
        tokens[i + 1]!.f,
      );
    const anything =
      isVq &&
      (t.f === 'noe' || t.f === 'noko' || t.f === 'nokon' || t.f === 'noen' || t.f === 'nokre') &&
      ((firstNeg >= 0 && firstNeg < i) ||
        // («klarer ikke knappe, holde kniv eller gripe noe med den»: an item of a denied list, denied too.)
        (firstNeg < 0 && prevNeg && !capv && (flags[a]! & F.ACT) !== 0) ||
        // «det kan ha noko å seia», «har noe å bety»: it matters, no amount.
        (tokens[i + 1]?.f === 'a' && /^(si|seie|seia|bety|gjore|gjere)$/.test(tokens[i + 2]?.f ?? '')));
    const judgement =
      isVq &&
      g & G.LITTLE &&
      // («Hendene er lite affisert»: hardly affected, next to no limit.)
      /^(realistisk|aktuelt|aktuell|sannsynlig|sannsynleg|egnet|egna|hensiktsmessig|tenkelig|trolig|truleg|affisert|affiserte|pavirket|pavirka|ramma|rammet)$/.test(
        tokens[i + 1]?.f ?? '',
      );
    // («… 16 t/uke, og at dette kan øke noe», «vil truleg betre seg litt»: how much a capacity may change, a prognosis —
    // not a limit of its own.)
    const change =
      isVq &&
      /^(noe|noko|litt|lite|gradvis)$/.test(t.f) &&
      (CHANGE_VERB.test(tokens[i - 1]?.f ?? '') ||
        (/^(seg|sg)$/.test(tokens[i - 1]?.f ?? '') && CHANGE_VERB.test(tokens[i - 2]?.f ?? '')) ||
        // («Forventar at dette aukar uthaldet noko»: how much a function may grow, said after it.)
        (CHANGE_VERB.test(tokens[i - 2]?.f ?? '') && (flags[i - 1]! & (F.FN | AREA_MASK)) !== 0 && !(flags[i - 1]! & F.ACT)) ||
        // («medisinjustering kan dempe tremor noko»: how much a treatment may ease a symptom.)
        (EASE_VERB.test(tokens[i - 2]?.f ?? '') && tokens[i - 1]?.k === KD.Word) ||
        // («tinnitus kan bli noe bedre med lydterapi», «vert litt betre»: how much it may improve.)
        (/^(bli|blir|vert|verte|verta|ble|vart)$/.test(tokens[i - 1]?.f ?? '') && BETTER_OR_WORSE.test(tokens[i + 1]?.f ?? ''))) &&
      // («smertene øker noe ved løfting»: a symptom growing with an activity is still that activity's unmeasured limit.)
      // («kan øke noe med tilrettelegging», «betre seg litt over tid»: what the change comes with, still a prognosis.)
      (i + 1 >= b ||
        tokens[i + 1]!.k === KD.Punct ||
        (/^(med|over|etter|dersom|om|hvis|viss)$/.test(tokens[i + 1]!.f) && !(flags[i + 2]! & (F.ACT | F.FN))) ||
        BETTER_OR_WORSE.test(tokens[i + 1]!.f));
    // («Langvarige nakke-/skuldersmerter etter bilulykke», «langvarig hodepine»: how long the illness has lasted, a
    // finding's history, not how long the person can do something.)
    let chronic = false;
    if (isVq && /^(langvarig|langvarige)$/.test(t.f)) {
      // («nakke-/skuldersmerter»: the first half of a shortened compound stands before the finding.)
      let sx = i + 1;
      while (tokens[sx]?.k === KD.Word && /^[-/–]$/.test(tokens[sx + 1]?.f ?? '')) sx += tokens[sx + 2]?.f === '/' ? 3 : 2;
      chronic = !!tokens[sx] && !!(flags[sx]! & F.SYMPT) && !(flags[sx]! & (F.ACT | F.FN | F.LOADA | F.LOADC));
    }
    // («klarer bare noen sekunder med armene over hodet»: a few seconds is next to nothing — as good as «not at all».)
    const seconds = isVq && /^(noen|nokre|fa|par)$/.test(t.f) && /^(sekunder|sekund|sekundar|sek)$/.test(tokens[i + 1]?.f ?? '');
    // («gaming langt ut på natta», «langt utpå kvelden»: a time of day, not an amount.)
    const lateHour =
      isVq &&
      t.f === 'langt' &&
      (/^(utpa|uti)$/.test(tokens[i + 1]?.f ?? '')
        ? DAY_PART.test(tokens[i + 2]?.f ?? '')
        : tokens[i + 1]?.f === 'ut' && /^(pa|i)$/.test(tokens[i + 2]?.f ?? '') && DAY_PART.test(tokens[i + 3]?.f ?? ''));
    // («arbeide åleine langt frå hjelp»: out of reach of help, a place without people, not a distance covered.)
    const remote = isVq && t.f === 'langt' && /^(fra|fraa|ifra|ifraa)$/.test(tokens[i + 1]?.f ?? '') && REMOTE_FROM.test(tokens[i + 2]?.f ?? '');
    // «faller konsentrasjonen så mye at hun ikke klarer å følge en telefonsamtale»: how much is said by what it stops.
    let soThat = false;
    if (isVq && tokens[i - 1]?.f === 'sa' && tokens[i + 1]?.f === 'at')
      for (let k = i + 2; k < Math.min(tokens.length, i + 7) && tokens[k]!.sent === t.sent && !soThat; k++) soThat = (flags[k]! & F.NEG) !== 0;
    if (
      fl & F.VQ &&
      !anything &&
      !soThat &&
      !judgement &&
      !change &&
      !seconds &&
      !chronic &&
      !lateHour &&
      !remote &&
      !noLonger &&
      !question &&
      !relative &&
      !people &&
      !outcome &&
      !schooling &&
      !machines &&
      !history &&
      !asLongAs &&
      !jobsCount &&
      !(t.f === 'fa' && (tokens[i - 1]?.f === 'a' || flags[i - 1]! & (F.CAPV | F.AUX)))
    ) {
      const vq = g & AMOUNT;
      // "arbeid uten tungt fysisk", "stilling med mindre kundekontakt": a kind of work, like «lett arbeid».
      // («Arbeid uten krav til høyt tempo»: the demand named between the work and its degree — still a kind of work.)
      const via =
        tokens[i - 1]?.f === 'til' && /^(krav|krava|kravet)$/.test(tokens[i - 2]?.f ?? '') && /^(med|uten|utan)$/.test(tokens[i - 3]?.f ?? '') ? i - 3 : i - 1;
      let w = tokens[via]?.f === 'med' || tokens[via]?.f === 'uten' || tokens[via]?.f === 'utan' ? via - 1 : -1;
      // "lastebilsjåfør (CE) med lite lossearbeid": past a bracket after the job.
      // The bracket ends the clause before, so the job is looked up outside it.
      let bracketJob = false;
      if (w >= 3 && tokens[w]?.f === ')' && tokens[w - 2]?.f === '(' && w - 3 >= 0 && tokens[w - 3]!.sent === t.sent) {
        w -= 3;
        bracketJob = workNounAt(tokens, flags, 0, b, w);
      }
      // "(arbeid) uten tungt fysisk arbeid": without heavy work, i.e. light work.
      const withoutHeavyWork =
        (tokens[i - 1]?.f === 'uten' || tokens[i - 1]?.f === 'utan') && (workNounAt(tokens, flags, a, b, i + 1) || workNounAt(tokens, flags, a, b, i + 2));
      // («Ho toler ikkje jobb med store krav»: a job of that kind is what the person cannot take, a limit unmeasured.)
      let refused = false;
      for (let k = a; k < w - 1 && !refused; k++) if (flags[k]! & F.CAPV && /^(ikke|ikkje)$/.test(tokens[k + 1]!.f)) refused = true;
      // («Lite egnet for yrker med mye kommunikasjon», «uegna for jobb med mykje støy»: the person poorly suited to it —
      // a limit, not what the job holds.)
      let unsuited = false;
      for (let k = a; k < w && !unsuited; k++)
        if (UNSUITED.test(tokens[k]!.f) || (/^(lite|darlig|darleg|mindre)$/.test(tokens[k]!.f) && SUITED.test(tokens[k + 1]?.f ?? ''))) unsuited = true;
      if (vq && !refused && (((workNounAt(tokens, flags, a, b, w) || bracketJob) && (firstNeg < 0 || firstNeg === via)) || withoutHeavyWork)) {
        // «Selger m/ mye kjøring», «stilling med mye løfting»: what a job holds much of, told of the job with nothing
        // limiting before it — its demand, not a kind of work the person is limited to.
        if (!withoutHeavyWork && !unsuited && vq & G.MUCH && firstNeg < 0 && limitCue < 0 && tokens[i + 1]?.k === KD.Word && flags[i + 1]! & F.ACT)
          jobHolds = true;
        lightWork = true;
        cue(w);
        cue(i);
        continue;
      }
      // Only in contact with a function: "løfte tungt", "tunge løft", "stå lenge", "mye gange", "orker lite",
      // "lite initiativ", "korte turer", "over tid".
      let near = false;
      // "mekaniker tunge kjøretøy", "fører av tunge maskiner": a class of vehicle, no amount.
      const heavyVehicle = g & G.HEAVY && HEAVY_VEHICLE.test(tokens[i + 1]?.f ?? '');
      // "gjere noko tungt", "løfte noe som er tungt", "alt som er tungt": heavy things, i.e. loads, whatever verb.
      if (g & G.HEAVY && !heavyVehicle) {
        const j = i - 2 >= a && /^(som)$/.test(tokens[i - 2]!.f) && /^(er|var|blir|vert)$/.test(tokens[i - 1]!.f) ? i - 3 : i - 1;
        if (j >= a && /^(noe|noko|alt|ingenting|ting|tinga|tingene)$/.test(tokens[j]!.f)) near = true;
      }
      // («krever mye bruk av høyre hånd»: the use of a body part reaches past «bruk av» and its adjective.)
      const reach = tokens[i + 1]?.f === 'bruk' && tokens[i + 2]?.f === 'av' ? 6 : 4;
      for (let k = Math.max(a, i - 3); k < Math.min(b, i + reach) && !heavyVehicle; k++) {
        if (k === i) continue;
        const kf = flags[k]!;
        const kg = flags2[k]!;
        // "tung" is an amount only for lifting and loads ("tunge løft", "tungt arbeid"), not in "tungt kjøretøy".
        // («tunge forflytningar»: moving a heavy patient is a load as well; so is a heavy task named right after it, «tung
        // golvvask», not a heavy thing, «tunge verktøy».)
        if (g & G.HEAVY) {
          if (
            kf & (B_LIFT | F.LOADA | F.WORK) ||
            kg & G.DEMAND ||
            (k === i + 1 && (tokens[k]!.f.startsWith('forflyt') || (kf & F.ACT && TASK_NOUN_END.test(tokens[k]!.f))))
          )
            near = true;
          continue;
        }
        // "vanskar med repeterande arbeid", "statisk arbeid": a kind of load, like "tungt arbeid".
        // Only after a limit ("vanskar med", "tåler dårleg", "ikkje"): "Meistrar enkle repeterande oppgåver" is a capacity.
        if (g & G.KINDADJ && k === i + 1 && workNounAt(tokens, flags, a, b, k) && ((limitCue >= 0 && limitCue < i) || (firstNeg >= 0 && firstNeg < i)))
          near = true;
        // "lite folk", "få kolleger": a count of people is not a function.
        if (kg & G.COUNTN && !(kf & (F.ACT | F.FN))) continue;
        if (kf & (F.ACT | F.FN | F.LOADA | F.LOADC | F.CAPV | F.STATE) || (kf & AREA_MASK && !(kf & F.SYMPT)) || kg & G.REST) near = true;
      }
      // («eg kan ikkje så mye anna», «kan lite norsk»: «kan» with no verb after it is knowing — skills, not function.)
      let knows = false;
      if (KNOWN.test(tokens[i + 1]?.f ?? ''))
        for (let k = i - 1; k >= a && k >= i - 3; k--) {
          if (flags[k]! & (F.ACT | F.FN)) break;
          if (tokens[k]!.f === 'kan') knows = true;
        }
      if (knows) near = false;
      // («det vil ta lang tid før helsekravene er oppfylt»: how long until something comes, a prognosis — not a degree.)
      if (/^(ta|tar|tek|tok|tatt|teke)$/.test(tokens[i - 1]?.f ?? '') && /^(tid|tida|tiden)$/.test(tokens[i + 1]?.f ?? '')) near = false;
      // What the person manages, however much ("kjører lengre turer"), is not a limitation; "kan gå korte
      // turer", "orker lite", "lite initiativ" are.
      const too = tooBefore(tokens, a, i, text);
      // «To dagar med høgt press gjekk bra»: an amount the person came through, as «tåler høyt press».
      const positiveAmount = vq & (G.LONG | G.MUCH | G.HEAVY) && (capvPosSeen || wentWell(tokens, i, b)) && firstNeg < 0 && !too;
      // "etter langvarig belastning": a cause in the history, not what the person manages now.
      // "etter fleire år med høgt arbeidspress", "etter mange månader med lite søvn": the years before, too.
      // («har kun arbeidserfaring fra tungt anleggsarbeid», «bakgrunn frå tungt industriarbeid»: the work he has done.)
      const experience =
        /^(fra|fraa|med|innen|innan)$/.test(tokens[i - 1]?.f ?? '') && /(erfaring|erfaringa|erfaringen|bakgrunn|bakgrunnen)$/.test(tokens[i - 2]?.f ?? '');
      // («utredet ved poliklinikk for langvarige senvirkninger»: the name of a clinic or a course, what it is for.)
      const named = tokens[i - 1]?.f === 'for' && INSTITUTION.test(tokens[i - 2]?.f ?? '');
      const causeAt = (j: number): boolean => tokens[j - 1]?.f === 'etter' || tokens[j - 2]?.f === 'etter' || yearsOfBefore(tokens, a, j);
      // («etter fleire år med høgt arbeidspress og mange reisedøgn», «etter mye stress og lite søvn»: the second of
      // two causes joined.)
      const joinedCause = /^(og|eller)$/.test(tokens[i - 1]?.f ?? '') && [i - 2, i - 3].some((j) => j > a && flags2[j]! & AMOUNT && causeAt(j));
      const cause = causeAt(i) || joinedCause || experience || named;
      if (too && vq) near = true;
      // "…, men ikke langt": a negated amount alone; the clause before gives it its function (see ellipsis).
      if (!near && vq && firstNeg >= 0 && i - firstNeg <= 2 && !fnContent && !knows) {
        cue(i);
        degree = true;
      }
      // "ikke repeterende arbeid", "kan ikkje utføre repeterande knivarbeid": none of that kind of work at all,
      // a complete restriction; the kind adjective is no amount there.
      const negatedKind = g & G.KINDADJ && firstNeg >= 0 && firstNeg < i && !too;
      if (near && vq && !positiveAmount && !(cause && !capv) && !negatedKind && !afterAWait(tokens, a, i, text)) {
        // "så lenge det ikkje er for tungt": «for» + an amount is a limit even with no function named.
        if (too) {
          tooMuch = true;
          fnContent = true;
          generic = true;
        }
        viaAmount = true;
        cue(i);
        viaAmount = false;
        degree = true;
        // "repeterande arbeid": the kind of load is the function.
        if (g & G.KINDADJ && workNounAt(tokens, flags, a, b, i + 1)) {
          fnContent = true;
          // Repetition is of movements (arms and hands); static work has no one area.
          if (/^(repet|ensform)/.test(t.f)) areaBits |= B_HANDS;
          else generic = true;
          workOnly = false;
          fnPush(i + 1);
        }
        // "ikke repeterende arbeid": none of that kind of work at all.
        if (vq & (G.HEAVY | G.LONG | G.MUCH | G.SHORT) && !(g & G.KINDADJ && firstNeg >= 0 && firstNeg < i)) vqAct = true;
        // "tungt arbeid", "tungt fysisk arbeid": about lifting and loads.
        if (vq & G.HEAVY) areaBits |= B_LIFT;
      }
    }
    // "korte dagar", "lange økter", "korte arbeidsdager": the length of the day or session, unmeasured.
    if (
      fl & F.VQ &&
      g & (G.SHORT | G.LONG) &&
      i + 1 < b &&
      /^(dag|dager|dagar|dagane|dagene|okter|okt|okta|oktene|okter|arbeidsdager|arbeidsdagar|vakter|vakt|vakta|perioder|periodar|stunder)$/.test(
        tokens[i + 1]!.f,
      ) &&
      tokens[i - 1]?.k !== KD.Num &&
      !symptomHistoryPeriods(tokens, flags, a, i)
    ) {
      // (An amount of days names no person: «krev … arbeid i all slags vêr og lange dagar» is still the job's;
      // «krever at han tåler … lange dager» names one.)
      viaAmount = true;
      for (let k = a; k < i && viaAmount; k++) if (PERSON.has(tokens[k]!.f) || flags[k]! & F.CAPV) viaAmount = false;
      cue(i);
      cue(i + 1);
      viaAmount = false;
      degree = true;
      areaBits |= B_ENDURANCE;
      fnContent = true;
      fnPush(i + 1);
    }
    // "over tid", "i lengre tid", "etter kort tid".
    if (
      wb[i]! & W_TID &&
      i > a &&
      (tokens[i - 1]!.f === 'over' || flags2[i - 1]! & (G.LONG | G.SHORT)) &&
      // "det han har sett over tid": how long someone has observed, not how long the person lasts.
      !OBSERVE.test(tokens[i - 2]?.f ?? '') &&
      // "kan klare 60 % over tid", "4 timer over tid": a measure kept up, not an unmeasured length.
      // (A unit counts only after its number: «stell av beboere over tid» counts no residents.)
      !(tokens[i - 1]!.f === 'over' && (tokens[i - 2]?.k === KD.Num || (UNITS.has(tokens[i - 2]?.f ?? '') && tokens[i - 3]?.k === KD.Num))) &&
      // "sykmeldt etter lang tid med høyt arbeidspress": how long a cause went on, the history.
      !(tokens[i - 2]?.f === 'etter' && tokens[i + 1]?.f === 'med') &&
      // «at hun over tid kan ha en stabil arbeidsevne på ca. 50 %»: in the long run, before what she may come to manage.
      !(tokens[i - 1]!.f === 'over' && /^(kan|kunne|vil|ville|skal|bor|bør)$/.test(tokens[i + 1]?.f ?? '') && (tokens[i - 2]?.k === KD.Word || i - 1 === a)) &&
      !(tokens[i - 1]!.f === 'over' && inTheLongRun(tokens, flags, a, i - 1)) &&
      // «treng å prøve ut stabilitet og oppmøte over tid»: how long a trial runs, not how long the person lasts.
      !(tokens[i - 1]!.f === 'over' && trialBefore(tokens, a, i - 1)) &&
      // «for at det skal holde over tid»: an arrangement that lasts, not how long the person holds.
      !(tokens[i - 1]!.f === 'over' && tokens[i - 2]?.f === 'holde' && /^(det|dette|ordninga|ordningen|opplegget)$/.test(tokens[i - 4]?.f ?? '')) &&
      // «så det kan ta lengre tid», «det tek lang tid før …»: how long recovery takes, a prognosis.
      // (Not how long the person takes to recover after each working day: «det tar lang tid å hente seg inn etter
      // arbeidsdager» is stamina, how long unsaid.)
      !(
        /^(ta|tar|tek|tok|tatt)$/.test(tokens[i - 2]?.f ?? '') &&
        tokens[i - 1]!.f !== 'over' &&
        !PERSON.has(tokens[i - 3]?.f ?? '') &&
        !recoversAfterWork(tokens, i, b)
      ) &&
      // «kan ikke utføre eget yrke i lang tid fremover»: how long ahead the limit lasts, a prognosis — not how long at
      // a time.
      !(tokens[i - 1]!.f === 'lang' && /^(fremover|framover|fremmover|frametter)$/.test(tokens[i + 1]?.f ?? ''))
    ) {
      cue(i);
      // («over tid» underlined whole, not «tid» alone.)
      if (tokens[i - 1]!.f === 'over') cue(i - 1);
      degree = true;
      // (Recovering after each working day or shift is stamina, whatever the day is called.)
      if (recoversAfterWork(tokens, i, b)) {
        cue(i - 1);
        fnContent = true;
        fnPush(i);
        areaBits |= B_ENDURANCE;
      }
      // («får til det meste men bruker lang tid»: slow at what is done, how slow unsaid — with or without «på …».)
      // (Not «brukte lang tid på å komme seg», how long a recovery took; «lengre tid» compares, and is read as a comparative.)
      if (/^(bruker|brukar|bruke)$/.test(tokens[i - 2]?.f ?? '') && tokens[i - 1]!.f === 'lang') {
        cue(i - 2);
        difficulty = true;
        fnContent = true;
        fnPush(i);
      }
    }
    // "trenger mye hvile", "må kvile ofte", "treng tid".
    // «Fleire brukarar treng også hjelp med støttestrømper»: what the people the person looks after need.
    // («treng ikkje særskilde pausar»: a need denied, no rest to measure.)
    if (
      g & G.NEED &&
      !(i > a && CLIENTS.test(tokens[i - 1]!.f)) &&
      !(i - 1 > a && CLIENTS.test(tokens[i - 2]!.f)) &&
      !/^(ikke|ikkje)$/.test(tokens[i + 1]?.f ?? '')
    ) {
      // («må få lov til å ta pauser», «må ha mulighet til å hvile»: leave to rest is the need for it.)
      let reach = i + 3;
      if ((tokens[i + 1]?.f === 'fa' || tokens[i + 1]?.f === 'ha') && LEAVE.test(tokens[i + 2]?.f ?? '')) {
        let k = i + 3;
        if (tokens[k]?.f === 'til') k++;
        if (tokens[k]?.f === 'a') k++;
        reach = k + 1;
      }
      for (let k = i + 1; k <= reach && k < b; k++) {
        const help =
          tokens[k]!.f === 'hjelp' &&
          k <= i + 2 &&
          // («treng hjelp for å kome i gang»: «for å» is «til å».)
          !(
            (tokens[k + 1]?.f === 'til' || (tokens[k + 1]?.f === 'for' && tokens[k + 2]?.f === 'a')) &&
            tokens[k + 2] &&
            tokens[k + 2]!.k === KD.Word &&
            !(flags[k + 2]! & F.FN)
          ) &&
          // "trenger hjelp med CV og jobbsøk": a need for Nav's support, not a function the person lacks.
          !((tokens[k + 1]?.f === 'med' || tokens[k + 1]?.f === 'til') && SUPPORT_TASK.test(tokens[k + 2]?.f ?? '')) &&
          !(tokens[k + 1]?.f === 'fra' && tokens[k + 2]?.f === 'nav');
        // («treng tid til å avklare om fisket kan halde fram»: time to decide, not rest.)
        const decide = tokens[k]!.f === 'tid' && tokens[k + 1]?.f === 'til' && tokens[k + 2]?.f === 'a' && DECIDE.test(tokens[k + 3]?.f ?? '');
        // («må hun legge seg 1–2 timer»: lying down is rest. Not «må ligge i mørkt rom» during an attack, a complete state,
        // nor «jobben må ligge på bussrute».)
        // (Only with its length right after it: «må legge seg når ho kjem heim» after a measured day says no more.)
        const lieDown =
          (tokens[k]!.f === 'legge' &&
            /^(seg|meg|deg)$/.test(tokens[k + 1]?.f ?? '') &&
            (tokens[k + 2]?.k === KD.Num || (/^(ca|i)$/.test(tokens[k + 2]?.f ?? '') && tokens[k + 3]?.k === KD.Num))) ||
          needSleepAt(tokens, flags2, k);
        if (flags2[k]! & G.REST || lieDown || (tokens[k]!.f === 'tid' && k === i + 1 && !decide) || help) {
          if ((flags2[k]! & G.REST || lieDown) && restAt < 0) restAt = lieDown ? k + 1 : k;
          cue(i);
          cue(k);
          difficulty = true;
          fnContent = true;
          areaBits |= B_ENDURANCE;
          break;
        }
      }
    }
    // "lett arbeid", "lettere oppgaver", "enkle oppgåver": a kind, not an amount.
    if (g & G.LIGHT && i + 1 < b && flags[i + 1]! & (F.WORK | F.ACT) && !(flags[i + 1]! & F.STATE)) {
      lightWork = true;
      if (lightAt < 0) lightAt = i;
      cue(i);
      cue(i + 1);
    }
    if (fl & F.CAPV) {
      let neg = false;
      for (let k = i + 1; k <= i + 2 && k < b; k++) if (isNegCue(tokens, flags, wb, k, b)) neg = true;
      for (let k = i - 1; k >= i - 2 && k >= a; k--) if (isNegCue(tokens, flags, wb, k, b)) neg = true;
      // («for sterke til at hun kan»: the «til at» of too much stands three words back.)
      if (i - 3 >= a && tokens[i - 3]!.f === 'til' && isNegCue(tokens, flags, wb, i - 3, b)) neg = true;
      // "orker lite", "tåler dårlig", "mestrer enkelte oppgaver", "klarer ein del": capacity with a vague amount.
      const n = i + 1 < b ? i + 1 : -1;
      // («fungerer sånn passe», «fungerer middels»: so-so is a degree too.)
      // (Not the verb after a modal: «innearbeid kan passe».)
      const soSo =
        n > 0 &&
        !/^(kan|kunne|bor|skal|vil|ma)$/.test(t.f) &&
        (MODERATE.test(tokens[n]!.f) || (/^(sann|sa)$/.test(tokens[n]!.f) && MODERATE.test(tokens[n + 1]?.f ?? '')));
      // («… at hun ikke klarer noe arbeid», «klarar ikkje noko»: denied, «noe» is nothing at all — no amount.)
      // («orker ikke noe» alone stays a figure of speech: how little is left unsaid.)
      const nothingAtAll =
        neg && /^(noe|noko|nokon|noen)$/.test(tokens[n]?.f ?? '') && n + 1 < b && (!!(flags[n + 1]! & (F.WORK | F.ACT)) || PLAIN_WORK.has(tokens[n + 1]!.f));
      const vagueAmount =
        n > 0 &&
        !nothingAtAll &&
        (flags2[n]! & G.LITTLE ||
          flags[n]! & F.LIMADJ ||
          ((tokens[n]!.f === 'ein' || tokens[n]!.f === 'en') && tokens[n + 1]?.f === 'del') ||
          // («mestrer deler av arbeidet», «klarer det meste av jobben»: which parts is left unsaid.)
          (tokens[n]!.f === 'deler' && tokens[n + 1]?.f === 'av') ||
          (tokens[n]!.f === 'det' && tokens[n + 1]?.f === 'meste' && tokens[n + 2]?.f === 'av') ||
          // («mestrer lettere oppgaver», «klarar enkle oppgåver» and no more: which tasks, and how much of them, unsaid.)
          (!neg && LIGHT_TASKS.test(tokens[n]!.f) && TASKS_AS_SUCH.test(tokens[n + 1]?.f ?? '') && n + 2 >= b) ||
          soSo);
      if (vagueAmount) {
        cue(i);
        cue(n);
        if (soSo && n + 1 < b && MODERATE.test(tokens[n + 1]!.f)) cue(n + 1);
        if (tokens[n]!.f === 'det' && n + 1 < b) cue(n + 1);
        if (LIGHT_TASKS.test(tokens[n]!.f) && n + 1 < b) cue(n + 1);
        degree = true;
      } else if (
        !neg &&
        !MODAL_AFTER.has(tokens[i + 1]?.f ?? '') &&
        !(tokens[i + 1]?.f === 'det' || tokens[i + 1]?.f === 'dette') &&
        // («en jobb med lite fysisk belastning og der hun kan styre arbeidsdagen selv»: what a place of work allows,
        // not what the person manages.)
        !(/^(der|hvor|kor)$/.test(tokens[i - 2]?.f ?? '') && PERSON.has(tokens[i - 1]?.f ?? ''))
      )
        capvPos = true;
    }
  }

  // The word classes present anywhere in the clause, for the checks that need no position; and the word tests any of
  // its words passes, so a loop that looks for a word no token is skips the clause.
  let kinds = 0;
  let wAll = 0;
  for (let i = a; i < b; i++) {
    kinds |= sp[i]!;
    wAll |= wb[i]!;
  }
  // Negation scope: it governs the statement when a function, capacity verb or work follows it.
  let negated = false;
  if (firstNeg >= 0) {
    for (let i = firstNeg + 1; i < b; i++)
      if (flags[i]! & (F.ACT | F.CAPV | F.WORK | F.FN | F.LOADA | F.LOADC | AREA_MASK) || flags2[i]! & G.TASKN) negated = true;
    // "ingen inflammatorisk sykdom", "inga nerveaffeksjon": a finding ruled out, not an activity.
    let symptAfter = false;
    for (let i = firstNeg + 1; i < b; i++) if (flags[i]! & F.SYMPT) symptAfter = true;
    // («stabil, men ikke i bedring», «Stumpen ikke ferdig tilhelet», «Protesetilpasning ikke startet»: the illness's
    // course, or healing and treatment not yet done — no function denied.)
    {
      let k = firstNeg + 1;
      if (/^(ferdig|helt|heilt)$/.test(tokens[k]?.f ?? '')) k++;
      const course = /^(i|pa)$/.test(tokens[k]?.f ?? '') && /^(bedring|betring|forbedring|remisjon)$/.test(tokens[k + 1]?.f ?? '') && k + 2 === b;
      const notDone = k + 1 === b && /^(tilhelet|tilhela|tilhelt|grodd|grodde|leget|startet|starta|pabegynt|begynt|avsluttet|avslutta)$/.test(tokens[k]!.f);
      if (course || notDone) symptAfter = true;
    }
    // ("mye trapper i eldre hus uten heis": what a place lacks, no function denied.)
    if (!negated && firstNeg + 1 < b && !symptAfter && !(/^(uten|utan)$/.test(tokens[firstNeg]!.f) && tokens[firstNeg + 1]!.f !== 'at')) negated = true;
  }
  // "knestående arbeid går ikke", "skriving med penn går ikkje": the activity before it is ruled out.
  // («… går ikke nå», «… går ikkje lenger»: a word of time after it changes nothing.)
  let negEnd = b;
  while (negEnd - 1 > firstNeg && wb[negEnd - 1]! & W_NEG_TIME) negEnd--;
  if (!negated && firstNeg >= 0 && firstNeg === negEnd - 1 && firstNeg >= a + 2 && GO.has(tokens[firstNeg - 1]!.f) && !PERSON.has(tokens[firstNeg - 2]!.f)) {
    for (let i = a; i < firstNeg - 1; i++) if (flags[i]! & (F.ACT | F.FN | F.LOADA | F.LOADC | AREA_MASK) || flags2[i]! & G.TASKN) negated = true;
  }
  // List continuation: "kan ikke løfte tungt, stå lenge eller gå langt".
  if (!negated && prevNeg && !capv && flags[a]! & F.ACT) negated = true;
  // An item under «kan han ikke:» says what he cannot do, whatever word it starts with.
  // («Kan ikke: jobbe full dag»: the whole of a day denied is such an item too.)
  if (!negated && underNegHeader && !capv && (fnContent || concrete || unknownAfterNeg || wholeOfDayIn(tokens, a, b))) negated = true;

  // Quantities of this clause.
  const qs: Quantity[] = [];
  let q = qStart;
  const sStart = tokens[a]!.s;
  const sEnd = tokens[b - 1]!.e;
  while (q < quantities.length && quantities[q]!.start < sStart) q++;
  let measured = false;
  let threshold = false;
  while (q < quantities.length && quantities[q]!.start < sEnd) {
    const qt = quantities[q]!;
    qs.push(qt);
    areaBits |= unitClassArea(qt.unitClass);
    /** The quantity's first token. */
    const qAt = tokenAt(tokens, a, qt.start);
    // "sover 5 timer": hours of sleep measure sleep, not function.
    let afterSleep = false;
    for (let k = a; k < b && tokens[k]!.s < qt.start; k++)
      if (flags2[k]! & G.SLEEP && qt.start - tokens[k]!.e < 12 && !needSleepAt(tokens, flags2, k)) afterSleep = true;
    // "gått ned 8 kg", "vekt 92 kg": the body's weight, not a load lifted.
    let bodyWeight = false;
    if (qt.unitClass === 'weight')
      for (let k = a; k < b && tokens[k]!.s < qt.start; k++)
        if (
          qt.start - tokens[k]!.e < 10 &&
          /^(ned|opp|vekt|vekta|vekten|veier|veg|vekttap|vektnedgang|vektoking|vektauke|bmi|slanket|lagt)$/.test(tokens[k]!.f) &&
          !(k > a && flags[k - 1]! & B_LIFT) &&
          // («Løft av born opp til ca 15 kg går fint»: a bound on what is lifted, named earlier in the statement.)
          !(tokens[k]!.f === 'opp' && tokens[k + 1]?.f === 'til' && liftBefore(flags, a, k))
        )
          bodyWeight = true;
    // («Vekt 118 kg (-6 kg)»: the change in the same body weight, right after it.)
    if (qt.unitClass === 'weight' && BODY_WEIGHT_THEN.test(text.slice(Math.max(0, qt.start - 24), qt.start))) bodyWeight = true;
    if (bodyWeight) areaBits &= ~B_LIFT;
    // "bruddskade etter fall fra stige ca 3 m", "datt 2 meter": how the injury happened, not what the person manages.
    let event = false;
    if (qt.unitClass === 'distance' || qt.unitClass === 'floors')
      for (let k = a; k < b && tokens[k]!.s < qt.start; k++) if (INJURY_EVENT.test(tokens[k]!.f) && qt.start - tokens[k]!.e < 30) event = true;
    // "siden det er over 2 timer til nærmeste sykehus", "det tek 40 min til jobben": how far away, not what the
    // person manages.
    let away = false;
    if (qt.unitClass === 'time' || qt.unitClass === 'distance') {
      const ts = qAt;
      let te = ts;
      while (te < b && tokens[te]!.s < qt.end) te++;
      if (tokens[te]?.f === 'til' || tokens[te]?.f === 'unna') {
        const lead = tokens.slice(Math.max(a, ts - 4), ts).map((x) => x.f);
        if (lead.includes('det') && lead.some((f) => /^(er|var|tar|tek|tok)$/.test(f))) away = true;
      }
    }
    // «Har for lite overskudd, og migrene 3-4 ganger i uka»: how often a symptom named on its own comes, not how
    // much of a function is left.
    let symptomCount = false;
    if (qt.unitClass === 'frequency' || qt.unitClass === 'period' || qt.unitClass === 'time') {
      let k = a;
      while (k + 1 < b && tokens[k + 1]!.s < qt.start) k++;
      // («morgonstivheit ca to timar»: the approximation before the number.)
      // («hodepine nesten hver dag».)
      while (k > a && (/^(ca|cirka|omtrent|rundt|opptil|nesten|naermest|naer)$/.test(tokens[k]!.f) || (tokens[k]!.f === '.' && tokens[k - 1]!.f === 'ca'))) k--;
      if (
        k >= a &&
        tokens[k]!.e <= qt.start &&
        flags[k]! & F.SYMPT &&
        !(flags[k]! & (F.ACT | F.FN)) &&
        // («anfall 2-3 ganger/uke m/ varighet opptil 12 t»: the statement opens with the symptom it counts.)
        (k === a ||
          /^(og|eller|,|med)$/.test(tokens[k - 1]!.f) ||
          // («bilateralt morgonstivheit ca to timar»: how long the stiffness lasts.)
          (qt.unitClass === 'time' && STIFF.test(tokens[k]!.f)) ||
          // («orkar lite etter jobb, har hovudverk 4-5 dagar i veka».)
          // («at hun har hodepine nesten hver dag»: the person has the symptom that often.)
          (k - 1 >= a && /^(har|hadde|hatt)$/.test(tokens[k - 1]!.f) && (/^(og|,|;)$/.test(tokens[k - 2]?.f ?? '') || PERSON.has(tokens[k - 2]?.f ?? ''))))
      )
        symptomCount = true;
      // («anfall … m/ varighet opptil 12 t», «hodepine som varer 1-2 døgn»: how long the symptom lasts.)
      if (k > a && /^(varighet|varigheit|varer|varar|varte|varde)$/.test(tokens[k]!.f))
        for (let j = a; j < k; j++) if (flags[j]! & F.SYMPT && !(flags[j]! & (F.ACT | F.FN))) symptomCount = true;
    }
    // («følgd opp av fysioterapeut i Sogndal to gonger i veka», «kontroll hos onkolog hver 3. måned»: how often the
    // treatment is, not how often the person manages something.)
    let treatmentRate = false;
    if (qt.unitClass === 'frequency' || qt.rate)
      for (let k = a; k < b && tokens[k]!.e <= qt.start && !treatmentRate; k++)
        if (FOLLOWED_UP.test(tokens[k]!.f) && qt.start - tokens[k]!.e < 50) treatmentRate = true;
    // («går til samtalar annakvar veke», «kontroll hos fastlegen kvar månad»: a rate right after the treatment or the
    // talks attended — nothing the person does comes between.)
    if ((qt.unitClass === 'frequency' || qt.rate) && !treatmentRate) {
      for (let j = qAt - 1; j >= a && j >= qAt - 8 && !(flags[j]! & (F.CAPV | F.ACT)); j--)
        if (
          ((ATTENDED.test(tokens[j]!.f) || (TALKS.has(tokens[j]!.f) && !flags[j])) && (tokens[j - 1]?.f === 'til' || tokens[j + 1]?.f === 'hos')) ||
          // («har samtaler med psykiatrisk sykepleier annenhver uke»: talks already read as treatment, with whom.)
          (TALKS.has(tokens[j]!.f) && !flags[j] && tokens[j + 1]?.f === 'med')
        ) {
          treatmentRate = true;
          break;
        }
    }
    // «behandling ved smerteklinikken (6 samtaler)», «psykolog, 10 samtalar»: how many sessions of treatment, not
    // conversations the person manages.
    if (qt.unit === 'samtaler' && !treatmentRate) {
      for (let j = qAt - 1; j >= 0 && j >= qAt - 10 && tokens[j]!.sent === tokens[qAt]!.sent && !(flags[j]! & (F.CAPV | F.ACT)); j--)
        if (TREATMENT.test(tokens[j]!.f) || FOLLOWED_UP.test(tokens[j]!.f)) {
          treatmentRate = true;
          break;
        }
    }
    // («har hatt 8 samtaler hos AFT-arrangør», «5 samtalar med veileder»: sessions held with a service, not talks the
    // person manages — «2 samtaler med kunder i timen» still are.)
    if (qt.unit === 'samtaler' && !treatmentRate) {
      const k = tokenAt(tokens, a, qt.end);
      if (k >= 0 && (tokens[k]!.f === 'hos' || (tokens[k]!.f === 'med' && SERVICE.test(tokens[k + 1]?.f ?? '')))) treatmentRate = true;
    }
    // («har fått fysioterapi i 12 timer», «psykomotorisk fysioterapi 10 timar»: how much treatment was given, not how
    // long the person manages anything.)
    if (!treatmentRate && qt.unitClass !== 'weight') {
      const j = tokens[qAt - 1]?.f === 'i' ? qAt - 2 : qAt - 1;
      if (j >= a && ATTENDED.test(tokens[j]!.f) && /^(fatt|hatt|faatt)$/.test(tokens[j - 1]?.f ?? '')) treatmentRate = true;
    }
    // «Skriftlig norsk på A2-nivå gjør kontorarbeid vanskelig»: a language level measures a limit it is told with; on
    // its own («Norsk A2.») it is a qualification, no function.
    const bareLevel = qt.unit === 'nivå' && !degree && !difficulty && !negated && limitCue < 0;
    if (
      isFunctionMeasure(qt) &&
      !bareLevel &&
      !afterSleep &&
      !bodyWeight &&
      !event &&
      !away &&
      !symptomCount &&
      !treatmentRate &&
      !inScheduleBracket(text, tokens, b, qt.start)
    )
      measured = true;
    q++;
  }
  // Hours of sleep measure sleep, not function.
  if (measured && sleepOnly && fnN && fnAll(flags2, G.SLEEP)) measured = false;
  // «søv dårleg, 4–5 timar per natt, og er trøytt på dagtid»: hours a night with no function of their own are hours
  // of sleep, which answer no limit beside them.
  if (measured && sleepOnly && !capv && wAll & W_NIGHT && qs.every((x) => x.unitClass === 'time' || !isFunctionMeasure(x))) measured = false;
  // "fekk søvnvanskar og sov 4–5 timar per natt": sleep alone is a symptom, as «har søvnvansker» is.
  if (sleepOnly && fnN && fnAllEither(flags2, G.SLEEP, wb, W_NIGHT) && !fnAll(wb, W_NIGHT)) fnContent = false;
  // A measure counts only with something to measure: "sykmeldt 50 %" has no function; "kan løfte 5 kg" has.
  if (qs.length) {
    for (let i = a; i < b; i++) {
      // («tidsfrister kortere enn 4 uker», «turar lengre enn 3 døgn»: a length compared with «enn» and a quantity is
      // measured by it, whatever its unit.)
      const longer = /^(kortere|kortare|lengre|lenger|lengar)$/.test(tokens[i]!.f) && tokens[i + 1]?.f === 'enn';
      if (!(flags[i]! & F.THRESH) && !(wb[i]! & W_TIL_ETTER) && !longer) continue;
      let k = i + 1;
      while (
        k < b &&
        k <= i + 4 &&
        (tokens[k]!.f === 'enn' ||
          tokens[k]!.f === 'ca' ||
          tokens[k]!.f === '.' ||
          tokens[k]!.f === 'om' ||
          tokens[k]!.f === 'lag' ||
          (longer && tokens[k]!.f === 'cirka'))
      )
        k++;
      const at = tokens[k];
      if (at)
        for (const x of qs)
          if (x.start === at.s) {
            threshold = true;
            if (longer) measured = true;
          }
    }
    // "ca 45 min før ho må ha pause", "30 min før smertene tiltar": the measure is where the limit sets in.
    // "klarte 100 W på sykkel før du ble tungpusten": a few words may come between.
    for (const x of qs) {
      const after = text.slice(x.end, x.end + 48);
      if (after.includes('ø') && BEFORE_LIMIT.test(after)) {
        threshold = true;
        // «oppe ca 3-4 timer før hun må legge seg»: lying down is the rest, so what lasts until it is stamina.
        if (BEFORE_LIE_DOWN.test(after)) areaBits |= B_ENDURANCE;
      }
    }
  }
  // "sliter med å stå ved kassen hele vakten", "klarer ikke å holde på en hel dag": the measure is the demand, not
  // the limit. With a difficulty or a negation, only a threshold ("mer enn 20 min", "etter 30 min") measures it.
  if (measured && (difficulty || negated) && !threshold && !qs.some((x) => isFunctionMeasure(x) && x.unit !== 'hel')) measured = false;
  // "jobber 40 % (2 dager i uka)": a work arrangement, not what the person manages.
  const schedule = measured && !capv && !concrete && workOnly && qs.every((x) => !isFunctionMeasure(x) || x.rate || x.unit === 'hel' || x.unit === 'resten');
  // "Trøytt og treg i 1–2 dagar etter anfall": how long a state lasts measures it.
  if (!measured && consequence && qs.some((x) => x.unitClass === 'period' && x.value <= 14)) measured = true;
  // «etter eit anfall må han kvile 1–2 døgn»: how long the needed rest lasts measures it.
  // (Right after the rest: «må kvile mykje i 3 veker» leaves «mykje» unsaid and the weeks are a prognosis.)
  if (restAt >= 0 && !measured) {
    let k = restAt + 1;
    if (/^(i|ca|cirka|inntil|opptil)$/.test(tokens[k]?.f ?? '')) k++;
    if (tokens[k] && qs.some((x) => x.unitClass === 'period' && !x.rate && x.value <= 14 && x.start === tokens[k]!.s)) measured = true;
  }
  // «då må han ta pause til det er stabilt», «ta pause og spise ved føling»: a rest as long as a named state lasts, or
  // when a named event comes — its length and its time are the event's (not «ved behov», which names none).
  if (restAt >= 0 && !measured) {
    let k = restAt + 1;
    if (tokens[k]?.f === 'og' && tokens[k + 1]?.k === KD.Word && !(flags[k + 1]! & F.NEG)) k += 2;
    const sent = tokens[restAt]!.sent;
    if (tokens[k]?.sent === sent && tokens[k]!.f === 'ved' && REST_EVENT.test(tokens[k + 1]?.f ?? '')) measured = true;
    // («Ved feber eller oppkast … må ho då gå heim»: the event named first, «då» pointing back to it.)
    if (!measured && wordBefore(tokens, restAt, 4, /^da$/))
      for (let j = restAt - 1; j >= 0 && tokens[j]!.sent === sent; j--) if (tokens[j]!.f === 'ved' && REST_EVENT.test(tokens[j + 1]?.f ?? '')) measured = true;
    if (tokens[k]?.sent === sent && tokens[k]!.f === 'til')
      for (let j = k + 2; j <= k + 4 && tokens[j]?.sent === sent; j++) if (/^(er|blir|vert|gar|gaar)$/.test(tokens[j]!.f)) measured = true;
  }
  // A speed or a time measured against the person's own before or against others', in one pass over the clause.
  for (let k = a; !measured && k + 1 < b; k++) if (speedAgainstOwn(tokens, k) || (k + 2 < b && shareOfPace(tokens, k))) measured = true;
  // Working time ("4 timer per dag", "3 dager i uka") is about endurance.
  // («går tur 45 min hver dag»: how long a walk lasts measures the walking, not the stamina for a working day.)
  const walkOut = !!(areaBits & B_MOBILITY) && wordIn(tokens, a, b, WALK_OUT);
  if (measured && !(areaBits & B_ENDURANCE) && !walkOut) {
    for (const x of qs) if (x.rate || x.unit === 'hel' || x.unit === 'resten') areaBits |= B_ENDURANCE;
  }

  // "nedsatt toleranse for lyd og støy": a tolerance of a named exposure is that exposure's limit, not a general
  // capacity that any measure nearby would answer.
  if (generic) for (let k = a; k < b; k++) if (flags[k]! & F.LOADC && !(flags[k]! & F.WORK)) generic = false;
  // "Klarer lett husarbeid" says what the person manages; "bør ha lett arbeid" only names a kind of work.
  if (lightWork && capvPos && limitCue >= 0 && !degree && !difficulty) limitCue = -1;
  // "vanskar med å finne orda", "problem med å kome seg ut": whatever the verb after «vansker med å», it is a
  // function the person has difficulty with.
  if (!fnContent)
    for (let k = a; k + 3 < b + 1 && k + 3 <= b; k++)
      if (flags[k]! & F.DIFN && tokens[k + 1]?.f === 'med' && tokens[k + 2]?.f === 'a' && k + 3 < b && tokens[k + 3]!.k === KD.Word) {
        fnContent = true;
        fnPush(k + 3);
        if (limitCue < 0) cue(k);
        if (limitEnd < k + 3) limitEnd = k + 3;
        break;
      }
  // "Det er usikkert hvor mye hun klarer", "uklart kva han meistrar": what the person manages is not known — a
  // limitation nobody has measured, not a capacity.
  if (capv && !measured && limitCue < 0 && wAll & W_UNKNOWN)
    for (let k = a; k + 1 < b; k++)
      if (wb[k]! & W_UNKNOWN && (WH.test(tokens[k + 1]!.f) || (tokens[k + 1]!.f === 'pa' && WH.test(tokens[k + 2]?.f ?? '')))) {
        cue(k);
        limitEnd = b - 1;
        break;
      }
  // «Ortoped anslår 6–8 uker etter inngrepet før han kan belaste kneet»: how long until the person can — a time
  // perspective given, not an unmeasured limit.
  if (limitCue >= 0 && !negated && qs.some((x) => x.unitClass === 'period'))
    for (let k = a + 1; k + 2 < b; k++)
      if (
        tokens[k]!.f === 'for' &&
        /ø/i.test(text.slice(tokens[k]!.s, tokens[k]!.e)) &&
        PERSON.has(tokens[k + 1]!.f) &&
        flags[k + 2]! & F.CAPV &&
        qs.some((x) => x.unitClass === 'period' && x.end <= tokens[k]!.s) &&
        limitCue > k
      ) {
        limitCue = -1;
        break;
      }
  const limited = negated || limitCue >= 0 || (lightWork && !capvPos);
  let notReceived = false;
  // "har ikke fått time enda", "har ikkje fått plass på tiltak": something not yet received, a status — «har ikke
  // fått til å gå tur» (managed) still says what the person does not manage.
  // (In a hurried note the «har» is left out: «Henv. revma, ikke fått time enda».)
  if (
    firstNeg >= 0 &&
    (firstNeg === a || /^(har|hadde|,|og|men)$/.test(tokens[firstNeg - 1]!.f)) &&
    /^(fatt|fenge|fengi)$/.test(tokens[firstNeg + 1]?.f ?? '') &&
    !/^(til|gjort)$/.test(tokens[firstNeg + 2]?.f ?? '')
  )
    notReceived = true;
  // «har ikke fullført videregående», «aldri hatt ordinært arbeid over tid»: schooling not finished and jobs never held —
  // a history, no function.
  if (firstNeg >= 0) {
    const n1 = tokens[firstNeg + 1]?.f ?? '';
    if (
      /^(fullfort|fullfoert|gjennomfort|fullfaert|fullforde|fullforte)$/.test(n1) &&
      (SCHOOL.test(tokens[firstNeg + 2]?.f ?? '') ||
        /^(vg1|vg2|vg3|studiet|fagbrev|laretida|laeretiden|skolegang|skulegang|grunnskolen|grunnskulen)$/.test(tokens[firstNeg + 2]?.f ?? ''))
    )
      notReceived = true;
    // (With how long, the history measures what it is told for: «utfordringen er stabilitet – aldri hatt fast jobb mer
    // enn 6 mnd».)
    if (/^(hatt|hadde)$/.test(n1) && !qs.length) {
      const k = /^(ordinaert|ordinart|fast|vanlig|vanleg|lonnet|lona|betalt)$/.test(tokens[firstNeg + 2]?.f ?? '') ? firstNeg + 3 : firstNeg + 2;
      if (/^(arbeid|jobb|jobbar|jobber|stilling|ansettelse|tilsetting|arbeidsforhold)$/.test(tokens[k]?.f ?? '')) notReceived = true;
    }
  }
  // «tar den ikke fast», «tek ikkje medisinane jamleg»: how a medicine is taken — adherence, no function.
  const takes = firstNeg > a && /^(den|dei|dem)$/.test(tokens[firstNeg - 1]!.f) ? firstNeg - 2 : firstNeg - 1;
  if (firstNeg > a && /^(tar|tek|tok|ta)$/.test(tokens[takes]?.f ?? '')) {
    let k = firstNeg + 1;
    if (/^(den|dei|dem|medisinen|medisinane|medisinene|medisinar|medisiner|tablettene|tablettane|tablettar|tabletter)$/.test(tokens[k]?.f ?? '')) k++;
    if (/^(fast|regelmessig|regelmessige|jevnlig|jamleg|daglig|dagleg|riktig|rett)$/.test(tokens[k]?.f ?? '')) notReceived = true;
  }
  // («da det ikke fantes lette nok oppgaver»: how light the tasks there were, at a workplace, is not the person's
  // limit — unless what follows is what the person manages: «det finnes ikke noe lett nok som hun orker».)
  if (firstNeg > a) {
    let det = false;
    let exists = false;
    for (let k = Math.max(a, firstNeg - 2); k <= firstNeg + 1 && k < b; k++) {
      if (tokens[k]!.f === 'det' && k < firstNeg) det = true;
      if (/^(finnes|fantes|fins|finst|fanst|fannst)$/.test(tokens[k]!.f)) exists = true;
    }
    let can = false;
    let amount = degree;
    for (let k = firstNeg + 1; k < b; k++) {
      if (flags[k]! & F.CAPV) can = true;
      if (flags2[k]! & (G.LIGHT | AMOUNT)) amount = true;
    }
    if (det && exists && !can && amount) notReceived = true;
  }
  // «svar ikkje kome enno», «Svar på MR har ikke kommet»: a result or a paper that has not come — a status, no function.
  if (firstNeg > a && RESULT_SUBJECT.test(tokens[a]!.f)) notReceived = true;
  // «MR 6 uker postop viser ikke residiv», «røntgen synte ikkje brot»: what a test shows, a finding — no function.
  if (firstNeg > a && SHOWS.test(tokens[firstNeg - 1]!.f)) {
    for (let k = a; k < firstNeg - 1; k++) if (TEST_WORD.test(tokens[k]!.f) || RESULT_SUBJECT.test(tokens[k]!.f)) notReceived = true;
  }
  // «ingen kjent yrkeseksponering», «ingen kjente somatiske plager»: nothing known, a finding of the history — no
  // function denied (unless it is a limit: «ingen kjente begrensninger» still says what the person can).
  if (
    firstNeg >= a &&
    /^(ingen|inga)$/.test(tokens[firstNeg]!.f) &&
    /^(kjent|kjend|kjente|kjende)$/.test(tokens[firstNeg + 1]?.f ?? '') &&
    !(flags[firstNeg + 2]! & (F.DIFN | F.ACT | F.FN | AREA_MASK))
  ) {
    notReceived = true;
    fnContent = false;
  }
  // «MR nakke uten funn av betydning», «Rtg kne: ingen patologi»: a test of the body that found nothing is a finding,
  // no function the person has.
  if (BODY_TEST.test(tokens[a]!.f))
    for (let k = a + 1; k + 1 < b && k <= a + 5; k++)
      if (/^(uten|utan|ingen|inga)$/.test(tokens[k]!.f) && (NO_DAMAGE.test(tokens[k + 1]!.f) || NOTHING_FOUND.test(tokens[k + 1]!.f))) {
        notReceived = true;
        fnContent = false;
        measured = false;
      }
  // «Ortostatisk test viste pulsauke på 35 slag/min ved ståing», «EKG viser flimmer»: what a test of the body shows,
  // with or without a number — a finding (a test of function, «gangtest viste 400 m», still measures the person).
  for (let k = a; k + 1 < b && k <= a + 3; k++)
    // («Test viser redusert prosesseringshastighet» is a test of function: only an orthostatic test is named as the body's.)
    if (
      (BODY_TEST.test(tokens[k]!.f) && SHOWS.test(tokens[k + 1]!.f)) ||
      (/^(ortostatisk|ortostatiske)$/.test(tokens[k]!.f) && /^(test|testen)$/.test(tokens[k + 1]!.f) && SHOWS.test(tokens[k + 2]?.f ?? ''))
    ) {
      notReceived = true;
      fnContent = false;
      measured = false;
    }
  // «planlagt oppstart biologisk hvis ikke respons», «ingen effekt av Humira»: how a treatment works, not a function.
  if (firstNeg >= 0 && /^(respons|responsen|effekt|effekten|virkning|virkninga|virkningen)$/.test(tokens[firstNeg + 1]?.f ?? '')) notReceived = true;
  // «angst og ADHD-symptomer, ikke utredet», «ikkje avklart»: the state of the work-up, no function.
  if (firstNeg >= 0 && NOT_DONE.test(tokens[firstNeg + 1]?.f ?? '') && b - firstNeg <= 3) notReceived = true;
  // «at du ikke liker å snakke i telefon», «trivst ikkje med»: a dislike, no limit of function.
  if (firstNeg >= 0 && (LIKES.test(tokens[firstNeg + 1]?.f ?? '') || (firstNeg > a && LIKES.test(tokens[firstNeg - 1]!.f)))) notReceived = true;
  // «vil ikkje ut blant folk», «vil ikke gå på jobb»: what the person does not want — a wish, not a limit of function
  // («vil ikke klare å …» still says what the person will not manage).
  if (
    firstNeg > a &&
    /^(ikke|ikkje)$/.test(tokens[firstNeg]!.f) &&
    tokens[firstNeg - 1]!.f === 'vil' &&
    PERSON.has(tokens[firstNeg - 2]?.f ?? '') === firstNeg - 2 >= a &&
    !(flags[firstNeg + 1]! & (F.CAPV | F.AUX)) &&
    /^(ut|ga|gaa|dra|reise|mote|treffe|vere|vaere|snakke|prate)$/.test(tokens[firstNeg + 1]?.f ?? '')
  )
    notReceived = true;
  // «Passive dødsønske, men ingen planar», «ingen suicidale planer»: a finding about intent, not a function.
  if (
    firstNeg >= 0 &&
    (PLANS.test(tokens[firstNeg + 1]?.f ?? '') ||
      (/^(konkrete|suicidale|suicidal)$/.test(tokens[firstNeg + 1]?.f ?? '') && PLANS.test(tokens[firstNeg + 2]?.f ?? '')))
  )
    notReceived = true;
  // «Vanskelig å si, kjenner ikke pas. godt nok»: the writer does not know the person — about the writer, not a
  // function the person lacks.
  if (
    firstNeg > a &&
    /^(kjenner|kjenne|kjenn|kjent|kjende|kjente)$/.test(tokens[firstNeg - 1]!.f) &&
    /^(pas|pasienten|pasientane|pasientene|brukeren|brukaren|han|ham|ho|henne|vedkommende|vedkomande)$/.test(tokens[firstNeg + 1]?.f ?? '')
  )
    notReceived = true;
  // («det er ingen funksjonsbegrensninger å ta hensyn til», «Ingen begrensninger.»: no limit, said outright, is what the
  // person's function is.)
  let noLimits = false;
  for (let k = a; k < b - 1 && !noLimits; k++)
    if (/^(ingen|inga)$/.test(tokens[k]!.f)) {
      const j = /e$/.test(tokens[k + 1]!.f) && k + 2 < b ? k + 2 : k + 1;
      noLimits =
        /^(funksjons|fysiske|psykiske|kognitive)?(begrensning|begrensninger|begrensningar|avgrensing|avgrensingar|avgrensinger|funksjonsnedsettelse|funksjonsnedsetting)$/.test(
          tokens[j]!.f,
        ) ||
        // («Ingen spesielle hensyn – plagene ventes å gå over»: nothing to take into account is the answer to what must be;
        // not after «ellers», the rest of what was said, nor with an exception after it.)
        (/^(hensyn|omsyn|saerhensyn|saeromsyn)$/.test(tokens[j]!.f) && !/^(ellers|elles)$/.test(tokens[k - 1]?.f ?? '') && !wordIn(tokens, j + 1, b, EXCEPT));
    }
  // «dette her er ikke meg», «har aldri vært syk en dag i mitt liv»: who the person is, or never having been ill — no
  // function denied.
  if (negated && firstNeg >= a && notMeOrNeverIll(tokens, firstNeg, b)) notReceived = true;
  const aidAtWork = !negated && wornAtWork(tokens, a, b);
  const functional = !notReceived && (fnContent || capv || (negated && !verdictWord) || noLimits || aidAtWork);
  // Nothing but work words under a negation is a verdict on work, not a function ("kan ikke jobbe").
  if (negated && !concrete && unknownAfterNeg) concrete = true;
  // "Arbeidsevnen er nedsatt for tidlegare lagerarbeid": the limiting word is on the work capacity itself — a
  // conclusion (global-verdict asks for its reasons), whatever kind of work it names.
  let cueOnVerdict = false;
  if (limitCue >= 0 && !measured) {
    const onAbility = (k: number) => k >= a && k < b && flags[k]! & F.VERDICT && /^(arbeidsevn|restarbeidsevn|inntektsevn)/.test(tokens[k]!.f);
    // ("Arbeidsevna i sengepostarbeid er nedsett": the kind of work may stand between — «arbeidsevnen i ordinært
    // skiftarbeid i fiskeindustrien er nedsatt», with where it is done, too.)
    // (Not past a clause of its own: «… ikkje arbeidsevne i noverande arbeid og det er vanskeleg å sjå …».)
    for (let k = limitCue - 1; k >= a && k >= limitCue - 9 && tokens[k]!.k !== KD.Punct && !(flags[k]! & (F.NEG | F.CAPV)); k--) {
      if (/^(og|men|eller|at|som)$/.test(tokens[k]!.f)) break;
      if (onAbility(k)) cueOnVerdict = true;
    }
    for (const k of [limitCue - 5, limitCue - 4, limitCue - 3, limitCue - 2, limitCue - 1, limitCue + 1, limitCue + 2]) if (onAbility(k)) cueOnVerdict = true;
    // («arbeidsevnen er ikke nedsatt for praktisk arbeid …, men nedsatt for yrker med telefon»: the second clause leaves
    // its subject out — the same work capacity, scoped to a kind of work.)
    let lead = a;
    while (lead < limitCue && /^(men|og|er|derimot)$/.test(tokens[lead]!.f)) lead++;
    // (Not a vague amount in its scope: «… men nedsatt for tunge løft» is a limit whose size is unsaid.)
    let amountInScope = false;
    for (let k = limitCue + 1; k < b; k++) if (flags[k]! & F.VQ) amountInScope = true;
    if (!cueOnVerdict && lead === limitCue && tokens[limitCue + 1]?.f === 'for' && !amountInScope)
      for (let k = a - 1; k >= 0 && k >= a - 30 && tokens[k]!.sent === tokens[a]!.sent; k--)
        if (flags[k]! & F.VERDICT && /^(arbeidsevn|restarbeidsevn|inntektsevn)/.test(tokens[k]!.f)) {
          cueOnVerdict = true;
          break;
        }
  }
  // «klarer ikke en hel arbeidsdag», «orkar ikkje heile vakta»: not the whole of a day says it is less, not how much.
  let wholeDenied = false;
  let wholeEnd = -1;
  // («ikkje ståande arbeid heile dagen»: with no verb of managing, the same — some of it, not how much.)
  // (Not in a job wished for: «en jobb der han ikke står på lageret hele dagen».)
  let whereClause = false;
  for (let k = a; k < firstNeg && !capv; k++) if (/^(der|hvor|kor)$/.test(tokens[k]!.f)) whereClause = true;
  // («Kan ikke: jobbe full dag»: an item under a heading that denies.)
  const headed = firstNeg < 0 && underNegHeader;
  const from = headed ? a - 1 : firstNeg;
  if (
    negated &&
    !measured &&
    (headed || (firstNeg >= 0 && /^(ikke|ikkje)$/.test(tokens[firstNeg]!.f) && (capv || ((flags[firstNeg + 1] ?? 0) & (F.ACT | AREA_MASK) && !whereClause))))
  )
    // («klarer ikke å stå ved kassa en hel dag»: past the place of the work.)
    // («kan ikke jobbe fullt», «klarer ikkje heiltid»: full time, the same — less, not how much.)
    for (let k = from + 1; k < b && k <= from + 7; k++) {
      const end = wholeOfDayAt(tokens, k, b, from + 1);
      if (end >= 0) {
        wholeDenied = true;
        wholeEnd = end;
      }
    }
  // (Not the whole day is how long: hours of work measured anywhere answer it.)
  if (wholeDenied) {
    areaBits |= B_ENDURANCE;
    // («klarer ikke å jobbe fullt»: «fullt» is the amount denied, not a word that the person is well.)
    posw = false;
  }
  // («klarer ikke full dag på jobben»: how much of a working day is not said — a limit of stamina, not only a verdict.)
  const verdictLike =
    !wholeDenied && ((negated && workOnly && !concrete && fnN > 0 && limitCue < 0) || (verdictWord && !concrete && !measured) || cueOnVerdict);
  // "kan ikke kjøre bil", "kan ikkje mjølke", "ikke arbeid med armene over skulderhøyde": not at all, and
  // concrete. A vague amount on the activity itself ("kan ikke løfte tungt") keeps it vague.
  let absolute = false;
  // A degree word inside the negation's scope ("ikke belastende arbeid", "ikke stå lenge") keeps it vague; one
  // before it is the reason ("nedsatt følsomhet gjør at han ikke skal kjøre truck").
  let degreeInScope = firstNeg >= 0 ? limitEnd > firstNeg && cueAfterNeg : degree;
  // "makter ikke lenger det hun klarte før", "ikke i samme grad som før", "ikke tilstrekkelig overskudd": measured
  // against before or against enough, not said to be absent — a degree, so it needs a measure.
  const comparedAt = firstNeg >= 0 && !degreeInScope && wAll & W_COMPARED ? comparedOrEnough(tokens, text, firstNeg, b) : -1;
  // «bør i størst mulig grad unngå mel», «så langt det er mogleg unngå løft»: avoided as far as may be — how far is a
  // degree left unsaid, not a thing ruled out.
  const farMatch = negated && firstNeg >= 0 && !degreeInScope ? AS_FAR_AS_POSSIBLE.exec(text.slice(tokens[a]!.s, tokens[b - 1]!.e)) : null;
  if (farMatch) {
    degreeInScope = true;
    const at = tokens[a]!.s + farMatch.index + farMatch[1]!.length;
    const end = tokens[a]!.s + farMatch.index + farMatch[0]!.length;
    for (let k = a; k < b; k++) if (tokens[k]!.s >= at && tokens[k]!.e <= end) cue(k);
    cue(firstNeg);
    fnContent = true;
  }
  const compared = comparedAt >= 0;
  if (compared) degreeInScope = true;
  // («klarer ikke å gå i trapper så godt», «takler ikke stress like godt som før»: «godt» is the degree denied, not a
  // word that the person is well.)
  if (compared && /^(godt|bra)$/.test(tokens[comparedAt]!.f)) posw = false;
  // "lettare oppgåver utan arbeid over skulderhøgd": a kind of work made exact by what it leaves out.
  const lightExact = lightWork && firstNeg > lightAt && concrete;
  // "tåler ikke skranke/telefonvakt", "ikkje arbeid der munnleg kommunikasjon er kritisk": a kind of work ruled out.
  let kindOfWork = specificWork && firstNeg >= 0;
  if (firstNeg >= 0)
    for (let k = firstNeg + 1; k < b && k <= firstNeg + 4; k++)
      // («ikkje i skogsarbeid som han hadde før»: a compound of «arbeid» names a kind of work too.)
      if (
        (PLAIN_WORK.has(tokens[k]!.f) || flags2[k]! & G.VERDICTW || (tokens[k]!.f.length > 8 && tokens[k]!.f.endsWith('arbeid'))) &&
        /^(der|som|hvor|kor|med|kor)$/.test(tokens[k + 1]?.f ?? '')
      )
        kindOfWork = true;
      // («Ikke arbeid i støperihallen», «ikkje jobb på fryselageret»: work at a named place ruled out.)
      else if (
        k === firstNeg + 1 &&
        PLAIN_WORK.has(tokens[k]!.f) &&
        /^(i|pa)$/.test(tokens[k + 1]?.f ?? '') &&
        k + 2 < b &&
        tokens[k + 2]!.k === KD.Word &&
        tokens[k + 2]!.f.length >= 6 &&
        // («ikke arbeid på skytebane/testbane»: a place named by its kind, indefinite, is named all the same.)
        (/(et|en|a|hallen|rommet|lageret)$/.test(tokens[k + 2]!.f) || PLACE_KIND.test(tokens[k + 2]!.f)) &&
        !(flags[k + 2]! & (F.VQ | F.DUR | F.VERDICT | F.WORK)) &&
        !/^(periode|tida|tiden|helg|uka|veka|uken|sommar|sommer|vinter|hausten|hosten|varen|ferie|mane|maan|starten|byrjing|begynnels)/.test(
          tokens[k + 2]!.f,
        ) &&
        !(
          k + 3 < b &&
          tokens[k + 3]!.k === KD.Word &&
          !/^(for|pga|fordi|grunna)$/.test(tokens[k + 3]!.f) &&
          // («på skytebane med impulsstøy»: the place told by what is there.)
          !(tokens[k + 3]!.f === 'med' && k + 4 < b && tokens[k + 4]!.k === KD.Word) &&
          // («ikke arbeid i lakkboksen eller i samme hall»: a second place, ruled out with it.)
          !(/^(eller|og)$/.test(tokens[k + 3]!.f) && /^(i|pa)$/.test(tokens[k + 4]?.f ?? ''))
        )
      )
        kindOfWork = true;
      // "kan ikke jobbe i støyende miljø der han må oppfatte beskjeder": a kind of place ruled out; so is one named by
      // what is in it («kan ikkje arbeide i miljø med reinhaldskjemikaliar, sveiserøyk eller organisk støv»).
      else if (WORK_SETTING.test(tokens[k]!.f) && /^(der|hvor|kor|med)$/.test(tokens[k + 1]?.f ?? '')) kindOfWork = true;
  // («bør ikkje vere med på sosiale samankomstar med alkohol»: an occasion named by what is there, a few words on.)
  if (firstNeg >= 0 && !kindOfWork)
    for (let k = firstNeg + 5; k < b && k <= firstNeg + 6; k++)
      if (WORK_SETTING.test(tokens[k]!.f) && tokens[k + 1]?.f === 'med' && k + 2 < b && tokens[k + 2]!.k === KD.Word) kindOfWork = true;
  // "arbeid utan tidspress", "uten fristar": work with none of a load at all — a complete condition.
  // («uten oppgaver med frist samme dag», «utan arbeid med tidspress»: work that has such a load, left out whole.)
  const withoutLoad =
    firstNeg >= 0 &&
    /^(uten|utan)$/.test(tokens[firstNeg]!.f) &&
    firstNeg + 1 < b &&
    ((!!(flags[firstNeg + 1]! & (F.LOADA | F.LOADC)) && !(flags[firstNeg + 1]! & F.VQ)) ||
      (TASKS_OR_WORK.test(tokens[firstNeg + 1]!.f) &&
        tokens[firstNeg + 2]?.f === 'med' &&
        firstNeg + 3 < b &&
        !!(flags[firstNeg + 3]! & (F.LOADA | F.LOADC)) &&
        !(flags[firstNeg + 3]! & F.VQ)));
  // "unngå stress og varme", "stressende arbeid": an abstract load ruled out beside a concrete one is still
  // unmeasured — how much stress is too much is not said.
  let abstractLoad = false;
  if (negated && firstNeg >= 0 && !withoutLoad && wAll & W_STRESS) for (let k = firstNeg + 1; k < b; k++) if (wb[k]! & W_STRESS) abstractLoad = true;
  // «Unngå belastning på håndleddet», «ryggen tåler ikkje belastning»: load on a body part, with nothing to say how
  // much — the body part names where, not a task ruled out («kan ikke belaste foten», the verb, keeps the weight off
  // whole). («Tåler ikke belastningen i jobben som kassamedarbeider»: the job as a whole is no situation either.)
  if (negated && !abstractLoad && !withoutLoad) {
    let load = false;
    let part = false;
    let other = false;
    for (let k = a; k < b; k++) {
      const f = tokens[k]!.f;
      // («Unngå arbeid som belastar ryggen»: work that loads a part, which work and how much unsaid.)
      if (/^belastning(a|en|er|ar|ene|ane)?$/.test(f) || (/^(belaster|belastar|belastes|belastast)$/.test(f) && tokens[k - 1]?.f === 'som')) load = true;
      else if (LOADED_PART.test(f) || (/^(i|pa)$/.test(tokens[k - 1]?.f ?? '') && WHOLE_JOB_PLACE.test(f))) part = true;
      // («Unngå belastning på kneet»: less weight, how much unsaid; «ingen belastning på foten» is none of it.)
      else if (WEIGHT_PART.test(f) && !/^(ikke|ikkje|ingen|inga|uten|utan)$/.test(tokens[firstNeg]?.f ?? '')) part = true;
      // («ingen rotasjon/fleksjon av ryggen med belastning»: a movement of the part, ruled out under load.)
      else if (flags[k]! & F.ACT || flags2[k]! & G.TASKN || MOVEMENT_NOUN.test(f)) other = true;
    }
    if (load && part && !other) abstractLoad = true;
  }
  // «lav stresstoleranse gjør at gradert arbeid ikke er realistisk»: what is denied is only a judgement of work;
  // the limits named before it as its reasons are still unmeasured.
  let judgedReason = false;
  if (negated && !kindOfWork && limitCue >= 0 && limitCue < firstNeg && kinds & S_JUDGED) {
    let k = firstNeg - 1;
    while (k > limitCue && WORK_AS_SUCH.test(tokens[k]!.f)) k--;
    if (k > limitCue && k < firstNeg - 1 && tokens[k]!.f === 'at' && /^(gjor|gjer|gjorde|forer|forte)$/.test(tokens[k - 1]?.f ?? ''))
      for (let j = firstNeg + 1; j < b && j <= firstNeg + 2; j++) if (sp[j]! & S_JUDGED) judgedReason = true;
  }
  // «ingen bevegelse i håndleddet», «inga kjensle i fingrane»: none of a bodily function in a part named — all of it
  // gone, not an amount left unsaid («ingen energi» alone stays a figure of speech).
  const noneInPart =
    negated &&
    firstNeg >= 0 &&
    /^(ingen|inga)$/.test(tokens[firstNeg]!.f) &&
    !!(flags[firstNeg + 1]! & F.FN) &&
    /^(i|pa)$/.test(tokens[firstNeg + 2]?.f ?? '') &&
    (LOADED_PART.test(tokens[firstNeg + 3]?.f ?? '') || BODY_PART.test(tokens[firstNeg + 3]?.f ?? ''));
  if (
    negated &&
    !notReceived &&
    !judgedReason &&
    !wholeDenied &&
    (concrete || unknownAfterNeg || kindOfWork || withoutLoad || noneInPart || lostWhole(tokens, a, b) || atAll(text, tokens[a]!.s, tokens[b - 1]!.e)) &&
    !vqAct &&
    (!lightWork || lightExact) &&
    !verdictLike &&
    !degreeInScope &&
    !abstractLoad
  )
    absolute = true;
  if (aidAtWork) absolute = true;
  // "Begrensningene er førerkort og høydearbeid", "avgrensingane gjeld nattarbeid": the limits named, each one a
  // thing the person cannot do. («Begrensningen er kulde og bakker»: one limit, named the same way.)
  if (
    !absolute &&
    limitCue >= 0 &&
    flags[limitCue]! & F.DIFN &&
    /(ene|ane|na|ingen|inga)$/.test(tokens[limitCue]!.f) &&
    (COPULA.has(tokens[limitCue + 1]?.f ?? '') || /^gjeld/.test(tokens[limitCue + 1]?.f ?? '')) &&
    concrete &&
    !vqAct &&
    !measured &&
    // («Utfordringen er fortsatt morgenstivhet og redusert grep i hendene»: a function named as lowered is a degree
    // left unsaid, not a thing ruled out.)
    !loweredAfter(flags, limitCue + 2, b)
  )
    absolute = true;
  // "kan ikke løfte over 5 kg", "tåler ikke mer enn 30 min": a measured threshold says what the person can do.
  let capacity = posw || (capvPos && !negated && limitCue < 0);
  if (measured && (threshold || !negated) && !(limitCue >= 0 && !threshold)) capacity = true;
  if (measured && negated && threshold) capacity = true;
  if (capvPos && measured) capacity = true;
  if (schedule) capacity = false;
  // "for mykje smerter til å klare å jobbe": too much of something to manage — a limitation, not a capacity.
  if (tooMuch) capacity = false;

  // "nedsatt med minst 50 %", "redusert stilling", "arbeidsmarkedet er avgrenset": about work capacity or the
  // job, not a function of the person ("preget av dette på jobb" is about the person).
  let cueOnWork = false;
  if (limitCue >= 0 && workOnly && !concrete && flags[limitCue]! & F.LIMADJ && limitCue + 1 < b && flags[limitCue + 1]! & F.WORK) cueOnWork = true;
  else if (limitCue >= 0 && workOnly && !concrete && !capv)
    for (const k of [limitCue - 1, limitCue + 1, limitCue + 2]) if (k >= a && k < b && flags[k]! & F.WORK) cueOnWork = true;
  // Work as a place ("preget av dette på jobb") is about the person; work as the subject is not.
  let workAsPlace = false;
  for (let i = a; i < b && !workAsPlace; i++) if (flags[i]! & F.WORK && (tokens[i - 1]?.f === 'pa' || tokens[i - 1]?.f === 'i')) workAsPlace = true;
  // "Begrensningene utelukker …", "plagene gjør …": a word pointing back at limitations already described.
  // («i barnehagen var dette eit problem»: «dette» is the limit just described, found to be a problem at work.)
  let pointedBack = false;
  if (limitCue >= 0 && flags[limitCue]! & F.DIFN && !fnContent)
    for (let k = Math.max(a, limitCue - 3); k < limitCue; k++) if (/^(dette|desse|disse|slikt|sant)$/.test(tokens[k]!.f)) pointedBack = true;
  const anaphoric =
    pointedBack ||
    (limitCue >= 0 &&
      /(ene|ane|na)$/.test(tokens[limitCue]!.f) &&
      !!(flags[limitCue]! & F.DIFN) &&
      // "forenlig med begrensningene i høyre skulder", "innanfor avgrensingane": pointing back at them, too.
      // («dei målte avgrensingane», «de nevnte begrensningene»: the ones already described.)
      (!fnContent ||
        /^(med|innenfor|innanfor|for|malte|nevnte|nemnde|beskrevne|beskrivne|skildra|omtalte|omtala|kjente|kjende|absolutte|absolute|ovennevnte|ovannemnde)$/.test(
          tokens[limitCue - 1]?.f ?? '',
        ) ||
        // («dei absolutte avgrensingane over», «begrensningene ovenfor»: the ones described above.)
        /^(over|ovenfor|ovanfor|ovafor)$/.test(tokens[limitCue + 1]?.f ?? '') ||
        // («begrensningene fra epilepsien stenger ham ute fra jobber som krever førerkort»: the limits already given, by
        // their cause, shutting out the jobs the sentence names.)
        (/^(fra|fraa|av|etter)$/.test(tokens[limitCue + 1]?.f ?? '') && EXCLUDES.test(text.slice(tokens[limitCue]!.e, tokens[b - 1]!.e)))));
  // "begrenser hvilke jobber du kan søke på", "avgrensar kva yrke …": narrows the choice of work, not a function.
  let narrowsWork = false;
  if (limitCue >= 0 && /^(begrens|avgrens)/.test(tokens[limitCue]!.f))
    for (let k = limitCue + 1; k < b && k <= limitCue + 4; k++) {
      if (flags[k]! & F.WORK && /^(hvilk|kva|kor|utvalg|valg|mulighet|moglegheit)/.test(tokens[k - 1]!.f + ' ')) narrowsWork = true;
      // "begrenser mulighetene for kontorarbeid", "avgrensar moglegheitene": the options, not a function.
      if (/^(muligheten|mulighetene|moglegheita|moglegheitene|moglegheitane|valgmulighetene|jobbmulighetene|jobbmoglegheitene)$/.test(tokens[k]!.f))
        narrowsWork = true;
    }
  let judged = false;
  if (kinds & S_JUDGED) for (let i = a; i < b; i++) if (sp[i]! & S_JUDGED && flags[i - 1]! & F.NEG) judged = true;
  // "ingen kortere vakter mulig", "ikkje tilrettelagt arbeid tilgjengeleg": what the workplace has, not the person.
  if (firstNeg >= 0) for (let i = firstNeg + 2; i < b; i++) if (sp[i]! & S_AVAILABLE) judged = true;
  // «ingen korte turer å tilby», «ikkje lettare arbeid å tilby»: what the employer has to offer.
  let offered = false;
  if (firstNeg >= 0) for (let i = firstNeg + 3; i < b; i++) if (/^(tilby|tilbys|tilbyde)$/.test(tokens[i]!.f) && tokens[i - 1]!.f === 'a') offered = true;
  // "Arbeidsgiver har ikke mulighet for kortere skift", "det finst ikkje kortare vakter": what the workplace offers.
  if (firstNeg >= 0 && wAll & W_EMPLOYER) for (let k = firstNeg - 1; k >= firstNeg - 3 && k >= a; k--) if (wb[k]! & W_EMPLOYER) judged = true;
  // "finne arbeidsgiver som kan ta hensyn til anfallsrisikoen": what an employer is to do.
  // («… som kan ta omsyn til at ho ikkje toler stress» still says what she does not tolerate.)
  if (wAll & W_EMPLOYER)
    for (let k = a; k < b - 1; k++)
      if (wb[k]! & W_EMPLOYER && tokens[k + 1]!.f === 'som') {
        let person = false;
        for (let j = k + 2; j < b; j++) if (PERSON.has(tokens[j]!.f)) person = true;
        // («Pga nedsatt funksjonsevne … er det behov for en arbeidsgiver som kan tilrettelegge»: the person's limit named
        // before the employer is the reason for it, still the person's.)
        if (!person && !(limitCue >= a && limitCue < k)) judged = true;
      }
  // «Byrået har gått over til skybasert system med mer skjermarbeid og kortere frister»: the workplace as the subject,
  // what it has changed or demands — the job, not the person (unless the person is named in the clause).
  if (
    wb[a]! & W_EMPLOYER &&
    a + 1 < b &&
    (flags[a + 1]! & F.AUX || /^(krever|krev|kravde|bruker|brukar|innforte|innforer|gikk|gjekk)$/.test(tokens[a + 1]!.f))
  ) {
    let person = false;
    for (let j = a + 2; j < b; j++) if (PERSON.has(tokens[j]!.f) || tokens[j]!.f === 'henne' || tokens[j]!.f === 'ham') person = true;
    if (!person) judged = true;
  }
  // «fungerer best med fysisk arbeid og korte, konkrete beskjeder»: what suits the person best, a preference — no limit
  // whose size is left unsaid.
  let suitsBest = false;
  for (let k = a; k + 1 < b; k++) if (/^(fungerer|fungerar|fungere|trives|trivst|trivest)$/.test(tokens[k]!.f) && tokens[k + 1]!.f === 'best') suitsBest = true;
  // «arbeidsutprøving via Nav i lettere lager-/kontorarbeid», «plan om utprøving 50 % lett lagerarbeid»: light work
  // as the content of a planned trial — Nav's measure, not a limit of the person.
  let trialOfLight = false;
  if (lightWork) for (let k = a; k < b; k++) if (WORK_TRIAL.test(tokens[k]!.f)) trialOfLight = true;
  // «bussen går ikkje tidleg nok», «ferja går ikke ofte nok»: the timetable, not the person.
  let timetable = false;
  for (let k = a; k + 1 < b; k++) if (TRANSPORT_SUBJECT.test(tokens[k]!.f) && TRANSPORT_GOES.test(tokens[k + 1]!.f)) timetable = true;
  // "har ikkje tilgang på lettare oppgåver": the employer has none to offer.
  if (wAll & W_ACCESS)
    for (let i = a + 1; i < b; i++) if (tokens[i]!.f === 'tilgang' && firstNeg >= 0 && firstNeg < i && /^(pa|til)$/.test(tokens[i + 1]?.f ?? '')) judged = true;
  // "mistet lagerjobben", "har mista to jobbar", "mistet førerkortet": an event in the history, not a function lost.
  let lostJob = false;
  // («det er tungt for henne å miste et yrke hun trivdes i»: the loss need not be the first limiting word.)
  let lostAt = limitCue >= 0 && tokens[limitCue]!.f.startsWith('mist') ? limitCue : -1;
  for (let k = limitCue + 1; lostAt < 0 && limitCue >= 0 && k < b; k++) if (/^(miste|mista|mistet|mister)$/.test(tokens[k]!.f)) lostAt = k;
  if (lostAt >= 0) {
    let k = lostAt + 1;
    while (
      k < b &&
      k <= lostAt + 3 &&
      (tokens[k]!.k === KD.Num ||
        // («mistet to tidligere jobber», «mista den faste stillinga»: the words that say which one.)
        /^(sin|sitt|si|sine|to|tre|fire|flere|fleire|en|ein|ei|et|eit|den|det|de|dei|venstre|hoyre|begge|ene|eine|hele|heile|tidligere|tidlegare|forrige|siste|gamle|faste|fast|andre|nye|ny|gode)$/.test(
          tokens[k]!.f,
        ))
    )
      k++;
    // («mista ring- og veslefingeren»: the first half of a shortened compound, then the one it shares its head with.)
    while (k + 3 < b && tokens[k]!.k === KD.Word && /^[-–]$/.test(tokens[k + 1]!.f) && /^(og|eller)$/.test(tokens[k + 2]!.f)) k += 3;
    if (k < b && LOST_THING.test(tokens[k]!.f)) lostJob = true;
    // («de to siste jobbene mistet han»: the thing lost put first.)
    if (!lostJob && lostAt > a && LOST_THING.test(tokens[lostAt - 1]!.f)) lostJob = true;
  }
  // "har ikke jobbet med planlegging tidligere", "har aldri arbeidd i butikk": experience not had, not a limit.
  let noExperience = false;
  if (firstNeg >= 1 && /^(har|hadde)$/.test(tokens[firstNeg - 1]!.f) && /^(jobbet|jobba|arbeidet|arbeidd|arbeida|jobbat)$/.test(tokens[firstNeg + 1]?.f ?? ''))
    noExperience = true;
  // "Aldri vært i ordinært arbeid", "har aldri hatt fast jobb" (telegram, «har» left out): a work history, not a limit.
  if (
    firstNeg >= 0 &&
    tokens[firstNeg]!.f === 'aldri' &&
    /^(vaert|vore|hatt|jobbet|jobba|arbeidet|arbeidd|arbeida)$/.test(tokens[firstNeg + 1]?.f ?? '') &&
    workNamed(tokens, flags, a, b)
  )
    noExperience = true;
  // («Pasienten driver sauebruk med ca. 120 vinterfôra sau», «driv eplegard saman med sonen»: the business run and its
  // size, the occupation — no function the person manages.)
  let runsBusiness = false;
  if (firstNeg < 0 && limitCue < 0 && !capv)
    for (let k = a; k < b - 1 && !runsBusiness; k++)
      if (/^(driver|driv|drev|drive|drifter|driftar)$/.test(tokens[k]!.f) && BUSINESS.test(tokens[k + 1]!.f)) runsBusiness = true;
  if (runsBusiness) noExperience = true;
  // («Lite vant med PC, men lærer», «ikkje van med data», «uvant med kasse»: not used to a tool is experience, no
  // limit of function.)
  for (let k = a; k < b - 1 && !noExperience; k++) {
    const f = tokens[k]!.f;
    if (!/^(med|til)$/.test(tokens[k + 1]!.f)) continue;
    if (/^(uvant|uvan|uvand)$/.test(f) || (/^(vant|van|vand|vane)$/.test(f) && k > a && /^(lite|ikke|ikkje|darlig|darleg)$/.test(tokens[k - 1]!.f)))
      noExperience = true;
  }
  // "Begrenses av kronisk lumbago og artrose i begge hender": what limits the person, named as a diagnosis — the
  // cause of what the text says elsewhere, no limit of its own.
  let causeOnly = false;
  if (limitCue >= 0 && /^(begrens|avgrens)/.test(tokens[limitCue]!.f) && tokens[limitCue + 1]?.f === 'av' && !capv && firstNeg < 0)
    for (let k = limitCue + 2; k < Math.min(b, limitCue + 5); k++) if (flags[k]! & F.SYMPT) causeOnly = true;
  // («Begrenses av smerter ved gange» names the function too.)
  for (let k = limitCue + 2; causeOnly && k < b; k++) if (flags[k]! & (F.ACT | F.FN)) causeOnly = false;
  // "Umogleg å planleggje faste vakter": the shifts cannot be scheduled (because of the attacks), not a planning
  // ability the person lacks.
  let scheduling = false;
  let acts = 0;
  for (let k = a; k < b; k++) if (flags[k]! & F.ACT) acts++;
  if (acts === 1)
    for (let k = a; k < b - 1; k++)
      if (tokens[k]!.f.startsWith('planlegg') && (flags[k + 1]! & F.WORK || (/^(faste?|fastare|faste)$/.test(tokens[k + 1]!.f) && flags[k + 2]! & F.WORK)))
        scheduling = true;
  // «Realistisk sett ikke aktuell for omskolering»: whether a measure of Nav's fits — a verdict, no function.
  const measureJudged = judged && wordIn(tokens, a, b, NAV_MEASURE);
  // «alder og språk gjør det vanskeligere»: what age, language or the labour market make harder is the person's
  // chances, not a function.
  let otherBarrier = false;
  if (limitCue >= 2 && /^(gjor|gjer|gjorde)$/.test(tokens[limitCue - 2]!.f) && /^(det|dette)$/.test(tokens[limitCue - 1]!.f))
    for (let k = Math.max(a, limitCue - 7); k < limitCue - 2; k++) if (OTHER_BARRIER.test(tokens[k]!.f)) otherBarrier = true;
  if (measureJudged) absolute = false;
  // «Med slitasjegikt i knær er det ikke realistisk at du kommer tilbake i arbeid»: a judgement that the person will not
  // return to work is the verdict, whatever body part its reason names — no function after it.
  let returnJudged = false;
  if (judged && firstNeg >= 0) {
    let back = false;
    let fn = false;
    for (let k = firstNeg + 1; k < b; k++) {
      if (flags[k]! & (F.ACT | F.FN | F.LOADA | F.LOADC) || flags2[k]! & G.TASKN) fn = true;
      if (/^(tilbake|attende)$/.test(tokens[k]!.f) && (k + 1 === b || (/^(i|til)$/.test(tokens[k + 1]!.f) && WORK_AS_SUCH.test(tokens[k + 2]?.f ?? ''))))
        back = true;
    }
    returnJudged = back && !fn;
  }
  // «Pga. rusproblemer og dårlig psykisk helse er han ikke klar for ordinært arbeid»: not fit for work as such — the
  // verdict, whatever its reason names.
  if (!returnJudged && negated && firstNeg >= 0)
    for (let k = firstNeg + 1; k < b - 2; k++) {
      if (!FIT_FOR.test(tokens[k]!.f) || !/^(for|til)$/.test(tokens[k + 1]!.f)) continue;
      let work = false;
      let other = false;
      for (let j = k + 2; j < b; j++) {
        if (WORK_AS_SUCH.test(tokens[j]!.f)) work = true;
        else if (!ORDINARY_WORK.test(tokens[j]!.f)) other = true;
      }
      if (work && !other) returnJudged = true;
    }
  const aboutWork =
    returnJudged ||
    scheduling ||
    offered ||
    timetable ||
    suitsBest ||
    trialOfLight ||
    noExperience ||
    notReceived ||
    lostJob ||
    causeOnly ||
    (judged && (fnAny(flags, F.WORK) || requirementUnmet(tokens, a, b) || wordIn(tokens, a, b, WORKPLACE))) ||
    measureJudged ||
    otherBarrier ||
    (workOnly && !concrete && !capv && !(areaBits & AREA_MASK) && !difficulty && !workAsPlace && !(firstNeg < 0 && workWith(tokens, a, limitCue)) && fnN > 0) ||
    (cueOnWork && !(areaBits & AREA_MASK) && !difficulty) ||
    ((qs.length > 0 || (wAll & W_HALF) !== 0) && percentOfWork(tokens, qs, a, b)) ||
    ((wAll & W_SUSTAIN) !== 0 && sustainsWork(tokens, flags, fnList(), a, b)) ||
    anaphoric ||
    narrowsWork;
  // A negated capacity verb with nothing after it ("Det han ikke klarer nå:") heads a list; it says nothing yet.
  const emptyNeg = negated && !fnContent && !unknownAfterNeg && limitCue < 0 && !compared && !wholeDenied;
  // "ikke bedring av funksjonen", "vil bedres noe": the course of the illness, said in the time perspective.
  let course = false;
  const future = (kinds & S_FUTURE) !== 0;
  // (Only the words that can say it; W_COURSE.)
  for (let i = a; i < b && wAll & W_COURSE; i++) {
    if (!(wb[i]! & W_COURSE)) continue;
    const f = tokens[i]!.f;
    // («funksjonen blir truleg dårlegare»: worse, hedged after «blir», is what is expected — the course.)
    const predicted = WORSE.has(f) && HEDGE.has(tokens[i - 1]?.f ?? '') && /^(blir|vert|blar)$/.test(tokens[i - 2]?.f ?? '');
    // («Forventar uendra eller dårlegare funksjon neste 6–12 mnd»: worse, as expected, is the course too.)
    let expected = false;
    for (let k = a; k < i && WORSE.has(f) && !expected; k++) expected = EXPECT.has(tokens[k]!.f);
    if (
      ((f[0] === 'b' || f[0] === 'f' || f[0] === 'e' || f[0] === 'o' || f[0] === 'a') && COURSE.test(f)) ||
      ((future || predicted || expected) && WORSE.has(f))
    ) {
      // "Skånsom opptrapping og hensyn til redusert belastningstoleranse": a limit joined after the course word is
      // its own statement.
      let apart = false;
      if ((f[0] === 'o' || f[0] === 'a') && limitEnd > i) for (let k = i + 1; k < limitEnd; k++) if (/^(og|samt|men|,)$/.test(tokens[k]!.f)) apart = true;
      // "trøtt og treg etter opptrapping av Lamictal": a dose raised is the cause of the limit, not the course of
      // the work (which «opptrapping av stillinga», «opptrapping til 50 %» still is).
      if (
        f.startsWith('opptrap') &&
        limitCue >= 0 &&
        limitCue < i &&
        tokens[i - 1]?.f === 'etter' &&
        tokens[i + 1]?.f === 'av' &&
        !(flags[i + 2]! & F.WORK) &&
        tokens[i + 2]?.k === KD.Word
      )
        apart = true;
      if (!apart) course = true;
    }
    // «kan trappes opp over tid», «vi trapper opp mot 60 %»: the hours or a dose stepped up, the course as «opptrapping»
    // is (a limit before it — «nedsatt hukommelse etter at medisinen ble trappet opp» — is its own statement).
    if ((tokens[i + 1]?.f === 'opp' || tokens[i + 1]?.f === 'ned') && steppedUpOrDown(tokens, i) && !(limitCue >= a && limitCue < i)) course = true;
    // "men neppe nok til at han kan gå tilbake til sveising": a return to work, i.e. the prognosis.
    if (f === 'tilbake' && !fnContent && /^(til|i)$/.test(tokens[i + 1]?.f ?? '')) course = true;
    // "realistisk å kome tilbake til meir variert arbeid", "prognosen for retur til betongarbeid": the prognosis.
    if (f === 'tilbake' && /^(komme|kome|vende|ga)$/.test(tokens[i - 1]?.f ?? '')) course = true;
    // «Tilbake til tungt renhold er lite sannsynlig», «kjem neppe tilbake til tungt lagerarbeid»: a return to a kind of
    // work named by how hard it is, the prognosis as «retur til» is.
    if (
      f === 'tilbake' &&
      tokens[i + 1]?.f === 'til' &&
      (i === a || (HEDGE_RETURN.test(tokens[i - 1]?.f ?? '') && /^(komme|kome|kommer|kjem|vende|vender|ga|gar)$/.test(tokens[i - 2]?.f ?? '')))
    )
      course = true;
    // («Ved retur til cruisekaia bør han …»: the return as the time a recommendation holds for, not the outlook.)
    if (((f === 'retur' && !AT_RETURN.test(tokens[i - 1]?.f ?? '')) || f.startsWith('prognos')) && !firstAct) course = true;
    // («prognosen for økt arbeidsdeltakelse er dårlig»: what the outlook is for, named after it — still the outlook.)
    if (f.startsWith('prognos') && /^(for|med)$/.test(tokens[i + 1]?.f ?? '')) course = true;
    // «neppe full restitusjon», «venta full tilfriskning»: how far the person recovers, the prognosis.
    if (RESTORED.test(f)) course = true;
    // («Den milde kognitive svikten … ventes ikke å endre seg vesentlig»: a limit expected to stay as it is — its course.)
    if ((f === 'endres' || f === 'endrast' || (f === 'endre' && tokens[i + 1]?.f === 'seg')) && !course)
      for (let k = i - 1; k >= a && k >= i - 5; k--)
        if (EXPECT.has(tokens[k]!.f)) {
          course = true;
          break;
        }
    // "forventes ikke å bedre de kognitive utfallene": «å bedre» is to improve.
    if ((f === 'bedre' || f === 'betre') && tokens[i - 1]?.f === 'a') course = true;
    // "Arbeidsrelatert aktivitet kan bedre utholdenheten noe", "vil truleg betre uthaldet": what may improve it.
    if (
      (f === 'bedre' || f === 'betre') &&
      (CAN_WILL.has(tokens[i - 1]?.f ?? '') || (CAN_WILL.has(tokens[i - 2]?.f ?? '') && HEDGE.has(tokens[i - 1]?.f ?? ''))) &&
      tokens[i + 1]?.k === KD.Word
    )
      course = true;
    // "Forventer vekttap og dermed bedre gangdistanse og mindre smerter": an improvement expected, not a limit now.
    // («Forventet vekttap 25–30 %, med bedre gangfunksjon og mindre søvnapné»: what comes «med» the expected change, a
    // clause on from the expectation in the same sentence.)
    if (IMPROVED.has(f) && !course) {
      const from = tokens[a]?.f === 'med' ? Math.max(0, i - 14) : Math.max(a, i - 6);
      for (let k = i - 1; k >= from && tokens[k]!.sent === tokens[i]!.sent; k--)
        if (EXPECT.has(tokens[k]!.f)) {
          course = true;
          break;
        }
    }
  }
  // "helsa begrenser ham bare i arbeid under bakken og i lukkede rom": the limit is confined to named situations.
  const only = (kinds & S_ONLY) !== 0;
  const confined = only && concrete && limitCue >= 0 && /^(begrens|avgrens)/.test(tokens[limitCue]!.f);
  // "vurdering av om ho kan belaste kneet", "uklart om han tåler skift": an open question, not a limitation.
  const openQuestion = (wAll & W_QUESTION) !== 0 && indirectQuestion(tokens, a, limitCue >= 0 ? limitCue : firstNeg >= 0 ? firstNeg : b);
  // "Jobben krever løft av kolli 15–25 kg": the job's demand, measured; neither a limit nor a capacity of the person.
  let demand = false;
  let nounDemand = false;
  // "Krever enkel muntlig norsk, ikke lesing av lange tekster": the job's demand covers the negation after it.
  // («klarer max 1-2 t med oppgaver som krever oppmerksomhet»: after what the person manages, «som krever» names the kind
  // of task — the measure is the person's.)
  const managedKind = (i: number) => {
    if (tokens[i - 1]?.f !== 'som') return false;
    for (let k = a; k < i - 1; k++) if (flags[k]! & F.CAPV) return true;
    return false;
  };
  if (kinds & S_DEMAND_VERB) for (let i = a; i < b && (firstNeg < 0 || i < firstNeg); i++) if (sp[i]! & S_DEMAND_VERB && !managedKind(i)) demand = true;
  // «… kombinere med skiftplanen (8 t vakter, 2 operatører per skift)»: a bracket that spells out the schedule or the job
  // named before it — what the work is, not what the person manages.
  if (a >= 2 && tokens[a - 1]!.f === '(' && SCHEDULE_NOUN.test(tokens[a - 2]!.f)) demand = true;
  // "Butikkjobb = står hele dagen": the job defined by what it asks.
  for (let i = a + 1; i < b && !demand; i++) if (flags[i - 1]! & F.WORK && tokens[i]!.f === '=') demand = true;
  // "Jobber i butikk hvor hun står hele dagen": what the job holds, told of the place of work.
  for (let k = a + 2; k < b - 1 && !demand; k++)
    if (/^(hvor|der|kor)$/.test(tokens[k]!.f) && flags[k - 1]! & F.WORK && /^(jobber|jobbar|arbeider|arbeidar|jobbet|jobba)$/.test(tokens[a]!.f)) demand = true;
  // «Jobber på filetlinja, stående arb hele dagen»: a kind of work the whole day, with nobody who does or bears it — the
  // job described, not what the person manages.
  if (!demand && !capv && !personCue && firstNeg < 0 && qs.length > 0 && qs.every((x) => x.unit === 'hel'))
    for (let k = a + 1; k < b && !demand; k++) if ((flags[k]! & F.WORK || tokens[k]!.f === 'arb') && POSTURE_ADJ.test(tokens[k - 1]!.f)) demand = true;
  // "Arbeidet foregår i støv og ute hele året, ofte i kulde": where and how the work takes place.
  if (!demand && (flags[a]! & F.WORK || flags2[a]! & G.VERDICTW) && /^(foregar|foregikk|foregatt|skjer|skjedde)$/.test(tokens[a + 1]?.f ?? '')) demand = true;
  // "I heimetenesta er det mykje køyring", "På lageret er det mye tunge løft": what a place holds, not a person.
  if ((tokens[a]!.f === 'i' || tokens[a]!.f === 'pa') && !demand)
    for (let k = a + 2; k < b && k <= a + 4; k++)
      if (COPULA.has(tokens[k]!.f) && tokens[k + 1]?.f === 'det') {
        let person = false;
        for (let j = a; j < b; j++) if (PERSON.has(tokens[j]!.f)) person = true;
        if (!person) demand = true;
        break;
      }
  // "norsk på B1 er ofte et krav", "kravet er …": what a job requires, said with a noun.
  const anyDemandNoun = (kinds & S_DEMAND_NOUN) !== 0;
  for (let i = a; i < b && anyDemandNoun && firstNeg < 0 && !demand; i++) if (sp[i]! & S_DEMAND_NOUN && i > a && COPULA.has(tokens[i - 1]!.f)) demand = true;
  // "krav til lange perioder med skjermarbeid", "krav om 10 års anfallsfridom": what is required, before any negation.
  for (let i = a; i < b && anyDemandNoun && (firstNeg < 0 || i < firstNeg) && !demand; i++)
    if (sp[i]! & S_DEMAND_NOUN && (tokens[i + 1]?.f === 'til' || tokens[i + 1]?.f === 'om')) {
      // …unless the person's difficulty with it comes first («problemer med krav til tempo»).
      let personal = false;
      for (let k = a; k < i; k++) if (flags[k]! & (F.DIFN | F.DIFV | F.CAPV | F.LIMADJ | F.STATE | F.NEG)) personal = true;
      if (!personal) demand = nounDemand = true;
    }
  // «har tempokrav på 120 ordrelinjer i timen», «krav på 8 rom»: the size of a requirement, before any negation.
  for (let i = a; i < b - 2 && (firstNeg < 0 || i < firstNeg) && !demand; i++)
    if (tokens[i + 1]!.f === 'pa' && tokens[i + 2]!.k === KD.Num && /krav(et|a|ene)?$/.test(tokens[i]!.f)) demand = true;
  for (let i = a; i < b && anyDemandNoun && firstNeg < 0 && !demand; i++)
    if (sp[i]! & S_DEMAND_NOUN && (tokens[i - 1]?.f === 'et' || tokens[i - 1]?.f === 'eit') && i > a + 1 && COPULA.has(tokens[i - 2]!.f)) demand = true;
  let triggeredByMaybe = false;
  // "ikke noe i samtalene som tyder på begrensninger", "Helseutfordringen er ikke nedsatt funksjon": denied.
  let denied = false;
  for (let k = a + 1; k < b && wAll & W_DENY; k++) {
    if (!(wb[k]! & W_DENY)) continue;
    if (tokens[k]!.f === 'tyder' && tokens[k + 1]?.f === 'pa' && firstNeg >= 0 && firstNeg < k) denied = true;
    if ((tokens[k]!.f === 'ikke' || tokens[k]!.f === 'ikkje') && limitCue >= 0 && limitCue < k - 1 && flags[limitCue]! & F.DIFN && COPULA.has(tokens[k - 1]!.f))
      denied = true;
    // "Helseproblemene gir ikke nedsatt evne til arbeidet": the problems cause no limitation.
    if ((tokens[k]!.f === 'ikke' || tokens[k]!.f === 'ikkje') && /^(gir|gjev|gjer|gjor|medforer|forer)$/.test(tokens[k - 1]!.f)) {
      const next = tokens[k + 1]?.f ?? '';
      if (/^(nedsatt|nedsett|redusert|begrensninger|avgrensingar|begrensning|avgrensing|vesentlig|vesentleg)$/.test(next)) denied = true;
    }
    // "Ståing og gange er ikkje noko problem", "det er ikke et problem å sitte": no difficulty at all.
    if ((tokens[k]!.f === 'ikke' || tokens[k]!.f === 'ikkje') && COPULA.has(tokens[k - 1]!.f)) {
      let j = k + 1;
      if (/^(noe|noko|noen|nokon|et|eit|stort|store|saerlig|serleg)$/.test(tokens[j]?.f ?? '')) j++;
      if (NO_PROBLEM.test(tokens[j]?.f ?? '')) denied = true;
    }
    // «det er ikkje varige kognitive skadar», «at det ikke er nevrologiske utfall»: no damage found.
    if ((tokens[k]!.f === 'ikke' || tokens[k]!.f === 'ikkje') && (COPULA.has(tokens[k - 1]!.f) || COPULA.has(tokens[k + 1]?.f ?? ''))) {
      let m = COPULA.has(tokens[k + 1]?.f ?? '') ? k + 2 : k + 1;
      const m0 = m;
      while (m < b && m < m0 + 3 && tokens[m]!.k === KD.Word && !NO_DAMAGE.test(tokens[m]!.f) && /e$/.test(tokens[m]!.f)) m++;
      if (NO_DAMAGE.test(tokens[m]?.f ?? '')) denied = true;
    }
  }
  // «Ingen begrensninger for fysisk tungt arbeid», «ingen restriksjonar ved tunge løft»: no limit on the thing named —
  // its degree word is what the person may do, not a limit left unmeasured («… utover at han ikke kan løfte tungt» is one).
  if (!denied)
    for (let k = a; k < b - 1; k++) {
      // («Fysisk har ho ikkje avgrensingar i løft eller gange på korte strekk»: «ikkje» before the noun says the same.)
      if (!/^(ingen|inga|uten|utan|ikke|ikkje)$/.test(tokens[k]!.f)) continue;
      const j = NO_LIMIT_NOUN.test(tokens[k + 1]!.f) ? k + 1 : NO_LIMIT_NOUN.test(tokens[k + 2]?.f ?? '') ? k + 2 : -1;
      if (j < 0) continue;
      const except = wordIn(tokens, j + 1, b, EXCEPT);
      if (!except) denied = true;
    }
  // "vanskelig å få jobb", "vanskeleg å finne arbeid": the labour market, not the person's function.
  let jobHunt = false;
  for (let k = a; k < b - 1 && kinds & S_GET_JOB; k++)
    if (sp[k]! & S_GET_JOB && (PLAIN_WORK.has(tokens[k + 1]!.f) || (tokens[k + 1]!.f === 'seg' && PLAIN_WORK.has(tokens[k + 2]?.f ?? '')))) jobHunt = true;
  // "alder og svake skriveferdigheter gjør det vanskeligere på arbeidsmarkedet": the market, not a function.
  if (kinds & S_MARKET) jobHunt = true;
  // («grunnskule avgrensar kva du kan søkje på»: what jobs the person can apply for, the market again.)
  for (let k = a; k < b - 1 && !jobHunt; k++) if (/^(soke|sokje|soker|sokjer)$/.test(tokens[k]!.f) && tokens[k + 1]!.f === 'pa') jobHunt = true;
  // («Kontorstillinger i Drammen lyses ofte ut med deltid»: how often jobs are advertised, the market.)
  for (let k = a; k < b && !jobHunt; k++)
    if (ADVERTISED.has(tokens[k]!.f) || ((tokens[k]!.f === 'lyses' || tokens[k]!.f === 'lysast') && (tokens[k + 1]?.f === 'ut' || tokens[k + 2]?.f === 'ut')))
      jobHunt = true;
  // «Alderen kan være en utfordring», «høg alder gjer det vanskeleg»: the person's age, a matter for the labour market.
  {
    const k = /^(hoy|hog|hoyere|hogare|hans|hennes|hennar)$/.test(tokens[a]!.f) ? a + 1 : a;
    if (/^(alder|alderen)$/.test(tokens[k]?.f ?? '') && k < b) jobHunt = true;
  }
  // («Hun har norsk A2 og 4 års skole fra hjemlandet, det gjør kontorjobb vanskelig»: what the language or the schooling
  // named just before makes hard is the labour market's matter, not a function.)
  // («…, noe som gjør det vanskelig å omstille seg til kontorarbeid»: «noe som» points back the same way.)
  const some = /^(noe|noko)$/.test(tokens[a]!.f) && tokens[a + 1]?.f === 'som' ? 1 : 0;
  if (!jobHunt && /^(det|dette|som)$/.test(tokens[a + some]!.f) && /^(gjor|gjer|gjorde)$/.test(tokens[a + some + 1]?.f ?? '')) {
    const sent = tokens[a]!.sent;
    for (let k = a - 1; k >= 0 && tokens[k]!.sent === sent && !jobHunt; k--)
      if (sp[k]! & S_LANGUAGE || /^(skole|skule|skolegang|skulegang|utdanning|utdanninga|utdanningen)$/.test(tokens[k]!.f)) jobHunt = true;
  }
  // («bør finne arbeid som er tilpasset hennes funksjonsnivå»: the job sought is adapted to a limit not said.)
  if (adaptedTo) jobHunt = false;
  // "snakker lite norsk", "les dårleg norsk": a language not learnt, not a function lost.
  // «Han snakkar norsk godt munnleg, men les og skriv lite»: the language may be named in the clause next to it, in
  // the same sentence; «svake skriveferdigheter» is a skill not learnt.
  const skillOnly = fnN > 0 && fnAll(wb, W_SKILL);
  let language = skillOnly && ((kinds & S_LANGUAGE) !== 0 || fnList().some((k) => SKILL.test(tokens[k]!.f)));
  if (skillOnly && !language) {
    const sent = tokens[a]!.sent;
    for (let k = a - 1; k >= 0 && tokens[k]!.sent === sent && !language; k--) if (sp[k]! & S_LANGUAGE) language = true;
    for (let k = b; k < tokens.length && tokens[k]!.sent === sent && !language; k++) if (sp[k]! & S_LANGUAGE) language = true;
  }
  // "Prednisolon kan gi søvnvanskar": what a treatment may cause, not what the person has.
  if (kinds & S_CAUSE_VERB && kinds & S_MAY) for (let k = a; k < b - 1; k++) if (sp[k + 1]! & S_CAUSE_VERB && sp[k]! & S_MAY) triggeredByMaybe = true;
  // "(depresjon) utløst av samlivsbrudd og stort arbeidspress": what set an illness off, not a limitation now.
  let triggeredBy = triggeredByMaybe;
  if (kinds & S_TRIGGERED) for (let k = a; k < b && k <= a + 2; k++) if (sp[k]! & S_TRIGGERED && tokens[k + 1]?.f === 'av') triggeredBy = true;
  // "kveldsvakter har tidlegare utløyst tilbakefall", "nattarbeid har vært en utløsende faktor": what set off a
  // relapse before — the reason for a limit, not one.
  if (kinds & S_TRIGGER) for (let k = a; k < b; k++) if (sp[k]! & S_TRIGGER && RELAPSE_NEAR(tokens, k, b)) triggeredBy = true;
  // «Utløysarar: lite søvn, sterkt lys, parfyme, stress»: what sets off an attack, listed under its heading — no limit.
  if (underTriggersHeading) triggeredBy = true;
  // «Før det var han sjukmeld i lange periodar», «har vært sykmeldt lenge»: how long the person was off work, the history
  // of the absence — no limit of how long the person holds out.
  if (limitCue >= 0 && /^(lange|lang|lenge|langvarig|langvarige|lengre)$/.test(tokens[limitCue]!.f))
    for (let k = Math.max(a, limitCue - 3); k < limitCue; k++) if (SICK_LISTED.test(tokens[k]!.f) || OFF_WORK.test(tokens[k]!.f)) triggeredBy = true;
  // «Tilbakefall i fjor kom etter helgearbeid»: what a relapse came after, told as history.
  if (!triggeredBy && RELAPSE.test(tokens[a]!.f))
    for (let k = a + 1; k + 1 < b && k <= a + 5; k++)
      if (/^(kom|kome|kommet|kjem|kommer)$/.test(tokens[k]!.f) && tokens[k + 1]!.f === 'etter') triggeredBy = true;
  // "vi må nok tenke litt på hva slags arbeid": the writer's own doing, not the person's function.
  // («Vi meiner han kan …» reports what the person can: a person after the writer is the subject again.)
  let writerSubject = (wb[a]! & W_WRITER) !== 0 || (a + 1 < b && (wb[a]! & W_LINK) !== 0 && (wb[a + 1]! & W_WRITER) !== 0);
  for (let k = a + 1; writerSubject && k < b && k < (limitCue >= 0 ? limitCue : b); k++) if (wb[k]! & W_PERSON) writerSubject = false;
  // «Gradert arbeid er derfor vanskelig å planlegge før …»: hard for the writer or employer to plan — not the person's
  // planning.
  if (!writerSubject && !(wb[a]! & W_PERSON) && HARD_TO_JUDGE.test(text.slice(tokens[a]!.s, tokens[b - 1]!.e))) writerSubject = true;
  if (!writerSubject && JOB_PROGNOSIS_HARD.test(text.slice(tokens[a]!.s, tokens[b - 1]!.e))) writerSubject = true;
  // («men jeg er usikker på hvor mye man kan love her»: how much the writer can promise, a question of the outlook.)
  if (!writerSubject && WHAT_TO_PROMISE.test(text.slice(tokens[a]!.s, tokens[b - 1]!.e))) writerSubject = true;
  // «Reiselivet i Mandal trenger mye kjøkkenhjelp», «hotellet søkjer folk til oppvask»: what a workplace or trade needs is
  // the labour market, not the person's function.
  if (!writerSubject && (wb[a]! & W_EMPLOYER || TRADE_SUBJECT.test(tokens[a]!.f)))
    for (let k = a + 1; k < b && k <= a + 4 && (limitCue < 0 || k < limitCue); k++) if (EMPLOYER_NEEDS.test(tokens[k]!.f)) writerSubject = true;
  // "behov for noe bistand for å komme i læreplass", "trenger bare hjelp med lønnstilskudd": the help Nav gives,
  // not a function (which «trenger mye hjelp i hverdagen» still is).
  let navSupport = false;
  if (kinds & S_NAV_SUPPORT) navSupport = true;
  // («Han ønsker ikke omstilling»: what the person does not want, a wish — no limit of function.)
  if (!capv && firstNeg > a && /^(onsker|onskjer|onsket|onskte|onska)$/.test(tokens[firstNeg - 1]!.f)) navSupport = true;
  // («Trenger hjelp med: lærlingplass …, mentor …»: the help is named after the colon.)
  if (
    !navSupport &&
    /^(med|til)$/.test(tokens[b - 1]?.f ?? '') &&
    /^(hjelp|bistand)$/.test(tokens[b - 2]?.f ?? '') &&
    tokens[b]?.f === ':' &&
    NAV_SUPPORT.test(tokens[b + 1]?.f ?? '')
  )
    navSupport = true;
  // («klarer ikke å stå lenge på tiltaket»: an activity there is the person's.)
  for (let k = a; k < b && navSupport; k++) if (flags[k]! & F.ACT) navSupport = false;
  // "eit for høgt alkoholforbruk", "mye cannabisbruk": an amount of use, not of function.
  if (limitCue >= 0) for (let k = limitCue; k < b && k <= limitCue + 2; k++) if (k > a && sp[k]! & S_CONSUMPTION && !(flags[k]! & F.FN)) navSupport = true;
  // "meiner anfallsrisikoen er låg", "liten fare for tilbakefall": how likely something is, not a function.
  let risk = false;
  if (limitCue >= 0 && kinds & S_RISK) for (let k = Math.max(a, limitCue - 3); k < b && k <= limitCue + 2; k++) if (sp[k]! & S_RISK) risk = true;
  const isLimitation =
    !risk &&
    !navSupport &&
    limited &&
    (fnContent || capv) &&
    !verdictLike &&
    !aboutWork &&
    !emptyNeg &&
    !course &&
    !confined &&
    !openQuestion &&
    !(demand && (!personCue || nounDemand)) &&
    !writerSubject &&
    !triggeredBy &&
    !denied &&
    !jobHunt &&
    !language;
  if (demand) capacity = false;
  if (openQuestion) capacity = false;
  if (runsBusiness) capacity = measured = false;
  const vague = isLimitation && !measured && !absolute && !(posw && limitCue < 0);
  let cueSpan: Span | null = null;
  if (isLimitation) {
    // The underline: from the first limiting word (or negation) to the function word it governs.
    let s = limitCue >= 0 ? limitCue : firstNeg >= 0 ? firstNeg : a;
    if (firstNeg >= 0 && firstNeg < s && s - firstNeg <= 3) s = firstNeg;
    // («klarer ikke å møte opp stabilt»: from the negation, the regularity denied comes last.)
    else if (firstNeg >= 0 && firstNeg < s && s - firstNeg <= 7 && REGULARLY.test(tokens[s]!.f)) s = firstNeg;
    // Include a capacity verb right before the cue ("tåler dårlig", "kan ikke").
    if (s > a && flags[s - 1]! & F.CAPV) s--;
    let e = limitEnd >= 0 ? limitEnd : s;
    if (comparedAt > e && comparedAt - s <= 10) e = comparedAt;
    // («Kan ikke jobbe hele dagen»: up to the whole day denied.)
    if (wholeEnd > e && wholeEnd - s <= 10) e = wholeEnd;
    // Stretch to the nearest function word on either side, within the clause.
    let best = -1;
    for (let j = 0; j < fnN; j++) {
      const k = fnBuf[j]!;
      if (best < 0 || Math.abs(k - s) < Math.abs(best - s) || (k > e && Math.abs(k - e) < Math.abs(best - e))) best = k;
    }
    if (best >= 0) {
      if (best < s) s = best;
      if (best > e) e = best;
    }
    // A following object noun phrase of one word ("tåler dårlig langvarig sitting").
    while (e + 1 < b && tokens[e + 1]!.k === KD.Word && flags[e + 1]! & (F.ACT | F.FN | F.LOADA | F.LOADC | F.VQ) && e + 1 - s < 8) e++;
    if (e - s > 10) e = s + 10;
    cueSpan = { start: tokens[s]!.s, end: tokens[Math.max(s, Math.min(e, b - 1))]!.e };
  }

  clauseOut.nextQ = q;
  clauseOut.aboutPerson = capv || personCue;
  clauseOut.ellipsis = firstNeg >= 0 && degree && !fnContent && !capv && !measured;
  return {
    start: sStart,
    end: sEnd,
    sentence: si,
    areas: areasOf(areaBits),
    generic: generic && !(areaBits & AREA_MASK),
    negated,
    limited: isLimitation,
    // («trenger ikke arbeidsrettet innsats»: the support Nav gives, not something the person manages.)
    capacity: capacity && !(navSupport && !measured && !capv),
    functional: !measureJudged && (functional && !verdictLike ? true : fnContent && !verdictLike),
    measured,
    schedule,
    light: lightWork && !degree && !difficulty,
    amountOnly: isLimitation && !personCue && !negated && !capv && !lightWork,
    holds: jobHolds,
    demand,
    // («ved støy og mange inntrykk kortare»: a comparative that closes the statement is what it says; the amount
    // before it belongs to the condition.)
    // («mindre stresstolerant enn før», «tregere enn kollegene»: compared with the past or with others, not with a measure
    // said nearby — how much less is still unsaid.)
    comparative:
      limitCue >= 0 &&
      (COMPARATIVE.test(tokens[limitCue]!.f) || COMPARATIVE.test(tokens[lastWord(tokens, a, b)]?.f ?? '')) &&
      !ownStandard(tokens, limitCue, b),
    consequence: consequence && !degree,
    absolute,
    vague,
    activity: kindOf(areaBits, firstAct),
    kind: isLimitation ? (lightWork && limitCue >= 0 && !degree && !difficulty ? 'generic' : kindOf(areaBits, firstAct)) : null,
    cue: cueSpan,
    concrete,
    quantities: qs,
    t0: a,
    t1: b,
  };
}

/**
 * A vague limitation is answered when a measured statement about the same function stands in the same
 * sentence or the next one («begrenset utholdenhet, klarer 2 timer skjermarbeid»; «Redusert gangdistanse.
 * Går ca. 300 m før pause.»). A generic one («nedsatt funksjon») is answered by any measured statement next to it.
 */
/** No capacity verb in the statement: a finding or what happens («nedsatt rotasjon …», «får panikkanfall …»), not «klarar avisa …». */
function noCapacityVerb(o: Statement, tokens: Token[]): boolean {
  for (let k = o.t0; k < o.t1; k++) if (classify2(tokens[k]!.f)[0] & F.CAPV) return false;
  return true;
}

/**
 * «… begrenser hvor mange …», or a limit given right after «pga» as the reason for a verdict on work ability
 * («Arbeidsevnen er nedsatt … pga oppmøtevansker ved tidlige vakter»).
 */
const HOW_MUCH = /(^|[^\p{L}])(hvor|kor)\s+(mange|mye|mykje|lenge|ofte|langt)(?=[^\p{L}])/iu;
const VERDICT_BECAUSE =
  /arbeidsevn\p{L}*\s+(er|vert|blir|vurderes\s+som|vurderast\s+som)\s+[^.!?\n]*(nedsatt|nedsett|redusert)[^.!?\n]*(pga\.?|på grunn av|grunna|grunnet|fordi)\s*$/iu;
const ENDS_BECAUSE = /(pga\.?|på grunn av|grunna|grunnet|fordi)$/iu;
/** Units that count people («barn», «kunder»): how many one deals with, not how long one lasts. */
const PEOPLE_COUNTED =
  /^(barn|born|personer|personar|kunder|kundar|elever|elevar|pasienter|pasientar|brukere|brukarar|mennesker|menneske|folk|kolleger|kollegaer|gjester|gjestar)$/;
/** What comes at once, as an event («plutselige lyder», «brå bevegelser»), not as an amount of a load. */
const SUDDEN = /^(plutselige|plutselig|plutseleg|plutselege|bra|brae|uventede|uventet|uventa)$/;
const SUMMARY_LABEL = /^[\s/–-]*(oppsummert|oppsummering|oppsummeringsvis|kort sagt|kort oppsummert|alt i alt|samla sett|samlet sett)\s*:/iu;
function summarisesMeasures(text: string, st: Statement): boolean {
  if (HOW_MUCH.test(text.slice(st.start, st.end))) return true;
  // (The cheap test first — the words just before the statement — since the full one scans back to the start of the
  // sentence, and it runs for every vague statement.)
  let e = st.start;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  if (!ENDS_BECAUSE.test(text.slice(Math.max(0, e - 16), e))) return false;
  const from = Math.max(text.lastIndexOf('.', st.start - 1), text.lastIndexOf('\n', st.start - 1)) + 1;
  return VERDICT_BECAUSE.test(text.slice(from, st.start));
}

/** A measured statement shares a content word (its first five letters) with st: «… hvor mange barn …», «ansvar for 4 barn». */
function measuredSharesWord(text: string, st: Statement, statements: Statement[]): boolean {
  const words = (s: Statement) =>
    (
      text
        .slice(s.start, s.end)
        .toLowerCase()
        .match(/\p{L}{4,}/gu) ?? []
    )
      .filter((w) => !SHARE_STOP.has(w))
      .map((w) => w.slice(0, 5));
  const mine = new Set(words(st));
  return statements.some((o) => o !== st && o.measured && !o.schedule && o.functional && !measuredHereOnly(o) && words(o).some((w) => mine.has(w)));
}
const SHARE_STOP = new Set([
  'ikke',
  'ikkje',
  'arbeidsevnen',
  'arbeidsevna',
  'nedsatt',
  'nedsett',
  'hennes',
  'hans',
  'etter',
  'eller',
  'som',
  'også',
  'ogsa',
  'med',
  'fordi',
  'dager',
  'dagar',
  'timer',
  'timar',
  'klarer',
  'klarar',
  'kan',
]);

/**
 * «Jobben hans i dag er IT-tekniker ute hos kunder (ca 60 % kjøring …, ofte på stige ved montering)»: an amount in the
 * brackets after a job told is what the job holds, its demand — no limit of the person.
 */
function jobInBrackets(statements: Statement[], text: string): void {
  for (const st of statements) {
    if (!st.vague || !st.amountOnly) continue;
    const open = text.lastIndexOf('(', st.start);
    if (open < 0 || text.lastIndexOf(')', st.start) > open) continue;
    const from = Math.max(text.lastIndexOf('.', open - 1), text.lastIndexOf('\n', open - 1)) + 1;
    if (!JOB_TOLD.test(text.slice(from, open))) continue;
    st.vague = false;
    st.demand = true;
  }
}
const JOB_TOLD =
  /(^|[^\p{L}])(jobben|jobb|arbeidet|stillingen|stillinga|yrket|arbeidsoppgavene|arbeidsoppgåvene)(\s+\p{L}+){0,3}\s+(er|var|består|bestod|inneber|innebærer|innebar)\s/iu;

/** Rest or an aid called for («treng stol og pausar», «må ha pauser»). */
const REST_CALLED = /(^|[^\p{L}])(pause|pauser|pausar|pausen|pausene|pausane|kvile|kvil|hvile|hvil|stol|stolen)(?=[^\p{L}]|$)/iu;

/**
 * The employer offering an arrangement («arbeidsgiver kan tilby kortere vakter», «bedrifta tilbyr lettare oppgåver»),
 * or any leader there («avdelingsleder kan tilby faste korte dagvakter», «nærmeste leiar har tilbode …»).
 */
const EMPLOYER_OFFERS =
  /^\s*(og\s+|men\s+)?(nærmeste\s+|næraste\s+)?(arbeidsgiver|arbeidsgivar|arbeidsgjevar|arbeidsgiveren|arbeidsgjevaren|arbeidsgivaren|bedriften|bedrifta|arbeidsplassen|arbeidsstaden|\p{L}*(leder|lederen|leiar|leiaren|leier|leieren|sjef|sjefen))\s+(kan\s+|vil\s+|skal\s+)?(også\s+|og\s+|ogso\s+)?(har\s+)?(tilby|tilbyr|tilbyd|tilbyda|tilbod|tilbode|tilbydd|tilbudt|tilbød|tilbydde)\s/iu;

/**
 * Work someone else can give the person: «Rektor fortalte at de kan gi henne oppgaver … i en liten gruppe med 4 elever»
 * — an arrangement offered, with the person on the receiving end, not a measure of what the person manages.
 */
const OFFERED_TO =
  /(^|\s)(kan|vil|skal|kunne|kan\s+også|kan\s+og|kan\s+òg)\s+(gi|gje|tilby|tilbod)\s+(henne|ham|han|ho|hen|bruker|brukar|brukeren|brukaren)\s/iu;

/** Measured only by counts of work that answer no other statement («vasker ca 25 rom per dag»). */
function measuredHereOnly(o: Statement): boolean {
  let local = false;
  for (const q of o.quantities) {
    if (!isFunctionMeasure(q)) continue;
    if (!q.local) return false;
    local = true;
  }
  return local;
}

/** Measured only by the load an exercise test reached («arbeids-EKG 150 W»). */
function testLoadOnly(o: Statement): boolean {
  return o.quantities.some((q) => q.unit === 'W') && o.quantities.every((q) => !isFunctionMeasure(q) || q.unit === 'W');
}

/** The demands of a job named definitely: «dei fysiske krava», «kravene i jobben», «disse kravene». */
const DEFINITE_DEMANDS = /(^|\s)(krava|kravene|kravet|desse\s+krava|disse\s+kravene)(?=[\s,.;]|$)/iu;

/** The person's own words, quoted after «Bruker sier:», «Ho fortel:»: the spans inside the quotation marks. */
function ownWords(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text.includes('«')) return out;
  for (const m of text.matchAll(OWN_WORDS)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('»', start);
    out.push([start, end < 0 ? text.length : end]);
  }
  return out;
}
/** «Bruker sier: «»: where the person's own words open. */
const OWN_WORDS =
  /(^|[^\p{L}])(bruker|brukar|brukeren|brukaren|hun|han|ho|hen|pasienten|pas\.?)\s+(sier|seier|sa|forteller|fortel|fortalte|fortalde|uttaler|uttalar|beskriver|skildrar)(\s+selv|\s+sjølv|\s+sjøl)?\s*:\s*«/giu;
/** Jobs advertised («utlyses»): the market. */
const ADVERTISED = new Set(['utlyses', 'utlysast', 'annonseres', 'annonserast']);
/** Varying («varierende oppdrag»): before work, a kind of work. */
const VARYING = new Set(['varierende', 'varierande', 'skiftende', 'skiftande', 'vekslende', 'vekslande']);
/** Work, tasks, places and times of work (and of meals at it) that can vary. */
const VARYING_WORK =
  /^(oppdrag|oppdraga|oppdragene|oppgaver|oppgavene|oppgåver|arbeidsoppgaver|arbeidsoppgåver|arbeidssteder|arbeidsstader|kunder|kundar|vakter|vaktar|arbeidstider|arbeidstid|arbeidsplasser|arbeidsplassar|maltidstider|maltider|maltidene|maltidane|spisetider|spisetidene|mattider|tider|tidene|tidspunkt|tidspunkter|vaktlengder|skiftlengder)$/;
/** What a leg bears weight with or on: an aid or the limb. */
const BEARING_AFTER =
  /^(ortose|ortosen|ortesen|krykker|krykkene|gips|gipsen|skinne|skinnen|skinna|stovel|stovelen|foten|foter|beinet|beina|benet|kneet|knaerne|hofta|hoften|ankelen|leggen)$/;
/** Verbs of giving a view («mener», «vurderer», «tenkjer»). */
const OPINION = /^(mener|meiner|meinte|mente|vurderer|vurderte|tenker|tenkjer|anbefaler|anbefalar|opplever|ser|sier|seier|skriver|skriv)$/;
/** Opens a condition («dersom», «hvis») right before a statement. */
const CONDITION_BEFORE = /(^|[^\p{L}])(dersom|hvis|viss|om|så\s+sant)\s*$/iu;
/** Recovering («går tilbake», «bedres», «vert betre»): the course, in a condition of a prognosis. */
const RECOVERS_IN =
  /(^|[^\p{L}])(går|gjeng|gjekk)\s+tilbake|(bedres|betrast|betrar\s+seg|bedrer\s+seg|normaliserer\s+seg|normaliserast|vert\s+betre|blir\s+bedre|retter\s+seg|rettar\s+seg)(?=[^\p{L}]|$)/iu;
/** «ikke med ukjente»: a negation with only a preposition phrase, its verb left out. */
const ELLIPTIC_NOT = /^(men\s+)?(ikke|ikkje|aldri)\s+(med|i|på|hos|for|blant)\s+(\p{L}+\s+)?\p{L}+$/iu;
/** «…, som gjer det vanskeleg …»: a clause hung on what was just said. */
const CONSEQUENCE_OF = /^[\s,;]*som\s+(gjer|gjør|gjorde|gjerde)\s+(det\s+)?(vanskeleg|vanskelig|umogleg|umulig|uråd)\s/iu;
/** «og nedsatt konsentrasjon», «samt redusert utholdenhet»: one more item of a list, a noun phrase of up to three words. */
const LIST_ITEM_ADDED = /^(og|samt)(\s+\p{L}+){1,3}$/iu;
/** Limits as the subject of their remedy: «Begrensningene (knyttet til …) kan ivaretas med tilrettelegging». */
const REMEDIED =
  /^(begrensning|begrensninger|begrensningene|avgrensing|avgrensingar|avgrensingane|plagene|plagane|vanskene|vanskane)\s+(\p{L}+\s+){0,4}(kan|vil|må|bør)\s+(\p{L}+\s+)?(ivaretas|ivaretakast|ivaretakes|kompenseres|kompenserast|tilrettelegges|leggast\s+til\s+rette|løses|løysast)(?=[^\p{L}]|$)/iu;
/** Capacities without a place of their own, measured in time and amount of work. */
const abstractKind = (k: StatementKind | null) =>
  k === 'generic' || k === 'cognitive' || k === 'stress' || k === 'endurance' || k === 'social' || k === 'senses';
/** «ingen (fysiske) begrensninger»: no limit, said outright. */
const NO_LIMITS =
  /(^|[^\p{L}])(ingen|inga|ikke|ikkje)\s+((fysiske|psykiske|kognitive|helsemessige|særlege|særlige|spesielle)\s+)?(begrensninger|begrensningar|avgrensingar|avgrensinger|restriksjoner|restriksjonar)(?=[^\p{L}]|$)/iu;
const CAP_VERB_WORD =
  /(^|[^\p{L}])(kan|klarer|klarar|greier|greiar|orker|orkar|tåler|toler|mestrer|meistrar|meistrer|fungerer|fungerar|uten\s+problem\p{L}*|utan\s+problem\p{L}*|problemfritt|fint|greit)(?=[^\p{L}]|$)/iu;
/** «klarar han ikkje konsentrert arbeid i det heile», «… i det hele tatt», «overhodet»: none of it at all. */
const AT_ALL = /(^|[^\p{L}])(i\s+det\s+hele\s+tatt|i\s+det\s+heile(\s+teke|\s+tatt)?|overhodet|overhovudet)(?=[^\p{L}]|$)/iu;
/** «Smertene er for sterke til at hun kan jobbe noe i det hele tatt»: too much for any work is the verdict, not a limit. */
const TOO_FOR = /(^|[^\p{L}])(for|altfor)\s+\p{L}+\s+til\s+(at|å)\s[^.!?\n]*$/iu;
/** Verbs of wearing or using an aid. */
const WEAR = /^(bruke|bruker|brukar|brukte|nytte|nyttar|nytta|ha|har|hatt|ga|gar)$/;
/** An aid worn or used at work, also in a compound («ankelbandasje», «håndleddsortose», «hørselvern»). */
const AID =
  /(ortose|ortosen|ortesen|bandasje|bandasjen|skinne|skinna|skinnen|korsett|korsettet|vern|vernet|briller|brillene|(kne|rygg|handledds|handledd|ankel|nakke|korsbands)stott(e|a|en)|krykker|krykkene|stokk|stokken|rullator|rullatoren|hjelpemiddel|hjelpemidler|hjelpemidlar|hjelpemidla|vernesko|saler|tape|tapen|strompene|stromper)$/;
/** «på jobb», «i arbeid», «ved arbeid», «under arbeidet»: at work. */
const AT_WORK_PREP = /^(pa|i|ved|under)$/;
const AT_WORK_NOUN = /^(jobb|jobben|arbeid|arbeidet|tjeneste|tjenesten|tenesta|vakt|vakta|vakten|vaktene|vaktane|skift|skiftet)$/;
/**
 * «bruker stabiliserende ankelbandasje på jobb», «skal bruke avlastende håndleddsortose ved arbeid»: an aid worn at work
 * is a consideration said whole — what to provide, with no degree left out.
 */
function wornAtWork(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b - 2; k++) {
    if (!WEAR.test(tokens[k]!.f)) continue;
    let aid = -1;
    for (let j = k + 1; j < b && j <= k + 3; j++)
      if (AID.test(tokens[j]!.f)) {
        aid = j;
        break;
      }
    if (aid < 0) continue;
    for (let j = aid + 1; j < b - 1 && j <= aid + 4; j++) if (AT_WORK_PREP.test(tokens[j]!.f) && AT_WORK_NOUN.test(tokens[j + 1]!.f)) return true;
  }
  return false;
}
function atAll(text: string, start: number, end: number): boolean {
  return AT_ALL.test(text.slice(start, end)) && !TOO_FOR.test(text.slice(Math.max(0, start - 60), start + 40));
}
/** Words that make a statement a limit (negation, capacity verb, difficulty, degree, symptom, advice). */
const LIMIT_WORD =
  /(^|[^\p{L}])(ikke|ikkje|kan|klarer|klarar|greier|orker|orkar|tåler|toler|vansk\p{L}*|problem\p{L}*|begrens\p{L}*|avgrens\p{L}*|redusert|nedsatt|nedsett|dårlig|dårleg|sliten|smerte\p{L}*|vondt|plag\p{L}*|unngå|bør|må)(?=[^\p{L}]|$)/iu;
/** «(skriver kun med hø hånd …)»: a task done only with the other hand, right after. */
const OTHER_HAND_ONLY =
  /^\s*[(,–-]\s*(\p{L}+\s+){1,2}(kun|bare|berre)\s+med\s+(den\s+)?(høyre|høgre|venstre|vinstre|hø|ve|h|v)\.?\s*(hånd|hand|handa|hånden|arm|armen)(?=[^\p{L}]|$)/iu;
const inside = (spans: [number, number][], at: number) => spans.some(([a, b]) => a <= at && at < b);

function answerNearby(statements: Statement[], text: string, tokens: Token[]): void {
  // «Står i kassa hele dagen og tåler ikke å stå lenge», «bruker armene hele dagen»: a posture or the hands through the
  // whole day, with no verb of managing nor «uten problemer», is what the job asks — no answer to how long the person
  // can.
  const wholeDayAtWork = (o: Statement) =>
    !o.limited &&
    o.quantities.length > 0 &&
    o.quantities.every((x) => x.unit === 'hel') &&
    (o.activity === 'stand' || o.activity === 'walk' || o.activity === 'sit' || o.activity === 'hands') &&
    !CAP_VERB_WORD.test(text.slice(o.start, o.end));
  // (Work offered to the person, looked up once per text: asked of every pair of statements weighed against each other.)
  let offers: Set<Statement> | undefined;
  const offered = (o: Statement) => (offers ??= new Set(statements.filter((x) => OFFERED_TO.test(text.slice(x.start, x.end))))).has(o);
  // Measured statements by area, built once: a vague statement is answered by any of them anywhere in the text,
  // so looking each one up keeps the pass linear in long texts (a 100,000-character field has thousands).
  const index = (plain: boolean) => {
    const all: Statement[] = [];
    const byArea = new Map<FunctionArea, Statement[]>();
    for (const o of statements) {
      // («3-4 episoder pr mnd som varer 6-24 timer»: how long the illness's episodes last measures no function.)
      if (!o.measured || o.schedule || (plain && (o.demand || o.amountOnly)) || measuredHereOnly(o)) continue;
      if (!o.functional && EPISODES.test(text.slice(o.start, o.end))) continue;
      // («Dialyse 3 dager/uke à 5 t»: how long a treatment takes measures no function of the person.)
      if (!o.functional && TREATMENT_TIME.test(text.slice(o.start, o.end))) continue;
      if (wholeDayAtWork(o) || offered(o)) continue;
      all.push(o);
      for (const a of o.areas) {
        const list = byArea.get(a);
        if (list) list.push(o);
        else byArea.set(a, [o]);
      }
    }
    return { all, byArea };
  };
  const wasVague = new Set(statements.filter((o) => o.vague));
  let plainIndex: ReturnType<typeof index> | undefined;
  let comparativeIndex: ReturnType<typeof index> | undefined;
  const posture = (k: StatementKind | null) => k === 'stand' || k === 'walk';
  let quotes: [number, number][] | undefined;
  for (let si = 0; si < statements.length; si++) {
    const st = statements[si]!;
    if (!st.vague) continue;
    // («Hun sier: «… men jeg tåler ikke de lange lørdagene ennå.»»: the person's own words, quoted as what they say; the
    // writer's own statements, measured, are the description.)
    quotes ??= ownWords(text);
    if (quotes.length > 0 && inside(quotes, st.start) && statements.some((o) => o.functional && o.measured && !o.schedule && !inside(quotes!, o.start))) {
      st.vague = false;
      continue;
    }
    // («Funksjonen er prega av omfattande kontrollritual.» before measured lines: what marks the function, which the
    // lines after it measure.)
    if (MARKED_BY.test(text.slice(st.start, st.end))) {
      let after = false;
      for (let j = si + 1; j < statements.length && statements[j]!.sentence - st.sentence <= 3 && !after; j++)
        after = statements[j]!.measured && statements[j]!.functional && !statements[j]!.schedule;
      if (after) {
        st.vague = false;
        continue;
      }
    }
    // («Begrensende er restsymptomer av depresjonen (lav energi, tidlig oppvåkning)»: the symptoms a bracket lists after
    // naming them as symptoms, not limits of their own — only when the text measures what the person manages.)
    if (SYMPTOMS_LISTED.test(text.slice(Math.max(0, st.start - 60), st.start)) && statements.some((o) => o.functional && o.measured && !o.schedule)) {
      st.vague = false;
      continue;
    }
    // «svekket finmotorikk i v. hånd (skriver kun med hø hånd på tastatur)»: the task done only with the other hand, said
    // right after — the weak side is out of it whole.
    if (st.kind === 'hands' && OTHER_HAND_ONLY.test(text.slice(st.end, st.end + 60))) {
      st.vague = false;
      continue;
    }
    // Capacities without a place of their own (stamina, concentration, stress, contact with people) are measured
    // in time and amount of work: a measured statement in the same sentence answers them.
    const abstract = st.generic || st.consequence || abstractKind(st.kind);
    // "husker 3-4 trinn, lengre beskjeder må skrives ned": a comparative measured against the statement before.
    // Also across a full stop on the same line: "Gange: ca 500 m. Går hun lenger, blir hun liggende".
    // (Past a bare «uten problemer» between them: «Kjører bil til sentrum (15 min) uten problemer, lengre turer …».)
    let pj = si - 1;
    while (pj > 0 && !statements[pj]!.functional && !statements[pj]!.limited && !statements[pj]!.measured && statements[pj]!.sentence === st.sentence) pj--;
    const prevInSentence = statements[pj];
    const sameLine =
      !!prevInSentence &&
      (prevInSentence.sentence === st.sentence || (st.sentence - prevInSentence.sentence === 1 && !text.slice(prevInSentence.end, st.start).includes('\n')));
    // («Angst og depresjon begrenser hvor mange barn hun kan ha ansvar for …», «Arbeidsevnen er nedsatt … pga
    // oppmøtevansker ved tidlige vakter»: a summary that points to what is measured elsewhere in the text.)
    if (summarisesMeasures(text, st) && measuredSharesWord(text, st, statements)) {
      st.vague = false;
      continue;
    }
    // («Oppsummert: einmannsarbeid i korte bolkar går»: the writer's summary, under its own label, of what is measured
    // above it.)
    // (The whole sentence after the label: «Oppsummert: enearbeid i korte bolker går, folkemengder går ikke.»)
    let from = st.start;
    while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '.') from--;
    if (SUMMARY_LABEL.test(text.slice(from, st.start)) && statements.some((o) => o.measured && o.functional && o.end <= st.start)) {
      st.vague = false;
      continue;
    }
    if (st.comparative && prevInSentence && sameLine && prevInSentence.measured) {
      st.vague = false;
      continue;
    }
    // "Kan ikke jobbe ved kassen lenger enn dette.": a comparative «enn dette» points back at the measure said
    // just before, in this sentence or the two before it.
    if (st.comparative && st.cue && /^\s*(enn|enn som)\s+(dette|det|da|så|det)(?=[\s,.;:!?)]|$)/iu.test(text.slice(st.cue.end, st.cue.end + 16))) {
      let back = false;
      for (let j = si - 1; j >= 0 && st.sentence - statements[j]!.sentence <= 2 && !back; j--) if (statements[j]!.measured) back = true;
      if (back) {
        st.vague = false;
        continue;
      }
    }
    // «Kan sitte i bil ca. 30 min før han må ut, så lange turer går ikke»: a vague amount that follows from the measure
    // said just before it is measured by it.
    // («kan ikkje arbeide med armane over skulderhøgd, så ikkje … hyllearbeid høgt oppe»: so does a complete limit of a
    // function, unless the amount is one a complete limit does not give — «tungt», «lenge».)
    const prevSays =
      !!prevInSentence &&
      (prevInSentence.measured ||
        (prevInSentence.absolute &&
          prevInSentence.areas.length > 0 &&
          !!st.cue &&
          !/(^|\s)(lenge|lang|lange|langt|mye|mykje|tungt|tunge|tung|ofte)(?=\s|$)/iu.test(text.slice(st.cue.start, st.cue.end))));
    if (prevSays && sameLine && st.negated && /^[\s,;]*(så|derfor|difor)\s/iu.test(text.slice(prevInSentence!.end, st.start + 4))) {
      st.vague = false;
      continue;
    }
    // («… 100 % innan 6 månader dersom nerveutfallet i venstre hand går tilbake som venta»: a limit named as the condition
    // of a prognosis — whether it recovers, the course — not described.)
    if (CONDITION_BEFORE.test(text.slice(Math.max(0, st.start - 10), st.start)) && RECOVERS_IN.test(text.slice(st.start, st.end))) {
      st.vague = false;
      continue;
    }
    // «Klarer telefonsamtaler med familie, ikke med ukjente»: the same activity ruled out whole for others, its verb left
    // out — as complete as «kan ikke ta samtaler med ukjente».
    if (
      st.negated &&
      prevInSentence &&
      prevInSentence.sentence === st.sentence &&
      prevInSentence.capacity &&
      !prevInSentence.negated &&
      prevInSentence.areas.some((a) => st.areas.includes(a)) &&
      ELLIPTIC_NOT.test(text.slice(st.start, st.end))
    ) {
      st.vague = false;
      continue;
    }
    // «Dette gir venta fråvær på 8–12 dagar i månaden, som gjer det vanskeleg å halde ein vanleg jobb»: what the measure
    // just said makes hard, in a clause hung on it — measured by it.
    if (prevInSentence?.measured && sameLine && CONSEQUENCE_OF.test(text.slice(prevInSentence.end, st.start + 24))) {
      st.vague = false;
      continue;
    }
    // «Han har ikke fysiske begrensninger; han … bærer tunge møbler»: right after the writer says there is no limit, what
    // the person does — an amount with no limiting word — is the evidence for it, not a limit.
    if (
      prevInSentence &&
      sameLine &&
      !st.negated &&
      NO_LIMITS.test(text.slice(prevInSentence.start, prevInSentence.end)) &&
      st.cue &&
      !LIMIT_WORD.test(text.slice(st.start, st.end))
    ) {
      st.vague = false;
      continue;
    }
    // «smerter i hele kroppen 2 dager i uka, de dagene klarer hun ingen fysisk jobb»: ruled out on the days just counted —
    // how often is said, and on those days none.
    if (
      st.negated &&
      prevInSentence &&
      prevInSentence.sentence === st.sentence &&
      prevInSentence.quantities.some((q) => q.unitClass === 'frequency' || q.unitClass === 'period') &&
      /^\s*(på\s+)?(de|dei|disse|desse|slike)\s+(dagene|dagane|dagar|dager|periodene|periodane)\s/iu.test(text.slice(st.start, st.end))
    ) {
      st.vague = false;
      continue;
    }
    // «Kjører ikke bil i det hele tatt pga panikkanfall under kjøring»: the cause of a limit said in full just before.
    if (
      prevInSentence &&
      prevInSentence.sentence === st.sentence &&
      (prevInSentence.absolute || prevInSentence.measured) &&
      prevInSentence.limited &&
      /^(pga\.?|på\s+grunn\s+av|grunnet|grunna)\s/iu.test(text.slice(st.start, st.end))
    ) {
      st.vague = false;
      continue;
    }
    // «Han held avtalar 2 dagar i veka … Det er difor uklart kor mange timar han klarer»: after what has been measured,
    // the rest said to be unknown (to be found out), not a limit left unmeasured. So is how the person will fare later
    // («usikkert korleis han vil fungere om 3–5 år»): a prognosis, uncertain. (Alone, «usikkert hvor mye hun klarer»
    // says nothing of what she manages, and stays.)
    if (UNKNOWN_MEASURE.test(text.slice(st.start, st.end)) && statements.slice(0, si).some((o) => o.measured && !o.schedule)) {
      st.vague = false;
      continue;
    }
    // «Arbeidsgjevar kan tilby kortare ruter i nærområdet»: what the employer offers is an arrangement of the job, not
    // a limit of the person left unmeasured.
    if (EMPLOYER_OFFERS.test(text.slice(st.start, st.end))) {
      st.vague = false;
      continue;
    }
    // «treng hjelp frå miljøtenesta til rekningar og budsjett»: the tasks the person cannot do alone, named.
    if (
      HELP_WITH.test(text.slice(st.start, st.end)) &&
      !/(^|\s)(mye|mykje|litt|noe|noko|en del|ein del|ofte|mange)(?=[\s,.;]|$)/iu.test(text.slice(st.start, st.end))
    ) {
      st.vague = false;
      continue;
    }
    // «klarer å lese ca 30 minutter før hun «faller ut» og må reise seg og gå litt»: what the person must do when the
    // measure said earlier in the sentence is reached.
    if (/^[\s,;(–-]*(og\s+)?(så\s+|då\s+|da\s+)?(må|treng|trenger)\s/iu.test(text.slice(st.start, st.end))) {
      let before = false;
      for (let j = si - 1; j >= 0 && statements[j]!.sentence === st.sentence && !before; j--)
        before = statements[j]!.measured && !statements[j]!.demand && !statements[j]!.schedule;
      if (before && !/(^|\s)(lenge|lang|lange|langt|mye|mykje|ofte|tungt)(?=\s|$)/iu.test(text.slice(st.start, st.end))) {
        st.vague = false;
        continue;
      }
    }
    // "(ca 30 min, så må han reise seg og gå litt)": what the person does when the measure is reached.
    if (prevInSentence?.measured && sameLine && /^[\s,;(–-]*(så|då|og så)\s+(må|treng|trenger|trengs)(?=\s|$)/iu.test(text.slice(st.start, st.end))) {
      st.vague = false;
      continue;
    }
    // "skjære med kniv mer enn ca 5 min av gangen, da blir fingrene nummen og han mister grepet": what happens
    // when the measure is reached, however many clauses it takes.
    let atLimit = false;
    for (let j = si - 1; j >= 0 && statements[j]!.sentence >= st.sentence - 1 && !atLimit; j--)
      if (
        statements[j]!.measured &&
        // («held fokus i ca. 45 min; etter dette kjem påtrengjande minne og ho må ha pause».)
        (statements[j]!.sentence === st.sentence ? /^[^.\n]*?,\s*(da|så|då)\s/iu : /^\s*;\s*(etter\s+(dette|det)|deretter)\s[^.\n;]*$/iu).test(
          text.slice(statements[j]!.end, st.start + 4),
        )
      )
        atLimit = true;
    // (A vague amount of its own, «må hvile lenge», still asks how long — not the short walk that breaks the sitting:
    // «sitte ved pc 45 min om gangen, så reise seg og gå litt».)
    if (
      atLimit &&
      st.cue &&
      /(^|\s)(lenge|lang|lange|langt|mye|mykje|lite|litt|tungt|ofte|sjelden|noe|noko)(?=\s|$)/iu.test(text.slice(st.cue.start, st.cue.end)) &&
      !/(^|\s)(gå|går|ga|bevege\s+seg|beveger\s+seg|strekke\s+seg|strekker\s+seg|røre\s+seg|rører\s+seg|rusle|rusler)\s+litt(?=[\s,.;)]|$)/iu.test(
        text.slice(st.start, st.end),
      )
    )
      atLimit = false;
    if (atLimit) {
      st.vague = false;
      continue;
    }
    // «ustø på glatt underlag, så brøyting og arbeid på tak skal han ikkje gjere»: what follows from the limit, said
    // as work ruled out completely, is what the limit means in practice (not for a vague amount: «tungt» still asks).
    const next = statements[si + 1];
    if (
      next &&
      next.sentence === st.sentence &&
      next.absolute &&
      next.concrete &&
      st.cue &&
      /^[\s,;:–-]*(så|derfor|difor|og derfor|og difor)\s/iu.test(text.slice(st.end, next.start + 12)) &&
      !AMOUNT_IN_CUE.test(text.slice(st.cue.start, st.cue.end))
    ) {
      st.vague = false;
      continue;
    }
    let postureSeen: boolean | undefined;
    const namesPosture = () => (postureSeen ??= POSTURE_WORD.test(text.slice(st.start, st.end)));
    const bendsAt = (o: Statement) => o.areas.includes('mobility') && BEND_WORD.test(text.slice(o.start, o.end));
    // Stairs are climbed, not walked: «Trapper er vanskeleg» beside «går ca 200 m på flatt» asks for floors — when the
    // stairs are what the limit is about (its own words, or the short statement they stand in).
    const climbsAt = (o: Statement) => o.areas.includes('mobility') && CLIMB_WORD.test(text.slice(o.start, o.end));
    let stClimbSeen: boolean | undefined;
    const stClimbs = () => (stClimbSeen ??= climbsAt(st) && !!st.cue && (CLIMB_WORD.test(text.slice(st.cue.start, st.cue.end)) || st.end - st.start <= 40));
    // (Asked of every statement weighed against this one: worked out once.)
    let stBendSeen: boolean | undefined;
    const stBends = () => (stBendSeen ??= bendsAt(st));
    // A heading ("Kognitive vansker:") is answered by the measured list that follows it.
    // So is "må ta omsyn til at han:" by the complete restrictions listed under it.
    // («varierer funksjonsnivået fra dag til dag, men et typisk bilde er følgende:» and a list: the sentence is the
    // list's heading too.)
    // («nedsatt kraft i venstre arm (lymfødem): bærer maks 3-4 kg»: a reason in brackets before the colon.)
    // («Hvordan dette påvirker funksjon» on a line of its own: a heading that asks, with no colon, what the lines under it
    // answer.)
    if (
      /^\s*(\([^()\n]{0,60}\)\s*)?:/.test(text.slice(st.end, st.end + 66)) ||
      /^[^.!?\n]{0,80}:[ \t]*\n/.test(text.slice(st.end, st.end + 90)) ||
      (/^(hvordan|korleis|hva|kva)\s/iu.test(text.slice(st.start, st.end)) && /^[ \t]*(\n|$)/.test(text.slice(st.end, st.end + 4)))
    ) {
      let listed = false;
      for (let j = si + 1; j < statements.length && statements[j]!.sentence - st.sentence <= 6; j++) {
        const o = statements[j]!;
        if ((o.measured || o.absolute) && o.start > st.end) {
          listed = true;
          break;
        }
      }
      if (listed) {
        st.vague = false;
        continue;
      }
    }
    // «Dag 1–5 etter kur sengeliggende, de andre dagene klarer hun 2–3 t. Dette varierer for mye til at …»: «dette
    // varierer» points back at a variation the text has just measured, with nothing vague before it — no new limit.
    if (VARIES_BACK.test(text.slice(st.start, st.end))) {
      let measuredNear = false;
      let vagueBefore = false;
      for (let j = 0; j < si; j++) {
        const o = statements[j]!;
        if (o.vague) vagueBefore = true;
        if (o.measured && !o.demand && !o.schedule && st.sentence - o.sentence <= 2) measuredNear = true;
      }
      if (measuredNear && !vagueBefore) {
        st.vague = false;
        continue;
      }
    }
    // "Totalt sett: aktivitetsnivå betydelig lavere enn før sykdom, funksjonen er kartlagt over.": a summary that
    // points at the measures given in this text, above or below it.
    const around = sentenceAround(text, st.start, st.end);
    // "Samlet sett nokså redusert funksjon." after measured lines: a summary of function in general sums up the
    // measures above it.
    if ((st.generic || st.kind === 'generic') && SUMMARY.test(around)) {
      let above = false;
      for (let j = 0; j < si && !above; j++) if (statements[j]!.measured && !statements[j]!.demand && !statements[j]!.schedule) above = true;
      if (above) {
        st.vague = false;
        continue;
      }
    }
    const pointer = POINTS_AT.exec(around);
    if (pointer) {
      const up = /^(over|ovenfor|ovanfor|ovafor)$/i.test(pointer[2]!);
      let shown = false;
      // (Complete limits listed are shown too: «tar hensyn til punktene over» after «tåler ikke nattarbeid».)
      // (Not a verdict on work: «ikke i stand til å være i ordinært arbeid» shows no function.)
      for (const o of statements)
        if (
          o !== st &&
          (o.measured || o.absolute) &&
          !o.demand &&
          (o.measured || o.areas.length > 0 || o.concrete) &&
          (up ? o.end <= st.start : o.start >= st.end)
        )
          shown = true;
      if (shown) {
        st.vague = false;
        continue;
      }
    }
    // "…viser redusert arbeidsminne og tempo. I praksis betyr det at ho:" and a measured list: the finding said in
    // what the person does.
    const inPractice = IN_PRACTICE.exec(text.slice(st.end, st.end + 160));
    if (inPractice) {
      const from = st.end + inPractice[0].length;
      // («I praksis på ein kafé har ho klart 3 timar»: a work placement, «praksis» at a place — not «in practice»; what
      // was measured there answers only a limit of the same function.)
      const placement = PLACEMENT_AFTER.test(text.slice(from, from + 12));
      let shown = false;
      for (let j = si + 1; j < statements.length && statements[j]!.sentence - st.sentence <= 6; j++) {
        const o = statements[j]!;
        // (The statement may begin with the words themselves: «i praksis retter hun prøver i økter på 45 min».)
        if ((o.measured || o.absolute) && o.end > from && (!placement || o.areas.some((x) => st.areas.includes(x)))) shown = true;
      }
      if (shown) {
        st.vague = false;
        continue;
      }
    }
    // "nedsatt grepskraft (åpner melkekartong, men ikke skrulokk)": examples in brackets right after it, one of
    // them complete or measured, say how much.
    const open = /^\s*\(/.exec(text.slice(st.end, st.end + 4));
    if (open) {
      const close = text.indexOf(')', st.end);
      let shown = false;
      for (let j = si + 1; j < statements.length && close > 0 && statements[j]!.start < close; j++)
        if (statements[j]!.absolute || statements[j]!.measured) shown = true;
      // "Kan ikkje vere i rom med mykje støy (t.d. garderoben ved henting)": under a negation, an example named is
      // what is ruled out.
      // (Only of the limit right before it: «Bør ikke løfte barn for mye, og unngå mye kraftgrep (f.eks. påkledning)» still
      // asks how much lifting.)
      if (
        st.negated &&
        close > 0 &&
        /^\s*\(\s*(t\.\s?d\.|f\.\s?eks\.?|feks\.?|eks\.|som)\s/iu.test(text.slice(st.end, close)) &&
        !/,\s*(og|samt)\s/iu.test(text.slice(st.start, st.end))
      )
        shown = true;
      // "Kan ikke bøye seg ned til lave flater (toalett, gulvlister)": a height named by the things at it.
      // («lav stresstoleranse (jf. samtale)» is a low capacity, not a height.)
      if (
        st.negated &&
        close > 0 &&
        st.cue &&
        HEIGHT_WORD.test(text.slice(st.cue.start, st.cue.end)) &&
        !LOW_CAPACITY.test(text.slice(st.cue.start, st.cue.end))
      )
        shown = true;
      // («kan ikke utføre oppgaver som krever oppmerksomhet (kasse, varetelling)»: which tasks are ruled out, named in
      // the bracket — words, no amount.)
      if (st.negated && close > 0 && st.cue && TASKS_WORD.test(text.slice(st.cue.start, st.cue.end)) && !/\d/.test(text.slice(st.end, close))) shown = true;
      if (shown) {
        st.vague = false;
        continue;
      }
    }
    // "svakhet i høyre hånd – knapper og skriving med penn går ikke": the same after a dash, in its sentence.
    if (/^\s*[–—-]\s/.test(text.slice(st.end, st.end + 4))) {
      let shown = false;
      for (let j = si + 1; j < statements.length && statements[j]!.sentence === st.sentence; j++) {
        const o = statements[j]!;
        if ((o.absolute || o.measured) && !o.demand) shown = true;
        // («Ikkje kulde/fukt over tid – kan ikkje arbeide på fiskeindustri/kjølelager»: the places of work the limit
        // rules out, named.)
        if (o.negated && !o.demand && WORK_RULED_OUT.test(text.slice(o.start, o.end))) shown = true;
      }
      if (shown) {
        st.vague = false;
        continue;
      }
    }
    // A job's demand answers only a comparison with it («mindre løft» than the 10–15 kg the job asks).
    // …nor does an amount with nothing saying it is the person's limit («mye gange (ca 10 km/dag)» in a job's
    // description).
    // (An exercise test's load answers where the test stopped, in its own sentence: «… til 125 W, stoppa pga tungpust».)
    const eligible = (o: Statement) =>
      o !== st &&
      // (A treatment's days do say when none is left: «Dialysedagene … ingen arbeidskapasitet de dagene».)
      !(!o.functional && !st.negated && TREATMENT_TIME.test(text.slice(o.start, o.end))) &&
      !o.schedule &&
      !wholeDayAtWork(o) &&
      !offered(o) &&
      !(o.demand && !st.comparative) &&
      !(o.amountOnly && !st.comparative) &&
      (!measuredHereOnly(o) || (o.sentence === st.sentence && testLoadOnly(o)));
    const sharesArea = (o: Statement) => o.areas.some((x) => st.areas.includes(x));
    // Standing does not answer walking, nor the reverse — unless the statement names no posture at all
    // («begrenses av smerter i hofta»), when any measured posture answers it.
    // Nor does either answer bending, kneeling or twisting («vondt når hun skal bøye seg ned til ovnene» beside «står ca 45
    // min»): a movement of its own, with its own measure (how often, how low).
    // («Han kan stå ca 2 timer og løfte opp til 20 kg» does not answer «kan ikke gå langt»: a statement of several areas
    // whose only posture is the other one.)
    const otherPostureOnly = (o: Statement) => {
      if (!posture(st.kind) || !o.areas.includes('mobility') || !POSTURE_AMOUNT.test(text.slice(st.start, st.end))) return false;
      const ot = text.slice(o.start, o.end);
      return st.kind === 'walk' ? STAND_WORD.test(ot) && !WALK_WORD.test(ot) : WALK_WORD.test(ot) && !STAND_WORD.test(ot);
    };
    // (A posture, a bend or a climb the other statement lacks keeps it from answering, when the only area they share is
    // moving about.)
    const sharesOnlyMobility = (o: Statement) => o.areas.every((x) => x === 'mobility' || !st.areas.includes(x));
    const shared = (o: Statement) =>
      sharesArea(o) &&
      !(posture(st.kind) && posture(o.activity) && st.kind !== o.activity && o.areas.length === 1 && namesPosture()) &&
      !((otherPostureOnly(o) || (stBends() && !bendsAt(o)) || (stClimbs() && !climbsAt(o))) && sharesOnlyMobility(o));
    // The same function measured anywhere in the text answers it ("redusert finmotorikk" … "håndskriften blir
    // uleselig etter 5 min"); so does any measure for a kind of work ("lett kontorarbeid").
    const measured = st.comparative ? (comparativeIndex ??= index(false)) : (plainIndex ??= index(true));
    // «kan ikke løfte tungt» asks for kg: an hour of mopping with the same arm does not say how heavy.
    const need = st.cue ? dimensionAsked(text.slice(st.cue.start, st.cue.end)) : null;
    // Stamina is measured in time or amount of work: grip strength in kg («Jamar 22 kg») does not say how long the
    // arms last at repetitive work, nor does how many people a limit of contact names («ansvar for ei gruppe born»).
    // («Skulderen er overbelastet»: a load on a body part, which kg answer.)
    const stamina = st.areas.includes('endurance') && STAMINA_WORD.test(text.slice(st.start, st.end));
    const fits = (o: Statement) =>
      (!need || !o.measured || o.quantities.some((q) => need.includes(q.unitClass))) &&
      (!stamina ||
        !o.measured ||
        o.areas.includes('endurance') ||
        o.quantities.some((q) => q.unitClass !== 'weight' && !(q.unitClass === 'count' && PEOPLE_COUNTED.test(q.unit))));
    let answered = st.light ? measured.all.some((o) => o !== st) : false;
    // («går med hunden hver dag»: how often, with nothing of how much or how long, bounds no limit said in another
    // sentence.)
    // («3 ganger så lang tid som normalt» is how much.)
    const reaches = (o: Statement) =>
      o.sentence === st.sentence ||
      !o.quantities.length ||
      // («to barn på 8 og 11 år som bor hos henne annenhver uke»: ages measure nothing either.)
      o.quantities.some((q) => isFunctionMeasure(q) && (q.unitClass !== 'frequency' || /^\s+(så|sa)\s/iu.test(text.slice(q.end, q.end + 5))));
    // («sliten etter få timer med aktivitet»: a limit placed at an amount of its own that is vague is answered only
    // beside it, not by a measure of the same function elsewhere in the text.)
    const ownVagueAmount = OWN_VAGUE_AMOUNT.test(text.slice(st.start, st.end));
    // («Kan ikke bruke høyre arm over skulderhøyde, og har betydelig redusert kraft i armen ellers også», «Må elles ta det
    // roleg»: a limit said to reach beyond the one ruled out or measured nearby is not answered by it.)
    const beyond = /(^|\s)(ellers|elles)(?=[\s,.;]|$)/iu.test(text.slice(st.start, st.end));
    for (let a = 0; !answered && !ownVagueAmount && a < st.areas.length; a++)
      answered = !!measured.byArea.get(st.areas[a]!)?.some((o) => o !== st && shared(o) && fits(o) && reaches(o));
    // («lengre turar (3–5 døgn)», «lange økter, dvs. over 2 timer»: a quantity opening a bracket or a «dvs.» right after the
    // vague words, in the dimension they ask for, is their measure — even a length in days, which alone measures no function.)
    if (!answered && need && st.cue) {
      const m = BRACKET_OR_IE.exec(text.slice(st.cue.end, st.cue.end + 16));
      if (m) {
        const at = st.cue.end + m[0].length;
        for (let j = si + 1; !answered && j < statements.length && statements[j]!.start <= at + 12; j++)
          answered = statements[j]!.quantities.some((q) => q.start >= at && q.start - at <= 8 && need.includes(q.unitClass));
      }
    }
    // («Knestående og huking går ikke» … «mye knestående i lasterommet»: a bending movement ruled out completely
    // anywhere in the text leaves no amount of it to ask for.)
    if (!answered && stBends()) answered = statements.some((o) => o !== st && o.absolute && o.negated && bendsAt(o));
    // (So does climbing: «kan ikkje gå i stige» answers «ofte på stige».)
    if (!answered && stClimbs()) answered = statements.some((o) => o !== st && o.absolute && o.negated && climbsAt(o));
    // Otherwise a statement in the same sentence or the one next to it, on the same line or list item. A complete
    // limit answers only a vague statement about the same activity («ikke tunge løft, ikke løft over skulderhøyde»),
    // not another one that shares its area («gå i ujevnt terreng over lengre tid» beside «knestående arbeid går ikke»).
    for (let j = si - 1; !answered && j >= 0 && statements[j]!.sentence >= st.sentence - 1; j--) answered = nearby(statements[j]!);
    for (let j = si + 1; !answered && j < statements.length && statements[j]!.sentence <= st.sentence + 1; j++) answered = nearby(statements[j]!);
    // («Begrensninger knyttet til anfall kan ivaretas med tilrettelegging»: limits as the subject of their remedy point back
    // at the ones the text has described.)
    if (!answered && REMEDIED.test(text.slice(st.start, st.end))) answered = true;
    // («nedsatt fordi han trenger tett struktur, ikke pga fysiske begrensninger»: the limit named as not the cause.)
    if (!answered && NOT_BECAUSE.test(text.slice(Math.max(0, st.start - 30), st.start))) answered = true;
    // («… konsentrasjonsvanskene som påvirker arbeidsevnen, ikke fysisk funksjon»: the other kind of function, named as
    // not what limits.)
    if (!answered && NOT_THIS_KIND.test(text.slice(st.start, st.end)) && /,\s*$/.test(text.slice(Math.max(0, st.start - 3), st.start))) answered = true;
    // («Ho har ikkje klart tidspressa køyreruter med 10–12 brukarbesøk …» … «ho kan ikkje ta dei tidspressa rutene»: a
    // definite phrase that repeats the words of a limit given earlier, complete or measured, points back at it —
    // within the 30 sentences before it, which keeps a very long text's pass linear.)
    for (let j = si - 1; !answered && st.negated && j >= 0 && statements[j]!.sentence >= st.sentence - 30; j--) {
      const o = statements[j]!;
      if (o.sentence < st.sentence && (o.absolute || o.measured) && !o.demand && sharesArea(o) && repeatsDefinite(st, o, tokens)) answered = true;
    }
    // («Den gamle jobben kravde løft på 20–25 kg …» … «du toler ikkje lenger dei fysiske krava i yrket»: the demands,
    // definite, are the ones measured earlier in the text.)
    if (!answered && st.cue && DEFINITE_DEMANDS.test(text.slice(st.cue.start, st.cue.end)))
      for (let j = si - 1; !answered && j >= 0; j--) answered = statements[j]!.demand && statements[j]!.measured;
    if (answered) st.vague = false;

    function nearby(other: Statement): boolean {
      if (!eligible(other) || !fits(other)) return false;
      const gap = other.sentence - st.sentence;
      // (Its own vague amount is answered by what follows it, not by the sentence before.)
      if (ownVagueAmount && gap < 0) return false;
      // («lett nedsett finmotorikk, men skriv på tastatur utan problem»: a task in the same area done without trouble
      // says how far the limit reaches.)
      const afterMen = gap === 0 && other.start > st.end && /^[\s,;]*men\s/iu.test(text.slice(st.end, other.start + 5));
      const otherText = afterMen ? text.slice(other.start, other.end) : '';
      const unhindered =
        afterMen &&
        ((other.capacity &&
          !other.limited &&
          sharesArea(other) &&
          /\s(uten|utan)\s+(problem|problemer|problemar|vansker|vanskar|besvær|besvar|plager|plager)(?=[\s,.;]|$)/iu.test(otherText)) ||
          // («Noe engstelig ved anstrengelse, men ingen begrensning i hverdagen»: the limit denied right after it.)
          /^men\s+(ingen|inga|ikke|ikkje)\s+(begrensning|begrensninger|avgrensing|avgrensingar|innskrenkning|problem|problemer)\s+(i|for|pa|på)\s/iu.test(
            otherText,
          ) ||
          // («trøytt, men fungerer kognitivt normalt på dagtid»: the state, and the function said to be normal beside it.)
          /^(men\s+)?(fungerer|fungerar|fungerte)\s+(\p{L}+\s+)?(normalt|godt|greitt|bra|fint|som\s+før|som\s+for)(?=[\s,.;]|$)/iu.test(otherText) ||
          // («… søvnproblemer ved stress, men dette synes ikke å påvirke dagfunksjonen i dag».)
          /^men\s+(dette|det|dei|de)\s+(\p{L}+\s+){0,2}(ikke|ikkje)\s+(å\s+)?(påvirke|påvirker|påverke|påverkar|gå\s+ut\s+over|gå\s+utover|gjekk\s+ut\s+over)\s/iu.test(
            otherText,
          ));
      if (unhindered) return true;
      // («kortere skrivearbeid, ca 3 t/dag fordelt på 2 økter»: a comparative points at the measure that follows it after
      // a comma or a dash, whatever area that measure's own words name.)
      if (st.comparative && gap === 0 && other.measured && other.start >= st.end && /^\s*[,:–—-]\s*$/.test(text.slice(st.end, other.start))) return true;
      // («venstre hand er svakare, ho løftar maks 2 kg med den»: a measure of what is done «med den», the body part just
      // named, right after it.)
      if (
        gap === 0 &&
        other.measured &&
        other.start > st.end &&
        /^\s*[,;]\s*(og\s+|men\s+)?$/iu.test(text.slice(st.end, other.start)) &&
        /\s(med|i)\s+(den|denne|dei|dem|begge)\s*$/iu.test(text.slice(other.start, other.end))
      )
        return true;
      // («Kan ikke: stå på dekk i sjøgang, mister balansen»: the reason for a complete limit, given right after it.)
      if (gap === 0 && other.absolute && other.end <= st.start && sharesArea(other) && /^\s*,\s*$/.test(text.slice(other.end, st.start))) return true;
      // («vasker gulv med mopp i ca 1 time, deretter hovner fingrene og hun mister grepet»: what happens after the measured
      // amount before it — its threshold is that measure.)
      if (
        gap === 0 &&
        other.measured &&
        other.end <= st.start &&
        /^(og\s+)?(deretter|derpå|etterpå|etter\s+det|etter\s+dette)\s/iu.test(text.slice(st.start, st.end))
      )
        return true;
      // («Toler ikkje tidspress eller kundekontakt – blir forvirra og må gå heim»: what happens, after a dash, when a
      // complete limit is crossed — the state it names needs no measure of its own.)
      if (gap === 0 && other.absolute && other.negated && other.end <= st.start && st.consequence && /^\s*[–—-]\s*$/.test(text.slice(other.end, st.start)))
        return true;
      // («Kan ikke kjøre rutebuss nå – nedsatt rotasjon i nakken … og redusert kraft i hø. hånd», «Tåler ikke åpent
      // landskap – mister tråden ved støy»: after a dash, the findings behind a task ruled out completely, or what
      // happens when it is tried, are its reasons, whatever function they name.)
      // (A capacity after the dash is a statement of its own: «Les ikkje lenger bøker – klarar avisa før ho mistar tråden».)
      if (
        gap === 0 &&
        other.absolute &&
        other.negated &&
        other.concrete &&
        noCapacityVerb(st, tokens) &&
        other.end <= st.start &&
        /^\s*[–—-]\s/.test(text.slice(other.end, st.start))
      )
        return true;
      // («Kan ikkje arbeide på dekk i sjøgang (balansesvikt etter hovudskaden, fallfare)»: the finding in a bracket right
      // after work ruled out completely, at a place or as a task, is its reason — not a limit of its own in the bracket
      // («Kan ikke bruke hammer (ikke stå lenge heller)»).)
      if (
        gap === 0 &&
        st.cue &&
        !AMOUNT_IN_CUE.test(text.slice(st.cue.start, st.cue.end)) &&
        other.negated &&
        other.end <= st.start &&
        /^\s*\(\s*$/.test(text.slice(other.end, st.start)) &&
        (other.absolute || WORK_RULED_OUT.test(text.slice(Math.max(0, other.start - 8), other.end)))
      )
        return true;
      // («kjenner ikkje pedalane godt nok -> KAN IKKJE køyre buss»: an arrow to a task ruled out completely says what
      // the limit means.)
      if (gap === 0 && other.absolute && other.negated && other.start > st.end && /^\s*(->|→|=>|⇒)\s*$/.test(text.slice(st.end, other.start))) return true;
      // («nedsatt finmotorikk i venstre hånd; hun klarer ikke å kneppe knapper»: a complete limit of the same function
      // after a semicolon spells out what the limit means.)
      if (other.absolute && sharesArea(other) && other.start > st.end && /^[^.!?\n]*;[^.!?\n]*$/.test(text.slice(st.end, other.start))) return true;
      // («Bør ikkje stå meir enn 20 min i strekk; treng stol og pausar»: after a semicolon, what a measured limit before it
      // calls for — the second half of one thought, as a measure after the semicolon is.)
      if (
        (gap === 0 || gap === -1) &&
        other.measured &&
        other.end <= st.start &&
        /^[^.!?\n]*;[^.!?\n]*$/.test(text.slice(other.end, st.start)) &&
        (shared(other) || REST_CALLED.test(text.slice(st.start, st.end)))
      )
        return true;
      if (!(other.measured || (other.absolute && gap === 0 && sharesArea(other) && other.activity === st.activity && !beyond))) return false;
      if (!reaches(other)) return false;
      if (gap !== 0 && text.slice(Math.min(st.end, other.end), Math.max(st.start, other.start)).includes('\n')) return false;
      // («tåler ikke støy over tid; da hun prøvde … klarte hun kun 30 minutter»: a semicolon joins a capacity to the
      // measure that follows it, the second half of one thought.)
      const joined = gap === 0 || (gap === 1 && /^[^.!?\n]*;[^.!?\n]*$/.test(text.slice(Math.min(st.end, other.end), Math.max(st.start, other.start))));
      // («… gjør at han mister skruer, klarer ca 5 min slikt arbeid av gangen»: a measure of no area of its own that
      // points back at what the sentence has just said.)
      const pointsBack = gap === 0 && other.measured && !other.areas.length && other.start > st.start && POINTS_BACK.test(text.slice(other.start, other.end));
      // («klarer ikkje stillesitjande oppgåver over lengre tid; på kurs heldt han fokus ca 20 minutt»: after a semicolon,
      // the measure that follows is the second half of the same thought, whatever area its words name.)
      const semicolon = other.measured && other.start > st.end && /^[^.!?\n]*;[^.!?\n]*$/.test(text.slice(st.end, other.start));
      // («kan arbeide 4 timar om dagen, men … har nedsett stresstoleranse»: a limit of another function set against
      // a measure with «men» is not measured by it.)
      // (The «men» may open the limit's own statement: «Han klarar 4 t/dag på lageret, men har vanskar med konsentrasjon» —
      // not what the measured activity leads to: «går til butikken (ca 400 m), men må hvile etter det».)
      // («Redusert gangdistanse (ca 300 m …), og nedsatt konsentrasjon»: a limit of another function added with «og» after a
      // measured one, as a bare noun phrase, is a new item of the list, not measured by it.)
      const against =
        gap === 0 &&
        other.end <= st.start &&
        !sharesArea(other) &&
        (/(^|[\s,;])men\s/iu.test(text.slice(other.end, st.start)) ||
          (!st.consequence && /^men\s+((han|hun|ho|hen)\s+)?har\s/iu.test(text.slice(st.start, st.end))) ||
          (st.areas.length > 0 &&
            other.areas.length > 0 &&
            /,\s*$/.test(text.slice(other.end, st.start)) &&
            (LIST_ITEM_ADDED.test(text.slice(st.start, st.end)) ||
              // («Kan ikke stå ved kassa mer enn 1 time, …, tåler dårlig kundekontakt»: a limit of its own, with its own verb,
              // as the next item after measured limits of a bodily function.)
              (st.limited && !st.consequence && other.limited && !abstractKind(other.kind) && st.cue !== null && st.cue.start === st.start))));
      // («Løft maks 15 kg første 4 veker. Må elles ta det roleg»: a general limit said to reach beyond a measured one is not
      // answered by it.)
      return shared(other) || (abstract && joined && !against) || (st.generic && other.measured && !against && !beyond) || pointsBack || semicolon;
    }
  }
  // «kognitive utfall etter hjerneslag (juni): iflg. test redusert arbeidshukommelse og tempo. I praksis: klarer …»:
  // a limit spelt out after a colon by a limit of the same function that is answered is answered with it.
  for (let si = statements.length - 1; si >= 0; si--) {
    const st = statements[si]!;
    if (!st.vague) continue;
    for (let j = si + 1; j < statements.length && statements[j]!.sentence === st.sentence; j++) {
      const o = statements[j]!;
      if (!o.areas.some((a) => st.areas.includes(a)) && !(o.absolute && o.negated)) continue;
      // («Nedsatt grep ve.: klarer ikke knuting, sløying med kniv …»: or by limits that are complete.)
      if (((wasVague.has(o) && !o.vague) || (o.absolute && o.negated)) && text.slice(st.end, o.start).includes(':')) st.vague = false;
      break;
    }
  }
}

/** A vague amount in the underlined words («tungt», «lenge», «mye»): one a complete limit or a reason does not give. */
const AMOUNT_IN_CUE = /(^|\s)(lenge|lang|lange|langt|mye|mykje|lite|litt|tungt|tunge|ofte|sjelden|noe|noko)(?=\s|$)/iu;
/** A bracket or «dvs.» opening right after the vague words: «(», «, dvs.», «d.v.s.», «altså». */
const BRACKET_OR_IE = /^\s*(\(|,?\s*(dvs|d\.v\.s|alts[aå])\.?\s)/iu;
/** Stamina by name: how long the person lasts, what tires them, the pauses they need. */
const STAMINA_WORD =
  /(utholdenhet|uthaldenheit|uthald|utholdenheten|sliten|slit(en|ne)|trøtt|trøytt|utmatt|pause|pauser|pausar|kvile|hvile|orke|orker|orkar|utslitt|energi)/iu;
/** Needs help with tasks it names: «treng hjelp (frå X) til rekningar», «trenger bistand med innkjøp». */
const HELP_WITH =
  /^[\s,;]*(men\s+|og\s+)?(treng|trenger|trengte|trong|har\s+behov\s+for)\s+(hjelp|bistand|assistanse)\s+(\p{L}+\s+){0,3}(til|med)\s+\p{L}{4,}/iu;
/** A vague amount of time or work said as the point the limit is reached: «etter få timer», «over tid», «kort tid». */
const OWN_VAGUE_AMOUNT =
  /(^|\s)(etter|etter\s+bare|etter\s+berre|berre|bare|kun)\s+(få|nokre|noen|kort|korte)\s+(timer|timar|minutter|minutt|min|dager|dagar|tid|stund|stunder|økter|økter)(?=[\s,.;:)]|$)|(^|\s)(få|nokre|noen)\s+(timer|timar)\s+(med|av|i)\s/iu;

/** The job as a whole, as where something happens («i jobben», «på arbeidet»). */
const WHOLE_JOB_PLACE = /^(jobben|jobb|arbeidet|arbeid|stillingen|stillinga|yrket|arbeidsplassen)$/;
/** Work as such, or more or less of it: what a verdict on work («gradert arbeid er ikke realistisk») is about. */
const LIGHT_TASKS = /^(lett|lette|lettere|lettare|enkle|enklere|enklare)$/;
/** Tasks or work in general words (folded: «oppgåver» is «oppgaver»). */
const TASKS_AS_SUCH = /^(arbeid|oppgaver|arbeidsoppgaver|gjoremal|ting)$/;
/** Symptoms named as such, then listed in a bracket: «restsymptomer av depresjonen (». */
const SYMPTOMS_LISTED =
  /(^|[^\p{L}])(rest)?(symptom|symptomer|symptomene|symptoma|symptomane|plager|plagene|plagar|plagane|bivirkninger|biverknader)(\s+\p{L}+){0,3}\s*\(\s*$/iu;
/** Fit for («ikke klar for arbeid», «ikkje eigna til arbeid»). */
const FIT_FOR = /^(klar|klare|egnet|egna|eigna|skikket|skikka)$/;
/** Words that say which work in general: «ordinært», «lønnet», «noe». */
const ORDINARY_WORK = /^(ordinaert|ordinart|vanlig|vanleg|lonnet|lonna|noe|noko|nokon|noen|et|eit|ei|en|ein|na|no|enda|enno|ennå)$/;
/** The working day or time of which a part is meant («deler av dagen», «ein del av vakta»). */
const PART_OF_TIME = /^(dagen|dagane|dagene|arbeidsdagen|vakta|vakten|vaktene|skiftet|tida|tiden|uka|uken|veka|dognet|arbeidstida|arbeidstiden)$/;
const WORK_AS_SUCH =
  /^(gradert|delvis|redusert|full|fullt|heil|heilt|hel|helt|arbeid|arbeidet|jobb|jobben|jobbing|gradering|graderinga|graderingen|okning|okninga|okningen|auke|auken|opptrapping|opptrappinga|opptrappingen|retur|heltidsarbeid|deltidsarbeid|arbeidsretta|arbeidsrettet|aktivitet)$/;
/** Work at a named place or as a named job ruled out: «kan ikkje arbeide på kjølelager», «ikke jobbe som sveiser». */
const WORK_RULED_OUT = /(ikke|ikkje|aldri)\s+(arbeide|arbeida|arbeid|jobbe|jobba|jobb|vere|være)\s+(på|i|som|ved)\s+\p{L}{4,}/iu;
/** Shutting out or ruling out work: what limits already described do to the choice of jobs. */
const EXCLUDES =
  /\s(stenger|stengjer|utelukker|utelukkar|ekskluderer|hindrer|hindrar)\s+(\p{L}+\s+)?(ute\s+fra|ute\s+frå|ut\s+fra|fra|frå|fleire|flere|mange|jobber|jobbar|arbeid|yrke|yrker)/iu;
/** Stiffness that lasts a while: its length is the symptom's, not a function's. */
const STIFF = /(stivhet|stivheit|stivheten|stivheita)$/;
/** A benefit from Nav: how long one lasts says nothing of a function. («AAP» folds to «ap»: «aa» is the old «å».) */
const BENEFIT =
  /^(aap|ap|sykepenger|sykepengene|sjukepengar|sjukepengane|uforetrygd|uforetrygden|dagpenger|dagpengar|stonad|stonaden|ytelse|ytelsen|ytinga|sosialhjelp|kvalifiseringsstonad|overgangsstonad)$/;
/** «slikt arbeid», «dette», «sånne oppgåver»: words that point back at what was just said. */
const POINTS_BACK = /(^|\s)(slikt|slike|slik|sånt|sånne|sånn|dette|desse|disse|slikt)(?=[\s,.;:)]|$)/iu;

/** What a vague amount asks to be measured in: «tungt» in kg, «lenge» in time, «langt» in distance (or time). */
function dimensionAsked(cue: string): readonly Quantity['unitClass'][] | null {
  // Only of lifting and carrying: «tunge kjøretøy», «tungt renhold» name a kind of vehicle or work.
  if (/(^|\s)(tungt|tunge|tyngre|tyngste|tung)(?=\s|$|[,.])/iu.test(cue) && /(løft|lyft|loft|bær|bera|bere|baer)/iu.test(cue)) return WEIGHT;
  if (/(^|\s)(langt|lange\s+(turar|turer|avstandar|avstander|strekningar|strekninger))(?=\s|$|[,.])/iu.test(cue)) return DISTANCE;
  // («ikke lenger», no longer, asks for no time.)
  if (/(^|\s)(lenge|langvarig|langvarige|lenger|lengre)(?=\s|$|[,.])/iu.test(cue.replace(/(ikke|ikkje)\s+(lenger|lengre)/giu, ''))) return TIME;
  return null;
}
const WEIGHT: readonly Quantity['unitClass'][] = ['weight'];
const DISTANCE: readonly Quantity['unitClass'][] = ['distance', 'floors', 'time', 'period'];
const TIME: readonly Quantity['unitClass'][] = ['time', 'period', 'frequency'];

/** «kartlagt over», «som beskrevet ovenfor», «se under»: the words that point at content elsewhere in the same text. */
const POINTS_AT =
  /(^|[\s(])(?:beskrevet|beskrive|beskriven|skildra|skildret|kartlagt|kartlagd|kartlagde|nevnt|nemnt|omtalt|omtala|målt|oppgitt|oppgjeve|gjengitt|gjengjeve|jf\.?|se|sjå|punktene|punkta|punkt|begrensningene|avgrensingane|forholdene|tilhøva)\s+(over|ovenfor|ovanfor|ovafor|under|nedenfor|nedanfor)(?=[\s,.;:)]|$)/iu;
/** A sentence that sums up: «Samlet sett …», «Alt i alt …», «Oppsummert: …». */
const SUMMARY =
  /^\s*[-•*]?\s*(samlet sett|samla sett|samlet|samla|totalt sett|alt i alt|oppsummert|oppsummering|konklusjon|konklusjonen|sammenfattende|samanfattande|i sum)(?=[\s,:]|$)/iu;
/** The sentence (between full stops or line breaks) around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** The rest of a sentence, then one that explains it in practice («I praksis betyr det», «Det vil seie», «Konkret»);
 * also after a semicolon, a comma or a dash («…prosesseringshastighet; i praksis retter hun prøver i økter på 45 min»). */
const IN_PRACTICE =
  /^[^.!?;\n]{0,80}(?:[.!?:;,]|\s[–—-])\s*(i praksis|i kvardagen|i hverdagen|konkret|det vil si|det vil seie|dvs\.?|det betyr|dette betyr|det inneber|dette inneber|det innebærer|dette innebærer)(?=[\s,:]|$)/iu;
/** «på», «hos», «ved» right after «i praksis»: the placement where the person is, not «in practice». */
const PLACEMENT_AFTER = /^\s+(på|pa|hos|ved|hjå|hjaa)\s/iu;
const IMPROVE = /^(bedr|betr|frisk|okning|auke|auka|oke|opptrap|tilbake)/;
const FUTURE = /^(vil|usikk|trolig|truleg|sannsynlig|antakelig|antageligvis|forhapentlig|kan|skal|forvent|venta|ventes)/;
/** The months by name and short name («1. august», «innen 15. mars»). */
const CALENDAR_MONTHS =
  'januar februar mars april mai juni juli august september oktober november desember jan feb mar apr jun jul aug sep sept okt nov des'.split(' ');
const CALENDAR_MONTH = new Set(CALENDAR_MONTHS);
/** Months, seasons and holidays as points in time. */
const MONTHS = new Set([
  ...CALENDAR_MONTHS,
  ...'sommer sommeren sommaren jula julen paske paska pasken nyttar host hosten haust hausten var varen vinter vinteren arsskiftet skolestart ferien ferie'.split(
    ' ',
  ),
]);
/** What is planned or weighed, when a month follows it with no preposition («vurderes mars», «planlagt januar»). */
const PLANNED = /^(planlagt|planlegges|planleggast|vurderes|vurderast|forventes|forventast|ventes|ventast|aktuelt|aktuell)$/;
/** A season with its article, after «om»: every such season («om sommeren», «om vinteren»), not one ahead. */
const SEASON_HABIT = /^(sommeren|sommaren|vinteren|hosten|hausten|varen)$/;
/** A month, a season or a holiday («sommerferien», «påskeferien», «juleferia»). */
const monthLike = (f: string) => MONTHS.has(f) || (f.length > 7 && /(ferien|feria|ferie)$/.test(f));
/** A follow-up or review whose date is a time for the plan ("kontroll 12.03", "ny vurdering uke 36"). */
// («ortopedkontroll 14.06», «legetime 3. mai»: a compound names the same plan.)
// («CT-evaluering etter 3 kurer (ca 20.01)», «ny MR-undersøkelse ca 1.3»: an evaluation or a scan is a plan with a date too.)
/** A check-up or an assessment ahead, as the end of a word («ny kontroll med arbeids-EKG 20.11.»). */
const PLAN_AHEAD =
  /(kontroll|kontrollen|vurdering|vurderinga|vurderingen|time|timen|evaluering|evalueringa|evalueringen|undersokelse|undersokelsen|undersoking|undersokinga)$/;
const PLAN_NOUN = new RegExp(`^(ny|.*${PLAN_AHEAD.source})$`);
const ABOUT_MONTH = /^(ca|cirka|omkring|omtrent|tidligst|tidlegast|senest|seinast|medio|primo|ultimo)$/;
const FUTURE_PREP = new Set(['innen', 'innan', 'til', 'fra', 'fraa', 'etter', 'i', 'om', 'over', 'neste', 'for', 'ut', 'frem', 'fram', 'mot', 'ved', 'rundt']);
/** A business one runs («sauebruk», «eplegard», «eget firma»): with «driver», an occupation. */
const BUSINESS =
  /(bruk|bruket|gard|garden|gaard|gaarden|firma|firmaet|butikk|butikken|verksted|verkstedet|verkstad|verkstaden|bedrift|bedrifta|bedriften|salong|salongen|forretning|kafe|kafeen|fjos|fjoset|fjosen)$|^(eget|eige|egen|eiga)$/;
/** Followed up by a therapist («følgd opp av fysioterapeut», «oppfølging hos psykolog»). */
const FOLLOWED_UP =
  /^(folgd|folgt|fulgt|folges|folgast|fysioterapeut|fysioterapeuten|psykolog|psykologen|terapeut|terapeuten|kiropraktor|manuellterapeut|dialyse|hemodialyse|peritonealdialyse|dialysen)$/;
/** An event a rest is taken at («ved føling», «ved anfall»). */
const REST_EVENT =
  /^(foling|folingar|folinger|hypo|hypoglykemi|blodsukkerfall|anfall|anfallet|kramper|krampeanfall|feber|oppkast|infeksjon|infeksjonar|infeksjoner)$/;
/** A stance on the outlook («optimist», «positiv», «håpefull»). */
const STANCE = /^(optimist|optimistisk|optimistiske|positiv|positive|hapefull|hapefulle|hapefullt|avventende|avventande)$/;
/** Who gives a person help as a service: Nav, the doctor, a therapist («samtaler med veileder», «fastlegen følger opp»). */
const PROVIDERS =
  'veileder|veilederen|veiledar|veiledaren|nav|behandler|behandleren|behandlar|behandlaren|psykolog|psykologen|terapeut|terapeuten|fastlege|fastlegen|lege|legen';
/** Who a person has sessions with, also at the end of a compound («… med jobbspesialist», «hos AFT-arrangør»). */
const SERVICE = new RegExp(`(${PROVIDERS}|arrangor|arrangoren|mentor|mentoren|jobbspesialist|jobbspesialisten|radgiver|radgjevar)$`);
/** Who follows a person up («Fastlegen følger opp», «DPS følgjer opp»). */
const CLINICIAN = new RegExp(
  `^(${PROVIDERS}|dps|fysioterapeut|fysioterapeuten|sykepleier|sykepleieren|sjukepleiar|poliklinikken|spesialisthelsetjenesten|helsestasjonen|kommunen|ergoterapeut|ergoterapeuten)$`,
);
/** Treatment one goes to or has with someone, by its exact forms («går til kontroll», «terapi hos psykolog»). */
const ATTENDED = /^(behandling|behandlinga|behandlingen|kontroll|kontroller|kontrollar|fysioterapi|terapi|terapien|psykoterapi|samtaleterapi)$/;
const TREATMENT =
  /(behandling|behandlinga|behandlingen|terapi|terapien|kur|kurer|kurar|kuren|cellegift|cellegiften|straling|stralebehandling|medisinering|medikasjon|antibiotika|tablettar|tabletter|kjemoterapi|immunterapi|fysioterapi|opptrening|rehabilitering|kontroll|kontroller|kontrollar|oppfolging|oppfolgingsprogram|ct|mr|koloskopi|screening|cea|blodprover|blodprovar)$/;
const DECLINE = /^(ned|forverres|forverrast|forverre|verre|svekkes|svekkast|progrediere|progredierer|progredierar)$/;
const TIME_WORDS = new Set([
  'varig',
  'varige',
  'permanent',
  'permanente',
  'livsvarig',
  'livslang',
  'kortvarig',
  'midlertidig',
  'forbigaende',
  'mellombels',
  'resten',
]);

/** Time perspective: concrete times ('time') and prognosis words without a time ('cue'). */
/** A treatment word among the `span` words before token i, in the same sentence. */
function treatmentBefore(tokens: Token[], i: number, span: number): boolean {
  return wordBefore(tokens, i, span, TREATMENT);
}
/** A word matching `re` among tokens a..b («slike arbeidsplassar …», «À la carte-kjøkken … ikke aktuelt»). */
function wordIn(tokens: Token[], a: number, b: number, re: RegExp): boolean {
  for (let k = a; k < b; k++) if (re.test(tokens[k]!.f)) return true;
  return false;
}
/** A word matching `re` within `span` tokens before `i`, in its sentence. */
/** «samtidig», «parallelle», «om gangen», «samme uke» within three words of `i`, in its sentence. */
function atOnce(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= i + 3 && k < tokens.length; k++) {
    if (tokens[k]!.sent !== tokens[i]!.sent) continue;
    const f = tokens[k]!.f;
    if (/^(samtidig|samstundes|parallelle|parallelt|parallell)$/.test(f)) return true;
    if ((f === 'gangen' || f === 'gongen') && tokens[k - 1]?.f === 'om') return true;
    if (/^(dag|dagen|uke|uka|veke|veka)$/.test(f) && /^(samme|same)$/.test(tokens[k - 1]?.f ?? '')) return true;
  }
  return false;
}
/** After a negation: the self («ikke meg») or never having been ill («aldri vært syk», «aldri hatt en sykedag»). */
function notMeOrNeverIll(tokens: Token[], neg: number, b: number): boolean {
  let k = neg + 1;
  if (/^(meg|deg|seg|oss|han|henne|ho|hun)$/.test(tokens[k]?.f ?? '') && (k + 1 >= b || !(tokens[k + 1]!.k === KD.Word))) return true;
  if (!/^(aldri)$/.test(tokens[neg]!.f)) return false;
  while (k < b && /^(har|hadde|ha|vaert|vore|vert|blitt|vorte)$/.test(tokens[k]!.f)) k++;
  return (
    /^(syk|sjuk|sykmeldt|sjukmeld|sjukmeldt|sykemeldt|syke|sjuke)$/.test(tokens[k]?.f ?? '') ||
    /^(sykedag|sjukedag|sykefravaer|sjukefravaer)$/.test(tokens[k + 1]?.f ?? '')
  );
}
/** A task named as a noun of doing («golvvask», «rengjøring», «renhold»). */
const TASK_NOUN_END = /(vask|vasken|vasking|ing|inga|ingen|hold|holdet)$/;
/** «utover», «bortsett frå», «men»: an exception after what was denied. */
const EXCEPT = /^(utover|utanom|bortsett|unntatt|unnateke|men|enn)$/;
/** «ved retur», «etter retur»: the return as a point in time. */
const AT_RETURN = /^(ved|etter|fra|fraa|under)$/;
/** Verbs and conjunctions that can follow a time («i vår kan han …», «i vår eller til hausten»). */
const AFTER_TIME = /^(kan|kunne|skal|skulle|vil|ville|ma|matte|bor|burde|er|var|blir|ble|blei|vert|vart|har|hadde|eller|men|og|samt|da)$/;
/** The word after token i is a noun it owns: a word in the same sentence, not a small word, verb or conjunction. */
function ownsNext(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  return !!n && n.sent === tokens[i]!.sent && n.k === KD.Word && !STOP.has(n.f) && !AFTER_TIME.test(n.f);
}
/** The «med» after a job that is offered or found («har tilbudt en stilling … med»), or -1. */
function offeredJobWith(tokens: Token[], t0: number, t1: number): number {
  let offer = -1;
  for (let k = t0; k < t1; k++) {
    const f = tokens[k]!.f;
    if (OFFER_VERB.test(f)) offer = k;
    // (A need or a duty before the job makes it the person's limit: «bør ha en jobb med lite kundekontakt».)
    else if (/^(bor|ma|trenger|treng|trengs|behov|onsker|onskjer)$/.test(f)) offer = -1;
    else if (offer >= 0 && f === 'med' && k - offer <= 8) {
      for (let j = offer + 1; j < k; j++) if (OFFERED_JOB.test(tokens[j]!.f)) return k;
      return -1;
    }
  }
  return -1;
}
const OFFER_VERB = /^(tilbudt|tilbydd|tilbode|tilbyr|tilbyd|tilbys|tilbydast|tilbyast)$/;
const OFFERED_JOB =
  /^(stilling|stillingen|stillinga|jobb|jobben|arbeid|arbeidet|arbeidsplass|arbeidsplassen|plass|plassen|praksisplass|praksisplassen|vikariat|vikariatet)$/;
/** «enn før», «enn tidlegare», «enn kollegene» after `from` in the statement: a comparative with its own standard. */
function ownStandard(tokens: Token[], from: number, b: number): boolean {
  for (let k = from + 1; k + 1 < b && k <= from + 6; k++)
    if (
      tokens[k]!.f === 'enn' &&
      /^(for|tidligere|tidlegare|vanlig|normalt|kolleger|kollegene|kollegaene|kollegaer|andre|jevnaldrende|jamaldra)$/.test(tokens[k + 1]!.f)
    )
      return true;
  return false;
}
function wordBefore(tokens: Token[], i: number, span: number, re: RegExp): boolean {
  for (let k = i - 1; k >= i - span && k >= 0 && tokens[k]!.sent === tokens[i]?.sent; k--) if (re.test(tokens[k]!.f)) return true;
  return false;
}

/** «(har hatt smerter i 12 år) og brukt …»: a participle after «og» sharing the «har» of the clause before. */
function hadBefore(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.f !== 'og') return false;
  for (let j = k - 2; j >= 0 && j >= k - 10 && tokens[j]!.sent === tokens[k]!.sent; j--) if (/^(har|hadde)$/.test(tokens[j]!.f)) return true;
  return false;
}
/** Participles of a state or use that has lasted («har hatt», «har brukt», «har slitt med»). */
const HAD_FOR = /^(hatt|brukt|slitt|levd|lidd|plaget|plaga|merket|merka|kjent|gatt|tatt|teke)$/;
const PAST_VERB = /^(hatt|hadde|var|vart|ble|blei|vaert|vore|fikk|fekk|gikk|gjekk|startet|starta|begynte|byrja|kom|datt|skadet|skada)$/;
const AHEAD = /^(vil|skal|kan|bor|ma|forventes|forventast|venta|ventes|planlagt|planen|trolig|truleg|sannsynlig|sannsynleg|kanskje|antakelig)$/;

/** "har hatt flere oppbluss i høst", "var sjuk i sommar": a past verb earlier in the sentence, nothing ahead between. */
function pastBefore(tokens: Token[], i: number): boolean {
  const sent = tokens[i]!.sent;
  for (let k = i - 2; k >= 0 && k >= i - 8 && tokens[k]!.sent === sent; k--) {
    if (AHEAD.test(tokens[k]!.f)) return false;
    if (PAST_VERB.test(tokens[k]!.f)) return true;
    // «Menisk operert i oktober», «innlagt i mars»: what was done to the person then — unless it is still to come
    // («blir operert i oktober», «skal innleggast»).
    if (DONE_TO.test(tokens[k]!.f) && !/^(blir|bli|vert|verte|skal|planlagt|planlegges|planleggast)$/.test(tokens[k - 1]?.f ?? '')) return true;
  }
  return false;
}
const DONE_TO = /^(operert|opererte|innlagt|innlagd|diagnostisert|utskrevet|utskriven|utskrive|amputert|stralebehandlet)$/;

const WORK_SETTING =
  /(miljo|miljoer|miljoet|miljoa|lokale|lokaler|lokala|rom|avdeling|avdelinger|avdelingar|bransje|bransjer|bransjar|situasjoner|situasjonar|stillinger|stillingar|^plasser|^plassar|^steder|^stader|arbeidsplasser|arbeidsplassar|samankomstar|sammenkomster|samlingar|samlinger|tilstelningar|tilstelninger|arrangement|arrangementer|arrangementa|^fester|^festar|^selskap|^selskaper)$/;
const NAV_SUPPORT =
  /^(innsats|bistand|oppfolging|oppfolginga|oppfolgingen|oppfylging|lonnstilskudd|lonstilskot|arbeidstrening|arbeidsutproving|avklaring|tiltak|tiltaket|veiledning|rettleiing|mentor|jobbspesialist|praksisplass|laereplass|laerlingplass|formidling|jobbsoking|kurs|registrering|registreringen|registreringa|cv|cv-en|soknad|soknader|jobbsoknad|jobbsoknader|soknadsskriving)$/;
/** A course, a school or a benefit one «går på». */
const ENROLLED =
  /^(jobb|jobben|arbeid|arbeidet|\p{L}*kurs|\p{L}*kurset|\p{L}*rehab|\p{L}*rehabilitering|\p{L}*skole|\p{L}*skolen|\p{L}*skule|\p{L}*skulen|vgs|videregaende|vidaregaande|universitetet|universitet|hogskolen|hogskulen|studiet|aap|trygd|uforetrygd|sykepenger|sjukepengar|sosialhjelp|sosialstonad|dagpenger)$/u;
const ATTEND =
  /^(fysio|behandl|psykolog|psykiater|psykiatri|psyk$|lege|legen|fastlege|kontroll|samtal|terapi|terapeut|ergoterap|sykepleie|sjukepleia|helsesykepleie|helsesjukepleia|ruskonsulent|kiropraktor|manuellterapeut|dps|poliklinikk|sjukehus|sykehus|oppfolging|oppfylging|akupunktur|naprapat|osteopat)|.{3,}(behandling|behandlinga|behandlingen|terapi|terapien)$/;
const RELAPSE =
  /^(tilbakefall|tilbakefallet|residiv|residivet|anfall|anfallet|episode|episoder|episodar|forverring|forverringar|forverringer|innleggelse|innlegging)$/;
/** A relapse word within four tokens after the trigger word. */
function RELAPSE_NEAR(tokens: Token[], k: number, b: number): boolean {
  for (let j = k + 1; j < b && j <= k + 4; j++) if (RELAPSE.test(tokens[j]!.f)) return true;
  return false;
}
const CONSUMPTION = /.{3}(forbruk|forbruket|bruk|bruken|inntak|inntaket|konsum|konsumet)$/;
const RISK = /(risiko|risikoen|^fare|faren|sannsynlighet|sannsynlegheit|sjanse|sjansen|sjansane|sjansene)$/;
const BODY_PART =
  /^(tommel|tommelen|tommelfinger|tommelfingeren|finger|fingeren|fingre|fingrar|fingrene|fingrane|arm|armen|hand|handa|hanna|fot|foten|bein|beinet|legg|leggen|oye|oyet|auge|auget|ta|taa|taer|taerne)$/;
/**
 * «over tid» as «in the long run», not how long the person lasts: after getting into work («kan kome i ordinært
 * arbeid over tid») or after a share of work with no limit in the clause («40 % er trolig det hun klarer over tid»).
 */
function inTheLongRun(tokens: Token[], flags: Uint32Array, a: number, over: number): boolean {
  let share = false;
  for (let k = a; k < over; k++) {
    if (flags[k]! & (F.LIMADJ | F.DIFN | F.DIFV | F.STATE | F.NEG)) return false;
    if (tokens[k]!.k === KD.Num && tokens[k + 1]?.f === '%') share = true;
    if (COME.has(tokens[k]!.f))
      for (let j = k + 1; j < over && j <= k + 4; j++) if (WORK_GOAL.test(tokens[j]!.f) && /^(i|tilbake|ut|inn)$/.test(tokens[k + 1]!.f)) return true;
  }
  return share;
}
const REMOTE_FROM = /^(hjelp|hjelpa|hjelpen|folk|andre|kolleger|kollegaer|kollegar|sykehus|sjukehus|lege|legehjelp|helsehjelp|mobildekning)$/;
const WORK_GOAL = /^(arbeid|arbeidet|arbeidslivet|jobb|jobben|stilling|stillinga|stillingen|utdanning|skule|skole|skolen)$/;
const VIA = /^(via|gjennom|igjennom)$/;
/** A trial or an observation earlier in the clause («prøve ut», «teste», «kartleggje», «følgje med på»). */
function trialBefore(tokens: Token[], a: number, at: number): boolean {
  for (let k = Math.max(a, at - 8); k < at; k++) if (TRIAL.test(tokens[k]!.f)) return true;
  return false;
}
const TRIAL =
  /^(prove|prover|provd|provast|proves|utprove|utproving|utprovinga|utprovingen|teste|tester|testa|kartlegge|kartleggje|kartlegging|observere|observerer|observasjon)$/;
const SEEK = /^(finne|finna|soke|sokje|leite|lete|skaffe|skaffa|fa|finn|soker|sokjer)$/;
const GET_DONE = /^(fa|far|fikk|fekk|fatt|faa|faar|faatt)$/;
// («ikkje stell av tunge pasientar»: patients who need much help, a kind of care — as «tunge maskiner» is a kind of machine.)
const HEAVY_KIND =
  /^(maskin|maskiner|maskinar|maskinene|maskinane|kjoretoy|koyretoy|kjoretoyer|anleggsmaskiner|anleggsmaskinar|redskap|redskaper|kjoretoya|bil|biler|bilar|pasienter|pasientar|pasientene|pasientane|brukere|brukarar|brukerne|brukarane|andedrettsvern|andedrettsvernet|pustevern|pusteutstyr|roykdykkerutstyr|roykdykkarutstyr|verneutstyr|vernedrakt|vernedrakter|kjemikaliedrakt)$/;
/** A compound whose head is a kind of patient or user («stellepasientene», «sengepasientar»). */
const HEAVY_KIND_HEAD = /\p{L}{3,}(pasienter|pasientar|pasientene|pasientane|brukere|brukarar|brukerne|brukarane)$/u;
/** «tunge maskiner», «tungt åndedrettsvern»: heavy as a kind of machine, vehicle, patient or gear at token i. */
/** «kapasitet for møter», «kapasiteten til kundekontakt»: a general capacity whose object, two or three words on, has
 * an area of its own. */
function capacityFor(tokens: Token[], flags: Uint32Array, i: number, b: number): boolean {
  if (!/^(kapasitet|kapasiteten)$/.test(tokens[i]!.f) || !/^(for|til)$/.test(tokens[i + 1]?.f ?? '')) return false;
  for (let k = i + 2; k < b && k <= i + 4 && tokens[k]!.k === KD.Word; k++) if (flags[k]! & AREA_MASK && !(flags[k]! & F.SYMPT)) return true;
  return false;
}
function heavyKind(tokens: Token[], i: number): boolean {
  // («de tyngste stellepasientene»: the heaviest of a kind, and a compound whose head is that kind.)
  if (!/^(tung|tunge|tungt|tyngre|tyngste)$/.test(tokens[i]!.f)) return false;
  return HEAVY_KIND.test(tokens[i + 1]?.f ?? '') || HEAVY_KIND_HEAD.test(tokens[i + 1]?.f ?? '') || heavyTasksNamed(tokens, i);
}
const HEAVY_TASKS = /^(arbeids)?(oppgaver|oppgavene|oppgavane|gjoremal|gjoremala|gjoremalene|delene|delane)$/;
/**
 * «de tyngste oppgavene (moppe gymsalen, bære bøtter i trapp)»: the heavy tasks named in brackets right after, words
 * and no number — which tasks, not how heavy.
 */
function heavyTasksNamed(tokens: Token[], i: number): boolean {
  if (!HEAVY_TASKS.test(tokens[i + 1]?.f ?? '') || tokens[i + 2]?.f !== '(' || tokens[i + 3]?.k !== KD.Word) return false;
  for (let k = i + 3; k < tokens.length && k <= i + 20; k++) {
    if (tokens[k]!.f === ')') return true;
    if (tokens[k]!.k === KD.Num) return false;
  }
  return false;
}
const NOTHING_FOUND = /^(patologi|patologiske|sikre|sikker|spesielle|nye|fokale)$/;
/** What a test shows or a text says: «klare utfall», «klart funn», «klare holdepunkter». */
const CLEAR_FINDING =
  /^(utfall|funn|tegn|teikn|holdepunkt|holdepunkter|haldepunkt|symptom|symptomer|symptomar|indikasjoner|indikasjonar|patologi|avvik|sammenheng|samanheng|forbedring|betring|bedring)$/;
/** Leave or room to do something: «få lov til å», «ha mulighet til å», «få høve til å». */
const LEAVE = /^(lov|anledning|mulighet|muligheter|moglegheit|mogelegheit|hove)$/;
/** A cause named: «pga», «grunnet», «fordi», «skyldes». */
const CAUSE_WORD = /^(pga|grunnet|grunna|fordi|arsak|arsaken|arsaker|skyldes|skuldast|skyldast)$/;
/** «hos», nynorsk «hjå»: at whose place. */
const HOS = /^(hos|hja)$/;
/** Past tense of what came about: «uten at det ble stress», «utan at smertene auka». */
const HAPPENED = /^(ble|blei|vart|fikk|fekk|kom|oppsto|oppstod|okte|auka|merket|merka|kjente|trengte|trengde|matte)$/;
const NO_DAMAGE = /^(skade|skader|skadar|skadene|skadane|utfall|funn|sekvele|sekveler|restskade|restskader|restskadar)$/;
const NO_PROBLEM = /^(problem|problemer|problema|problemet|hinder|hindring|utfordring|utfordringar|utfordringer)$/;
const NIGHT = /^(natt|natta|natten|netter|netter|nettene|nettane|natt)$/;
const SICK_LISTED = /^(sykmeldt|sykemeldt|sjukmeld|sjukmeldt|sjukemeld)$/;
/** Off work otherwise: on sick leave, absent or in hospital (folded); with SICK_LISTED, how the absence history reads. */
const OFF_WORK = /^(sykmelding|sykmeldinger|sjukmelding|sjukmeldingar|fravaer|fravaeret|borte|innlagt)$/;
/** Going on in a job: «fortsette (i/som …)», «halde fram (i/som …)» with HOLD_ON before «fram». */
const CARRY_ON = /^(fortsette|fortsetje|fortsetja|fortsetta)$/;
const HOLD_ON = /^(halde|holde|halda)$/;
/** Out of work: «ute av arbeid», «borte fra jobben», «utan arbeid», «ute av arbeidslivet». */
const OUT_OF = /^(ute|borte|uten|utan)$/;
const WORK_NOUN = /^(arbeid|arbeidet|jobb|jobben|arbeidslivet|yrkeslivet)$/;
/** Past participles of working: «har jobba», «har arbeidet», «hadde drive». */
const WORKED = /^(jobbet|jobba|arbeidet|arbeidd|arbeida|drevet|drive|dreve|tjenestegjort|tenestegjort)$/;
const STATE_LASTED =
  /^(avholdende|avhaldande|rusfri|rusfritt|edru|nykter|stabil|stabilt|symptomfri|symptomfritt|anfallsfri|anfallsfritt|residivfri|residivfritt|kreftfri|tilbakefallsfri|arbeidsledig|ledig|innlagt|syk|sjuk|sykmeldt)$/;

/** «har vært …» at one of the positions `at`, or «… no/nå» after the length: a state that has lasted up to now. */
function upToNow(tokens: Token[], at: number[], after: string | undefined): boolean {
  return at.some((k) => /^(vaert|vore|vori)$/.test(tokens[k]?.f ?? '')) || /^(na|no)$/.test(after ?? '');
}

function findDurations(text: string, tokens: Token[], flags: Uint32Array, flags2: Uint32Array, quantities: Quantity[], wb: Uint32Array): Duration[] {
  const out: Duration[] = [];
  let treatmentLength = false;
  const push = (s: number, e: number, kind: Duration['kind']) => out.push({ start: s, end: e, kind, text: text.slice(s, e) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k === KD.Num && t.v <= 31 && t.v >= 1) {
      // A date (dd.mm[.yy], «1. august») after a future preposition or "kontroll/vurdering": a time for the plan.
      const month = tokens[i + 1]?.k === KD.Word ? tokens[i + 1]! : tokens[i + 1]?.f === '.' ? tokens[i + 2] : undefined;
      const numeric = text[t.e] === '.' && /^\d{1,2}\.\d{1,2}/.test(text.slice(t.s, t.e + 3));
      // («CT-evaluering … (ca 20.01)»: a date the tokenizer read as one number, with no full stop after it — a time only
      // for a plan named just before it, given roughly or as a bound; «sertralin fra 02.05» is when a treatment began.)
      const bare = !numeric && /^(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])$/.test(text.slice(t.s, t.e));
      const named = !!month && month.k === KD.Word && CALENDAR_MONTH.has(month.f) && month.s - t.e <= 2;
      if (numeric || named || bare) {
        const p = tokens[i - 1]?.f ?? '';
        // («Ny vurdering etter utskrivning, ca 1. juni», «tidligst 15.03»: a date given roughly or as a bound, for a plan
        // named earlier in the sentence.)
        const rough = ABOUT_MONTH.test(p) && (/^(tidligst|tidlegast|senest|seinast)$/.test(p) || wordBefore(tokens, i - 1, 8, PLAN_NOUN));
        // («Ny vurdering etter time hos nevrolog 15.11»: the appointment ahead named with whom, the «ny» further back.)
        const appointment = wordBefore(tokens, i, 3, /^(hos|hja)$/) && wordBefore(tokens, i, 4, PLAN_AHEAD) && wordBefore(tokens, i, 8, /^(ny|nytt|neste)$/);
        if (bare) {
          if (PLAN_NOUN.test(p) || rough || appointment) push(t.s, t.e, 'time');
          continue;
        }
        // («Ny kontroll med arbeids-EKG 20.11.»: the plan named a few words before the date.)
        const planNear = (wordBefore(tokens, i, 4, /^(ny|nytt|neste)$/) && wordBefore(tokens, i, 4, PLAN_AHEAD)) || appointment;
        // («realistisk fra ca 1. desember»: the preposition before an approximation.)
        const pa = p === '.' && tokens[i - 2]?.f === 'ca' ? i - 2 : i - 1;
        const prepAbout = /^(ca|cirka|omkring|omlag)$/.test(tokens[pa]?.f ?? '') && FUTURE_PREP.has(tokens[pa - 1]?.f ?? '');
        if (FUTURE_PREP.has(p) || PLAN_NOUN.test(p) || rough || planNear || prepAbout) push(t.s, named ? month!.e : t.e, 'time');
        if (numeric) continue;
      }
    }
    if (t.k !== KD.Word) continue;
    // Only a word of time (W_TIME) or of duration (F.DUR) is looked at below.
    if (!(wb[i]! & W_TIME) && !(flags[i]! & F.DUR)) continue;
    const f = t.f;
    // («gi mulighet for økt arbeid»: «økt», increased, folds to «okt», October.)
    if (f === 'okt' && typedWithOe(text, t)) continue;
    // "Ingen auke forventa i perioden": the period the question names.
    if ((f === 'perioden' || f === 'perioda') && /^(i|for|gjennom|innan|innen)$/.test(tokens[i - 1]?.f ?? '') && tokens[i + 1]?.k !== KD.Num) {
      push(tokens[i - 1]!.s, t.e, 'time');
      continue;
    }
    if (TIME_WORDS.has(f)) {
      push(t.s, t.e, 'time');
      continue;
    }
    // "i løpet av november", "i midten av april": a month after «av» with a part of time before it.
    if (tokens[i - 1]?.f === 'av' && monthLike(f) && /^(lopet|midten|slutten|starten|begynnelsen|byrjinga|enden|utgangen)$/.test(tokens[i - 2]?.f ?? '')) {
      push(tokens[i - 2]!.s, t.e, 'time');
      continue;
    }
    // («realistisk ca juni», «tidligst august», «medio mars»: a month given roughly, or as a bound, is a time too.)
    if (
      (FUTURE_PREP.has(tokens[i - 1]?.f ?? '') ||
        ABOUT_MONTH.test(tokens[i - 1]?.f ?? '') ||
        // («gradert oppstart vurderast feb./mars», «siste kur planlagt januar»: a month right after what is planned.)
        PLANNED.test(tokens[i - 1]?.f ?? '')) &&
      monthLike(f) &&
      !((flags2[i - 2] ?? 0) & G.HIST) &&
      !pastBefore(tokens, i) &&
      // («betre om sommaren, dårlegare om vinteren»: every summer, a habit — no point in time.)
      !(tokens[i - 1]!.f === 'om' && SEASON_HABIT.test(f)) &&
      // («følges opp i vår klinikk»: «vår» owning the noun after it is «our», not the spring.)
      !(f === 'var' && ownsNext(tokens, i))
    ) {
      // "kognitiv terapi fra januar": when a treatment starts, not when work is possible.
      // "økt Escitalopram til 20 mg fra mars": a dose just before says the same.
      const starts =
        tokens[i - 1]!.f === 'fra' && (treatmentBefore(tokens, i - 1, 4) || quantities.some((q) => q.unitClass === 'dose' && q.end <= t.s && t.s - q.end < 12));
      push(tokens[i - 1]!.s, t.e, starts ? 'cue' : 'time');
      continue;
    }
    // "de neste månedene", "dei komande vekene", "resten av livet".
    if (
      (f === 'neste' || f === 'kommende' || f === 'komande' || f === 'naermeste' || f === 'naermaste') &&
      tokens[i + 1] &&
      /^(uke|uker|ukene|veke|veker|vekene|maned|maneder|manedene|manad|manader|manadene|ar|arene|aret|halvar|halvaret|kvartal|kvartalet|tida|tiden|periode|perioden)$/.test(
        tokens[i + 1]!.f,
      )
    ) {
      // («neste uke», «neste halvår»: one named period. «de neste månedene», «den nærmeste tida»: how many is not
      // said — a prognosis without a time.)
      // (Unless the function is to decline over them, «funksjonen vil gå ned dei neste månadene»: no return to time.)
      let decline = false;
      for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k]!.sent === t.sent && !decline; k--) decline = DECLINE.test(tokens[k]!.f);
      const one = /^(uke|veke|maned|manad|ar|aret|halvar|halvaret|kvartal|kvartalet)$/.test(tokens[i + 1]!.f);
      push(t.s, tokens[i + 1]!.e, one || decline ? 'time' : 'cue');
      continue;
    }
    // "uke 46", "veke 10", "ny vurdering uke 36".
    // ("frå ca veke 26", "fra rundt uke 10": an approximation between them.)
    if ((f === 'uke' || f === 'veke') && tokens[i + 1]?.k === KD.Num) {
      // («frå ca. veke 24»: the abbreviation's full stop is a token of its own.)
      const b = tokens[i - 1]?.f === '.' && tokens[i - 2]?.f === 'ca' ? i - 2 : i - 1;
      const about = /^(ca|ca\.|cirka|omtrent|omtrentleg|rundt|omkring)$/.test(tokens[b]?.f ?? '');
      const p = tokens[about ? b - 1 : i - 1];
      if ((about && !p) || FUTURE_PREP.has(p?.f ?? '') || PLAN_NOUN.test(p?.f ?? '') || (about && /^(rundt|omkring)$/.test(tokens[b]!.f))) {
        push((p ?? tokens[i - 1]!).s, tokens[i + 1]!.e, 'time');
        continue;
      }
    }
    // «forventer ikke bedring», «ventar ikkje at behandlinga aukar arbeidsdeltakinga»: the same, the expectation denied.
    if (/^(forventer|forventar|venter|ventar)$/.test(f) && flags[i + 1]! & F.NEG) {
      let k = i + 2;
      while (k < tokens.length && k <= i + 8 && tokens[k]!.sent === t.sent && !BETTER.test(tokens[k]!.f)) k++;
      if (k < tokens.length && k <= i + 8 && tokens[k]!.sent === t.sent) {
        push(t.s, tokens[k]!.e, 'time');
        continue;
      }
    }
    if (flags[i]! & F.DUR) {
      // "kroniske smerter" names the disease; "tilstanden er kronisk" says how long it lasts.
      const n = tokens[i + 1];
      if (f.startsWith('kronisk') && n && n.k === KD.Word && n.sent === t.sent && !(flags[i + 1]! & F.AUX) && n.f !== 'og' && n.f !== 'men') continue;
      push(t.s, t.e, 'cue');
      continue;
    }
    const c = f.charCodeAt(0);
    // «Ingen forventet bedring», «inga venta betring», «ingen ytterligere bedring forventes», «Ingen endring ventes»,
    // «ingen vesentleg endring er venta»: as it is now, for good.
    if (f === 'bedring' || f === 'betring' || f === 'endring' || f === 'endringar' || f === 'endringer') {
      const none = /^(ingen|inga)$/.test(tokens[i - 1]?.f ?? '')
        ? i - 1
        : /^(ingen|inga)$/.test(tokens[i - 2]?.f ?? '') && (EXPECTS.test(tokens[i - 1]?.f ?? '') || MUCH.test(tokens[i - 1]?.f ?? ''))
          ? i - 2
          : -1;
      const after = /^(er|blir|vert|vil)$/.test(tokens[i + 1]?.f ?? '') ? i + 2 : i + 1;
      if (
        none >= 0 &&
        (EXPECTS.test(tokens[i - 1]!.f) || EXPECTS.test(tokens[after]?.f ?? '') || EXPECT.has(tokens[after]?.f ?? '') || tokens[after]?.f === 'ventet')
      ) {
        push(tokens[none]!.s, t.e, 'time');
        continue;
      }
    }
    // «… forventes ikke å endre seg», «er ikkje venta å endre seg»: the same, said with the verb.
    if ((f === 'endre' || f === 'endra') && tokens[i + 1]?.f === 'seg' && tokens[i - 1]?.f === 'a' && flags[i - 2]! & F.NEG) {
      const v = /^(forventes|forventast|ventes|ventast|forventet|forventa|venta|ventet)$/.test(tokens[i - 3]?.f ?? '') ? i - 3 : -1;
      if (v >= 0) {
        push(tokens[v]!.s, tokens[i + 1]!.e, 'time');
        continue;
      }
    }
    if ((c === 98 || c === 102 || c === 111 || c === 97 || c === 116) && IMPROVE.test(f)) {
      for (let k = i - 6; k <= i + 3; k++) {
        const o = tokens[k];
        if (!o || o.sent !== t.sent || k === i) continue;
        if (FUTURE.test(o.f)) {
          push(t.s, t.e, 'cue');
          break;
        }
      }
    }
    // "på sikt", "ny vurdering": a perspective, but no time.
    if ((f === 'sikt' && tokens[i - 1]?.f === 'pa') || (f === 'ny' && /^(vurdering|kontroll|legeerklaering)/.test(tokens[i + 1]?.f ?? '')))
      push(tokens[i - (f === 'sikt' ? 1 : 0)]!.s, (tokens[i + 1] ?? t).e, 'cue');
  }
  let ti = 0;
  for (const q of quantities) {
    if (q.unitClass !== 'period' || q.rate) continue;
    while (ti < tokens.length && tokens[ti]!.s < q.start) ti++;
    // History ("siste 6 måneder", "for 2 år siden") and routine ("hver 3. måned") are not a time perspective.
    let hist = false;
    for (let k = ti - 1; k >= ti - 3 && k >= 0; k--) {
      const f = tokens[k]!.f;
      if (flags2[k]! & G.HIST || f === 'hver' || f === 'kvar' || f === 'per' || f === 'pr') hist = true;
    }
    let te = ti;
    while (te < tokens.length && tokens[te]!.e <= q.end) te++;
    const after = tokens[te]?.f;
    if (after === 'siden' || after === 'sidan' || after === 'gammel' || after === 'gamal' || after === 'tilbake') hist = true;
    // "Pasienten er nu 63 år": an age, not a time ahead.
    if (q.unit === 'år' || /^(ar|aar)$/.test(tokens[te - 1]?.f ?? '')) {
      const p0 = tokens[ti - 1]?.f ?? '';
      const p1 = tokens[ti - 2]?.f ?? '';
      if (/^(er|var|blir|vert|fyller|fylte)$/.test(p0) || (/^(na|nu|no|snart|nesten)$/.test(p0) && /^(er|var|blir|vert)$/.test(p1))) hist = true;
      // "Kvinne 46 år", "Mann, 58 år", "24 år, cannabisavhengighet": a person's age, as a record opens.
      // («Kvinne på 45 år», «ein mann på 52 år»: the same with «på».)
      if (AGE_OF.test(p0) || ((p0 === ',' || p0 === '.' || p0 === 'pa') && AGE_OF.test(p1))) hist = true;
      // («62 år og tungt arbeid i skogen heile livet»: the age, then what the years held.)
      // (An adult's age: «1 år og 3 månader» at the start is a length.)
      if (
        (ti === 0 || tokens[ti - 1]!.sent !== tokens[ti]!.sent) &&
        (after === ',' || after === '.' || after === 'gammel' || after === 'gamal' || (after === 'og' && q.value >= 16 && q.max === undefined))
      )
        hist = true;
    }
    // "hormonbehandling i fem år", "cellegift i 6 månader": how long the treatment lasts, not when work is possible.
    let treatment = false;
    // Only a length ("i fem år", "over 6 månader"); "om 6 veker", "innan 3 månader" is a time even after a treatment.
    let p = ti - 1;
    while (
      p >= 0 &&
      (tokens[p]!.k === KD.Num || /^(ca|cirka|omlag|lag|om|inntil|opptil|\.)$/.test(tokens[p]!.f)) &&
      p >= ti - 3 &&
      !(tokens[p]!.f === 'om' && tokens[p + 1]?.f !== 'lag')
    )
      p--;
    // («begrenser arbeid ut over 6 uker», as «utover»: beyond a time, a bound ahead — no length.)
    const lengthPrep = /^(i|over|gjennom)$/.test(tokens[p]?.f ?? '') && !(tokens[p]!.f === 'over' && tokens[p - 1]?.f === 'ut');
    if (lengthPrep && treatmentBefore(tokens, ti, 7)) treatment = true;
    // "avhaldande i 4 mnd", "anfallsfri i over et år": how long a state has lasted, not a time ahead ("stabil i 3
    // mnd til", "bør være rusfri i 6 mnd" look ahead).
    if (
      lengthPrep &&
      (STATE_LASTED.test(tokens[p - 1]?.f ?? '') || STATE_LASTED.test(tokens[p - 2]?.f ?? '')) &&
      !/^(til|fremover|framover|videre|framleis|fremdeles)$/.test(after ?? '') &&
      // "når han har vore rusfri i 3 mnd": a condition ahead.
      ![p - 2, p - 3, p - 4, p - 5, p - 6].some(
        (k) => k >= 0 && /^(bor|ma|skal|vil|forventes|forventast|kan|matte|blir|bli|vert|verte|nar|naar|dersom|hvis|viss|etter)$/.test(tokens[k]!.f),
      )
    )
      hist = true;
    // («… i 2 uker til», «… i 3 mnd framover»: a length that goes on from now.)
    const goesOn = /^(til|fremover|framover|videre)$/.test(after ?? '');
    // "har nå vært sykmeldt i 39 uker", "har vore sjukmeld i 20 veker": how long the sick leave has lasted — history
    // («sykmeldt i 2 uker til», «sykmeldes i 4 uker» look ahead).
    if (
      lengthPrep &&
      (SICK_LISTED.test(tokens[p - 1]?.f ?? '') || (tokens[p - 1]?.f === '%' && SICK_LISTED.test(tokens[p - 3]?.f ?? '') && /^(na|no)$/.test(after ?? ''))) &&
      // («har vært delvis sykmeldt i 3 uker»; «Sjukemeld 100 % i 9 mnd no»: up to now.)
      upToNow(tokens, [p - 2, p - 3], after) &&
      !goesOn
    )
      hist = true;
    // «har nå vært ute av arbeid i 2 år», «har vore borte frå jobben i 8 mnd»: how long the person has been out of work,
    // history as the sick leave's length is.
    if (
      lengthPrep &&
      !goesOn &&
      WORK_NOUN.test(tokens[p - 1]?.f ?? '') &&
      [p - 2, p - 3].some((k) => OUT_OF.test(tokens[k]?.f ?? '')) &&
      upToNow(tokens, [p - 3, p - 4, p - 5], after)
    )
      hist = true;
    // "har jobba på verket i 38 år", "har arbeidet som renholder i 20 år": a working life told, history.
    if (lengthPrep && !goesOn) {
      for (let k = p - 1; k >= 0 && k >= p - 6 && tokens[k]!.sent === tokens[p]!.sent; k--)
        if (WORKED.test(tokens[k]!.f) && /^(har|hadde)$/.test(tokens[k - 1]?.f ?? '')) hist = true;
    }
    // «har hatt smerter i 12 år», «har brukt opioider i 8 år»: how long a trouble or a treatment has gone on, history.
    if (lengthPrep && !goesOn) {
      for (let k = p - 1; k >= 1 && k >= p - 5 && tokens[k]!.sent === tokens[p]!.sent; k--)
        if (HAD_FOR.test(tokens[k]!.f) && (/^(har|hadde)$/.test(tokens[k - 1]!.f) || /^(har|hadde)$/.test(tokens[k - 2]?.f ?? '') || hadBefore(tokens, k)))
          hist = true;
    }
    // "5-års overlevelse": a statistic, not a time for this person.
    if (/^(overlevelse|overleving|overlevinga|overlevelsen|overlevelsesrate)$/.test(after ?? '')) hist = true;
    if (!hist) push(q.start, q.end, treatment ? 'cue' : 'time');
    if (!hist && treatment) treatmentLength = true;
  }
  // «… smerterehabilitering 2 dager/uke i 8 uker … kan økes til ca 40 % ved programslutt»: the end of a programme whose
  // length the text gives is a time.
  if (treatmentLength) {
    const m = END_OF_PROGRAMME.exec(text);
    if (m) push(m.index + m[1]!.length, m.index + m[0].length, 'time');
  }
  // «kan starte straks arbeidsplassen er tilpasset», «tilbake med ein gong»: at once, or as soon as a condition is met.
  for (const m of text.matchAll(AT_ONCE)) push(m.index + m[1]!.length, m.index + m[0].length, 'time');
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** At once: a time («starte straks», «med en gang», «umiddelbart»), after a verb of starting or returning. */
const AT_ONCE =
  /(^|[\s(])((starte|start|begynne|byrje|byrja|tilbake|returnere|friskmeldes|friskmeldast|auke|øke|trappe\s+opp)\s+(straks|umiddelbart|med\s+en\s+gang|med\s+ein\s+gong|omgåande|omgående))(?=[\s,.;)]|$)/giu;

/** The end of a programme or a course of treatment: «ved programslutt», «etter avsluttet behandling». */
const END_OF_PROGRAMME =
  /(^|[\s(])((ved|etter|innan|innen)\s+(program|behandlings|kurs|opphalds|oppholds|rehabiliterings)slutt|(etter|ved)\s+(avslutta|avsluttet|fullført|gjennomført|gjennomførte)\s+(program|programmet|behandling|behandlinga|behandlingen|kurs|kurset|opphald|opphaldet|opphold|oppholdet|rehabilitering|rehabiliteringa|rehabiliteringen))(?=[\s,.;)]|$)/iu;

/**
 * What a text says about each function area: limited or not, measured or not, with the quantities and the
 * statements that say so. Used by the yrke palette to compare a person's limitations with a job's demands.
 */
export function limitationsByArea(
  textOrAnalysis: string | Analysis,
): Partial<Record<FunctionArea, { limited: boolean; measured: boolean; quantities: string[]; evidence: string[] }>> {
  const an = typeof textOrAnalysis === 'string' ? analyze(textOrAnalysis) : textOrAnalysis;
  const out: Partial<Record<FunctionArea, { limited: boolean; measured: boolean; quantities: string[]; evidence: string[] }>> = {};
  for (const st of an.statements) {
    if (!st.functional && !st.quantities.length) continue;
    for (const area of st.areas) {
      const e = (out[area] ??= { limited: false, measured: false, quantities: [], evidence: [] });
      if (st.limited) e.limited = true;
      for (const q of st.quantities) {
        if (!isFunctionMeasure(q)) continue;
        e.measured = true;
        if (!e.quantities.includes(q.text)) e.quantities.push(q.text);
      }
      const ev = an.text.slice(st.start, st.end);
      if (e.evidence.length < 5 && !e.evidence.includes(ev)) e.evidence.push(ev);
    }
  }
  return out;
}

/**
 * Whether a statement names, after a definite determiner («dei tidspressa rutene», «de tunge løftene»), a word of six
 * letters or more that an earlier statement has: the same thing again, pointed back at.
 */
function repeatsDefinite(st: Statement, earlier: Statement, tokens: Token[]): boolean {
  for (let i = st.t0; i < st.t1; i++) {
    if (!/^(de|dei|den|det|disse|desse)$/.test(tokens[i]!.f)) continue;
    for (let k = i + 1; k <= i + 2 && k < st.t1; k++) {
      const w = tokens[k]!;
      if (w.k !== KD.Word || w.f.length < 6) continue;
      for (let m = earlier.t0; m < earlier.t1; m++) if (tokens[m]!.f === w.f) return true;
    }
  }
  return false;
}

/** «ikkje full belastning før 6 v», «delvis vektbelastning i 4 uker», «ingen belastning»: an orthopaedic order on weight
 * bearing, followed by nothing but when it ends. */
function weightBearingOrder(tokens: Token[], a: number, b: number): boolean {
  if (periodOfLessBearing(tokens, a, b)) return true;
  let i = a;
  if (/^(ikke|ikkje)$/.test(tokens[i]?.f ?? '')) i++;
  // («Gipsa h. fot, ikkje belastning 6 veker»: no weight at all, as «ingen belastning», when the order says until when.)
  const bare = i > a && /^(vekt|stotte)?(belastning|belasting)$/.test(tokens[i]?.f ?? '');
  if (!bare && !/^(full|fullt|delvis|halv|halvt|ingen|inga)$/.test(tokens[i]?.f ?? '')) return false;
  // («Ikkje full belastning.» alone may be a load at work; the order says until when.)
  const needsTime = bare || /^(full|fullt)$/.test(tokens[i]!.f);
  if (!bare) i++;
  if (!/^(vekt|stotte)?(belastning|belasting)$/.test(tokens[i]?.f ?? '')) return false;
  if (needsTime && i + 1 >= b) return false;
  for (i++; i < b; i++) {
    const t = tokens[i]!;
    if (t.k !== KD.Word) continue;
    if (
      !/^(for|til|i|pa|fra|etter|de|dei|neste|forste|fyrste|ca|uke|uker|ukene|uka|veke|veker|vekene|veka|v|u|mnd|maneder|manader|dager|dagar|dagene|dagane|d|postop|postoperativt|op|operasjon|operasjonen|inngrepet|kontroll|kontrollen)$/.test(
        t.f,
      ) &&
      // («Ingen belastning av hø. hånd i arbeid før uke 8»: the limb the order is for, and where.)
      !WEIGHT_LIMB.test(t.f)
    )
      return false;
  }
  return true;
}

/** «deretter ca 2 uker med redusert belastning»: how long the leg bears less, said first — the whole of [a, b). */
function periodOfLessBearing(tokens: Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b && /^(deretter|saa|sa|og|ca|cirka|omtrent|i)$/.test(tokens[k]!.f)) k++;
  return (
    tokens[k]?.k === KD.Num &&
    /^(uke|uker|veke|veker|dager|dagar|dogn|mnd|maneder|manader)$/.test(tokens[k + 1]?.f ?? '') &&
    tokens[k + 2]?.f === 'med' &&
    /^(redusert|delvis|halv|halvt|lett|avlastet|avlasta)$/.test(tokens[k + 3]?.f ?? '') &&
    /^(vekt|stotte)?(belastning|belasting)$/.test(tokens[k + 4]?.f ?? '') &&
    k + 5 === b
  );
}
