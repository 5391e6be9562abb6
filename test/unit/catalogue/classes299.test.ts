import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 299 (a Nav-veileder in Elverum and Trysil, a refugee-office intake worker and a fastlege in
// Arendal and Grimstad among its writers), checked with other words than that set's: antifouling («bunnstryke») and
// sanding a hull are the painter's work on boats, as «male bunnstoff» is.

describe('classes of blind set 299', () => {
  it('reads antifouling and sanding boats as the painter', () => {
    expect(first('bunnstryk skroget på båtene i marinaen')).toBe('7132');
    expect(first('sliper skrog på slippen')).toBe('7132');
  });

  it('still reads sharpening knives as the knife grinder', () => {
    expect(first('sliper kniver for slakteriet')).toBe('7224');
  });
});
