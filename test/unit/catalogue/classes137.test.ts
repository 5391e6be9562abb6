import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 135, checked with other words than that set's.

describe('classes of blind set 135', () => {
  it('reads behind the counter at a petrol-station chain as the station attendant, not a shop worker', () => {
    expect(first('står bak disken på Uno-X')).toBe('5245');
  });

  it('reads working with unaccompanied minor refugees as the social care worker', () => {
    expect(first('jobber med mindreårige flyktninger på en bolig')).toBe('3412');
  });

  it('reads the old title of a woman weaver', () => {
    expect(first('vevekone')).toBe('7318');
  });
});
