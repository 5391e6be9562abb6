import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 284 (an occupational health nurse in Bergen, a locum fastlege in Namdalen and a Nav-veileder
// with young adults' gig jobs in Oslo among its writers), checked with other words than that set's: a barbershop is
// the hairdresser's place, rolling sushi is a cook's work.

describe('classes of blind set 284', () => {
  it('reads a barbershop as the hairdresser, whatever is done there', () => {
    expect(first('klipper karene på barbershoppen på Torshov')).toBe('5141');
    // A shop of another kind is not.
    expect(first('jobber i en sportsbutikk')).not.toBe('5141');
  });

  it('reads rolling or making sushi as the cook', () => {
    expect(first('ruller sushi')).toBe('5120');
    expect(first('lager maki og nigiri på en sushibar')).toBe('5120');
    // Serving there is the waiter's.
    expect(first('servitør på sushirestaurant')).toBe('5131');
  });
});
