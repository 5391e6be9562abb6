import { describe, expect, it } from 'vitest';
import { overlaps, placeBeside } from '../../../lib/dom/geometry.ts';

const vp = { width: 1280, height: 800 };
const badge = { width: 120, height: 24 };

describe('placeBeside', () => {
  it('prefers the right of a narrow field', () => {
    const field = { left: 100, top: 200, width: 400, height: 120 };
    const p = placeBeside(field, badge, vp);
    expect(p.side).toBe('right');
    expect(overlaps(field, { ...p, ...badge })).toBe(false);
  });
  it('goes above a full-width field, and below when at the top of the viewport', () => {
    const wide = { left: 0, top: 300, width: 1280, height: 100 };
    const above = placeBeside(wide, badge, vp);
    expect(above.side).toBe('above');
    expect(overlaps(wide, { ...above, ...badge })).toBe(false);
    const top = placeBeside({ ...wide, top: 5 }, badge, vp);
    expect(top.side).toBe('below');
    expect(overlaps({ ...wide, top: 5 }, { ...top, ...badge })).toBe(false);
  });
  it('never overlaps, whatever the field', () => {
    for (let i = 0; i < 500; i++) {
      const f = { left: ((i * 37) % 1300) - 20, top: ((i * 53) % 900) - 50, width: 20 + ((i * 91) % 1400), height: 20 + ((i * 17) % 700) };
      const p = placeBeside(f, badge, vp);
      expect(overlaps(f, { ...p, ...badge })).toBe(false);
    }
  });
});
