import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 91, checked with other words than that set's.

describe('classes of blind set 91', () => {
  it('reads cataloguing books as the librarian', () => {
    expect(first('katalogiserer nye bøker på folkebiblioteket')).toBe('2622');
  });
});
