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

export function updateHighlights(doc: Document, checks: Iterable<FieldCheck>): void {
  if (!highlightsSupported(doc)) return;
  const win = doc.defaultView as Window & { Highlight: new (...r: Range[]) => unknown };
  const bySeverity: Record<string, Range[]> = { error: [], warning: [], info: [], hint: [] };
  for (const c of checks) {
    if (isTextControl(c.field.el) || c.shown.length === 0) continue;
    const map = mapEditable(c.field.el);
    for (const d of c.shown) {
      const r = rangeFor(doc, map, d.start, d.end);
      if (r) bySeverity[d.severity]!.push(r);
    }
  }
  const registry = (win as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS?.highlights ?? (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  let any = false;
  for (const s of SEVERITIES) {
    const ranges = bySeverity[s]!;
    if (ranges.length) {
      any = true;
      registry.set(`skjemahjelp-${s}`, new win.Highlight(...ranges));
    } else registry.delete(`skjemahjelp-${s}`);
  }
  if (any) ensureStyle(doc);
}

export function clearHighlights(doc: Document): void {
  if (!highlightsSupported(doc)) return;
  for (const s of SEVERITIES) (CSS as unknown as { highlights: Map<string, unknown> }).highlights.delete(`skjemahjelp-${s}`);
}
