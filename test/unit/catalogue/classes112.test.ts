import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 111, checked with other words than that set's.

describe('classes of blind set 111', () => {
  it('reads Russian and Ukrainian titles typed in Cyrillic letters as the same titles in Latin ones', () => {
    expect(first('повар')).toBe('5120');
    expect(first('Кассир')).toBe('5223');
    expect(first('медсестра')).toBe('2223');
  });
  it('reads a Finnish truck driver', () => {
    expect(first('rekkamies')).toBe('8332');
  });
  it('reads checking passports at a border station as the police', () => {
    expect(first('kontrollerer pass på grensestasjonen')).toBe('3355');
  });
  it('reads carving snow sculptures as the craftsman', () => {
    expect(first('lager snøskulpturer til ishotellet')).toBe('7319');
  });
  it('reads slicing cured meat and boiling crab as food production', () => {
    expect(first('kutter spekemat og pakker den på fabrikken')).toBe('8160');
    expect(first('koker og pakker krabbe på krabbemottaket')).toBe('8160');
  });
  it('reads singeing sheep heads as the butcher', () => {
    expect(first('svir sauehoder')).toBe('7511');
  });
  it('reads teaching pupils a trade at upper secondary as the vocational teacher, and an apprentice in it as the trade', () => {
    expect(first('lærer opp elever i murerfaget på vgs')).toBe('2320');
    expect(first('lærling i malerfaget')).not.toBe('2320');
  });
  it("reads the nynorsk housing cooperative («burettslag») as the caretaker's", () => {
    expect(first('skiftar lyspærer i burettslaget')).toBe('5153');
  });
  it('reads bending steel plates in a workshop as the plater', () => {
    expect(first('bøyer stålplater på verkstedet')).toBe('7214');
  });
});
