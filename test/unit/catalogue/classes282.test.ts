import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 282 (a Nav-veileder in Gjøvik and Raufoss, a career counsellor for refugees and immigrants
// and a fastlege in Stjørdal and Meråker among its writers), checked with other words than that set's: a small shop
// called by its Somali or Swahili name.

describe('classes of blind set 282', () => {
  it('reads having a «dukan» and selling food there as keeping a small shop, not street food', () => {
    expect(first('hadde en dukan og solgte mat')).toBe('5221');
    expect(first('hadde dukaan, solgte ris og olje')).toBe('5221');
    // Working in a shop is still shop work.
    expect(first('jobbet i butikk')).not.toBe('5221');
  });
});
