import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 259 (a museum foundation among them), checked with other words than that set's: restoring
// rose painting, mending old costumes, display cases, photographing the collection, leading the foundation, curators'
// titles, dry-stone walls, fish health at the farms.

describe('classes of blind set 259', () => {
  it('reads the work of a museum foundation', () => {
    expect(first('restaurerer rosemaling på gamle kister')).toBe('7316');
    expect(first('reparerer bunader i samlingen på museet')).toBe('3433');
    expect(first('museumsfotograf')).toBe('3431');
    expect(first('museumsdirektør')).toBe('1349');
    expect(first('førstekonservator')).toBe('2621');
    expect(first('murer tørrmur rundt tunet')).toBe('7113');
    expect(first('overvåker fiskehelsa i anlegget')).toBe('2131');
  });

  it('keeps dog handlers, window dressers and the village postman where they were', () => {
    expect(first('husky handler')).toBe('5164');
    expect(first('pynter butikkvinduer og bygger utstillinger')).toBe('3432');
    expect(first('går med posten i bygda')).toBe('4412');
  });
});
