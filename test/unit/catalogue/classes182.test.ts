import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 182, checked with other words than that set's: a municipality's technical services and
// fish health.

describe('classes of blind set 182', () => {
  it("reads the road crew's leader and laying turf as the trades they are", () => {
    expect(first('fordeler jobbene til gutta på vegdrifta')).toBe('3123');
    expect(first('legger ferdigplen i parker')).toBe('6113');
  });

  it('reads a fish health biologist and a marine researcher as biologists', () => {
    expect(first('fiskehelsebiolog i et oppdrettsselskap')).toBe('2131');
    expect(first('havforskar')).toBe('2131');
    // Feeding fish and checking the pens stays the fish farmer's.
    expect(first('mater fisk og sjekker merdene på oppdrettsanlegget')).toBe('6221');
  });
});
