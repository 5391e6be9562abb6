import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 133, checked with other words than that set's.

describe('classes of blind set 133', () => {
  it('reads thinning young forest as the forestry worker', () => {
    expect(first('rydder og tynner hogstfelt')).toBe('6210');
  });
});
