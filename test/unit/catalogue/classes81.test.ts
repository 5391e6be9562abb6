import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 80, checked with other words than that set's.

describe('classes of blind set 80', () => {
  it('reads the battery factory, the drying room for cured meat and the farm contractor', () => {
    expect(first('jobber på linja i batterifabrikken')).toBe('8131');
    expect(first('tørker spekemat i tørkerommet')).toBe('8160');
    expect(first('presser rundballer for naboene med traktoren')).toBe('8341');
  });

  it('knows who runs a ski resort or a water park, and the paragliding instructor', () => {
    expect(first('daglig leder i alpinsenter')).toBe('1431');
    expect(first('driftssjef på badeland')).toBe('1431');
    expect(first('paraglidinginstruktør')).toBe('3423');
  });
});
