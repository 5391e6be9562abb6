import { FORMS } from './defs/index.ts';
import { compileForm, compileTitles, prepareEvidence, scoreFields, titleEvidence, type LabelEvidence } from './match.ts';
import type { FieldDef, FormDef, FormId } from './schema.ts';
import { isHiddenByOwnMarkup, isOptedOut, isSecretField } from './protected.ts';

/**
 * Finds which supported form a document shows and which element is which field, from what a person sees:
 * labels, aria names, sibling/table-cell labels, placeholders, numbering, headings and title. Works on any
 * standards DOM (the content script, happy-dom in tests).
 */

export const CANDIDATE_SELECTOR =
  'textarea, input:not([type]), input[type="text" i], [contenteditable=""], [contenteditable="true" i], [contenteditable="plaintext-only" i], [role="textbox"]';

const HEADING_SELECTOR = 'h1, h2, h3, h4, legend, caption, [role="heading"]';
const LABELISH = new Set(['LABEL', 'LEGEND', 'TH', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION']);
const MAX_CANDIDATES = 600;
const MAX_LABEL_CHARS = 300;
/** A field must be matched at least this well to be recognised. */
export const FIELD_THRESHOLD = 0.6;

export interface RecognisedField {
  el: HTMLElement;
  field: FieldDef;
  key: string;
  score: number;
}
export interface Recognition {
  form: FormDef;
  fields: RecognisedField[];
  titleScore: number;
}

/**
 * Cheap first look: live tag collections and one attribute query. Most pages (no text fields at all) stop
 * here, well under a millisecond even on very large documents.
 */
export function mayHaveCandidates(doc: Document): boolean {
  if (doc.getElementsByTagName('textarea').length > 0) return true;
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) {
    const t = inputs[i]!.getAttribute('type');
    if (t === null || t.toLowerCase() === 'text') return true;
  }
  return doc.querySelector('[contenteditable], [role="textbox"]') !== null;
}

/**
 * A page with no text field in its light DOM may still hold a form inside web components. Only when its title
 * or first heading names a supported form is it worth walking the shadow roots (cheap: two lookups).
 */
export function looksLikeFormPage(doc: Document): boolean {
  const texts = [doc.title, doc.querySelector('h1')?.textContent ?? ''];
  return FORMS.some((f) => titleEvidence(compileTitles(f), texts) > 0);
}

/** Editable, text-like, user-facing elements; nested editing hosts count once. */
export function findCandidates(root: Document | Element | ShadowRoot, deep = false): HTMLElement[] {
  if (root.nodeType === 9 && !deep && !mayHaveCandidates(root as Document)) return [];
  const out: HTMLElement[] = [];
  const collect = (r: Document | Element | ShadowRoot) => {
    // Tag collections are live and nearly free; only the editable-attribute query walks the tree. Document order
    // is restored by the caller's sort where it matters (recognise sorts fields).
    const found: HTMLElement[] = [];
    if (r.nodeType === 9) {
      const d = r as Document;
      found.push(...Array.from(d.getElementsByTagName('textarea')));
      const inputs = d.getElementsByTagName('input');
      for (let i = 0; i < inputs.length; i++) {
        const t = inputs[i]!.getAttribute('type');
        if (t === null || t.toLowerCase() === 'text') found.push(inputs[i]!);
      }
      found.push(...Array.from(d.querySelectorAll<HTMLElement>('[contenteditable], [role="textbox"]')).filter((el) => el.matches(CANDIDATE_SELECTOR)));
    } else found.push(...Array.from(r.querySelectorAll<HTMLElement>(CANDIDATE_SELECTOR)));
    for (let i = 0; i < found.length && out.length < MAX_CANDIDATES; i++) {
      const el = found[i]!;
      if (!isExcluded(el)) out.push(el);
    }
    if (deep) for (const host of shadowHosts(r)) collect(host.shadowRoot!);
  };
  collect(root);
  return out;
}

/** Open shadow roots under r (web components). Walks every element, so only used on pages that look like a form. */
function shadowHosts(r: Document | Element | ShadowRoot): Element[] {
  const hosts: Element[] = [];
  const all = r.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) hosts.push(all[i]!);
  return hosts;
}

function isHidden(el: HTMLElement): boolean {
  if (el.hidden) return true;
  const view = el.ownerDocument.defaultView;
  return !!view && view.getComputedStyle(el).display === 'none';
}

/**
 * Rich-text editors (CKEditor, TinyMCE) hide the page's original <textarea> — the one its <label for> points
 * at — and put an editable div right after it. Pair them: the editor gets the textarea's label, and the hidden
 * textarea stops being a field.
 */
function pairHiddenSources(candidates: HTMLElement[]): { list: HTMLElement[]; sources: Map<HTMLElement, HTMLElement> } {
  const sources = new Map<HTMLElement, HTMLElement>();
  const hidden = new Set<HTMLElement>();
  for (const el of candidates) {
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') continue;
    let node: Element | null = el;
    for (let depth = 0; node && depth < 5 && !sources.has(el); depth++) {
      for (const sib of [node.previousElementSibling, node.nextElementSibling]) {
        if (sib && (sib.tagName === 'TEXTAREA' || sib.tagName === 'INPUT') && isHidden(sib as HTMLElement)) {
          sources.set(el, sib as HTMLElement);
          hidden.add(sib as HTMLElement);
          break;
        }
      }
      node = node.parentElement;
    }
  }
  return { list: hidden.size ? candidates.filter((c) => !hidden.has(c)) : candidates, sources };
}

function isExcluded(el: HTMLElement): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() === 'false') return true;
  if (el.tagName !== 'TEXTAREA' && el.tagName !== 'INPUT') {
    // Only the outermost editing host: inner contenteditable children are part of the same editor.
    const parent = el.parentElement?.closest('[contenteditable=""], [contenteditable="true" i], [role="textbox"]');
    if (parent) return true;
  }
  // Passwords, payment, one-time codes and fields the page opted out (lib/forms/protected.ts): never touched.
  if (isSecretField(el) || isOptedOut(el)) return true;
  if ((el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled) return false; // still a field
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  const id = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''}`.toLowerCase();
  if (/\b(search|sok|søk|q|query|username|password|email|e-post)\b/.test(id)) return true;
  return false;
}

function textOf(node: Element, skip?: Element): string {
  // A wrapping <label> contains the control itself; its value/default text is not part of the label.
  if (!skip || !node.contains(skip)) return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  let s = '';
  const walk = (n: Node) => {
    if (n === skip) return;
    if (n.nodeType === 3) s += n.nodeValue;
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'SCRIPT' || tag === 'STYLE') return;
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(node);
  return s.replace(/\s+/g, ' ').trim();
}

function byIds(root: Document | ShadowRoot, ids: string | null): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => root.getElementById(id))
    .filter((e): e is HTMLElement => !!e)
    .map((e) => textOf(e))
    .join(' ');
}

/** How many candidates each element holds (itself included): O(candidates × depth), built once per scan. */
export class CandidateIndex {
  readonly counts = new Map<Element, number>();
  constructor(readonly list: readonly HTMLElement[]) {
    for (const el of list)
      for (let n: Element | null = el; n; n = n.parentElement) this.counts.set(n, (this.counts.get(n) ?? 0) + 1);
  }
  holds(el: Element): number {
    return this.counts.get(el) ?? 0;
  }
}

/** Toolbars of rich-text editors and bare buttons are chrome, not labels. */
function isChrome(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'toolbar' || role === 'menubar' || el.tagName === 'BUTTON' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return true;
  if (el.children.length > 0 && Array.from(el.children).every((c) => c.tagName === 'BUTTON' || c.getAttribute('role') === 'button')) return true;
  return false;
}

/** What the element is called, in order of trust. */
export function gatherEvidence(el: HTMLElement, index: CandidateIndex): LabelEvidence[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  const doc = root.nodeType === 11 ? root : el.ownerDocument;
  const ev: LabelEvidence[] = [];
  const push = (text: string, weight: number) => {
    const t = text.trim();
    if (!t || t.length > MAX_LABEL_CHARS) return;
    // "Helsemessige forhold (hentes fra …)": the words in brackets explain, they do not name the field.
    const main = t.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (main && main !== t) {
      ev.push({ text: main, weight });
      ev.push({ text: t, weight: weight * 0.7 });
    } else ev.push({ text: t, weight });
  };
  push(byIds(doc, el.getAttribute('aria-labelledby')), 1);
  push(el.getAttribute('aria-label') ?? '', 1);
  const labels = (el as HTMLInputElement).labels;
  if (labels) for (const l of Array.from(labels)) push(textOf(l, el), 1);
  else if (el.id) {
    // contenteditable has no .labels; honour <label for> anyway.
    for (const l of Array.from(doc.querySelectorAll<HTMLLabelElement>('label[for]')))
      if (l.htmlFor === el.id) push(textOf(l), 1);
  }
  const wrap = el.closest('label');
  if (wrap && !labels?.length) push(textOf(wrap, el), 1);
  push(el.getAttribute('title') ?? '', 0.9);
  push((el as HTMLInputElement).placeholder ?? el.getAttribute('aria-placeholder') ?? el.getAttribute('data-placeholder') ?? '', 0.85);
  push(byIds(doc, el.getAttribute('aria-describedby')), 0.6);

  // Sibling / cell / row labels: climb a few levels, read the nearest preceding siblings, stop where another
  // field starts (its label is not ours).
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++) {
    let sib = node.previousElementSibling;
    let seen = 0;
    while (sib && seen < 2) {
      if (index.holds(sib) > 0) {
        seen = 99;
        break;
      }
      if (!isChrome(sib)) {
        const t = textOf(sib);
        if (t) {
          const w = LABELISH.has(sib.tagName) || sib.getAttribute('role') === 'heading' ? 0.95 : seen === 0 ? 0.9 : 0.75;
          push(t, w - depth * 0.03);
          seen++;
        }
      }
      sib = sib.previousElementSibling;
    }
    if (seen === 99) break;
    // At the top of a web component's shadow tree, carry on from its host: the label may sit outside.
    const up: Node | null = node.parentNode;
    const parent: Element | null = node.parentElement ?? (up && up.nodeType === 11 ? (up as ShadowRoot).host : null);
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'FORM') break;
    // A fieldset's legend labels a lone field inside it.
    if (parent.tagName === 'FIELDSET') {
      const legend = parent.querySelector(':scope > legend');
      if (legend && index.holds(legend) === 0) push(textOf(legend), 0.8);
    }
    if (index.holds(parent) > 1) break;
    node = parent;
  }
  return ev;
}

function nameAttrOf(el: HTMLElement): string {
  return `${el.getAttribute('name') ?? ''} ${el.id ?? ''} ${el.getAttribute('data-field') ?? ''}`.trim();
}

/** Texts that name the document: title, headings, form/landmark names. */
export function documentTitles(doc: Document): string[] {
  const out = [doc.title];
  const hs = doc.querySelectorAll(HEADING_SELECTOR);
  for (let i = 0; i < hs.length && i < 60; i++) {
    const t = textOf(hs[i]!);
    if (t.length <= 200) out.push(t);
  }
  for (const f of Array.from(doc.querySelectorAll('form[aria-label], main[aria-label], [role="form"][aria-label]')).slice(0, 10))
    out.push(f.getAttribute('aria-label') ?? '');
  return out.filter(Boolean);
}

/**
 * Decides which form (if any) the document shows. A page that only talks about a form — an article quoting its
 * labels next to a comment box — has the words but not the fields, so fields carry the decision: at least two
 * free-text fields matched plus a title/heading saying which form, or at least three clear field matches.
 */
export function recognise(doc: Document, found: HTMLElement[] = findCandidates(doc)): Recognition | null {
  let titles: string[] | undefined;
  // Fields inside web components: only searched when the light DOM has few fields but the page says it is a form.
  if (found.length < 3) {
    titles = documentTitles(doc);
    if (FORMS.some((f) => titleEvidence(compileTitles(f), titles!) > 0)) {
      const deep = findCandidates(doc, true);
      if (deep.length > found.length) found = deep;
    }
  }
  if (found.length === 0) return null;
  const paired = pairHiddenSources(found);
  const sources = paired.sources;
  // A field hidden by its own markup may lend its label to a rich-text editor (above), but is never a field.
  const candidates = paired.list.filter((el) => !isHiddenByOwnMarkup(el));
  const index = new CandidateIndex(found);
  const evidence = candidates.map((el) => {
    const src = sources.get(el);
    const ev = gatherEvidence(el, index);
    if (src) ev.push(...gatherEvidence(src, index));
    return { el, ev: prepareEvidence(ev), name: `${nameAttrOf(el)} ${src ? nameAttrOf(src) : ''}`.trim() };
  });
  let best: Recognition | null = null;
  let bestValue = 0;
  for (const def of FORMS) {
    const form = compileForm(def);
    const pairs: { el: HTMLElement; field: FieldDef; score: number }[] = [];
    for (const { el, ev, name } of evidence)
      for (const s of scoreFields(form, ev, name)) if (s.score >= FIELD_THRESHOLD) pairs.push({ el, field: s.field, score: s.score });
    if (pairs.length === 0) continue;
    // Greedy one-to-one assignment, best scores first.
    pairs.sort((a, b) => b.score - a.score);
    const usedEl = new Set<Element>();
    const usedField = new Set<FieldDef>();
    const fields: RecognisedField[] = [];
    for (const p of pairs) {
      if (usedEl.has(p.el) || usedField.has(p.field)) continue;
      usedEl.add(p.el);
      usedField.add(p.field);
      fields.push({ el: p.el, field: p.field, key: `${def.id}.${p.field.id}`, score: p.score });
    }
    const free = fields.filter((f) => f.field.freeText);
    const strong = free.filter((f) => f.score >= 0.85).length;
    titles ??= documentTitles(doc);
    const title = titleEvidence(form, titles);
    const ok = (title > 0 && free.length >= 2) || (free.length >= 3 && strong >= 2);
    if (!ok) continue;
    const value = free.reduce((s, f) => s + f.score, 0) + title * 1.5;
    if (value > bestValue) {
      bestValue = value;
      best = { form: def, fields: sortByDocument(fields), titleScore: title };
    }
  }
  return best;
}

function sortByDocument(fields: RecognisedField[]): RecognisedField[] {
  return fields.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
}

export type { FormId };
