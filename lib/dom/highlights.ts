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
  const win = doc.defaultView as (Window & { Highlight?: unknown }) | null;
  return !!win && typeof win.Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
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
interface DocHighlights {
  hl: Record<Severity, HighlightLike>;
  byEl: Map<HTMLElement, { check: FieldCheck; ranges: [Severity, Range][] }>;
}
const state = new WeakMap<Document, DocHighlights>();

/**
 * Keeps the highlight registry in step with the checks. Only fields whose check changed are rebuilt, in one pass
 * over the editor's text; a field whose check is pending (the text changed and the engine has not read it yet)
 * keeps its ranges, which are live DOM ranges and move with the edit by themselves.
 */
export function updateHighlights(doc: Document, checks: Iterable<FieldCheck>): void {
  if (!highlightsSupported(doc)) return;
  const win = doc.defaultView as Window & { Highlight: new (...r: Range[]) => HighlightLike };
  const registry = (win as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS?.highlights ?? (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  let st = state.get(doc);
  if (!st) {
    st = { hl: { error: new win.Highlight(), warning: new win.Highlight(), info: new win.Highlight(), hint: new win.Highlight() }, byEl: new Map() };
    state.set(doc, st);
  }
  const seen = new Set<HTMLElement>();
  for (const c of checks) {
    const el = c.field.el;
    if (isTextControl(el)) continue;
    seen.add(el);
    const prev = st.byEl.get(el);
    if (prev && (prev.check === c || c.pending)) continue;
    if (prev) for (const [sev, r] of prev.ranges) st.hl[sev].delete(r);
    const ranges: [Severity, Range][] = [];
    if (c.shown.length) {
      const map = mapEditable(el);
      for (const d of c.shown) {
        const r = rangeFor(doc, map, d.start, d.end);
        if (r) {
          ranges.push([d.severity, r]);
          st.hl[d.severity].add(r);
        }
      }
    }
    st.byEl.set(el, { check: c, ranges });
  }
  for (const [el, prev] of st.byEl)
    if (!seen.has(el)) {
      for (const [sev, r] of prev.ranges) st.hl[sev].delete(r);
      st.byEl.delete(el);
    }
  let any = false;
  for (const sev of SEVERITIES) {
    if (st.hl[sev].size) {
      any = true;
      if (registry.get(`skjemahjelp-${sev}`) !== st.hl[sev]) registry.set(`skjemahjelp-${sev}`, st.hl[sev]);
    } else registry.delete(`skjemahjelp-${sev}`);
  }
  if (any) ensureStyle(doc);
}

export function clearHighlights(doc: Document): void {
  if (!highlightsSupported(doc)) return;
  state.delete(doc);
  for (const s of SEVERITIES) (CSS as unknown as { highlights: Map<string, unknown> }).highlights.delete(`skjemahjelp-${s}`);
}
