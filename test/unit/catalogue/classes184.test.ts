import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 184, checked with other words than that set's: a hotel, a military camp, a smolt plant and
// home help.

describe('classes of blind set 184', () => {
  it("reads the hotel's housekeeping, massage and room bookings as the trades they are", () => {
    expect(first('fordeler rom til romjentene på hotellet')).toBe('5151');
    expect(first('masserer gjester på et spa')).toBe('3259');
    expect(first('tar imot romreservasjonar')).toBe('4224');
    // Building work «satt opp» is no housekeeping.
    expect(first('setter opp bindingsverk på nye boliger')).not.toBe('5151');
  });

  it('reads cooking in a mess as the cook and watching fish in the tanks as the fish farmer', () => {
    expect(first('lagar mat i messa på leiren')).toBe('5120');
    expect(first('passer på fisken i kara')).toBe('6221');
  });

  it('reads helping the elderly with shopping and cleaning as home help', () => {
    expect(first('hjelper eldre med handling og støvsuging')).toBe('5322');
  });
});
