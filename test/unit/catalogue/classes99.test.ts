import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 98, checked with other words than that set's.

describe('classes of blind set 98', () => {
  it('reads child-welfare cases as social work, not the cases of an office adviser', () => {
    expect(first('behandler barnevernssaker i bydelen')).toBe('2635');
  });
  it('reads being in charge of the engine room as the ship engineer', () => {
    expect(first('ansvarlig for maskinrommet om bord')).toBe('3151');
  });
});
