/**
 * Quantities in clinical prose: "2-3 kg", "ca. 20 min", "½ time", "20. minutt", "eitt år", "50 %", "3 dager i
 * uka", "maks 3 personer", "120 plukk/t", "hele vakta". Each gets a unit class, so a statement can tell a
 * measure of its own function (kg for lifting, minutes for standing, people for social contact) from a number
 * that measures nothing about function (a percentage of a position, a date, hours of sleep).
 */
import { classify, F, NUMBER_WORDS, UNITS, type UnitClass } from './lexicon.ts';

const DOES_BEFORE =
  /^(klarer|klarar|klarte|greier|greidde|orker|orkar|orket|orka|rekker|rekk|rakk|les|leser|leste|las|skriver|skriv|skreiv|skrev|gar|gjer|gjor|gjorde|gjorde|tar|tek|tok|bretter|pakker|pakkar|plukker|plukkar)$/;
import { Kind, type Token } from './text.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Quantity extends Span {
  value: number;
  /** Upper bound of a range ("2-3 kg" → value 2, max 3). */
  max?: number;
  unit: string;
  unitClass: UnitClass;
  /** A period used as a rate ("3 dager i uka", "2 t/dag", "hver time"): a measure, not a duration. */
  rate: boolean;
  text: string;
  /** Pieces of work of any kind counted («20 rom per vakt»): a measure of its own statement, which says nothing about a
   * limit given elsewhere — the rooms a job has are not how much the person manages. */
  local?: boolean;
}

const KD = Kind;
// «full dag», «fulle dagar», «full arbeidsdag», «en hel dag»: the whole day too (not «full stilling», a share of a job).
const WHOLE = new Set(['hele', 'heile', 'heila', 'heilt', 'hel', 'heil', 'full', 'fulle']);
export const WHOLE_OF =
  /^(dagen|dag|vakta|vakten|vakt|vakta|skiftet|skift|arbeidsdagen|arbeidsdag|natta|natten|formiddagen|ettermiddagen|okta|okten|timen|uka|uken|veka|arbeidsveka|arbeidsuka|arbeidstida|arbeidstiden|dager|dagar|dagene|dagane|vakter|vaktar|vaktene|vaktane|arbeidsdager|arbeidsdagar|arbeidsdagene|arbeidsdagane)$/;
/** How a count of days or shifts was set up: «planlagte», «avtalte», «oppsatte». */
const SET_UP = /^(planlagte|planlagde|avtalte|avtalde|oppsatte|oppsette|tildelte|mulige|moglege|ordinaere|vanlege|vanlige)$/;
const GROUP = /^(gruppe|gruppa|grupper|gruppene|gruppane|team|teamet|lag|klasse|klasser)$/;
const THRESHOLD_BEFORE = new Set([
  'enn',
  'maks',
  'inntil',
  'opptil',
  'over',
  'under',
  'hoyst',
  'max',
  'maksimalt',
  '>',
  '<',
  'minst',
  'ca',
  'cirka',
  'omtrent',
  'rundt',
  'lag',
]);
/** A shift or a working day, as the period of a count of work («20 rom per vakt»). */
const SHIFT = /^(dagen|vakt|vakta|vakten|vakter|skift|skiftet|arbeidsdag|arbeidsdagen|arbeidsokt|okt|okta|okten)$/;
const PER_DEFINITE: Record<string, string> = { dagen: 'dag', uken: 'uke', veka: 'uke', vekene: 'uker', timen: 'time', maneden: 'maned', manaden: 'maned' };
/** Every so many («hvert tredje ord»): the first word of a share counted. */
const EVERY = /^(hver|hvert|kvar|kvart)$/;
/** Cold, heat and the weather outside: the words a bare temperature belongs to. */
const WEATHER =
  /^(kulde|kulda|kulden|kaldt|kalde|frost|frosten|minusgrader|kuldegrader|varme|varmen|varmt|ute|utendors|utandors|temperatur|temperaturen|temperaturar|temperaturer)$/;
/** «en», «ei», «eit»: the article, or the number one. */
const ARTICLE_ONE = /^(en|ei|et|ein|eit)$/;
/** Nouns of a fair amount after the article: «en del», «ei rekke», «en mengde». */
const VAGUE_AMOUNT_NOUN = /^(del|rekke|mengde|haug|masse|god|bunke)$/;
/** More or less of something, before «hver uke»: the pace of a change. */
const PACE = /^(mer|meir|mindre|lenger|lengre|kortere|kortare|flere|fleire|bedre|betre|verre|sterkere|sterkare)$/;
/** Days and turns of the calendar a schedule counts («turnus med hver 3. helg», «kvar 4. vakt»). */
const CALENDAR_NOUN =
  /^(helg|helga|helgen|helger|helgar|vakt|vakta|vakten|vakter|natt|natta|natten|netter|kveld|kvelden|kvelder|morgen|morgon|fredag|lordag|sondag|turnus|skift|skiftet|periode|perioden)$/;
/** Every other («annethvert ord», «annakvar dag»). */
const ALTERNATE = /^(annethvert|annenhvert|annenhver|annakvar|annakvart|annankvar|annankvart)$/;
/** The ordinal of a share, folded («tredje», «fjerde», «åttande»). */
const SHARE_ORDINAL: ReadonlyMap<string, number> = new Map([
  ['andre', 2],
  ['tredje', 3],
  ['fjerde', 4],
  ['femte', 5],
  ['sjette', 6],
  ['sjuende', 7],
  ['syvende', 7],
  ['sjuande', 7],
  ['attende', 8],
  ['attande', 8],
  ['niende', 9],
  ['niande', 9],
  ['tiende', 10],
  ['tiande', 10],
]);
const COUNT_FILLER = /^(korte|lange|sma|faste|ekstra|hele|heile|fulle|lette|tunge|ulike|nye)$/;
const PER_WORDS = new Set(['per', 'pr', 'i', 'om', 'a', 'hver', 'kvar', 'hvert', 'kvart', 'annenhver', 'annakvar']);

/** A word for muscle strength in the six tokens before i («kraft», «muskelkraft», «styrke», «parese»). */
function strengthBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (/(kraft|styrke|parese|pareser)$|^mrc$/.test(tokens[k]!.f)) return true;
  return false;
}

/** The next one («neste dag», «påfølgjande dag»), folded. */
const NEXT = /^(neste|pafolgende|paafolgende|pafolgjande)$/;

/**
 * A word findQuantities() can start a quantity at (every other word is skipped there): the words it names below and
 * the number words.
 */
export function startsQuantity(f: string): boolean {
  return (
    f === 'halvtime' ||
    f === 'halvtimen' ||
    f === 'kvarter' ||
    f === 'kvarteret' ||
    WHOLE.has(f) ||
    f === 'halve' ||
    f === 'halv' ||
    f === 'dobbelt' ||
    f === 'dobbel' ||
    f === 'halvparten' ||
    f === 'tredobbelt' ||
    f === 'resten' ||
    NEXT.test(f) ||
    MOST.test(f) ||
    f === 'kl' ||
    f === 'klokka' ||
    f === 'klokken' ||
    f === 'forste' ||
    f === 'fyrste' ||
    EVERY.test(f) ||
    ALTERNATE.test(f) ||
    NUMBER_WORDS.has(f) ||
    FLOOR_ORDINAL.has(f) ||
    f === 'en' ||
    CEFR.test(f) ||
    PRINT_SIZE.test(f)
  );
}

/** The unit of a dose («50 mg», «10 ml», «8 IE»), folded. */
export const DOSE_UNIT = /^(mg|mcg|ug|µg|ml|ie|mmol|g)$/;

/** A print size read on a near-vision chart («N8», «N24 på 25 cm»): how small a print the person can read. */
const PRINT_SIZE = /^n([5-9]|[1-4]\d)$/;

/** A language level of the common European framework («A2-nivå», «nivå B1»): a measure of the language it names. */
const CEFR = /^[abc][12](-niva|-nivaet)?$/;
const LANGUAGE = /^(norsk|norsken|engelsk|engelsken|skriftlig|skriftleg|muntlig|munnleg|niva|nivaet|pa|norskniva|norsknivaet|norskkunnskaper|norskkunnskapar)$/;

/** «mesteparten», «storparten»: most of what follows. */
const MOST = /^(mesteparten|mestedelen|storstedelen|storparten)$/;

/** Before a count of children that is the family («Gift, tre barn», «har 2 born», «mor med tre barn»). */
const FAMILY_BEFORE = /^([,.;:\n(]|og|har|hadde|gift|samboer|sambuar|mor|far|alene|aleine)$/;
/** «bor med 2 barn», «heime med tre born»: living with them. */
const LIVES_WITH = /^(bor|bur|budde|bodde|hjemme|heime|sammen|saman|enslig|einsleg)$/;
const ACUITY = /^(visus|synsstyrke|synsstyrken|synsskarphet|synsskarpheit|va)$/;
const SIDE = /^(ho|hoyre|hogre|ve|venstre|vinstre|bilat|bilateralt|begge)$/;

/**
 * Parses every quantity in the token stream, left to right. `starts` (optional): per token, `bit` set for the words
 * startsQuantity() accepts, so the others cost one read.
 */
/** «07.30», «15:45», «08.00»: hours and minutes, where the minutes are no month (00 or 13–59), so not a date. */
function isClock(s: string): boolean {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(s);
  if (!m) return false;
  const h = +m[1]!;
  const min = +m[2]!;
  return h <= 24 && (min === 0 || (min >= 13 && min <= 59));
}

export function findQuantities(text: string, tokens: Token[], starts?: Uint32Array, bit = 0): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (starts && t.k === KD.Word && !(starts[i]! & bit)) continue;
    let value = NaN;
    // «Skriftlig norsk på A2-nivå», «norsk B1»: a level, only beside the language or «nivå» (not vitamin B1).
    if (t.k === KD.Word && CEFR.test(t.f) && (t.f.includes('-') || LANGUAGE.test(tokens[i - 1]?.f ?? '') || /^niva/.test(tokens[i + 1]?.f ?? ''))) {
      out.push({ start: t.s, end: t.e, value: +t.f[1]!, unit: 'nivå', unitClass: 'count', rate: false, text: text.slice(t.s, t.e), local: true });
      continue;
    }
    // («leser kun store overskrifter, N24 på 25 cm»: the print size, written as the chart writes it, capital N and the
    // digits joined.)
    if (t.k === KD.Word && PRINT_SIZE.test(t.f) && text[t.s] === 'N' && text[t.e] !== '=') {
      out.push({ start: t.s, end: t.e, value: +t.f.slice(1), unit: 'N', unitClass: 'count', rate: false, text: text.slice(t.s, t.e) });
      continue;
    }
    // «Nedsatt syn (visus 0,2 hø / 0,25 ve)»: visual acuity measures the sight it follows.
    if (t.k === KD.Num && t.v <= 2 && (ACUITY.test(tokens[i - 1]?.f ?? '') || (ACUITY.test(tokens[i - 2]?.f ?? '') && SIDE.test(tokens[i - 1]?.f ?? '')))) {
      out.push({ start: t.s, end: t.e, value: t.v, unit: 'visus', unitClass: 'count', rate: false, text: text.slice(t.s, t.e) });
      continue;
    }
    // "nedsatt kraft i ankelen (4/5)": a muscle strength grade (MRC 0–5) measures the strength it follows.
    if (t.k === KD.Num && t.v <= 5 && tokens[i + 1]?.f === '/' && tokens[i + 2]?.k === KD.Num && tokens[i + 2]!.v === 5 && strengthBefore(tokens, i)) {
      const e = tokens[i + 2]!;
      out.push({ start: t.s, end: e.e, value: t.v, unit: 'MRC', unitClass: 'count', rate: false, text: text.slice(t.s, e.e) });
      i += 2;
      continue;
    }
    // «Antabus 400 mg x 2/veke», «50 mg × 3 per dag»: how often a dose is taken, part of the dose — no frequency of the
    // person's.
    if (
      t.k === KD.Num &&
      /^(x|×)$/.test(tokens[i - 1]?.f ?? '') &&
      (DOSE_UNIT.test(tokens[i - 2]?.f ?? '') || /^(tablett|tabletter|tablettar|tbl)$/.test(tokens[i - 2]?.f ?? ''))
    )
      continue;
    // «av 40 dagar møtte han 29», «av 12 vakter kom ho på 7»: a share of a count, the whole said first.
    if (t.k === KD.Num && tokens[i - 1]?.f === 'av' && WHOLE_OF.test(tokens[i + 1]?.f ?? '') && /^(motte|mote|kom|kome|var)$/.test(tokens[i + 2]?.f ?? '')) {
      let k = i + 3;
      if (/^(han|hun|ho|hon|pasienten|brukeren|brukaren|vedkommende|vedkomande)$/.test(tokens[k]?.f ?? '')) k++;
      if (tokens[k]?.f === 'pa' || tokens[k]?.f === 'opp') k++;
      const n = tokens[k];
      if (n?.k === KD.Num && n.sent === t.sent) {
        const a = tokens[i - 1]!;
        out.push({ start: a.s, end: n.e, value: n.v, unit: tokens[i + 1]!.f, unitClass: 'count', rate: false, text: text.slice(a.s, n.e) });
        i = k;
        continue;
      }
    }
    // «gripekraft ca 1/3 av venstre», «60 % av frisk side»: the function measured against the other side.
    if (t.k === KD.Num) {
      let j = i + 1;
      if (tokens[j]?.f === '/' && tokens[j + 1]?.k === KD.Num) j += 2;
      else if (tokens[j]?.f === '%' || tokens[j]?.f === 'prosent') j++;
      if (j > i + 1 && tokens[j]?.f === 'av' && OTHER_SIDE.test(tokens[j + 1]?.f ?? '')) {
        const last = tokens[j + 2] && /^(side|sida|siden|hand|hanna|handa|arm|armen|bein|beinet|fot|foten)$/.test(tokens[j + 2]!.f) ? j + 2 : j + 1;
        out.push({ start: t.s, end: tokens[last]!.e, value: t.v, unit: 'relativ', unitClass: 'count', rate: false, text: text.slice(t.s, tokens[last]!.e) });
        i = last;
        continue;
      }
    }
    // «dagtid 07.30–15.30»: a span of clock times with minutes no month has is the working day, a time of day.
    if (t.k === KD.Num && isClock(text.slice(t.s, t.e)) && /^[-–]$/.test(tokens[i + 1]?.f ?? '') && tokens[i + 2]?.k === KD.Num) {
      const e = tokens[i + 2]!;
      if (isClock(text.slice(e.s, e.e))) {
        out.push({ start: t.s, end: e.e, value: t.v, unit: 'kl', unitClass: 'time', rate: false, text: text.slice(t.s, e.e) });
        i += 2;
        continue;
      }
    }
    if (t.k === KD.Num) value = t.v;
    else if (t.k === KD.Word) {
      if (t.f === 'halvtime' || t.f === 'halvtimen' || t.f === 'kvarter' || t.f === 'kvarteret') {
        out.push({ start: t.s, end: t.e, value: t.f.startsWith('kvarter') ? 15 : 30, unit: 'min', unitClass: 'time', rate: false, text: text.slice(t.s, t.e) });
        continue;
      }
      // "hele dagen", "heile vakta": the whole shift is an amount of time — not as the yardstick of a comparison
      // («nedsett uthald ift. full dag», «mindre enn en hel dag»).
      if (
        WHOLE.has(t.f) &&
        tokens[i + 1] &&
        WHOLE_OF.test(tokens[i + 1]!.f) &&
        !/^(ift|til|enn|mot)$/.test((tokens[i - 1]?.f === '.' ? tokens[i - 2] : tokens[i - 1])?.f ?? '')
      ) {
        const u = tokens[i + 1]!;
        out.push({ start: t.s, end: u.e, value: 1, unit: 'hel', unitClass: 'time', rate: false, text: text.slice(t.s, u.e) });
        i++;
        continue;
      }
      // "halve dagen", "halv dag".
      if ((t.f === 'halve' || t.f === 'halv') && tokens[i + 1] && WHOLE_OF.test(tokens[i + 1]!.f)) {
        const u = tokens[i + 1]!;
        out.push({ start: t.s, end: u.e, value: 0.5, unit: 'hel', unitClass: 'time', rate: false, text: text.slice(t.s, u.e) });
        i++;
        continue;
      }
      // "dobbelt så lang tid", "halvparten så raskt", "tre ganger så lang tid": a measure relative to before.
      // («bruker ca dobbel tid på oppgåvene»: twice the time, said without «så lang».)
      if ((t.f === 'dobbelt' || t.f === 'dobbel') && tokens[i + 1]?.f === 'tid') {
        const e = tokens[i + 1]!;
        out.push({ start: t.s, end: e.e, value: 2, unit: 'relativ', unitClass: 'count', rate: false, text: text.slice(t.s, e.e) });
        i++;
        continue;
      }
      if ((t.f === 'dobbelt' || t.f === 'dobbel' || t.f === 'halvparten' || t.f === 'tredobbelt') && (tokens[i + 1]?.f === 'sa' || tokens[i + 1]?.f === 'av')) {
        const e = tokens[i + 2] ?? tokens[i + 1]!;
        out.push({ start: t.s, end: e.e, value: t.f === 'halvparten' ? 0.5 : 2, unit: 'relativ', unitClass: 'count', rate: false, text: text.slice(t.s, e.e) });
        i += 2;
        continue;
      }
      // «neste dag går med til hvile», «sover heile påfølgjande dag»: the whole next day, as «resten av dagen» is the
      // rest of this one.
      // (Only as how long the rest lasts: the whole of it, or what it goes to, or what is done in it — «forverring neste
      // dag», «restituert til neste dag» say when.)
      if (
        NEXT.test(t.f) &&
        /^(dag|dagen)$/.test(tokens[i + 1]?.f ?? '') &&
        (/^(hele|heile|heila)$/.test(tokens[i - 1]?.f ?? '') ||
          (/^(gar|gjekk|gikk)$/.test(tokens[i + 2]?.f ?? '') && tokens[i + 3]?.f === 'med') ||
          /^(hvile|hviler|kvile|kviler|kvilar|sove|sover|sov|ligge|ligger|ligg|ligga)$/.test(tokens[i - 1]?.f ?? ''))
      ) {
        const e = tokens[i + 1]!;
        out.push({ start: t.s, end: e.e, value: 1, unit: 'resten', unitClass: 'time', rate: false, text: text.slice(t.s, e.e) });
        i++;
        continue;
      }
      // "resten av dagen": the whole rest of the day.
      if (t.f === 'resten' && tokens[i + 1]?.f === 'av' && tokens[i + 2] && WHOLE_OF.test(tokens[i + 2]!.f)) {
        const e = tokens[i + 2]!;
        // (Its own unit: «trenger hvile resten av dagen» says how long the rest lasts, where «en hel dag» is a demand.)
        out.push({ start: t.s, end: e.e, value: 1, unit: 'resten', unitClass: 'time', rate: false, text: text.slice(t.s, e.e) });
        i += 2;
        continue;
      }
      // «står mesteparten av dagen», «storparten av vakta»: most of the day is an amount of time, as the whole day is.
      if (MOST.test(t.f) && tokens[i + 1]?.f === 'av' && tokens[i + 2] && WHOLE_OF.test(tokens[i + 2]!.f)) {
        const e = tokens[i + 2]!;
        out.push({ start: t.s, end: e.e, value: 0.75, unit: 'hel', unitClass: 'time', rate: false, text: text.slice(t.s, e.e) });
        i += 2;
        continue;
      }
      // "fungerer fra ca kl 9", "sliten etter kl. 14": a time of day is where a state begins or ends.
      if (t.f === 'kl' || t.f === 'klokka' || t.f === 'klokken') {
        let k = i + 1;
        if (tokens[k]?.f === '.') k++;
        const n = tokens[k];
        if (n && n.k === KD.Num && n.v <= 24) {
          out.push({ start: t.s, end: n.e, value: n.v, unit: 'kl', unitClass: 'time', rate: false, text: text.slice(t.s, n.e) });
          i = k;
          continue;
        }
      }
      // "den første timen etter et anfall", "dei fyrste dagane": the first unit of time, a measure of one.
      if ((t.f === 'forste' || t.f === 'fyrste') && tokens[i + 1]) {
        const u = tokens[i + 1]!;
        const un = UNITS.get(u.f);
        if (un && un.cls === 'time') {
          out.push({ start: t.s, end: u.e, value: 1, unit: un.unit, unitClass: 'time', rate: false, text: text.slice(t.s, u.e) });
          i++;
          continue;
        }
      }
      // "hver time", "kvar time", "annenhver dag": a rate without a number.
      if ((EVERY.test(t.f) || t.f === 'annenhver') && tokens[i + 1]) {
        const u = tokens[i + 1]!;
        const un = UNITS.get(u.f);
        // («klarer litt meir kvar veke», «går lenger for hver dag»: the pace of a change, no amount done how often.)
        const pace = PACE.test(tokens[i - 1]?.f ?? '') || (tokens[i - 1]?.f === 'for' && PACE.test(tokens[i - 2]?.f ?? ''));
        if (un && (un.cls === 'time' || un.cls === 'period') && !pace) {
          out.push({ start: t.s, end: u.e, value: 1, unit: un.unit, unitClass: 'frequency', rate: true, text: text.slice(t.s, u.e) });
          i++;
          continue;
        }
      }
      // («oppfatter ca hvert tredje ord», «høyrer annakvart ord»: a share of what is said or done, counted; «hvile hver tredje
      // dag»: how often, as «hver dag» is. «annakvar veke» is left as before — a treatment's rate most often.)
      if (EVERY.test(t.f) || ALTERNATE.test(t.f)) {
        const every = EVERY.test(t.f);
        const nth = every ? SHARE_ORDINAL.get(tokens[i + 1]?.f ?? '') : 2;
        const u = tokens[i + (every ? 2 : 1)];
        const un = u ? UNITS.get(u.f) : undefined;
        const when = !!un && (un.cls === 'time' || un.cls === 'period');
        if (nth && u && u.k === KD.Word && u.sent === t.sent && (every || !when)) {
          if (when) out.push({ start: t.s, end: u.e, value: 1 / nth, unit: un!.unit, unitClass: 'frequency', rate: true, text: text.slice(t.s, u.e) });
          else out.push({ start: t.s, end: u.e, value: 1 / nth, unit: 'andel', unitClass: 'count', rate: false, text: text.slice(t.s, u.e) });
          i += every ? 2 : 1;
          continue;
        }
      }
      // («framande må be han gjenta ca kvar 3.-4. setning», «hver 5. kunde»: a share counted by an ordinal in figures,
      // as «hvert tredje ord» is — not when the noun is a time, which stays as it was.)
      if (EVERY.test(t.f) && tokens[i + 1]?.k === KD.Num && tokens[i + 2]?.f === '.') {
        let j = i + 3;
        if ((tokens[j]?.f === '-' || tokens[j]?.f === '–') && tokens[j + 1]?.k === KD.Num && tokens[j + 2]?.f === '.') j += 3;
        const u = tokens[j];
        const un = u ? UNITS.get(u.f) : undefined;
        const nth = tokens[i + 1]!.v;
        if (u && u.k === KD.Word && u.sent === t.sent && !/\p{Lu}/u.test(text[u.s] ?? '') && !un && !CALENDAR_NOUN.test(u.f) && nth >= 2) {
          out.push({ start: t.s, end: u.e, value: 1 / nth, unit: 'andel', unitClass: 'count', rate: false, text: text.slice(t.s, u.e) });
          i = j;
          continue;
        }
      }
      const w = NUMBER_WORDS.get(t.f);
      if (w !== undefined) value = w;
      // («går opp til tredje etasje før han må hvile»: the floor reached, as «3. etasje» is.)
      const floor = FLOOR_ORDINAL.get(t.f);
      if (floor !== undefined && /^(etasj|etg)/.test(tokens[i + 1]?.f ?? '')) value = floor;
      // "én person", "eín": accented article.
      if (t.f === 'en' && text[t.s] === 'é') value = 1;
    }
    if (Number.isNaN(value)) continue;
    let j = i + 1;
    let max: number | undefined;
    const sep = tokens[j];
    if (sep && (sep.f === '-' || sep.f === '–' || sep.f === 'til') && tokens[j + 1]?.k === KD.Num) {
      max = tokens[j + 1]!.v;
      j += 2;
    } else if (
      sep &&
      (sep.f === '-' || sep.f === '–') &&
      t.k !== KD.Num &&
      sep.s === t.e &&
      NUMBER_WORDS.has(tokens[j + 1]?.f ?? '') &&
      tokens[j + 1]!.s === sep.e
    ) {
      // «to–tre dagar»: a range of number words.
      max = NUMBER_WORDS.get(tokens[j + 1]!.f);
      j += 2;
    }
    // «15+ personer»: at least.
    if (tokens[j]?.f === '+' && tokens[j + 1]?.k === KD.Word) j++;
    // "20. minutt": ordinal point before the unit.
    // («… 04.03. Samtaler hver 2. uke»: a capital after the point starts a new sentence; a date is no ordinal.)
    const ordinal = tokens[j]?.f === '.' && tokens[j + 1]?.k === KD.Word && !/\p{Lu}/u.test(text[tokens[j + 1]!.s] ?? '') && !/[.:]/.test(text.slice(t.s, t.e));
    if (ordinal) j++;
    // «7. trinn» is a school year, no steps climbed.
    if (ordinal && tokens[j]!.f === 'trinn') continue;
    let u = tokens[j];
    let unit = u && u.k !== KD.Num ? UNITS.get(u.f) : undefined;
    // "2 g siste mnd", "3 g hver uke": «g» for «ganger» before a period (a dose in grams is «1 g x 3», «2 g per dag»).
    if (!unit && u?.f === 'g' && /^(siste|forrige|sist|hver|kvar)$/.test(tokens[j + 1]?.f ?? '')) unit = UNITS.get('ganger');
    // One filler word: "1 hel time", "2 faste personer", "3 ulike oppgaver", "10 lette kolli".
    if (!unit && u && u.k === KD.Word && tokens[j + 1]) {
      const u2 = UNITS.get(tokens[j + 1]!.f);
      // («vansker med å følge opp et lite barn og jobb»: the article and a size, not a count.)
      const sized = /^(en|ei|et|ein|eit)$/.test(t.f) && /^(lite|liten|lita|litle|stor|stort|stora)$/.test(u.f);
      // («en del løft», «ei rekke oppgåver»: a fair amount, said with the article — no count.)
      const vagueAmount = ARTICLE_ONE.test(t.f) && VAGUE_AMOUNT_NOUN.test(u.f);
      if (
        u2 &&
        !sized &&
        !vagueAmount &&
        (u2.cls === 'count' ||
          /^(hel|heil|hele|heile|fulle|halv|halvt|kjente|faste|ulike|nye|ukjente|fremmede|lette|tunge|sammenhengende|samanhengande)$/.test(u.f))
      ) {
        j++;
        u = tokens[j];
        unit = u2;
      }
    }
    // "3–4 per dag", "2 pr. uke", "4 i uka": a count per period with no unit of its own.
    // («panikkanfall ved kundekontakt, ca 2/veke»: the slash for «per».)
    if (!unit && u && (PER_WORDS.has(u.f) || (u.f === '/' && u.s === t.e)) && u.f !== 'a' && tokens[j + 1]) {
      let k = j + 1;
      if (tokens[k]!.f === '.') k++;
      // («4–5 om dagen», «2 i veka»: the definite form after «om»/«i».)
      const per = tokens[k] ? UNITS.get(PER_DEFINITE[tokens[k]!.f] ?? tokens[k]!.f) : undefined;
      if (per && (per.cls === 'period' || per.cls === 'time')) {
        out.push({ start: t.s, end: tokens[k]!.e, value, max, unit: 'ganger', unitClass: 'frequency', rate: true, text: text.slice(t.s, tokens[k]!.e) });
        i = k;
        continue;
      }
    }
    // «i 1-timesøkter», «30-minutters pauser»: the number joined to a time unit in a compound's first half.
    if (!unit && u && u.f === '-' && u.s === t.e && t.k === KD.Num) {
      const c = tokens[j + 1];
      const m = c && c.s === u.e && c.k === KD.Word ? /^(times|timers|timars|minutters|minuttars|minutts|min)/.exec(c.f) : null;
      if (m) {
        out.push({
          start: t.s,
          end: c!.e,
          value,
          max,
          unit: m[1]!.startsWith('min') ? 'min' : 't',
          unitClass: 'time',
          rate: false,
          text: text.slice(t.s, c!.e),
        });
        i = j + 1;
        continue;
      }
    }
    // "3 undervisningstimer", "2 skuletimar", "4 arbeidstimar": a compound that ends in a time unit.
    if (!unit && u && u.k === KD.Word && u.f.length > 8 && !u.f.startsWith('halv') && /(timer|timar|time|minutter|minuttar)$/.test(u.f)) {
      out.push({ start: t.s, end: u.e, value, max, unit: 't', unitClass: 'time', rate: false, text: text.slice(t.s, u.e) });
      i = j;
      continue;
    }
    // "5 av 8 arbeidsdagar", "3 av 4 vakter": a share of a count.
    if (!unit && u && u.f === 'av' && tokens[j + 1]?.k === KD.Num && tokens[j + 2]?.k === KD.Word) {
      // («4 av 9 planlagte halvdagar»: what was counted comes after the word for how it was set up.)
      const e = SET_UP.test(tokens[j + 2]!.f) && tokens[j + 3]?.k === KD.Word ? tokens[j + 3]! : tokens[j + 2]!;
      out.push({ start: t.s, end: e.e, value, unit: e.f, unitClass: 'count', rate: false, text: text.slice(t.s, e.e) });
      i = e === tokens[j + 2] ? j + 2 : j + 3;
      continue;
    }
    // («kan ikke arbeide ute når det er under -5», «ikkje i kulde under minus 10»: a temperature, the degrees left
    // out, after a threshold and a minus in a sentence about cold or heat.)
    if (!unit && t.k === KD.Num && (!u || u.k !== KD.Word)) {
      const minus = /^(-|–|minus)$/.test(tokens[i - 1]?.f ?? '') ? 1 : 0;
      if (minus && /^(under|over|ned|enn|til)$/.test(tokens[i - 2]?.f ?? '')) {
        let weather = false;
        for (let k = i - 3; k >= 0 && k >= i - 14 && tokens[k]!.sent === t.sent; k--) if (WEATHER.test(tokens[k]!.f)) weather = true;
        if (weather) {
          out.push({
            start: tokens[i - 1]!.s,
            end: t.e,
            value: -value,
            unit: 'grader',
            unitClass: 'temperature',
            rate: false,
            text: text.slice(tokens[i - 1]!.s, t.e),
          });
          continue;
        }
      }
    }
    // «arbeide i grupper på meir enn 5», «team på inntil 4»: the size of a group of people, its unit left out.
    if (!unit && t.k === KD.Num) {
      // («meir enn 5», «flere enn 4»: two words of threshold.)
      const th =
        tokens[i - 1]?.f === 'enn' && /^(mer|meir|flere|fleire)$/.test(tokens[i - 2]?.f ?? '') ? 2 : THRESHOLD_BEFORE.has(tokens[i - 1]?.f ?? '') ? 1 : 0;
      if (tokens[i - 1 - th]?.f === 'pa' && GROUP.test(tokens[i - 2 - th]?.f ?? '') && (!u || u.k === KD.Punct)) {
        out.push({ start: t.s, end: t.e, value, max, unit: 'personer', unitClass: 'count', rate: false, text: text.slice(t.s, t.e) });
        continue;
      }
    }
    // "mer enn 2 oppgaver", "maks 3 prosjekter", "fleire enn 6 personar": a threshold on a count of anything.
    // («ca. 8 pkt», «maks. 3 oppgaver»: past the abbreviation's full stop.)
    const before = tokens[i - 1]?.f === '.' ? tokens[i - 2] : tokens[i - 1];
    // («kona har tatt over en del»: the article of a fair amount, after a particle, is no count of one.)
    if (
      !unit &&
      u &&
      u.k === KD.Word &&
      (t.k === KD.Num || NUMBER_WORDS.has(t.f)) &&
      THRESHOLD_BEFORE.has(before?.f ?? '') &&
      u.f.length > 2 &&
      !(ARTICLE_ONE.test(t.f) && VAGUE_AMOUNT_NOUN.test(u.f))
    ) {
      out.push({ start: t.s, end: u.e, value, max, unit: u.f, unitClass: 'count', rate: false, text: text.slice(t.s, u.e) });
      i = j;
      continue;
    }
    // "klarar ei avisside før ho mistar tråden", "leser 2 sider før hodepinen kommer": a count done before the limit
    // sets in.
    if (
      !unit &&
      u &&
      u.k === KD.Word &&
      u.f.length > 2 &&
      DOES_BEFORE.test(tokens[i - 1]?.f ?? '') &&
      tokens[j + 1] &&
      text.slice(tokens[j + 1]!.s, tokens[j + 1]!.e).toLowerCase() === 'før'
    ) {
      out.push({ start: t.s, end: u.e, value, max, unit: u.f, unitClass: 'count', rate: false, text: text.slice(t.s, u.e) });
      i = j;
      continue;
    }
    // «vasker ca 20 rom per vakt», «15 hus om dagen»: pieces of work of any kind counted per period or shift; «en
    // redusert rute på 8–10 rom», «rute med 5–6 boliger»: the size of a round of work, estimated as a range.
    // («1 samtale i uka» on ARA is a treatment; «3 sykmeldingsperioder i år» the history, this year — not per year.)
    // («2 korte pausar per skift»: a word of size or kind between the count and what is counted.)
    const filler = !unit && !!u && COUNT_FILLER.test(u.f) && tokens[j + 1]?.k === KD.Word;
    const cj = filler ? j + 1 : j;
    const cu = tokens[cj];
    if (
      !unit &&
      cu &&
      cu.k === KD.Word &&
      t.k === KD.Num &&
      cu.f.length > 2 &&
      !/^(ganger|gonger|gang|gong|samtale|konsultasjon|konsultasjonar|konsultasjoner|time|timar|behandling|behandlingar|behandlinger|okt|okter)$/.test(cu.f) &&
      !/periode|perioder|perioden/.test(cu.f) &&
      !(tokens[cj + 1]?.f === 'i' && /^(ar|fjor)$/.test(tokens[cj + 2]?.f ?? '')) &&
      // («3 anfall i veka»: a symptom counted, not work.)
      !(classify(cu.f) & F.SYMPT) &&
      // («transfusjonsavhengig (2 SAG/uke)»: a treatment's units counted, no work.)
      !TREATMENT.test(tokens[i - 1]?.f ?? '') &&
      !TREATMENT.test(tokens[i - 2]?.f ?? '')
    ) {
      const p1 = tokens[cj + 1];
      const p2 = tokens[cj + 2];
      const per = p2 ? UNITS.get(p2.f) : undefined;
      const perPeriod =
        !!p1 && !!p2 && (PER_WORDS.has(p1.f) || (p1.f === '/' && p1.s === cu.e)) && ((per && (per.cls === 'period' || per.cls === 'time')) || SHIFT.test(p2.f));
      const sizeOf =
        !filler &&
        max !== undefined &&
        /^(pa|med)$/.test(tokens[i - 1]?.f ?? '') &&
        tokens[i - 2]?.k === KD.Word &&
        (!p1 || p1.k !== KD.Word || /^(pa|i|om|per|pr|for|til|hver|kvar)$/.test(p1.f));
      if (perPeriod || sizeOf) {
        const e = perPeriod ? p2! : cu;
        out.push({ start: t.s, end: e.e, value, max, unit: cu.f, unitClass: 'count', rate: perPeriod, text: text.slice(t.s, e.e), local: true });
        i = perPeriod ? cj + 2 : cj;
        continue;
      }
    }
    if (!unit || !u) continue;
    // A bare number word only counts when directly followed by its unit, and «en» not as an article before
    // frequency words ("en gang" is fine, "en gang i blant" is not a measure).
    // («én etasje», «éin kasse», «eitt løft»: stressed, the word is the number one, never the article.)
    if (
      t.k === KD.Word &&
      (t.f === 'en' || t.f === 'ei' || t.f === 'ein' || t.f === 'et' || t.f === 'eit') &&
      !/^(én|éin|éi|ett|eitt)$/i.test(text.slice(t.s, t.e)) &&
      // («klarer ei etasje trapp», «går en etasje før han må hvile»: a floor climbed is one floor, article or not.)
      !/^etasj/.test(u.f) &&
      unit.cls !== 'time' &&
      unit.cls !== 'count' &&
      !(unit.cls === 'frequency' && tokens[j + 1] && PER_WORDS.has(tokens[j + 1]!.f))
    )
      continue;
    // "Gift, tre barn", "har 2 born": the family, not a count of work ("passer 5 barn", "ansvar for 20 barn").
    // («samlingsstund med 15 born» is work; «mor med tre barn», «bur med 2 born» the family.)
    if (
      unit.unit === 'barn' &&
      (!tokens[i - 1] ||
        FAMILY_BEFORE.test(tokens[i - 1]!.f) ||
        (tokens[i - 1]!.f === 'med' && (!tokens[i - 2] || FAMILY_BEFORE.test(tokens[i - 2]!.f) || LIVES_WITH.test(tokens[i - 2]!.f))))
    )
      continue;
    // "x" only as a multiplier after a number: "2x/uke", "3 x 20 min".
    if (u.f === 'x' && t.k !== KD.Num) continue;
    let end = u.e;
    let rate = false;
    // Rates: "3 dager i uka", "2 t/dag", "4 t pr dag", "3 gonger i veka", "120 plukk/t".
    const n1 = tokens[j + 1];
    const n2 = tokens[j + 2];
    if (n1 && n2 && (n1.f === '/' || PER_WORDS.has(n1.f)) && UNITS.get(n2.f) && (UNITS.get(n2.f)!.cls === 'period' || UNITS.get(n2.f)!.cls === 'time')) {
      rate = true;
      end = n2.e;
      j += 2;
    } else if (unit.cls === 'frequency' && n1 && (n1.f === 'daglig' || n1.f === 'dagleg' || n1.f === 'ukentlig' || n1.f === 'ukentleg')) {
      rate = true;
      end = n1.e;
      j++;
    } else if (unit.cls === 'period' && n1 && (n1.f === 'x' || n1.f === '×') && tokens[j + 2]?.k === KD.Num) rate = true;
    else if (unit.cls === 'period' && tokens[i - 1] && (tokens[i - 1]!.f === 'x' || tokens[i - 1]!.f === '×')) rate = true;
    // "(< 1 dag)", "> 2 dager": a limit expressed in days measures the function it limits («ikke i overskuelig fremtid
    // (>12 mnd)»: in months or years, a time ahead).
    else if (unit.cls === 'period' && tokens[i - 1] && (tokens[i - 1]!.f === '<' || tokens[i - 1]!.f === '>') && !/^(mnd|år|uker)$/.test(unit.unit))
      rate = true;
    // "ca 10 % lengre tid enn kollegene", "20 % lavere tempo": a share of the person's own pace, not of a position.
    if (unit.cls === 'percent' && RELATIVE_AFTER_PERCENT.test(tokens[j + 1]?.f ?? '')) {
      out.push({ start: t.s, end: tokens[j + 1]!.e, value, max, unit: 'relativ', unitClass: 'count', rate, text: text.slice(t.s, tokens[j + 1]!.e) });
      i = j + 1;
      continue;
    }
    // «pakker ca 60 % av normtall», «70 % av vanlig tempo», «halve produksjonen av kollegene»: a share of what is
    // expected of the work, not of a position («60 % av normal arbeidstid» stays a position) nor a test value
    // («FEV1 62 % av forventet»: «forventet» only with the work it expects, «av forventet tempo»).
    if (unit.cls === 'percent' && tokens[j + 1]?.f === 'av' && ofTheNorm(tokens[j + 2]?.f ?? '', tokens[j + 3]?.f ?? '')) {
      const last = NORM_WORD.test(tokens[j + 2]!.f) ? j + 2 : j + 3;
      out.push({ start: t.s, end: tokens[last]!.e, value, max, unit: 'relativ', unitClass: 'count', rate, text: text.slice(t.s, tokens[last]!.e) });
      i = last;
      continue;
    }
    // («kapsaicinplaster (8 %)», «hydrokortisonkrem 1 %»: the strength of a medicine, a dose — no share of a position.)
    if (unit.cls === 'percent') {
      const before = tokens[i - 1]?.f === '(' ? tokens[i - 2]?.f : tokens[i - 1]?.f;
      if (MEDICINE_FORM.test(before ?? '')) {
        out.push({ start: t.s, end, value, max, unit: unit.unit, unitClass: 'dose', rate, text: text.slice(t.s, end) });
        i = j;
        continue;
      }
    }
    // «går til fysioterapi 2 gonger i veka»: how often a treatment is given, not how much the person manages.
    if (unit.cls === 'frequency' && (TREATMENT.test(tokens[i - 1]?.f ?? '') || TREATMENT.test(tokens[i - 2]?.f ?? ''))) {
      i = j;
      continue;
    }
    // «har hatt 4 samtaler med psykolog»: treatment sessions counted, not contact with people.
    if (unit.unit === 'samtaler' && /^(med|hos|pa|ved)$/.test(tokens[j + 1]?.f ?? '') && TREATER.test(tokens[j + 2]?.f ?? '')) {
      i = j;
      continue;
    }
    // «har prøvd 3 ganger», «operert 2 ganger»: attempts and events counted, a history and not how much the person manages.
    // («skulderluksasjon venstre side (3 ganger)»: a bare count in brackets after what happened counts the events too.)
    if (
      unit.cls === 'frequency' &&
      !rate &&
      (ATTEMPTED.test(tokens[i - 1]?.f ?? '') || /luksasjon(ar|er)?$/.test(tokens[i - 1]?.f ?? '') || (tokens[i - 1]?.f === '(' && tokens[j + 1]?.f === ')'))
    ) {
      i = j;
      continue;
    }
    // «Vektreduksjon 42 kg siden operasjonen», «har gått ned 15 kg»: the body's weight, like a dose or a lab value, no
    // load the person handles.
    let cls = unit.cls;
    if (unit.unit === 'kg')
      for (let k = i - 1; k >= i - 3 && k >= 0; k--)
        if (BODY_WEIGHT.test(tokens[k]!.f) || (/^(ned|opp)$/.test(tokens[k]!.f) && /^(gatt|gikk|gjekk|gaatt|gar)$/.test(tokens[k - 1]?.f ?? ''))) cls = 'dose';
    // «stivhet om morgenen ca 1 time», «morgenstivhet som varer 2 t»: how long the stiffness lasts, a symptom's measure
    // like a lab value — nothing the person manages.
    if (cls === 'time' && !rate)
      for (let k = i - 1; k >= i - 5 && k >= 0 && tokens[k]!.k !== KD.Punct; k--)
        if (STIFFNESS.test(tokens[k]!.f)) {
          cls = 'dose';
          break;
        }
    // «det er et par timer inn til land», «3 t til nærmeste sjukehus», «45 min unna»: how far a place is, the situation
    // the person is in — no amount the person manages.
    if (cls === 'time' && !rate && AWAY.test(text.slice(end, end + 40))) cls = 'dose';
    // («Arbeids-EKG 150 W»: the load an exercise test reached measures the test — the breathlessness it stopped at —
    // as a lab value would, not a limit said elsewhere: «Bør ikkje belastast for mykje».)
    const local = unit.unit === 'W' ? { local: true } : {};
    out.push({ start: t.s, end, value, max, unit: unit.unit, unitClass: cls, rate, text: text.slice(t.s, end), ...local });
    i = j;
  }
  return out;
}

/**
 * After a time: the distance to shore or to a place of help («inn til land», «til nærmeste sykehus», «unna»). Not to
 * town or to work: «går 30 min til sentrum» and «2 t kjøring til jobben» are what the person manages.
 */
const AWAY =
  /^\s+(?:unna(?=[\s,.;)]|$)|(?:inn\s+)?(?:til|frå|fra)\s+(?:nærmaste\s+|nærmeste\s+)?(?:land|lands|kai|kaia|kaien|sykehus|sykehuset|sjukehus|sjukehuset|legevakt|legevakta|legevakten|fastlandet)(?=[\s,.;)]|$))/iu;

/** Ordinal words before «etasje» (folded): the floor reached. */
const FLOOR_ORDINAL = new Map(
  Object.entries({
    forste: 1,
    andre: 2,
    tredje: 3,
    fjerde: 4,
    femte: 5,
    sjette: 6,
    sjuende: 7,
    syvende: 7,
    sjuande: 7,
    attende: 8,
    niende: 9,
    niande: 9,
    tiende: 10,
    tiande: 10,
  }),
);

/** A medicine by its form (folded), whose percentage is its strength: «kapsaicinplaster», «salve», «krem», «gel». */
const MEDICINE_FORM = /(plaster|plasteret|salve|salva|salven|krem|kremen|gel|gelen|opplosning|losning|mikstur|draper|spray)$/;

const TREATER =
  /^(psykolog|psykologen|psykiater|psykiateren|lege|legen|fastlege|fastlegen|behandler|behandlar|behandleren|terapeut|dps|bup|sykepleier|sjukepleiar|fysioterapeut)$/;
/** Treatments given at a frequency («fysioterapi 2 g/uke», «infusjon kvar 6. veke»). */
const TREATMENT =
  /^(fysioterapi|fysioterapeut|fysio|behandling|behandlingar|behandlinger|samtaleterapi|terapi|akupunktur|kiropraktor|naprapat|osteopat|psykolog|psykologen|dialyse|cellegift|cellegiftkur|stralebehandling|infusjon|infusjonar|infusjoner|injeksjon|injeksjonar|injeksjoner|transfusjon|transfusjonar|transfusjoner|transfusjonsavhengig|blodoverforing|blodoverforingar|blodoverforinger)$/;
/** Before a count of events in the history: attempts, operations, admissions («operert 2 ganger», «innlagt tre gonger»). */
const ATTEMPTED =
  /^(provd|provde|provt|prova|forsokt|forsokte|freista|freistet|provet|operert|opererte|innlagt|innlagd|sykmeldt|sjukmeld|sykemeldt|behandlet|behandla|skadet|skada)$/;

const OTHER_SIDE = /^(venstre|hoyre|hogre|frisk|friske|motsatt|motsett)$/;
const NORM_WORD =
  /^(normtall|normtallet|normtal|normtala|norm|normen|normkrav|normkravet|normkrava|kravet|krava|kravene|produksjonskravet|tempokravet|kollegene|kollegaene|kollegane|kolleger|kollegaer|tidligere|tidlegare)$/;
const NORM_OF = /^(normalt?|normale|vanlig|vanleg|vanlige|vanlege|forventet|forventa|ordinaer|ordinart|ordinaert|full|fullt|tidligere|tidlegare|det|dei|de)$/;
const NORM_WHAT =
  /^(tempo|tempoet|produksjon|produksjonen|mengde|mengden|arbeidsmengde|arbeidsmengden|yting|ytelse|ytinga|ytelsen|kapasitet|kapasiteten|takt|takten|andre|kollegene|kollegaene|kollegane|norm|normen)$/;
/** «av normtall», «av vanlig tempo», «av det kollegene gjør»: what a percentage after «av» is a share of. */
function ofTheNorm(w1: string, w2: string): boolean {
  return NORM_WORD.test(w1) || (NORM_OF.test(w1) && NORM_WHAT.test(w2));
}

const RELATIVE_AFTER_PERCENT =
  /^(lengre|lenger|lavere|lagare|hoyere|hogare|raskere|raskare|saktere|seinare|tregere|tregare|langsommere|mer|meir|mindre|faerre|fleire|flere|redusert|nedsatt|nedsett|svekket|reduksjon|nedgang|tap)$/;

/** A quantity that can measure a function: not a share of a position, not a duration or a date. */
/** Stiffness, whose duration measures the symptom («morgenstivhet ca 1 time»). */
const STIFFNESS = /^(morgenstivhet|morgenstivheten|morgonstivheit|morgonstivleik|stivhet|stivheten|stivheit|stivheita|stivleik)$/;

/** A word of body weight before «kg»: weight lost or gained, or weighed. */
const BODY_WEIGHT =
  /^(vektreduksjon|vekttap|vektnedgang|vektoppgang|vektauke|vektokning|kroppsvekt|kroppsvekta|kroppsvekten|veier|veg|vog|veide|bmi|slanket|slanka)$/;

export function isFunctionMeasure(q: Quantity): boolean {
  if (q.unitClass === 'percent' || q.unitClass === 'dose') return false;
  if (q.unitClass === 'period') return q.rate;
  return true;
}
