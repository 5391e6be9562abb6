import { FORMS, getForm, resolveFieldKey } from './defs/index.ts';
import {
  compileForm,
  compileTitles,
  prepareEvidence,
  scoreFields,
  sectionMatches,
  titleEvidence,
  type CompiledField,
  type FieldScore,
  type LabelEvidence,
  type PreparedEvidence,
} from './match.ts';
import { conceptsOf, hasCoreConcept, scaled, similarity, union, weekNumbers } from './meaning.ts';
import type { FieldDef, FormDef, FormId } from './schema.ts';
import { sameWord, tokens } from './text.ts';
import { editableFrameBodies, hostFrame } from '../dom/frames.ts';
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
const HEADINGS = new Set(['LEGEND', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION']);
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
  /** The whole form is written in one field (an AEV in a § 14 a «Begrunnelse»). */
  single?: boolean;
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
  if (doc.querySelector('[contenteditable], [role="textbox"]') !== null) return true;
  // Rich-text editors that keep their editable body in an iframe (TinyMCE).
  return doc.getElementsByTagName('iframe').length > 0 && editableFrameBodies(doc).length > 0;
}

/** Where a candidate sits in the recognised document: an editable iframe body counts as its <iframe>. */
function placeOf(el: HTMLElement): HTMLElement {
  return el.tagName === 'BODY' ? (hostFrame(el) ?? el) : el;
}

/**
 * The text controls of a document (<textarea>, text <input>) from the live tag collections: no attribute query,
 * so no walk beyond the browser's own tag-name index. Search, log-in, secret and opted-out boxes are left out.
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

/**
 * Editing hosts (contenteditable, role=textbox: one attribute query, i.e. a walk of the DOM) and the editable
 * bodies of same-origin editor iframes (TinyMCE) of a document.
 */
export function editableHosts(doc: Document): HTMLElement[] {
  const out: HTMLElement[] = [];
  const found = doc.querySelectorAll<HTMLElement>('[contenteditable], [role="textbox"]');
  for (let i = 0; i < found.length && out.length < MAX_CANDIDATES; i++) {
    const el = found[i]!;
    if (el.matches(CANDIDATE_SELECTOR) && !isExcluded(el)) out.push(el);
  }
  if (doc.getElementsByTagName('iframe').length) for (const el of editableFrameBodies(doc)) if (out.length < MAX_CANDIDATES && !isExcluded(el)) out.push(el);
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
    let node: Element | null = placeOf(el);
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
  // Aksel's hidden auto-resize helper <textarea aria-hidden readonly tabindex=-1> (and any control hidden from
  // assistive technology on purpose) is not something a person types into.
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Editors' own paste bins (Quill 1, TinyMCE, CKEditor 4) are editable but never a field.
  if (el.classList.contains('ql-clipboard') || el.id === 'mcepastebin' || el.classList.contains('cke_pastebin')) return true;
  // Passwords, payment, one-time codes and fields the page opted out (lib/forms/protected.ts): never touched.
  if (isSecretField(el) || isOptedOut(el)) return true;
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
        if (
          c === 32 ||
          (c >= 9 && c <= 13) ||
          c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff
        )
          space = s.length > 0;
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

/**
 * How many candidates each element holds (itself included): O(candidates × depth), built once per scan.
 * Candidates that are not rendered (an editor's hidden link/tooltip input, display:none) do not count: they
 * would otherwise stop the label search of the visible field beside them.
 */
export class CandidateIndex {
  readonly counts = new Map<Element, number>();
  private labels = new Map<Document | ShadowRoot, { byControl: Map<Element, HTMLLabelElement[]>; byFor: Map<string, HTMLLabelElement[]> }>();
  constructor(readonly list: readonly HTMLElement[]) {
    for (const el of list) {
      const at = placeOf(el);
      if (at.checkVisibility?.() === false) continue;
      for (let n: Element | null = at; n; n = n.parentElement) this.counts.set(n, (this.counts.get(n) ?? 0) + 1);
    }
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
    return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? (idx.byControl.get(el) ?? []) : undefined;
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
  const push = (text: string, weight: number, heading?: boolean) => {
    const t = text.trim();
    if (!t || t.length > MAX_LABEL_CHARS) return;
    // "Helsemessige forhold (hentes fra …)": the words in brackets explain, they do not name the field.
    const main = t
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (main && main !== t) {
      ev.push(heading ? { text: main, weight, heading } : { text: main, weight });
      ev.push(heading ? { text: t, weight: weight * 0.7, heading } : { text: t, weight: weight * 0.7 });
    } else ev.push(heading ? { text: t, weight, heading } : { text: t, weight });
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
  let node: Element | null = placeOf(el);
  let heading = false;
  for (let depth = 0; node && depth < 5 && !heading; depth++) {
    let sib = node.previousElementSibling;
    let seen = 0;
    // A heading closes the field's section: what comes before it belongs to another part of the page.
    while (sib && seen < 2 && !heading) {
      if (index.holds(sib) > 0) {
        seen = 99;
        break;
      }
      if (!isChrome(sib)) {
        const t = textOf(sib);
        if (t) {
          const isHeading = HEADINGS.has(sib.tagName) || sib.getAttribute('role') === 'heading';
          const w = LABELISH.has(sib.tagName) || isHeading ? 0.95 : seen === 0 ? 0.9 : 0.75;
          push(t, w - depth * 0.03, isHeading || undefined);
          heading = isHeading;
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
      if (legend && index.holds(legend) === 0) push(textOf(legend), 0.8, true);
    }
    if (index.holds(parent) > 1) break;
    node = parent;
  }
  return ev;
}

/**
 * The candidates recognise() reads — an editor paired with the hidden source <textarea> it replaces counts once,
 * a field hidden by its own markup not at all — each with what it is called (label evidence) and its name/id text.
 */
export function* candidateEvidence(found: HTMLElement[]): Generator<{ el: HTMLElement; ev: LabelEvidence[]; name: string }, void, void> {
  const { list, sources } = pairHiddenSources(found);
  const index = new CandidateIndex(found);
  for (const el of list) {
    if (isHiddenByOwnMarkup(el)) continue;
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
 * What the user taught the extension about this page (lib/sites applies the site rules and hands the result
 * over): elements mapped to a field key, elements that are no form field (null), or the whole page as a form.
 */
export interface Overrides {
  form?: FormId;
  fields: ReadonlyMap<HTMLElement, string | null>;
}

/** Nearest heading, legend or caption before each element in document order (its section on the page). */
function headingContext(doc: Document, els: readonly HTMLElement[]): Map<HTMLElement, string> {
  const out = new Map<HTMLElement, string>();
  const hs = Array.from(doc.querySelectorAll<HTMLElement>(`${HEADING_SELECTOR}, h5, h6`));
  if (!hs.length) return out;
  for (const el of els) {
    if (el.getRootNode() !== doc) continue;
    // Binary search for the last heading that precedes el.
    let lo = 0;
    let hi = hs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (hs[mid]!.compareDocumentPosition(el) & 4 /* el follows */) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best >= 0) {
      const t = textOf(hs[best]!);
      if (t.length <= 200) out.set(el, t);
    }
  }
  return out;
}

interface Candidate {
  el: HTMLElement;
  ev: PreparedEvidence[];
  name: string;
  /** Document order among the candidates. */
  order: number;
}

/** Score at which a phrase match is taken before anything else is considered. */
const STRONG = 0.85;
/** A whole-form field (the AEV in one «Begrunnelse») beside other fields only on an unmistakable wording. */
const WHOLE_FORM_BESIDE_OTHERS = 0.95;
/** Matches by meaning stay below a clear phrase match. */
const MEANING_MAX = 0.84;

/** Label texts worth reading for meaning: real labels, aria names, placeholders, captions right beside. */
function meaningText(ev: readonly PreparedEvidence[]): string {
  const own = ev.filter((e) => !e.heading);
  const top = Math.max(0, ...own.map((e) => e.weight));
  return own
    .filter((e) => e.weight >= 0.8 && e.weight >= top - 0.15 && e.text.length <= 300)
    .map((e) => e.text)
    .join(' · ');
}

/** Dates, numbers and codes are not free text, whatever the caption says («Henvist dato», «Ventetid, uker»). */
const NOT_PROSE = /\b(?:dato|date|dd\.mm|tidspunkt for|klokkeslett|kode|antall|nummer|nr|uker|dager|prosent)\b/i;

/** One-line inputs captioned with a few words are short fields; a question above one may still want prose. */
function meaningKinds(c: Candidate, text: string): 'any' | 'short' | null {
  const el = c.el;
  const t = (el.getAttribute('type') ?? '').toLowerCase();
  if (t === 'date' || t === 'number' || el.getAttribute('inputmode') === 'numeric') return null;
  if (el.tagName !== 'INPUT') return 'any';
  if (NOT_PROSE.test(text) || NOT_PROSE.test((el as HTMLInputElement).placeholder ?? '')) return null;
  return tokens(text.split(' · ')[0]!).length >= 4 ? 'any' : 'short';
}

interface FormResult {
  rec: Recognition;
  value: number;
}

function assignForm(
  _doc: Document,
  def: FormDef,
  cands: readonly Candidate[],
  scored: Map<Candidate, FieldScore[]>,
  titles: string[],
  context: () => Map<HTMLElement, string>,
  forced: Map<Candidate, FieldDef>,
  pageForm: boolean,
): FormResult | null {
  const form = compileForm(def);
  const title = titleEvidence(form, titles);
  const byDef = new Map(form.fields.map((f) => [f.def, f]));
  const usedEl = new Map<Candidate, { field: CompiledField; score: number; meaning: boolean }>();
  const usedField = new Set<FieldDef>();
  const take = (c: Candidate, f: CompiledField, score: number, meaning = false) => {
    usedEl.set(c, { field: f, score, meaning });
    usedField.add(f.def);
  };
  for (const [c, def] of forced) {
    const f = byDef.get(def);
    if (f && !usedField.has(def)) take(c, f, 2);
  }

  // 1. Clear phrase matches, best first (whole-form fields only on an unmistakable wording).
  const pairs: { c: Candidate; f: CompiledField; score: number }[] = [];
  for (const c of cands) {
    if (usedEl.has(c)) continue;
    for (const s of scored.get(c) ?? []) {
      const f = byDef.get(s.field)!;
      if (s.score < FIELD_THRESHOLD || (f.wholeForm && s.score < WHOLE_FORM_BESIDE_OTHERS)) continue;
      pairs.push({ c, f, score: s.score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const p of pairs) if (p.score >= STRONG && !usedEl.has(p.c) && !usedField.has(p.f.def)) take(p.c, p.f, p.score);
  const strongCount = [...usedEl.values()].filter((u) => u.field.def.freeText && u.score >= STRONG).length;

  // 2. The rest: weaker phrase matches, and — on a page known to show this form — matches by meaning, placed
  //    best first with a preference for the definition's order next to fields already placed.
  const known = pageForm || title > 0 || strongCount >= 2 || forced.size > 0;
  const rest = cands.filter((c) => !usedEl.has(c));
  const statics = new Map<Candidate, { f: CompiledField; score: number; meaning: boolean }[]>();
  let ctx: Map<HTMLElement, string> | undefined;
  for (const c of rest) {
    const opts = new Map<CompiledField, { score: number; meaning: boolean }>();
    for (const p of pairs) if (p.c === c) opts.set(p.f, { score: p.score, meaning: false });
    // A label that matches a definition's wording well enough is read by its wording, not by its meaning.
    const phraseOk = [...opts.values()].some((o) => o.score >= 0.78);
    const text = known && !phraseOk ? meaningText(c.ev) : '';
    const kinds = text ? meaningKinds(c, text) : null;
    const own = kinds ? conceptsOf(text) : null;
    if (own && hasCoreConcept(own)) {
      ctx ??= context();
      const heading = ctx.get(c.el) ?? '';
      // The section heading above says what a thin label («Endringer i planen») is about, at a lower weight.
      const lc = heading ? union(own, scaled(conceptsOf(heading), 0.4)) : own;
      {
        const weeks = weekNumbers(heading);
        const headToks = tokens(heading);
        for (const f of form.fields) {
          // Identity-like short fields (yrke, dates) are not asked about in prose; only fields with a profile are.
          if (!f.def.freeText || f.wholeForm || (kinds === 'short' && f.def.kind !== 'short') || (f.def.kind === 'short' && !f.def.asks.length)) continue;
          // The definition's own question and profile carry most; a matching short variant (phrase) helps.
          const main = similarity(lc, f.concepts);
          let variant = main;
          for (const pc of f.phraseConcepts) variant = Math.max(variant, similarity(lc, pc));
          const base = 0.6 * main + 0.4 * variant;
          if (base < 0.5) continue;
          let score = 0.45 + 0.4 * base;
          if (weeks.size && f.weeks.size) score += [...weeks].some((w) => f.weeks.has(w)) ? 0.02 : -0.12;
          if (sectionMatches(form, f.def.section, headToks)) score += 0.02;
          const old = opts.get(f);
          if (!old || old.score < score) opts.set(f, { score, meaning: true });
        }
      }
    }
    if (opts.size)
      statics.set(
        c,
        [...opts].map(([f, o]) => ({ f, ...o })),
      );
  }
  // One at a time, the surest first (best score plus its lead over the element's next option): each placement
  // can make a neighbour's next question on the form the likely one.
  const ordered = [...cands].sort((a, b) => a.order - b.order);
  for (;;) {
    let pick: { c: Candidate; f: CompiledField; score: number; meaning: boolean; priority: number } | null = null;
    for (const [c, opts] of statics) {
      if (usedEl.has(c)) continue;
      let prev: CompiledField | undefined;
      let next: CompiledField | undefined;
      for (let i = c.order - 1; i >= 0 && !prev; i--) prev = usedEl.get(ordered[i]!)?.field;
      for (let i = c.order + 1; i < ordered.length && !next; i++) next = usedEl.get(ordered[i]!)?.field;
      let first: { f: CompiledField; score: number; meaning: boolean } | null = null;
      let second = 0;
      for (const o of opts) {
        if (usedField.has(o.f.def)) continue;
        let score = o.score;
        if (o.meaning && (prev || next) && (!prev || o.f.index > prev.index) && (!next || o.f.index < next.index)) {
          score += 0.01;
          if ((prev && o.f.index === prev.index + 1) || (next && o.f.index === next.index - 1)) score += 0.02;
        }
        if (score < FIELD_THRESHOLD) continue;
        if (!first || score > first.score) {
          second = first?.score ?? second;
          first = { f: o.f, score, meaning: o.meaning };
        } else if (score > second) second = score;
      }
      if (!first) continue;
      const priority = first.score + 0.5 * (first.score - Math.max(second, FIELD_THRESHOLD - 0.1));
      if (!pick || priority > pick.priority) pick = { c, ...first, priority };
    }
    if (!pick) break;
    take(pick.c, pick.f, Math.round(Math.min(pick.meaning ? MEANING_MAX : 2, pick.score) * 1000) / 1000, pick.meaning);
  }

  // Questions on a page come in the form's order: a field placed by meaning moves to an equally good definition
  // with the same profile when that one sits nearer its neighbours' in the definition (older and newer wordings of
  // the same question exist side by side, e.g. L1 6.5.1 and u39.1).
  for (const c of ordered) {
    const u = usedEl.get(c);
    if (!u?.meaning) continue;
    const opts = statics.get(c) ?? [];
    const own = opts.find((o) => o.f === u.field)?.score ?? 0;
    let prev: CompiledField | undefined;
    let next: CompiledField | undefined;
    for (let i = c.order - 1; i >= 0 && !prev; i--) prev = usedEl.get(ordered[i]!)?.field;
    for (let i = c.order + 1; i < ordered.length && !next; i++) next = usedEl.get(ordered[i]!)?.field;
    const near = (f: CompiledField) => Math.min(prev ? Math.abs(f.index - prev.index - 1) : 1e9, next ? Math.abs(next.index - 1 - f.index) : 1e9);
    const profile = (f: CompiledField) => [...f.def.asks].sort().join('+');
    let better: CompiledField | undefined;
    for (const o of opts)
      if (o.meaning && !usedField.has(o.f.def) && o.score >= own - 0.05 && profile(o.f) === profile(u.field) && near(o.f) < near(better ?? u.field))
        better = o.f;
    if (better) {
      usedField.delete(u.field.def);
      take(c, better, u.score, true);
    }
  }

  const fields: RecognisedField[] = [...usedEl].map(([c, u]) => ({ el: c.el, field: u.field.def, key: `${def.id}.${u.field.def.id}`, score: u.score }));
  const free = fields.filter((f) => f.field.freeText);
  const strong = free.filter((f) => f.score >= STRONG).length;
  const ok = pageForm || forced.size > 0 || (title > 0 && free.length >= 2) || (free.length >= 3 && strong >= 2);
  if (ok) {
    const value = free.reduce((sum, f) => sum + Math.min(f.score, 1.2), 0) + title * 1.5 + (pageForm || forced.size ? 100 : 0);
    return { rec: { form: def, fields: sortByDocument(fields), titleScore: title }, value };
  }
  // 3. A whole form written in one field (the § 14 a «Begrunnelse»): recognised on its own when its label names
  //    the form or the page's headings do.
  const titleWords = form.titleToks.flat();
  let single: { c: Candidate; f: CompiledField; score: number } | null = null;
  for (const c of cands)
    for (const s of scored.get(c) ?? []) {
      const f = byDef.get(s.field)!;
      if (!f.wholeForm || s.score < FIELD_THRESHOLD) continue;
      const namesForm = c.ev.some((e) => e.weight >= 0.8 && e.toks.some((t) => titleWords.some((w) => w.length >= 6 && sameWord(w, t))));
      if ((title > 0 || namesForm) && (!single || s.score > single.score)) single = { c, f, score: s.score };
    }
  if (!single) return null;
  return {
    rec: {
      form: def,
      fields: [{ el: single.c.el, field: single.f.def, key: `${def.id}.${single.f.def.id}`, score: single.score }],
      titleScore: title,
      single: true,
    },
    value: single.score + title * 1.5,
  };
}

/**
 * Decides which form (if any) the document shows. A page that only talks about a form — an article quoting its
 * labels next to a comment box — has the words but not the fields, so fields carry the decision: at least two
 * free-text fields matched plus a title/heading saying which form, or at least three clear field matches. On a
 * page known to show a form, fields whose wording is new are matched by meaning (meaning.ts). A form written
 * whole in one field (the AEV in a § 14 a «Begrunnelse») is recognised from that field. Site rules the user
 * taught (`overrides`) come first.
 */
export function recognise(doc: Document, found: HTMLElement[] = findCandidates(doc), overrides?: Overrides | null): Recognition | null {
  const steps = recogniseSteps(doc, found, overrides);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * recognise() as a sequence of small steps: it yields after each candidate's evidence, each candidate's scoring
 * and each form's assignment, so a caller can spread a large form over several tasks (lib/dom/watch.ts) and the
 * page never waits for all of it at once. Run to the end, it returns exactly what recognise() returns.
 */
export function* recogniseSteps(doc: Document, found: HTMLElement[], overrides?: Overrides | null): Generator<void, Recognition | null, void> {
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
  const taught = overrides?.fields;
  if (taught?.size) found = found.filter((el) => taught.get(el) !== null);
  if (found.length === 0 && !overrides?.form) return null;
  const paired = pairHiddenSources(found);
  const sources = paired.sources;
  // A field hidden by its own markup may lend its label to a rich-text editor (above), but is never a field.
  const list = paired.list.filter((el) => !isHiddenByOwnMarkup(el));
  const index = new CandidateIndex(found);
  const cands: Candidate[] = [];
  for (const el of sortElements(list)) {
    const src = sources.get(el);
    const ev = gatherEvidence(el, index);
    if (src) ev.push(...gatherEvidence(src, index));
    cands.push({ el, ev: prepareEvidence(ev), name: `${nameAttrOf(el)} ${src ? nameAttrOf(src) : ''}`.trim(), order: cands.length });
    yield;
  }
  titles ??= documentTitles(doc);
  let ctx: Map<HTMLElement, string> | undefined;
  const context = () =>
    (ctx ??= headingContext(
      doc,
      cands.map((c) => c.el),
    ));
  // Taught fields, by form.
  const forcedByForm = new Map<FormId, Map<Candidate, FieldDef>>();
  if (taught?.size)
    for (const c of cands) {
      const key = taught.get(c.el) ?? (c.el && sources.get(c.el) ? taught.get(sources.get(c.el)!) : undefined);
      const r = key ? resolveFieldKey(key) : undefined;
      if (!r) continue;
      let m = forcedByForm.get(r.form.id);
      if (!m) forcedByForm.set(r.form.id, (m = new Map()));
      m.set(c, r.field);
    }
  const taughtForm = overrides?.form ?? (forcedByForm.size ? [...forcedByForm].sort((a, b) => b[1].size - a[1].size)[0]![0] : undefined);
  let best: FormResult | null = null;
  for (const def of FORMS) {
    if (taughtForm && def.id !== taughtForm) continue;
    const form = compileForm(def);
    yield;
    const scored = new Map<Candidate, FieldScore[]>();
    for (const c of cands) {
      scored.set(c, scoreFields(form, c.ev, c.name));
      yield;
    }
    const r = assignForm(doc, def, cands, scored, titles, context, forcedByForm.get(def.id) ?? new Map(), !!overrides?.form && overrides.form === def.id);
    if (r && (!best || r.value > best.value)) best = r;
    yield;
  }
  if (!best && overrides?.form) return { form: getForm(overrides.form), fields: [], titleScore: 0 };
  return best?.rec ?? null;
}

function sortElements(els: HTMLElement[]): HTMLElement[] {
  return [...els].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

function sortByDocument(fields: RecognisedField[]): RecognisedField[] {
  return fields.sort((a, b) => (placeOf(a.el).compareDocumentPosition(placeOf(b.el)) & 4 ? -1 : 1));
}

export type { FormId };
