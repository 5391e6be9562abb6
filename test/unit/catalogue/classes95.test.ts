import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 94, checked with other words than that set's.

describe('classes of blind set 94', () => {
  it('reads a plant named by its edible oil as food production', () => {
    expect(first('produksjonsarbeider, matolje')).toBe('8160');
    expect(first('jobber på pakkelinja, rapsolje')).toBe('8160');
  });
  it('puts «tannhelsesekretær» first with the health secretaries, as 14 of 17 blind writers label it, the dental hygienists next', () => {
    expect(first('tannhelsesekretaer')).toBe('3256');
    expect(top('tannhelsesekretaer')).toEqual(expect.arrayContaining(['3256', '3251']));
  });
});
