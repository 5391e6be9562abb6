import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 283 (a Nav-veileder at Nav Meløy, a fastlege in Rjukan and a job counsellor for refugees in
// Drammen among its writers), checked with other words than that set's: being responsible for a field of work is doing
// that work, and a cable car or gondola is run by the lift operators.

describe('classes of blind set 283', () => {
  it('reads «ansvarlig for» and «har ansvar for» a field as that field, not as whom the work is for', () => {
    expect(first('ansvarlig for geoteknikken')).toBe('2142');
    expect(first('har ansvar for sterilsentralen')).toBe('5329');
    // What is led still decides where a leader's rule has it.
    expect(first('har ansvar for barna')).toBe('2342');
  });

  it('reads running a cable car or gondola as the lift operator, not the train driver', () => {
    expect(first('kjører svevebanen')).toBe('8343');
    expect(first('kjører kabelbanen opp til toppen')).toBe('8343');
    // A train is still the train driver's.
    expect(first('kjører toget')).not.toBe('8343');
  });
});
