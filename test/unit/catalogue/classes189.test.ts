import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 189, checked with other words than that set's: an energy company.

describe('classes of blind set 189', () => {
  it('reads trading power on the exchange and leading the fitters as the trades they are', () => {
    expect(first('handler strøm på kraftbørsen')).toBe('3311');
    expect(first('leder montørene ute i felt')).toBe('3123');
  });
});
