import { FORMS } from './defs/index.ts';
import { compileForm, compileTitles, prepareEvidence, scoreFields, titleEvidence, type LabelEvidence, type PreparedEvidence } from './match.ts';
import type { FieldDef, FormDef, FormId } from './schema.ts';

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
/** Texts are read this far at most: every consumer drops longer ones (labels > 300, headings > 200 characters). */
const TEXT_LIMIT = MAX_LABEL_CHARS + 1;
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

/**
 * The text controls of a document (<textarea>, text <input>) from the live tag collections: no attribute query,
 * so no walk beyond the browser's own tag-name index. Search, log-in and other excluded boxes are left out.
 */
export function textControls(doc: Document): HTMLElement[] {
  const out: HTMLElement[] = [];
  const areas = doc.getElementsByTagName('textarea');
  for (let i = 0; i < areas.length && out.length < MAX_CANDIDATES; i++) if (!isExcluded(areas[i]!)) out.push(areas[i]!);
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length && out.length < MAX_CANDIDATES; i++) {
    const el = inputs[i]!;
    const t = el.getAttribute('type');
    if ((t === null || t.toLowerCase() === 'text') && !isExcluded(el)) out.push(el);
  }
  return out;
}

/** Editing hosts (contenteditable, role=textbox) of a document: one attribute query, i.e. a walk of the DOM. */
export function editableHosts(doc: Document): HTMLElement[] {
  const out: HTMLElement[] = [];
  const found = doc.querySelectorAll<HTMLElement>('[contenteditable], [role="textbox"]');
  for (let i = 0; i < found.length && out.length < MAX_CANDIDATES; i++) {
    const el = found[i]!;
    if (el.matches(CANDIDATE_SELECTOR) && !isExcluded(el)) out.push(el);
  }
  return out;
}

/** Editable, text-like, user-facing elements; nested editing hosts count once. */
export function findCandidates(root: Document | Element | ShadowRoot, deep = false): HTMLElement[] {
  if (root.nodeType === 9 && !deep && !mayHaveCandidates(root as Document)) return [];
  const out: HTMLElement[] = [];
  const collect = (r: Document | Element | ShadowRoot) => {
    // Tag collections are live and nearly free; only the editable-attribute query walks the tree. Document order
    // is restored by the caller's sort where it matters (recognise sorts fields).
    if (r.nodeType === 9) {
      const d = r as Document;
      for (const el of textControls(d)) if (out.length < MAX_CANDIDATES) out.push(el);
      for (const el of editableHosts(d)) if (out.length < MAX_CANDIDATES) out.push(el);
    } else {
      const found = r.querySelectorAll<HTMLElement>(CANDIDATE_SELECTOR);
      for (let i = 0; i < found.length && out.length < MAX_CANDIDATES; i++) if (!isExcluded(found[i]!)) out.push(found[i]!);
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
  if ((el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled) return false; // still a field
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  const id = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''}`.toLowerCase();
  if (/\b(search|sok|søk|q|query|username|password|email|e-post)\b/.test(id)) return true;
  return false;
}

/**
 * The text of an element with whitespace collapsed, stopped once it is longer than any consumer keeps
 * (MAX_LABEL_CHARS): a sibling that is a whole article costs no more than a label. A wrapping <label> contains
 * the control itself; its value/default text is not part of the label.
 */
function textOf(node: Element, skip?: Element): string {
  let s = '';
  let space = false;
  const walk = (n: Node): boolean => {
    if (n === skip) return true;
    if (n.nodeType === 3) {
      const v = (n as Text).data;
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        // The same characters \s matches: ASCII and Unicode spaces, line and paragraph separators, BOM.
        if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) space = s.length > 0;
        else {
          if (space) s += ' ';
          space = false;
          s += v[i];
          if (s.length > TEXT_LIMIT) return false;
        }
      }
    } else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (skip && (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'SCRIPT' || tag === 'STYLE')) return true;
      for (let c = n.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
    }
    return true;
  };
  if (skip && !node.contains(skip)) skip = undefined;
  walk(node);
  return s;
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
  private labels = new Map<Document | ShadowRoot, { byControl: Map<Element, HTMLLabelElement[]>; byFor: Map<string, HTMLLabelElement[]> }>();
  constructor(readonly list: readonly HTMLElement[]) {
    for (const el of list)
      for (let n: Element | null = el; n; n = n.parentElement) this.counts.set(n, (this.counts.get(n) ?? 0) + 1);
  }
  holds(el: Element): number {
    return this.counts.get(el) ?? 0;
  }

  /**
   * The <label>s of an element, as `el.labels` gives them for labelable elements and as `label[for=id]` for
   * editing hosts. `el.labels` walks the whole tree for every element it is asked about; this reads the labels
   * of each tree once per scan.
   */
  labelsOf(el: HTMLElement): HTMLLabelElement[] | undefined {
    const root = el.getRootNode() as Document | ShadowRoot;
    let idx = this.labels.get(root);
    if (!idx) {
      idx = { byControl: new Map(), byFor: new Map() };
      const all = root.nodeType === 9 ? (root as Document).getElementsByTagName('label') : root.querySelectorAll('label');
      for (let i = 0; i < all.length; i++) {
        const l = all[i] as HTMLLabelElement;
        const c = l.control;
        if (c) {
          const arr = idx.byControl.get(c);
          if (arr) arr.push(l);
          else idx.byControl.set(c, [l]);
        }
        if (l.htmlFor) {
          const arr = idx.byFor.get(l.htmlFor);
          if (arr) arr.push(l);
          else idx.byFor.set(l.htmlFor, [l]);
        }
      }
      this.labels.set(root, idx);
    }
    // Among candidates only <input> and <textarea> are labelable (have .labels).
    return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? idx.byControl.get(el) ?? [] : undefined;
  }

  /** <label for=id> of an element that has no .labels (contenteditable). */
  labelsFor(el: HTMLElement): HTMLLabelElement[] {
    this.labelsOf(el);
    return this.labels.get(el.getRootNode() as Document | ShadowRoot)!.byFor.get(el.id) ?? [];
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
  const labels = index.labelsOf(el);
  if (labels) for (const l of labels) push(textOf(l, el), 1);
  else if (el.id) {
    // contenteditable has no .labels; honour <label for> anyway.
    for (const l of index.labelsFor(el)) push(textOf(l), 1);
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

/**
 * Each candidate with what it is called (label evidence) and its name/id text, as recognise() reads them: an
 * editor paired with the hidden source <textarea> it replaces counts once, with the evidence of both.
 */
export function* candidateEvidence(found: HTMLElement[]): Generator<{ el: HTMLElement; ev: LabelEvidence[]; name: string }, void, void> {
  const { list, sources } = pairHiddenSources(found);
  const index = new CandidateIndex(found);
  for (const el of list) {
    const src = sources.get(el);
    const ev = gatherEvidence(el, index);
    if (src) ev.push(...gatherEvidence(src, index));
    yield { el, ev, name: `${nameAttrOf(el)} ${src ? nameAttrOf(src) : ''}`.trim() };
  }
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
  const steps = recogniseSteps(doc, found);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * recognise() as a sequence of small steps: it yields after each candidate's evidence and each candidate's
 * scoring, so a caller can spread a large form over several tasks (lib/dom/watch.ts) and the page never waits
 * for all of it at once. Run to the end, it returns exactly what recognise() returns.
 */
export function* recogniseSteps(doc: Document, found: HTMLElement[]): Generator<void, Recognition | null, void> {
  let titles: string[] | undefined;
  // Fields inside web components: only searched when the light DOM has few fields but the page says it is a form.
  if (found.length < 3) {
    titles = documentTitles(doc);
    if (FORMS.some((f) => titleEvidence(compileTitles(f), titles!) > 0)) {
      yield;
      const deep = findCandidates(doc, true);
      if (deep.length > found.length) found = deep;
    }
  }
  if (found.length === 0) return null;
  const evidence: { el: HTMLElement; ev: PreparedEvidence[]; name: string }[] = [];
  for (const c of candidateEvidence(found)) {
    evidence.push({ el: c.el, ev: prepareEvidence(c.ev), name: c.name });
    yield;
  }
  let best: Recognition | null = null;
  let bestValue = 0;
  for (const def of FORMS) {
    const form = compileForm(def);
    yield;
    const pairs: { el: HTMLElement; field: FieldDef; score: number }[] = [];
    for (const { el, ev, name } of evidence) {
      for (const s of scoreFields(form, ev, name)) if (s.score >= FIELD_THRESHOLD) pairs.push({ el, field: s.field, score: s.score });
      yield;
    }
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
