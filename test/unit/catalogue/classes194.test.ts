import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 194, checked with other words than that set's: a hospital trust's kitchen, portering,
// laundry and linen service.

describe('classes of blind set 194', () => {
  it('reads tipping kettles, blood samples run to the lab, laundry machines and linen cupboards as their trades', () => {
    expect(first('betjener tippgrytene i produksjonskjøkkenet')).toBe('8160');
    expect(top('frakter blodprøvene til laboratoriet', 3)).toContain('5329');
    expect(first('vedlikeholder tørketromlene i vaskeriet')).toBe('7233');
    expect(top('fyller opp linskapene på avdelingene', 3)).toContain('9334');
  });
  it('still reads driving as driving', () => {
    expect(first('kjører Uber på kveldene')).toBe('8322');
  });
});
