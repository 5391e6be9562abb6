import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 69, checked with other words than that set's.

describe('classes of blind set 69', () => {
  it('finds the pizza courier, and the joiner making kitchen fittings in either written standard', () => {
    expect(first('leverer pizza på scooter')).toBe('9621');
    expect(first('lagar kjøkkeninnreiingar')).toBe('7522');
    expect(first('snekrer kjøkkeninnredninger på verkstedet')).toBe('7522');
    // Baking pizza is still the cook's.
    expect(first('baker pizza på restaurant')).not.toBe('9621');
  });
});
