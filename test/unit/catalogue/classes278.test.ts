import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 278 (a Nav-veileder in Sør-Varanger, a company-health-service nurse in Drammen and a
// fastlege in Gudbrandsdalen among its writers), checked with other words than that set's: Russian and Finnish job
// words from the border, shoeing horses, guarding the border as a conscript, a crane by its kind.

describe('classes of blind set 278', () => {
  it('reads the Russian welder and the Finnish logging camp', () => {
    expect(first('svarsjik på verftet')).toBe('7212');
    expect(first('jobbet på savotta om vinteren')).toBe('6210');
  });

  it('reads shoeing horses as the farrier and patrolling the border as a conscript', () => {
    expect(first('skodde hestene på garden')).toBe('7221');
    expect(first('patruljerte grensen i førstegangstjenesten')).toBe('0310');
    // Patrolling as such stays with the police.
    expect(first('patruljerer i sentrum om natta')).not.toBe('0310');
  });

  it('reads a property manager by its English title', () => {
    expect(first('property manager i kommunen')).toBe('3334');
  });
});
