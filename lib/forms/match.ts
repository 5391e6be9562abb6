import type { FieldDef, FormDef } from './schema.ts';
import { fold, leadingNumber, sameWord, tokens } from './text.ts';

/** A piece of text that may name a field, and how much we trust where it came from. */
export interface LabelEvidence {
  text: string;
  /** 1 = a real label (label[for], aria-labelledby), lower for placeholder, sibling text, headings. */
  weight: number;
}

/** Evidence tokenised once, shared by every form it is scored against. */
export interface PreparedEvidence extends LabelEvidence {
  toks: string[];
  /** First four letters → words, so inflection matching only compares plausible pairs. */
  byPrefix: Map<string, string[]>;
  num: string | undefined;
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
    return { ...e, toks, byPrefix, num: leadingNumber(e.text) };
  });
}

interface CompiledPhrase {
  toks: string[];
}
interface CompiledField {
  def: FieldDef;
  phrases: CompiledPhrase[];
  names: string[];
}
export interface CompiledForm {
  def: FormDef;
  fields: CompiledField[];
  /** First four letters of any phrase word → the phrases holding it: only these can score for a label. */
  phraseIndex: Map<string, { field: CompiledField; phrase: CompiledPhrase }[]>;
  byNumber: Map<string, CompiledField>;
  titleToks: string[][];
}

const cache = new WeakMap<FormDef, CompiledForm>();

export function compileForm(def: FormDef): CompiledForm {
  let c = cache.get(def);
  if (c) return c;
  const fields = def.fields.map((f) => ({
    def: f,
    phrases: [f.label, ...f.phrases].map((p) => ({ toks: tokens(p) })).filter((p) => p.toks.length > 0),
    names: f.names.map((n) => fold(n).replace(/\s+/g, '')).filter((n) => n.length >= 4),
  }));
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
  c = { def, fields, byNumber, phraseIndex, titleToks: def.titlePhrases.map(tokens) };
  cache.set(def, c);
  return c;
}

const GENERIC = new Set(['dato', 'telefon', 'telefonnummer', 'navn', 'adresse', 'annet', 'kommentar', 'merknad', 'tekst', 'beskrivelse', 'fritekst', 'notat']);

/** Share of the phrase's words found in the label; one-word phrases are weaker evidence than long ones. */
function phraseScore(phrase: string[], ev: PreparedEvidence): number {
  const label = ev.toks;
  let hit = 0;
  for (const p of phrase) {
    const near = ev.byPrefix.get(p.slice(0, 4));
    if (near && near.some((l) => sameWord(p, l))) hit++;
    else if (hit === 0 && phrase.length <= 2) return 0;
  }
  const coverage = hit / phrase.length;
  if (coverage < 0.66) return 0;
  // "Dato", "Telefon" alone say nothing about which field it is unless they are the whole label.
  if (phrase.length === 1 && GENERIC.has(phrase[0]!) && label.length !== 1) return 0;
  // A label that is exactly the phrase is a strong hint even for one word ("Sykehistorie").
  const exact = coverage === 1 && label.length === phrase.length;
  const specificity = phrase.length === 1 ? (exact ? 0.9 : 0.75) : phrase.length === 2 ? (exact ? 1 : 0.9) : 1;
  // A long label that merely contains a short phrase ("Yrke" inside a sentence) is weaker evidence.
  const extra = Math.max(0, label.length - phrase.length);
  const dilution = phrase.length <= 2 && extra > 4 ? 0.85 : 1;
  return coverage * specificity * dilution;
}

export interface FieldScore {
  field: FieldDef;
  score: number;
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
        const s = phraseScore(phrase.toks, ev);
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
