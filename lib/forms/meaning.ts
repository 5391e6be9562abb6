/**
 * Recognition by meaning: what a label *asks about* (function, what the person manages, work, prognosis,
 * treatment …), read from meaning words rather than from a known wording. Used on pages already known to show
 * a form, for fields whose label matches none of the definitions' phrases: the field gets the definition whose
 * own wording asks about the same things, so a reworded question still gets the right profile.
 *
 * Words are matched on folded text (æ→ae, ø→o, å→a) by stem: a stem matches a word that starts with it, and
 * stems marked `~` also inside compounds ("helseplager", "arbeidsoppgaver"). Bokmål and nynorsk.
 */
import { fold } from './text.ts';

export type Concept =
  | 'function'
  | 'capacity'
  | 'work'
  | 'tasks'
  | 'job'
  | 'time'
  | 'treatment'
  | 'summary'
  | 'reasons'
  | 'aev'
  | 'need'
  | 'goal'
  | 'market'
  | 'social'
  | 'competence'
  | 'tiltak'
  | 'accommodation'
  | 'causal'
  | 'otherwork'
  | 'withhold'
  | 'docs'
  | 'message'
  | 'employer'
  | 'plan'
  | 'health'
  | 'neg'
  | 'absence';

/** Concepts that can carry a match on their own; the rest only sharpen one. */
const WEIGHT: Record<Concept, number> = {
  function: 1,
  capacity: 1,
  work: 0.8,
  tasks: 1,
  job: 1,
  time: 1,
  treatment: 1,
  summary: 1,
  reasons: 0.8,
  aev: 1.5,
  need: 1,
  goal: 1,
  market: 1,
  social: 1,
  competence: 1,
  tiltak: 1,
  accommodation: 1,
  causal: 1,
  otherwork: 1,
  withhold: 1.5,
  docs: 0.8,
  message: 1.5,
  employer: 0.6,
  absence: 1,
  plan: 0.4,
  health: 0.5,
  neg: 0.3,
};
const WEAK = new Set<Concept>(['health', 'neg', 'employer', 'work', 'reasons', 'docs']);

// stem → concepts. `~stem`: also inside a compound; `=word`: whole word only.
const LEXICON: [string, Concept[]][] = [
  // function and limitation
  ['~funksjon', ['function']],
  ['funger', ['function']],
  ['~begrens', ['function']],
  ['avgrens', ['function']],
  ['~utfordring', ['function']],
  ['vansk', ['function']],
  ['nedsatt', ['function']],
  ['nedsett', ['function']],
  ['~nedsettelse', ['function']],
  ['svekk', ['function']],
  ['redusert', ['function']],
  ['hemm', ['function']],
  ['konsekvens', ['function']],
  ['=betyr', ['function']],
  ['=tyder', ['function']],
  ['pavirk', ['function']],
  ['paverk', ['function']],
  ['=taler', ['function', 'capacity']],
  ['~talegrense', ['function', 'capacity']],
  ['toleranse', ['function']],
  ['belastning', ['function']],
  ['hindr', ['function']],
  ['fysisk', ['function']],
  ['psykisk', ['function']],
  ['kognitiv', ['function']],
  ['~fungering', ['function']],
  // what the person can do
  ['mestr', ['capacity']],
  ['=orker', ['capacity']],
  ['=orke', ['capacity']],
  ['=orkar', ['capacity']],
  ['meistr', ['capacity']],
  ['=klarer', ['capacity']],
  ['=klare', ['capacity']],
  ['=klarar', ['capacity']],
  ['greie', ['capacity']],
  ['makte', ['capacity']],
  ['maktar', ['capacity']],
  ['utfor', ['capacity']],
  ['likevel', ['capacity']],
  ['ressurs', ['capacity']],
  ['restarbeidsevn', ['capacity', 'work']],
  ['kapasitet', ['capacity']],
  ['=muligheter', ['capacity']],
  ['=moglegheiter', ['capacity']],
  ['realistisk', ['capacity']],
  // work
  ['arbeid', ['work']],
  ['=arbeide', ['work']],
  ['jobb', ['work']],
  ['~yrke', ['work']],
  ['stilling', ['work']],
  ['~arbeidsdeltak', ['work']],
  ['arbeidsliv', ['work']],
  ['~arbeidsevn', ['work', 'function']],
  ['~arbeidsufor', ['work', 'function']],
  ['arbeidsplass', ['work']],
  ['arbeidshverdag', ['work']],
  ['~oppgav', ['tasks']],
  ['=gjore', ['tasks']],
  ['=gjere', ['tasks']],
  ['=krav', ['job']],
  ['kravene', ['job']],
  ['~kravtil', ['job']],
  ['arbeidets', ['job']],
  ['arbeidsgiv', ['employer']],
  ['arbeidsgjev', ['employer']],
  ['bedrift', ['employer']],
  // time and prognosis
  ['prognos', ['time']],
  ['varighet', ['time']],
  ['varigheit', ['time']],
  ['=lenge', ['time']],
  ['=varer', ['time']],
  ['=vare', ['time']],
  ['forvent', ['time']],
  ['fremover', ['time']],
  ['framover', ['time']],
  ['fremtid', ['time']],
  ['framtid', ['time']],
  ['maned', ['time']],
  ['manad', ['time']],
  ['tidsperspektiv', ['time']],
  ['=sikt', ['time']],
  ['tidspunkt', ['time']],
  ['=nar', ['time']],
  ['bedring', ['time']],
  ['bedres', ['time']],
  ['utvikl', ['time']],
  ['=tilbake', ['time']],
  ['anslag', ['time']],
  ['ansla', ['time']],
  // treatment
  ['~behandl', ['treatment']],
  ['~utredn', ['treatment']],
  ['~utgrei', ['treatment']],
  ['henvis', ['treatment']],
  ['tilvis', ['treatment']],
  ['~terapi', ['treatment']],
  ['undersok', ['treatment']],
  ['~spesialist', ['treatment']],
  ['rehabiliter', ['treatment']],
  ['opptren', ['treatment']],
  ['~plan', ['plan']],
  // summary of the illness
  ['sykehistor', ['summary']],
  ['sjukehistor', ['summary']],
  ['~sykdomsutvikl', ['summary']],
  ['~sjukdomsutvikl', ['summary']],
  ['anamnes', ['summary']],
  ['symptom', ['summary']],
  ['=funn', ['summary']],
  ['~plage', ['summary']],
  ['~forlop', ['summary']],
  ['oppsummer', ['summary']],
  ['=status', ['summary']],
  ['=tilstand', ['summary']],
  ['=tilstanden', ['summary']],
  ['=tilstandsbilde', ['summary']],
  ['klinisk', ['summary']],
  ['provesvar', ['summary']],
  ['~sykdom', ['health']],
  ['~sjukdom', ['health']],
  ['~helse', ['health']],
  ['medisinsk', ['health']],
  ['diagnos', ['health']],
  // reasons and the AEV
  ['begrunn', ['reasons']],
  ['grunngi', ['reasons']],
  ['konklu', ['reasons']],
  ['=hvorfor', ['reasons']],
  ['=kvifor', ['reasons']],
  ['~arbeidsevnevurdering', ['aev']],
  ['=aev', ['aev']],
  ['bistand', ['need']],
  ['innsats', ['need']],
  ['=hjelp', ['need']],
  ['stotte', ['need']],
  ['treng', ['need']],
  ['~behov', ['need']],
  ['onsk', ['goal']],
  ['=mal', ['goal']],
  ['=malet', ['goal']],
  ['drom', ['goal']],
  ['=egne', ['goal']],
  ['arbeidsmarked', ['market']],
  ['arbeidsmarknad', ['market']],
  ['naeromrad', ['market']],
  ['lokal', ['market']],
  ['ettersp', ['market']],
  ['bosted', ['market']],
  ['naermiljo', ['market']],
  ['region', ['market']],
  ['ledige', ['market']],
  ['pendl', ['market']],
  ['familie', ['social']],
  ['bolig', ['social']],
  ['bosituasjon', ['social']],
  ['nettverk', ['social']],
  ['sosial', ['social']],
  ['livssituasjon', ['social']],
  ['okonomi', ['social']],
  ['utdann', ['competence']],
  ['kompetanse', ['competence']],
  ['skolegang', ['competence']],
  ['=kurs', ['competence']],
  ['sertifikat', ['competence']],
  ['~erfaring', ['competence']],
  ['ferdighet', ['competence']],
  ['=fagbrev', ['competence']],
  ['~tiltak', ['tiltak']],
  ['arbeidsutprov', ['tiltak', 'work']],
  ['forsokt', ['tiltak']],
  ['=provd', ['tiltak']],
  ['tilrettelegg', ['accommodation']],
  ['~hensyn', ['accommodation']],
  ['omsyn', ['accommodation']],
  ['skjerm', ['accommodation']],
  ['tilpass', ['accommodation']],
  ['arsak', ['causal']],
  ['skyld', ['causal']],
  ['betydning', ['causal']],
  ['sammenheng', ['causal']],
  ['forklar', ['causal']],
  ['tilbakehold', ['withhold']],
  ['erklaering', ['docs']],
  ['legeopplysning', ['docs']],
  ['legeerklaering', ['docs']],
  ['dokumentasjon', ['docs']],
  ['melding', ['message']],
  ['innspill', ['message']],
  ['beskjed', ['message']],
  ['tilbakemelding', ['message']],
  ['fravaer', ['absence']],
  ['fravaersgrunn', ['absence']],
  ['tilbakedater', ['absence']],
  ['=ikke', ['neg']],
  ['=ikkje', ['neg']],
];

interface Entry {
  stem: string;
  concepts: Concept[];
}
const PREFIX: Entry[] = [];
const INFIX: Entry[] = [];
const EXACT = new Map<string, Concept[]>();
for (const [raw, concepts] of LEXICON) {
  if (raw.startsWith('=')) EXACT.set(raw.slice(1), concepts);
  else if (raw.startsWith('~')) INFIX.push({ stem: raw.slice(1), concepts });
  else PREFIX.push({ stem: raw, concepts });
}

/** "annet arbeid", "anna yrke", "nytt yrke": other work than today's. */
const OTHER_WORK =
  /\b(?:annet|anna|annen|andre|nytt|ny|nye)\s+(?:\w+\s+)?(?:arbeid|arbeidet|arbeidsoppgaver|yrke|yrket|yrker|jobb|jobben|jobber|stilling|stillinger)\b/;
/** "hva kan pasienten", "hva pasienten kan", "kva kan brukaren": asks what the person can do. */
const CAN_ASK =
  /\b(?:hva|kva|hvilke|kva for)\s+(?:\w+\s+){0,3}?kan\b|\bkan\s+(?:pasienten|brukeren|bruker|brukaren|personen|han|hun|ho)\b(?!\s+ikke)|\b(?:vil|kan|ville|kunne)\s+(?:\w+\s+)?fungere\b/;
/** "ikke bør få vite", "holdes tilbake". */
/** "der hun bor", "i området": the local labour market. */
const WHERE_LIVES = /\bder\s+(?:\w+\s+)?(?:bor|bur)\b|\bi\s+(?:omradet|naeromradet|kommunen|regionen)\b/;
const WITHHOLD = /\b(?:ikke|ikkje)\s+(?:bor|skal)\s+fa\s+vite\b|\bholdes tilbake\b|\bhaldast tilbake\b/;

export type ConceptSet = ReadonlyMap<Concept, number>;

/** Meaning words of a text, each concept with its weight. */
export function conceptsOf(text: string): ConceptSet {
  const out = new Map<Concept, number>();
  const add = (cs: readonly Concept[]) => {
    for (const c of cs) out.set(c, WEIGHT[c]);
  };
  const f = fold(text).replace(/\s+/g, ' ').trim();
  if (!f) return out;
  for (const w of f.split(' ')) {
    if (w.length < 3) continue;
    const exact = EXACT.get(w);
    if (exact) add(exact);
    for (const e of PREFIX) if (w.startsWith(e.stem)) add(e.concepts);
    for (const e of INFIX) if (w.includes(e.stem)) add(e.concepts);
  }
  if (OTHER_WORK.test(f)) add(['otherwork', 'work']);
  if (CAN_ASK.test(f)) add(['capacity']);
  if (WITHHOLD.test(f)) add(['withhold']);
  if (WHERE_LIVES.test(f)) add(['market']);
  // "helsetilstanden gir utfordringer" is about function, not a status summary.
  if (out.has('summary') && out.has('function') && !/\b(?:symptom|funn|sykehistor|sjukehistor|oppsummer|status)/.test(f)) out.delete('summary');
  return out;
}

/** A label that can carry a match by meaning names at least one concept that is not only a sharpener. */
export function hasCoreConcept(c: ConceptSet): boolean {
  for (const k of c.keys()) if (!WEAK.has(k)) return true;
  return false;
}

/** Weighted cosine similarity of two concept sets (0–1). */
export function similarity(a: ConceptSet, b: ConceptSet): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const v = b.get(k);
    if (v) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** What a field's profile (`asks`) says in concepts: the definition's own statement of what it asks for. */
export function conceptsOfAsks(asks: readonly string[]): ConceptSet {
  const out = new Map<Concept, number>();
  for (const a of asks) {
    const c: Concept | null =
      a === 'function'
        ? 'function'
        : a === 'capacity'
          ? 'capacity'
          : a === 'work'
            ? 'work'
            : a === 'tasks'
              ? 'tasks'
              : a === 'job'
                ? 'job'
                : a === 'time' || a === 'prognosis'
                  ? 'time'
                  : a === 'reasons'
                    ? 'reasons'
                    : a === 'treatment'
                      ? 'treatment'
                      : a === 'summary'
                        ? 'summary'
                        : a === 'aev'
                          ? 'aev'
                          : null;
    if (c) out.set(c, a === 'prognosis' ? WEIGHT.time * 0.5 : WEIGHT[c]);
  }
  return out;
}

/** Union of concept sets (max weight per concept). */
export function union(...sets: ConceptSet[]): ConceptSet {
  const out = new Map<Concept, number>();
  for (const s of sets) for (const [k, w] of s) out.set(k, Math.max(w, out.get(k) ?? 0));
  return out;
}

/** A concept set at a fraction of its weight (context that only hints). */
export function scaled(set: ConceptSet, factor: number): ConceptSet {
  const out = new Map<Concept, number>();
  for (const [k, w] of set) out.set(k, w * factor);
  return out;
}

/** Week numbers a text ties itself to: «uke 17», «ved 39 uker», «4/12/28 uker», «veke 7». */
export function weekNumbers(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.toLowerCase();
  for (const m of t.matchAll(/\b(?:uke|veke)\s*(\d{1,2})\b/g)) out.add(String(Number(m[1])));
  for (const m of t.matchAll(/\b(\d{1,2}(?:\s*(?:\/|,|og|-|–)\s*\d{1,2})*)\s*(?:uker|veker|ukers|vekers)\b/g))
    for (const n of m[1]!.match(/\d{1,2}/g) ?? []) out.add(String(Number(n)));
  return out;
}
