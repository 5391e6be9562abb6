import { describe, expect, it } from 'vitest';
import { first, real, top } from './real.ts';

// The classes of blind set 48, checked with other words than that set's.

describe('classes of blind set 48', () => {
  it('reads corporate abbreviations in capitals, and never empties the list for one nothing knows', () => {
    expect(first('KAM hos en leverandør')).toBe('3322');
    expect(first('SDR')).toBe('3322');
    expect(top('FMCG').length).toBeGreaterThan(0);
    expect(first('KAM i QXZ')).toBe('3322');
    // In small letters it stays a word; a name that is no abbreviation still finds nothing.
    expect(first('kam')).not.toBe('3322');
    expect(top('xyzq i Oslo')).toEqual([]);
  });
  it('reads a «-fører» compound the catalogue lacks whose first part is driven as operating it', () => {
    expect(first('beltevognfører')).toBe('8342');
    expect(top('beltevognfører')).not.toContain('3354');
    // Titles in -fører the catalogue has stay themselves.
    expect(first('regnskapsfører')).toBe('3313');
  });
  it('reads the waterfront at the end of a place’s name as where, not an object inside it', () => {
    expect(top('jobber på Fiskebrygga')).not.toContain('2264');
  });
  it('reads a person after driving as whom the driver drives', () => {
    expect(first('kjørte ambassadøren hver dag')).toBe('8322');
  });
  it('reads guiding a hunt or a fishing trip as the guide’s', () => {
    expect(real.search('guider rypejakt', 1)[0]?.matchKind).toBe('activity');
  });
  it('reads HR onboarding, negotiating with the chains and a ride operator', () => {
    expect(first('driver med onboarding')).toBe('2423');
    expect(first('følger opp dagligvarekjedene')).toBe('3322');
    expect(first('ride attendant på Tusenfryd')).toBe('9629');
    expect(first('husmor på hotellet i byen')).toBe('5151');
  });
});
