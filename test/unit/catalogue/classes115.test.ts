import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 114, checked with other words than that set's.

describe('classes of blind set 114', () => {
  it('reads home-country titles in Turkish, Persian/Dari, Urdu, Vietnamese, Somali and Tigrinya', () => {
    expect(first('kaynakçı')).toBe('7212');
    expect(first('kaynakci i Tyrkia')).toBe('7212');
    expect(first('pezeshk')).toBe('2211');
    expect(first('bawarchi')).toBe('5120');
    expect(first('thợ điện')).toBe('7411');
    expect(first('tho dien')).toBe('7411');
    expect(first('macallin')).toBe('2341');
    expect(first('hakim')).toBe('2211');
  });
  it('does not read a place named after «på» as the start of a title in another language', () => {
    expect(first('selger i butikk på Forus')).toBe('5223');
    expect(first('jobber på lageret på Forus')).not.toBe('5223');
  });
});
