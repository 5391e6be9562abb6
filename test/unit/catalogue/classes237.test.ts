import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 237 (an insurance company among them), checked with other words than that set's: unpaid
// premiums, the claims department's leader, customer seminars, fraud and the old lighthouse keeper.

describe('classes of blind set 237', () => {
  it("reads the insurance company's unpaid premiums, claims leaders, seminars and investigators", () => {
    expect(first('ringer kunder om ubetalt premie')).toBe('4214');
    expect(first('leder skadeavdelingen i forsikringsselskapet')).toBe('1346');
    expect(first('planlegger julebord og seminarer for de ansatte')).toBe('3332');
    expect(first('fraud investigator')).toBe('3411');
    expect(first('skadeinspektør')).toBe('3315');
  });
  it('reads the lighthouse keeper', () => {
    expect(top('fyrvokter på Vardø fyr', 3)).toContain('5419');
  });
});
