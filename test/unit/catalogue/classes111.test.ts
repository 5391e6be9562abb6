import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 110, checked with other words than that set's.

describe('classes of blind set 110', () => {
  it('reads the nynorsk kitchen («kjøken») as the kitchen, and cooking in a hospital kitchen as the cook', () => {
    expect(first('vaskar opp på kjøkenet på hotellet')).toBe('9412');
    expect(first('lagar middag på institusjonskjøkenet')).toBe('5120');
  });
  it('reads lifting boats with a travel lift at a marina as the crane operator', () => {
    expect(first('tek opp båtane med travers på marinaen kvar haust')).toBe('8343');
  });
  it('reads checking the pens for lice and disease as fish health, not the farm hand', () => {
    expect(top('sjekker merdene for sykdom og lakselus', 3)).toContain('2250');
    expect(first('sjekker merdene for sykdom og lakselus')).toBe('2250');
  });
  it('reads ploughing county roads in nynorsk as the plough driver, not the caretaker', () => {
    expect(first('brøytar riksvegen')).not.toBe('5153');
  });
  it('reads laying pipes with an excavator as the machine operator', () => {
    expect(first('legg kabel med gravemaskinen')).toBe('8342');
  });
  it('reads the nynorsk «lækjar» titles as the doctor', () => {
    expect(first('allmennlækjar')).toBe('2211');
  });
});
