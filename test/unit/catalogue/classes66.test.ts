import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 66, checked with other words than that set's.

describe('classes of blind set 66', () => {
  it('reads hosting a morning show as the host, not a manager', () => {
    expect(first('leder morgonsendinga på P1')).toBe('2656');
    expect(first('leder morgenshowet på P3')).toBe('2656');
    // Leading a project is still management.
    expect(first('leder prosjektet')).not.toBe('2656');
  });
});
