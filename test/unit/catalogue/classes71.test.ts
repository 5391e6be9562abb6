import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The open classes of blind set 70, checked with other words than that set's.

describe('classes of blind set 70, second round', () => {
  it('reads «daglig leder» beside a workplace as leading it, and alone as the title', () => {
    expect(first('daglig leder ved pensjonatet')).toBe('1411');
    expect(first('dagleg leiar på kafeen')).toBe('1412');
    expect(first('daglig leder for rorbuene i Reine')).toBe('1411');
    expect(first('daglig leder')).toBe('1439');
  });

  it('keeps an English title whole beside other words: the analyst, not the guard', () => {
    expect(first('security analyst hos DNB')).toBe('2529');
    // Alone «security» is the guard still.
    expect(first('security på kjøpesenteret')).toBe('5414');
  });

  it('grades dried and salted fish by sorting it, and plans areas by making plans', () => {
    expect(first('sorterer klippfisk på bruket')).toBe('7515');
    expect(first('lagar arealplanar for kommunen')).toBe('2164');
  });
});
