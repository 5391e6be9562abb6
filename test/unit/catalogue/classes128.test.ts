import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 127, checked with other words than that set's.

describe('classes of blind set 127', () => {
  it('reads a «konsulent» at the municipal service desk as the information desk clerk', () => {
    expect(first('konsulent på servicetorget i bydelen')).toBe('4225');
  });
  it('reads the cheese vat as the food-production operator', () => {
    expect(first('står ved ostekaret')).toBe('8160');
  });
  it('reads laying electricity in new houses as the electrician, and laying pipes as the plumber', () => {
    expect(first('legger strøm i nye rekkehus')).toBe('7411');
    expect(first('legger rør i nye rekkehus')).toBe('7126');
  });
  it('reads the tax-free shop as the shop assistant', () => {
    expect(first('jobber i taxfree-butikken på flyplassen')).toBe('5223');
  });
  it('reads the airport train as the conductor', () => {
    expect(first('kundevert på flytoget til Gardermoen')).toBe('5112');
  });
  it('reads programming a CNC machine for furniture parts as the cabinet-maker group', () => {
    expect(first('programmerer cnc-maskina og lager møbeldeler')).toBe('7522');
  });
});
