import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 136, checked with other words than that set's.

describe('classes of blind set 136', () => {
  it('reads letting premises to tenants as the property manager, not a leader («leier ut»)', () => {
    expect(first('leier ut næringslokaler og følger opp leietakere')).toBe('3334');
  });

  it('reads ordering office supplies and booking meeting rooms as the office clerk', () => {
    expect(first('bestiller kontorartikler og booker møterom for ledelsen')).toBe('4110');
  });

  it('reads changing bulbs and mending doors in the buildings as the caretaker', () => {
    expect(first('skifter lyspærer og reparerer dører i bygårdene')).toBe('5153');
  });
});
