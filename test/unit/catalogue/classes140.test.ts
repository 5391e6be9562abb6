import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// A class several writers share («…, ikke utdanna», «ingen utdanning»), checked with other words than theirs.

describe('a person without training for the trade', () => {
  it('is not read as the occupation that needs a degree', () => {
    expect(first('er på avdelingen med ungene i barnehagen, ikkje utdanna')).toBe('5311');
  });

  it('leaves the trained occupation first when nothing says the person is untrained', () => {
    expect(first('er på avdelingen med ungene i barnehagen')).toBe('2342');
    expect(first('pedagogisk leder på avdelingen i barnehagen')).toBe('2342');
  });
});
