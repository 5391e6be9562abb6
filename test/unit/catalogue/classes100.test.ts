import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 99, checked with other words than that set's.

describe('classes of blind set 99', () => {
  it('reads fixing military aircraft at an air station as the aircraft mechanic', () => {
    expect(first('fikser fly for Luftforsvaret')).toBe('7232');
  });
  it('reads an assistant in a class as the teaching assistant', () => {
    expect(first('assistent i klassen')).toBe('5312');
  });
});
