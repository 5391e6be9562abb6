import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 235 (a telecom company among them) and of sector batch s3 (the armed forces, a culture and
// church sector, a forestry and wood group, a kindergarten and school group), checked with other words than theirs:
// masts and antennas, fibre into the house, base stations, unpaid bills, military police and recruits, signals,
// the church office, stage machinists, wood chips, pellet and pulp plants, district heating.

describe('classes of blind set 235 and sector batch s3', () => {
  it("reads the telecom company's field work and calls", () => {
    expect(first('klatrer i mastene og monterer antenner')).toBe('7422');
    expect(first('trekker fiberkabelen inn i huset hos kunden')).toBe('7422');
    expect(top('feilsøker basestasjoner ute i felt', 3)).toContain('3522');
    expect(first('ringer folk om ubetalte regninger')).toBe('4214');
    expect(first('telesales')).toBe('5244');
  });
  it('reads military police, recruit training, signals equipment and the old ranks', () => {
    expect(first('tjenestegjør i militærpolitiet')).toBe('0310');
    expect(first('trener rekruttene i feltliv')).toBe('0210');
    expect(first('furer')).toBe('0210');
    expect(first('reparerer sambandsutstyr')).toBe('7422');
  });
  it('reads the church office, the stage machinist, wood chips and the wood plants', () => {
    expect(first('jobber på kirkekontoret')).toBe('4110');
    expect(first('scenemaskinist på teateret')).toBe('3439');
    expect(first('frakter flis med semi')).toBe('8332');
    expect(first('operatør på pelletsfabrikken')).toBe('8172');
    expect(first('jobber på tremassefabrikken')).toBe('8171');
    expect(first('passer varmesentralen')).toBe('3131');
    expect(first('styrerassistent')).toBe('1341');
  });
});
