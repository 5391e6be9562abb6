import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 157, checked with other words than that set's.

describe('classes of blind set 157', () => {
  it('reads garments sewn at a factory as the industrial sewer, and alterations as the tailor', () => {
    expect(first('sydde skjorter og jakker på tekstilfabrikken i Damaskus')).toBe('8153');
    expect(first('syr om og legger opp bukser for kundene')).toBe('7531');
  });

  it('reads owning or running a small shop that sold tobacco or phone cards as the shop owner', () => {
    expect(first('hadde eget lite utsalg, en kiosk, solgte tobakk og telefonkort')).toBe('5221');
    expect(first('jobbet i kiosk, solgte tobakk')).not.toBe('5221');
  });

  it('reads minding sheep and goats as farm work, not childcare', () => {
    expect(['9212', '6121']).toContain(first('passa geitene og sauene i fjellet for familien min'));
    expect(first('passet barna til en familie i Bergen')).toBe('5311');
  });

  it('reads translating for soldiers as the translator, not the soldier', () => {
    expect(first('tolket for de amerikanske soldatene')).toBe('2643');
  });
});
