import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 73, checked with other words than that set's.

describe('classes of blind set 73', () => {
  it('reads the furnace, the drill floor, the battery line and the hospital ward', () => {
    expect(first('jobber ved smelteovnane')).toBe('8121');
    expect(first('skifter borerør på riggen')).toBe('8113');
    expect(first('lager battericeller på fabrikken')).toBe('8212');
    expect(first('går nattevakter på ortopedisk post')).toBe('2223');
  });
});
