import type { Rect } from './geometry.ts';
import { isTextControl } from './field-text.ts';
import { diffRange } from './edit.ts';

/**
 * Text positions inside <textarea>/<input>, which have no DOM ranges: a hidden mirror element with the
 * field's exact text layout sits at the field's position, scrolled like it, and Range.getClientRects() on the
 * mirror's text gives viewport rectangles for any span.
 *
 * The mirror holds one block per paragraph (text between line breaks). A paragraph always starts on a new line,
 * so blocks lay out exactly like the field's single text, and an edit re-lays out only the paragraphs it
 * touches: typing in a 100,000-character field costs the browser one paragraph, not the whole text. Styles are
 * written only when they change.
 */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'wordBreak',
  'overflowWrap',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

interface Para {
  start: number;
  len: number;
  node: Text;
  block: HTMLDivElement;
}

export class Mirror {
  private readonly div: HTMLDivElement;
  private paras: Para[] = [];
  private text: string | null = null;
  private styleKey = '';

  constructor(host: Element) {
    const doc = host.ownerDocument;
    this.div = doc.createElement('div');
    this.div.setAttribute('aria-hidden', 'true');
    host.append(this.div);
  }

  /** Lays the mirror over the field with its current styles, text and scroll position. */
  sync(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const input = el.tagName === 'INPUT';
    const values = COPIED.map((k) => cs[k as keyof CSSStyleDeclaration] as string);
    const key = `${values.join('|')}|${r.left}|${r.top}|${el.clientWidth}|${el.clientHeight}|${input}`;
    if (key !== this.styleKey) {
      this.styleKey = key;
      const s = this.div.style;
      for (let i = 0; i < COPIED.length; i++) (s as unknown as Record<string, string>)[COPIED[i]!] = values[i]!;
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
      s.whiteSpace = input ? 'pre' : 'pre-wrap';
      // Inputs centre their single line vertically.
      if (input) s.lineHeight = `${el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)}px`;
    }
    this.setText(input ? text.replace(/\n/g, ' ') : text);
    if (this.div.scrollTop !== el.scrollTop) this.div.scrollTop = el.scrollTop;
    if (this.div.scrollLeft !== el.scrollLeft) this.div.scrollLeft = el.scrollLeft;
  }

  /** Updates only the paragraphs an edit touched. */
  private setText(text: string): void {
    const old = this.text;
    if (old === text) return;
    this.text = text;
    if (old === null || this.paras.length === 0) {
      this.replace(0, this.paras.length, 0, text);
      return;
    }
    const edit = diffRange(old, text);
    const i = this.indexAt(edit.start);
    const j = this.indexAt(edit.end);
    const from = this.paras[i]!.start;
    const to = this.paras[j]!.start + this.paras[j]!.len + edit.delta;
    this.replace(i, j + 1, from, text.slice(from, to));
    for (let k = i + text.slice(from, to).split('\n').length; k < this.paras.length; k++) this.paras[k]!.start += edit.delta;
  }

  /** Replaces paragraphs [i, j) with the paragraphs of `segment`, which starts at text offset `from`. */
  private replace(i: number, j: number, from: number, segment: string): void {
    const doc = this.div.ownerDocument;
    const parts = segment.split('\n');
    const next: Para[] = [];
    let start = from;
    parts.forEach((p, k) => {
      const reuse = i + k < j ? this.paras[i + k] : undefined;
      let para: Para;
      if (reuse) {
        if (reuse.len !== p.length || reuse.node.data !== (p || '\u200b')) reuse.node.data = p || '\u200b';
        para = reuse;
      } else {
        const block = doc.createElement('div');
        block.style.textIndent = '0';
        const node = doc.createTextNode(p || '\u200b');
        block.append(node);
        para = { start, len: p.length, node, block };
      }
      para.start = start;
      para.len = p.length;
      next.push(para);
      start += p.length + 1;
    });
    const removed = this.paras.slice(i + parts.length, j);
    for (const p of removed) p.block.remove();
    const before = this.paras[j]?.block ?? null;
    for (const p of next) if (!p.block.isConnected || p.block.parentNode !== this.div) this.div.insertBefore(p.block, before);
    this.paras.splice(i, j - i, ...next);
    // text-indent applies to the first line of the field's text only.
    this.paras[0]!.block.style.textIndent = '';
    if (this.paras[1]) this.paras[1].block.style.textIndent = '0';
  }

  /** The paragraph holding text offset `o` (the last one starting at or before it). */
  private indexAt(o: number): number {
    let lo = 0;
    let hi = this.paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paras[mid]!.start <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Viewport rectangles of [start, end), clipped to the field's visible text area. */
  rects(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): Rect[] {
    const clip = clipOf(el);
    const out: Rect[] = [];
    const range = el.ownerDocument.createRange();
    for (let k = this.indexAt(start); k < this.paras.length; k++) {
      const p = this.paras[k]!;
      if (p.start >= end) break;
      const a = Math.max(start, p.start) - p.start;
      const b = Math.min(end, p.start + p.len) - p.start;
      if (b <= a) continue;
      range.setStart(p.node, a);
      range.setEnd(p.node, b);
      for (const q of Array.from(range.getClientRects())) {
        if (q.width === 0) continue;
        const left = Math.max(q.left, clip.left);
        const right = Math.min(q.right, clip.right);
        if (right <= left || q.bottom <= clip.top || q.top >= clip.bottom) continue;
        // Chromium gives the space where a line wraps a box of its own beside the words before it: one squiggle.
        const last = out[out.length - 1];
        if (last && last.top === q.top && last.height === q.bottom - q.top && Math.abs(last.left + last.width - left) < 0.5) {
          last.width = right - last.left;
          continue;
        }
        out.push({ left, top: q.top, width: right - left, height: q.bottom - q.top });
      }
    }
    return out;
  }

  /** Viewport top and bottom of the line holding text offset `o` (one layout query; cheap once laid out). */
  lineAt(o: number): { top: number; bottom: number } {
    const p = this.paras[this.indexAt(o)]!;
    const range = this.div.ownerDocument.createRange();
    const at = Math.min(Math.max(0, o - p.start), p.node.data.length);
    range.setStart(p.node, at);
    range.setEnd(p.node, at);
    const r = range.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  }

  remove(): void {
    this.div.remove();
  }
}

/** The field's text area (inside borders, without scrollbars), in viewport coordinates. */
export function clipOf(el: HTMLElement): { left: number; top: number; right: number; bottom: number } {
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  const left = r.left + (parseFloat(cs.borderLeftWidth) || 0);
  const top = r.top + (parseFloat(cs.borderTopWidth) || 0);
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}

export function supportsMirror(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return isTextControl(el);
}
