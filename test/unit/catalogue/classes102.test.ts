import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 101, checked with other words than that set's.

describe('classes of blind set 101', () => {
  it('reads helping out in reindeer herding as the livestock helper', () => {
    expect(first('hjelper til med reinsdyr og kalvemerking hos familien')).toBe('9212');
  });
  it('reads a CNC machine in furniture production as the cabinet maker, not the metal turner', () => {
    expect(first('kjører CNC-maskin på møbelfabrikken')).toBe('7522');
  });
});
