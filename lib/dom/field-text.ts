/**
 * Reading and writing the text of a field, whatever it is: <textarea>/<input> (value, selection offsets) or a
 * contenteditable editor (text nodes, with block boundaries read as line breaks). Offsets are UTF-16 indices
 * into the text returned by readText, the same offsets the checks engine reports.
 */

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

interface Segment {
  start: number;
  end: number;
  node: Text;
}

/** The editor's text and where each piece of it lives in the DOM. */
export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TR|TABLE|SECTION|ARTICLE)$/;

export function mapEditable(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  let text = '';
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const v = (n as Text).data;
      if (v.length) {
        segments.push({ start: text.length, end: text.length + v.length, node: n as Text });
        text += v;
      }
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as HTMLElement;
    if (el.tagName === 'BR') {
      text += '\n';
      return;
    }
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
    const block = BLOCK.test(el.tagName) && el !== root;
    if (block) newline();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) newline();
  };
  walk(root);
  return { text, segments };
}

export function readText(el: HTMLElement): string {
  return isTextControl(el) ? el.value : mapEditable(el).text;
}

/** DOM position of a text offset in an editor (end of the previous segment at boundaries). O(log segments). */
export function domPoint(map: TextMap, offset: number): { node: Text; offset: number } | null {
  const segs = map.segments;
  if (segs.length === 0) return null;
  // The first segment that ends at or after the offset.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  const s = segs[lo];
  if (s && offset >= s.start) return { node: s.node, offset: offset - s.start };
  const last = segs[lo - 1];
  if (last) return { node: last.node, offset: last.end - last.start };
  return s ? { node: s.node, offset: 0 } : null;
}

export function rangeFor(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const a = domPoint(map, start);
  const b = domPoint(map, end);
  if (!a || !b) return null;
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/** Text offset of a DOM point inside the editor, or -1. */
export function textOffset(map: TextMap, node: Node, offset: number): number {
  for (const s of map.segments) if (s.node === node) return s.start + Math.min(offset, s.end - s.start);
  return -1;
}

/** Current caret/selection as text offsets, or null when the selection is not in the field. */
export function getSelectionOffsets(el: HTMLElement): { start: number; end: number } | null {
  if (isTextControl(el)) {
    if (el.ownerDocument.activeElement !== el) return null;
    return { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  }
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return null;
  const map = mapEditable(el);
  const r = sel.getRangeAt(0);
  const s = textOffset(map, r.startContainer, r.startOffset);
  const e = textOffset(map, r.endContainer, r.endOffset);
  return s < 0 || e < 0 ? null : { start: s, end: e };
}

/** Focuses the field and selects [start, end) — used to jump to a problem and before inserting a fix. */
export function selectRange(el: HTMLElement, start: number, end: number): void {
  el.focus({ preventScroll: false });
  if (isTextControl(el)) {
    el.setSelectionRange(start, end);
    return;
  }
  const doc = el.ownerDocument;
  const r = rangeFor(doc, mapEditable(el), start, end);
  if (!r) return;
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(r);
  (r.startContainer.parentElement ?? el).scrollIntoView?.({ block: 'nearest' });
}

/**
 * Replaces [start, end) with text so that the page's framework notices (React's onChange fires) and Ctrl+Z
 * undoes it: execCommand('insertText') goes through the browser's editing pipeline. Falls back to the native
 * value setter plus bubbling input/change events where execCommand is refused. Returns how it was done.
 */
export function replaceRange(el: HTMLElement, start: number, end: number, text: string, caret?: number): 'execCommand' | 'setter' | 'failed' {
  const doc = el.ownerDocument;
  selectRange(el, start, end);
  let how: 'execCommand' | 'setter' | 'failed' = 'failed';
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, text);
  } catch {
    ok = false;
  }
  const expected = (before: string) => before.slice(0, start) + text + before.slice(end);
  if (ok) how = 'execCommand';
  else if (isTextControl(el)) {
    const before = el.value;
    const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    setter?.call(el, expected(before));
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    how = 'setter';
  }
  const pos = start + (caret ?? text.length);
  if (how !== 'failed') {
    if (isTextControl(el)) el.setSelectionRange(pos, pos);
    else selectRange(el, pos, pos);
  }
  return how;
}
