import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 196, checked with other words than that set's: the poultry industry and fire watch on a site.

describe('classes of blind set 196', () => {
  it('reads the poultry industry as food production and fire watch as a guard’s', () => {
    expect(first('jobber i fjørfeindustrien')).toBe('8160');
    expect(first('holder brannvakt mens de sveiser på byggeplassen')).toBe('5419');
  });
});
