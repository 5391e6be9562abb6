import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 225 (an engineering consultancy among them), checked with other words than that set's: the
// consulting disciplines by their titles and their typical deliverables — HVAC, geotechnics, fire safety and building
// physics, electrical design, building applications, model coordination, drilling for the geotechnicians.

describe('classes of blind set 225', () => {
  it('reads the consulting engineers by title', () => {
    expect(first('VVS-rådgiver')).toBe('2144');
    expect(first('brannrådgiver')).toBe('2149');
    expect(first('elektrorådgiver i et rådgivende firma')).toBe('2151');
  });
  it('reads their deliverables', () => {
    expect(first('gjør grunnundersøkelser for nye boligfelt')).toBe('2142');
    expect(first('lager energiattester for boliger')).toBe('2149');
    expect(first('sender byggesøknader for utbyggere')).toBe('2161');
    expect(first('kjører borerigg for geoteknikerne')).toBe('8113');
  });
  it('leaves the technician who services ventilation, and «fire» as a number, where they were', () => {
    expect(top('skifter filtre i ventilasjonsanlegg')).not.toContain('2144');
    expect(top('går på tråler, fire uker på fire av')).not.toContain('2149');
  });
});
