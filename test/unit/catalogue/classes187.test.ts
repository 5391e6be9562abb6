import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 187, checked with other words than that set's: metal finishing.

describe('classes of blind set 187', () => {
  it('reads galvanising, whatever is galvanised, as metal finishing', () => {
    expect(first('galvaniserer rekkverk og stolper')).toBe('8122');
    expect(first('galvaniserte bjelker på et verksted')).toBe('8122');
  });
});
