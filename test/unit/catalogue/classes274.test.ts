import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 274 (a Nav-veileder at Nav Gjøvik, an HR adviser at a hospital trust and a fastlege on
// Senja among its writers), checked with other words than that set's: taking in the catch, running a food factory's
// line, dipping parts in a surface-treatment bath, and the theatre nurse's English title.

describe('classes of blind set 274', () => {
  it('reads taking in the catch and running a snack factory’s line as food production', () => {
    expect(first('tok imot fangsten fra sjarkene')).toBe('8160');
    expect(first('kjører linja på potetgullfabrikken')).toBe('8160');
    // Taking in patients is not.
    expect(first('tar imot pasienter i akuttmottaket')).not.toBe('8160');
  });

  it('reads dipping parts in a bath as surface treatment and the scrub nurse as a specialist nurse', () => {
    expect(first('dypper deler i eloksalbadet')).toBe('8122');
    expect(first('scrub nurse på operasjonsstua')).toBe('2221');
  });
});
