import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 199, checked with other words than that set's: a shipyard and offshore-service group.

describe('classes of blind set 199', () => {
  it('reads hull and stability calculations, the yard’s manager and painting on board as their trades', () => {
    expect(first('regner ut stabiliteten til fartøyet på verftet')).toBe('2144');
    expect(first('verftssjef')).toBe('1321');
    expect(first('maler lugarene om bord på skipet')).toBe('7131');
    // Cleaning the cabins is no painting.
    expect(first('rydder og vasker lugarene på skipet')).not.toBe('7131');
    // Expecting something is no calculation: «regner med» stays out of engineering.
    expect(top('regner med å bli ferdig med kassa i butikken', 3)).not.toContain('2144');
  });
  it('reads a company nurse as a nurse, wherever she works', () => {
    expect(first('bedriftssykepleier på verftet')).toBe('2223');
  });
});
