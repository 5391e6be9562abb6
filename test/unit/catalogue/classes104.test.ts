import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 103, checked with other words than that set's.

describe('classes of blind set 103', () => {
  it('reads the pulp digester (kokeriet) as the pulp and paper operator', () => {
    expect(first('jobber på kokeriet')).toBe('8171');
  });
  it('reads blood samples at a hospital outpatient clinic as the biomedical laboratory scientist', () => {
    expect(first('tar blodprøver på poliklinikken')).toBe('3212');
  });
  it('reads a PhD candidate as university research staff', () => {
    expect(first('phd-kandidat ved NTNU')).toBe('2310');
  });
  it('reads milk production on the farm as the dairy and livestock farmer', () => {
    expect(first('har mjølkeproduksjon på garden')).toBe('6121');
  });
  it('reads making sweets in a factory as the food production operator', () => {
    expect(first('koker karameller på fabrikken')).toBe('8160');
  });
});
