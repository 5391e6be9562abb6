/** Placement of overlay boxes next to a field, never on top of it. Pure: rectangles in, position out. */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Pos {
  left: number;
  top: number;
  side: 'right' | 'above' | 'below' | 'left';
}

const GAP = 6;

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/**
 * Puts a box beside the field: to the right of its top edge when there is room, else above its right end,
 * else below, else to the left. The box never overlaps the field rectangle, so it never hides typed text.
 */
export function placeBeside(field: Rect, box: Size, viewport: Size, prefer: Pos['side'][] = ['right', 'above', 'below', 'left']): Pos {
  const right = field.left + field.width;
  const bottom = field.top + field.height;
  for (const side of prefer) {
    if (side === 'right' && right + GAP + box.width <= viewport.width)
      return { side, left: right + GAP, top: clamp(field.top, 0, Math.max(0, viewport.height - box.height)) };
    if (side === 'above' && field.top - GAP - box.height >= 0)
      return { side, left: clamp(right - box.width, 0, viewport.width - box.width), top: field.top - GAP - box.height };
    if (side === 'below' && bottom + GAP + box.height <= viewport.height)
      return { side, left: clamp(right - box.width, 0, viewport.width - box.width), top: bottom + GAP };
    if (side === 'left' && field.left - GAP - box.width >= 0)
      return { side, left: field.left - GAP - box.width, top: clamp(field.top, 0, Math.max(0, viewport.height - box.height)) };
  }
  // No free side inside the viewport (a field wider and taller than the screen): sit just below it, off-screen
  // rather than on the text.
  return { side: 'below', left: clamp(right - box.width, 0, Math.max(0, viewport.width - box.width)), top: bottom + GAP };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
