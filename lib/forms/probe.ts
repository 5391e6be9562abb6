import { FORMS } from './defs/index.ts';
import { candidateEvidence, documentTitles } from './locate.ts';
import { compileForm, compileTitles } from './match.ts';
import { fold, leadingNumber, sameWord, tokens } from './text.ts';
import type { FormDef } from './schema.ts';

/**
 * Cheap gates in front of recognise(), for the recogniser that runs on every page.
 *
 * The probe is a necessary condition for recognise(): recognise() needs at least two elements that each score
 * ≥ FIELD_THRESHOLD for a free-text field of the same form, and an element scores above zero for a field only
 * when one of its label texts covers ≥ 66 % of the words of one of the field's phrases, or starts with the
 * field's number, or its name/id holds one of the field's name tokens (match.ts: phraseScore, scoreFields). The
 * probe tests exactly those three things for the free-text fields, on the evidence recognise() reads
 * (candidateEvidence), and never compiles the forms at run time: the data is derived from compileForm() and
 * compileTitles() when the extension is built (wxt.config.ts defines __SKJEMAHJELP_PROBE__), and at run time
 * only in tests. A page where fewer than two elements pass for every form cannot be recognised through its fields.
 *
 * Two more ways into recognise() (locate.ts) the gates must leave open: a form written whole in one field (the AEV
 * in a § 14 a «Begrunnelse») is recognised from that one field when its label or the page's titles and headings
 * name the form (`single`); and on a page whose title or first heading names a form, fields with new wording are
 * matched by meaning (lib/dom/watch.ts lets recognise() decide there).
 */
export interface ProbeData {
  forms: {
    id: string;
    /** Official numbers of the free-text fields. */
    numbers: string[];
    /** Name/id tokens of the free-text fields. */
    names: string[];
    formNumbers: string[];
    /** Title phrases, tokenised, words joined by spaces. */
    titles: string[];
    /** The form has a field that holds the whole form (asks 'aev'). */
    whole: boolean;
    /** Title words of six letters or more: a label holding one names the form (locate.ts, the whole-form field). */
    titleWords: string[];
  }[];
  /** Phrases of the free-text fields, tokenised: "<form index> word word …". */
  phrases: string[];
  /** First four letters of a phrase word → indexes into `phrases`. Ready to use as parsed: no loop to index it. */
  byPrefix: Record<string, number[]>;
}

export function buildProbeData(forms: readonly FormDef[] = FORMS): ProbeData {
  const data: ProbeData = { forms: [], phrases: [], byPrefix: {} };
  forms.forEach((def, form) => {
    const compiled = compileForm(def);
    const free = compiled.fields.filter((f) => f.def.freeText);
    data.forms.push({
      id: def.id,
      numbers: [...new Set(free.flatMap((f) => (f.def.number ? [f.def.number] : [])))],
      names: [...new Set(free.flatMap((f) => f.names))],
      formNumbers: def.formNumbers,
      titles: compileTitles(def)
        .titleToks.filter((t) => t.length > 0)
        .map((t) => t.join(' ')),
      whole: free.some((f) => f.wholeForm),
      titleWords: [...new Set(compiled.titleToks.flat().filter((w) => w.length >= 6))],
    });
    for (const f of free)
      for (const p of f.phrases) {
        const phrase = `${form} ${p.toks.join(' ')}`;
        if (data.phrases.includes(phrase)) continue;
        const i = data.phrases.push(phrase) - 1;
        for (const k of new Set(p.toks.map((t) => t.slice(0, 4)))) (data.byPrefix[k] ??= []).push(i);
      }
  });
  return data;
}

/** The probe data as JSON text (a string literal costs nothing to load; parsed only on pages with text fields). */
declare const __SKJEMAHJELP_PROBE__: string | undefined;
let probe: ProbeData | undefined;
function probeData(): ProbeData {
  return (probe ??= typeof __SKJEMAHJELP_PROBE__ === 'string' ? (JSON.parse(__SKJEMAHJELP_PROBE__) as ProbeData) : buildProbeData());
}

/**
 * How strongly the document's title or first <h1> names a supported form: 0 not at all, 0.8 by a one-word title
 * phrase («Legeerklæring», «Sykmelding»), 1 by the form number or a title of two words or more — titleEvidence()
 * on those two texts. No walk of the document: the first <h1> is near the top of almost every page.
 */
export function titleStrength(doc: Document): number {
  const h1 = doc.querySelector('h1');
  return Math.max(0, ...formsNamedBy([doc.title, h1 ? (h1.textContent ?? '').slice(0, 400) : '']));
}

/** For each form, how strongly these texts name it: titleEvidence() per form, from the probe data. */
export function formsNamedBy(texts: readonly string[]): number[] {
  return probeData().forms.map((f) => {
    let best = 0;
    for (const t of texts) {
      if (!t) continue;
      if (f.formNumbers.some((n) => t.includes(n))) return 1;
      const toks = tokens(t);
      for (const title of f.titles) {
        const tt = title.split(' ');
        if (tt.every((w) => toks.some((x) => sameWord(w, x)))) best = Math.max(best, tt.length >= 2 ? 1 : 0.8);
      }
    }
    return best;
  });
}

/**
 * Which forms an element could be a free-text field of, from its label texts and its name/id attribute text.
 * One flag per form, in FORMS order.
 */
export function probeElement(texts: readonly string[], nameAttr: string): boolean[] {
  const d = probeData();
  const hit = d.forms.map(() => false);
  for (const text of texts) {
    const num = leadingNumber(text);
    if (num) for (let form = 0; form < d.forms.length; form++) hit[form] ||= d.forms[form]!.numbers.includes(num);
    const toks = tokens(text);
    for (const t of toks) {
      const k = t.slice(0, 4);
      if (!Object.hasOwn(d.byPrefix, k)) continue;
      for (const i of d.byPrefix[k]!) {
        const [f, ...phrase] = d.phrases[i]!.split(' ');
        const form = Number(f);
        if (hit[form]) continue;
        let n = 0;
        for (const p of phrase) if (toks.some((l) => sameWord(p, l))) n++;
        if (n / phrase.length >= 0.66) hit[form] = true;
      }
    }
  }
  if (nameAttr) {
    const n = fold(nameAttr).replace(/\s+/g, '');
    if (n.length >= 4) for (let form = 0; form < d.forms.length; form++) hit[form] ||= d.forms[form]!.names.some((x) => n.includes(x));
  }
  return hit;
}

export interface ProbeResult {
  /** For each form, how many candidates could be one of its free-text fields. */
  counts: number[];
  /** For each form, whether such a candidate's label holds one of the form's title words. */
  named: boolean[];
}

/**
 * For each form, how many of these candidates could be one of its free-text fields, read with the same
 * evidence recognise() reads. Stops early once some form has two. One step per candidate.
 */
export function* probeCandidates(found: HTMLElement[]): Generator<void, ProbeResult, void> {
  const d = probeData();
  const counts: number[] = d.forms.map(() => 0);
  const named: boolean[] = d.forms.map(() => false);
  for (const c of candidateEvidence(found)) {
    const texts = c.ev.map((e) => e.text);
    const hit = probeElement(texts, c.name);
    for (let i = 0; i < hit.length; i++) {
      if (!hit[i]) continue;
      counts[i]!++;
      const words = d.forms[i]!.titleWords;
      if (!named[i] && words.length) named[i] = texts.some((t) => tokens(t).some((x) => words.some((w) => sameWord(w, x))));
    }
    if (probePasses(counts)) break;
    yield;
  }
  return { counts, named };
}

/** True when the probe's counts leave recognise() a chance: two candidates for one form. */
export function probePasses(counts: readonly number[]): boolean {
  return counts.some((n) => n >= 2);
}

/**
 * True when a form may be written whole in one of the candidates (locate.ts recognises it from that field alone):
 * a candidate could be its whole-form field, and its label or the page's titles and headings name the form. The
 * headings are read (a walk of the DOM) only when a candidate matched a form that has such a field.
 */
export function singleMayPass(doc: Document, probe: ProbeResult): boolean {
  const forms = probeData().forms;
  let named: number[] | undefined;
  return forms.some((f, i) => f.whole && probe.counts[i]! >= 1 && (probe.named[i] || (named ??= formsNamedBy(documentTitles(doc)))[i]! > 0));
}
