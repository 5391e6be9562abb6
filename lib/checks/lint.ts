import type { FunctionArea } from './areas.ts';
import { analyze, type Analysis, type Quantity } from './analyze.ts';
import { F, classify } from './lexicon.ts';
import { RULES, RULE_BY_ID, type RuleDef } from './rules.ts';
import { Kind, type Token } from './text.ts';
import { resolveFieldKey } from '../forms/defs/index.ts';
import type { UnitClass } from './lexicon.ts';

const FL = F;
const KD = Kind;
const classifyW = classify;

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export interface Fix {
  title: string;
  start: number;
  end: number;
  replacement: string;
  /** Caret offset inside `replacement` (at the first "__" blank). */
  cursor?: number;
}
export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  why: string;
  source: string;
  area?: FunctionArea;
  fixes?: Fix[];
}
export interface ScoreDimension {
  id: 'areas' | 'measures' | 'capacity' | 'duration' | 'work';
  label: string;
  met: boolean;
  points: number;
  max: number;
  advice: string;
}
export interface LintResult {
  score: number;
  dimensions: ScoreDimension[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------- field applicability

interface FieldInfo {
  key: string;
  functional: boolean;
  long: boolean;
}
const fieldCache = new Map<string, FieldInfo | null>();
function fieldInfo(key: string): FieldInfo | null {
  let fi = fieldCache.get(key);
  if (fi !== undefined) return fi;
  const r = resolveFieldKey(key);
  fi = r && r.field.freeText && r.field.kind === 'long' ? { key, functional: r.field.functional, long: true } : null;
  fieldCache.set(key, fi);
  return fi;
}

export function ruleApplies(rule: RuleDef, fieldKey: string): boolean {
  const fi = fieldInfo(fieldKey);
  if (!fi) return false;
  if (rule.exclude.includes(fieldKey)) return false;
  for (const sel of rule.fields) {
    if (sel === 'long' && fi.long) return true;
    if (sel === 'functional' && fi.functional) return true;
    if (sel === fieldKey) return true;
  }
  return false;
}

/** True when `lint` does anything for this field (long free-text fields of a known form). */
export function isLintable(fieldKey: string): boolean {
  return fieldInfo(fieldKey) !== null;
}

// ---------------------------------------------------------------- templates

type Lang = 'nb' | 'nn';
const BLANK = '__';
function withCursor(title: string, start: number, end: number, replacement: string): Fix {
  const c = replacement.indexOf(BLANK);
  return c >= 0 ? { title, start, end, replacement, cursor: c } : { title, start, end, replacement };
}

type VagueKind = 'lift' | 'stand' | 'walk' | 'sit' | 'heavy' | 'time';
const POSITIVE_TEMPLATE: Record<VagueKind, Record<Lang, string>> = {
  lift: { nb: 'kan løfte inntil __ kg fra __ til __, __ ganger per __', nn: 'kan lyfte inntil __ kg frå __ til __, __ gonger per __' },
  stand: { nb: 'kan stå inntil __ minutter om gangen, totalt __ timer per dag', nn: 'kan stå inntil __ minutt om gongen, totalt __ timar per dag' },
  walk: { nb: 'kan gå inntil __ meter (ca. __ minutter) på flatt underlag, __ etasjer i trapp', nn: 'kan gå inntil __ meter (ca. __ minutt) på flat mark, __ etasjar i trapp' },
  sit: { nb: 'kan sitte inntil __ minutter om gangen, deretter pause i __ minutter', nn: 'kan sitje inntil __ minutt om gongen, deretter pause i __ minutt' },
  heavy: { nb: 'tåler arbeid med løft inntil __ kg og __ timer stående/gående per dag', nn: 'toler arbeid med lyft inntil __ kg og __ timar ståande/gåande per dag' },
  time: { nb: 'klarer dette i inntil __ minutter om gangen, __ timer per dag', nn: 'klarar dette i inntil __ minutt om gongen, __ timar per dag' },
};
const MEASURE_TEMPLATE: Record<VagueKind, Record<Lang, string>> = {
  lift: { nb: ' (dvs. over __ kg, __ ganger per __)', nn: ' (dvs. over __ kg, __ gonger per __)' },
  stand: { nb: ' (dvs. over __ minutter om gangen)', nn: ' (dvs. over __ minutt om gongen)' },
  walk: { nb: ' (dvs. over __ meter / __ minutter)', nn: ' (dvs. over __ meter / __ minutt)' },
  sit: { nb: ' (dvs. over __ minutter om gangen)', nn: ' (dvs. over __ minutt om gongen)' },
  heavy: { nb: ' (dvs. løft over __ kg, eller __)', nn: ' (dvs. lyft over __ kg, eller __)' },
  time: { nb: ' (dvs. __ minutter)', nn: ' (dvs. __ minutt)' },
};
const APPEND: Record<string, Record<Lang, string>> = {
  'symptoms-only': { nb: 'Funksjon: klarer __ i inntil __ minutter; klarer ikke __.', nn: 'Funksjon: klarar __ i inntil __ minutt; klarar ikkje __.' },
  'no-capacity': { nb: 'Kan: __ (f.eks. sitte inntil __ minutter, gå __ meter, løfte __ kg).', nn: 'Kan: __ (t.d. sitje inntil __ minutt, gå __ meter, lyfte __ kg).' },
  'no-duration': { nb: 'Forventet varighet: __ uker/måneder. Prognose: __.', nn: 'Forventa varigheit: __ veker/månader. Prognose: __.' },
  'no-work-relation': { nb: 'I arbeidet betyr dette: __ (arbeidsoppgave: __).', nn: 'I arbeidet tyder dette: __ (arbeidsoppgåve: __).' },
  'too-short': {
    nb: 'Kan: __ i inntil __ minutter / __ kg. Kan ikke: __. Forventet varighet: __.',
    nn: 'Kan: __ i inntil __ minutt / __ kg. Kan ikkje: __. Forventa varigheit: __.',
  },
  'too-short-other': { nb: '__', nn: '__' },
};
const VERDICT_TEMPLATE: Record<Lang, string> = {
  nb: 'har nedsatt funksjon: klarer __ i inntil __ timer per dag, men ikke __',
  nn: 'har nedsett funksjon: klarar __ i inntil __ timar per dag, men ikkje __',
};
const REFERENCE_TEMPLATE: Record<Lang, string> = {
  nb: '__ (kort oppsummering av det som er relevant for funksjon og arbeid)',
  nn: '__ (kort samandrag av det som er relevant for funksjon og arbeid)',
};
/** Plain-language replacements offered for common terms. */
const PLAIN: Record<string, string> = {
  bilat: 'på begge sider', ischialgi: 'isjias (nervesmerter ned i beinet)', lumbago: 'akutte korsryggsmerter',
  myalgi: 'muskelsmerter', parestesier: 'prikking og nummenhet', parestesi: 'prikking og nummenhet', hypestesi: 'nedsatt følelse',
  radikulopati: 'nerverotaffeksjon', paravertebral: 'langs ryggraden', 'palpasjonsom': 'øm ved trykk', hypertensjon: 'høyt blodtrykk',
  ekstensjon: 'strekk', fleksjon: 'bøy', abduksjon: 'løfte ut til siden', residiverende: 'tilbakevendende', persisterende: 'vedvarende',
  ve: 'venstre', dx: 'høyre', dyspne: 'tung pust', vertigo: 'svimmelhet', afasi: 'språkvansker', ejeksjonsfraksjon: 'hjertets pumpeevne',
};

function appendFix(text: string, title: string, body: string): Fix {
  const end = text.length;
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const last = text[i - 1];
  const sep = i === 0 ? '' : (last && '.!?:'.includes(last) ? '' : '.') + '\n';
  return withCursor(title, i, end, sep + body);
}

// ---------------------------------------------------------------- detectors

interface Ctx {
  text: string;
  an: Analysis;
  lang: Lang;
  out: Diagnostic[];
}

function diag(rule: RuleDef, start: number, end: number, extra?: Partial<Diagnostic>, message?: string): Diagnostic {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: message ?? rule.message,
    start,
    end,
    why: rule.why,
    source: rule.source,
    ...extra,
  };
}

const VAGUE_LIFT_OBJECTS = new Set(['tak', 'taket', 'ting', 'gjenstander', 'kasser', 'varer', 'vekter', 'byrder', 'gryter', 'saker', 'bor', 'lass', 'sekker']);
const VAGUE_WORK_NOUN = /^(arbeid|jobb|oppgav|oppgav|belastning|fysisk|aktivit|yrke)/;
const SHORT_OBJECTS = /^(tid|turer|tur|gatur|perioder|periode|avstander|strekninger|okter|stund|gangdistanse|gangavstand|gaavstand)/;

function sameSent(tokens: Token[], k: number, sent: number): boolean {
  return k >= 0 && k < tokens.length && tokens[k]!.sent === sent;
}

function kindCompatible(kind: VagueKind, cls: UnitClass): boolean {
  switch (kind) {
    case 'lift':
      return cls === 'weight';
    case 'heavy':
      return cls === 'weight' || cls === 'time' || cls === 'percent';
    case 'walk':
      return cls === 'distance' || cls === 'time' || cls === 'floors';
    default:
      return cls === 'time';
  }
}

function kindOfActivity(fl: number, f: string): VagueKind | null {
  if (fl & 1) return 'lift'; // area bit 0 = lift
  if (fl & 4) return 'sit'; // area bit 2 = sit
  if (fl & 2) return f.startsWith('st') ? 'stand' : 'walk';
  return null;
}

function detectVague(ctx: Ctx, rule: RuleDef): void {
  const { an, text, lang } = ctx;
  const { tokens, flags } = an;
  const used = new Uint8Array(tokens.length);
  const hits: { a: number; b: number; kind: VagueKind }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== KD.Word || used[i]) continue;
    const fl = flags[i]!;
    const sent = t.sent;
    // Activity word followed by a vague modifier: "løfte tungt", "stå lenge", "gå langt", "sitte over tid".
    if (fl & FL.ACT && fl & 7) {
      const kind = kindOfActivity(fl, t.f)!;
      for (let k = i + 1; k <= i + 4 && sameSent(tokens, k, sent); k++) {
        const kf = flags[k]!;
        const tk = tokens[k]!;
        if (tk.k === KD.Punct && tk.f !== '-') break;
        if (kf & FL.ACT && kf & 7 && k > i + 1 && !(kf & FL.HEAVY)) break;
        const mod = kind === 'lift' ? kf & FL.HEAVY : kf & FL.LONG || (tk.f === 'over' && tokens[k + 1]?.f === 'tid');
        if (mod) {
          let b = tk.f === 'over' ? k + 1 : kf & FL.HEAVY && VAGUE_LIFT_OBJECTS.has(tokens[k + 1]?.f ?? '') ? k + 1 : k;
          if (kf & FL.LONG && /^(tid|perioder|periode|stund|strekninger|avstander|turer)$/.test(tokens[b + 1]?.f ?? '')) b++;
          hits.push({ a: i, b, kind });
          for (let u = i; u <= b; u++) used[u] = 1;
          break;
        }
      }
      if (used[i]) continue;
    }
    // "orker lite", "tåler lite", "klarer lite": capacity without an amount.
    if ((t.f === 'lite' || t.f === 'lita') && i > 0 && flags[i - 1]! & FL.CAPV && tokens[i - 1]!.f !== 'kan' && tokens[i - 1]!.sent === sent) {
      hits.push({ a: i - 1, b: i, kind: 'time' });
      used[i - 1] = used[i] = 1;
      continue;
    }
    // Elliptic contrast: "kan gå litt, men ikkje langt", "kan sitte, men ikke lenge".
    if (fl & (FL.LONG | FL.HEAVY) && flags[i - 1] !== undefined && flags[i - 1]! & FL.NEG && /^(men|,)$/.test(tokens[i - 2]?.f ?? '')) {
      let found = -1;
      for (let k = i - 3; k >= i - 9 && k >= 0 && tokens[k]!.sent === sent; k--) {
        const kf = flags[k]!;
        if (kf & FL.ACT && kf & 7 && !used[k]) {
          found = k;
          break;
        }
      }
      if (found >= 0) {
        const kind = kindOfActivity(flags[found]!, tokens[found]!.f)!;
        if ((kind === 'lift') === !!(fl & FL.HEAVY)) {
          hits.push({ a: found, b: i, kind });
          for (let u = found; u <= i; u++) used[u] = 1;
          continue;
        }
      }
    }
    // Vague modifier before a noun: "tunge løft", "tungt arbeid", "langvarig stående", "mye gange", "kort tid".
    if (fl & (FL.HEAVY | FL.DEMAND | FL.LONG | FL.MUCH | FL.SHORT)) {
      let k = i + 1;
      if (tokens[k]?.f === 'fysisk' || tokens[k]?.f === 'fysiske') k++;
      const n = tokens[k];
      if (!n || !sameSent(tokens, k, sent)) continue;
      const nf = flags[k]!;
      let kind: VagueKind | null = null;
      if (fl & (FL.HEAVY | FL.DEMAND)) {
        if (nf & FL.ACT && nf & 1) kind = 'lift';
        else if (fl & FL.HEAVY && VAGUE_LIFT_OBJECTS.has(n.f)) kind = 'lift';
        else if (VAGUE_WORK_NOUN.test(n.f)) kind = 'heavy';
        // "fysisk belastende arbeid": the adjective came after "fysisk".
      } else if (fl & (FL.LONG | FL.MUCH)) {
        if (nf & FL.ACT && nf & 7) kind = kindOfActivity(nf, n.f);
        else if (fl & FL.LONG && /^(avstand|strekning|turer|perioder)/.test(n.f)) kind = 'walk';
        else if (fl & FL.LONG && /^(arbeidsdag|dager|dagar|vakter|vakt|skift|okter|arbeidsokter)/.test(n.f)) kind = 'time';
      } else if (fl & FL.SHORT) {
        if (SHORT_OBJECTS.test(n.f)) kind = n.f.startsWith('tid') || n.f.startsWith('stund') || n.f.startsWith('period') ? 'time' : 'walk';
      }
      if (!kind) continue;
      // "langvarig" as the heading of a duration ("langvarig sykdom") is not an amount: needs an activity.
      let b = k;
      if (kind === 'heavy' && n.f.startsWith('fysisk') && tokens[k + 1] && VAGUE_WORK_NOUN.test(tokens[k + 1]!.f)) b = k + 1;
      let a = i;
      if (tokens[i - 1]?.f === 'fysisk' && sameSent(tokens, i - 1, sent)) a = i - 1;
      hits.push({ a, b, kind });
      for (let u = a; u <= b; u++) used[u] = 1;
    }
  }
  if (!hits.length) return;

  for (const h of hits) {
    // Qualified: a compatible measure in the same sentence or the next one.
    const sa = tokens[h.a]!.sent;
    const sentences = an.sentences;
    const lo = sentences[sa]!.start;
    const hi = (sentences[sa + 1] ?? sentences[sa]!).end;
    let qualified = false;
    for (const q of an.quantities) {
      if (q.start >= lo && q.end <= hi && kindCompatible(h.kind, q.unitClass)) {
        // A measure in the next sentence only qualifies if that sentence is about the same thing.
        if (q.start >= sentences[sa]!.end && !sameTopic(an, sa + 1, h.kind)) continue;
        qualified = true;
        break;
      }
    }
    if (qualified) continue;
    const start = tokens[h.a]!.s;
    const end = tokens[h.b]!.e;
    const fixes: Fix[] = [];
    // "kan ikke løfte tungt" → "kan løfte inntil __ kg …": replace the negated modal phrase.
    const m = negatedModalBefore(tokens, an.flags, h.a);
    if (m >= 0 && h.kind !== 'heavy') {
      fixes.push(withCursor(rule.fixes[0]!, tokens[m]!.s, end, matchCase(text, tokens[m]!.s, POSITIVE_TEMPLATE[h.kind][lang])));
    } else if (h.kind === 'heavy' && m >= 0) {
      fixes.push(withCursor(rule.fixes[0]!, tokens[m]!.s, end, matchCase(text, tokens[m]!.s, POSITIVE_TEMPLATE.heavy[lang])));
    }
    fixes.push(withCursor(rule.fixes[1]!, end, end, MEASURE_TEMPLATE[h.kind][lang]));
    const area: FunctionArea = h.kind === 'lift' || h.kind === 'heavy' ? 'lift' : h.kind === 'sit' ? 'sit' : h.kind === 'time' ? 'endurance' : 'mobility';
    ctx.out.push(diag(rule, start, end, { area, fixes }, `Uklar mengde: «${text.slice(start, end)}» – ${VAGUE_QUESTION[h.kind]}`));
  }
}

const VAGUE_QUESTION: Record<VagueKind, string> = {
  lift: 'hvor mange kg, hvor ofte?',
  heavy: 'hvilke løft eller belastninger, hvor mye?',
  stand: 'hvor mange minutter om gangen?',
  walk: 'hvor mange meter eller minutter?',
  sit: 'hvor mange minutter om gangen?',
  time: 'hvor mange minutter eller timer?',
};

function sameTopic(an: Analysis, si: number, kind: VagueKind): boolean {
  const s = an.sentences[si];
  if (!s) return false;
  for (const idx of s.statements) {
    const st = an.statements[idx]!;
    if (kind === 'lift' || kind === 'heavy') {
      if (st.areas.includes('lift') || st.quantities.some((q) => q.unitClass === 'weight')) return true;
    } else if (kind === 'sit') {
      if (st.areas.includes('sit')) return true;
    } else if (kind === 'time') return true;
    else if (st.areas.includes('mobility')) return true;
  }
  // A terse follow-up ("Maks 5 kg.") has no activity word: accept it when it is short.
  return s.end - s.start < 25;
}

/** Index of "kan"/"klarer" in "kan ikke [å] løfte", or of "ikke" when there is no modal; -1 if none. */
function negatedModalBefore(tokens: Token[], flags: Uint32Array, i: number): number {
  let k = i - 1;
  if (tokens[k]?.f === 'a') k--; // "klarer ikke å"
  const t = tokens[k];
  if (!t || !(flags[k]! & FL.NEG) || t.f === 'uten' || t.f === 'utan' || t.f.startsWith('unnga')) return -1;
  const m = tokens[k - 1];
  if (m && flags[k - 1]! & FL.CAPV && m.sent === tokens[i]!.sent) return k - 1;
  return -1;
}

function matchCase(text: string, at: number, s: string): string {
  const c = text[at];
  return c && c !== c.toLowerCase() ? s[0]!.toUpperCase() + s.slice(1) : s;
}

const WORK_VERBS = new Set(['jobbe', 'jobba', 'arbeide', 'arbeida']);
const WORK_NOUNS = new Set(['arbeid', 'jobb', 'arbeidet', 'jobben', 'arbeidslivet', 'arbeidsoppgavene', 'arbeidsoppgavane', 'arbeidsoppgaver']);
const BE_AT_WORK = new Set(['vaere', 'vere', 'ga', 'sta', 'fungere', 'komme', 'kome', 'delta', 'returnere']);
const VERDICT_ENDERS = new Set(['na', 'no', 'overhodet', 'lenger', 'lengre', 'helt', 'heilt', 'for', 'pga', 'fordi', 'grunnet', 'idag']);
const VERDICT_I = new Set(['det', 'dag', 'noe', 'noko', 'alt', 'ethvert', 'nokon', 'noen']);
const ANY_WORK = new Set(['noe', 'noko', 'alt', 'ethvert', 'nokon', 'noen', 'annet', 'anna', 'sitt', 'sin', 'eget', 'eige', 'hennes', 'hans', 'vanlig', 'vanleg', 'ordinaert', 'ordinart']);

function detectVerdict(ctx: Ctx, rule: RuleDef): void {
  const { an, text } = ctx;
  const { tokens, flags } = an;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== KD.Word) continue;
    const fl = flags[i]!;
    let a = -1;
    let b = i;
    if (fl & FL.VERDICT) {
      const negBefore = i > 0 && flags[i - 1]! & FL.NEG ? i - 1 : i > 1 && flags[i - 2]! & FL.NEG && tokens[i - 2]!.sent === t.sent ? i - 2 : -1;
      if (t.f.startsWith('arbeidsufor') || t.f === 'ufor' || t.f === 'ufore' || t.f === 'arbeidsudyktig') {
        if (negBefore < 0) a = i;
      } else if (negBefore >= 0) a = negBefore; // "ikke arbeidsfør"
      // Include "helt"/"100 %" before the word.
      if (a >= 0) {
        let k = a - 1;
        if (tokens[k]?.f === '%') k--;
        if (tokens[k] && (tokens[k]!.k === KD.Num || tokens[k]!.f === 'helt' || tokens[k]!.f === 'heilt' || tokens[k]!.f === 'delvis')) a = k;
      }
    } else if (t.f === 'arbeidsevne' || t.f === 'arbeidsevna' || t.f === 'arbeidsevnen') {
      const p = tokens[i - 1]?.f ?? '';
      const nx = tokens[i + 1]?.f;
      if (p === 'ingen' || p === 'uten' || p === 'utan' || p === 'inga') a = i - 1;
      // "har nedsatt arbeidsevne": Nav's conclusion, not a description (but "arbeidsevne i kontorarbeid" is fine).
      else if (/^(nedsatt|nedsett|redusert|svekket|svekka)$/.test(p) && nx !== 'i' && nx !== 'til') {
        a = i - 1;
        if (/^(betydelig|sterkt|vesentlig|klart|mykje|mye|noe|noko|lett)$/.test(tokens[i - 2]?.f ?? '')) a = i - 2;
      }
    } else if (WORK_VERBS.has(t.f) || WORK_NOUNS.has(t.f)) {
      // Noun "arbeid" only counts in "noe/alt/ethvert arbeid" or "være i / gå på / stå i / fungere i arbeid".
      if (WORK_NOUNS.has(t.f)) {
        const p1 = tokens[i - 1]?.f ?? '';
        const p2 = tokens[i - 2]?.f ?? '';
        const inWork = (p1 === 'i' || p1 === 'pa') && BE_AT_WORK.has(p2);
        // "utføre arbeidsoppgavene (sine)": all of the job, nothing specific.
        const allTasks = t.f.startsWith('arbeidsoppgav') && /^(utfore|gjere|gjore|ivareta)$/.test(p1);
        if (!ANY_WORK.has(p1) && !inWork && !allTasks) continue;
        if (allTasks && /^(sine|sina)$/.test(tokens[i + 1]?.f ?? '')) b = i + 1;
      }
      // Negation within the 4 preceding tokens of the same clause ("kan ikke jobbe", "ute av stand til å arbeide").
      let neg = -1;
      for (let k = i - 1; k >= i - 5 && k >= 0; k--) {
        const tk = tokens[k]!;
        if (tk.k === KD.Punct || tk.sent !== t.sent) break;
        if (flags[k]! & FL.NEG && tk.f !== 'uten' && tk.f !== 'utan' && !tk.f.startsWith('unnga')) neg = k;
        if (tk.f === 'stand' && tokens[k - 1]?.f === 'av' && tokens[k - 2]?.f === 'ute') neg = k - 2;
      }
      if (neg < 0) continue;
      // Bare: nothing specific follows ("kan ikke jobbe.", "… nå", "… i det hele tatt", "… på noen måte").
      const n = tokens[b + 1];
      let bare = !n || n.k === KD.Punct || n.sent !== t.sent || VERDICT_ENDERS.has(n.f);
      // "før kl. 10", "før 3 uker": a time qualifies the statement.
      if (n && n.f === 'for' && (tokens[b + 2]?.f === 'kl' || tokens[b + 2]?.k === KD.Num)) bare = false;
      if (n && (n.f === 'i' || n.f === 'pa') && VERDICT_I.has(tokens[b + 2]?.f ?? '')) bare = true;
      if (n && (n.f === 'og' || n.f === 'eller') && flags[b + 2]! & (FL.AUX | FL.CAPV)) bare = true;
      // "sitt arbeid som sykepleier": the whole job is still a verdict.
      if (n && n.f === 'som' && ANY_WORK.has(tokens[i - 1]?.f ?? '')) bare = true;
      if (!bare) continue;
      // Start at the modal ("kan ikke jobbe") for a fix that reads well.
      a = neg > 0 && flags[neg - 1]! & FL.CAPV && tokens[neg - 1]!.sent === t.sent ? neg - 1 : neg;
    }
    if (a < 0) continue;
    const start = tokens[a]!.s;
    const end = tokens[b]!.e;
    const fix = withCursor(rule.fixes[0]!, start, end, matchCase(text, start, VERDICT_TEMPLATE[ctx.lang]));
    ctx.out.push(diag(rule, start, end, { fixes: [fix] }));
  }
}

const REF_OBJECTS =
  /^(epikrise|vedlagt|vedlegg|journal|tidligere|tidlegare|forrige|forre|over|ovenfor|ovanfor|punkt|pkt|legeerklaering|erklaering|sykmelding|sjukmelding|notat|uttalelse|fraasegn|rapport|brev|henvisning|tilvising|spesialisterklaering|dokument|skjema|stillingsbeskrivelse|arbeidsevnevurdering|aev|sist|l40|l1|felt)/;
const AS_BEFORE = /^(beskrevet|beskrive|nevnt|skrevet|skildra|omtalt|nemnt|skrive|opplyst|dokumentert|redegjort)$/;
const REF_STARTERS = new Set(['se', 'sja', 'jf', 'jfr', 'ref', 'viser', 'vises']);
/** Every word a reference pattern can start with: lets the detector skip all other tokens cheaply. */
const REF_TRIGGERS = new Set([
  'se', 'sja', 'jf', 'jfr', 'ref', 'viser', 'vises', 'henviser', 'henvises', 'visast', 'som', 'tidligere', 'tidlegare', 'uendret',
  'beskrevet', 'beskrive', 'nevnt', 'skrevet', 'skildra', 'omtalt', 'nemnt', 'skrive', 'opplyst', 'dokumentert', 'redegjort',
]);
const POINTERS = new Set(['viser', 'vises', 'henviser', 'henvises', 'visast']);

function detectReference(ctx: Ctx, rule: RuleDef): void {
  const { an, text } = ctx;
  const { tokens } = an;
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== KD.Word || t.s < lastEnd || !REF_TRIGGERS.has(t.f)) continue;
    const prev = tokens[i - 1];
    const clauseStart = !prev || prev.sent !== t.sent || prev.k === KD.Punct || prev.f === 'uendret' || prev.f === 'og';
    const n = tokens[i + 1];
    let end = -1;
    const pointer = POINTERS.has(t.f);
    const politeSe = t.f === 'se' && (prev?.f === 'vennligst' || prev?.f === 'vnl');
    if ((REF_STARTERS.has(t.f) && (clauseStart || politeSe)) || pointer) {
      if (!n) continue;
      let k = i + 1;
      if (n.f === '.') k++;
      if (pointer) {
        if (tokens[k]?.f !== 'til' || tokens[k + 1]?.f === 'at') continue;
        k++;
      }
      const o = tokens[k];
      // "viser til" at the start of a clause points elsewhere whatever follows; elsewhere it needs a document.
      if (!o || !(o.k === KD.Num || REF_OBJECTS.test(o.f) || (pointer && clauseStart))) continue;
      // To the end of the clause.
      let e = k;
      while (tokens[e + 1] && tokens[e + 1]!.sent === t.sent && !(tokens[e + 1]!.k === KD.Punct && tokens[e + 1]!.f !== '.' && tokens[e + 1]!.f !== '/')) {
        if (tokens[e + 1]!.f === '.' && (!tokens[e + 2] || tokens[e + 2]!.sent !== t.sent)) break;
        e++;
      }
      end = tokens[e]!.e;
    } else if (t.f === 'som' && n) {
      const n2 = tokens[i + 2];
      if ((n.f === 'tidligere' || n.f === 'tidlegare') && n2 && AS_BEFORE.test(n2.f)) end = n2.e;
      else if (AS_BEFORE.test(n.f) && n2 && (n2.f === 'tidligere' || n2.f === 'tidlegare' || n2.f === 'over' || n2.f === 'ovenfor')) end = n2.e;
      else if ((n.f === 'for' || n.f === 'sist') && (!n2 || n2.k === KD.Punct || n2.sent !== t.sent)) end = n.e;
      else if (n.f === 'i' && n2 && /^(forrige|forre)$/.test(n2.f)) end = (tokens[i + 3] ?? n2).e;
    } else if (AS_BEFORE.test(t.f) && n && (n.f === 'i' || n.f === 'fra' || n.f === 'fraa') && tokens[i + 2]) {
      // "beskrevet i (vedlagt) epikrise", "omtalt i journalnotat".
      let k = i + 2;
      if (/^(vedlagt|vedlagte|tidligere|tidlegare|forrige|forre|siste)$/.test(tokens[k]!.f)) k++;
      if (tokens[k] && REF_OBJECTS.test(tokens[k]!.f)) end = tokens[k]!.e;
    } else if ((t.f === 'tidligere' || t.f === 'tidlegare') && n && AS_BEFORE.test(n.f) && prev?.f !== 'som') {
      end = n.e;
    } else if (t.f === 'uendret' && n && /^(fra|fra|siden|sidan|etter)$/.test(n.f) && tokens[i + 2] && /^(forrige|forre|sist|tidligere)/.test(tokens[i + 2]!.f)) {
      end = tokens[i + 2]!.e;
    }
    if (end < 0) continue;
    lastEnd = end;
    const fix = withCursor(rule.fixes[0]!, t.s, end, matchCase(text, t.s, REFERENCE_TEMPLATE[ctx.lang]));
    ctx.out.push(diag(rule, t.s, end, { fixes: [fix] }));
  }
}

/** Everyday acronyms that a Nav reader knows. */
const COMMON_ACRONYMS = new Set(['nav', 'pc', 'mr', 'ct', 'dps', 'aap', 'bup', 'it', 'ok', 'kg', 'km', 'tv', 'ptsd', 'adhd', 'kols', 'ms', 'als', 'hms', 'ia', 'eu', 'cv', 'aev', 'usa', 'oslo', 'sfo', 'nrk', 'ppt', 'bpa', 'rop', 'kpi', 'ui']);

/** "TKA", "ROM": a 2–4 letter all-caps token in otherwise mixed-case text (not a shouted sentence). */
function isClinicalAcronym(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const len = t.e - t.s;
  if (len < 2 || len > 4 || !t.cap || COMMON_ACRONYMS.has(t.f)) return false;
  const raw = text.slice(t.s, t.e);
  if (raw !== raw.toUpperCase() || /[^A-ZÆØÅ]/.test(raw)) return false;
  for (const k of [i - 1, i + 1, i - 2, i + 2]) {
    const n = tokens[k];
    if (!n || n.k !== KD.Word || n.e - n.s < 3) continue;
    const r = text.slice(n.s, n.e);
    if (r === r.toUpperCase()) return false;
  }
  return true;
}

const VERTEBRA = /^(l|c|s|th|t)\d{1,2}(\/(l|c|s|th|t)?\d{1,2})?$/;
function detectJargon(ctx: Ctx, rule: RuleDef): void {
  const { an, text } = ctx;
  const { tokens, flags } = an;
  const terms: { i: number; key: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== KD.Word) continue;
    let is = (flags[i]! & FL.JARGON) !== 0;
    // "ve."/"dx." only as abbreviations.
    if (is && (t.f === 've' || t.f === 'dx') && tokens[i + 1]?.f !== '.') is = false;
    if (!is && t.f.includes('-')) for (const p of t.f.split('-')) if (classifyW(p) & FL.JARGON) is = true;
    if (!is && t.cap && t.e - t.s <= 4 && isClinicalAcronym(text, tokens, i)) is = true;
    const c0 = t.f.charCodeAt(0);
    if (!is && t.f.length <= 9 && (c0 === 108 || c0 === 99 || c0 === 115 || c0 === 116) && VERTEBRA.test(t.f) && tokens[i + 1]?.f !== 'time') {
      // "L4/L5", "L5/S1": tokenised as l4 / l5.
      is = true;
    }
    if (!is) continue;
    const key = t.f.length <= 9 && VERTEBRA.test(t.f) ? 'vertebra' : t.f;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ i, key });
  }
  const n = terms.length;
  if (n < 2 || (n < 3 && n / Math.max(1, an.words) < 0.2)) return;
  for (const { i } of terms.slice(0, 6)) {
    const t = tokens[i]!;
    const end = (t.f === 've' || t.f === 'dx') && tokens[i + 1]?.f === '.' ? tokens[i + 1]!.e : t.e;
    const plain = PLAIN[t.f];
    const fixes = plain ? [withCursor(rule.fixes[0]!, t.s, end, plain)] : undefined;
    ctx.out.push(diag(rule, t.s, end, fixes ? { fixes } : {}, `Fagspråk: «${text.slice(t.s, end)}» – skriv så alle parter forstår.`));
  }
}

const VALID_SHORT = /^(nei|ja|ingen|ingenting|ukjent|ikke aktuelt|ikkje aktuelt|ikke relevant|ikkje relevant|nei\.?|-)$/;

// ---------------------------------------------------------------- lint

const SPAN_DETECTORS: Record<string, (ctx: Ctx, rule: RuleDef) => void> = {
  'vague-quantity': detectVague,
  'global-verdict': detectVerdict,
  reference: detectReference,
  jargon: detectJargon,
};

export function lint(text: string, fieldKey: string, opts?: { disabledRules?: readonly string[] }): LintResult {
  const fi = fieldInfo(fieldKey);
  if (!fi || !/\S/.test(text)) return { score: 0, dimensions: [], diagnostics: [] };
  const an = analyze(text);
  const lang: Lang = an.nynorsk ? 'nn' : 'nb';
  const disabled = opts?.disabledRules;
  const on = (id: string) => {
    const r = RULE_BY_ID.get(id)!;
    return !disabled?.includes(id) && ruleApplies(r, fieldKey) ? r : null;
  };
  const ctx: Ctx = { text, an, lang, out: [] };
  for (const id of ['reference', 'global-verdict', 'vague-quantity', 'jargon']) {
    const r = on(id);
    if (r) SPAN_DETECTORS[id]!(ctx, r);
  }
  const spanWarnings = ctx.out.some((d) => d.severity === 'warning' || d.severity === 'error');

  const short = fi.functional ? an.words < 8 : an.words < 3;
  const hasFunction = an.statements.some((s) => s.functional);
  const first = an.sentences[0];
  const last = an.sentences[an.sentences.length - 1];
  const whole = { start: first?.start ?? 0, end: last?.end ?? text.length };

  const symptoms = on('symptoms-only');
  const referenced = ctx.out.some((d) => d.rule === 'reference');
  // A text that only points elsewhere has one problem (the reference), unless it also lists symptoms.
  const symptomsOnly = !!symptoms && an.words >= 2 && !hasFunction && (an.hasSymptoms || (!short && !referenced));
  const textDiags: Diagnostic[] = [];
  if (symptomsOnly) {
    textDiags.push(diag(symptoms, whole.start, whole.end, { fixes: [appendFix(text, symptoms.fixes[0]!, APPEND['symptoms-only']![lang])] }));
  } else if (short) {
    const r = on('too-short');
    const folded = text.trim().toLowerCase().replace(/[.!]+$/, '');
    if (r && !spanWarnings && !(!fi.functional && VALID_SHORT.test(folded))) {
      const body = APPEND[fi.functional ? 'too-short' : 'too-short-other']![lang];
      textDiags.push(diag(r, whole.start, whole.end, { fixes: [appendFix(text, r.fixes[0]!, body)] }));
    }
  } else if (!(referenced && !hasFunction)) {
    const cap = on('no-capacity');
    if (cap && hasFunction && !an.statements.some((s) => s.capacity)) {
      const lim = an.statements.find((s) => s.limited) ?? an.statements[0]!;
      textDiags.push(diag(cap, lim.start, lim.end, { fixes: [appendFix(text, cap.fixes[0]!, APPEND['no-capacity']![lang])] }));
    }
    const dur = on('no-duration');
    if (dur && an.durations.length === 0 && last) {
      textDiags.push(diag(dur, last.start, last.end, { fixes: [appendFix(text, dur.fixes[0]!, APPEND['no-duration']![lang])] }));
    }
    const work = on('no-work-relation');
    if (work && !an.hasWork && first) {
      textDiags.push(diag(work, first.start, first.end, { fixes: [appendFix(text, work.fixes[0]!, APPEND['no-work-relation']![lang])] }));
    }
  }
  const diagnostics = ctx.out.concat(textDiags).sort((x, y) => x.start - y.start || x.end - y.end);
  const { score, dimensions } = computeScore(an, fi, fieldKey, diagnostics, short, symptomsOnly);
  return { score, dimensions, diagnostics };
}

// ---------------------------------------------------------------- score

function computeScore(
  an: Analysis,
  fi: FieldInfo,
  fieldKey: string,
  diagnostics: Diagnostic[],
  short: boolean,
  symptomsOnly: boolean,
): { score: number; dimensions: ScoreDimension[] } {
  if (!fi.functional) {
    let s = 100;
    for (const d of diagnostics) if (d.severity === 'warning' || d.severity === 'error') s -= 40;
    return { score: Math.max(0, s), dimensions: [] };
  }
  const dims: ScoreDimension[] = [];
  const fnStatements = an.statements.filter((s) => s.functional);
  const areas = an.areas;
  dims.push({
    id: 'areas',
    label: 'Funksjonsområder',
    met: areas.length > 0,
    points: areas.length === 0 ? 0 : areas.length === 1 ? 18 : 25,
    max: 25,
    advice:
      areas.length === 0
        ? 'Beskriv konkrete funksjoner: løfte, gå/stå, sitte, bruke hendene, konsentrasjon, samspill, utholdenhet.'
        : areas.length === 1
          ? 'Vurder om flere funksjonsområder er påvirket (f.eks. utholdenhet, konsentrasjon).'
          : `Beskriver ${areas.length} funksjonsområder.`,
  });
  const vague = diagnostics.filter((d) => d.rule === 'vague-quantity').length;
  const byArea = new Map<string, boolean>();
  for (const st of fnStatements)
    for (const a of st.areas) byArea.set(a, (byArea.get(a) ?? false) || st.quantities.some((q: Quantity) => q.unitClass !== 'period'));
  const measuredAreas = [...byArea.values()].filter(Boolean).length;
  const share = byArea.size ? measuredAreas / byArea.size : an.quantities.some((q) => q.unitClass !== 'period') ? 0.5 : 0;
  const mPoints = Math.max(0, Math.round(25 * share) - 5 * vague);
  dims.push({
    id: 'measures',
    label: 'Mål (kg, minutter, meter, ganger)',
    met: mPoints >= 20,
    points: mPoints,
    max: 25,
    advice: vague
      ? 'Erstatt uklare mengder («tungt», «lenge», «langt») med mål.'
      : mPoints >= 20
        ? 'Begrensningene er målt.'
        : 'Angi hvor mye, hvor lenge eller hvor ofte for hvert område.',
  });
  const ruleOn = (id: string) => ruleApplies(RULE_BY_ID.get(id)!, fieldKey);
  if (ruleOn('no-capacity')) {
    const met = fnStatements.some((s) => s.capacity);
    dims.push({ id: 'capacity', label: 'Hva pasienten kan', met, points: met ? 20 : 0, max: 20, advice: met ? 'Beskriver hva pasienten kan.' : 'Skriv også hva pasienten kan gjøre, og hvor mye.' });
  }
  if (ruleOn('no-duration')) {
    const met = an.durations.length > 0;
    dims.push({ id: 'duration', label: 'Varighet og prognose', met, points: met ? 15 : 0, max: 15, advice: met ? 'Varighet/prognose er angitt.' : 'Angi forventet varighet eller prognose.' });
  }
  if (ruleOn('no-work-relation')) {
    const met = an.hasWork;
    dims.push({ id: 'work', label: 'Knyttet til arbeid', met, points: met ? 15 : 0, max: 15, advice: met ? 'Knyttet til arbeidsoppgaver.' : 'Knytt beskrivelsen til konkrete arbeidsoppgaver eller yrker.' });
  }
  const max = dims.reduce((s, d) => s + d.max, 0);
  let score = Math.round((100 * dims.reduce((s, d) => s + d.points, 0)) / max);
  for (const d of diagnostics) if (d.rule === 'global-verdict' || d.rule === 'reference') score -= 10;
  if (short) score = Math.min(score, 30);
  if (symptomsOnly) score = Math.min(score, 15);
  return { score: Math.max(0, Math.min(100, score)), dimensions: dims };
}

export { RULES };
