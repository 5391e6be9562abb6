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

type HighlightWindow = Window & { Highlight: new (...r: Range[]) => unknown; CSS: { highlights: Map<string, unknown> } };

/** Documents we registered highlights in (fields inside editor iframes have their own registry). */
const touched = new Set<Document>();

export function updateHighlights(doc: Document, checks: Iterable<FieldCheck>): void {
  if (!highlightsSupported(doc)) return;
  const byDoc = new Map<Document, Record<string, Range[]>>();
  for (const c of checks) {
    if (isTextControl(c.field.el) || c.shown.length === 0) continue;
    const d = c.field.el.ownerDocument;
    let bySeverity = byDoc.get(d);
    if (!bySeverity) byDoc.set(d, (bySeverity = { error: [], warning: [], info: [], hint: [] }));
    const map = mapEditable(c.field.el);
    for (const x of c.shown) {
      const r = rangeFor(d, map, x.start, x.end);
      if (r) bySeverity[x.severity]!.push(r);
    }
  }
  for (const d of new Set([doc, ...touched, ...byDoc.keys()])) {
    if (!d.defaultView || !highlightsSupported(d)) {
      touched.delete(d);
      continue;
    }
    // Firefox: through a content script's Xray, CSS.highlights and Highlight resolve in the content script's own
    // (top) window; an editor iframe's registry is reached through its own objects (Xray vision waived).
    const win = (d === doc ? d.defaultView : ((d.defaultView as Window & { wrappedJSObject?: Window }).wrappedJSObject ?? d.defaultView)) as HighlightWindow;
    const registry = win.CSS.highlights;
    const bySeverity = byDoc.get(d);
    let any = false;
    for (const s of SEVERITIES) {
      const ranges = bySeverity?.[s] ?? [];
      if (ranges.length) {
        any = true;
        registry.set(`skjemahjelp-${s}`, new win.Highlight(...ranges));
      } else registry.delete(`skjemahjelp-${s}`);
    }
    if (any) {
      ensureStyle(d);
      touched.add(d);
    } else touched.delete(d);
  }
}

export function clearHighlights(doc: Document): void {
  for (const d of new Set([doc, ...touched])) {
    if (!d.defaultView || !highlightsSupported(d)) continue;
    const win = (d === doc ? d.defaultView : ((d.defaultView as Window & { wrappedJSObject?: Window }).wrappedJSObject ?? d.defaultView)) as HighlightWindow;
    const registry = win.CSS.highlights;
    for (const s of SEVERITIES) registry.delete(`skjemahjelp-${s}`);
  }
  touched.clear();
}
