import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 170, checked with other words than that set's.

describe('classes of blind set 170', () => {
  it('reads an installation electrician and a warehouse foreman by their titles', () => {
    expect(first('installasjonselektrikar')).toBe('7411');
    expect(first('lagerformann')).toBe('4321');
  });

  it('reads waving cars onto a ferry deck as deck crew, and a central warehouse led as logistics management', () => {
    expect(first('vinker inn bilan på bildekket på ferga')).toBe('8350');
    expect(first('har ansvaret for sentrallageret til kjeden')).toBe('1324');
  });
});
