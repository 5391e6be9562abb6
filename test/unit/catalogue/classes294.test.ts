import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 294 (a Nav-veileder in Notodden and Seljord, a staffing-agency recruiter in Drammen and a
// fastlege in Gjøvik and Toten among its writers), checked with other words than that set's: «mikse» is a verb of its
// own — sound for the sound technician, drinks for the bartender — not an unknown word that leaves only the place.

describe('classes of blind set 294', () => {
  it('reads mixing sound as the sound technician and mixing drinks as the bartender', () => {
    expect(first('mikser lyd for bandet på konserthuset')).toBe('3521');
    expect(first('mikser cocktails på en bar')).toBe('5132');
  });

  it('does not read a concrete mixer truck as mixing sound or drinks', () => {
    expect(top('kjører betongmikser')).not.toContain('3521');
    expect(top('kjører betongmikser')).not.toContain('5132');
  });
});
