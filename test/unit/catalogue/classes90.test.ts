import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 89, checked with other words than that set's.

describe('classes of blind set 89', () => {
  it('knows the English «project engineer» and the catering assistant', () => {
    expect(first('senior project engineer i et subsea-selskap')).toBe('2144');
    expect(first('jobber som cateringassistent på plattformen')).toBe('9412');
  });
});
