import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 145, checked with other words than that set's.

describe('classes of blind set 145', () => {
  it('reads shovelling and holding the staff for the machine operator as the construction labourer', () => {
    expect(first('spadde grus og holdt målestikka for maskinføreren')).toBe('9312');
  });

  it('reads tables and shelves made by hand as the joiner', () => {
    expect(first('snekret bord og hyller på verkstedet')).toBe('7522');
  });

  it('knows the English owner of a small shop', () => {
    expect(first('store owner')).toBe('5221');
  });
});
