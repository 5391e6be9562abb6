import type { FieldCheck } from './checker.ts';
import { isTextControl, mapEditable, rangeFor } from './field-text.ts';

/**
 * Underlines in contenteditable editors with the CSS Custom Highlight API: ranges are painted by the browser
 * exactly where the text is, and the editor's own DOM is never touched (editors like ProseMirror or Lexical
 * would fight any span we inserted).
 */
const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
const STYLE_ID = 'skjemahjelp-highlight-style';

export function highlightsSupported(doc: Document): boolean {
  const win = doc.defaultView as (Window & { Highlight?: unknown; CSS?: object }) | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-skjemahjelp-ui', '');
  style.textContent = `
::highlight(skjemahjelp-error) { text-decoration: underline wavy #c30000; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(skjemahjelp-warning) { text-decoration: underline wavy #c77300; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(skjemahjelp-info) { text-decoration: underline dotted #0067c5; text-underline-offset: 3px; }
::highlight(skjemahjelp-hint) { text-decoration: underline dotted #8a8a8a; text-underline-offset: 3px; }`;
  (doc.head ?? doc.documentElement).append(style);
}

type Severity = (typeof SEVERITIES)[number];
interface HighlightLike {
  add(r: Range): unknown;
  delete(r: Range): unknown;
  readonly size: number;
}
type HighlightWindow = Window & { Highlight: new (...r: Range[]) => HighlightLike; CSS: { highlights: Map<string, unknown> } };
interface DocHighlights {
  win: HighlightWindow;
  hl: Record<Severity, HighlightLike>;
  byEl: Map<HTMLElement, { check: FieldCheck; ranges: [Severity, Range][] }>;
}
/** Documents we registered highlights in (fields inside editor iframes have their own registry), with their ranges per field. */
const state = new Map<Document, DocHighlights>();

/**
 * Firefox: through a content script's Xray, CSS.highlights and Highlight resolve in the content script's own (top)
 * window; an editor iframe's registry is reached through its own objects (Xray vision waived).
 */
function windowOf(d: Document, doc: Document): HighlightWindow {
  return (d === doc ? d.defaultView : ((d.defaultView as Window & { wrappedJSObject?: Window }).wrappedJSObject ?? d.defaultView)) as HighlightWindow;
}

function stateOf(d: Document, doc: Document): DocHighlights {
  let st = state.get(d);
  if (!st) {
    const win = windowOf(d, doc);
    st = { win, hl: { error: new win.Highlight(), warning: new win.Highlight(), info: new win.Highlight(), hint: new win.Highlight() }, byEl: new Map() };
    state.set(d, st);
  }
  return st;
}

/**
 * Keeps the highlight registries in step with the checks. Only fields whose check changed are rebuilt, in one pass
 * over the editor's text; a field whose check is pending (the text changed and the engine has not read it yet)
 * keeps its ranges, which are live DOM ranges and move with the edit by themselves.
 */
export function updateHighlights(doc: Document, checks: Iterable<FieldCheck>): void {
  if (!highlightsSupported(doc)) return;
  const seen = new Set<HTMLElement>();
  for (const c of checks) {
    const el = c.field.el;
    if (isTextControl(el)) continue;
    const d = el.ownerDocument;
    if (!d.defaultView || !highlightsSupported(d)) continue;
    seen.add(el);
    const st = stateOf(d, doc);
    const prev = st.byEl.get(el);
    if (prev && (prev.check === c || c.pending)) continue;
    if (prev) for (const [sev, r] of prev.ranges) st.hl[sev].delete(r);
    const ranges: [Severity, Range][] = [];
    if (c.shown.length) {
      const map = mapEditable(el);
      for (const x of c.shown) {
        const r = rangeFor(d, map, x.start, x.end);
        if (r) {
          ranges.push([x.severity, r]);
          st.hl[x.severity].add(r);
        }
      }
    }
    st.byEl.set(el, { check: c, ranges });
  }
  for (const [d, st] of state) {
    for (const [el, prev] of st.byEl)
      if (!seen.has(el)) {
        for (const [sev, r] of prev.ranges) st.hl[sev].delete(r);
        st.byEl.delete(el);
      }
    if (!d.defaultView || !highlightsSupported(d)) {
      state.delete(d); // the frame's document is gone
      continue;
    }
    const registry = st.win.CSS.highlights;
    let any = false;
    for (const sev of SEVERITIES) {
      if (st.hl[sev].size) {
        any = true;
        if (registry.get(`skjemahjelp-${sev}`) !== st.hl[sev]) registry.set(`skjemahjelp-${sev}`, st.hl[sev]);
      } else registry.delete(`skjemahjelp-${sev}`);
    }
    if (any) ensureStyle(d);
    if (st.byEl.size === 0) state.delete(d);
  }
}

export function clearHighlights(doc: Document): void {
  for (const d of new Set([doc, ...state.keys()])) {
    if (!d.defaultView || !highlightsSupported(d)) continue;
    const registry = (state.get(d)?.win ?? windowOf(d, doc)).CSS.highlights;
    for (const s of SEVERITIES) registry.delete(`skjemahjelp-${s}`);
  }
  state.clear();
}
