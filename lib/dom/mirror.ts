import type { Rect } from './geometry.ts';
import { isTextControl } from './field-text.ts';

/**
 * Text positions inside <textarea>/<input>, which have no DOM ranges: a hidden mirror element with the
 * field's exact text layout sits at the field's position, scrolled like it, and Range.getClientRects() on the
 * mirror's text gives viewport rectangles for any span.
 */
const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'wordBreak',
  'overflowWrap', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
] as const;

export class Mirror {
  private readonly div: HTMLDivElement;
  private readonly node: Text;

  constructor(host: Element) {
    const doc = host.ownerDocument;
    this.div = doc.createElement('div');
    this.div.setAttribute('aria-hidden', 'true');
    this.node = doc.createTextNode('');
    this.div.append(this.node);
    host.append(this.div);
  }

  /** Lays the mirror over the field with its current styles, text and scroll position. */
  sync(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const s = this.div.style;
    for (const k of COPIED) (s as unknown as Record<string, string>)[k] = cs[k as keyof CSSStyleDeclaration] as string;
    s.position = 'fixed';
    s.left = `${r.left}px`;
    s.top = `${r.top}px`;
    s.boxSizing = 'border-box';
    // clientWidth leaves out a vertical scrollbar, so lines wrap exactly as in the field.
    s.width = `${el.clientWidth + parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth)}px`;
    s.height = `${el.clientHeight + parseFloat(cs.borderTopWidth) + parseFloat(cs.borderBottomWidth)}px`;
    s.borderStyle = 'solid';
    s.borderColor = 'transparent';
    s.margin = '0';
    s.overflow = 'hidden';
    s.visibility = 'hidden';
    s.pointerEvents = 'none';
    s.whiteSpace = el.tagName === 'TEXTAREA' ? 'pre-wrap' : 'pre';
    if (el.tagName === 'INPUT') {
      // Inputs centre their single line vertically.
      s.lineHeight = `${el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)}px`;
    }
    if (this.node.data !== text + '\u200b') this.node.data = text + '\u200b';
    this.div.scrollTop = el.scrollTop;
    this.div.scrollLeft = el.scrollLeft;
  }

  /** Viewport rectangles of [start, end), clipped to the field's visible text area. */
  rects(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): Rect[] {
    const range = el.ownerDocument.createRange();
    const max = this.node.data.length;
    range.setStart(this.node, Math.min(start, max));
    range.setEnd(this.node, Math.min(end, max));
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const clip = {
      left: r.left + parseFloat(cs.borderLeftWidth),
      top: r.top + parseFloat(cs.borderTopWidth),
      right: r.left + parseFloat(cs.borderLeftWidth) + el.clientWidth,
      bottom: r.top + parseFloat(cs.borderTopWidth) + el.clientHeight,
    };
    const out: Rect[] = [];
    for (const b of Array.from(range.getClientRects())) {
      if (b.width === 0) continue;
      const left = Math.max(b.left, clip.left);
      const right = Math.min(b.right, clip.right);
      const top = b.top;
      const bottom = b.bottom;
      if (right <= left || bottom <= clip.top || top >= clip.bottom) continue;
      out.push({ left, top, width: right - left, height: bottom - top });
    }
    return out;
  }

  remove(): void {
    this.div.remove();
  }
}

export function supportsMirror(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return isTextControl(el);
}
