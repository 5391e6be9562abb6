import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 154, checked with other words than that set's.

describe('classes of blind set 154', () => {
  it('reads passengers checked in for an airline as the check-in agent', () => {
    expect(first('sjekker inn passasjerene for SAS')).toBe('4221');
  });

  it('knows the airport manager and the car detailer', () => {
    expect(first('flyplassjef')).toBe('1324');
    expect(first('car detailer på bilforhandleren')).toBe('9122');
  });
});
