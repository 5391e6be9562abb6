import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 205, checked with other words than that set's: a salmon-farming and seafood company and the
// port. («dagleg leiar» alone, which the writer filed as a managing director's, stays the smaller company's manager
// (1439, STYRK's «daglige ledere»), as an earlier round chose: the title is both.)

describe('classes of blind set 205', () => {
  it('reads company-internal and English titles from fish farming, cleaning and shipping', () => {
    expect(first('site manager oppdrett')).toBe('1312');
    expect(first('hygienemedarbeider på slakteriet')).toBe('9112');
    expect(first('ship agent i Narvik')).toBe('3331');
  });
  it('reads washing the production line as cleaning, not as work on the line', () => {
    expect(first('vasker produksjonslinjene etter skiftet')).toBe('9112');
    expect(first('skurer produksjonsutstyret hver kveld')).toBe('9112');
    // Running the line is still the operator's.
    expect(first('kjører produksjonslinja på fabrikken')).not.toBe('9112');
  });
});
