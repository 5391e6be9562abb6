import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 291 (a Nav-veileder in Arendal and Grimstad, a physiotherapist in Trondheim and a fastlege in
// Steinkjer and Inderøy among its writers), checked with other words than that set's: pulling wires and mounting lamps
// in the ceiling is the electrician's, selling shrimp from a fish van the fishmonger's.

describe('classes of blind set 291', () => {
  it("reads mounting lamps in the ceiling or pulling wires as the electrician's", () => {
    expect(first('monterer lamper i taket i nybygget')).toBe('7411');
    expect(first('trekker ledninger i veggene')).toBe('7411');
    // Changing the lamps at a school is still the caretaker's; mounting lamps at a factory the assembler's.
    expect(first('skifter taklamper i taket på skolen')).toBe('5153');
    expect(first('monterer lamper på fabrikken')).toBe('8212');
  });

  it('reads selling shrimp and fish from a fish van as the fishmonger', () => {
    expect(first('selger reker og laks fra fiskebilen')).toBe('7511');
  });
});
