import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 238 (a grocery wholesaler among them), checked with other words than that set's: returns
// from the shops, loading trailers at the ramp, the shunting tractor and the route planner.

describe('classes of blind set 238', () => {
  it("reads the wholesaler's returns, ramp loading, shunting and route planning", () => {
    expect(first('sorterer returvarer fra butikkene')).toBe('4321');
    expect(first('laster traileren på rampa')).toBe('9333');
    expect(['8332', '8344']).toContain(first('shuntsjåfør på godsterminalen'));
    expect(first('ruteplanlegger i distribusjonen')).toBe('4323');
  });
});
