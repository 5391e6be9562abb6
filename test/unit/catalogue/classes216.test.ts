import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 216, checked with other words than that set's: machines at a chemical or paint factory, and
// making up solutions in a lab.

describe('classes of blind set 216', () => {
  it('reads running machines at a paint or pharmaceutical factory as the chemical plant operator’s', () => {
    expect(first('betjener maskinene på legemiddelfabrikken')).toBe('8131');
    expect(first('jobber på malingfabrikken')).toBe('8131');
  });
  it('reads making up solutions and reagents in a lab as the lab technician’s', () => {
    expect(['3116', '3141']).toContain(first('blander løsninger og reagenser på laboratoriet'));
  });
});
