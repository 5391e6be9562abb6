import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 229 (a pharmacy chain among them), checked with other words than that set's: regulatory
// affairs and pharmacovigilance, medicine shortages, compounding in the hospital pharmacy, refrigerated vans, mountain
// guides and the manager of a tourist hotel.

describe('classes of blind set 229', () => {
  it("reads the pharmacy chain's regulatory, quality and purchasing work", () => {
    expect(first('skriver PSUR og behandler bivirkningsmeldinger')).toBe('2262');
    expect(first('sender variasjonssøknader til Legemiddelverket')).toBe('2262');
    expect(first('følger med på restsituasjonen for legemidler')).toBe('3323');
    expect(first('lager miksturer på sykehusapoteket')).toBe('3213');
  });
  it('reads refrigerated vans, mountain guides and tourist hotels', () => {
    expect(first('kjører kjølebil for grossisten')).toBe('8332');
    expect(first('fjellguide')).toBe('3423');
    expect(first('daglig leder på turisthotellet')).toBe('1411');
  });
  it('leaves blasting rounds in a tunnel with the blasters', () => {
    expect(first('sprenger salver i tunnelen')).toBe('7542');
  });
});
