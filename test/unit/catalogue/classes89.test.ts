import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 88, checked with other words than that set's.

describe('classes of blind set 88', () => {
  it('knows the older title of the ship’s engineer and the bridge watch', () => {
    expect(first('maskinmeister på ferja')).toBe('3151');
    expect(first('går brovakt på supplyskipet')).toBe('3152');
  });

  it('reads selling tickets on board the express boat as cabin crew', () => {
    expect(first('selger billetter om bord på hurtigbåten')).toBe('5111');
  });
});
