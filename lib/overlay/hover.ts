import { deepTarget, fromUser } from '../dom/events.ts';
import type { Diagnostic } from '../checks/lint.ts';
import type { FieldCheck } from '../dom/checker.ts';
import { isTextControl, mapEditable, rangeFor, textOffset } from '../dom/field-text.ts';
import type { Rect } from '../dom/geometry.ts';
import { toTop } from '../dom/frames.ts';
import type { RecognisedField } from '../forms/locate.ts';
import type { OverlayStore, UnderlineBox } from './store.ts';

export interface HoverDeps {
  doc: Document;
  store: OverlayStore;
  fieldFor(el: Element | null): RecognisedField | undefined;
  checkFor(el: HTMLElement): FieldCheck | undefined;
  isOwnUi(el: Element): boolean;
}

/**
 * Opens the hover card when the pointer rests on an underlined span and closes it a moment after the pointer
 * leaves both the span and the card. Text controls are hit-tested against the underline boxes the view drew;
 * contenteditable against the caret position under the pointer.
 */
export class HoverController {
  private boxes: UnderlineBox[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pointerInCard = false;

  constructor(private readonly d: HoverDeps) {}

  setUnderlineBoxes(b: UnderlineBox[]): void {
    this.boxes = b;
  }

  setPointerInCard(inside: boolean): void {
    this.pointerInCard = inside;
    if (!inside) this.scheduleClose();
    else clearTimeout(this.timer);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private scheduleClose(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const hover = this.d.store.get().hover;
      if (!this.pointerInCard && hover && !hover.viaKeyboard) this.d.store.set({ hover: null });
    }, 350);
  }

  onMouseMove(e: MouseEvent): void {
    if (!fromUser(e)) return; // a made-up mousemove must not open a card with the extension's data
    const t = deepTarget(e);
    if (!t || this.d.isOwnUi(t)) return;
    const field = this.d.fieldFor(t);
    const check = field ? this.d.checkFor(field.el) : undefined;
    // Events from an editor iframe carry that document's client coordinates.
    const hit = field && check ? this.hitTest(field, check, e.clientX, e.clientY, t.ownerDocument) : null;
    const cur = this.d.store.get().hover;
    if (hit) {
      clearTimeout(this.timer);
      if (!cur || cur.diag !== hit.diag) this.d.store.set({ hover: { field: field!, diag: hit.diag, anchor: hit.rect, viaKeyboard: false } });
    } else if (cur && !cur.viaKeyboard) this.scheduleClose();
  }

  private hitTest(field: RecognisedField, check: FieldCheck, x: number, y: number, evDoc: Document): { diag: Diagnostic; rect: Rect } | null {
    if (isTextControl(field.el)) {
      for (const b of this.boxes)
        if (b.check === check && x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height + 3)
          return { diag: check.shown[b.index]!, rect: b };
      return null;
    }
    const fdoc = field.el.ownerDocument;
    if (evDoc !== fdoc) return null;
    const doc = fdoc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    let node: Node | null = null;
    let off = 0;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset: off } = p);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: off } = r);
    }
    if (!node) return null;
    const map = mapEditable(field.el);
    const at = textOffset(map, node, off);
    if (at < 0) return null;
    for (const d of check.shown)
      if (at >= d.start && at < d.end) {
        const rects = rangeFor(fdoc, map, d.start, d.end)?.getClientRects();
        const r = rects && Array.from(rects).find((q) => x >= q.left - 2 && x <= q.right + 2 && y >= q.top - 2 && y <= q.bottom + 4);
        if (r) return { diag: d, rect: toTop({ left: r.left, top: r.top, width: r.width, height: r.height }, fdoc, this.d.doc) };
      }
    return null;
  }

  /** Where a card for this problem goes: its underline box, its text range, or the field's top-left. */
  anchorFor(field: RecognisedField, d: Diagnostic): Rect {
    const box = this.boxes.find((b) => b.check.field.el === field.el && b.check.shown[b.index] === d);
    if (box) return box;
    const fdoc = field.el.ownerDocument;
    if (!isTextControl(field.el)) {
      const r = rangeFor(fdoc, mapEditable(field.el), d.start, d.end)?.getBoundingClientRect();
      if (r?.width) return toTop({ left: r.left, top: r.top, width: r.width, height: r.height }, fdoc, this.d.doc);
    }
    const r = field.el.getBoundingClientRect();
    return toTop({ left: r.left, top: r.top, width: Math.min(r.width, 200), height: 20 }, fdoc, this.d.doc);
  }
}
