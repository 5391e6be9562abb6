import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 166, checked with other words than that set's.

describe('classes of blind set 166', () => {
  it('reads an apprentice by the trade before «lærling»', () => {
    expect(first('slaktarlærling')).toBe('7511');
    expect(first('platearbeidarlærling')).toBe('7214');
  });

  it('reads fast food by its nickname, a finance department run, ice cream from a cart', () => {
    expect(first('tar bestillinger i kassa på mæcern')).toBe('5246');
    expect(first('styrer regnskapsavdelinga')).toBe('1211');
    expect(first('selger softis fra vogna')).toBe('5212');
  });

  it('reads office work by whom it is for: meetings for lawyers, claims at an insurer', () => {
    expect(first('booker møter og klargjør dokumenter for advokatene')).toBe('3342');
    expect(first('registrerer skademeldinger i forsikringsselskapet')).toBe('4312');
  });
});
