import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 285 (a Nav-veileder in Sarpsborg and Fredrikstad, a fastlege in Alta and a vocational
// rehabilitation counsellor in Trondheim among its writers), checked with other words than that set's: phoning people
// about what they have not paid is debt collection.

describe('classes of blind set 285', () => {
  it('reads phoning people who have not paid as debt collection, not a call centre', () => {
    expect(first('ringer folk som ikke har betalt')).toBe('4214');
    // Phoning customers to sell is still telephone sales.
    expect(first('ringer kunder')).toBe('5244');
  });
});
