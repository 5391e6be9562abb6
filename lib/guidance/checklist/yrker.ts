/**
 * Recognises concrete yrker (occupations) in free text without the catalogue: a compact list of common
 * Norwegian occupation words, compound heads ("-medarbeider", "-sjåfør"), the "jobb som X" construction and
 * 4-digit STYRK-08 codes written next to a title or the word STYRK. The yrke catalogue can plug in a better
 * recogniser with `setYrkeRecognizer`; its hits are merged with the built-in ones (overlaps counted once).
 */

export interface RecognizedYrke {
  /** Stable identity for counting distinct yrker: a STYRK code ("4226") or a folded title ("resepsjonist"). */
  key: string;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
  code?: string;
  /** Other keys this hit stands for (a title written next to its code). */
  aliases?: string[];
}

export type YrkeRecognizer = (text: string) => RecognizedYrke[];

let external: YrkeRecognizer | undefined;

/** Plug in the catalogue's recogniser (or `undefined` to go back to the built-in one only). */
export function setYrkeRecognizer(fn: YrkeRecognizer | undefined): void {
  external = fn;
}

// Singular base forms. Plural/definite endings are stripped before lookup.
const TITLES = new Set(
  (
    'renholder renholdar reinhaldar vaskehjelp vaskeriarbeider butikkmedarbeider butikkselger ekspeditør kassamedarbeider kassebetjent ' +
    'selger seljar salgsmedarbeider telefonselger kundebehandler kundeveileder resepsjonist sekretær kontormedarbeider kontorassistent ' +
    'saksbehandler konsulent rådgiver rådgjevar regnskapsfører bokholder lønnsmedarbeider arkivar bibliotekar lagermedarbeider ' +
    'lagerarbeider truckfører sjåfør sjåfør bussjåfør lastebilsjåfør drosjesjåfør taxisjåfør budbilsjåfør varebilsjåfør yrkessjåfør bud ' +
    'budbærer postbud postarbeider kokk kokke servitør bartender kjøkkenassistent kjøkkenmedarbeider oppvasker kantinemedarbeider ' +
    'baker konditor slakter fiskeindustriarbeider fisker bonde gårdbruker gartner anleggsgartner skogsarbeider parkarbeider ' +
    'vaktmester vekter vaktmann sikkerhetsvakt portvakt dørvakt parkeringsvakt renovatør renovasjonsarbeider ' +
    'snekker tømrer tømmermann elektriker rørlegger maler murer flislegger blikkenslager sveiser platearbeider montør mekaniker ' +
    'bilmekaniker industrimekaniker maskinfører anleggsmaskinfører kranfører anleggsarbeider bygningsarbeider industriarbeider ' +
    'produksjonsarbeider produksjonsmedarbeider operatør prosessoperatør maskinoperatør ' +
    'frisør hudpleier kosmetolog negledesigner massør fotograf designer grafiker journalist ' +
    'lærer lektor adjunkt barnehagelærer førskolelærer faglærer lærling assistent barnehageassistent skoleassistent assistentlærer ' +
    'fagarbeider ungdomsarbeider miljøarbeider miljøterapeut vernepleier sosionom barnevernspedagog ' +
    'sykepleier sjukepleiar hjelpepleier helsefagarbeider helsesekretær pleieassistent omsorgsarbeider hjemmehjelp ' +
    'apotektekniker tannhelsesekretær ambulansearbeider portør ' +
    'ingeniør sivilingeniør tekniker dataingeniør utvikler programmerer systemutvikler it-konsulent it-tekniker brukerstøtte ' +
    'økonom revisor advokat jurist lege tannlege psykolog fysioterapeut ergoterapeut farmasøyt ' +
    'butikksjef avdelingsleder mellomleder prosjektleder formann arbeidsleder ' +
    'pakker plukker lagerplukker flyttearbeider sorteringsarbeider produksjonsoperatør tekstilarbeider ' +
    'guide reiseleder museumsvert kinovert billettør togvert konduktør flyvertinne kabinansatt ' +
    'dagmamma praktikant tolk oversetter ' +
    // Kinds of work named the way veiledere often do ("vurdert mot lagerarbeid"): concrete enough to count.
    'kontorarbeid lagerarbeid butikkarbeid renholdsarbeid reinhaldsarbeid kantinearbeid kjøkkenarbeid resepsjonsarbeid ' +
    'produksjonsarbeid montasjearbeid pakkearbeid kundeservice kundesenter sentralbord omsorgsarbeid pleiearbeid barnehagearbeid'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that look like occupations but are not, or are too generic to count as a concrete yrke. */
const NOT_TITLES = new Set(
  (
    'arbeider arbeidar medarbeider medarbeidar ansatt tilsett samarbeider utarbeider bearbeider jobber ' +
    'arbeidsgiver arbeidsgjevar arbeidstaker arbeidstakar leder bruker brukar veileder rettleiar lege pasient ' +
    'assistent konsulent operatør leiar fører seljar selger rådgiver lærer lærar maler'
  ).split(' '),
);

/** Compound heads: "lager|medarbeider", "buss|sjåfør", "maskin|operatør". Prefix must be a real word part. */
const HEADS = [
  'medarbeider',
  'medarbeidar',
  'arbeider',
  'arbeidar',
  'assistent',
  'sjåfør',
  'fører',
  'førar',
  'operatør',
  'selger',
  'seljar',
  'montør',
  'mekaniker',
  'pleier',
  'pleiar',
  'lærer',
  'lærar',
  'konsulent',
  'tekniker',
  'ingeniør',
  'terapeut',
  'rådgiver',
  'rådgjevar',
  'sekretær',
  'vakt',
  'betjent',
  'leder',
  'leiar',
  'sjef',
  'fagarbeider',
  'hjelp',
  'ekspeditør',
  'veileder',
  'rettleiar',
  'behandler',
  'handsamar',
  'utvikler',
  'designer',
  'snekker',
  'maler',
  'resepsjonist',
  'renholder',
  'sjukepleiar',
];
const BAD_PREFIXES = new Set([
  'sam',
  'be',
  'ut',
  'med',
  'til',
  'for',
  'over',
  'om',
  'inn',
  'gjennom',
  'bruker',
  'brukar',
  'ny',
  'nye',
  'fast',
  'ufør',
  'frem',
  'fram',
  'etter',
  'bort',
  'opp',
  'ned',
  'mot',
  'av',
  'vei',
  'rett',
]);

const ENDINGS = ['ene', 'erne', 'arane', 'ane', 'ere', 'ar', 'er', 'en', 'e'];

function baseForms(word: string): string[] {
  const out = [word];
  for (const e of ENDINGS) if (word.length > e.length + 3 && word.endsWith(e)) out.push(word.slice(0, -e.length));
  // "sjåfører" → "sjåfør", "lærere" → "lærer", "kokker" → "kokk"
  return out;
}

function titleKey(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const b of baseForms(w)) {
    if (NOT_TITLES.has(b)) return undefined;
    if (TITLES.has(b)) return b;
  }
  for (const b of baseForms(w)) {
    for (const h of HEADS) {
      if (b.endsWith(h) && b.length >= h.length + 3) {
        const prefix = b.slice(0, -h.length).replace(/-$/, '');
        if (prefix.length >= 3 && !BAD_PREFIXES.has(prefix)) return b;
      }
    }
  }
  return undefined;
}

const WORD_RE = /[a-zæøåéA-ZÆØÅÉ]+(?:-[a-zæøåéA-ZÆØÅÉ]+)*/gu;
/** "jobb som X", "arbeid som X", "stilling som X", "jobbe/arbeide som X" – X is a yrke even if unknown to us. */
const SOM_RE =
  /(?<![a-zæøå])(?:jobb|jobbe|jobbar|jobber|arbeid|arbeide|arbeider|arbeidar|stilling|utdanning|utdanne seg|omskolering|praksis|utprøving|arbeidsutprøving|jobbtrening|fagbrev)\s+som\s+([a-zæøåé]+(?:-[a-zæøåé]+)?)/giu;
const SOM_STOP = new Set([
  'en',
  'ei',
  'et',
  'ein',
  'eit',
  'før',
  'tidligere',
  'tidlegare',
  'normalt',
  'vanlig',
  'det',
  'dette',
  'han',
  'hun',
  'ho',
  'hen',
  'kan',
  'er',
  'var',
  'har',
  'ikke',
  'ikkje',
  'mulig',
  'mogleg',
  'aktuelt',
  'nevnt',
  'beskrevet',
  'skildra',
]);

/** A STYRK-08 code: four digits, never a year 1900–2110 (no STYRK unit group lives there). */
const CODE_RE = /(?<![\d.,])(\d{4})(?!\d)(?![.,]\d)/gu;

/** A code counts only where a person would read it as one: after "STYRK"/"kode", in brackets, or next to a title. */
function isCodeContext(text: string, start: number, end: number, titles: RecognizedYrke[]): boolean {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  if (/(?:styrk(?:-08)?|yrkeskode|kode)\W{0,3}$/u.test(before)) return true;
  if (/\(\s*$/.test(before) && /^\s*\)/.test(text.slice(end, end + 3))) return true;
  return titles.some((t) => (t.start >= end && JOIN_RE.test(text.slice(end, t.start))) || (t.end <= start && JOIN_RE.test(text.slice(t.end, start))));
}

function builtin(text: string): RecognizedYrke[] {
  const hits: RecognizedYrke[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const key = titleKey(m[0]);
    if (key) hits.push({ key, text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(SOM_RE)) {
    const w = m[1]!.toLowerCase();
    if (SOM_STOP.has(w) || w.length < 4) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    if (hits.some((h) => h.start === start)) continue;
    const key = titleKey(w) ?? baseForms(w).at(-1)!;
    hits.push({ key, text: m[1]!, start, end: start + m[1]!.length });
  }
  const titles = [...hits];
  for (const m of text.matchAll(CODE_RE)) {
    const n = Number(m[1]);
    if (n >= 1900 && n <= 2110) continue;
    const start = m.index!;
    const end = start + 4;
    if (!isCodeContext(text, start, end, titles)) continue;
    hits.push({ key: m[1]!, code: m[1]!, text: m[1]!, start, end });
  }
  return hits;
}

/** What may stand between a title and its code: "Resepsjonist (4226)", "4226 – resepsjonist", "(STYRK 4321)". */
const JOIN_RE = /^\s*[([]?\s*(?:styrk(?:-08)?|kode)?\s*[:–-]?\s*$/iu;
const closeParen = (text: string, end: number): number =>
  /^\s*[)\]]/.test(text.slice(end, end + 2)) ? text.indexOf(text.slice(end).match(/[)\]]/)![0], end) + 1 : end;

const overlaps = (a: RecognizedYrke, b: RecognizedYrke): boolean => a.start < b.end && b.start < a.end;

/**
 * All yrke mentions in a text: overlapping spans count once (the catalogue's hit wins), and a code written
 * right next to a title ("Resepsjonist (4226)", "4226 Resepsjonist") becomes one hit keyed by the code, with
 * the title kept in `aliases` so a later bare "resepsjonist" is not counted as a second yrke.
 */
export function recognizeYrker(text: string): RecognizedYrke[] {
  const fromCatalogue = external ? external(text) : [];
  const all = [...fromCatalogue];
  for (const h of builtin(text)) if (!all.some((x) => overlaps(x, h))) all.push(h);
  all.sort((a, b) => a.start - b.start);
  const merged: RecognizedYrke[] = [];
  for (const h of all) {
    const prev = merged.at(-1);
    if (prev && Boolean(prev.code) !== Boolean(h.code) && JOIN_RE.test(text.slice(prev.end, h.start))) {
      const code = (prev.code ?? h.code)!;
      const title = prev.code ? h : prev;
      merged[merged.length - 1] = {
        key: code,
        code,
        text: text.slice(prev.start, closeParen(text, h.end)),
        start: prev.start,
        end: closeParen(text, h.end),
        aliases: [...(prev.aliases ?? []), ...(h.aliases ?? []), title.key],
      };
      continue;
    }
    merged.push(h);
  }
  return merged;
}

/** Distinct yrker mentioned across the given texts (a title seen with its code anywhere counts as that code). */
export function distinctYrker(texts: string[]): { count: number; keys: string[] } {
  const hits = texts.flatMap((t) => recognizeYrker(t));
  const alias = new Map<string, string>();
  for (const h of hits) for (const a of h.aliases ?? []) alias.set(a, h.key);
  const keys = new Set(hits.map((h) => alias.get(h.key) ?? h.key));
  return { count: keys.size, keys: [...keys] };
}

/** The parts of a catalogue entry a recogniser needs (structural, so guidance does not import the catalogue). */
export interface TitledYrke {
  code: string;
  title: string;
  navTitle?: string;
  synonyms?: readonly string[];
}

const PLURAL_TO_BASE: [string, string][] = [
  ['ere', 'er'],
  ['erne', 'er'],
  ['arar', 'ar'],
  ['ar', ''],
  ['er', ''],
  ['e', ''],
];

function phraseForms(phrase: string): string[] {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const out = new Set([p]);
  const m = p.match(/^(.*?)([a-zæøå]+)$/u);
  if (m) for (const b of baseForms(m[2]!)) out.add(m[1] + b);
  for (const [pl, base] of PLURAL_TO_BASE) if (p.endsWith(pl) && p.length > pl.length + 3) out.add(p.slice(0, -pl.length) + base);
  return [...out];
}

/** "Resepsjonister (ekskl. hotell)" → ["resepsjonister"]; "Butikk- og salgsmedarbeidere" → ["salgsmedarbeidere", "butikkmedarbeidere"]. */
function namesOf(raw: string): string[] {
  const noParen = raw.replace(/\([^)]*\)/g, ' ');
  const parts = noParen
    .split(/,|\bog\b|\/|\bmv\.?|\bmed mer\b/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const last = parts.at(-1) ?? '';
  const tail = last.match(/([a-zæøå]{4,})$/iu)?.[1] ?? '';
  return parts
    .map((p) => (p.endsWith('-') && tail ? p.slice(0, -1) + tail.replace(/^.*?(medarbeidere|arbeidere|førere|operatører|selgere|ere|er)$/u, '$1') : p))
    .filter((p) => p.length >= 4 && !p.endsWith('-'));
}

/**
 * Builds a recogniser from catalogue entries: titles, Nav titles and synonyms (singular or plural, up to
 * three words) and the entries' own 4-digit codes. Use: `setYrkeRecognizer(recognizerFromTitles(entries))`.
 */
export function recognizerFromTitles(entries: readonly TitledYrke[]): YrkeRecognizer {
  const byPhrase = new Map<string, string>();
  const codes = new Set<string>();
  let maxWords = 1;
  const add = (raw: string, code: string): void => {
    for (const name of namesOf(raw))
      for (const f of phraseForms(name)) {
        if (f.length < 4 || NOT_TITLES.has(f) || byPhrase.has(f)) continue;
        byPhrase.set(f, code);
        maxWords = Math.max(maxWords, Math.min(3, f.split(' ').length));
      }
  };
  // Official titles first, so a synonym shared by two entries ("resepsjonist") resolves to the entry titled so.
  for (const e of entries) {
    codes.add(e.code);
    add(e.title, e.code);
    if (e.navTitle) add(e.navTitle, e.code);
  }
  for (const e of entries) for (const syn of e.synonyms ?? []) add(syn, e.code);
  return (text: string): RecognizedYrke[] => {
    const tokens = [...text.matchAll(WORD_RE)].map((m) => ({ w: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
    const hits: RecognizedYrke[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
        const phrase = tokens
          .slice(i, i + n)
          .map((t) => t.w)
          .join(' ');
        const code = phraseForms(phrase)
          .map((f) => byPhrase.get(f))
          .find(Boolean);
        if (code) {
          hits.push({ key: code, code, text: text.slice(tokens[i]!.start, tokens[i + n - 1]!.end), start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
          i += n - 1;
          break;
        }
      }
    }
    for (const m of text.matchAll(CODE_RE)) {
      if (codes.has(m[1]!) && !hits.some((h) => h.start <= m.index! && m.index! < h.end))
        hits.push({ key: m[1]!, code: m[1]!, text: m[1]!, start: m.index!, end: m.index! + 4 });
    }
    return hits.sort((a, b) => a.start - b.start);
  };
}
