import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 67, checked with other words than that set's.

describe('classes of blind set 67', () => {
  it('finds the refuse collector by the refuse lorry, however it is spelt', () => {
    expect(first('henger bak på bossbilen')).toBe('9611');
    expect(first('kjører renovasjonsbil i kommunen')).toBe('9611');
  });
  it('finds the carpenter building houses of any kind, and the ship officer steering a supply vessel', () => {
    expect(first('bygger rekkehus for et byggfirma')).toBe('7115');
    expect(first('styrer forsyningsskipet ut til feltet')).toBe('3152');
  });
  it('reads «anleggsleder» as the site supervisor, and «document controller» as a clerk', () => {
    expect(first('anleggsleiar på vegprosjekt')).toBe('3123');
    expect(first('document controller offshore')).toBe('4415');
    // A project manager in building is still management.
    expect(first('prosjektleder bygg')).toBe('1323');
  });
  it('finds the engineer calculating subsea equipment, and samples at a doctor’s office', () => {
    expect(first('beregner undervannsutstyr')).toBe('2144');
    expect(first('tar prøver på legekontoret og svarer telefonen')).toBe('3256');
    // Samples in a laboratory are still the laboratory's.
    expect(first('tar prøver av sjøvann på laben')).not.toBe('3256');
  });
});
