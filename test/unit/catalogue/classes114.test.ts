import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 113, checked with other words than that set's.

describe('classes of blind set 113', () => {
  it('reads cleaning barracks at a camp as the cleaner, not the barracks cook', () => {
    expect(first('gjør rent i brakkene i leiren')).toBe('9112');
  });
  it('reads a harvester operator as the forestry machine driver', () => {
    expect(first('harvester-operatør')).toBe('8341');
    expect(first('operatør på harvester')).toBe('8341');
  });
  it('reads laying electrical installations in boats as the electrician, not the plumber', () => {
    expect(first('legger elektriske kabler i båter på verftet')).toBe('7411');
  });
  it('reads deck work on a ship as the deck crew, not the deck officer or tyres', () => {
    expect(first('går på dekk på forsyningsskipet')).toBe('8350');
    expect(first('skifter dekk på bilen')).toBe('7231');
  });
  it('reads making brown cheese at the dairy as the food operator, on the summer farm as the cheesemaker', () => {
    expect(first('lager brunost på meieriet')).toBe('8160');
    expect(first('står på produksjonslinja på meieriet')).toBe('8160');
    expect(first('lager brunost på setra')).toBe('7513');
  });
});
