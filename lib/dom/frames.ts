/**
 * Fields that live in a same-origin child document: a rich-text editor whose editable body is inside an
 * <iframe> (TinyMCE, CKEditor 4, older EPJ editors), while its label and the rest of the form are outside.
 * The parent document's session owns such a field; these helpers bridge the document boundary.
 */
import type { Rect } from './geometry.ts';

/** The <iframe> element whose document holds `node`, or null in a top-level or cross-origin document. */
export function hostFrame(node: Node): HTMLIFrameElement | null {
  try {
    const fe = node.ownerDocument?.defaultView?.frameElement;
    return fe && fe.tagName === 'IFRAME' ? (fe as HTMLIFrameElement) : null;
  } catch {
    return null;
  }
}

/** The editable <body> of a same-origin iframe (contenteditable or designMode), else null. */
export function editableFrameBody(frame: HTMLIFrameElement): HTMLElement | null {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    return null;
  }
  const body = doc?.body;
  if (!body) return null;
  return body.isContentEditable || doc!.designMode === 'on' ? body : null;
}

/** Editable iframe bodies directly in `doc` (not nested deeper). */
export function editableFrameBodies(doc: Document): HTMLElement[] {
  const out: HTMLElement[] = [];
  const frames = doc.getElementsByTagName('iframe');
  for (let i = 0; i < frames.length; i++) {
    const b = editableFrameBody(frames[i]!);
    if (b) out.push(b);
  }
  return out;
}

/** What to add to client coordinates in `doc` to get client coordinates in `top` (0,0 when they are the same). */
export function frameOffset(doc: Document, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let d: Document = doc;
  for (let guard = 0; d !== top && guard < 8; guard++) {
    const fe = hostFrame(d.documentElement ?? d);
    if (!fe) break;
    const r = fe.getBoundingClientRect();
    const cs = fe.ownerDocument.defaultView?.getComputedStyle(fe);
    x += r.left + fe.clientLeft + (cs ? parseFloat(cs.paddingLeft) || 0 : 0);
    y += r.top + fe.clientTop + (cs ? parseFloat(cs.paddingTop) || 0 : 0);
    d = fe.ownerDocument;
  }
  return { x, y };
}

/** A rectangle from `doc`'s viewport moved into `top`'s viewport. */
export function toTop(r: Rect, doc: Document, top: Document): Rect {
  if (doc === top) return r;
  const o = frameOffset(doc, top);
  return { left: r.left + o.x, top: r.top + o.y, width: r.width, height: r.height };
}

/** The element's box in `top`'s viewport (through its iframe when it lives in a child document). */
export function rectInTop(el: Element, top: Document): Rect {
  const r = el.getBoundingClientRect();
  return toTop({ left: r.left, top: r.top, width: r.width, height: r.height }, el.ownerDocument, top);
}
