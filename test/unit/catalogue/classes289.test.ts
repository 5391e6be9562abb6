import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 289 (a Nav-veileder in Kristiansund, a company doctor in Grenland and a fastlege in Valdres
// among its writers), checked with other words than that set's: a workplace named at the end of a long description
// still says where the work is, and rakfisk is made in food production.

describe('classes of blind set 289', () => {
  it('keeps a workplace named after the sixth word of a long description', () => {
    expect(first('henter søppel, bærer kasser og rydder der det trengs i produksjonen')).toBe('9329');
    // Without the workplace, collecting rubbish is still the refuse worker's.
    expect(first('henter søppel og tømmer dunker')).toBe('9611');
  });

  it('reads laying down rakfisk as food production', () => {
    expect(first('legger ned rakfisk')).toBe('8160');
  });
});
