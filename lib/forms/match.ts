import type { FieldDef, FormDef } from './schema.ts';
import { fold, leadingNumber, sameWord, tokens } from './text.ts';
import { conceptsOf, conceptsOfAsks, union, weekNumbers, type ConceptSet } from './meaning.ts';

/** A piece of text that may name a field, and how much we trust where it came from. */
export interface LabelEvidence {
  text: string;
  /** 1 = a real label (label[for], aria-labelledby), lower for placeholder, sibling text, headings. */
  weight: number;
  /** A heading, legend or caption above the field: names its section, not the question itself. */
  heading?: boolean;
}

/** Evidence tokenised once, shared by every form it is scored against. */
export interface PreparedEvidence extends LabelEvidence {
  toks: string[];
  /** First four letters → words, so inflection matching only compares plausible pairs. */
  byPrefix: Map<string, string[]>;
  num: string | undefined;
  /** Numbers in the text other than a leading official number ("uke 17" → 17). */
  nums: Set<string>;
}

/** Numbers in a text, leaving out a leading official number ("5.6.1 …"). */
export function numbersIn(text: string, skipLeading = true): string[] {
  const lead = skipLeading ? leadingNumber(text) : undefined;
  const body = lead ? text.slice(text.indexOf(lead) + lead.length) : text;
  return (body.match(/\d+/g) ?? []).map((n) => String(Number(n)));
}

export function prepareEvidence(ev: readonly LabelEvidence[]): PreparedEvidence[] {
  return ev.map((e) => {
    const toks = tokens(e.text);
    const byPrefix = new Map<string, string[]>();
    for (const t of toks) {
      const k = t.slice(0, 4);
      const arr = byPrefix.get(k);
      if (arr) arr.push(t);
      else byPrefix.set(k, [t]);
    }
    return { ...e, toks, byPrefix, num: leadingNumber(e.text), nums: new Set(numbersIn(e.text)) };
  });
}

interface CompiledPhrase {
  toks: string[];
  /** Numbers that are part of the wording ("siden uke 7"): a label with other numbers is another question. */
  nums: string[];
}
export interface CompiledField {
  def: FieldDef;
  /** Position in the definition (the order questions appear on the form). */
  index: number;
  phrases: CompiledPhrase[];
  names: string[];
  /** Meaning of the label together with the profile, and of each phrase on its own (see meaning.ts). */
  concepts: ConceptSet;
  phraseConcepts: ConceptSet[];
  /** Weeks of sick leave the field belongs to (L1 follow-up points), from its section or its own label. */
  weeks: Set<string>;
  /** A field that holds a whole form (asks 'aev'): recognised alone or by an unmistakable wording only. */
  wholeForm: boolean;
}
export interface CompiledForm {
  def: FormDef;
  fields: CompiledField[];
  /** Section id → token lists of its title and phrases (to read a heading above a field). */
  sectionToks: Map<string, string[][]>;
  /** First four letters of any phrase word → the phrases holding it: only these can score for a label. */
  phraseIndex: Map<string, { field: CompiledField; phrase: CompiledPhrase }[]>;
  byNumber: Map<string, CompiledField>;
  titleToks: string[][];
}

const cache = new WeakMap<FormDef, CompiledForm>();

export function compileForm(def: FormDef): CompiledForm {
  let c = cache.get(def);
  if (c) return c;
  const sectionWeeks = new Map<string, Set<string>>();
  const sectionToks = new Map<string, string[][]>();
  for (const sec of def.sections) {
    const texts = [sec.title, ...sec.phrases];
    const weeks = new Set(texts.flatMap((t) => [...weekNumbers(t)]));
    // A section that names several follow-up points ("uke 7, 17, 39") does not tie a field to one of them.
    sectionWeeks.set(sec.id, weeks.size === 1 ? weeks : new Set());
    sectionToks.set(
      sec.id,
      texts.map(tokens).filter((t) => t.length > 0),
    );
  }
  const fields = def.fields.map((f, index): CompiledField => {
    const phraseTexts = [f.label, ...f.phrases];
    const secWeeks = sectionWeeks.get(f.section)!;
    return {
      def: f,
      index,
      phrases: phraseTexts.map((p) => ({ toks: tokens(p), nums: numbersIn(p, false) })).filter((p) => p.toks.length > 0),
      names: f.names.map((n) => fold(n).replace(/\s+/g, '')).filter((n) => n.length >= 4),
      concepts: union(conceptsOf(f.label), conceptsOfAsks(f.asks)),
      phraseConcepts: f.phrases.map(conceptsOf),
      weeks: secWeeks.size ? secWeeks : weekNumbers(f.label),
      wholeForm: f.asks.includes('aev'),
    };
  });
  const byNumber = new Map<string, CompiledField>();
  for (const f of fields) if (f.def.number) byNumber.set(f.def.number, f);
  const phraseIndex = new Map<string, { field: CompiledField; phrase: CompiledPhrase }[]>();
  for (const field of fields)
    for (const phrase of field.phrases)
      for (const k of new Set(phrase.toks.map((t) => t.slice(0, 4)))) {
        const arr = phraseIndex.get(k);
        if (arr) arr.push({ field, phrase });
        else phraseIndex.set(k, [{ field, phrase }]);
      }
  c = { def, fields, sectionToks, byNumber, phraseIndex, titleToks: def.titlePhrases.map(tokens) };
  cache.set(def, c);
  return c;
}

/** Who the form is about or for: in most labels, so they do not make a two-word phrase specific. */
const SUBJECT = new Set(['pasienten', 'pasient', 'bruker', 'brukeren', 'brukers', 'brukar', 'brukaren', 'personen', 'legen', 'nav']);

const GENERIC = new Set(['dato', 'telefon', 'telefonnummer', 'navn', 'adresse', 'annet', 'kommentar', 'merknad', 'tekst', 'beskrivelse', 'fritekst', 'notat']);

/** Share of the phrase's words found in the label; one-word phrases are weaker evidence than long ones. */
function phraseScore(compiled: CompiledPhrase, ev: PreparedEvidence): number {
  const s = wordScore(compiled.toks, ev);
  // "… siden uke 7" and "… siden uke 17" differ only in the number: a label with numbers must hold the phrase's.
  if (s > 0 && compiled.nums.length && ev.nums.size && !compiled.nums.every((n) => ev.nums.has(n))) return s * 0.75;
  return s;
}

function wordScore(phrase: string[], ev: PreparedEvidence): number {
  const label = ev.toks;
  // Words naming the person ("pasienten", "bruker") count half: nearly every label has them.
  let hit = 0;
  let total = 0;
  for (const p of phrase) {
    const w = SUBJECT.has(p) ? 0.5 : 1;
    total += w;
    const near = ev.byPrefix.get(p.slice(0, 4));
    if (near?.some((l) => sameWord(p, l))) hit += w;
    else if (hit === 0 && phrase.length <= 2) return 0;
  }
  const coverage = hit / total;
  if (coverage < 0.66) return 0;
  // "Dato", "Telefon" alone say nothing about which field it is unless they are the whole label.
  if (phrase.length === 1 && GENERIC.has(phrase[0]!) && label.length !== 1) return 0;
  // A label that is exactly the phrase is a strong hint even for one word ("Sykehistorie").
  const exact = coverage === 1 && label.length === phrase.length;
  // "Pasientens yrke" inside a long question says no more than "yrke": the person named is in most labels.
  const len = phrase.length === 2 && !exact && (SUBJECT.has(phrase[0]!) || SUBJECT.has(phrase[1]!)) ? 1 : phrase.length;
  const specificity = len === 1 ? (exact ? 0.9 : 0.75) : len === 2 ? (exact ? 1 : 0.9) : 1;
  // A long label that merely contains a short phrase ("Yrke" inside a sentence) is weaker evidence.
  const extra = Math.max(0, label.length - len);
  const dilution = len <= 2 && extra > 4 ? 0.85 : 1;
  return coverage * specificity * dilution;
}

export interface FieldScore {
  field: FieldDef;
  score: number;
}

/** How well a heading's words name one of the form's sections (all words of a section phrase present). */
export function sectionMatches(form: CompiledForm, sectionId: string, contextToks: readonly string[]): boolean {
  if (!contextToks.length) return false;
  for (const phrase of form.sectionToks.get(sectionId) ?? []) if (phrase.every((w) => contextToks.some((x) => sameWord(w, x)))) return true;
  return false;
}

/**
 * Scores every field of a form against the evidence found for one element. Numbers ("5.6.1") are decisive
 * when the text after them agrees or is absent; name/id tokens are weaker and never enough on their own for
 * one-word names.
 */
export function scoreFields(form: CompiledForm, evidence: readonly PreparedEvidence[], nameAttr: string): FieldScore[] {
  const best = new Map<FieldDef, number>();
  const bump = (f: FieldDef, s: number) => {
    if (s > (best.get(f) ?? 0)) best.set(f, s);
  };
  for (const ev of evidence) {
    const numbered = ev.num ? form.byNumber.get(ev.num) : undefined;
    const scores = new Map<CompiledField, number>();
    const seen = new Set<CompiledPhrase>();
    for (const k of ev.byPrefix.keys())
      for (const { field, phrase } of form.phraseIndex.get(k) ?? []) {
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        const s = phraseScore(phrase, ev);
        if (s > (scores.get(field) ?? 0)) scores.set(field, s);
      }
    if (numbered && !scores.has(numbered)) scores.set(numbered, 0);
    for (const [f, raw] of scores) {
      let s = raw;
      if (numbered === f) s = s > 0 ? Math.min(1.2, s + 0.4) : 0.7;
      else if (numbered && s > 0) s *= 0.6; // the page says it is another field
      if (s > 0) bump(f.def, s * ev.weight);
    }
  }
  if (nameAttr) {
    const n = fold(nameAttr).replace(/\s+/g, '');
    if (n.length >= 4)
      for (const f of form.fields)
        for (const name of f.names)
          if (n.includes(name)) {
            bump(f.def, name.length >= 8 ? 0.7 : 0.6);
            break;
          }
  }
  return [...best].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}

const titleCache = new WeakMap<FormDef, Pick<CompiledForm, 'def' | 'titleToks'>>();
/** Just the title words of a form: cheap enough for the first look at any page. */
export function compileTitles(def: FormDef): Pick<CompiledForm, 'def' | 'titleToks'> {
  let c = titleCache.get(def);
  if (!c) titleCache.set(def, (c = { def, titleToks: def.titlePhrases.map(tokens) }));
  return c;
}

/** How strongly a set of headings/title texts says "this document is that form". 0 = not at all. */
export function titleEvidence(form: Pick<CompiledForm, 'def' | 'titleToks'>, texts: readonly string[]): number {
  let best = 0;
  for (const t of texts) {
    if (form.def.formNumbers.some((n) => t.includes(n))) return 1;
    const toks = tokens(t);
    for (const tt of form.titleToks) {
      if (tt.length === 0) continue;
      if (tt.every((w) => toks.some((x) => sameWord(w, x)))) best = Math.max(best, tt.length >= 2 ? 1 : 0.8);
    }
  }
  return best;
}
