import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 52, checked with other words than that set's.

describe('classes of blind set 52', () => {
  it('reads posting on social media for a brand as communications work, and «post» as mail still', () => {
    expect(first('poster på tiktok for et merke')).toBe('2432');
    expect(first('tar imot pakker og post på kontoret')).not.toBe('2432');
  });
  it('knows the «plateslager» as the plate worker and the lift attendant at a ski resort', () => {
    expect(first('plateslager på verftet')).toBe('7214');
    expect(first('lift attendant')).toBe('8343');
  });
});
