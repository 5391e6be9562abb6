import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 35, checked with words of neither that set nor probe batch e17.

describe('classes of blind set 35', () => {
  it('reads fitting out an interior as the carpenter, by the thing installed, not the vehicle', () => {
    expect(first('monterer innredning i campingvogner')).toBe('7115');
  });
  it('knows the English foreman title', () => {
    expect(first('foreman lakkering')).toBe('3122');
  });
  it('knows older craft and municipal titles', () => {
    expect(first('notbøter')).toBe('7318');
    expect(first('bykasserer')).toBe('1211');
    expect(first('sagfiler')).toBe('7224');
  });
  it('reads «for <authority>» as the inspector’s employer, the inspected place not as the job', () => {
    expect(first('inspiserer fjøsene for Mattilsynet')).toBe('3257');
    expect(first('sjekker fjøsene for Mattilsynet')).toBe('3257');
    expect(first('sjekker stillasene på byggene for Arbeidstilsynet')).toBe('3257');
    expect(first('kontrollerer stillasene for Arbeidstilsynet')).toBe('3257');
  });
  it('reads a craft done «for kommunen» by the craft, not by the places worked on', () => {
    expect(first('maler sykehjem og skoler for kommunen')).toBe('7131');
  });
  it('reads road and track upkeep and firing a boiler', () => {
    expect(first('tetter hull i veien')).toBe('9312');
    expect(first('preparerer slalåmbakken')).toBe('8342');
    expect(first('fyrer med ved i kjelen')).toBe('8182');
  });
  it('knows the job coach, upholstering and scanning letters', () => {
    expect(first('jobbcoach')).toBe('3333');
    expect(first('polstrer stoler')).toBe('7534');
    expect(first('skanner brev')).toBe('4415');
  });
});
