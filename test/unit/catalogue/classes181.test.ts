import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 181, checked with other words than that set's.

describe('classes of blind set 181', () => {
  it('reads helping with the reindeer herd, roof snow for the elderly, a theatre make-up artist and milieu therapy', () => {
    expect(first('hjelper til med kalvmerking i reinflokken')).toBe('9212');
    expect(first('måker taket for pensjonister')).toBe('9622');
    expect(first('sminkøs')).toBe('5142');
    expect(first('driver miljøterapi på psykiatrisk post')).toBe('3412');
  });
});
