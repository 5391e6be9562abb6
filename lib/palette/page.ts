/**
 * Helpers the content script can use to fill PaletteHost from the page, relying only on the observable
 * attributes the recognition writes (data-skjemahjelp-field). Light: no catalogue, no zod.
 */
import { readText } from '../dom/field-text.ts';
import { documentsLimitations, hasRole } from '../forms/roles.ts';
import { editableFrameBodies, editableFrameBody } from '../dom/frames.ts';

const FIELD = 'data-skjemahjelp-field';

/** The focused element, looking through open shadow roots (web-component fields). */
export function deepActiveElement(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function fieldOf(el: Element | null): { el: HTMLElement; key: string } | null {
  const f = el?.closest<HTMLElement>(`[${FIELD}]`);
  const key = f?.getAttribute(FIELD);
  return f && key ? { el: f, key } : null;
}

/**
 * Where «Sett inn» writes: the focused recognised field, else the last one focused (when the badge took
 * focus), else the first field on the page the description is written for (role 'yrke-insert' in the form
 * definitions: L40 5.3, AEV «Aktuelle yrker», the whole AEV in a § 14 a «Begrunnelse»).
 */
export function findTarget(doc: Document, lastFocused?: Element | null): { el: HTMLElement; key: string } | null {
  const now = fieldOf(deepActiveElement(doc));
  if (now) return now;
  if (lastFocused?.isConnected) {
    const f = fieldOf(lastFocused);
    if (f) return f;
  }
  for (const el of doc.querySelectorAll<HTMLElement>(`[${FIELD}]`)) {
    const key = el.getAttribute(FIELD)!;
    if (hasRole(key, 'yrke-insert')) return { el, key };
  }
  return null;
}

/** Text of the fields that document the person's function (role 'limitations' in the form definitions). */
export function findPersonText(doc: Document): string {
  const parts: string[] = [];
  const fields = [...doc.querySelectorAll<HTMLElement>(`[${FIELD}]`), ...editableFrameBodies(doc).filter((b) => b.hasAttribute(FIELD))];
  for (const el of fields) {
    if (!documentsLimitations(el.getAttribute(FIELD))) continue;
    const t = readText(el).trim();
    if (t) parts.push(t);
  }
  return parts.join('\n\n');
}

/**
 * The open message goes to every frame of the tab; only the frame that holds the focus and a recognised
 * form opens the palette. A parent whose focus sits in a child frame leaves it to that frame.
 */
export function shouldOpenHere(doc: Document): boolean {
  if (!doc.documentElement.hasAttribute('data-skjemahjelp-form')) return false;
  if (!doc.hasFocus()) return false;
  const a = doc.activeElement;
  if (!(a && (a.tagName === 'IFRAME' || a.tagName === 'FRAME'))) return true;
  // An editor iframe whose body is one of this document's recognised fields (TinyMCE): ours to open.
  const body = a.tagName === 'IFRAME' ? editableFrameBody(a as HTMLIFrameElement) : null;
  return !!body?.hasAttribute(FIELD);
}
