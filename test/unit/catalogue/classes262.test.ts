import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 262 (a property management and facility services company among them), checked with other
// words than that set's: renovation in a housing cooperative, lock cylinders and key cards, cable trenches, tenants on
// the phone, lease contracts, technical rooms at the shopping centre, bins around it, commercial buildings.

describe('classes of blind set 262', () => {
  it('reads the work of a property company', () => {
    expect(first('styrer renoveringen av blokkene i borettslaget')).toBe('1323');
    expect(first('skifter låssylinder og koder nøkkelkort')).toBe('7222');
    expect(first('skriver leiekontrakter på kontoret')).toBe('4110');
    expect(first('sjekker tekniske rom på kjøpesenteret')).toBe('5153');
    expect(first('tømmer avfallsdunkene rundt kjøpesenteret')).toBe('9613');
    expect(first('forvalter næringsbygg')).toBe('3334');
    expect(first('ventilasjonsmontør')).toBe('7127');
  });

  it('reads cable trenches to the machine operator', () => {
    expect(first('graver kabelgrøfter')).toBe('8342');
  });

  it('keeps refuse collection where it was', () => {
    expect(first('tømmer søppelbøtter og rydder på holdeplassene')).toBe('9611');
  });
});
