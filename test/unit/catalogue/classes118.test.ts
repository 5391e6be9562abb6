import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 117, checked with other words than that set's.

describe('classes of blind set 117', () => {
  it('reads riding on the back of the refuse lorry as the refuse collector', () => {
    expect(first('hang bak på søppelbilen for kommunen i ti år')).toBe('9611');
  });
  it('reads a Finnish welder title', () => {
    expect(first('hitsaaja Suomesta')).toBe('7212');
  });
});
