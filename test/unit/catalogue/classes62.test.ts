import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 62 (facility services, long haul, textile machines, old titles), checked with other
// words than that set's.

describe('classes of blind set 62', () => {
  it('reads a semi-trailer as the lorry it is', () => {
    expect(first('kjører semitrailer til Sverige')).toBe('8332');
    // A bus is still a bus.
    expect(first('kjører buss')).toBe('8331');
  });
  it('reads minding looms and knitting machines as textile machine work', () => {
    expect(first('går vevstolen på veveriet')).toBe('8152');
  });
  it('knows the office handyman, the facility manager and the building technician', () => {
    expect(first('skrur sammen skrivebord på kontoret')).toBe('9622');
    expect(first('har ansvar for eiendommene til kommunen')).toBe('1219');
    expect(first('facilities manager')).toBe('1219');
    expect(first('driftstekniker bygg')).toBe('5153');
    // Removal men carry furniture for a removal firm.
    expect(top('bærer møbler for flyttebyrå')).toContain('9333');
  });
  it('knows pest control in English and the old errand boy and girl', () => {
    expect(first('pest control tekniker')).toBe('7544');
    expect(first('budjente')).toBe('9621');
  });
});
