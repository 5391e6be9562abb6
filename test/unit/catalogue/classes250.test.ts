import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 250 (a furniture maker among them), checked with other words than that set's: cutting
// foam and leather parts, the CNC mill's parts, chair mechanisms, the showroom and the fair stand, bank reconciliations.

describe('classes of blind set 250', () => {
  it('reads the work in a furniture factory', () => {
    expect(first('kutter skumgummi til seter i sofaer')).toBe('8142');
    expect(first('skjærer lærdeler på skjærebordet')).toBe('7532');
    expect(first('freser sidestykker på cnc i fabrikken')).toBe('7522');
    expect(first('skrur sammen mekanismene i stolene')).toBe('8211');
    expect(first('dekorerer messestanden')).toBe('3432');
  });

  it('reads the office and the titles', () => {
    expect(first('avstemmer bankkontoer og reskontro')).toBe('4311');
    expect(first('tar jordprøver og analyserer dem på laboratoriet')).toBe('3141');
    expect(first('upholsterer')).toBe('7534');
    expect(first('lodge manager')).toBe('1411');
    expect(first('produksjonsmedarbeider på møbelfabrikk')).toBe('9329');
  });
});
