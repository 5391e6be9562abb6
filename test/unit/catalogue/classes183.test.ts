import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 183, checked with other words than that set's: a smelting plant, a seafood company and a
// farm.

describe('classes of blind set 183', () => {
  it('reads running the smelting furnaces from the control room as the metal process controller', () => {
    expect(first('overvåker smelteovnane frå kontrollrommet')).toBe('3135');
  });

  it('reads hauling nets on deck, smoking fish and buying the catch from the fishers as the trades they are', () => {
    expect(first('drog garna på dekk på ein sjark')).toBe('6222');
    expect(first('røyker fisk i et lite røykeri')).toBe('8160');
    expect(first('kjøper fangsten fra fiskerne på kaia')).toBe('3323');
    // Fish alone, with no boats or fishers to buy from, is no buyer.
    expect(first('fiskearbeiderske')).not.toBe('3323');
  });

  it('reads washing down production premises as cleaning and keeping dairy cows as dairy farming', () => {
    expect(first('vasker produksjonslokalene etter siste skift')).toBe('9112');
    expect(first('driver med mjølkekyr')).toBe('6121');
  });

  it('reads a municipal head of health and care as a care services manager', () => {
    expect(['1342', '1343']).toContain(first('kommunalsjef for helse og omsorg'));
  });
});
