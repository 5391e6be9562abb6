import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 204, checked with other words than that set's: a construction and civil engineering
// contractor and the airport.

describe('classes of blind set 204', () => {
  it('reads driving piles and sheet piling, and quantity estimating, as their trades', () => {
    expect(first('rammer spunt ved kaia')).toBe('8342');
    expect(first('mengdeberegner i entreprenørfirma')).toBe('3112');
    // Picture frames are no piles.
    expect(top('lager rammer til malerier', 3)).not.toContain('8342');
  });
  it('reads an aircraft maintenance technician by the English title', () => {
    expect(first('aircraft maintenance technician')).toBe('7232');
  });
});
