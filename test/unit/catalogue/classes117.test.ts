import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 116, checked with other words than that set's.

describe('classes of blind set 116', () => {
  it('reads replacing wear parts of crushers at a quarry as the industrial mechanic', () => {
    expect(first('bytter slitedeler på knuseren i pukkverket')).toBe('7233');
  });
  it('reads work on the overhead contact line of the railway as the line fitter', () => {
    expect(first('monterer kontaktledning langs jernbanen')).toBe('7413');
    expect(first('kontaktledningsmontør')).toBe('7413');
  });
  it('reads quality control at a fish or meat plant as the food grader, not a product tester', () => {
    expect(first('kvalitetskontrollør på fiskemottaket')).toBe('7515');
  });
});
