import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 281 (a Nav-veileder in Haugesund and Karmøy, a staffing-agency recruiter and a fastlege in
// Vesterålen among its writers), checked with other words than that set's: launching research rockets, the road-works
// overseer and the English launch engineer.

describe('classes of blind set 281', () => {
  it('reads launching research rockets and the launch engineer as engineering', () => {
    expect(first('jobbet med oppskyting av forskningsraketter')).toBe('3119');
    expect(first('launch engineer på Andøya')).toBe('2149');
  });

  it('reads the overseer on road works as the site foreman, not a guard', () => {
    expect(first('oppsynsmann på veganlegget')).toBe('3123');
    // A guard overseeing a car park is still security.
    expect(first('vekter på parkeringshuset')).not.toBe('3123');
  });
});
