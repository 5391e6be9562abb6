import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 150, checked with other words than that set's.

describe('classes of blind set 150', () => {
  it('reads a rank before an English title («senior», «lead») as no part of the occupation', () => {
    expect(first('senior process engineer')).toBe('2145');
  });

  it('reads knitwear designed as the clothing designer', () => {
    expect(first('designer strikkeplagg for et garnfirma')).toBe('2163');
  });

  it('reads a nickel refinery as the metal process operator, not the oil refinery', () => {
    expect(first('operatør på nikkelraffineriet')).toBe('8121');
  });

  it('knows the QA/QC engineer of industry', () => {
    expect(first('QA/QC-ingeniør')).toBe('2141');
  });
});
