// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { visibleBoxes } from '../../../components/checks/Underlines.tsx';
import type { FieldCheck } from '../../../lib/dom/checker.ts';
import type { Diagnostic } from '../../../lib/checks/lint.ts';

/**
 * A field 400 px high scrolled to the middle of a text whose lines are 20 px and 50 characters: a stand-in for
 * the mirror that counts how often geometry is asked for.
 */
function setup(problems: number, scrollTop: number) {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  const el = document.getElementById('t') as HTMLTextAreaElement;
  el.getBoundingClientRect = () => ({ left: 0, top: 100, right: 600, bottom: 500, width: 600, height: 400, x: 0, y: 100, toJSON() {} }) as DOMRect;
  Object.defineProperty(el, 'clientWidth', { value: 600 });
  Object.defineProperty(el, 'clientHeight', { value: 400 });
  const shown: Diagnostic[] = [];
  // One problem every 30 characters, listed out of order (the engine's order is not text order).
  for (let i = 0; i < problems; i++) shown.push({ rule: 'r', severity: 'warning', message: '', start: i * 30, end: i * 30 + 5, why: '', source: '' });
  shown.reverse();
  const check = { shown } as unknown as FieldCheck;
  const y = (o: number) => 100 + Math.floor(o / 50) * 20 - scrollTop;
  const calls = { rects: 0, lineAt: 0 };
  const mirror = {
    lineAt(o: number) {
      calls.lineAt++;
      return { top: y(o), bottom: y(o) + 20 };
    },
    rects(_: unknown, start: number, end: number) {
      calls.rects++;
      const top = y(start);
      return top + 20 <= 100 || top >= 500 ? [] : [{ left: (start % 50) * 8, top, width: (end - start) * 8, height: 20 }];
    },
  };
  return { el, check, mirror, calls };
}

describe('underline geometry only for what is in view', () => {
  it('measures O(log n + visible) problems, whatever their number', () => {
    for (const n of [1_000, 10_000, 100_000]) {
      const middle = Math.floor((n * 30) / 50 / 2) * 20; // scroll to the middle of the text
      const { el, check, mirror, calls } = setup(n, middle);
      const boxes = visibleBoxes(check, mirror, el, 900);
      // 20 visible lines hold 20 × 50 / 30 ≈ 33 problems; the margin adds ~13 lines each side.
      expect(boxes.length).toBeGreaterThan(25);
      expect(boxes.length).toBeLessThan(40);
      expect(calls.rects).toBeLessThan(120);
      expect(calls.lineAt).toBeLessThan(200);
      // Each box belongs to the problem it underlines.
      for (const b of boxes) expect(b.top).toBe(100 + Math.floor(check.shown[b.index]!.start / 50) * 20 - middle);
    }
  });

  it('finds the problems at the top and at the bottom of the text', () => {
    const top = setup(1_000, 0);
    const a = visibleBoxes(top.check, top.mirror, top.el, 900);
    expect(Math.min(...a.map((b) => top.check.shown[b.index]!.start))).toBe(0);
    const end = setup(1_000, Math.floor((1_000 * 30) / 50) * 20 - 400);
    const b = visibleBoxes(end.check, end.mirror, end.el, 900);
    expect(Math.max(...b.map((x) => end.check.shown[x.index]!.start))).toBe(999 * 30);
  });
});
