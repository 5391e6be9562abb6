import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 63, checked with other words than that set's.

describe('classes of blind set 63', () => {
  it('reads answering the phone about passwords and logins as IT user support', () => {
    expect(first('svarer på telefon om passord og innlogging')).toBe('3512');
    expect(first('hjelper folk med passord på jobben')).toBe('3512');
    // The phone at a doctor's office is still the medical secretary's.
    expect(first('svarer telefonen på legekontoret')).toBe('3256');
  });
});
