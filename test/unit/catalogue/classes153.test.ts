import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 153, checked with other words than that set's.

describe('classes of blind set 153', () => {
  it('reads room prices set from demand as the sales and revenue manager', () => {
    expect(first('fastsetter romprisene på hotellet')).toBe('1221');
  });

  it('knows the hotel roles by their English names', () => {
    expect(first('revenue manager på hotellet')).toBe('1221');
    expect(first('guest service agent')).toBe('4224');
    expect(first('assisterende hotelldirektør')).toBe('1411');
  });
});
