import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 286 (a Nav-veileder in Haugesund and Karmøy, a DPS psychologist in Hamar and a fastlege on
// Hitra and Frøya among its writers), checked with other words than that set's: washing tanks at a hatchery, quality
// assurance at a fish plant, and airport screening, which writers put under both security groups.

describe('classes of blind set 286', () => {
  it('reads washing the tanks at a smolt plant as the aquaculture hand', () => {
    expect(first('vasker karene på smoltanlegget')).toBe('9216');
  });

  it('reads «QA» at a fish plant as the food quality controller', () => {
    expect(first('QA-medarbeider på fiskefabrikken')).toBe('7515');
    // QA in software is still the tester's.
    expect(first('QA engineer')).not.toBe('7515');
  });

  it('gives both security groups for screening bags', () => {
    expect(top('gjennomlyser vesker i sikkerhetskontrollen', 2).sort()).toEqual(['5414', '5419']);
  });
});
