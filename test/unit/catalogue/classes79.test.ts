import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 78, checked with other words than that set's.

describe('classes of blind set 78', () => {
  it('reads the line worker, the rental desk in nynorsk and the English courier', () => {
    expect(first('skifter isolatorer på høyspentlinjer')).toBe('7413');
    expect(first('leiger ut kajakker til turistar')).toBe('5249');
    expect(first('bicycle courier')).toBe('9331');
  });
});
