import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 277 (a Nav-veileder in Bodø, a grocery chain's HR adviser and a nynorsk fastlege in
// Setesdal among its writers), checked with other words than that set's: helping children onto a ski lift.

describe('classes of blind set 277', () => {
  it('reads helping children at the ski lift as the lift attendant, not child care', () => {
    expect(first('hjelper ungene på skitrekket')).toBe('8343');
    expect(first('hjelper barna opp i skiheisen')).toBe('8343');
    // Helping children with homework stays with the people who work with children.
    expect(first('hjelper barn med leksene')).not.toBe('8343');
  });
});
