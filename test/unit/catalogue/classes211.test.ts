import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 211, checked with other words than that set's: a ski resort, a media group's studio and
// printing plant.

describe('classes of blind set 211', () => {
  it('reads checking lift passes at the lift as the lift operator’s', () => {
    expect(first('sjekker heiskort i bakken')).toBe('8343');
    expect(first('skanner skipass i Hemsedal')).toBe('8343');
  });
  it('reads the camera in the studio and the printing presses as their trades', () => {
    expect(first('jobber bak kameraet i studioet')).toBe('3521');
    expect(first('vedlikeholder trykkmaskinene på trykkeriet')).toBe('7233');
  });
});
