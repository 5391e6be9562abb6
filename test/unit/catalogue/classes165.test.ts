import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 165, checked with other words than that set's.

describe('classes of blind set 165', () => {
  it('reads a training named by its title as that title, and a trade certificate as the skilled worker', () => {
    expect(first('jobber i bolig for utviklingshemmede, har vernepleierutdanning')).toBe('2224');
    expect(first('gir medisiner og gjør stell i heimesjukepleia, har fagbrev')).toBe('5321');
  });

  it('reads winding composites, forging at a press and retraining the elderly on a short-term ward', () => {
    expect(first('vikler glassfiber rundt gassflasker')).toBe('8142');
    // A wave is no winding, however close the words.
    expect(first('vinker bilene inn på dekket')).not.toBe('8142');
    expect(first('trener opp eldre etter hoftebrudd på korttidsavdelingen')).toBe('2264');
  });

  it('reads the child welfare service and a patient list as their workplaces', () => {
    expect(first('jobber på barnevernkontoret')).toBe('2635');
    expect(first('har listeansvar på legesenteret')).toBe('2211');
  });
});
