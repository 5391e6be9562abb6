/**
 * Applying site rules to a live page: which rules are in force for a URL, how a taught field is described when it
 * is taught, and how it is found again after a reload or a re-render (new elements, new ids). No zod: the content
 * script runs this.
 */
import { CandidateIndex, gatherEvidence, type Overrides } from '../forms/locate.ts';
import { fold } from '../forms/text.ts';
import type { FormId } from '../forms/schema.ts';
import { MAX_LABEL_WORDS, type FieldDescriptor, type SiteRule } from './types.ts';

/** Does an origin pattern ("https://epj.no", "https://*.epj.no") cover this origin? */
export function originMatches(pattern: string, origin: string): boolean {
  const p = pattern.toLowerCase();
  const o = origin.toLowerCase();
  if (p === o) return true;
  const m = /^(https?):\/\/\*\.(.+)$/.exec(p);
  if (!m) return false;
  const u = /^(https?):\/\/([^/]+)$/.exec(o);
  return !!u && u[1] === m[1] && (u[2] === m[2] || u[2]!.endsWith(`.${m[2]}`));
}

/** Path pattern with "*" for any characters (also across "/"): "/journal/*" covers "/journal/123/l40". */
export function pathMatches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

export function rulesFor<R extends SiteRule>(rules: readonly R[], url: { origin: string; pathname: string }): R[] {
  return rules.filter((r) => originMatches(r.origin, url.origin) && pathMatches(r.path, url.pathname));
}

/** Is the extension switched off here (by the user or the organisation)? */
export function isOff(patterns: readonly string[], origin: string): boolean {
  return patterns.some((p) => originMatches(p, origin));
}

/**
 * A path pattern for "this page and its siblings": segments that look like ids (digits, long hex, uuids) become
 * "*", so /pasient/12345/l40 covers every patient's L40.
 */
export function suggestPath(path: string): string {
  const segs = path.split('/').map((s) => (/\d{3,}|^[0-9a-f-]{16,}$/i.test(s) ? '*' : s));
  return segs.join('/') || '/';
}

const GENERATED_ID = /:|\d{3,}|[0-9a-f]{8,}|^(?:r|id|uid|ember|ext-gen|ctrl)\d/i;

function tagOf(el: HTMLElement): FieldDescriptor['tag'] {
  return el.tagName === 'TEXTAREA' ? 'textarea' : el.tagName === 'INPUT' ? 'input' : 'editable';
}

/**
 * Words that name a field as the page shows it: its label, accessible name, placeholder or caption right beside
 * it — never its value. Long digit runs (a fødselsnummer, a phone number or a date in a caption) are left out.
 */
export function labelWords(el: HTMLElement, index: CandidateIndex): string[] {
  const ev = gatherEvidence(el, index).filter((e) => !e.heading);
  const top = Math.max(0, ...ev.map((e) => e.weight));
  const main = ev.filter((e) => e.weight >= 0.85 && e.weight >= top - 0.02);
  // The same caption with its brackets ("Funk.besk. (F51)"): codes often sit there.
  const bracketed = ev.filter(
    (e) =>
      !main.includes(e) &&
      main.some(
        (m) =>
          m.text !== e.text &&
          e.text
            .replace(/\([^)]*\)/g, ' ')
            .replace(/\s+/g, ' ')
            .trim() === m.text,
      ),
  );
  const words: string[] = [];
  for (const e of [...main, ...bracketed]) {
    for (const w of fold(e.text).split(' ')) {
      if (!w || w.length > 40 || /^\d{5,}$/.test(w.replace(/\./g, '')) || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(w)) continue;
      if (!words.includes(w)) words.push(w);
      if (words.length >= MAX_LABEL_WORDS) return words;
    }
  }
  return words;
}

/** The description stored in a rule for one element of the page (candidates: the page's text fields in order). */
export function describeField(el: HTMLElement, candidates: readonly HTMLElement[]): FieldDescriptor {
  const index = new CandidateIndex(candidates);
  const d: FieldDescriptor = {
    tag: tagOf(el),
    label: labelWords(el, index),
    index: Math.max(0, candidates.indexOf(el)),
    count: Math.max(1, candidates.length),
  };
  const name = el.getAttribute('name');
  if (name && /^[^\s"'<>]{1,80}$/.test(name)) d.name = name;
  if (el.id && /^[^\s"'<>]{1,80}$/.test(el.id) && !GENERATED_ID.test(el.id)) d.id = el.id;
  return d;
}

/** How well an element fits a description (0–1.4): label words, name, id, position among the fields. */
export function fitScore(d: FieldDescriptor, el: HTMLElement, words: readonly string[], pos: number, count: number): number {
  if (tagOf(el) !== d.tag) return 0;
  let s = 0;
  if (d.label.length && words.length) {
    const a = new Set(d.label);
    const both = new Set(words.filter((w) => a.has(w))).size;
    // Half for the overlap of the two word sets, half for how much of the rule's words the field shows: a rule
    // written by hand with just the code («fb51») still finds the field captioned «FB51 Funk.besk. …».
    s += 0.3 * (both / (a.size + new Set(words).size - both)) + 0.3 * (both / a.size);
  }
  if (d.name && el.getAttribute('name') === d.name) s += 0.35;
  if (d.id && el.id === d.id) s += 0.25;
  if (pos === d.index && count === d.count) s += 0.2;
  else if (Math.abs(pos / count - d.index / d.count) <= 0.5 / d.count) s += 0.1;
  return s;
}

export const FIT_THRESHOLD = 0.45;

/**
 * What the rules in force say about this page: which elements are which field (or no field), and whether the
 * whole page is a form. Each taught field goes to the best-fitting element, one element per rule.
 */
export function resolveOverrides(candidates: readonly HTMLElement[], rules: readonly SiteRule[]): (Overrides & { matched: number }) | null {
  if (!rules.length) return null;
  let form: FormId | undefined;
  for (const r of rules) if (r.kind === 'page') form = r.form;
  const fieldRules = rules.filter((r): r is Extract<SiteRule, { kind: 'field' }> => r.kind === 'field');
  const fields = new Map<HTMLElement, string | null>();
  if (fieldRules.length && candidates.length) {
    const index = new CandidateIndex(candidates);
    const words = candidates.map((el) => labelWords(el, index));
    const pairs: { el: HTMLElement; rule: (typeof fieldRules)[number]; s: number }[] = [];
    for (const rule of fieldRules)
      candidates.forEach((el, i) => {
        const s = fitScore(rule.target, el, words[i]!, i, candidates.length);
        if (s >= FIT_THRESHOLD) pairs.push({ el, rule, s });
      });
    pairs.sort((a, b) => b.s - a.s);
    const used = new Set<string>();
    for (const p of pairs) {
      if (fields.has(p.el) || used.has(p.rule.id)) continue;
      fields.set(p.el, p.rule.field);
      used.add(p.rule.id);
    }
  }
  if (!form && !fields.size) return null;
  return { form, fields, matched: fields.size };
}
