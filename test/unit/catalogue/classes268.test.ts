import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 268 (an HR adviser at a bus and ferry company among its writers), checked with other words
// than that set's: test cases, job interviews, the vessel traffic service, electric buses, training new drivers.

describe('classes of blind set 268', () => {
  it('reads writing test cases as testing, not as writing the code', () => {
    expect(first('tester nettbanken og skriver testcaser')).toBe('2519');
    expect(first('skriver kode i Java')).toBe('2512');
  });

  it('reads job interviews as HR and the vessel traffic service as navigation', () => {
    expect(first('holder jobbintervjuer med søkere til butikkene')).toBe('2423');
    expect(first('jobber på sjøtrafikksentralen og følger skipene inn fjorden')).toBe('3152');
  });

  it('fixes the electrics of electric buses as a vehicle mechanic, and trains new drivers as a driving instructor', () => {
    expect(first('feilsøker elsystemet på elbussene')).toBe('7231');
    expect(first('lærer opp nye bussjåfører i øvingsbussen')).toBe('5165');
    expect(first('drosjesjåførar')).toBe('8322');
  });
});
