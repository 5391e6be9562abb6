import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 193, checked with other words than that set's: a municipality's building operations,
// climate work and GIS.

describe('classes of blind set 193', () => {
  it('reads building automation and light bulbs in care homes as caretaking, and the treatment plant as its operator’s', () => {
    expect(first('overvåker SD-anlegget på skolen')).toBe('5153');
    expect(first('bytter lyspærer og fikser dører på sjukeheimen')).toBe('5153');
    expect(top('passer reinseanlegget i kommunen', 3)).toContain('3132');
  });
  it('knows climate planning, GIS titles and the older «skrivedame»', () => {
    expect(first('lager klimaplanen for kommunen')).toBe('2133');
    expect(first('GIS-rådgiver')).toBe('2165');
    expect(first('skrivedame')).toBe('4110');
  });
});
