import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 178, checked with other words than that set's.

describe('classes of blind set 178', () => {
  it('reads running a chain shop with its staff as its manager, working in one as shop staff', () => {
    expect(first('driver klesbutikken på senteret, har ansvar for personalet')).toBe('1420');
    expect(first('jobber i sportsbutikken')).toBe('5223');
  });

  it("reads tending a waste plant's incinerator as the incineration operator's, digging for water and sewage as the digger's", () => {
    expect(first('passer forbrenningsovnene på renovasjonsselskapet')).toBe('3132');
    expect(first('kjører graver på vann og avløp i kommunen')).toBe('8342');
  });
});
