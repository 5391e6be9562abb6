import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 168, checked with other words than that set's: a hotel chain's trades and sheltered work.

describe('classes of blind set 168', () => {
  it('reads the hotel trades: luggage, valet, rooms maintained, IT in charge', () => {
    expect(first('bærer bagasjen opp til gjestene på hotellet')).toBe('9621');
    expect(first('valet parking')).toBe('9629');
    expect(first('skifter lyspærer på rommene på hotellet')).toBe('5153');
    expect(first('IT-ansvarlig på skolen')).toBe('2522');
  });

  it('reads recycling, locks on a canal and leaflets in letterboxes by what is done', () => {
    expect(first('demonterer tv-er på gjenvinningsstasjonen')).toBe('9612');
    expect(first('sluser båtene gjennom kanalen')).toBe('9629');
    expect(first('legger reklame i postkassene')).toBe('9510');
    // A shift is no lock-keeper's: «vakter» stays the guard's or the station's.
    expect(first('tar vakter på Circle K')).not.toBe('9629');
  });
});
