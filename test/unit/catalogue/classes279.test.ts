import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 279 (a Nav-veileder in Kristiansand, an HR adviser in Bærum and a fastlege on Hitra and
// Frøya among its writers), checked with other words than that set's: trimming fillets, Polish fish-plant work,
// vaccinating pupils and packing fish in polystyrene boxes.

describe('classes of blind set 279', () => {
  it('reads trimming fillets with a knife and Polish fish-plant work', () => {
    expect(first('trimmer laksefilet med kniv')).toBe('7511');
    expect(first('pracownik fabryki ryb na Frøya')).toBe('8160');
  });

  it('reads vaccinating pupils as the school nurse and packing in polystyrene boxes as packing', () => {
    expect(first('vaksinerer elevene på ungdomsskolen')).toBe('2221');
    expect(first('pakker torsk i isoporkasser')).toBe('9321');
    // Vaccinating at the nursing home is not the school nurse's.
    expect(first('vaksinerer eldre på sykehjemmet')).not.toBe('2221');
  });
});
