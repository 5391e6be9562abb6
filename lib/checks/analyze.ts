/**
 * Analysis of a functional description: sentences → clauses ("statements") with their function areas,
 * negation, capacity, quantities and durations. Pure and linear in the length of the text, so it can run
 * on every keystroke. The yrke palette reuses it through `limitationsByArea`.
 */
import { FUNCTION_AREAS, type FunctionArea } from './areas.ts';
import { AREA_MASK, F, NUMBER_WORDS, UNITS, areaBit, areasOf, classify, type UnitClass } from './lexicon.ts';
import { Kind, splitSentences, tokenize, type Token } from './text.ts';

// Module-local aliases: imported bindings can compile to getter calls (tsx/esbuild), which is measurable in
// the per-token loops.
const FL = F;
const KD = Kind;
const classifyW = classify;
const areasOfW = areasOf;
const AREA_ALL = AREA_MASK;
const UNITS_W = UNITS;
const NUMBER_WORDS_W = NUMBER_WORDS;
const areaBitW = areaBit;

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
  text: string;
}

export interface Duration extends Span {
  kind: 'cue' | 'period';
  text: string;
}

export interface Statement extends Span {
  sentence: number;
  areas: FunctionArea[];
  /** A negation cue ("ikke", "ikkje", "unngå", "uten") governs the statement's activity. */
  negated: boolean;
  /** Says something the person cannot do or does with difficulty. */
  limited: boolean;
  /** Says something the person can do (also implied by a measured threshold: "ikke over 5 kg"). */
  capacity: boolean;
  /** Mentions an activity, a function or work at all (as opposed to symptoms/diagnoses only). */
  functional: boolean;
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
  /** Per-token lexicon flags, parallel to tokens. */
  flags: Uint32Array;
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

const RECOMMEND = new Set(['bor', 'ma', 'trenger', 'treng', 'anbefales', 'anbefaler', 'unnga']);
const CLAUSE_WORDS = new Set(['men', 'mens', 'bortsett', 'derimot', 'deretter', 'samt']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—', '\n']);

function unitClassArea(cls: UnitClass): number {
  if (cls === 'weight') return areaBitW('lift');
  if (cls === 'floors') return areaBitW('mobility');
  return 0;
}

/** Parses quantities: "2-3 kg", "ca. 20 min", "½ time", "20. minutt", "eitt år", "50 %", "200 løft". */
function findQuantities(text: string, tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value = NaN;
    if (t.k === KD.Num) value = t.v;
    else if (t.k === KD.Word) {
      if (t.f === 'halvtime' || t.f === 'kvarter') {
        out.push({ start: t.s, end: t.e, value: t.f === 'kvarter' ? 15 : 30, unit: 'min', unitClass: 'time', text: text.slice(t.s, t.e) });
        continue;
      }
      const w = NUMBER_WORDS_W.get(t.f);
      if (w !== undefined) value = w;
    }
    if (Number.isNaN(value)) continue;
    let j = i + 1;
    let max: number | undefined;
    // Range: "2-3", "2–3", "2 til 3"
    const sep = tokens[j];
    if (sep && (sep.f === '-' || sep.f === '–' || sep.f === 'til') && tokens[j + 1]?.k === KD.Num) {
      max = tokens[j + 1]!.v;
      j += 2;
    }
    // "20. minutt", "3. måned": ordinal point before the unit.
    if (tokens[j]?.f === '.' && tokens[j + 1]?.k === KD.Word) j++;
    // Allow one filler word: "1 hel time", "1 etasje", "2 km".
    let u = tokens[j];
    let unit = u && u.k !== KD.Num ? UNITS_W.get(u.f) : undefined;
    if (!unit && u && (u.f === 'hel' || u.f === 'heil' || u.f === 'halv' || u.f === 'halvt') && tokens[j + 1]) {
      const u2 = UNITS_W.get(tokens[j + 1]!.f);
      if (u2) {
        j++;
        u = tokens[j];
        unit = u2;
      }
    }
    if (!unit || !u) continue;
    // A bare number word ("en", "to") only counts when it is directly followed by its unit.
    if (t.k === KD.Word && unit.cls === 'frequency' && t.f === 'en' && u.f !== 'gang' && u.f !== 'ganger') continue;
    out.push({ start: t.s, end: u.e, value, max, unit: unit.unit, unitClass: unit.cls, text: text.slice(t.s, u.e) });
    i = j;
  }
  return out;
}

export function analyze(text: string): Analysis {
  const tokens = tokenize(text);
  const sents = splitSentences(text, tokens);
  const flags = new Uint32Array(tokens.length);
  let words = 0;
  let nn = 0;
  let nb = 0;
  let hasSymptoms = false;
  let hasWork = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k === KD.Punct) {
      if (t.f === '%') flags[i] = 0;
      continue;
    }
    words++;
    if (t.k !== KD.Word) continue;
    let fl = classifyW(t.f);
    // Compounds with a hyphen ("L5-dermatom", "kunde-kontakt"): the parts count too.
    if (fl === 0 && t.f.includes('-')) for (const p of t.f.split('-')) if (p.length > 2) fl |= classifyW(p);
    // ICD-10 codes ("F32", "M54") are diagnoses.
    if (t.cap && t.f.length === 3 && /^[a-z]\d\d$/.test(t.f)) fl |= FL.SYMPT;
    flags[i] = fl;
    if (fl & FL.NN) nn++;
    if (fl & FL.NB) nb++;
    if (fl & FL.SYMPT) hasSymptoms = true;
    if (fl & FL.WORK && !(fl & FL.SYMPT)) hasWork = true;
  }

  const quantities = findQuantities(text, tokens);
  // Map token index → quantities starting at that token, for clause assignment.
  const sentences: Sentence[] = sents.map((s) => ({ start: s.s, end: s.e, statements: [] }));
  const statements: Statement[] = [];

  // Clause boundaries: collect [a, b) token ranges per sentence without allocating closures per sentence.
  const cut = { qi: 0, prevNegated: false };
  for (let si = 0; si < sents.length; si++) {
    const sent = sents[si]!;
    let c0 = sent.t0;
    cut.prevNegated = false;
    for (let i = sent.t0; i < sent.t1; i++) {
      const t = tokens[i]!;
      let boundary = t.k === KD.Punct ? CLAUSE_PUNCT.has(t.f) : CLAUSE_WORDS.has(t.f);
      // "og"/"eller" followed by a new finite verb opens a new clause: "kan ikke løfte og kan gå 1 km".
      if (!boundary && (t.f === 'og' || t.f === 'eller') && i + 1 < sent.t1 && flags[i + 1]! & (FL.CAPV | FL.AUX)) boundary = true;
      if (!boundary) continue;
      flushClause(text, tokens, flags, c0, i, si, quantities, cut, statements, sentences[si]!);
      c0 = i + 1;
    }
    flushClause(text, tokens, flags, c0, sent.t1, si, quantities, cut, statements, sentences[si]!);
  }

  const durations = findDurations(text, tokens, flags, quantities);
  let areaBits = 0;
  for (const st of statements) if (st.functional) for (const a of st.areas) areaBits |= areaBitW(a);
  return {
    text,
    tokens,
    flags,
    sentences,
    statements,
    quantities,
    durations,
    words,
    nynorsk: nn > nb,
    areas: areasOfW(areaBits),
    hasSymptoms,
    hasWork,
  };
}

function flushClause(
  text: string,
  tokens: Token[],
  flags: Uint32Array,
  c0: number,
  c1: number,
  si: number,
  quantities: Quantity[],
  cut: { qi: number; prevNegated: boolean },
  statements: Statement[],
  sentence: Sentence,
): void {
  let a = c0;
  while (a < c1 && tokens[a]!.k === KD.Punct) a++;
  let b = c1;
  while (b > a && tokens[b - 1]!.k === KD.Punct && tokens[b - 1]!.f !== '%') b--;
  if (a >= b) return;
  const st = buildStatement(text, tokens, flags, a, b, si, cut.prevNegated, quantities, cut.qi);
  cut.qi = st.nextQ;
  cut.prevNegated = st.statement.negated;
  // A clause that is only a measure continues the previous one: "kan ha kontorarbeid, inntil 4 timer per dag".
  const prev = statements[statements.length - 1];
  const cur = st.statement;
  if (!cur.functional && cur.quantities.length && prev && prev.sentence === si && prev.functional) {
    cur.functional = true;
    for (const ar of prev.areas) if (!cur.areas.includes(ar)) cur.areas.push(ar);
    if (prev.capacity && !cur.negated) cur.capacity = true;
  }
  statements.push(st.statement);
  sentence.statements.push(statements.length - 1);
}

function firstNegSeen(tokens: Token[], flags: Uint32Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isNegCue(tokens, flags, k)) return true;
  return false;
}

function isNegCue(tokens: Token[], flags: Uint32Array, i: number): boolean {
  const fl = flags[i]!;
  const f = tokens[i]!.f;
  if (f === 'stand' && tokens[i - 1]?.f === 'av' && tokens[i - 2]?.f === 'ute') return true; // "ute av stand til"
  if (!(fl & FL.NEG)) return false;
  // "uten/utan problemer" and "ingen problemer/begrensninger" are positive.
  if (f === 'uten' || f === 'utan' || f === 'ingen' || f === 'inga') {
    // "uten (store) problemer/plager", "ingen begrensninger": positive.
    for (let k = i + 1; k <= i + 2; k++) {
      const n = tokens[k]?.f ?? '';
      if (/^(problem|begrens|vansk|smert|hjelp|plage|besvaer|ubehag|avgrens)/.test(n)) return false;
    }
  }
  return true;
}

function buildStatement(
  text: string,
  tokens: Token[],
  flags: Uint32Array,
  a: number,
  b: number,
  sentence: number,
  prevNegated: boolean,
  quantities: Quantity[],
  qStart: number,
): { statement: Statement; nextQ: number } {
  let areaBitsAll = 0;
  let functional = false;
  let hasAct = false;
  let qualifier = false;
  let negated = false;
  let firstNeg = -1;
  let capacity = false;
  let limitWord = false;
  let hasCapv = false;
  let posw = false;
  for (let i = a; i < b; i++) {
    const fl = flags[i]!;
    areaBitsAll |= fl & AREA_ALL;
    // Symptom words ("utmattelse", "smerter") carry an area and a limitation on their own; they do not make a
    // statement about function.
    if (!(fl & FL.SYMPT)) {
      if (fl & (FL.ACT | FL.WORK) || fl & AREA_ALL) hasAct = true;
      if (fl & (FL.CAPV | FL.VERDICT)) functional = true;
      if (fl & (FL.HEAVY | FL.LONG | FL.MUCH | FL.DEMAND | FL.SHORT | FL.THRESH | FL.LIMIT) || RECOMMEND.has(tokens[i]!.f)) qualifier = true;
    }
    if (isNegCue(tokens, flags, i)) {
      if (firstNeg < 0) firstNeg = i;
    } else if (fl & FL.NEG) {
      posw = true; // "uten problemer"
    }
    if (fl & FL.LIMIT) limitWord = true;
    if (fl & FL.CAPV) {
      hasCapv = true;
      // Negated capacity verb: "kan ikke", "klarer ikkje", "har ikke klart", "ikke kan".
      let neg = false;
      for (let k = i + 1; k <= i + 2 && k < b; k++) if (isNegCue(tokens, flags, k)) neg = true;
      for (let k = i - 1; k >= i - 2 && k >= a; k--) if (isNegCue(tokens, flags, k)) neg = true;
      if (!neg) capacity = true;
    }
    if (fl & FL.POSW) {
      let neg = false;
      for (let k = i - 1; k >= i - 2 && k >= a; k--) if (isNegCue(tokens, flags, k)) neg = true;
      if (!neg) posw = true;
    }
    // "lett arbeid", "lettere (administrative) oppgaver", "arbeidsevne i kontorarbeid", "går tur daglig":
    // positive statements about what the person manages or what suits them.
    const f = tokens[i]!.f;
    if ((f === 'arbeidsevne' || f === 'arbeidsevna' || f === 'restarbeidsevne') && (tokens[i + 1]?.f === 'i' || tokens[i + 1]?.f === 'til')) {
      let neg = false;
      for (let k = i - 1; k >= i - 3 && k >= a; k--) if (isNegCue(tokens, flags, k)) neg = true;
      if (!neg) posw = true;
    }
    if ((f === 'daglig' || f === 'dagleg' || f === 'dagligdags') && !firstNegSeen(tokens, flags, a, b)) {
      for (let k = a; k < b; k++) if (flags[k]! & FL.ACT && !(flags[k]! & FL.SYMPT)) posw = true;
    }
    if ((f === 'lett' || f === 'lette' || f === 'lettere' || f === 'lettare') && i + 1 < b) {
      const n = flags[i + 1]! | (i + 2 < b ? flags[i + 2]! : 0);
      if (n & (FL.WORK | FL.ACT)) {
        let neg = false;
        for (let k = i - 1; k >= i - 2 && k >= a; k--) if (isNegCue(tokens, flags, k)) neg = true;
        if (!neg) posw = true;
      }
    }
  }
  if (firstNeg >= 0) {
    // The negation governs the statement if an activity, capacity verb or work word follows it.
    for (let i = firstNeg + 1; i < b; i++) if (flags[i]! & (FL.ACT | FL.CAPV | FL.WORK | AREA_ALL)) negated = true;
    if (!negated && firstNeg + 1 < b) negated = true;
  }
  // List continuation: "kan ikke løfte tungt, stå lenge eller gå langt".
  if (!negated && prevNegated && !hasCapv && flags[a]! & FL.ACT) negated = true;

  const qs: Quantity[] = [];
  let q = qStart;
  const sStart = tokens[a]!.s;
  const sEnd = tokens[b - 1]!.e;
  while (q < quantities.length && quantities[q]!.start < sStart) q++;
  let threshold = false;
  let measured = false;
  while (q < quantities.length && quantities[q]!.start < sEnd) {
    const qt = quantities[q]!;
    qs.push(qt);
    areaBitsAll |= unitClassArea(qt.unitClass);
    if (qt.unitClass !== 'period') measured = true;
    q++;
  }
  // Working time ("4 timer per dag", "50 %") is about endurance.
  if (qs.length && !(areaBitsAll & areaBitW('endurance'))) {
    let timeQ = false;
    for (let x = 0; x < qs.length; x++) if (qs[x]!.unitClass === 'time' || qs[x]!.unitClass === 'percent') timeQ = true;
    if (timeQ)
      for (let i = a; i < b; i++) {
        const f = tokens[i]!.f;
        if (flags[i]! & FL.WORK || f === 'dag' || f === 'dagen' || f === 'daglig' || f === 'dagleg' || f === 'dagar' || f === 'dager') {
          areaBitsAll |= areaBitW('endurance');
          break;
        }
      }
  }
  if (qs.length) {
    for (let i = a; i < b; i++) {
      if (!(flags[i]! & FL.THRESH) && tokens[i]!.f !== 'til') continue;
      // A threshold word right before a quantity: "over 5 kg", "mer enn 20 min", "redusert til 30 min".
      // Skip "enn", "ca", "." between the threshold word and the number.
      let k = i + 1;
      while (k < b && k <= i + 4 && (tokens[k]!.f === 'enn' || tokens[k]!.f === 'ca' || tokens[k]!.f === '.')) k++;
      const at = tokens[k];
      if (at) for (let x = 0; x < qs.length; x++) if (qs[x]!.start === at.s) threshold = true;
    }
  }
  // A function statement says something about an activity: capacity, negation, a measure, a limitation or a
  // recommendation ("kan gå 1 km", "unngå løft", "går 200 m"), not just names it ("står på litium",
  // "smerter etter løft").
  const fn = functional || (hasAct && (negated || measured || qualifier || posw));
  if (measured && fn && (threshold || !negated) && !(limitWord && !threshold)) capacity = true;
  if (measured && negated && threshold) capacity = true;
  if (posw && fn) capacity = true;
  const limited = negated || limitWord || (threshold && qs.length > 0);

  return {
    statement: {
      start: sStart,
      end: sEnd,
      sentence,
      areas: areasOfW(areaBitsAll),
      negated,
      limited,
      capacity,
      functional: fn,
      quantities: qs,
      t0: a,
      t1: b,
    },
    nextQ: q,
  };
}

const IMPROVE = /^(bedr|betr|frisk)/;
const FUTURE = /^(vil|usikk|trolig|truleg|sannsynlig|antakelig|antageligvis|forhapentlig|kan|skal)/;

function findDurations(text: string, tokens: Token[], flags: Uint32Array, quantities: Quantity[]): Duration[] {
  const out: Duration[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (flags[i]! & FL.DUR) {
      // "kroniske smerter" names the disease; "tilstanden er kronisk" is a statement about duration.
      const n = tokens[i + 1];
      if (t.f.startsWith('kronisk') && n && n.k === KD.Word && n.sent === t.sent && !(flags[i + 1]! & FL.AUX) && n.f !== 'og' && n.f !== 'men') continue;
      out.push({ start: t.s, end: t.e, kind: 'cue', text: text.slice(t.s, t.e) });
      continue;
    }
    // Expected or uncertain improvement: "usikkert når dette vil bedre seg", "vil trolig bli bedre".
    const c = t.f.charCodeAt(0);
    if ((c === 98 || c === 102) && IMPROVE.test(t.f)) {
      for (let k = i - 6; k <= i + 3; k++) {
        const o = tokens[k];
        if (!o || o.sent !== t.sent || k === i) continue;
        if (FUTURE.test(o.f)) {
          out.push({ start: t.s, end: t.e, kind: 'cue', text: text.slice(t.s, t.e) });
          break;
        }
      }
    }
    // "på sikt", "ny vurdering", "ny kontroll"
    if ((t.f === 'sikt' && tokens[i - 1]?.f === 'pa') || (t.f === 'ny' && /^(vurdering|kontroll|legeerklaering)/.test(tokens[i + 1]?.f ?? ''))) {
      out.push({ start: tokens[i - (t.f === 'sikt' ? 1 : 0)]!.s, end: (tokens[i + (t.f === 'ny' ? 1 : 0)] ?? t).e, kind: 'cue', text: '' });
    }
  }
  let ti = 0;
  for (const q of quantities) {
    if (q.unitClass !== 'period') continue;
    while (ti < tokens.length && tokens[ti]!.s < q.start) ti++;
    // History ("siste 6 måneder", "for 2 år siden") and routine ("hver 3. måned") are not prognosis.
    let hist = false;
    for (let k = ti - 1; k >= ti - 3 && k >= 0; k--) {
      const f = tokens[k]!.f;
      if (flags[k]! & FL.HIST || f === 'hver' || f === 'kvar' || f === 'per' || f === 'pr') hist = true;
    }
    let te = ti;
    while (te < tokens.length && tokens[te]!.e <= q.end) te++;
    const after = tokens[te]?.f;
    if (after === 'siden' || after === 'sidan' || after === 'gammel' || after === 'gamal') hist = true;
    if (!hist) out.push({ start: q.start, end: q.end, kind: 'period', text: q.text });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

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
        if (q.unitClass === 'period') continue;
        e.measured = true;
        if (!e.quantities.includes(q.text)) e.quantities.push(q.text);
      }
      const ev = an.text.slice(st.start, st.end);
      if (e.evidence.length < 5 && !e.evidence.includes(ev)) e.evidence.push(ev);
    }
  }
  return out;
}

export { FUNCTION_AREAS };
